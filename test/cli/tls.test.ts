import test from 'ava'
import { spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeConnectError } from '../../src/cli/connect.js'
import { planMain } from '../../src/cli/plan.js'
import { statusMain } from '../../src/cli/status.js'
import { freePort, nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { makePki, type Pki } from '../support/tls.js'
import { capture, runBin, silentServer, tempFiles, topologyTs, type Files } from './support.js'

let pki: Pki
let server: OvsdbServer
let ssl: string
let files: Files
let rogueKey: string
let rogueCert: string

test.before(async () => {
  pki = makePki()
  // a client certificate signed by a CA the server does not trust
  const openssl = (...args: string[]) => {
    const r = spawnSync('openssl', args, { cwd: pki.dir, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(r.stderr)
  }
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'rogue-key.pem', '-out', 'rogue.csr', '-subj', '/CN=rogue')
  openssl('x509', '-req', '-in', 'rogue.csr', '-CA', 'otherca.pem', '-CAkey', 'otherca.key', '-CAcreateserial', '-out', 'rogue-cert.pem', '-days', '2')
  rogueKey = join(pki.dir, 'rogue-key.pem')
  rogueCert = join(pki.dir, 'rogue-cert.pem')
  const port = await freePort()
  server = await startOvsdb({
    remotes: [`pssl:${port}:127.0.0.1`],
    args: [`--private-key=${pki.serverKey}`, `--certificate=${pki.serverCert}`, `--ca-cert=${pki.caCert}`],
  })
  ssl = `ssl:127.0.0.1:${port}`
  files = tempFiles()
})

test.after.always(async () => {
  await server?.stop()
  files?.remove()
  if (pki !== undefined) rmSync(pki.dir, { recursive: true, force: true })
})

test('ssl: with --private-key/--certificate/--ca-cert (and -p/-c/-C) plan, apply and status work', async (t) => {
  const file = files.write('topo.ts', topologyTs('tls', 'sw-tls', ['s1']))
  const plan = await runBin(['plan', file, '--db', ssl, '--private-key', pki.clientKey, '--certificate', pki.clientCert, '--ca-cert', pki.caCert])
  t.is(plan.code, 2, plan.err)
  t.regex(plan.out, /^\+ Logical_Switch sw-tls$/m)
  const apply = await runBin(['apply', file, '--db', ssl, '-p', pki.clientKey, '-c', pki.clientCert, '-C', pki.caCert])
  t.is(apply.code, 0, apply.err)
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw-tls', 'external_ids:"ovn-nb/owner"').trim(), 'tls')
  const status = capture()
  t.is(await statusMain(['--db', ssl, '-p', pki.clientKey, '-c', pki.clientCert, '-C', pki.caCert], status, {}), 0, status.err())
  t.regex(status.out(), /ready: {4}yes/)
})

test('ssl: a refused client certificate, a missing one, or a server certificate our CA did not sign: one clear line each', async (t) => {
  const file = files.write('refused.ts', topologyTs('tls', 'sw-no', ['n1']))
  const none = await runBin(['plan', file, '--db', ssl, '-C', pki.caCert])
  t.is(none.code, 1)
  t.is(none.err, `ovn-nb plan: cannot connect: ${ssl}: the server requires a client certificate (give --private-key and --certificate): tlsv13 alert certificate required\n`)
  t.is(none.out, '')
  const rogue = await runBin(['apply', file, '--db', ssl, '-p', rogueKey, '-c', rogueCert, '-C', pki.caCert])
  t.is(rogue.code, 1)
  t.regex(rogue.err, /^ovn-nb apply: [^\n]+\n$/)
  t.true(
    rogue.err.startsWith(`ovn-nb apply: cannot connect: ${ssl}: the server refused the TLS connection with the client certificate ${rogueCert} (is it signed by a CA the server trusts?): `),
    rogue.err,
  )
  t.regex(rogue.err, /alert (unknown ca|bad certificate|certificate unknown)\n$/)
  const st = capture()
  t.is(await statusMain(['--db', ssl, '-p', rogueKey, '-c', rogueCert, '-C', pki.caCert], st, {}), 1)
  t.regex(st.err(), /^ovn-nb status: cannot connect: ssl:[^\n]+: the server refused the TLS connection with the client certificate [^\n]+\n$/)
  const otherCa = capture()
  t.is(await planMain([file, '--db', ssl, '-p', pki.clientKey, '-c', pki.clientCert, '-C', pki.otherCaCert], otherCa, {}), 1)
  t.regex(otherCa.err(), new RegExp(`^ovn-nb plan: cannot connect: ${ssl}: the server's certificate does not verify against --ca-cert ${pki.otherCaCert}: [^\\n]+\\n$`))
  t.is(nbctl(server, 'ls-list').includes('sw-no'), false)
})

test('unreadable or bad PEM files, and TLS options that do not go together: one line naming the file, before any connection', async (t) => {
  const silent = await silentServer()
  t.teardown(() => silent.close())
  const remote = `ssl:${silent.remote.slice('tcp:'.length)}`
  const dir = join(pki.dir, 'bad')
  mkdirSync(dir)
  const write = (name: string, text: string) => {
    const p = join(dir, name)
    writeFileSync(p, text)
    return p
  }
  const empty = write('empty.pem', '')
  const junk = write('junk.pem', '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n')
  const junkKey = write('junk-key.pem', '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n')
  const unreadable = write('unreadable.pem', 'x')
  spawnSync('chmod', ['000', unreadable])
  const good = { key: pki.clientKey, cert: pki.clientCert, ca: pki.caCert }
  const cases: Array<[string, ReadonlyArray<string>, string]> = [
    ['missing CA', ['-p', good.key, '-c', good.cert, '-C', join(dir, 'nope.pem')], `--ca-cert ${join(dir, 'nope.pem')}: cannot read: no such file`],
    ['CA is a directory', ['-C', dir], `--ca-cert ${dir}: cannot read: is a directory`],
    ['empty CA', ['-C', empty], `--ca-cert ${empty}: no PEM certificate in the file`],
    ['a key as CA', ['-C', good.key], `--ca-cert ${good.key}: no PEM certificate in the file`],
    ['a certificate as key', ['-p', good.cert, '-c', good.cert, '-C', good.ca], `--private-key ${good.cert}: no PEM private key in the file`],
    ['a key as certificate', ['-p', good.key, '-c', good.key, '-C', good.ca], `--certificate ${good.key}: no PEM certificate in the file`],
    ['missing key', ['-p', join(dir, 'k.pem'), '-c', good.cert, '-C', good.ca], `--private-key ${join(dir, 'k.pem')}: cannot read: no such file`],
    ['key of another certificate', ['-p', rogueKey, '-c', good.cert, '-C', good.ca], `--private-key ${rogueKey} is not the key of --certificate ${good.cert}`],
    ['key alone', ['-p', good.key, '-C', good.ca], '--private-key and --certificate go together (the key and its certificate)'],
    ['certificate alone', ['-c', good.cert, '-C', good.ca], '--private-key and --certificate go together (the key and its certificate)'],
    ['ssl: without a CA', ['-p', good.key, '-c', good.cert], `${remote}: an ssl: remote needs --ca-cert FILE (and --private-key, --certificate if the server asks for a client certificate)`],
  ]
  // root reads any file whatever its mode: the unreadable case only holds for others
  if (process.getuid?.() !== 0) cases.push(['unreadable CA', ['-C', unreadable], `--ca-cert ${unreadable}: cannot read: permission denied`])
  const file = files.write('never-loaded.ts', 'export default {}\n')
  for (const [what, flags, message] of cases) {
    const c = capture()
    t.is(await planMain([file, '--db', remote, ...flags], c, {}), 1, what)
    t.is(c.err(), `ovn-nb plan: ${message}\n`, what)
    t.is(c.out(), '', what)
    const s = capture()
    t.is(await statusMain(['--db', remote, ...flags], s, {}), 1, what)
    t.is(s.err(), `ovn-nb status: ${message}\n`, what)
  }
  // certificates that are PEM on the outside and garbage inside
  for (const [flags, message] of [
    [['-C', junk], new RegExp(`^ovn-nb plan: --ca-cert ${junk}: certificate 1 is not valid PEM: [^\\n]+\\n$`)],
    [['-p', junkKey, '-c', good.cert, '-C', good.ca], new RegExp(`^ovn-nb plan: --private-key ${junkKey}: not a usable private key: [^\\n]+\\n$`)],
  ] as const) {
    const c = capture()
    t.is(await planMain([file, '--db', remote, ...flags], c, {}), 1)
    t.regex(c.err(), message)
  }
  t.is(silent.accepted(), 0)
})

test('ssl: a server that speaks TLS 1.2 only refuses in the handshake: the same one line each', async (t) => {
  const port = await freePort()
  const tls12 = await startOvsdb({
    remotes: [`pssl:${port}:127.0.0.1`],
    args: ['--ssl-protocols=TLSv1.2', `--private-key=${pki.serverKey}`, `--certificate=${pki.serverCert}`, `--ca-cert=${pki.caCert}`],
  })
  t.teardown(() => tls12.stop())
  const remote = `ssl:127.0.0.1:${port}`
  const file = files.write('tls12.ts', 'export default { owner: "x", rows: [] }\n')
  const none = capture()
  t.is(await planMain([file, '--db', remote, '-C', pki.caCert], none, {}), 1)
  t.regex(none.err(), new RegExp(`^ovn-nb plan: cannot connect: ${remote}: the server refused the TLS connection \\(does it want a client certificate\\? give --private-key and --certificate\\): [^\\n]*alert[^\\n]*\\n$`))
  const rogue = capture()
  t.is(await planMain([file, '--db', remote, '-p', rogueKey, '-c', rogueCert, '-C', pki.caCert], rogue, {}), 1)
  t.regex(rogue.err(), new RegExp(`^ovn-nb plan: cannot connect: ${remote}: the server refused the TLS connection with the client certificate ${rogueCert} \\(is it signed by a CA the server trusts\\?\\): [^\\n]*alert (unknown ca|bad certificate|certificate unknown)\\n$`))
  const good = capture()
  t.is(await planMain([file, '--db', remote, '-p', pki.clientKey, '-c', pki.clientCert, '-C', pki.caCert], good, {}), 0, good.err())
})

test('describeConnectError: alerts (TLS 1.2 in the handshake, 1.3 after it) are the server refusing us; verification codes are our CA refusing the server', (t) => {
  const remote = { kind: 'ssl', host: '127.0.0.1', port: 6641, text: 'ssl:127.0.0.1:6641' } as const
  const files = { certificateFile: 'c.pem', caCertFile: 'ca.pem' }
  t.is(
    describeConnectError(remote, { _tag: 'TransportError', remote: remote.text, code: 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', message: 'TLS: error:0A000412:SSL routines:ssl3_read_bytes:sslv3 alert bad certificate:../ssl/record/rec_layer_s3.c:1584:SSL alert number 42' }, files),
    'the server refused the TLS connection with the client certificate c.pem (is it signed by a CA the server trusts?): sslv3 alert bad certificate',
  )
  t.is(
    describeConnectError(remote, { _tag: 'TransportError', remote: remote.text, code: 'CERT_HAS_EXPIRED', message: 'TLS: certificate has expired' }, files),
    "the server's certificate does not verify against --ca-cert ca.pem: certificate has expired",
  )
  t.is(describeConnectError(remote, { _tag: 'TransportError', remote: remote.text, code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:6641' }, files), 'connect ECONNREFUSED 127.0.0.1:6641')
  t.is(describeConnectError({ kind: 'tcp', host: 'h', port: 1, text: 'tcp:h:1' }, { _tag: 'Timeout', method: 'get_schema', ms: 5 }, files), 'get_schema timed out after 5 ms')
})
