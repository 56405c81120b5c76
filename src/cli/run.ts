/**
 * Running a command that talks to a database under a deadline: `--timeout` bounds
 * loading the FILE, and then again the database work (connecting, reading, writing),
 * so a module that never settles, a server that accepts and never answers, or a cluster member that waits for
 * a leader ends as one line and exit status 1 instead of a hang. The command says what
 * it was doing when time ran out (its phase), closes what it opened, and goes silent:
 * nothing it computes afterwards reaches the output. The user's module is contained
 * meanwhile (see `guard.ts`).
 *
 * @module
 */
import type { CliIO } from './load.js'
import { guardProcess, messageOf, stackOf, type Fault } from './guard.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a guarded command's body gets: where to write (silenced once the command has
 * ended by a timeout or a fault), its phase for the timeout message, the time left,
 * and a place to register what must be closed if the command is cut short.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Run } from './run.js'
 * const body = async (run: Run) => { run.phase('reading the database'); return 0 }
 */
export interface Run {
  readonly io: CliIO
  /** Says what the command does now ("connecting to tcp:…"), for the timeout message. */
  readonly phase: (what: string) => void
  /** Milliseconds left before the deadline. */
  readonly remaining: () => number
  /** Moves the deadline later by `ms` (a phase with its own bound, such as `--wait`). */
  readonly extend: (ms: number) => void
  /** Starts the whole budget again from now (the next stage gets all of it). */
  readonly restart: () => void
  /** Runs `close` if the command is cut short (a timeout or a fault). */
  readonly onAbort: (close: () => unknown) => void
}

/**
 * Options of {@link runWithin}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RunOptions } from './run.js'
 * const o: RunOptions = { timeoutMs: 30000, verbose: false, file: 'topology.ts' }
 */
export interface RunOptions {
  readonly timeoutMs: number
  readonly verbose: boolean
  /** The user's module, to attribute its errors to it. */
  readonly file?: string
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * A duration for people: seconds, with up to 3 decimals.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { seconds } from './run.js'
 * seconds(30000) // '30 s'
 * seconds(1500) // '1.5 s'
 */
export const seconds = (ms: number): string => `${Number((ms / 1000).toFixed(3))} s`

// whether an error's stack passes through the user's module
const fromFile = (e: unknown, file: string | undefined): boolean =>
  file !== undefined && e instanceof Error && typeof e.stack === 'string' && e.stack.includes(file.replace(/^\.\//, ''))

const describeFault = (f: Fault, phase: string, file: string | undefined): string => {
  const where = file ?? 'the module'
  switch (f._tag) {
    case 'Exit':
      return `${where}: process.exit(${f.code === undefined ? '' : String(f.code)}) called while ${phase}: a module must export the desired state, not end the process; nothing was done after it`
    case 'Uncaught':
      return fromFile(f.error, file) ? `${where}: uncaught exception: ${messageOf(f.error)}` : `uncaught exception while ${phase}: ${messageOf(f.error)}`
    case 'Unhandled':
      return fromFile(f.error, file) ? `${where}: unhandled promise rejection: ${messageOf(f.error)}` : `unhandled promise rejection while ${phase}: ${messageOf(f.error)}`
  }
}

// -------------------------------------------------------------------------------------
// running
// -------------------------------------------------------------------------------------

type Outcome = { readonly _tag: 'Done'; readonly code: number } | { readonly _tag: 'Timeout' } | { readonly _tag: 'Fault'; readonly fault: Fault } | { readonly _tag: 'Threw'; readonly error: unknown }

/**
 * Runs a command's body with a deadline of `options.timeoutMs` and the process
 * guarded; resolves with the body's exit status, or 1 after one line on `io.stderr`
 * (`ovn-nb NAME: …`) when the deadline passes, the module ends the process or throws
 * where nobody catches it, or the body itself throws. With `verbose`, an error's stack
 * follows that line.
 *
 * @category running
 * @since 0.1.0
 * @example
 * import { runWithin } from './run.js'
 * import { nodeIO } from './load.js'
 * const code = await runWithin('plan', nodeIO, { timeoutMs: 2000, verbose: false }, async (run) => {
 *   run.phase('waiting for nothing')
 *   await new Promise(() => {}) // never settles
 *   return 0
 * }) // 1, after "ovn-nb plan: timed out after 2 s while waiting for nothing"
 */
export const runWithin = async (name: string, io: CliIO, options: RunOptions, body: (run: Run) => Promise<number>): Promise<number> => {
  let phase = 'starting'
  let budget = options.timeoutMs
  let deadline = Date.now() + budget
  let live = true
  const aborts: Array<() => unknown> = []
  let timer: NodeJS.Timeout | undefined
  let expire: () => void = () => undefined
  // the timer is not unref'd: a module that never settles leaves nothing else to keep
  // the process alive, and Node would then exit with status 13 and no word
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => expire(), Math.max(0, deadline - Date.now()))
  }
  const timedOut = new Promise<Outcome>((resolve) => {
    expire = () => resolve({ _tag: 'Timeout' })
  })
  const guard = guardProcess()
  const run: Run = {
    // silent once the command is cut short, or as soon as the module faulted: the body
    // may still be reporting the fault's own error (a process.exit call it caught)
    io: {
      stdout: (s) => (live && !guard.faulted() ? io.stdout(s) : undefined),
      stderr: (s) => (live && !guard.faulted() ? io.stderr(s) : undefined),
    },
    phase: (what) => void (phase = what),
    remaining: () => Math.max(0, deadline - Date.now()),
    extend: (ms) => {
      budget += ms
      deadline += ms
      arm()
    },
    restart: () => {
      budget = options.timeoutMs
      deadline = Date.now() + budget
      arm()
    },
    onAbort: (close) => void aborts.push(close),
  }
  arm()
  let outcome: Outcome
  try {
    outcome = await Promise.race([
      body(run).then(
        (code): Outcome => ({ _tag: 'Done', code }),
        (error: unknown): Outcome => ({ _tag: 'Threw', error }),
      ),
      timedOut,
      guard.fault.then((fault): Outcome => ({ _tag: 'Fault', fault })),
    ])
  } finally {
    clearTimeout(timer)
    guard.release()
  }
  // a fault in the body's last moments: its output was muted, and its status must not stand
  if (outcome._tag === 'Done' && guard.faulted()) outcome = { _tag: 'Fault', fault: await guard.fault }
  if (outcome._tag === 'Done') return outcome.code
  live = false
  for (const close of aborts) {
    try {
      void Promise.resolve(close()).catch(() => undefined)
    } catch {
      // closing is best effort: the command has failed already
    }
  }
  const fail = (line: string, error?: unknown): number => {
    io.stderr(`ovn-nb ${name}: ${line}\n`)
    if (options.verbose && error !== undefined) io.stderr(`${stackOf(error)}\n`)
    return 1
  }
  switch (outcome._tag) {
    case 'Timeout':
      return fail(`timed out after ${seconds(budget)} while ${phase} (--timeout)`)
    case 'Fault':
      return fail(describeFault(outcome.fault, phase, options.file), outcome.fault.error)
    case 'Threw':
      return fail(`internal error while ${phase}: ${messageOf(outcome.error)}`, outcome.error)
  }
}
