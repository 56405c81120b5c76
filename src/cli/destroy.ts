/**
 * `ovn-nb destroy --owner NAME [--db REMOTE] [--cascade] [--dry-run] [--json]
 * [--timeout SECONDS] [TLS options]`: removes every row of an owner, like `terraform
 * destroy`; built on {@link gc} with nothing to keep, so rows of other writers are never
 * touched and a row of the owner that holds rows of other writers is kept and reported
 * (unless `--cascade`). Exit status: 0 done (or nothing to remove), 1 error; with
 * `--dry-run`, 0 nothing to remove, 2 rows to remove.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { gc, type GcResult } from '../apply/gc.js'
import { renderText } from '../plan/render.js'
import { connectFirst } from './connect.js'
import { formatError } from '../errors.js'
import { nodeIO, parseCommandArgs, type CliIO } from './load.js'
import { connectionArgs, connectionOptions, connectionUsage } from './options.js'
import { runWithin } from './run.js'

const USAGE = `usage: ovn-nb destroy --owner NAME [--db REMOTE] [--cascade] [--dry-run] [--json] [--timeout SECONDS] [TLS options]

Removes from the Northbound database every row that NAME owns (external_ids:ovn-nb/owner),
and prints what it removed. Rows of other owners and rows without an owner (ovn-nbctl's,
a CMS's) are never touched: a row of NAME that holds rows of other writers (a switch
with an operator's port), which the server would delete with it, is kept, emptied of
NAME's rows, and reported.
A cluster member that is not connected to a leader (no quorum) is not written to.

${connectionUsage('in turn')
  .replace('bound on loading FILE, then on connecting, reading and writing', 'bound on connecting, reading and writing')
  .replace('an error thrown by FILE', 'an unexpected error')}
  --owner NAME            the owner whose rows go (required)
  --cascade               remove the owner's rows even when they hold rows of other writers
                          (the plan lists each such row under the delete that takes it)
  --dry-run               show what would be removed; change nothing
  --json                  the result as JSON: { plan, operations, attempts, removed }

Exit status: 0 removed (or nothing to remove), 1 error (one line on stderr); with
--dry-run, 0 nothing to remove, 2 rows to remove.
`

/**
 * The text `destroy` prints: the plan of removals, then what went (rows per table,
 * the children the server collects with their parents counted).
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { destroyText } from './destroy.js'
 * import type { GcResult } from '../apply/gc.js'
 * declare const r: GcResult
 * console.log(destroyText(r, false))
 */
export const destroyText = (r: GcResult, dryRun: boolean): string => {
  const lines = [renderText(r.plan)]
  const removed = Object.entries(r.removed)
  if (!dryRun && r.operations > 0 && removed.length > 0)
    lines.push(`Destroyed: ${removed.reduce((n, [, k]) => n + k, 0)} rows (${removed.map(([t, k]) => `${t} ${k}`).join(', ')}) in one transaction${r.attempts > 1 ? ` (attempt ${r.attempts})` : ''}.`)
  return `${lines.join('\n')}\n`
}

/**
 * Runs `ovn-nb destroy` with its arguments; resolves with the exit status.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { destroyMain } from './destroy.js'
 * import { nodeIO } from './load.js'
 * const code = await destroyMain(['--owner', 'my-controller', '--db', 'unix:/run/ovn/ovnnb_db.sock'], nodeIO) // 0 or 1
 */
export const destroyMain = async (argv: ReadonlyArray<string>, io: CliIO = nodeIO, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE)
    return 0
  }
  const fail = (line: string): number => {
    io.stderr(`ovn-nb destroy: ${line}\n`)
    return 1
  }
  const args = parseCommandArgs(argv, { ...connectionArgs, owner: { type: 'string' }, json: { type: 'boolean' }, cascade: { type: 'boolean' }, 'dry-run': { type: 'boolean' } })
  if (E.isLeft(args)) return fail(args.left)
  const { positionals, values } = args.right
  if (positionals.length > 0) return fail(`unexpected argument "${positionals[0]!}"`)
  const owner = values['owner']
  if (typeof owner !== 'string' || owner === '') return fail('--owner NAME is required: whose rows to remove')
  const options = await connectionOptions(values, env)
  if (E.isLeft(options)) return fail(options.left)
  const dryRun = values['dry-run'] === true
  return runWithin('destroy', io, { timeoutMs: options.right.timeoutMs, verbose: options.right.verbose }, async (run) => {
    const connection = await connectFirst(options.right, run, true)
    if (E.isLeft(connection)) return fail(connection.left)
    try {
      run.phase(
        dryRun
          ? `reading the database from ${connection.right.client.remote}`
          : `removing the rows of "${owner}" from ${connection.right.client.remote} (if the transaction was sent, whether it committed is unknown: "ovn-nb destroy --dry-run" tells)`,
      )
      const r = await gc(connection.right.client, owner, [], { cascade: values['cascade'] === true, dryRun, comment: `ovn-nb destroy of ${owner}` })()
      if (E.isLeft(r)) {
        run.io.stderr(`ovn-nb destroy: ${formatError(r.left)}\n`)
        return 1
      }
      if (values['json'] === true) run.io.stdout(`${JSON.stringify({ plan: r.right.plan, operations: r.right.operations, attempts: r.right.attempts, removed: r.right.removed }, null, 2)}\n`)
      else run.io.stdout(destroyText(r.right, dryRun))
      return dryRun && r.right.plan.entries.length > 0 ? 2 : 0
    } finally {
      await connection.right.client.close()()
    }
  })
}
