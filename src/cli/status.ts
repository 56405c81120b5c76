/**
 * `ovn-nb status [--db REMOTE] [--json] [--timeout SECONDS] [TLS options]`: the
 * readiness a CNI `STATUS` verb reports, for each remote of the list: the database model (standalone, clustered, relay), whether
 * the server is the leader, the cluster and server ids, the schema against the model,
 * and how far ovn-northd and the chassis have got. Exit status: 0 when a remote is
 * ready, 1 when none is (none answers, or those that answer have no quorum) or on bad
 * arguments.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { status, type Status } from '../apply/status.js'
import { connectNb } from '../nb/compat.js'
import type { Remote } from '../ovsdb/transport.js'
import { describeConnectError, describeFailures, unusable } from './connect.js'
import { nodeIO, parseCommandArgs, type CliIO } from './load.js'
import { connectionUsage, connectionArgs, connectionOptions } from './options.js'
import { runWithin, seconds } from './run.js'

// each remote is bounded by --timeout on its own; the command's deadline, a little
// later, only catches what those bounds would miss
const BACKSTOP_MS = 1000

const USAGE = `usage: ovn-nb status [--db REMOTE] [--json] [--timeout SECONDS] [TLS options]

Reports, for each remote of REMOTE (a comma list, asked in parallel), the Northbound
database's model (standalone, clustered, relay), leadership, cluster and server ids,
schema version and what the model has that the server lacks, and northd progress
(nb_cfg, sb_cfg, hv_cfg).

${connectionUsage('at once')}
  --json                  one JSON object per remote, in an array when REMOTE is a list

Exit status: 0 a remote is ready (connected to its cluster), 1 none is: none answers, or
those that answer have no quorum (one line on stderr says which).
`

/**
 * The status of one remote: what {@link status} read, or why it could not.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RemoteStatus } from './status.js'
 * const r: RemoteStatus = { remote: 'tcp:127.0.0.1:6641', error: 'connection refused' }
 */
export type RemoteStatus = Status | { readonly remote: string; readonly error: string }

/**
 * A {@link Status} as lines of text for people.
 *
 * @category render
 * @since 0.1.0
 * @example
 * import { statusText } from './status.js'
 * import type { Status } from '../apply/status.js'
 * declare const s: Status
 * console.log(statusText(s))
 * // remote:   unix:/run/ovn/ovnnb_db.sock
 * // ready:    yes
 * // database: OVN_Northbound, standalone, leader
 * // ...
 */
export const statusText = (s: RemoteStatus): string => {
  if ('error' in s) return `remote:   ${s.remote}\nready:    no\nerror:    ${s.error}`
  const d = s.database
  const lines = [
    `remote:   ${s.remote}`,
    `ready:    ${s.ready ? 'yes' : 'no'}`,
    `database: ${d.name}, ${d.model}${d.model === 'clustered' ? `, ${d.leader ? 'leader' : 'follower'}${d.connected ? '' : ', disconnected'}` : d.leader ? ', leader' : ''}`,
  ]
  if (d.clusterId !== undefined || d.serverId !== undefined)
    lines.push(`cluster:  cid ${d.clusterId ?? '-'}, sid ${d.serverId ?? '-'}${d.index !== undefined ? `, index ${d.index}` : ''}`)
  const sc = s.schema
  lines.push(
    `schema:   ${sc.version} (model ${sc.modelVersion}, server ${sc.server}${sc.missingTables.length + sc.missingColumns.length > 0 ? `; lacks ${sc.missingTables.length} tables and ${sc.missingColumns.length} columns of the model` : ''})`,
  )
  const n = s.northd
  lines.push(
    n === undefined
      ? 'northd:   no NB_Global row'
      : `northd:   nb_cfg ${n.nbCfg}, sb_cfg ${n.sbCfg} (${n.sbCaughtUp ? 'caught up' : 'behind'}), hv_cfg ${n.hvCfg} (${n.hvCaughtUp ? 'caught up' : 'behind'})`,
  )
  for (const w of s.warnings) lines.push(`warning:  ${w}`)
  return lines.join('\n')
}

/**
 * Runs `ovn-nb status` with its arguments; resolves with the exit status.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { statusMain } from './status.js'
 * import { nodeIO } from './load.js'
 * const code = await statusMain(['--db', 'unix:/run/ovn/ovnnb_db.sock', '--json'], nodeIO)
 */
export const statusMain = async (argv: ReadonlyArray<string>, io: CliIO = nodeIO, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE)
    return 0
  }
  const fail = (m: string) => {
    io.stderr(`ovn-nb status: ${m}\n`)
    return 1
  }
  const args = parseCommandArgs(argv, { ...connectionArgs, json: { type: 'boolean' } })
  if (E.isLeft(args)) return fail(args.left)
  if (args.right.positionals.length > 0) return fail(`unexpected argument "${args.right.positionals[0]!}"`)
  const options = await connectionOptions(args.right.values, env)
  if (E.isLeft(options)) return fail(options.left)
  const { remotes, timeoutMs, tls, verbose } = options.right
  // the remotes are asked in parallel, each bounded by --timeout on its own (a silent one
  // is reported as such beside the others); the command's deadline is only a backstop
  return runWithin('status', io, { timeoutMs: timeoutMs + BACKSTOP_MS, verbose }, async (run) => {
    run.phase(`asking ${remotes.map((r) => r.text).join(', ')}`)
    const ask = async (r: Remote): Promise<RemoteStatus> => {
      const c = await connectNb(r, { connectTimeoutMs: timeoutMs, requestTimeoutMs: timeoutMs, ...(tls !== undefined ? { tls } : {}) })()
      if (E.isLeft(c)) return { remote: r.text, error: describeConnectError(r, c.left, options.right) }
      run.onAbort(() => c.right.client.close()())
      try {
        const s = await status(c.right.client, { timeoutMs })()
        return E.isLeft(s) ? { remote: r.text, error: describeConnectError(r, s.left, options.right) } : s.right
      } finally {
        await c.right.client.close()()
      }
    }
    const results: RemoteStatus[] = await Promise.all(
      remotes.map(async (r): Promise<RemoteStatus> => {
        let timer: NodeJS.Timeout | undefined
        const late = new Promise<RemoteStatus>((resolve) => (timer = setTimeout(() => resolve({ remote: r.text, error: `no answer within ${seconds(timeoutMs)}` }), timeoutMs)))
        try {
          return await Promise.race([ask(r), late])
        } finally {
          clearTimeout(timer)
        }
      }),
    )
    const single = remotes.length === 1
    if (args.right.values['json'] === true) run.io.stdout(`${JSON.stringify(single ? results[0] : results, null, 2)}\n`)
    else run.io.stdout(`${results.map(statusText).join('\n\n')}\n`)
    if (results.some((x) => !('error' in x) && x.ready)) return 0
    // one line on stderr too, for scripts that only read it: why no remote is usable
    run.io.stderr(
      `ovn-nb status: ${describeFailures(
        results.map((x) =>
          'error' in x
            ? { remote: x.remote, reason: x.error.replace(/\s*\n\s*/g, ' '), noQuorum: false }
            : { remote: x.remote, reason: unusable(x.database) ?? 'not ready', noQuorum: true },
        ),
      )}\n`,
    )
    return 1
  })
}
