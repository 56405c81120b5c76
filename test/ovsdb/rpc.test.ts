import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/rpc.js'
import { clientOver, type OvsdbError } from '../../src/ovsdb/index.js'
import { fakeServer } from './memory.js'

const setup = (options: _.RpcOptions = {}) => {
  const server = fakeServer()
  const peer = new _.RpcPeer(server.channel, { probeIntervalMs: 0, ...options })
  const errors: OvsdbError[] = []
  peer.onError((e) => errors.push(e))
  return { server, peer, errors }
}

test('requests go out as JSON-RPC 1.0: no "jsonrpc" member, params array, numeric id', async (t) => {
  const { server, peer } = setup()
  const p = peer.request('list_dbs', [])
  await server.waitFor(1)
  t.deepEqual(server.received[0], { method: 'list_dbs', params: [], id: 1 })
  t.false(server.raw[0]!.includes('jsonrpc'))
  server.send('{"id":1,"result":["OVN_Northbound"],"error":null}')
  t.deepEqual(await p, E.right(['OVN_Northbound']))
})

test('notifications go out with "id": null', (t) => {
  const { server, peer } = setup()
  peer.notify('cancel', [7])
  t.deepEqual(server.received[0], { method: 'cancel', params: [7], id: null })
})

test('server errors: an {"error","details"} object and a bare string', async (t) => {
  const { server, peer } = setup()
  const a = peer.request('get_schema', ['Nope'])
  const b = peer.request('frob', [])
  await server.waitFor(2)
  server.send('{"id":1,"result":null,"error":{"error":"unknown database","details":"no Nope"}}{"id":2,"result":null,"error":"unknown method"}')
  t.deepEqual(await a, E.left({ _tag: 'RpcError', method: 'get_schema', error: 'unknown database', details: 'no Nope' }))
  t.deepEqual(await b, E.left({ _tag: 'RpcError', method: 'frob', error: 'unknown method' }))
})

test("answers the server's echo requests with the same id and params", async (t) => {
  const { server } = setup()
  server.send('{"id":"echo","method":"echo","params":[]}')
  await server.waitFor(1)
  t.deepEqual(server.received[0], { id: 'echo', result: [], error: null })
})

test('notifications are delivered to listeners', (t) => {
  const { server, peer } = setup()
  const seen: _.Notification[] = []
  peer.onNotification((n) => seen.push(n))
  server.send('{"id":null,"method":"locked","params":["L"]}')
  t.deepEqual(seen, [{ method: 'locked', params: ['L'] }])
})

test('a reply with an unknown id is a typed error and the connection stays up', async (t) => {
  const { server, peer, errors } = setup()
  server.send('{"id":99,"result":[],"error":null}')
  t.is(errors.length, 1)
  t.like(errors[0], { _tag: 'ProtocolError', reason: 'unknown-id' })
  t.true(peer.isOpen)
  const p = peer.request('echo', [])
  await server.waitFor(1)
  server.send('{"id":1,"result":[],"error":null}')
  t.deepEqual(await p, E.right([]))
})

test('garbage bytes: a typed error, the connection closed, pending requests fail', async (t) => {
  const { server, peer, errors } = setup()
  const p = peer.request('list_dbs', [])
  await server.waitFor(1)
  server.send('HTTP/1.1 400 Bad Request\r\n')
  t.like(errors[0], { _tag: 'ProtocolError', reason: 'garbage' })
  t.true(server.closedByClient())
  const r = await p
  t.true(E.isLeft(r) && r.left._tag === 'ConnectionClosed')
  const after = await peer.request('list_dbs', [])
  t.true(E.isLeft(after) && after.left._tag === 'ConnectionClosed')
})

test('an oversized message closes the connection with a typed error', async (t) => {
  const { server, errors } = setup({ maxMessageBytes: 1024 })
  server.send(`{"id":null,"method":"update","params":["x","${'a'.repeat(2000)}"]}`)
  t.like(errors[0], { _tag: 'ProtocolError', reason: 'oversized' })
  t.true(server.closedByClient())
})

test('truncated JSON followed by the peer hanging up: truncated error, pending request rejected', async (t) => {
  const { server, peer, errors } = setup()
  const p = peer.request('list_dbs', [])
  await server.waitFor(1)
  server.send('{"id":1,"result":["OVN_North')
  server.hangUp()
  const r = await p
  t.true(E.isLeft(r) && r.left._tag === 'ConnectionClosed')
  t.like(errors[0], { _tag: 'ProtocolError', reason: 'truncated' })
})

test('a request times out with a typed error; transact is cancelled; the late reply is ignored', async (t) => {
  const { server, peer, errors } = setup()
  const r = await peer.request('transact', ['DB'], { timeoutMs: 20, cancelOnTimeout: true })
  t.deepEqual(r, E.left({ _tag: 'Timeout', method: 'transact', ms: 20 }))
  t.deepEqual(server.received[1], { method: 'cancel', params: [1], id: null })
  server.send('{"id":1,"result":[{"error":"canceled"}],"error":null}')
  t.deepEqual(errors, [])
})

// The probe timer is unref'd (a real socket keeps the process alive); with the in-memory
// channel the test keeps the event loop alive itself.
const keepAlive = () => {
  const h = setInterval(() => {}, 1000)
  return () => clearInterval(h)
}

test('the inactivity probe echoes when idle and closes when the echo is not answered', async (t) => {
  const done = keepAlive()
  t.teardown(done)
  const { server, peer } = setup({ probeIntervalMs: 40 })
  await server.waitFor(1)
  t.like(server.received[0], { method: 'echo', params: [] })
  const reason = await new Promise<string>((resolve) => peer.onClose(resolve))
  t.regex(reason, /inactivity probe/)
})

test('the inactivity probe keeps a live connection open', async (t) => {
  t.teardown(keepAlive())
  const { server, peer } = setup({ probeIntervalMs: 40 })
  for (let i = 0; i < 4; i++) {
    await server.waitFor(i + 1)
    const m = server.received[i]!
    t.is(m['method'], 'echo')
    server.send(JSON.stringify({ id: m['id'], result: [], error: null }))
  }
  t.true(peer.isOpen)
  peer.close()
})

test('client: update for an unknown monitor is a typed error, not a crash', async (t) => {
  const server = fakeServer()
  const client = clientOver(server.channel, 'memory:', { probeIntervalMs: 0 })
  const errors: OvsdbError[] = []
  client.onError((e) => errors.push(e))
  server.send('{"id":null,"method":"update2","params":["nobody",{}]}')
  t.like(errors[0], { _tag: 'ProtocolError', reason: 'unknown-monitor' })
  // a malformed update for a known monitor is a decode error
  const events: unknown[] = []
  const m = client.monitorCond('DB', 'm', { T: {} }, (e) => events.push(e))()
  await server.waitFor(1)
  server.send('{"id":1,"result":{},"error":null}')
  t.deepEqual(await m, E.right({}))
  server.send('{"id":null,"method":"update2","params":["m",{"T":{"bad":{"insert":{}}}}]}')
  t.like(errors[1], { _tag: 'DecodeError' })
  server.send('{"id":null,"method":"update2","params":["m",{"T":{"550e8400-e29b-41d4-a716-446655440000":{"insert":{"a":1}}}}]}')
  t.deepEqual(events, [{ method: 'update2', updates: { T: { '550e8400-e29b-41d4-a716-446655440000': { insert: { a: 1 } } } } }])
  t.true(client.isOpen)
})

test('the inactivity probe runs while a request is outstanding: a busy server that answers echo keeps the connection', async (t) => {
  t.teardown(keepAlive())
  const { server, peer } = setup({ probeIntervalMs: 30 })
  const pending = peer.request('transact', ['DB'])
  await server.waitFor(1)
  // the transaction takes many probe intervals; the server answers each echo meanwhile
  for (let i = 1; i <= 4; i++) {
    await server.waitFor(i + 1)
    const m = server.received[i]!
    t.is(m['method'], 'echo')
    server.send(JSON.stringify({ id: m['id'], result: [], error: null }))
  }
  t.true(peer.isOpen)
  server.send('{"id":1,"result":[],"error":null}')
  t.deepEqual(await pending, E.right([]))
  peer.close()
})

test('the inactivity probe runs while a request is outstanding: a silent server is closed and the request fails with ConnectionClosed', async (t) => {
  t.teardown(keepAlive())
  t.timeout(5000) // bounds the wait when the probe does not run
  const { server, peer } = setup({ probeIntervalMs: 30 })
  // no deadline of its own: only the probe can end the wait
  const r = await peer.request('transact', ['DB'], { timeoutMs: 0 })
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'ConnectionClosed' })
  t.regex(E.isLeft(r) && r.left._tag === 'ConnectionClosed' ? r.left.message : '', /inactivity probe/)
  t.is(server.received[1]?.['method'], 'echo')
  t.true(server.closedByClient())
})

test('a large request: its deadline and the probe allow one more second per 512 KiB (the server is busy with it)', async (t) => {
  t.teardown(keepAlive())
  const big = 'x'.repeat(600 * 1024) // over 512 KiB: one second more
  const a = setup({ probeIntervalMs: 0 })
  t.deepEqual(await a.peer.request('transact', ['DB', big], { timeoutMs: 20 }), E.left({ _tag: 'Timeout', method: 'transact', ms: 1020 }))
  const b = setup({ probeIntervalMs: 30 })
  const pending = b.peer.request('transact', ['DB', big], { timeoutMs: 0 })
  await b.server.waitFor(2)
  t.is(b.server.received[1]?.['method'], 'echo')
  // silence for several probe intervals: with a small request pending it would be dropped
  await new Promise((r) => setTimeout(r, 150))
  t.true(b.peer.isOpen)
  b.server.send('{"id":1,"result":[],"error":null}')
  t.deepEqual(await pending, E.right([]))
  b.peer.close()
})

test('requests have a deadline by default; 0 and Infinity mean none', async (t) => {
  t.is(_.DEFAULT_REQUEST_TIMEOUT_MS, 10_000)
  const { peer } = setup({ requestTimeoutMs: 25 })
  t.deepEqual(await peer.request('list_dbs', []), E.left({ _tag: 'Timeout', method: 'list_dbs', ms: 25 }))
  // a per-request deadline wins over the peer's
  t.deepEqual(await peer.request('list_dbs', [], { timeoutMs: 10 }), E.left({ _tag: 'Timeout', method: 'list_dbs', ms: 10 }))
  for (const none of [0, Infinity]) {
    const { server, peer: p } = setup({ requestTimeoutMs: none })
    const r = p.request('list_dbs', [])
    await new Promise((res) => setTimeout(res, 60))
    server.send('{"id":1,"result":["late"],"error":null}')
    t.deepEqual(await r, E.right(['late']))
  }
})

test('a request with many params is written in pieces whose bytes are those of the whole; other messages wait for its end', async (t) => {
  const pieces: string[] = []
  let data: ((c: Uint8Array) => void) | undefined
  const channel: _.Channel = { write: (text) => pieces.push(text), close: () => undefined, onData: (l) => (data = l), onClose: () => undefined }
  const peer = new _.RpcPeer(channel, { probeIntervalMs: 0 })
  const ops = Array.from({ length: 2000 }, (_x, i) => ({ op: 'insert', table: 'Address_Set', row: { name: `as${i}`, addresses: ['set', ['10.0.0.1', 'é']] } }))
  const p = peer.request('transact', ['OVN_Northbound', ...ops])
  // a notification sent meanwhile is not written into the middle of the request
  peer.notify('cancel', [99])
  t.true(pieces.length < 4, 'the first piece is written at once, the rest on later turns')
  while (!pieces.join('').includes('"cancel"')) await new Promise((r) => setImmediate(r))
  const whole = pieces.join('')
  const request = JSON.stringify({ method: 'transact', params: ['OVN_Northbound', ...ops], id: 1 })
  t.true(pieces.length > 3, `${pieces.length} pieces`)
  t.is(whole, request + JSON.stringify({ method: 'cancel', params: [99], id: null }))
  data?.(Buffer.from('{"id":1,"result":[],"error":null}'))
  t.deepEqual(await p, E.right([]))
})
