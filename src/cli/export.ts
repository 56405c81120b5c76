/**
 * `ovn-nb export [--db REMOTE] [--owner NAME] [--unowned | --all] [--out FILE]
 * [--timeout SECONDS] [TLS options]`: the network the Northbound database holds, as a
 * topology in plain data (see `nb/export.ts`): JSON on standard output, or FILE as JSON
 * or, for `.ts`/`.mts`/`.cts`, a TypeScript module. What the export could not express is
 * said on standard error (and in the module's leading comment). Exit status: 0
 * exported, 1 error.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { promises as fs } from 'node:fs'
import { extname } from 'node:path'
import { formatError } from '../errors.js'
import { syncReplica } from '../ovsdb/replica.js'
import { exportTopology, printExport, type ExportSelection } from '../nb/export/index.js'
import { connectFirst } from './connect.js'
import { nodeIO, parseCommandArgs, type CliIO } from './load.js'
import { connectionArgs, connectionOptions, connectionUsage } from './options.js'
import { runWithin } from './run.js'

const USAGE = `usage: ovn-nb export [--db REMOTE] [--owner NAME] [--unowned | --all] [--out FILE] [--timeout SECONDS] [TLS options]

Prints the network the Northbound database holds as a topology in plain data — switches
with their ports and ACLs, routers with their ports, routes, policies and NAT, port groups,
address sets, DHCP options, load balancers and their groups, meters, CoPP, BFD, mirrors,
static MAC bindings, other tables as generic rows, references by name — for "ovn-nb plan
FILE --adopt" to take it over. Sorted throughout: the same database gives the same bytes.
What it cannot express is listed on stderr, each line saying why.

${connectionUsage('in turn')
  .replace('bound on loading FILE, then on connecting, reading and writing', 'bound on connecting and reading')
  .replace('an error thrown by FILE', 'an unexpected error')}
  --owner NAME            the owner the topology names; without --unowned or --all, only the
                          rows of NAME are exported
  --unowned               export the rows without an owner (written by ovn-nbctl, a CMS...)
  --all                   export every row
  --out FILE              write FILE instead of standard output: JSON, or a TypeScript module
                          (export default {...}) when FILE ends in .ts, .mts or .cts

Exit status: 0 exported, 1 error (one line on stderr).
`

const TS = new Set(['.ts', '.mts', '.cts'])

/**
 * Runs `ovn-nb export` with its arguments; resolves with the exit status.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { exportMain } from './export.js'
 * import { nodeIO } from './load.js'
 * const code = await exportMain(['--db', 'unix:/run/ovn/ovnnb_db.sock', '--unowned', '--owner', 'me', '--out', 'net.json'], nodeIO) // 0
 */
export const exportMain = async (argv: ReadonlyArray<string>, io: CliIO = nodeIO, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE)
    return 0
  }
  const fail = (line: string): number => {
    io.stderr(`ovn-nb export: ${line}\n`)
    return 1
  }
  const args = parseCommandArgs(argv, { ...connectionArgs, owner: { type: 'string' }, unowned: { type: 'boolean' }, all: { type: 'boolean' }, out: { type: 'string' } })
  if (E.isLeft(args)) return fail(args.left)
  const { positionals, values } = args.right
  if (positionals.length > 0) return fail(`unexpected argument "${positionals[0]!}"`)
  const owner = values['owner']
  if (owner === '') return fail('--owner must not be empty')
  if (values['unowned'] === true && values['all'] === true) return fail('--unowned and --all exclude each other')
  const out = values['out']
  if (out === '') return fail('--out needs a file name')
  const select: ExportSelection =
    values['unowned'] === true ? { _tag: 'Unowned' } : values['all'] === true || typeof owner !== 'string' ? { _tag: 'All' } : { _tag: 'Owner', owner }
  const options = await connectionOptions(values, env)
  if (E.isLeft(options)) return fail(options.left)
  return runWithin('export', io, { timeoutMs: options.right.timeoutMs, verbose: options.right.verbose }, async (run) => {
    const connection = await connectFirst(options.right, run, true)
    if (E.isLeft(connection)) return fail(connection.left)
    const { client, schema } = connection.right
    try {
      run.phase(`reading the database from ${client.remote}`)
      const monitorId = 'ovn-nb-export'
      const replica = await syncReplica(client, schema.name, { monitorId })()
      if (E.isLeft(replica)) return fail(formatError(replica.left))
      // a snapshot: nobody keeps this copy current
      await client.monitorCancel(monitorId)()
      const r = exportTopology({ rows: (t) => replica.right.rows(t), tables: replica.right.tableNames }, { owner: typeof owner === 'string' ? owner : 'ovn-nb', select })
      const text = printExport(r, typeof out === 'string' && TS.has(extname(out)) ? 'ts' : 'json')
      if (typeof out === 'string') {
        run.phase(`writing ${out}`)
        try {
          await fs.writeFile(out, text)
        } catch (e) {
          return fail(`${out}: cannot write: ${e instanceof Error ? e.message : String(e)}`)
        }
      } else run.io.stdout(text)
      for (const u of r.unexpressed) run.io.stderr(`ovn-nb export: not expressed: ${u}\n`)
      return 0
    } finally {
      await client.close()()
    }
  })
}
