import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { connect, formatError, snapshot, type Row } from '../../src/ovsdb/index.js'
import { apply } from '../../src/apply/index.js'
import type { RaftNode } from '../support/raft.js'
import { sleep } from '../support/process.js'
import { quantile, runSoak, SOAK_OWNER, soakDesired } from '../support/soak.js'

const NB = 'OVN_Northbound'

test('Raft soak: a controller loop (session + replica + apply) through leader kills: 0 lost, 0 duplicated, 0 stale rows; failover stalls reported', async (t) => {
  t.timeout(120000)
  const APPLIES = 180
  const run = await runSoak(APPLIES)
  if (E.isLeft(run)) return t.fail(run.left)
  const { cluster, session, replica, vms, kills, elections, stalls, errors } = run.right
  t.teardown(() => run.right.stop())

  // the database, read by a client of its own from the leader: exactly the final state
  let leader: RaftNode | undefined
  for (let k = 0; k < 300 && (leader = cluster.leader()) === undefined; k++) await sleep(20)
  if (leader === undefined) return t.fail('no leader at the end')
  const c = await connect(leader.tcp)()
  if (E.isLeft(c)) return t.fail(formatError(c.left))
  t.teardown(() => c.right.close()())
  const db = await snapshot(c.right, NB, ['Logical_Switch', 'Logical_Switch_Port', 'Port_Group', 'ACL', 'DHCP_Options'])()
  if (E.isLeft(db)) return t.fail(formatError(db.left))
  const rows = (table: string): Row[] => [...db.right.get(table)!.values()]
  const str = (r: Row, c: string) => r[c] as string
  const ids = (r: Row) => new Map((r['external_ids'] as unknown as readonly ['map', ReadonlyArray<readonly [string, string]>])[1])
  const want = [...vms].sort((a, b) => a - b)
  t.deepEqual(rows('Logical_Switch').map((r) => str(r, 'name')), ['soak-sw'])
  t.deepEqual(rows('Port_Group').map((r) => str(r, 'name')), ['soak_pg'])
  t.deepEqual(rows('Logical_Switch_Port').map((r) => str(r, 'name')).sort(), want.map((i) => `vm${i}`).sort())
  t.deepEqual(rows('ACL').map((r) => str(r, 'match')).sort(), want.map((i) => `outport == "vm${i}" && ip4`).sort())
  t.deepEqual(rows('DHCP_Options').map((r) => ids(r).get('ovn-nb/id')).sort(), want.map((i) => `dhcp${i}`).sort())
  t.true(rows('DHCP_Options').every((r) => ids(r).get('ovn-nb/owner') === SOAK_OWNER))
  // and the controller's next apply sends nothing
  const again = await apply(session.client!, soakDesired(vms), { replica, replicaTimeoutMs: 10000 })()
  t.true(E.isRight(again) && again.right.operations === 0, JSON.stringify(E.isLeft(again) ? again.left : again.right.plan.summary))

  t.true(kills.length >= 5, `${kills.length} kills`)
  t.log(`${APPLIES} applies, ${kills.length} leader kills, ${vms.length} VMs at the end (${want.length * 3 + 2} rows of ours)`)
  t.log(`failover stall (kill -> first apply started after it done): median ${quantile(stalls, 0.5)} ms, p90 ${quantile(stalls, 0.9)} ms, max ${Math.max(...stalls)} ms; election: median ${quantile(elections, 0.5)} ms`)
  for (const [k, n] of errors) t.log(`${n} x ${k}`)
})
