/**
 * A plan's text made a piece at a time while the command waits: ovsdb-server takes
 * hundreds of milliseconds to commit a large transaction (W10k: ~0.4 s), during which
 * `ovn-nb apply` has nothing else to do; rendering its plan (W10k: 13.5k entries, 5 MB of
 * text, ~0.1–0.2 s with its garbage) then costs no time of the command's own. Each piece
 * is made in its own event-loop turn, so the transaction's own pieces (written a turn
 * apart, see `ovsdb/rpc.ts`) go on interleaved with them.
 *
 * @module
 */
import type { Plan } from '../plan/plan.js'
import { renderTextPieces } from '../plan/render.js'

/**
 * A plan's text being made in the background.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { BackgroundText } from './background.js'
 * const print = (b: BackgroundText) => { for (const piece of b.finish()) process.stdout.write(piece) }
 */
export interface BackgroundText {
  /** The plan whose text this is. */
  readonly plan: Plan
  /** Makes what is left now and returns every piece, in order (renderText's text, joined). */
  readonly finish: () => ReadonlyArray<string>
  /** Stops making pieces (the plan was not applied after all). */
  readonly cancel: () => void
}

/**
 * Starts making `plan`'s text, a piece of `entries` entries per event-loop turn.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { renderInBackground } from './background.js'
 * import type { Plan } from '../plan/plan.js'
 * declare const plan: Plan
 * const text = renderInBackground(plan)
 * // ... wait for the transaction ...
 * process.stdout.write(`${text.finish().join('')}\n`)
 */
export const renderInBackground = (plan: Plan, entries = 500): BackgroundText => {
  const it = renderTextPieces(plan, entries)
  const pieces: string[] = []
  let stopped = false
  const step = (): void => {
    if (stopped) return
    const n = it.next()
    if (n.done === true) stopped = true
    else {
      pieces.push(n.value)
      setImmediate(step)
    }
  }
  setImmediate(step)
  return {
    plan,
    finish: () => {
      stopped = true
      for (let n = it.next(); n.done !== true; n = it.next()) pieces.push(n.value)
      return pieces
    },
    cancel: () => {
      stopped = true
    },
  }
}
