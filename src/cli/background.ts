/**
 * A plan's text made while ovsdb-server commits it. `ovn-nb apply` has nothing to do
 * between writing a transaction and its reply (W10k: 13.6k inserts, ~0.4 s of the
 * server's CPU), and rendering the plan it prints (W10k: 5 MB of text, ~0.1–0.15 s) was
 * done after the reply, on the critical path. Here it is made meanwhile, a few entries
 * per event-loop turn, and only written once the reply says the transaction committed
 * (a failed one prints its error alone, as before).
 *
 * Why a few entries per turn: the transaction is written in pieces a turn apart
 * (`ovsdb/rpc.ts`), so each turn's rendering delays its next piece; 25 entries (~0.25 ms
 * idle, more under load) kept that delay to ~30 ms of W10k's ~130 ms of writing on a
 * loaded machine, where 100 entries per turn cost ~120 ms.
 *
 * @module
 */
import type { Plan } from '../plan/plan.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A plan's text being made in the background.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { BackgroundText } from './background.js'
 * const print = (b: BackgroundText) => { for (const piece of b.finish()) process.stdout.write(piece) }
 */
export interface BackgroundText {
  /** The plan whose text this is. */
  readonly plan: Plan
  /** Makes what is left at once and returns the whole text, in pieces, in order. */
  readonly finish: () => ReadonlyArray<string>
  /** Stops making pieces (another plan is sent instead, or none was applied). */
  readonly stop: () => void
}

/**
 * How a plan is rendered in pieces: `renderTextPieces` of `ovn-nb/plan` (passed in, so
 * this module loads no part of the engine itself).
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { RenderPieces } from './background.js'
 * import { renderTextPieces } from '../plan/render.js'
 * const pieces: RenderPieces = renderTextPieces
 */
export type RenderPieces = (plan: Plan, entries: number) => Iterator<string, void, undefined>

// the text is kept in pieces of at least this many characters, each made flat (one
// string, not a tree of the thousands it was concatenated from): a flat string this large
// lives outside the young generation, so the scavenges that run until the reply comes do
// not copy it again and again, and it is written as one piece
const PIECE_CHARS = 262144

/** Entries rendered per event-loop turn (see the module description). */
const ENTRIES_PER_TURN = 25

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Starts making `plan`'s text, `entriesPerTurn` entries per event-loop turn; the pieces
 * `finish` returns, joined, are the plan's text (`renderText`).
 *
 * @category constructors
 * @since 0.2.0
 * @example
 * import { renderInBackground } from './background.js'
 * import { renderTextPieces } from '../plan/render.js'
 * import type { Plan } from '../plan/plan.js'
 * declare const plan: Plan
 * const text = renderInBackground(plan, renderTextPieces)
 * // ... the transaction is written and committed meanwhile ...
 * for (const piece of text.finish()) process.stdout.write(piece)
 */
export const renderInBackground = (plan: Plan, render: RenderPieces, entriesPerTurn = ENTRIES_PER_TURN): BackgroundText => {
  const it = render(plan, entriesPerTurn)
  const pieces: string[] = []
  let text = ''
  let stopped = false
  const keep = (): void => {
    if (text === '') return
    // reading a character makes V8 flatten the concatenation into one string
    text.charCodeAt(0)
    pieces.push(text)
    text = ''
  }
  const step = (): void => {
    if (stopped) return
    const n = it.next()
    if (n.done === true) {
      stopped = true
      return keep()
    }
    text += n.value
    if (text.length >= PIECE_CHARS) keep()
    setImmediate(step)
  }
  setImmediate(step)
  return {
    plan,
    finish: () => {
      stopped = true
      for (let n = it.next(); n.done !== true; n = it.next()) text += n.value
      keep()
      return pieces
    },
    stop: () => {
      stopped = true
    },
  }
}
