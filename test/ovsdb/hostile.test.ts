import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import type * as net from 'node:net'
import {
  connect,
  decodeSchema,
  formatError,
  MAX_PROBLEMS,
  Replica,
  syncReplica,
  type Client,
  type ClientOptions,
  type MonitorEvent,
  type OvsdbError,
  TableUpdates2C,
  RowC,
} from '../../src/ovsdb/index.js'
import { deep, hostileServer, type HostileRequest } from '../support/hostile.js'
import { right } from '../support/either.js'

// Every vector of a server's input that used to throw inside the socket handler (JSON
// nested thousands deep: 6,000 here, a 12 KB message), or to cost memory without bound.
// Each must end in a typed error with the process alive, the connection usable where
// the protocol allows.

const D = deep(6000)
const UUID = '550e8400-e29b-41d4-a716-446655440000'

const left = <A>(t: ExecutionContext, r: E.Either<OvsdbError, A>): OvsdbError => {
  if (E.isRight(r)) {
    t.fail(`unexpected Right: ${String(r.right).slice(0, 80)}`)
    throw new Error('unexpected Right')
  }
  // the one-line message is always made without trouble
  t.false(formatError(r.left).includes('\n'))
  return r.left
}

const setup = async (
  t: ExecutionContext,
  respond: (req: HostileRequest, socket: net.Socket) => void,
  options: ClientOptions = {},
  onConnection?: (socket: net.Socket) => void,
): Promise<{ client: Client; errors: OvsdbError[] }> => {
  const server = await hostileServer(respond, onConnection)
  t.teardown(() => server.close())
  const client = right(t, await connect(server.remote, { probeIntervalMs: 0, ...options })())
  t.teardown(() => client.close()())
  const errors: OvsdbError[] = []
  client.onError((e) => errors.push(e))
  return { client, errors }
}

const ok = (req: HostileRequest, result: string): string => `{"id":${JSON.stringify(req.id)},"result":${result},"error":null}`

test('a deeply nested error reply is an RpcError with the error shown short', async (t) => {
  const { client } = await setup(t, (req, s) => {
    if (req.method === 'list_dbs') s.write(`{"id":${String(req.id)},"result":null,"error":${D}}`)
    if (req.method === 'get_schema') s.write(`{"id":${String(req.id)},"result":null,"error":{"error":${D},"details":${D},"syntax":${D}}}`)
    if (req.method === 'get_server_id') s.write(`{"id":${String(req.id)},"result":null,"error":{"details":${D}}}`)
  })
  const a = left(t, await client.listDbs()())
  t.like(a, { _tag: 'RpcError', method: 'list_dbs' })
  t.true(a._tag === 'RpcError' && a.error.startsWith('[[[[') && a.error.length <= 200)
  const b = left(t, await client.getSchema('X')())
  t.true(b._tag === 'RpcError' && b.error.length <= 200 && (b.details ?? '').length <= 200 && (b.syntax ?? '').length <= 200)
  const c = left(t, await client.getServerId()())
  t.true(c._tag === 'RpcError' && c.error.startsWith('{"details":[[[['))
  t.true(client.isOpen)
})

test('a deeply nested id, a message without id or method, an update for a deep monitor id: typed errors, the connection stays up', async (t) => {
  const { client, errors } = await setup(t, (req, s) => {
    s.write(`{"id":${D},"result":[],"error":null}`)
    s.write(`{"result":${D}}`)
    s.write(`${D.slice(0, 3000)}${D.slice(-3000)}`.replace(/^\[/, '{"x":[').replace(/\]$/, ']}'))
    s.write(`{"id":null,"method":"update2","params":[${D},{}]}`)
    s.write(`{"id":null,"method":"update3","params":[${D},${D},{}]}`)
    s.write(`{"id":null,"method":${D},"params":[]}`)
    s.write(ok(req, '["DB"]'))
  })
  t.deepEqual(right(t, await client.listDbs()()), ['DB'])
  t.deepEqual(
    errors.map((e) => (e._tag === 'ProtocolError' ? e.reason : e._tag)),
    // the last: a "method" that is no string makes a reply with id null
    ['unknown-id', 'invalid-message', 'invalid-message', 'unknown-monitor', 'unknown-monitor', 'unknown-id'],
  )
  for (const e of errors) t.true(formatError(e).length < 300, formatError(e))
  t.true(client.isOpen)
})

test('echo requests nested deeply (params or id) close the connection with a protocol error; pending requests fail', async (t) => {
  for (const echo of [`{"id":"echo","method":"echo","params":[${D}]}`, `{"id":${D},"method":"echo","params":[]}`]) {
    const { client, errors } = await setup(t, (_req, s) => s.write(echo))
    const r = left(t, await client.listDbs()())
    t.like(r, { _tag: 'ConnectionClosed' })
    t.like(errors[0], { _tag: 'ProtocolError', reason: 'invalid-message' })
    t.false(client.isOpen)
  }
})

test('a deeply nested echo reply is handed back as it is (nothing walks it)', async (t) => {
  const { client } = await setup(t, (req, s) => s.write(ok(req, `[${D}]`)))
  const r = right(t, await client.echo('x')())
  t.true(Array.isArray(r[0]))
  t.true(client.isOpen)
})

test('deeply nested results of list_dbs, get_schema, get_server_id, transact and monitors are DecodeErrors, never a rejected promise', async (t) => {
  const { client } = await setup(t, (req, s) => {
    switch (req.method) {
      case 'list_dbs':
        return void s.write(ok(req, `[${D}]`))
      case 'get_schema':
        return void s.write(ok(req, `{"name":"X","version":"1.0.0","tables":{"T":{"columns":{"c":{"type":${D}}}}}}`))
      case 'get_server_id':
        return void s.write(ok(req, D))
      case 'transact':
        return void s.write(ok(req, `[{"rows":[${D},{"a":${D}}]}]`))
      case 'monitor_cond':
        return void s.write(ok(req, `{"T":{"${UUID}":{"initial":{"a":${D}}}}}`))
      case 'monitor_cond_since':
        return void s.write(ok(req, `[false,${D},{}]`))
      case 'monitor':
        return void s.write(ok(req, `{"T":{"${UUID}":{"new":{"a":${D}}}}}`))
    }
  })
  t.like(left(t, await client.listDbs()()), { _tag: 'DecodeError', what: 'list_dbs result' })
  t.like(left(t, await client.getSchema('X')()), { _tag: 'DecodeError' })
  t.like(left(t, await client.getServerId()()), { _tag: 'DecodeError' })
  t.like(left(t, await client.transact('X', [{ op: 'select', table: 'T', where: [] }])()), { _tag: 'DecodeError', what: 'transact result' })
  t.like(left(t, await client.monitorCond('X', 'a', { T: {} }, () => {})()), { _tag: 'DecodeError' })
  t.like(left(t, await client.monitorCondSince('X', 'b', { T: {} }, null, () => {})()), { _tag: 'DecodeError' })
  t.like(left(t, await client.monitor('X', 'c', { T: {} }, () => {})()), { _tag: 'DecodeError' })
  t.true(client.isOpen)
})

test('updates whose rows hold deeply nested values are DecodeErrors; the monitor goes on', async (t) => {
  let socket: net.Socket | undefined
  const { client, errors } = await setup(t, (req, s) => {
    socket = s
    s.write(ok(req, '{}'))
  })
  const events: MonitorEvent[] = []
  right(t, await client.monitorCond('X', 'm', { T: {} }, (e) => events.push(e))())
  socket!.write(`{"id":null,"method":"update2","params":["m",{"T":{"${UUID}":{"insert":{"a":${D}}}}}]}`)
  socket!.write(`{"id":null,"method":"update2","params":["m",{"T":{"${UUID}":{"modify":{"a":["set",[${D}]]}}}}]}`)
  socket!.write(`{"id":null,"method":"update2","params":["m",{"T":${D}}]}`)
  socket!.write(`{"id":null,"method":"update2","params":["m",{"T":{"${UUID}":{"insert":{"a":1}}}}]}`)
  const until = Date.now() + 5000
  while (events.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
  t.deepEqual(errors.map((e) => e._tag), ['DecodeError', 'DecodeError', 'DecodeError'])
  t.deepEqual(events, [{ method: 'update2', updates: { T: { [UUID]: { insert: { a: 1 } } } } }])
})

// a column named like a property of every object must be read as an own property only
const weirdSchema = {
  name: 'W',
  version: '1.0.0',
  tables: {
    T: {
      columns: {
        name: { type: 'string' },
        constructor: { type: 'string' },
        toString: { type: { key: 'string', min: 0, max: 'unlimited' } },
      },
    },
  },
}

test('updates naming columns __proto__, constructor, toString, hasOwnProperty: no TypeError, nothing leaks from Object.prototype', (t) => {
  const schema = decodeSchema(weirdSchema)
  if (E.isLeft(schema)) return t.fail(formatError(schema.left))
  const replica = new Replica(schema.right, ['T'])
  // parsed from wire text, as the client gets it: "__proto__" is an own key
  replica.applyUpdates2(JSON.parse(`{"T":{"${UUID}":{"insert":{"name":"a"}}}}`))
  const row = replica.get('T', UUID)!
  t.is(row['constructor'], '')
  t.deepEqual(row['toString'], ['set', []])
  replica.applyUpdates2(
    JSON.parse(`{"T":{"${UUID}":{"modify":{"__proto__":"x","constructor":"c","hasOwnProperty":"h","toString":"s","valueOf":"v"}}}}`),
  )
  const after = replica.get('T', UUID)!
  t.is(after['constructor'], 'c')
  t.deepEqual(after['toString'], ['set', ['s']])
  t.false(Object.prototype.hasOwnProperty.call(after, 'hasOwnProperty'))
  t.is(Object.getPrototypeOf(after), Object.prototype)
  t.is(({} as Record<string, unknown>)['x'], undefined)
  // a schema without those columns: the names are ignored
  const plain = decodeSchema({ name: 'P', version: '1.0.0', tables: { T: { columns: { name: { type: 'string' } } } } })
  if (E.isLeft(plain)) return t.fail(formatError(plain.left))
  const r2 = new Replica(plain.right, ['T'])
  r2.applyUpdates2(JSON.parse(`{"T":{"${UUID}":{"insert":{"name":"a","constructor":"c"}}}}`))
  r2.applyUpdates2(JSON.parse(`{"T":{"${UUID}":{"modify":{"__proto__":"x","constructor":"c","toString":"s","hasOwnProperty":"h"}}}}`))
  t.deepEqual(r2.get('T', UUID), { _uuid: ['uuid', UUID], name: 'a' })
})

test('a replica fed by a server whose updates name __proto__, constructor, toString, hasOwnProperty', async (t) => {
  let socket: net.Socket | undefined
  const { client, errors } = await setup(t, (req, s) => {
    socket = s
    if (req.method === 'get_schema') s.write(ok(req, JSON.stringify(weirdSchema)))
    if (req.method === 'monitor_cond_since') {
      s.write(ok(req, `[false,"${UUID}",{"T":{"${UUID}":{"initial":{"name":"a","__proto__":"p"}}},"__proto__":{}}]`))
      s.write(`{"id":null,"method":"update3","params":[${JSON.stringify(req.params[1])},"${UUID}",{"T":{"${UUID}":{"modify":{"__proto__":"x","constructor":"c","toString":"s","hasOwnProperty":"h"}}}}]}`)
    }
  })
  const replica = right(t, await syncReplica(client, 'W')())
  const until = Date.now() + 5000
  while (replica.get('T', UUID)?.['constructor'] !== 'c' && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
  t.like(replica.get('T', UUID), { name: 'a', constructor: 'c', toString: ['set', ['s']] })
  t.is(replica.rows('T').size, 1)
  t.deepEqual(errors, [])
  void socket
})

test('20 MB of wrongly typed elements: a DecodeError with a capped list, memory bounded', async (t) => {
  t.timeout(30000)
  const n = 10_000_000 // "1," ten million times: 20 MB
  const wrong = `[${'1,'.repeat(n - 1)}1]`
  const rows = `[${'1,'.repeat(n - 1)}1]`
  const { client } = await setup(t, (req, s) => {
    if (req.method === 'list_dbs') s.write(ok(req, wrong))
    if (req.method === 'transact') s.write(ok(req, `[{"rows":${rows}}]`))
  })
  const base = process.memoryUsage()
  let peakHeap = base.heapUsed
  let peakRss = base.rss
  const sample = setInterval(() => {
    const m = process.memoryUsage()
    peakHeap = Math.max(peakHeap, m.heapUsed)
    peakRss = Math.max(peakRss, m.rss)
  }, 5)
  t.teardown(() => clearInterval(sample))
  const a = left(t, await client.listDbs()())
  const b = left(t, await client.transact('X', [{ op: 'select', table: 'T', where: [] }])())
  const end = process.memoryUsage()
  peakHeap = Math.max(peakHeap, end.heapUsed)
  peakRss = Math.max(peakRss, end.rss)
  clearInterval(sample)
  for (const e of [a, b]) {
    if (e._tag !== 'DecodeError') return t.fail(formatError(e))
    t.is(e.errors.length, MAX_PROBLEMS + 1)
    t.regex(e.errors[MAX_PROBLEMS]!.message, new RegExp(`^and ${n - MAX_PROBLEMS} more problems$`))
    t.true(formatError(e).length < 2000)
  }
  const mb = (x: number) => Math.round(x / 2 ** 20)
  t.log(`heap growth ${mb(peakHeap - base.heapUsed)} MB, rss growth ${mb(peakRss - base.rss)} MB`)
  // a bound on memory, not on time: the message is 20 MB; before the cap this took 4.3 GB
  t.true(peakHeap - base.heapUsed < 500 * 2 ** 20)
  t.true(peakRss - base.rss < 500 * 2 ** 20)
})

test('an update with 200,000 wrong rows and a schema with 100,000 wrong columns: capped DecodeErrors', async (t) => {
  t.timeout(30000)
  const n = 200_000
  const rows = Array.from({ length: n }, (_, i) => `"${UUID.slice(0, -6)}${String(i).padStart(6, '0')}":{"insert":{"a":{}}}`).join(',')
  const columns = Array.from({ length: 100_000 }, (_, i) => `"c${i}":{"type":"nope"}`).join(',')
  let socket: net.Socket | undefined
  const { client, errors } = await setup(t, (req, s) => {
    socket = s
    if (req.method === 'monitor_cond') s.write(ok(req, '{}'))
    if (req.method === 'get_schema') s.write(ok(req, `{"name":"X","version":"1.0.0","tables":{"T":{"columns":{${columns}}}}}`))
  })
  right(t, await client.monitorCond('X', 'm', { T: {} }, () => {})())
  socket!.write(`{"id":null,"method":"update2","params":["m",{"T":{${rows}}}]}`)
  const until = Date.now() + 10000
  while (errors.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
  const u = errors[0]
  if (u?._tag !== 'DecodeError') return t.fail(String(u?._tag))
  t.is(u.errors.length, MAX_PROBLEMS + 1)
  t.is(u.errors[MAX_PROBLEMS]!.message, `and ${n - MAX_PROBLEMS} more problems`)
  const s = left(t, await client.getSchema('X')())
  if (s._tag !== 'DecodeError') return t.fail(formatError(s))
  t.is(s.errors.length, MAX_PROBLEMS + 1)
  t.is(s.errors[MAX_PROBLEMS]!.message, `and ${100_000 - MAX_PROBLEMS} more problems`)
})

test('the wire codecs themselves keep at most MAX_PROBLEMS io-ts errors and one that counts the rest', (t) => {
  const updates: Record<string, unknown> = {}
  for (let i = 0; i < 1000; i++) updates[`${UUID.slice(0, -4)}${String(i).padStart(4, '0')}`] = { insert: { a: {} } }
  const u = TableUpdates2C.decode({ T: updates })
  t.is(u._tag === 'Left' ? u.left.length : 0, MAX_PROBLEMS + 1)
  const row: Record<string, unknown> = {}
  for (let i = 0; i < 1000; i++) row[`c${i}`] = {}
  const r = RowC.decode(row)
  t.is(r._tag === 'Left' ? r.left.length : 0, MAX_PROBLEMS + 1)
})

test('a monitor (v1) reply with a table named __proto__ pollutes nothing', async (t) => {
  const { client } = await setup(t, (req, s) => {
    if (req.method === 'get_schema') s.write(ok(req, JSON.stringify(weirdSchema)))
    if (req.method === 'monitor') s.write(ok(req, `{"__proto__":{"${UUID}":{"new":{"name":"p"}}},"T":{"${UUID}":{"new":{"name":"a"}}}}`))
  })
  const replica = right(t, await syncReplica(client, 'W', { method: 'monitor' })())
  t.like(replica.get('T', UUID), { name: 'a' })
  t.is(({} as Record<string, unknown>)[UUID], undefined)
})
