import test from 'ava'
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { connect, followReplica, formatError, openSession, snapshot, type Client, type Row } from '../../src/ovsdb/index.js'
import { ref, type DesiredRow, type DesiredState } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { formatApplyError } from '../../src/cli/load.js'
import { startRaft, type RaftNode } from '../support/raft.js'
import { alive, sleep } from '../support/process.js'

const NB = 'OVN_Northbound'
const OWNER = 'soak'

/** Starts a member of the cluster again on its database, as test/support/raft.ts starts it. */
const restart = (n: RaftNode): ChildProcess =>
  spawn(
    'ovsdb-server',
    [
      join(n.dir, 'nb.db'),
      `--remote=punix:${join(n.dir, 'nb.sock')}`,
      `--remote=ptcp:${n.tcp.split(':')[2]!}:127.0.0.1`,
      `--pidfile=${join(n.dir, 'nb.pid')}`,
      `--unixctl=${n.ctl}`,
      '-vconsole:off',
      '-vfile:info',
      `--log-file=${join(n.dir, 'nb.log')}`,
      '--no-chdir',
    ],
    { stdio: 'ignore' },
  )

// a small deterministic generator: the sequence of events is the same on every run
const prng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}

/** The desired network of some VMs: a port each (in one switch and one port group), an ACL each, DHCP options each. */
const desiredOf = (vms: ReadonlyArray<number>): DesiredState => {
  const rows: DesiredRow[] = [
    { table: 'Logical_Switch', id: 'sw', columns: { name: 'soak-sw', ports: ['set', vms.map((i) => ref(`p${i}`))] } },
    { table: 'Port_Group', id: 'pg', columns: { name: 'soak_pg', ports: ['set', vms.map((i) => ref(`p${i}`))], acls: ['set', vms.map((i) => ref(`acl${i}`))] } },
  ]
  for (const i of vms) {
    rows.push({ table: 'Logical_Switch_Port', id: `p${i}`, columns: { name: `vm${i}`, dhcpv4_options: ref(`dhcp${i}`) } })
    rows.push({ table: 'ACL', id: `acl${i}`, columns: { direction: 'to-lport', priority: 1000, match: `outport == "vm${i}" && ip4`, action: 'allow-related' } })
    rows.push({ table: 'DHCP_Options', id: `dhcp${i}`, columns: { cidr: `10.${i >> 8}.${i & 255}.0/24`, options: ['map', [['lease_time', '3600']]] } })
  }
  return { owner: OWNER, rows }
}

const quantile = (xs: ReadonlyArray<number>, q: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}

test('Raft soak: a controller loop (session + replica + apply) through leader kills: 0 lost, 0 duplicated, 0 stale rows; failover stalls reported', async (t) => {
  t.timeout(120000)
  const cluster = await startRaft()
  const restarted: ChildProcess[] = []
  t.teardown(async () => {
    for (const c of restarted) if (c.pid !== undefined && alive(c.pid)) process.kill(c.pid, 'SIGKILL')
    await cluster.stop()
  })
  const pids = cluster.nodes.map((n) => n.pid)
  const session = await openSession({ remotes: cluster.remotes, initialBackoffMs: 20, maxBackoffMs: 200 })()
  if (E.isLeft(session)) return t.fail(formatError(session.left))
  t.teardown(() => session.right.close()())
  const s = session.right
  const replica = await followReplica(s, NB, { externalIdKeys: ['ovn-nb/owner'] })()
  if (E.isLeft(replica)) return t.fail(formatError(replica.left))

  // the killer: every ~2.4 s, SIGKILL the leader, start it again a moment later
  let stop = false
  const kills: number[] = []
  const killer = (async () => {
    while (!stop) {
      await sleep(2000)
      if (stop) break
      const leader = cluster.leader()
      if (leader === undefined) continue
      const i = leader.index - 1
      process.kill(pids[i]!, 'SIGKILL')
      kills.push(Date.now())
      for (let k = 0; k < 100 && alive(pids[i]!); k++) await sleep(10)
      await sleep(300)
      const child = restart(leader)
      restarted.push(child)
      pids[i] = child.pid!
    }
  })()

  // a controller reacts to the reconnection at once: its next apply starts in the same
  // tick as the session's event, before the replica has re-attached
  const waiting: Array<(c: Client | undefined) => void> = []
  s.on((e) => {
    if (e.type === 'connected') for (const w of waiting.splice(0)) w(e.client)
  })
  const reconnected = (): Promise<Client | undefined> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 10000)
      waiting.push((c) => {
        clearTimeout(timer)
        resolve(c)
      })
    })

  // the controller: one event after another, each applied until it succeeds
  const rand = prng(12)
  let next = 0
  const vms: number[] = []
  for (; next < 5; next++) vms.push(next)
  const successes: Array<{ readonly started: number; readonly done: number }> = []
  const errors = new Map<string, number>()
  const APPLIES = 180
  for (let step = 0; step < APPLIES; step++) {
    if (step > 0) {
      if (vms.length === 0 || rand() < 0.6) vms.push(next++)
      else vms.splice(Math.floor(rand() * vms.length), 1)
    }
    const desired = desiredOf(vms)
    for (let tries = 0; ; tries++) {
      if (tries > 500) return t.fail(`step ${step}: no success after 500 tries: ${[...errors.keys()].join(' | ')}`)
      const c = s.client ?? (await reconnected())
      if (c === undefined) continue
      const started = Date.now()
      const r = await apply(c, desired, { replica: replica.right, replicaTimeoutMs: 10000 })()
      if (E.isRight(r)) {
        successes.push({ started, done: Date.now() })
        break
      }
      // what a controller retries: lost connections, outcomes it cannot know yet, a
      // replica still re-attaching; anything else is a bug
      const tag = r.left._tag
      if (!['OutcomeUnknown', 'ConnectionClosed', 'ReplicaNotCurrent', 'TransportError', 'ConflictRetriesExhausted'].includes(tag)) return t.fail(`step ${step}: ${formatApplyError(r.left)}`)
      const key = `${tag}: ${formatApplyError(r.left).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'UUID').slice(0, 160)}`
      errors.set(key, (errors.get(key) ?? 0) + 1)
    }
    await sleep(40)
  }
  stop = true
  await killer

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
  t.true(rows('DHCP_Options').every((r) => ids(r).get('ovn-nb/owner') === OWNER))
  // and the controller's next apply sends nothing
  const again = await apply(s.client!, desiredOf(vms), { replica: replica.right, replicaTimeoutMs: 10000 })()
  t.true(E.isRight(again) && again.right.operations === 0, JSON.stringify(E.isLeft(again) ? again.left : again.right.plan.summary))

  // the stall of each kill: from the kill to the end of the first apply started after it
  const stalls = kills.map((k) => successes.find((x) => x.started > k)).map((x, i) => (x === undefined ? NaN : x.done - kills[i]!)).filter((x) => !Number.isNaN(x))
  t.true(kills.length >= 5, `${kills.length} kills`)
  t.log(`${APPLIES} applies, ${kills.length} leader kills, ${vms.length} VMs at the end (${want.length * 3 + 2} rows of ours)`)
  t.log(`failover stall (kill -> first apply started after it done): median ${quantile(stalls, 0.5)} ms, p90 ${quantile(stalls, 0.9)} ms, max ${Math.max(...stalls)} ms`)
  for (const [k, n] of errors) t.log(`${n} x ${k}`)
})
