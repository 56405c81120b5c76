/**
 * Faults (issue 12): what a controller loses to them.
 *
 * - the failover stall of a controller loop (session + replica + apply) on a 3-node
 *   Raft cluster whose leader is SIGKILLed every 2 s: from each kill to the end of the
 *   first apply started after it (median, p90, max), beside the election itself (from
 *   the kill to a surviving member reporting itself leader), the floor no client can
 *   beat; target: the median within the election's median + 0.5 s;
 * - the re-attach of a W100k replica after its connection is lost: a standalone
 *   ovsdb-server keeps no transaction history, so `monitor_cond_since` sends every row
 *   again; beside the replica's first sync of the same rows.
 *
 * Every daemon is started here and stopped by PID.
 */
import * as E from 'fp-ts/lib/Either.js'
import { compile, diff } from '../src/plan/index.js'
import { nbIdentity } from '../src/nb/identity.js'
import { followReplica, openSession } from '../src/ovsdb/index.js'
import { startOvsdb } from '../test/support/ovsdb.js'
import { quantile, runSoak } from '../test/support/soak.js'
import { workload } from './engine.js'
import { rawTransact } from './raw.js'
import { median, type Figure, type Section } from './report.js'

const NB = 'OVN_Northbound'

const log = (line: string): void => console.log(`  (${line})`)

const failover = async (figures: Figure[]): Promise<void> => {
  const run = await runSoak(300, 2000)
  if (E.isLeft(run)) throw new Error(`soak: ${run.left}`)
  const { kills, elections, stalls, errors, stop } = run.right
  await stop()
  const election = median(elections)
  const m = quantile(stalls, 0.5)
  log(`300 applies, ${kills.length} leader kills; retried: ${[...errors].map(([k, n]) => `${n} x ${k.split(':')[0]}`).join(', ') || 'nothing'}`)
  figures.push({
    name: `failover stall of a controller loop, median of ${stalls.length} leader kills (kill -> first apply started after it done)`,
    value: m,
    unit: 'ms',
    baseline: { name: 'the Raft election (kill -> a new leader), median', value: election },
    target: { text: 'median <= election + 500 ms', met: m <= election + 500 },
  })
  figures.push({ name: 'failover stall, p90', value: quantile(stalls, 0.9), unit: 'ms' })
  figures.push({ name: 'failover stall, max', value: Math.max(...stalls), unit: 'ms', baseline: { name: 'the Raft election, max', value: Math.max(...elections) } })
}

const reattach = async (figures: Figure[]): Promise<void> => {
  const server = await startOvsdb()
  try {
    // W100k, written by one raw transaction (what the library would send)
    const schemaSession = await openSession({ remotes: server.unix, leaderOnly: false })()
    if (E.isLeft(schemaSession)) throw new Error('session')
    const s = schemaSession.right
    try {
      const schema = await s.client!.getSchema(NB)()
      if (E.isLeft(schema)) throw new Error('schema')
      const plan = diff(schema.right, { rows: () => new Map() }, workload(10), { rules: nbIdentity })
      if (E.isLeft(plan)) throw new Error('plan')
      const ops = compile(plan.right)
      await rawTransact(server.unix.slice('unix:'.length), JSON.stringify({ method: 'transact', params: [NB, ...ops], id: 1 }), ops.length)
      let t0 = performance.now()
      const replica = await followReplica(s, NB, { externalIdKeys: ['ovn-nb/owner'] })()
      if (E.isLeft(replica)) throw new Error('follow')
      const first = performance.now() - t0
      const rows = replica.right.size
      // the connection is lost: the session connects again and the replica re-attaches
      const times: number[] = []
      for (let round = 0; round < 2; round++) {
        t0 = performance.now()
        await s.client!.close()()
        const current = await replica.right.whenCurrent(120_000)()
        if (E.isLeft(current)) throw new Error('re-attach')
        times.push(performance.now() - t0)
      }
      log(`${rows} rows; first sync ${first.toFixed(0)} ms; re-attach ${times.map((x) => x.toFixed(0)).join(', ')} ms (a standalone server keeps no history: every row again)`)
      figures.push({
        name: `re-attach of a W100k replica (${rows} rows) after its connection was lost, standalone server (median of ${times.length})`,
        value: median(times),
        unit: 'ms',
        baseline: { name: 'the same replica\'s first sync', value: first },
      })
    } finally {
      await s.close()()
    }
  } finally {
    await server.stop()
  }
}

const run = async (): Promise<ReadonlyArray<Figure>> => {
  const figures: Figure[] = []
  await failover(figures)
  await reattach(figures)
  return figures
}

/** The faults section. */
export const section: Section = { title: 'faults: failover stall under leader kills, re-attach of a W100k replica (issue 12)', run }
