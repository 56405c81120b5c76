import test from 'ava'
import { spawnSync } from 'node:child_process'
import { startRaft, type RaftNode } from '../support/raft.js'
import { sleep } from '../support/process.js'
import { runBin, tempFiles, topologyJs } from './support.js'

// what the member itself says in _Server (ovsdb-server sets "connected" false once an
// election it started has timed out with no quorum: two election timers, ~2 s here)
const connected = (node: RaftNode): boolean | undefined => {
  const r = spawnSync(
    'ovsdb-client',
    ['query', node.unix, '["_Server",{"op":"select","table":"Database","where":[["name","==","OVN_Northbound"]],"columns":["connected"]}]'],
    { encoding: 'utf8', timeout: 2000 },
  )
  return /"connected":false/.test(r.stdout) ? false : /"connected":true/.test(r.stdout) ? true : undefined
}

test('a 3-node cluster with 2 members killed: plan, apply and status say there is no quorum and exit 1; plan does not plan from the stale member', async (t) => {
  const cluster = await startRaft()
  t.teardown(() => cluster.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const file = files.write('topo.mjs', topologyJs('q', 'sw-q', ['q1']))
  // with the cluster whole, the same command plans
  const before = await runBin(['plan', file, '--db', cluster.remotes, '--timeout', '5'])
  t.is(before.code, 2, before.err)

  const [a, b, lone] = cluster.nodes as [RaftNode, RaftNode, RaftNode]
  await a.stop(true)
  await b.stop(true)
  // bounded wait for the survivor to notice it has no leader
  for (let i = 0; i < 150 && connected(lone) !== false; i++) await sleep(100)
  t.is(connected(lone), false, lone.clusterStatus())

  const noQuorum = /no quorum: .*tcp:127\.0\.0\.1:\d+: this cluster member is not connected to a leader \(the cluster has no quorum, or the member is cut off from it\)/
  // the whole list: two refuse, the third answers but has no leader
  const [plan, apply, s] = await Promise.all([
    runBin(['plan', file, '--db', cluster.remotes, '--timeout', '5']),
    runBin(['apply', file, '--db', cluster.remotes, '--timeout', '5']),
    runBin(['status', '--db', lone.tcp, '--timeout', '5']),
  ])
  for (const [cmd, r] of [['plan', plan], ['apply', apply]] as const) {
    t.false(r.killed, cmd)
    t.is(r.code, 1, `${cmd}: ${r.out}`)
    t.regex(r.err, /^ovn-nb (plan|apply): [^\n]+\n$/, cmd)
    t.regex(r.err, noQuorum, cmd)
    t.is(r.out, '', cmd)
  }
  t.false(s.killed)
  t.is(s.code, 1)
  t.regex(s.out, /ready: {4}no\ndatabase: OVN_Northbound, clustered, follower, disconnected\n/)
  t.is(s.err, `ovn-nb status: no quorum: ${lone.tcp}: this cluster member is not connected to a leader (the cluster has no quorum, or the member is cut off from it)\n`)
})
