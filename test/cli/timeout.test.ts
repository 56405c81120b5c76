import test from 'ava'
import { planMain } from '../../src/cli/plan.js'
import { parseTimeout } from '../../src/cli/options.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { capture, runBin, silencingProxy, silentServer, tempFiles, topologyJs } from './support.js'

const ONE_LINE = /^ovn-nb (plan|apply|status): [^\n]+\n$/
// what a remote that never answers ends as: its share of the time ran out, or the
// command's deadline did (when it was the last remote, both fall at the same moment)
const NO_ANSWER = /no answer within [\d.]+ s|timed out after 2 s while connecting to tcp:127\.0\.0\.1:\d+ \(--timeout\)/

test('a silent server (accepts, never answers) listed first: plan, apply and status go on to the next remote', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const silent = await silentServer()
  t.teardown(() => silent.close())
  const files = tempFiles()
  t.teardown(() => files.remove())
  // a refused remote, a silent one, then the real server; plan and apply (of two owners'
  // switches, so that they do not see each other) and status run side by side
  const db = `tcp:127.0.0.1:1,${silent.remote},${server.tcp}`
  const [plan, apply, status] = await Promise.all([
    runBin(['plan', files.write('a.mjs', topologyJs('ta', 'sw-ta', ['a1'])), '--db', db, '--timeout', '6']),
    runBin(['apply', files.write('b.mjs', topologyJs('tb', 'sw-tb', ['b1'])), '--db', db, '--timeout', '6']),
    // status asks every remote at once: the silent one is reported beside the ready one
    runBin(['status', '--db', `${silent.remote},${server.unix}`, '--timeout', '2', '--json']),
  ])
  t.false(plan.killed)
  t.is(plan.code, 2, plan.err)
  t.regex(plan.out, /^\+ Logical_Switch sw-ta$/m)
  t.is(plan.err, '')
  t.true(silent.accepted() >= 3)

  t.false(apply.killed)
  t.is(apply.code, 0, apply.err)
  t.regex(apply.out, /Applied: \d+ operations/)
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw-tb', 'external_ids:"ovn-nb/owner"').trim(), 'tb')

  t.false(status.killed)
  t.is(status.code, 0, status.err)
  const list = JSON.parse(status.out) as Array<{ remote: string; ready?: boolean; error?: string }>
  t.is(list[0]!.remote, silent.remote)
  t.regex(list[0]!.error ?? '', /^no answer within 2 s$/)
  t.true(list[1]!.ready)
})

test('only silent servers: plan, apply and status exit 1 with one line once --timeout has passed', async (t) => {
  const silent = await silentServer()
  t.teardown(() => silent.close())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const file = files.write('topo.mjs', topologyJs('to', 'sw-t', ['t1']))
  const [plan, apply, s] = await Promise.all([
    runBin(['plan', file, '--db', silent.remote, '--timeout', '2']),
    runBin(['apply', file, '--db', `${silent.remote},${silent.remote}`, '--timeout', '2']),
    runBin(['status', '--db', silent.remote, '--timeout', '2']),
  ])
  for (const [cmd, r] of [['plan', plan], ['apply', apply]] as const) {
    t.false(r.killed, cmd)
    t.is(r.code, 1, cmd)
    t.regex(r.err, ONE_LINE, cmd)
    t.regex(r.err, NO_ANSWER, cmd)
    t.is(r.out, '', cmd)
  }
  // the line says what became of both tries: the first named after the second (the
  // command's deadline came during the second), or both listed (each ran out its share)
  const r = silent.remote.replace(/\./g, '\\.')
  t.regex(apply.err, new RegExp(`\\(after ${r}: no answer within [\\d.]+ s\\)|${r}: no answer within [\\d.]+ s; ${r}: no answer within [\\d.]+ s`))
  t.false(s.killed)
  t.is(s.code, 1)
  t.is(s.err, `ovn-nb status: cannot connect: ${silent.remote}: no answer within 2 s\n`)
})

test('a server that stops answering at the read (plan) or at the write (apply): exit 1, one line, the outcome of the write said to be unknown', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const file = files.write('topo.mjs', topologyJs('to', 'sw-r', ['r1']))

  // the read: a monitor, or (ovn-nb plan's scoped read, src/apply/scope.ts) selects of
  // OVN_Northbound (the connection's check selects from _Server)
  const atRead = await silencingProxy(server.unix, (text) => text.includes('"method":"monitor') || text.includes('"OVN_Northbound",{"op":"select"'))
  t.teardown(() => atRead.close())
  const atWrite = await silencingProxy(server.unix, (text) => text.includes('"op":"insert"'))
  t.teardown(() => atWrite.close())
  const [plan, apply] = await Promise.all([
    runBin(['plan', file, '--db', atRead.remote, '--timeout', '3']),
    runBin(['apply', file, '--db', atWrite.remote, '--timeout', '3']),
  ])
  t.false(plan.killed)
  t.true(atRead.silenced())
  t.is(plan.code, 1)
  t.regex(plan.err, ONE_LINE)
  t.regex(plan.err, /timed out after 3 s while reading the database from tcp:127\.0\.0\.1:\d+ \(--timeout\)|(monitor\w*|transact) timed out after 3000 ms/)

  t.false(apply.killed)
  t.true(atWrite.silenced())
  t.is(apply.code, 1)
  t.regex(apply.err, ONE_LINE)
  t.regex(apply.err, /timed out after 3 s while applying to tcp:127\.0\.0\.1:\d+ \(if the transaction was sent, whether it committed is unknown: "ovn-nb plan" tells\)|transact timed out after 3000 ms/)
  t.is(apply.out, '')
  // the proxy never forwarded the transaction
  t.is(nbctl(server, 'ls-list').trim(), '')
})

test('--timeout takes a positive number of seconds', async (t) => {
  t.deepEqual(parseTimeout(undefined), { _tag: 'Right', right: 30000 })
  t.deepEqual(parseTimeout('0.25'), { _tag: 'Right', right: 250 })
  t.deepEqual(parseTimeout('7'), { _tag: 'Right', right: 7000 })
  for (const bad of ['0', '-1', 'soon', '', '1e3', '3000000']) t.true(parseTimeout(bad)._tag === 'Left', bad)
  const c = capture()
  t.is(await planMain(['x.ts', '--db', 'unix:/nowhere', '--timeout', '0'], c, {}), 1)
  t.is(c.err(), 'ovn-nb plan: --timeout takes a positive number of seconds (got "0")\n')
})

test('gen --db against a silent server: exit 1 and one line once --timeout has passed', async (t) => {
  const silent = await silentServer()
  t.teardown(() => silent.close())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const r = await runBin(['gen', '--out', `${files.dir}/gen`, '--db', silent.remote, '--database', 'OVN_Northbound', '--timeout', '1'])
  t.false(r.killed)
  t.is(r.code, 1)
  t.is(r.err, `ovn-nb gen: cannot read the schema of OVN_Northbound from ${silent.remote}: get_schema timed out after 1000 ms\n`)
  t.true(silent.accepted() >= 1)
})
