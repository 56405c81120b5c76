import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { connect, syncReplica, type Client } from '../../src/ovsdb/index.js'
import { apply, status, type Status } from '../../src/apply/index.js'
import { ref, type DesiredState } from '../../src/plan/index.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { startCentral } from '../support/central.js'
import { startRaft } from '../support/raft.js'
import { right } from '../support/either.js'

const client = async (t: ExecutionContext, remote: string): Promise<Client> => {
  const c = right(t, await connect(remote)())
  t.teardown(() => c.close()())
  return c
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('standalone: model, leader, schema against the model, NB_Global before and after init', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = await client(t, server.tcp)
  const s = right(t, await status(c)())
  t.is(s.remote, server.tcp)
  t.true(s.ready)
  t.deepEqual(s.database, { name: 'OVN_Northbound', model: 'standalone', connected: true, leader: true })
  // Debian's 7.0.0 server against the 7.19.0 model
  t.is(s.schema.version, '7.0.0')
  t.is(s.schema.server, 'older')
  t.true(s.schema.missingColumns.some((m) => m.table === 'ACL' && m.column === 'tier'))
  t.true(s.schema.missingTables.length > 0)
  t.is(s.northd, undefined)
  t.true(s.warnings.some((w) => w.includes('no NB_Global row')))
  t.true(s.warnings.some((w) => w.includes('older than the model')))

  nbctl(server, 'init')
  const s2 = right(t, await status(c)())
  t.deepEqual(s2.northd, { nbCfg: 0, sbCfg: 0, hvCfg: 0, sbCaughtUp: true, hvCaughtUp: true })
  t.false(s2.warnings.some((w) => w.includes('NB_Global')))
  // someone asks for a new generation and no northd runs: behind
  right(t, await c.transact('OVN_Northbound', [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=', 1]] }])())
  const s3 = right(t, await status(c)())
  t.like(s3.northd, { nbCfg: 1, sbCfg: 0, sbCaughtUp: false, hvCaughtUp: false })
  t.true(s3.warnings.some((w) => w.includes('ovn-northd is behind')))
  t.true(s3.ready)
})

test('an unknown database is an error, not a status', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = await client(t, server.unix)
  const r = await status(c, { database: 'Nope' })()
  t.true(E.isLeft(r))
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'RpcError' })
})

test('3-node Raft cluster: clustered on every node, exactly one leader, one cluster id; a new leader after the leader dies', async (t) => {
  t.timeout(40000)
  const cluster = await startRaft()
  t.teardown(() => cluster.stop())
  const clients = await Promise.all(cluster.nodes.map((n) => client(t, n.tcp)))
  const all = async (): Promise<Status[]> => Promise.all(clients.map(async (c) => right(t, await status(c)())))
  const ss = await all()
  for (const [i, s] of ss.entries()) {
    t.is(s.remote, cluster.nodes[i]!.tcp)
    t.is(s.database.model, 'clustered')
    t.true(s.database.connected)
    t.true(s.ready)
    t.regex(s.database.clusterId ?? '', /^[0-9a-f-]{36}$/)
    t.regex(s.database.serverId ?? '', /^[0-9a-f-]{36}$/)
    t.true(typeof s.database.index === 'number' && s.database.index > 0)
  }
  t.is(new Set(ss.map((s) => s.database.clusterId)).size, 1)
  t.is(new Set(ss.map((s) => s.database.serverId)).size, 3)
  t.deepEqual(
    ss.map((s) => s.database.leader),
    cluster.nodes.map((n) => n === cluster.leader()),
  )
  t.is(ss.filter((s) => s.database.leader).length, 1)
  // the server id matches what the node says of itself (cluster/status: "Server ID: abcd (full uuid)")
  for (const [i, s] of ss.entries()) t.true(cluster.nodes[i]!.clusterStatus().includes(s.database.serverId!))

  // kill -9 the leader: one of the other two becomes leader
  const old = ss.findIndex((s) => s.database.leader)
  await cluster.nodes[old]!.stop(true)
  const rest = clients.filter((_, i) => i !== old)
  let leaders: boolean[] = []
  for (let k = 0; k < 100; k++) {
    leaders = await Promise.all(rest.map(async (c) => right(t, await status(c)()).database.leader))
    if (leaders.filter(Boolean).length === 1) break
    await sleep(100)
  }
  t.is(leaders.filter(Boolean).length, 1)
  // and the dead node's client sees an error, not a status
  t.true(E.isLeft(await status(clients[old]!)()))
})

test('with ovn-northd: sb_cfg catches up with nb_cfg', async (t) => {
  const central = await startCentral()
  t.teardown(() => central.stop())
  const c = await client(t, central.nb.unix)
  const before = right(t, await status(c)())
  t.truthy(before.northd)
  const r = right(
    t,
    await c.transact('OVN_Northbound', [
      { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0' } },
      { op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=', 1]] },
      { op: 'select', table: 'NB_Global', where: [], columns: ['nb_cfg'] },
    ])(),
  )
  const nbCfg = r[2].rows[0]!['nb_cfg'] as number
  t.true(nbCfg > (before.northd?.nbCfg ?? 0))
  let s = right(t, await status(c)())
  for (let k = 0; k < 200 && s.northd?.sbCaughtUp !== true; k++) {
    await sleep(10)
    s = right(t, await status(c)())
  }
  t.is(s.northd?.nbCfg, nbCfg)
  t.true(s.northd!.sbCfg >= nbCfg)
  t.true(s.northd!.sbCaughtUp)
  t.false(s.warnings.some((w) => w.includes('ovn-northd is behind')))
})

test('a relay: model relay, not a leader; applies and kept replicas go through it; without its source, reads still answer and a write times out instead of hanging', async (t) => {
  t.timeout(30000)
  const source = await startOvsdb()
  t.teardown(() => source.stop())
  nbctl(source, 'init')
  const relay = await startOvsdb({ relay: { remote: source.unix } })
  t.teardown(() => relay.stop())
  const c = await client(t, relay.unix)
  const s = right(t, await status(c)())
  t.deepEqual(s.database, { name: 'OVN_Northbound', model: 'relay', connected: true, leader: false })
  t.true(s.ready)
  t.deepEqual(s.warnings.filter((w) => !w.includes('older than the model')), [])

  // a kept replica on the relay, an apply through it: the write reaches the source, and
  // the replica shows it when apply resolves
  const replica = right(t, await syncReplica(c, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })())
  const desired: DesiredState = {
    owner: 'relayed',
    rows: [
      { table: 'Logical_Switch', id: 'ls:r0', columns: { name: 'r0', ports: ['set', [ref('lsp:r0p')]] } },
      { table: 'Logical_Switch_Port', id: 'lsp:r0p', columns: { name: 'r0p', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.1']] } },
    ],
  }
  const r = await apply(c, desired, { replica })()
  t.true(E.isRight(r), JSON.stringify(E.isLeft(r) ? r.left : ''))
  t.is(replica.lookup('Logical_Switch', 'name', 'r0').length, 1)
  t.is(nbctl(source, 'lsp-list', 'r0').trim().split(/\s+/)[1], '(r0p)')
  // a change made at the source reaches the replica through the relay
  const seen = new Promise<void>((resolve) => {
    const stop = replica.onChange(() => {
      if (replica.lookup('Logical_Switch', 'name', 'direct').length === 1) {
        stop()
        resolve()
      }
    })
  })
  nbctl(source, 'ls-add', 'direct')
  await seen
  // applying the same state again through the relay sends nothing
  const again = await apply(c, desired, { replica })()
  t.is(E.isRight(again) ? again.right.operations : -1, 0)

  // the source goes away: the relay still answers reads (status among them) from its
  // copy, and ovsdb-server 3.1 keeps saying it is connected; writes wait for the source,
  // so a client with a request timeout gets a Timeout instead of hanging (a transaction
  // sent and timed out may still commit: apply says its outcome is unknown)
  await source.stop()
  const stale = right(t, await status(c)())
  t.like(stale.database, { model: 'relay', leader: false })
  const c2 = right(t, await connect(relay.unix, { requestTimeoutMs: 1000 })())
  t.teardown(() => c2.close()())
  const stuck = await apply(c2, { owner: 'relayed', rows: [...desired.rows, { table: 'Logical_Switch', id: 'ls:r1', columns: { name: 'r1' } }] })()
  t.like(E.isLeft(stuck) ? stuck.left : undefined, { _tag: 'OutcomeUnknown', cause: { _tag: 'Timeout', method: 'transact' } })
})
