import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/session.js'
import { connect, followReplica, type ReplicaChanges } from '../../src/ovsdb/index.js'
import { freePort, startOvsdb } from '../support/ovsdb.js'
import { startRaft } from '../support/raft.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { right } from '../support/either.js'

const NB = 'OVN_Northbound'

const until = async (what: string, f: () => boolean, ms = 15000): Promise<void> => {
  const end = Date.now() + ms
  while (!f()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

test('a session reconnects after the server restarts, and the replica catches up with what changed meanwhile', async (t) => {
  t.timeout(40000)
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-session-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const port = await freePort()
  let server = await startOvsdb({ dir, remotes: [`ptcp:${port}:127.0.0.1`] })
  t.teardown(() => server.stop())
  const remote = `tcp:127.0.0.1:${port}`
  const session = right(t, await _.openSession({ remotes: remote, initialBackoffMs: 20, maxBackoffMs: 200 })())
  t.teardown(() => session.close()())
  const events: string[] = []
  session.on((e) => events.push(e.type))
  const replica = right(t, await followReplica(session, NB, { tables: ['Logical_Switch'] })())
  const changes: ReplicaChanges[] = []
  replica.onChange((c) => changes.push(c))
  right(t, await session.client!.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'before' } }])())
  t.deepEqual(replica.lookup('Logical_Switch', 'name', 'before').length, 1)

  // the server goes away; while it is down nothing works, then it comes back on the same
  // database, and someone else changes it before our session is back
  await server.stop()
  await until('disconnect', () => events.includes('disconnected'))
  t.is(session.client, undefined)
  server = await startOvsdb({ dir, remotes: [`ptcp:${port}:127.0.0.1`] })
  const other = right(t, await connect(server.unix)())
  right(t, await other.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'meanwhile' } }, { op: 'delete', table: 'Logical_Switch', where: [['name', '==', 'before']] }])())
  await other.close()()
  await until('reconnect and catch-up', () => replica.lookup('Logical_Switch', 'name', 'meanwhile').length === 1)
  t.deepEqual(events.slice(0, 2), ['disconnected', 'connected'])
  t.is(replica.lookup('Logical_Switch', 'name', 'before').length, 0)
  // a standalone server has no transaction history: a fresh copy replaced the old one
  t.is(replica.lastAttach, 'reloaded')
  // the catch-up reached the listeners as changes: one delete, one insert
  const flat = changes.flatMap((c) => c.changes.map((x) => (x.old === undefined ? `+${String(x.new?.['name'])}` : x.new === undefined ? `-${String(x.old['name'])}` : `~${String(x.new['name'])}`)))
  t.true(flat.includes('+meanwhile') && flat.includes('-before'), flat.join(' '))
  // and the session works again
  right(t, await session.client!.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'after' } }])())
  t.is(replica.lookup('Logical_Switch', 'name', 'after').length, 1)
})

test('leader only: a session on a Raft cluster connects to the leader and follows the next one when it dies', async (t) => {
  t.timeout(60000)
  const cluster = await startRaft()
  t.teardown(() => cluster.stop())
  const session = right(t, await _.openSession({ remotes: cluster.remotes, initialBackoffMs: 50, maxBackoffMs: 400 })())
  t.teardown(() => session.close()())
  const leader = cluster.leader()
  t.truthy(leader)
  t.is(session.client?.remote, leader!.tcp)
  const db = right(t, await _.serverDatabase(session.client!, NB)())
  t.deepEqual(db, { model: 'clustered', leader: true, connected: true })
  const replica = right(t, await followReplica(session, NB, { tables: ['Logical_Switch'] })())
  right(t, await session.client!.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'one' } }])())
  const txnBefore = replica.lastTxnId
  t.truthy(txnBefore)
  t.not(txnBefore, '00000000-0000-0000-0000-000000000000')

  await leader!.stop(true)
  await until('a new leader connection', () => session.client !== undefined && session.client.remote !== leader!.tcp, 30000)
  const newDb = right(t, await _.serverDatabase(session.client!, NB)())
  t.true(newDb.leader)
  right(t, await session.client!.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'two' } }])())
  await until('replica sees two', () => replica.lookup('Logical_Switch', 'name', 'two').length === 1)
  t.is(replica.lookup('Logical_Switch', 'name', 'one').length, 1)
  t.is(replica.rows('Logical_Switch').size, 2)
  // a cluster keeps its transaction history: only what changed since came over
  t.is(replica.lastAttach, 'resumed')
})

test('no usable server: a typed error after the first-connect timeout, not a hang', async (t) => {
  const port = await freePort()
  const r = await _.openSession({ remotes: `tcp:127.0.0.1:${port}`, firstConnectTimeoutMs: 300, initialBackoffMs: 50 })()
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'TransportError' })
  const bad = await _.openSession({ remotes: 'tcp:nowhere' })()
  t.like(E.isLeft(bad) ? bad.left : undefined, { _tag: 'InvalidRemote' })
})
