/**
 * `ovn-nb apply FILE --db REMOTE [--owner NAME] [--json] [--wait sb|hv]`: makes the
 * Northbound database hold the desired state FILE exports, and prints the plan it
 * applied. Exit status: 0 applied (or nothing to do), 1 error.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { apply } from '../apply/apply.js'
import { renderText } from '../plan/render.js'
import { formatApplyError, nodeIO, prepareRun, type CliIO } from './load.js'

const USAGE = `usage: ovn-nb apply FILE --db REMOTE [--owner NAME] [--json] [--wait sb|hv] [--wait-timeout MS] [--cascade]

Makes the Northbound database hold the desired state that FILE (a .ts or .js module)
exports by default — a desired state { owner, rows }, a topology (anything with
toDesired()), or a function returning one — and prints the plan it applied. Rows of the
owner that the state no longer holds are deleted — unless they hold rows of other
writers, which would go with them: those are kept and reported — and rows and map keys
of others are never touched.

  --db REMOTE         unix:PATH, tcp:HOST:PORT or ssl:HOST:PORT (a comma list: the first that answers)
  --owner NAME        the owner marking the rows (overrides the module's)
  --json              the result as JSON: { plan, operations, attempts, created, nbCfg }
  --wait sb|hv        wait until ovn-northd (sb) or the chassis too (hv) have caught up
  --wait-timeout MS   how long to wait (default 30000)
  --cascade           delete rows of the owner even when they hold rows of other writers
                      (the plan lists each such row under the delete that takes it)

Exit status: 0 applied (or nothing to do), 1 error.
`

/**
 * Runs `ovn-nb apply` with its arguments; resolves with the exit status.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { applyMain } from './apply.js'
 * import { nodeIO } from './load.js'
 * const code = await applyMain(['topology.ts', '--db', 'unix:/run/ovn/ovnnb_db.sock', '--wait', 'sb'], nodeIO)
 */
export const applyMain = async (argv: ReadonlyArray<string>, io: CliIO = nodeIO): Promise<number> => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE)
    return 0
  }
  const fail = (m: string) => {
    io.stderr(`ovn-nb apply: ${m}\n`)
    return 1
  }
  // checked before anything is loaded or connected
  const w = argv.indexOf('--wait')
  const waitArg = w >= 0 ? argv[w + 1] : undefined
  if (w >= 0 && waitArg !== 'sb' && waitArg !== 'hv') return fail('--wait takes sb or hv')
  const p = await prepareRun(argv, { wait: { type: 'string' }, 'wait-timeout': { type: 'string' }, cascade: { type: 'boolean' } })
  if (E.isLeft(p)) return fail(p.left)
  const { desired, connection, json, values } = p.right
  try {
    const wt = values['wait-timeout']
    const waitTimeoutMs = typeof wt === 'string' ? Number(wt) : 30000
    if (!Number.isInteger(waitTimeoutMs) || waitTimeoutMs <= 0) return fail('--wait-timeout takes a positive number of milliseconds')
    const wait = values['wait'] === 'sb' || values['wait'] === 'hv' ? values['wait'] : 'none'
    const r = await apply(connection.client, desired, { wait, waitTimeoutMs, cascade: values['cascade'] === true, comment: `ovn-nb apply by ${desired.owner}` })()
    if (E.isLeft(r)) return fail(formatApplyError(r.left))
    const { plan, operations, attempts, created, nbCfg } = r.right
    if (json)
      io.stdout(`${JSON.stringify({ plan, operations, attempts, created: Object.fromEntries(created), ...(nbCfg !== undefined ? { nbCfg } : {}) }, null, 2)}\n`)
    else {
      io.stdout(`${renderText(plan)}\n`)
      if (operations > 0)
        io.stdout(`Applied: ${operations} operations in one transaction${attempts > 1 ? ` (attempt ${attempts})` : ''}${nbCfg !== undefined ? `; ${wait === 'hv' ? 'the chassis have' : 'ovn-northd has'} caught up with nb_cfg ${nbCfg}` : ''}.\n`)
    }
    return 0
  } finally {
    await connection.client.close()()
  }
}
