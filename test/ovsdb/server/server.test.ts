/**
 * The embedded server through the library's own Client: in memory and on sockets,
 * read-your-writes, resuming monitors from a transaction id, locks across connections,
 * bad input, the inactivity probe, creation errors and speed.
 */
import test, { type ExecutionContext } from 'ava'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import type { Client, LockEvent, MonitorEvent, OvsdbError } from '../../../src/ovsdb/index.js'
import * as _ from '../../../src/ovsdb/server/index.js'
import { Database } from '../../../src/ovsdb/server/database.js'
import { execute } from '../../../src/ovsdb/server/transaction.js'
import { embeddedNb, embeddedPeer, NB, nbSchema } from './support.js'
import { right } from '../../support/either.js'

const start = async (t: ExecutionContext, options: _.EmbeddedOptions = {}) => {
  const e = right(t, await _.startEmbedded([nbSchema()], options)())
  t.teardown(() => e.stop())
  return e
}

const connectTo = async (t: ExecutionContext, e: _.Embedded): Promise<Client> =>
  right(t, await e.connect({ probeIntervalMs: 0 })())

test('startEmbedded in memory: list_dbs, get_schema, typed transact, select back', async (t) => {
  const e = await start(t)
  t.is(e.remote, 'memory:')
  const c = await connectTo(t, e)
  t.deepEqual(right(t, await c.listDbs()()), ['OVN_Northbound', '_Server'])
  const schema = right(t, await c.getSchema(NB)())
  t.deepEqual(Object.keys(schema.tables).sort(), Object.keys(nbSchema().tables).sort())
  t.is(schema.tables['Logical_Switch_Port']?.columns['dhcpv4_options']?.type.key.refType, 'weak')
  const r = right(
    t,
    await c.transact(NB, [
      { op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p1' }, 'uuid-name': 'p1' },
      { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0', ports: ['set', [['named-uuid', 'p1']]] } },
      { op: 'select', table: 'Logical_Switch', where: [['name', '==', 'sw0']], columns: ['name', 'ports'] },
    ])(),
  )
  t.deepEqual(r[2].rows, [{ name: 'sw0', ports: ['uuid', r[0].uuid[1]] }])
  const bad = await c.transact(NB, [{ op: 'delete', table: 'Logical_Switch_Port', where: [] }])()
  t.like(E.isLeft(bad) ? bad.left : undefined, { _tag: 'OperationError', index: 1, op: 'commit', error: 'referential integrity violation' })
  const id = right(t, await c.getServerId()())
  t.is(id, e.server.id)
})

test('read-your-writes: the update3 of a transaction arrives before its reply', async (t) => {
  const e = await start(t)
  const c = await connectTo(t, e)
  const seen: string[] = []
  right(t, await c.monitorCondSince(NB, 'm', { Logical_Switch: { columns: ['name'] } }, null, (ev) => {
    if (ev.method === 'update3') seen.push(...Object.values(ev.updates['Logical_Switch'] ?? {}).map((u) => JSON.stringify(u)))
  })())
  right(t, await c.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'a' } }])())
  t.deepEqual(seen, [JSON.stringify({ insert: { name: 'a' } })])
})

test('monitor_cond_since resumes from a remembered transaction with only what changed since', async (t) => {
  const e = await start(t, { txnHistory: 4 })
  const c = await connectTo(t, e)
  const ids: string[] = []
  const first = right(t, await c.monitorCondSince(NB, 'm', { Logical_Switch: { columns: ['name'] } }, null, (ev) => {
    if (ev.method === 'update3') ids.push(ev.lastTxnId)
  })())
  t.deepEqual(first, { found: false, lastTxnId: '00000000-0000-0000-0000-000000000000', updates: {} })
  for (const name of ['a', 'b', 'c', 'd', 'e']) right(t, await c.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name } }])())
  t.is(ids.length, 5)
  t.is(new Set(ids).size, 5)
  const other = await connectTo(t, e)
  const noop = (_e: MonitorEvent) => {}
  // the newest: found, nothing to send
  const latest = right(t, await other.monitorCondSince(NB, 'x1', { Logical_Switch: { columns: ['name'] } }, ids[4]!, noop)())
  t.deepEqual(latest, { found: true, lastTxnId: ids[4]!, updates: {} })
  // two transactions ago: found, the two inserts since
  const two = right(t, await other.monitorCondSince(NB, 'x2', { Logical_Switch: { columns: ['name'] } }, ids[2]!, noop)())
  t.true(two.found)
  t.is(two.lastTxnId, ids[4]!)
  t.deepEqual(Object.values(two.updates['Logical_Switch'] ?? {}).map((u) => JSON.stringify(u)).sort(), [
    JSON.stringify({ insert: { name: 'd' } }),
    JSON.stringify({ insert: { name: 'e' } }),
  ])
  // older than the history: everything again, not found
  const old = right(t, await other.monitorCondSince(NB, 'x3', { Logical_Switch: { columns: ['name'] } }, ids[0]!, noop)())
  t.false(old.found)
  t.is(Object.keys(old.updates['Logical_Switch'] ?? {}).length, 5)
  // a row inserted, changed and deleted since: nothing about it; changed only: a modify
  right(t, await c.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'tmp' } }])())
  right(t, await c.transact(NB, [{ op: 'update', table: 'Logical_Switch', where: [['name', '==', 'a']], row: { name: 'a2' } }])())
  right(t, await c.transact(NB, [{ op: 'delete', table: 'Logical_Switch', where: [['name', '==', 'tmp']] }])())
  const merged = right(t, await other.monitorCondSince(NB, 'x4', { Logical_Switch: { columns: ['name'] } }, ids[4]!, noop)())
  t.true(merged.found)
  t.deepEqual(Object.values(merged.updates['Logical_Switch'] ?? {}), [{ modify: { name: 'a2' } }])
})

test('with txnHistory 0 the server is a standalone one: transaction ids are all zeros', async (t) => {
  const e = await start(t, { txnHistory: 0 })
  const c = await connectTo(t, e)
  const ids: string[] = []
  right(t, await c.monitorCondSince(NB, 'm', { NB_Global: {} }, null, (ev) => {
    if (ev.method === 'update3') ids.push(ev.lastTxnId)
  })())
  right(t, await c.transact(NB, [{ op: 'insert', table: 'NB_Global', row: {} }])())
  t.deepEqual(ids, ['00000000-0000-0000-0000-000000000000'])
})

test('listen on punix and ptcp; clients connect with connect()', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-embedded-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const sock = join(dir, 'nb.sock')
  for (const remote of [`punix:${sock}`, 'ptcp:0:127.0.0.1']) {
    const e = await start(t, { listen: remote })
    t.regex(e.remote, remote.startsWith('punix') ? /^unix:\// : /^tcp:127\.0\.0\.1:\d+$/)
    const a = await connectTo(t, e)
    const b = await connectTo(t, e)
    const events: MonitorEvent[] = []
    right(t, await b.monitorCond(NB, 'm', { Address_Set: { columns: ['name'] } }, (ev) => events.push(ev))())
    right(t, await a.transact(NB, [{ op: 'insert', table: 'Address_Set', row: { name: 'as1' } }])())
    await new Promise((r) => setTimeout(r, 30))
    t.is(events.length, 1)
    t.is(e.server.connections, 2)
    await e.stop()
    t.is(e.server.connections, 0)
    if (remote.startsWith('punix')) t.false(existsSync(sock))
  }
  const bad = await _.listen(embeddedNb(), 'tcp:1.2.3.4:5')()
  t.like(E.isLeft(bad) ? bad.left : undefined, { _tag: 'ListenError', message: 'expected punix:PATH or ptcp:PORT[:HOST]' })
  const badPort = await _.listen(embeddedNb(), 'ptcp:99999')()
  t.true(E.isLeft(badPort))
})

test('locks through two clients: locked and stolen events, assert', async (t) => {
  const e = await start(t)
  const a = await connectTo(t, e)
  const b = await connectTo(t, e)
  const ea: LockEvent[] = []
  const eb: LockEvent[] = []
  a.onLock((x) => ea.push(x))
  b.onLock((x) => eb.push(x))
  t.deepEqual(right(t, await a.lock('L')()), { locked: true })
  t.deepEqual(right(t, await b.lock('L')()), { locked: false })
  right(t, await a.transact(NB, [{ op: 'assert', lock: 'L' }])())
  const notOwner = await b.transact(NB, [{ op: 'assert', lock: 'L' }])()
  t.like(E.isLeft(notOwner) ? notOwner.left : undefined, { error: 'not owner', details: 'Asserted lock L not held.' })
  right(t, await a.unlock('L')())
  await new Promise((r) => setTimeout(r, 10))
  t.deepEqual(eb, [{ event: 'locked', lock: 'L' }])
  right(t, await b.transact(NB, [{ op: 'assert', lock: 'L' }])())
  t.deepEqual(right(t, await a.steal('L')()), { locked: true })
  await new Promise((r) => setTimeout(r, 10))
  t.deepEqual(eb.at(-1), { event: 'stolen', lock: 'L' })
  const again = await a.lock('L')()
  t.like(E.isLeft(again) ? again.left : undefined, { _tag: 'RpcError', error: 'syntax error', details: 'must issue "unlock" before new "lock"' })
  await a.close()()
  await new Promise((r) => setTimeout(r, 10))
  t.deepEqual(eb.at(-1), { event: 'locked', lock: 'L' })
})

test('bad input is answered or dropped, never crashes the server', async (t) => {
  const server = embeddedNb()
  t.teardown(() => server.close())
  const cases: ReadonlyArray<readonly [string, unknown]> = [
    ['list_dbs', [1, 2]],
    ['transact', [NB, null, 5, 'x', [], {}]],
    ['transact', [NB, { op: 'insert', table: 'ACL', row: { action: { a: [1, { b: 2 }] } } }]],
    ['transact', [NB, { op: 'select', table: 'ACL', where: [[null, null, null]] }]],
    ['transact', [NB, { op: 'mutate', table: 'ACL', where: [], mutations: [[], null, ['priority']] }]],
    ['transact', [NB, { op: 'wait', table: 'ACL', where: [], until: '==', rows: [null], timeout: 0 }]],
    ['monitor', [NB, { id: [1] }, { ACL: [null, 5] }]],
    ['monitor_cond', [NB, 'x', { ACL: { where: [[1, 2, 3]] } }]],
    ['monitor_cond_since', [NB, 'y', { ACL: {} }, 'x']],
    ['monitor_cond_change', [null, null, null]],
    ['monitor_cancel', [{}]],
    ['get_schema', [{}]],
    ['lock', [null]],
    ['echo', [{ deep: [[[[[[1]]]]]] }]],
    ['convert', [NB, {}]],
  ]
  const peer = embeddedPeer(server)
  for (const [method, params] of cases) {
    const r = await peer.request(method, params)
    t.true('result' in r || 'error' in r, `${method} answered`)
    t.false(JSON.stringify(r).includes('internal error'), `${method}: ${JSON.stringify(r)}`)
  }
  t.deepEqual((await peer.request('echo', ['still here']))['result'], ['still here'])
  // garbage closes the connection, not the server
  peer.send('}{ not json')
  t.true(await peer.whenClosed(200))
  const again = embeddedPeer(server)
  t.deepEqual((await again.request('list_dbs', []))['result'], ['OVN_Northbound', '_Server'])
  again.close()
})

test('the inactivity probe sends echo to an idle connection and drops one that does not answer', async (t) => {
  const server = embeddedNb({ inactivityProbeMs: 40 })
  t.teardown(() => server.close())
  // deadlines, not fixed sleeps: on a loaded machine (the whole suite on two cores) timers
  // fire late, and a fixed 250 ms once was not enough
  const until = async (done: () => boolean, ms = 5000): Promise<boolean> => {
    for (const t0 = Date.now(); !done() && Date.now() - t0 < ms; ) await new Promise((r) => setTimeout(r, 10))
    return done()
  }
  const answering = embeddedPeer(server)
  t.true(await until(() => answering.received.some((m) => m['method'] === 'echo' && m['id'] === 'echo')))
  // several probe intervals later, still connected: it answers
  await answering.settle(200)
  t.false(answering.closed)
  // a peer that never answers
  const [a, b] = _.memoryPair()
  _.serveChannel(server, a)
  let closed = false
  b.onData(() => {})
  b.onClose(() => (closed = true))
  t.true(await until(() => closed))
  answering.close()
})

test('createServer refuses duplicate databases, _Server and a bad server id; a closed server serves nothing', async (t) => {
  const nb = nbSchema()
  t.like(E.isLeft(_.createServer([nb, nb])) ? (_.createServer([nb, nb]) as E.Left<_.ServerError>).left : undefined, { message: 'duplicate database "OVN_Northbound"' })
  t.true(E.isLeft(_.createServer([{ ...nb, name: '_Server' }])))
  t.true(E.isLeft(_.createServer([nb], { serverId: 'x' })))
  const s = right(t, _.createServer([nb], { serverId: '11111111-2222-3333-4444-555555555555' }))
  t.is(s.id, '11111111-2222-3333-4444-555555555555')
  s.close()
  t.true(s.isClosed)
  const [a, b] = _.memoryPair()
  let closed = false
  b.onClose(() => (closed = true))
  _.serveChannel(s, a)
  await new Promise((r) => setTimeout(r, 10))
  t.true(closed)
})

// How fast is measured by bench/server.ts (npm run bench), never by timed assertions here.
test('a transaction of 1000 inserts: every row there, through the client and inside the server', async (t) => {
  const e = await start(t)
  const c = await connectTo(t, e)
  const ops = (round: number) => {
    const ports = Array.from({ length: 1000 }, (_x, i) => ({
      op: 'insert' as const,
      table: 'Logical_Switch_Port',
      row: { name: `r${round}p${i}`, addresses: ['set', [`00:00:00:00:00:01 10.0.${round}.${i % 250}`]] as const, external_ids: ['map', [['owner', 'bench']]] as const },
      'uuid-name': `p${i}`,
    }))
    return [...ports, { op: 'insert' as const, table: 'Logical_Switch', row: { name: `sw${round}`, ports: ['set', ports.map((p) => ['named-uuid', p['uuid-name']] as const)] as const } }]
  }
  for (let round = 0; round < 3; round++) {
    const r = await c.transact(NB, ops(round), { validate: false })()
    t.true(E.isRight(r))
    if (E.isRight(r)) t.is(new Set(r.right.map((x) => (x as { uuid: readonly [string, string] }).uuid[1])).size, 1001)
  }
  const db = new Database(nbSchema(), 100)
  const r = execute(db, ops(0), { hasLock: () => false, elapsedMs: 0 })
  t.is(r.kind === 'done' ? r.changes?.length : 0, 1001)
  const count = right(t, await c.transact(NB, [{ op: 'select', table: 'Logical_Switch_Port', where: [], columns: ['name'] }])())
  t.is(count[0].rows.length, 3000)
})

test('errors are values: a failed connect to a stopped embedded server is a Left', async (t) => {
  const e = await start(t, { listen: 'ptcp:0:127.0.0.1' })
  const remote = e.remote
  await e.stop()
  const r = await e.connect({ connectTimeoutMs: 500 })()
  t.true(E.isLeft(r))
  t.like(E.isLeft(r) ? (r.left as OvsdbError) : undefined, { _tag: 'TransportError', remote })
})

test('a transaction that waits past the client timeout is cancelled; the connection goes on', async (t) => {
  const e = await start(t)
  const c = await connectTo(t, e)
  const never = [{ op: 'wait' as const, table: 'Logical_Switch', where: [['name', '==', 'never']] as const, columns: ['name'], until: '==' as const, rows: [{ name: 'never' }] }]
  const r = await c.transact(NB, never, { timeoutMs: 50 })()
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'Timeout' })
  t.deepEqual(right(t, await c.echo('still')()), ['still'])
  // the cancelled transaction is gone: satisfying its wait later sends nothing unexpected
  const errors: OvsdbError[] = []
  c.onError((x) => errors.push(x))
  right(t, await c.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'never' } }])())
  await new Promise((res) => setTimeout(res, 20))
  t.deepEqual(errors, [])
})

test('memoryPair delivers in order and asynchronously, and a close reaches the other end after the data', async (t) => {
  const [a, b] = _.memoryPair()
  const got: string[] = []
  let closed = false
  let closedWith = 'not closed' as string | undefined
  b.onData((chunk) => got.push(Buffer.from(chunk).toString('utf8')))
  b.onClose((reason) => {
    closed = true
    closedWith = reason
  })
  a.write('one')
  a.write('two')
  t.deepEqual(got, [], 'nothing synchronously')
  a.close()
  a.write('after close')
  await new Promise((res) => setTimeout(res, 5))
  t.deepEqual(got, ['one', 'two'])
  t.true(closed)
  t.is(closedWith, undefined)
  b.write('to a closed end')
})
