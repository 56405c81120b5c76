import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { connect, formatError, type OvsdbError } from '../../src/ovsdb/index.js'
import { startOvsdb } from '../support/ovsdb.js'
import { hostileServer } from '../support/hostile.js'
import { right } from '../support/either.js'

// Nothing waits forever: a server that accepts and never answers (a silent socket, a
// SIGSTOPped ovsdb-server) ends every request with a typed error, promptly. The test
// deadlines below only keep a broken build from hanging the suite.

const NB = 'OVN_Northbound'

const tagOf = (r: E.Either<OvsdbError, unknown>): string => (E.isLeft(r) ? r.left._tag : 'Right')

test('a silent socket: the probe closes the connection and every pending request fails with ConnectionClosed', async (t) => {
  t.timeout(5000)
  const server = await hostileServer(() => {})
  t.teardown(() => server.close())
  const client = right(t, await connect(server.remote, { probeIntervalMs: 100, requestTimeoutMs: 0, transactTimeoutMs: 0 })())
  t.teardown(() => client.close()())
  const results = await Promise.all([
    client.listDbs()(),
    client.getSchema(NB)(),
    client.transact(NB, [{ op: 'comment', comment: 'x' }])(),
    client.monitorCond(NB, 'm', { Logical_Switch: {} }, () => {})(),
  ])
  t.deepEqual(results.map(tagOf), ['ConnectionClosed', 'ConnectionClosed', 'ConnectionClosed', 'ConnectionClosed'])
  const first = results[0]
  t.regex(E.isLeft(first) ? formatError(first.left) : '', /inactivity probe/)
  t.false(client.isOpen)
  // the echo went out while the requests were pending
  t.true(server.requests.some((r) => r.method === 'echo'))
})

test('a silent socket without the probe: the default-style deadlines end each request with Timeout', async (t) => {
  t.timeout(5000)
  const server = await hostileServer(() => {})
  t.teardown(() => server.close())
  const client = right(t, await connect(server.remote, { probeIntervalMs: 0, requestTimeoutMs: 50, transactTimeoutMs: 80 })())
  t.teardown(() => client.close()())
  const [dbs, txn, mon, own] = await Promise.all([
    client.listDbs()(),
    client.transact(NB, [{ op: 'comment', comment: 'x' }])(),
    client.monitorCondSince(NB, 'm', { Logical_Switch: {} }, null, () => {})(),
    client.getServerId({ timeoutMs: 20 })(),
  ])
  t.deepEqual(dbs, E.left({ _tag: 'Timeout', method: 'list_dbs', ms: 50 }))
  t.deepEqual(txn, E.left({ _tag: 'Timeout', method: 'transact', ms: 80 }))
  t.deepEqual(mon, E.left({ _tag: 'Timeout', method: 'monitor_cond_since', ms: 80 }))
  t.deepEqual(own, E.left({ _tag: 'Timeout', method: 'get_server_id', ms: 20 }))
  // the timed-out transaction was cancelled (RFC 7047 §4.1.4)
  const until = Date.now() + 2000
  while (!server.requests.some((r) => r.method === 'cancel') && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
  t.true(server.requests.some((r) => r.method === 'cancel'))
})

test('a SIGSTOPped ovsdb-server: a pending transact and a new connection fail promptly with typed errors', async (t) => {
  t.timeout(15000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  let stopped = false
  // registered last, so it runs before the server's stop (ovs-appctl exit needs it running)
  t.teardown(() => {
    if (stopped) process.kill(server.pid, 'SIGCONT')
  })
  const probe = 200
  const client = right(t, await connect(server.tcp, { probeIntervalMs: probe })())
  t.teardown(() => client.close()())
  right(t, await client.listDbs()())
  process.kill(server.pid, 'SIGSTOP')
  stopped = true
  try {
    const began = Date.now()
    const r = await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'sw' } }])()
    const waited = Date.now() - began
    t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'ConnectionClosed' })
    t.log(`pending transact failed after ${waited} ms (probe interval ${probe} ms)`)
    // a new connection to the stopped server: TCP still connects (the kernel accepts),
    // then the probe ends it
    const again = await connect(server.tcp, { probeIntervalMs: probe })()
    if (E.isRight(again)) {
      t.teardown(() => again.right.close()())
      t.is(tagOf(await again.right.listDbs()()), 'ConnectionClosed')
    } else t.is(again.left._tag, 'TransportError')
  } finally {
    process.kill(server.pid, 'SIGCONT')
    stopped = false
  }
  // resumed, the server works again for a new client
  const fresh = right(t, await connect(server.tcp)())
  t.teardown(() => fresh.close()())
  t.true(right(t, await fresh.listDbs()()).includes(NB))
})

test('requestTimeoutMs alone is the deadline of every request, transact and monitors included', async (t) => {
  t.timeout(5000)
  const server = await hostileServer(() => {})
  t.teardown(() => server.close())
  const client = right(t, await connect(server.remote, { probeIntervalMs: 0, requestTimeoutMs: 40 })())
  t.teardown(() => client.close()())
  t.deepEqual(await client.transact(NB, [{ op: 'comment', comment: 'x' }])(), E.left({ _tag: 'Timeout', method: 'transact', ms: 40 }))
  t.deepEqual(await client.monitor(NB, 'm', { Logical_Switch: {} }, () => {})(), E.left({ _tag: 'Timeout', method: 'monitor', ms: 40 }))
})
