import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/client.js'
import type { MonitorEvent, Operation, OvsdbError } from '../../src/ovsdb/index.js'
import { freePort, nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { right } from '../support/either.js'

const NB = 'OVN_Northbound'

/** A fresh server and a connected client for one test, both stopped afterwards. */
const setup = async (t: ExecutionContext, options: _.ClientOptions & { via?: 'unix' | 'tcp' } = {}) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const client = right(t, await _.connect(options.via === 'tcp' ? server.tcp : server.unix, options)())
  t.teardown(() => client.close()())
  return { server, client }
}

const connectTo = async (t: ExecutionContext, server: OvsdbServer) => {
  const c = right(t, await _.connect(server.unix)())
  t.teardown(() => c.close()())
  return c
}

test('list_dbs and get_schema over unix and tcp', async (t) => {
  for (const via of ['unix', 'tcp'] as const) {
    const { client } = await setup(t, { via })
    t.deepEqual([...right(t, await client.listDbs()())].sort(), [NB, '_Server'])
    const schema = right(t, await client.getSchema(NB)())
    t.is(schema.name, NB)
    t.true('Logical_Switch_Port' in schema.tables)
    t.is(client.schemaOf(NB), schema)
  }
})

test('get_schema of an unknown database is an RpcError', async (t) => {
  const { client } = await setup(t)
  const r = await client.getSchema('Nope')()
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'RpcError', method: 'get_schema', error: 'unknown database' })
})

test('transact: typed results of insert, select, update, mutate, delete, wait, comment', async (t) => {
  const { client, server } = await setup(t)
  const r = right(
    t,
    await client.transact(NB, [
      { op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p1' }, 'uuid-name': 'p1' },
      { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0', ports: ['set', [['named-uuid', 'p1']]] }, 'uuid-name': 'sw' },
      { op: 'select', table: 'Logical_Switch', where: [['name', '==', 'sw0']], columns: ['name', 'ports'] },
      { op: 'update', table: 'Logical_Switch', where: [['name', '==', 'sw0']], row: { external_ids: ['map', [['owner', 'test']]] } },
      { op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'p1']], mutations: [['addresses', 'insert', ['set', ['unknown']]]] },
      { op: 'delete', table: 'Logical_Switch', where: [['name', '==', 'nope']] },
      { op: 'wait', table: 'Logical_Switch', timeout: 0, where: [['name', '==', 'sw0']], columns: ['name'], until: '==', rows: [{ name: 'sw0' }] },
      { op: 'comment', comment: 'ovn-nb test' },
    ])(),
  )
  t.is(r.length, 8)
  const swUuid = r[1].uuid
  t.is(swUuid[0], 'uuid')
  t.deepEqual(r[2].rows, [{ name: 'sw0', ports: ['uuid', r[0].uuid[1]] }])
  t.is(r[3].count, 1)
  t.is(r[4].count, 1)
  t.is(r[5].count, 0)
  t.deepEqual(r[6], {})
  // read it back with ovn-nbctl: the real database has what we wrote
  t.regex(nbctl(server, 'lsp-get-addresses', 'p1'), /unknown/)
  t.regex(nbctl(server, 'get', 'Logical_Switch', 'sw0', 'external_ids'), /owner=test/)
})

test('a transaction that fails at operation k reports k, and nothing of it is applied', async (t) => {
  const { client } = await setup(t)
  const cases: ReadonlyArray<readonly [ReadonlyArray<Operation>, number, string]> = [
    [
      [
        { op: 'insert', table: 'Logical_Switch', row: { name: 'a' } },
        { op: 'insert', table: 'Logical_Switch', row: { name: 'b' } },
        { op: 'wait', table: 'Logical_Switch', timeout: 0, where: [['name', '==', 'zzz']], columns: ['name'], until: '==', rows: [{ name: 'zzz' }] },
      ],
      2,
      'timed out',
    ],
    [
      [
        { op: 'insert', table: 'Logical_Switch', row: { name: 'a' } },
        { op: 'abort' },
        { op: 'insert', table: 'Logical_Switch', row: { name: 'c' } },
      ],
      1,
      'aborted',
    ],
    [
      [
        { op: 'insert', table: 'Port_Group', row: { name: 'dup' } },
        { op: 'insert', table: 'Port_Group', row: { name: 'dup' } },
        { op: 'insert', table: 'Logical_Switch', row: { name: 'a' } },
      ],
      3, // every insert succeeds; the index check at commit fails: index = number of operations
      'constraint violation',
    ],
  ]
  for (const [ops, k, error] of cases) {
    const r = await client.transact(NB, ops)()
    t.true(E.isLeft(r))
    if (E.isLeft(r)) t.like(r.left, { _tag: 'OperationError', index: k, error })
  }
  const rows = right(t, await client.transact(NB, [{ op: 'select', table: 'Logical_Switch', where: [] }, { op: 'select', table: 'Port_Group', where: [] }])())
  t.deepEqual(rows[0].rows, [])
  t.deepEqual(rows[1].rows, [])
})

test('with the schema known, invalid operations are refused before any I/O', async (t) => {
  const { client, server } = await setup(t)
  right(t, await client.getSchema(NB)())
  const r = await client.transact(NB, [
    { op: 'insert', table: 'Logical_Switch', row: { name: 'ok' } },
    { op: 'insert', table: 'Logical_Switch', row: { nme: 'sw0' } },
  ])()
  t.deepEqual(E.isLeft(r) ? r.left : undefined, {
    _tag: 'InvalidOperations',
    database: NB,
    problems: [{ index: 1, path: '[1].row.nme', message: 'no column "nme" in table Logical_Switch' }],
  })
  t.is(nbctl(server, 'ls-list').trim(), '')
  // validate: false sends them anyway, and the server refuses them itself
  const raw = await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { nme: 'sw0' } }], { validate: false })()
  t.like(E.isLeft(raw) ? raw.left : undefined, { _tag: 'OperationError', index: 0, error: 'unknown column' })
})

test('a guard refuses a transaction before it is sent', async (t) => {
  const { client, server } = await setup(t)
  client.addGuard((db, ops) =>
    ops.some((o) => o.op === 'delete')
      ? E.left({ _tag: 'InvalidOperations', database: db, problems: [{ index: 0, path: '[0]', message: 'no deletes' }] })
      : E.right(undefined),
  )
  right(t, await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'keep' } }])())
  const r = await client.transact(NB, [{ op: 'delete', table: 'Logical_Switch', where: [] }])()
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'InvalidOperations' })
  t.is(nbctl(server, 'ls-list').includes('keep'), true)
})

test('monitor: initial rows, then update events', async (t) => {
  const { client } = await setup(t)
  right(t, await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'pre' } }])())
  const events: MonitorEvent[] = []
  const initial = right(t, await client.monitor(NB, 'm', { Logical_Switch: { columns: ['name'] } }, (e) => events.push(e))())
  t.deepEqual(Object.values(initial['Logical_Switch'] ?? {}), [{ new: { name: 'pre' } }])
  right(t, await client.transact(NB, [{ op: 'update', table: 'Logical_Switch', where: [], row: { name: 'post' } }])())
  t.is(events.length, 1)
  t.deepEqual(Object.values(events[0]!.updates['Logical_Switch'] ?? {}), [{ old: { name: 'pre' }, new: { name: 'post' } }])
  t.is(events[0]!.method, 'update')
})

test('monitor_cond with a where clause, monitor_cond_change, monitor_cancel', async (t) => {
  const { client } = await setup(t)
  const events: MonitorEvent[] = []
  const init = right(t, await client.monitorCond(NB, ['cond', 1], { Logical_Switch: { columns: ['name'], where: [['name', '==', 'a']] } }, (e) => events.push(e))())
  t.deepEqual(init, {})
  right(t, await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'a' } }, { op: 'insert', table: 'Logical_Switch', row: { name: 'b' } }])())
  t.is(events.length, 1)
  t.is(events[0]!.method, 'update2')
  t.deepEqual(Object.values(events[0]!.updates['Logical_Switch'] ?? {}), [{ insert: { name: 'a' } }])
  // widen the condition to b and rename the monitor: b arrives as an update
  right(t, await client.monitorCondChange(['cond', 1], 'cond2', { Logical_Switch: [{ where: [['name', '==', 'b']] }] })())
  await new Promise((r) => setTimeout(r, 50))
  const names = events.slice(1).flatMap((e) => Object.values(e.updates['Logical_Switch'] ?? {}))
  t.true(JSON.stringify(names).includes('"b"'))
  right(t, await client.monitorCancel('cond2')())
  const before = events.length
  right(t, await client.transact(NB, [{ op: 'update', table: 'Logical_Switch', where: [['name', '==', 'b']], row: { name: 'b2' } }])())
  t.is(events.length, before)
  const again = await client.monitorCancel('cond2')()
  t.like(E.isLeft(again) ? again.left : undefined, { _tag: 'RpcError', method: 'monitor_cancel' })
})

test('monitor_cond_since: update3 with the transaction id arrives before the transact reply', async (t) => {
  const { client } = await setup(t)
  const events: MonitorEvent[] = []
  const r = right(t, await client.monitorCondSince(NB, 'since', { Logical_Switch: {} }, null, (e) => events.push(e))())
  t.false(r.found)
  t.deepEqual(r.updates, {})
  const tx = right(t, await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'x' } }])())
  // read-your-writes: the notification was delivered before transact resolved
  t.is(events.length, 1)
  const e = events[0]!
  t.is(e.method, 'update3')
  if (e.method === 'update3') {
    t.is(typeof e.lastTxnId, 'string')
    t.like(e.updates['Logical_Switch']?.[tx[0].uuid[1]], { insert: { name: 'x' } })
  }
  const dup = await client.monitorCondSince(NB, 'since', {}, null, () => {})()
  t.like(E.isLeft(dup) ? dup.left : undefined, { _tag: 'RpcError', error: 'duplicate monitor ID' })
})

test('lock, steal and unlock between two clients: locked and stolen events', async (t) => {
  const { client: a, server } = await setup(t)
  const b = await connectTo(t, server)
  const aEvents: string[] = []
  const bEvents: string[] = []
  a.onLock((e) => aEvents.push(`${e.event}:${e.lock}`))
  b.onLock((e) => bEvents.push(`${e.event}:${e.lock}`))
  t.deepEqual(right(t, await a.lock('L')()), { locked: true })
  t.deepEqual(right(t, await b.lock('L')()), { locked: false })
  right(t, await a.unlock('L')())
  await a.echo()() // let the notification reach b
  await b.echo()()
  t.deepEqual(bEvents, ['locked:L'])
  t.deepEqual(right(t, await a.steal('L')()), { locked: true })
  await b.echo()()
  t.deepEqual(bEvents, ['locked:L', 'stolen:L'])
  // assert: only the holder's transactions pass
  const ok = await a.transact(NB, [{ op: 'assert', lock: 'L' }])()
  t.true(E.isRight(ok))
  const notHolder = await b.transact(NB, [{ op: 'assert', lock: 'L' }])()
  t.like(E.isLeft(notHolder) ? notHolder.left : undefined, { _tag: 'OperationError', index: 0, error: 'not owner' })
  t.deepEqual(aEvents, [])
})

test('echo, get_server_id, set_db_change_aware', async (t) => {
  const { client, server } = await setup(t)
  t.deepEqual(right(t, await client.echo('a', 1, { x: [true] })()), ['a', 1, { x: [true] }])
  const id = right(t, await client.getServerId()())
  t.regex(id, /^[0-9a-f-]{36}$/)
  const other = await connectTo(t, server)
  t.is(right(t, await other.getServerId()()), id)
  t.is(right(t, await client.setDbChangeAware(true)()), undefined)
})

test('a transact that times out is cancelled on the server', async (t) => {
  const { client } = await setup(t)
  const errors: OvsdbError[] = []
  client.onError((e) => errors.push(e))
  // a wait that can only be satisfied much later blocks the transaction server-side
  const blocked = await client.transact(
    NB,
    [{ op: 'wait', table: 'Logical_Switch', timeout: 60000, where: [], columns: ['name'], until: '==', rows: [{ name: 'never' }] }],
    { timeoutMs: 100 },
  )()
  t.deepEqual(E.isLeft(blocked) ? blocked.left : undefined, { _tag: 'Timeout', method: 'transact', ms: 100 })
  // the connection is still usable, and the cancelled transaction's late reply is no error
  right(t, await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'never' } }])())
  await client.echo()()
  t.deepEqual(errors, [])
  t.true(client.isOpen)
})

test('closing the client fails pending requests with ConnectionClosed', async (t) => {
  const { client } = await setup(t)
  const pending = client.transact(NB, [
    { op: 'wait', table: 'Logical_Switch', timeout: 60000, where: [], columns: ['name'], until: '==', rows: [{ name: 'never' }] },
  ])()
  await client.close()()
  const r = await pending
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'ConnectionClosed' })
  const after = await client.listDbs()()
  t.like(E.isLeft(after) ? after.left : undefined, { _tag: 'ConnectionClosed' })
})

test('the server going away is seen as a close, and requests fail', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const client = right(t, await _.connect(server.tcp)())
  const closed = new Promise<string>((resolve) => client.onClose(resolve))
  await server.stop()
  t.is(typeof (await closed), 'string')
  const r = await client.listDbs()()
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'ConnectionClosed' })
  const refused = await _.connect(server.tcp)()
  t.like(E.isLeft(refused) ? refused.left : undefined, { _tag: 'TransportError', code: 'ECONNREFUSED' })
})

test("an idle TCP connection outlives the server's inactivity probe (we answer its echo)", async (t) => {
  t.timeout(30000)
  // our own probe off: only answering the server's echo keeps the connection up
  const { client } = await setup(t, { via: 'tcp', probeIntervalMs: 0 })
  let closed = false
  client.onClose(() => (closed = true))
  await new Promise((r) => setTimeout(r, 11500))
  t.false(closed)
  t.true(client.isOpen)
  t.deepEqual([...right(t, await client.listDbs()())].sort(), [NB, '_Server'])
})

test('an IPv6 literal remote: tcp:[::1]:PORT against ovsdb-server listening on [::1]', async (t) => {
  const port = await freePort()
  const server = await startOvsdb({ remotes: [`ptcp:${port}:[::1]`] })
  t.teardown(() => server.stop())
  let c = await _.connect(`tcp:[::1]:${port}`)()
  for (let i = 0; i < 20 && E.isLeft(c); i++) {
    await new Promise((r) => setTimeout(r, 25)) // the fixed-port remote may bind a moment after the others
    c = await _.connect(`tcp:[::1]:${port}`)()
  }
  const client = right(t, c)
  t.teardown(() => client.close()())
  t.deepEqual([...right(t, await client.listDbs()())].sort(), [NB, '_Server'])
  t.is(client.remote, `tcp:[::1]:${port}`)
})

test('a large transaction (written in pieces) commits whole, and requests sent meanwhile are answered after it', async (t) => {
  const { server, client } = await setup(t)
  const ops: Operation[] = Array.from({ length: 3000 }, (_x, i) => ({ op: 'insert', table: 'Address_Set', row: { name: `as${i}`, addresses: ['set', [`10.0.${i >> 8}.${i & 0xff}`]] } }))
  const big = client.transact(NB, ops)()
  const echo = client.echo('during')()
  const [r, e] = await Promise.all([big, echo])
  t.is(right(t, r).length, 3000)
  t.deepEqual(right(t, e), ['during'])
  t.is(nbctl(server, '--bare', '--columns=name', 'list', 'Address_Set').split('\n').filter((l) => l.trim() !== '').length, 3000)
})
