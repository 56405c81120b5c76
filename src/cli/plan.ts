/**
 * `ovn-nb plan FILE --db REMOTE [--owner NAME] [--json]`: what `apply` would change,
 * without changing anything. Exit status: 0 nothing to do, 2 changes, 1 error.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { apply } from '../apply/apply.js'
import { renderJson, renderText } from '../plan/render.js'
import { formatApplyError, nodeIO, prepareRun, type CliIO } from './load.js'

const USAGE = `usage: ovn-nb plan FILE --db REMOTE [--owner NAME] [--json] [--cascade]

Prints what "ovn-nb apply" would change in the Northbound database to make it hold the
desired state that FILE (a .ts or .js module) exports by default: a desired state
{ owner, rows }, a topology (anything with toDesired()), or a function returning one.

  --db REMOTE    unix:PATH, tcp:HOST:PORT or ssl:HOST:PORT (a comma list: the first that answers)
  --owner NAME   the owner marking the rows (overrides the module's)
  --json         the plan as JSON
  --cascade      delete rows of the owner even when they hold rows of other writers
                 (listed under each delete); without it such rows are kept and reported

Exit status: 0 nothing to do, 2 changes to make, 1 error.
`

/**
 * Runs `ovn-nb plan` with its arguments; resolves with the exit status.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { planMain } from './plan.js'
 * import { nodeIO } from './load.js'
 * const code = await planMain(['topology.ts', '--db', 'unix:/run/ovn/ovnnb_db.sock'], nodeIO) // 0 or 2
 */
export const planMain = async (argv: ReadonlyArray<string>, io: CliIO = nodeIO): Promise<number> => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE)
    return 0
  }
  const p = await prepareRun(argv, { cascade: { type: 'boolean' } })
  if (E.isLeft(p)) {
    io.stderr(`ovn-nb plan: ${p.left}\n`)
    return 1
  }
  const { desired, connection, json, values } = p.right
  try {
    const r = await apply(connection.client, desired, { dryRun: true, cascade: values['cascade'] === true })()
    if (E.isLeft(r)) {
      io.stderr(`ovn-nb plan: ${formatApplyError(r.left)}\n`)
      return 1
    }
    io.stdout(`${json ? renderJson(r.right.plan) : renderText(r.right.plan)}\n`)
    return r.right.plan.entries.length === 0 ? 0 : 2
  } finally {
    await connection.client.close()()
  }
}
