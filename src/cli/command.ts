/**
 * The frame `plan` and `apply` share: `FILE [--owner NAME] [--json]` and the connection
 * options checked first (no I/O for a bad argument or PEM file), then, with the module
 * contained (`run.ts`), the FILE loaded within `--timeout`, and within `--timeout` again
 * the first usable remote connected (`connect.ts`) and the command's own work done;
 * the connection is closed whatever happens.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { ParseArgsConfig } from 'node:util'
import type { DesiredState } from '../ovsdb/desired.js'
import { formatIssue } from '../issue.js'
import { connectFirst, type Connection } from './connect.js'
import { stackOf } from './guard.js'
import { loadDesired, parseCommandArgs, type Args, type CliIO } from './load.js'
import { connectionArgs, connectionOptions, type ConnectionOptions } from './options.js'
import { runWithin, type Run } from './run.js'
import type { Source } from './source.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What `plan` and `apply` start from: the desired state (its owner replaced by
 * `--owner` when given), a connection to a usable remote, and the arguments.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Prepared } from './command.js'
 * const close = async (p: Prepared) => p.connection.client.close()()
 */
export interface Prepared {
  readonly desired: DesiredState
  readonly connection: Connection
  readonly json: boolean
  readonly values: Args['values']
  readonly options: ConnectionOptions
}

// -------------------------------------------------------------------------------------
// running
// -------------------------------------------------------------------------------------

/**
 * Runs `ovn-nb NAME FILE [--owner NAME] [--json] [connection options] [extra]`: checks
 * the arguments (`check` runs on the parsed values before anything is loaded), then
 * loads FILE within `--timeout`, and within `--timeout` again connects and runs `body`;
 * resolves with the exit status. `source` is FILE as the command read it already, if it
 * did (`readSource`): a `.json` file is then not read again. Every failure is one line `ovn-nb NAME: …` on stderr and status 1.
 *
 * @category running
 * @since 0.1.0
 * @example
 * import { runDesiredCommand } from './command.js'
 * import { nodeIO } from './load.js'
 * const code = await runDesiredCommand('plan', ['topology.ts', '--db', 'unix:/run/ovn/ovnnb_db.sock'], nodeIO, {}, async (p, run) => {
 *   run.io.stdout(`${p.desired.rows.length} rows\n`)
 *   return 0
 * })
 */
export const runDesiredCommand = async (
  name: string,
  argv: ReadonlyArray<string>,
  io: CliIO,
  extra: NonNullable<ParseArgsConfig['options']>,
  body: (p: Prepared, run: Run) => Promise<number>,
  check: (values: Args['values']) => string | undefined = () => undefined,
  env: NodeJS.ProcessEnv = process.env,
  source?: Source,
): Promise<number> => {
  const fail = (line: string): number => {
    io.stderr(`ovn-nb ${name}: ${line}\n`)
    return 1
  }
  const args = parseCommandArgs(argv, { ...connectionArgs, owner: { type: 'string' }, json: { type: 'boolean' }, ...extra })
  if (E.isLeft(args)) return fail(args.left)
  const { positionals, values } = args.right
  if (positionals.length !== 1) return fail(positionals.length === 0 ? 'a FILE is required' : `one FILE only (got ${positionals.join(' ')})`)
  const file = positionals[0]!
  const owner = values['owner']
  if (owner === '') return fail('--owner must not be empty')
  const bad = check(values)
  if (bad !== undefined) return fail(bad)
  const options = await connectionOptions(values, env)
  if (E.isLeft(options)) return fail(options.left)
  return runWithin(name, io, { timeoutMs: options.right.timeoutMs, verbose: options.right.verbose, file }, async (run) => {
    const failRun = (line: string, thrown?: unknown): number => {
      run.io.stderr(`ovn-nb ${name}: ${line}\n`)
      if (options.right.verbose && thrown !== undefined) run.io.stderr(`${stackOf(thrown)}\n`)
      return 1
    }
    run.phase(`loading ${file}`)
    const loaded = await loadDesired(file, source)
    if (E.isLeft(loaded)) return failRun(loaded.left.message, loaded.left.thrown)
    const desired: DesiredState = typeof owner === 'string' ? { ...loaded.right, owner } : loaded.right
    if (desired.owner === '') return failRun(`${file}: the owner is empty (set it in the file or with --owner)`)
    // rows sent as they are although the DSL would refuse them (ovn-nb export's generic rows)
    for (const w of desired.warnings ?? []) run.io.stderr(`ovn-nb ${name}: warning: ${formatIssue(w)}\n`)
    // the database work gets the whole budget: a slow compile of a large .ts module (tsx
    // on a loaded machine) must not eat the time the remotes of a list are given
    run.restart()
    // no NB model guard: the diff checks every desired column against the server's schema
    // before any operation is made (see Guarding)
    const connection = await connectFirst(options.right, run, true, 'bare')
    if (E.isLeft(connection)) return failRun(connection.left)
    try {
      return await body({ desired, connection: connection.right, json: values['json'] === true, values, options: options.right }, run)
    } finally {
      await connection.right.client.close()()
    }
  })
}
