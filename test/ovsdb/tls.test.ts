import test from 'ava'
import { rmSync } from 'node:fs'
import * as E from 'fp-ts/lib/Either.js'
import { connect, formatError } from '../../src/ovsdb/index.js'
import { freePort, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { makePki, type Pki } from '../support/tls.js'

let pki: Pki
let server: OvsdbServer
let remote: string

test.before(async () => {
  pki = makePki()
  const port = await freePort()
  server = await startOvsdb({
    remotes: [`pssl:${port}:127.0.0.1`],
    args: [`--private-key=${pki.serverKey}`, `--certificate=${pki.serverCert}`, `--ca-cert=${pki.caCert}`],
  })
  remote = `ssl:127.0.0.1:${port}`
})

test.after.always(async () => {
  await server?.stop()
  if (pki !== undefined) rmSync(pki.dir, { recursive: true, force: true })
})

test('ssl: with the right key, certificate and CA the client talks to ovsdb-server', async (t) => {
  const c = await connect(remote, {
    tls: { privateKey: pki.read(pki.clientKey), certificate: pki.read(pki.clientCert), caCert: pki.read(pki.caCert) },
  })()
  if (E.isLeft(c)) return t.fail(formatError(c.left))
  t.teardown(() => c.right.close()())
  const dbs = await c.right.listDbs()()
  t.deepEqual(E.map((xs: ReadonlyArray<string>) => [...xs].sort())(dbs), E.right(['OVN_Northbound', '_Server']))
  const tx = await c.right.transact('OVN_Northbound', [{ op: 'insert', table: 'Logical_Switch', row: { name: 'over-tls' } }])()
  t.true(E.isRight(tx))
})

test('ssl: a server certificate from another CA is refused with a clear TransportError', async (t) => {
  const c = await connect(remote, {
    tls: { privateKey: pki.read(pki.clientKey), certificate: pki.read(pki.clientCert), caCert: pki.read(pki.otherCaCert) },
  })()
  t.true(E.isLeft(c))
  if (E.isLeft(c)) {
    t.is(c.left._tag, 'TransportError')
    t.regex(formatError(c.left), /^ssl:127\.0\.0\.1:\d+: TLS: .*(certificate|self[- ]signed)/i)
  }
})

test('ssl: without a client certificate the server refuses us, and that is an error, not a hang', async (t) => {
  const c = await connect(remote, { tls: { caCert: pki.read(pki.caCert) }, connectTimeoutMs: 3000 })()
  if (E.isLeft(c)) {
    t.is(c.left._tag, 'TransportError')
    return
  }
  // TLS 1.3: the handshake completes on our side before the server checks our certificate;
  // the refusal then shows up as the connection closing under the first request
  t.teardown(() => c.right.close()())
  const r = await c.right.listDbs()()
  t.true(E.isLeft(r))
  if (E.isLeft(r)) t.is(r.left._tag, 'ConnectionClosed')
})
