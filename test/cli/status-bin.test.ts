import test from 'ava'
import { statusMain } from '../../src/cli/status.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { startRaft } from '../support/raft.js'
import { capture, runBin, tempFiles, topologyTs } from './support.js'

const run = runBin

test('status: text and JSON of a standalone server; a list with an unreachable remote; nothing reachable is exit 1', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  nbctl(server, 'init')
  const c = capture()
  t.is(await statusMain(['--db', server.unix], c), 0)
  t.regex(c.out(), /^remote: {3}unix:.*\nready: {4}yes\ndatabase: OVN_Northbound, standalone, leader\nschema: {3}7\.0\.0 \(model [\d.]+, server older; lacks \d+ tables and \d+ columns of the model\)\nnorthd: {3}nb_cfg 0, sb_cfg 0 \(caught up\), hv_cfg 0 \(caught up\)\n/)
  const j = capture()
  t.is(await statusMain(['--db', server.tcp, '--json'], j), 0)
  const s = JSON.parse(j.out()) as { remote: string; ready: boolean; database: { model: string; leader: boolean }; northd: { nbCfg: number } }
  t.like(s, { remote: server.tcp, ready: true, database: { model: 'standalone', leader: true }, northd: { nbCfg: 0 } })
  // a list: one status per remote, the dead one with its error
  const l = capture()
  t.is(await statusMain(['--db', `${server.unix},tcp:127.0.0.1:1`, '--json'], l), 0)
  const list = JSON.parse(l.out()) as Array<{ remote: string; ready?: boolean; error?: string }>
  t.is(list.length, 2)
  t.true(list[0]!.ready)
  t.regex(list[1]!.error ?? '', /ECONNREFUSED/)
  // nothing reachable: exit 1, one line on stderr naming each remote and why
  const d = capture()
  t.is(await statusMain(['--db', 'tcp:127.0.0.1:1,tcp:127.0.0.1:2'], d), 1)
  t.regex(d.err(), /^ovn-nb status: cannot connect: tcp:127\.0\.0\.1:1: [^\n]*ECONNREFUSED[^\n]*; tcp:127\.0\.0\.1:2: [^\n]*ECONNREFUSED[^\n]*\n$/)
  for (const [argv, message] of [
    [['--db', 'bogus'], /invalid remote "bogus"/],
    [[], /--db REMOTE is required \(or set OVN_NB_DB\)/],
    [['--db', server.unix, 'extra'], /unexpected argument "extra"/],
  ] as const) {
    const e = capture()
    t.is(await statusMain(argv, e, {}), 1)
    t.regex(e.err(), /^ovn-nb status: [^\n]+\n$/)
    t.regex(e.err(), message)
  }
})

test('status of a 3-node Raft cluster: clustered, one leader, two followers', async (t) => {
  const cluster = await startRaft()
  t.teardown(() => cluster.stop())
  const c = capture()
  t.is(await statusMain(['--db', cluster.remotes, '--json'], c), 0)
  const list = JSON.parse(c.out()) as Array<{ remote: string; database: { model: string; leader: boolean; clusterId: string } }>
  t.deepEqual(list.map((s) => s.remote), cluster.nodes.map((n) => n.tcp))
  t.true(list.every((s) => s.database.model === 'clustered'))
  t.deepEqual(list.map((s) => s.database.leader), cluster.nodes.map((n) => n === cluster.leader()))
  t.is(new Set(list.map((s) => s.database.clusterId)).size, 1)
  const text = capture()
  t.is(await statusMain(['--db', cluster.nodes[0]!.unix], text), 0)
  t.regex(text.out(), /database: OVN_Northbound, clustered, (leader|follower)\ncluster: {2}cid [0-9a-f-]{36}, sid [0-9a-f-]{36}, index \d+\n/)
})

test('the built bin: plan (.ts) and apply (.js) against a real server, status, and a bad file without a stack trace', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const ts = files.write('topo.ts', topologyTs('bin', 'swb', ['b1']))
  const js = files.write(
    'topo.mjs',
    `export default async () => ({ owner: 'bin', rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'swb', ports: ['set', [['ref', 'p']]] } },
      { table: 'Logical_Switch_Port', id: 'p', columns: { name: 'b1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']] } },
    ] })\n`,
  )
  const plan = await run(['plan', ts, '--db', server.unix])
  t.is(plan.code, 2, plan.err)
  t.regex(plan.out, /Plan: 2 to add, 0 to change, 0 to destroy\./)
  const apply = await run(['apply', js, '--db', server.tcp])
  t.is(apply.code, 0, apply.err)
  t.regex(apply.out, /Applied: \d+ operations/)
  const again = await run(['plan', ts, '--db', server.unix, '--json'])
  t.is(again.code, 0, again.err)
  t.deepEqual((JSON.parse(again.out) as { summary: unknown }).summary, { create: 0, update: 0, delete: 0 })
  const st = await run(['status', '--db', server.unix])
  t.is(st.code, 0)
  t.regex(st.out, /database: OVN_Northbound, standalone, leader/)
  const bad = await run(['apply', files.write('bad.ts', 'export default {'), '--db', server.unix])
  t.is(bad.code, 1)
  t.regex(bad.err, /^ovn-nb apply: [^\n]*bad\.ts: cannot load: [^\n]+\n$/)
  t.false(/\n\s+at /.test(bad.err))
  t.is(bad.out, '')
  const help = await run(['--help'])
  t.regex(help.out, /^ {2}plan\s/m)
  t.regex(help.out, /^ {2}apply\s/m)
  t.regex(help.out, /^ {2}status\s/m)
})
