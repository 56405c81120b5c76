import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/session.js'
import { formatError } from '../../src/ovsdb/index.js'
import { hostileServer } from '../support/hostile.js'
import { startRaft, type RaftCluster, type RaftNode } from '../support/raft.js'
import { sleep } from '../support/process.js'
import { right } from '../support/either.js'

// A session never waits forever on a member that stopped answering, and follows the
// leader when leadership moves. Raft members are stopped with SIGSTOP (a hung process:
// its sockets stay open, nothing answers) and always resumed (SIGCONT) before the
// cluster is stopped. Test deadlines only bound a broken build.

const NB = 'OVN_Northbound'

const until = async (what: string, f: () => boolean, ms: number): Promise<void> => {
  const end = Date.now() + ms
  while (!f()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(10)
  }
}

/** SIGSTOPs a node; the returned function (also run at teardown) resumes it once. */
const freeze = (t: ExecutionContext, node: RaftNode): (() => void) => {
  process.kill(node.pid, 'SIGSTOP')
  let frozen = true
  const thaw = () => {
    if (frozen) process.kill(node.pid, 'SIGCONT')
    frozen = false
  }
  t.teardown(thaw)
  return thaw
}

// cluster/status of a stopped node would hang: ask the others only
const leaderAmong = (cluster: RaftCluster, except: RaftNode): RaftNode | undefined =>
  cluster.nodes.find((n) => n !== except && /^Role: leader/m.test(n.clusterStatus()))

test('openSession honours firstConnectTimeoutMs against a server that accepts and never answers', async (t) => {
  t.timeout(10000)
  const server = await hostileServer(() => {})
  t.teardown(() => server.close())
  for (const leaderOnly of [true, false]) {
    const began = Date.now()
    const r = await _.openSession({ remotes: server.remote, firstConnectTimeoutMs: 400, leaderOnly, initialBackoffMs: 50 })()
    const took = Date.now() - began
    t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'TransportError' })
    t.regex(E.isLeft(r) ? formatError(r.left) : '', /no usable server/)
    t.log(`leaderOnly ${String(leaderOnly)}: gave up after ${took} ms (firstConnectTimeoutMs 400)`)
  }
})

test('a session on a SIGSTOPped Raft leader detects it by the probe and fails over; the stall is measured', async (t) => {
  t.timeout(60000)
  const cluster = await startRaft()
  t.teardown(() => cluster.stop())
  const probe = 300
  const session = right(t, await _.openSession({ remotes: cluster.remotes, probeIntervalMs: probe, initialBackoffMs: 50, maxBackoffMs: 400 })())
  t.teardown(() => session.close()())
  const leader = cluster.leader()!
  t.is(session.client?.remote, leader.tcp)
  right(t, await session.client!.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'before' } }])())
  const events: string[] = []
  session.on((e) => events.push(e.type === 'connected' ? `connected ${e.remote}` : `disconnected ${e.reason}`))

  const thaw = freeze(t, leader)
  const began = Date.now()
  // a controller loop: transact on whatever the session has, until one succeeds elsewhere
  let stall = -1
  while (Date.now() - began < 30000) {
    const c = session.client
    if (c !== undefined && c.remote !== leader.tcp) {
      const r = await c.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'after' } }])()
      if (E.isRight(r)) {
        stall = Date.now() - began
        break
      }
    }
    await sleep(10)
  }
  const newLeader = leaderAmong(cluster, leader)
  thaw()
  t.true(stall > 0, `no successful transact within 30 s; events: ${events.join('; ')}`)
  t.log(`failover stall (SIGSTOP of the leader -> first successful transact on the new one): ${stall} ms, probe ${probe} ms`)
  t.regex(events[0] ?? '', /^disconnected .*inactivity probe/)
  t.is(session.client?.remote, newLeader?.tcp)
})

test('leaderOnly is re-checked when leadership moves: a leader that becomes a follower is dropped for the new leader', async (t) => {
  t.timeout(60000)
  const cluster = await startRaft()
  t.teardown(() => cluster.stop())
  // no probe: only the _Server watch can notice
  const session = right(t, await _.openSession({ remotes: cluster.remotes, probeIntervalMs: 0, initialBackoffMs: 50, maxBackoffMs: 400 })())
  t.teardown(() => session.close()())
  const old = cluster.leader()!
  t.is(session.client?.remote, old.tcp)
  const events: string[] = []
  session.on((e) => events.push(e.type === 'connected' ? `connected ${e.remote}` : `disconnected ${e.reason}`))

  // the leader hangs long enough for the others to elect a new one, then comes back as a follower
  const thaw = freeze(t, old)
  let next: RaftNode | undefined
  await until('a new leader among the others', () => (next = leaderAmong(cluster, old)) !== undefined, 20000)
  t.is(session.client?.remote, old.tcp) // nothing noticed yet: the connection is idle
  thaw()
  await until('the session on the new leader', () => session.client !== undefined && session.client.remote === next!.tcp, 20000)
  t.regex(events[0] ?? '', new RegExp(`^disconnected ${old.tcp} is no longer the leader of ${NB}`))
  right(t, await session.client!.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'on-new-leader' } }])())
  const db = right(t, await _.serverDatabase(session.client!, NB)())
  t.true(db.leader)
})
