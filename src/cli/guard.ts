/**
 * Containment of the user's module while a command runs: `plan` and `apply` execute
 * code they did not write (the FILE), in their own process. A `process.exit(0)` in it
 * must not end the command with success, and an error it throws from a timer or a
 * promise nobody awaits must not print a raw stack and kill the process: each becomes a
 * {@link Fault}, which the command reports as one line and exit status 1.
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What the guarded code did to the process: called `process.exit`, threw an exception
 * nobody caught, or left a promise rejected with no handler.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Fault } from './guard.js'
 * const f: Fault = { _tag: 'Exit', code: 0, error: new Error('process.exit(0)') }
 */
export type Fault =
  | { readonly _tag: 'Exit'; readonly code: string | number | null | undefined; readonly error: Error }
  | { readonly _tag: 'Uncaught'; readonly error: unknown }
  | { readonly _tag: 'Unhandled'; readonly error: unknown }

/**
 * An installed guard: `fault` resolves with the first fault (and never otherwise),
 * `faulted` tells synchronously whether one happened; `release` puts `process.exit` and the process's error handling back.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { guardProcess } from './guard.js'
 * const g = guardProcess()
 * try { await Promise.race([work(), g.fault]) } finally { g.release() }
 * declare function work(): Promise<void>
 */
export interface ProcessGuard {
  readonly fault: Promise<Fault>
  /** Whether a fault happened, known at once (before `fault`'s handlers run). */
  readonly faulted: () => boolean
  readonly release: () => void
}

/**
 * The error `process.exit` throws while guarded: like the real one, the call does not
 * return, so the module's code after it does not run.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { isExitCall } from './guard.js'
 * isExitCall(new Error('x')) // false
 */
export const isExitCall = (e: unknown): boolean => e instanceof Error && (e as { readonly ovnNbExitCall?: unknown }).ovnNbExitCall === true

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

// One installation for every guard alive at once (commands run in-process side by
// side, as tests do): the first guard replaces process.exit and adds the listeners, the
// last one released puts them back. A fault cannot be traced to the command whose
// module caused it, so every guard alive hears it.
const guards = new Set<(f: Fault) => void>()
let installed: { readonly exit: typeof process.exit; readonly realExit: typeof process.exit } | undefined

const tell = (f: Fault): void => {
  for (const g of [...guards]) g(f)
}
// the exit call's own error, rethrown through a timer, is the same fault again
const onUncaught = (error: unknown): void => (isExitCall(error) ? undefined : tell({ _tag: 'Uncaught', error }))
const onUnhandled = (error: unknown): void => (isExitCall(error) ? undefined : tell({ _tag: 'Unhandled', error }))

const install = (): void => {
  const exit = (code?: string | number | null): never => {
    const error = Object.assign(new Error(`process.exit(${code === undefined ? '' : String(code)}) called`), { ovnNbExitCall: true })
    tell({ _tag: 'Exit', code, error })
    throw error
  }
  installed = { exit: exit as typeof process.exit, realExit: process.exit }
  process.exit = installed.exit
  process.on('uncaughtException', onUncaught)
  process.on('unhandledRejection', onUnhandled)
}

const uninstall = (): void => {
  if (installed === undefined) return
  if (process.exit === installed.exit) process.exit = installed.realExit
  installed = undefined
  process.off('uncaughtException', onUncaught)
  process.off('unhandledRejection', onUnhandled)
}

/**
 * Replaces `process.exit` and listens for uncaught exceptions and unhandled
 * rejections until released. Guards alive at the same time share one installation,
 * and each hears every fault.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { guardProcess } from './guard.js'
 * const g = guardProcess()
 * g.release()
 */
export const guardProcess = (): ProcessGuard => {
  let report: (f: Fault) => void = () => undefined
  let reported = false
  const fault = new Promise<Fault>((resolve) => {
    report = (f) => {
      if (reported) return
      reported = true
      resolve(f)
    }
  })
  const hear = (f: Fault): void => report(f)
  if (guards.size === 0) install()
  guards.add(hear)
  return {
    fault,
    faulted: () => reported,
    release: () => {
      if (!guards.delete(hear)) return
      if (guards.size === 0) uninstall()
    },
  }
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The message of what was thrown, on one line.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { messageOf } from './guard.js'
 * messageOf(new Error('no\nconfig')) // 'no config'
 * messageOf('boom') // 'boom'
 */
export const messageOf = (e: unknown): string =>
  (e instanceof Error ? e.message || e.name : typeof e === 'string' ? e : (() => { try { return JSON.stringify(e) ?? String(e) } catch { return String(e) } })())
    .replace(/\s*\n\s*/g, ' ')
    .trim()

/**
 * The stack of what was thrown, for `--verbose` (its message when it has none).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { stackOf } from './guard.js'
 * stackOf(new Error('boom')) // 'Error: boom\n    at ...'
 */
export const stackOf = (e: unknown): string => (e instanceof Error && typeof e.stack === 'string' ? e.stack : messageOf(e))
