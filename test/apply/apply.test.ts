import test, { type ExecutionContext } from 'ava'
import { spawnSync } from 'node:child_process'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { connect, snapshot, syncReplica, type Client, type Row } from '../../src/ovsdb/index.js'
import { compile, diff, ref, type DesiredRow, type DesiredState, type Plan } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { startCentral } from '../support/central.js'
import { topology } from '../support/topology.js'
import { right } from '../support/either.js'
import { counting } from '../support/counting.js'
import { issuesOf } from '../../src/errors.js'

const NB = 'OVN_Northbound'

const client = async (t: ExecutionContext, server: OvsdbServer): Promise<Client> => {
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  return c
}


const ownedNames = (server: OvsdbServer, table: string, owner: string): string[] =>
  nbctl(server, '--bare', '--columns=name', 'find', table, `external_ids:"ovn-nb/owner"="${owner}"`)
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .sort()

const namesOf = (s: DesiredState, table: string): string[] =>
  s.rows.filter((r) => r.table === table).map((r) => r.columns['name'] as string).sort()

const countOf = (s: DesiredState, table: string): number => s.rows.filter((r) => r.table === table).length

const ownedCount = (server: OvsdbServer, table: string, owner: string): number =>
  nbctl(server, '--bare', '--columns=_uuid', 'find', table, `external_ids:"ovn-nb/owner"="${owner}"`).split('\n').filter((s) => s.trim() !== '').length

test('apply(T1) then apply(T2) leaves exactly T2; applying T2 again sends nothing; other owners are untouched', async (t) => {
  t.timeout(120000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const a = await client(t, server)
  const sent = counting(a)
  const other = await client(t, server)
  const replica = right(t, await syncReplica(a, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  let round = 0
  await fc.assert(
    fc.asyncProperty(topology, topology, async (t1, t2) => {
      round++
      right(t, await apply(a, t1, { replica })())
      // another owner writes rows of its own in between, one of them in a switch of ours
      const theirs = right(
        t,
        await other.transact(NB, [
          { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'bp', row: { name: `b-port-${round}`, external_ids: ['map', [['ovn-nb/owner', 'ctl-b']]] } },
          { op: 'insert', table: 'Logical_Switch', row: { name: `b-switch-${round}`, ports: ['set', [['named-uuid', 'bp']]], external_ids: ['map', [['ovn-nb/owner', 'ctl-b']]] } },
          { op: 'insert', table: 'Address_Set', row: { name: `b_as_${round}`, addresses: ['set', ['1.1.1.1']], external_ids: ['map', [['ovn-nb/owner', 'ctl-b']]] } },
        ])(),
      )
      const before = right(t, await snapshot(other, NB, ['Logical_Switch', 'Logical_Switch_Port', 'Address_Set'])())
      const theirRows = (s: ReadonlyMap<string, ReadonlyMap<string, Row>>) =>
        JSON.stringify([theirs[0].uuid[1], theirs[1].uuid[1], theirs[2].uuid[1]].map((u) => s.get('Logical_Switch_Port')?.get(u) ?? s.get('Logical_Switch')?.get(u) ?? s.get('Address_Set')?.get(u)))

      const r2 = right(t, await apply(a, t2, { replica })())
      // read back, from another connection: nothing left to do, and ovn-nbctl sees T2
      const fresh = right(t, await snapshot(other, NB, Object.keys(replica.schema.tables))())
      const again = diff(replica.schema, { rows: (x) => fresh.get(x) ?? new Map() }, t2, { rules: nbIdentity })
      if (E.isLeft(again) || again.right.entries.length > 0) throw new Error(`not converged: ${JSON.stringify(E.isLeft(again) ? again.left : again.right.entries)}`)
      for (const table of ['Logical_Switch', 'Logical_Switch_Port', 'Port_Group', 'Address_Set', 'Logical_Router', 'Logical_Router_Port', 'Load_Balancer'])
        if (JSON.stringify(ownedNames(server, table, 'ctl-a')) !== JSON.stringify(namesOf(t2, table)))
          throw new Error(`${table}: ${ownedNames(server, table, 'ctl-a').join(',')} != ${namesOf(t2, table).join(',')}`)
      for (const table of ['ACL', 'Logical_Router_Static_Route', 'NAT', 'DHCP_Options'])
        if (ownedCount(server, table, 'ctl-a') !== countOf(t2, table)) throw new Error(`${table}: ${ownedCount(server, table, 'ctl-a')} rows, want ${countOf(t2, table)}`)
      // the other owner's rows are exactly as they were
      const after = right(t, await snapshot(other, NB, ['Logical_Switch', 'Logical_Switch_Port', 'Address_Set'])())
      if (theirRows(before) !== theirRows(after)) throw new Error('rows of ctl-b changed')
      // idempotent: a second apply sends no transaction at all
      const n = sent.count
      const r3 = right(t, await apply(a, t2, { replica })())
      if (sent.count !== n || r3.operations !== 0 || r3.plan.entries.length > 0) throw new Error('second apply was not a no-op')
      void r2
      return true
    }),
    { numRuns: 15 },
  )
  t.true(round >= 15)
})

test('two owners sharing one switch, interleaved: both converge, neither removes the other', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const [ca, cb] = [await client(t, server), await client(t, server)]
  const state = (owner: string, ports: ReadonlyArray<string>, acl: string): DesiredState => ({
    owner,
    rows: [
      { table: 'Logical_Switch', id: 'ls', shared: true, columns: { name: 'shared', ports: ['set', ports.map((p) => ref(`lsp:${p}`))], acls: ['set', [ref('acl')]] } },
      ...ports.map((p): DesiredRow => ({ table: 'Logical_Switch_Port', id: `lsp:${p}`, columns: { name: p } })),
      { table: 'ACL', id: 'acl', columns: { direction: 'to-lport', priority: 1000, match: acl, action: 'allow' } },
    ],
  })
  right(t, await apply(ca, state('a', ['a1', 'a2'], 'ip4.src == 10.0.0.1'))())
  right(t, await apply(cb, state('b', ['b1'], 'ip4.src == 10.0.0.2'))())
  right(t, await apply(ca, state('a', ['a1', 'a3'], 'ip4.src == 10.0.0.1'))())
  right(t, await apply(cb, state('b', ['b1', 'b2'], 'ip4.src == 10.0.0.3'))())
  const ports = nbctl(server, 'lsp-list', 'shared').replace(/[0-9a-f-]{36} \(|\)/g, '').split('\n').filter(Boolean).sort()
  t.deepEqual(ports, ['a1', 'a3', 'b1', 'b2'])
  t.deepEqual(nbctl(server, '--bare', '--columns=match', 'list', 'ACL').split('\n').filter(Boolean).sort(), ['ip4.src == 10.0.0.1', 'ip4.src == 10.0.0.3'])
  t.is(nbctl(server, 'ls-list').trim().split('\n').length, 1)
  // both are converged: applying again changes nothing
  t.is(right(t, await apply(ca, state('a', ['a1', 'a3'], 'ip4.src == 10.0.0.1'))()).operations, 0)
  t.is(right(t, await apply(cb, state('b', ['b1', 'b2'], 'ip4.src == 10.0.0.3'))()).operations, 0)
})

test('two appliers with the same topology at once: one Logical_Switch, not two', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  for (let round = 0; round < 5; round++) {
    const cs = await Promise.all([client(t, server), client(t, server), client(t, server)])
    const st: DesiredState = {
      owner: 'same',
      rows: [
        { table: 'Logical_Switch', id: 'ls', columns: { name: `race-${round}`, ports: ['set', [ref('p')]] } },
        { table: 'Logical_Switch_Port', id: 'p', columns: { name: `race-port-${round}` } },
      ],
    }
    const results = await Promise.all(cs.map((c) => apply(c, st)()))
    for (const r of results) t.true(E.isRight(r), JSON.stringify(r))
    t.is(nbctl(server, '--bare', '--columns=_uuid', 'find', 'Logical_Switch', `name=race-${round}`).split('\n').filter(Boolean).length, 1)
  }
})

test('a transaction that fails at operation k leaves the database unchanged', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = await client(t, server)
  // someone creates sw0 after our (stale, empty) view of the database
  right(t, await c.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'sw0' } }])())
  const schema = right(t, await c.getSchema(NB)())
  const plan = diff(schema, { rows: () => new Map() }, {
    owner: 'a',
    rows: [
      { table: 'Address_Set', id: 'as', columns: { name: 'as1' } },
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0' } },
    ],
  }, { rules: nbIdentity })
  if (E.isLeft(plan)) return t.fail()
  const ops = compile(plan.right)
  const k = ops.findIndex((o) => o.op === 'wait')
  t.true(k >= 0)
  const r = await c.transact(NB, ops)()
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'OperationError', index: k, op: 'wait', error: 'timed out' })
  t.is(nbctl(server, 'ls-list').split('\n').filter(Boolean).length, 1)
  t.is(nbctl(server, '--bare', '--columns=name', 'list', 'Address_Set').trim(), '')
  // apply itself re-plans: the unowned sw0 is a conflict, reported, nothing written
  const a = await apply(c, { owner: 'a', rows: [{ table: 'Address_Set', id: 'as', columns: { name: 'as1' } }, { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0' } }] })()
  t.like(E.isLeft(a) ? a.left : undefined, { _tag: 'Conflict' })
  // as issues: the row by table and name, a row without an owner is a plain conflict
  if (E.isLeft(a)) t.deepEqual(issuesOf(a.left).map((i) => [i.path, i.code]), [[['Logical_Switch', 'sw0'], 'conflict']])
  t.is(nbctl(server, '--bare', '--columns=name', 'list', 'Address_Set').trim(), '')
})

test('wait: sb blocks until ovn-northd has processed the change', async (t) => {
  const central = await startCentral()
  t.teardown(() => central.stop())
  const c = await client(t, central.nb)
  const st: DesiredState = {
    owner: 'a',
    rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [ref('p1'), ref('p2')]] } },
      { table: 'Logical_Switch_Port', id: 'p1', columns: { name: 'p1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.1']] } },
      { table: 'Logical_Switch_Port', id: 'p2', columns: { name: 'p2', addresses: ['set', ['0a:00:00:00:00:02 10.0.0.2']] } },
    ],
  }
  const r = right(t, await apply(c, st, { wait: 'sb', waitTimeoutMs: 10000 })())
  t.true(typeof r.nbCfg === 'number' && r.nbCfg > 0)
  // northd has written the datapath and flows by the time apply resolves
  const sb = spawnSyncText('ovn-sbctl', [`--db=${central.sb.unix}`, '--bare', '--columns=logical_port', 'list', 'Port_Binding'])
  t.deepEqual(sb.split('\n').filter(Boolean).sort(), ['p1', 'p2'])
  t.true(Number(nbctl(central.nb, 'get', 'NB_Global', '.', 'sb_cfg').trim()) >= r.nbCfg!)
  t.is(r.created.size, 3)
})

const spawnSyncText = (cmd: string, args: string[]): string => spawnSync(cmd, args, { encoding: 'utf8' }).stdout

test('GC never fails on a row another owner still holds by a strong reference: it is kept and reported', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const a = await client(t, server)
  right(t, await apply(a, { owner: 'a', rows: [{ table: 'HA_Chassis_Group', id: 'hag', columns: { name: 'hag' } }, { table: 'Address_Set', id: 'as', columns: { name: 'as_a' } }] })())
  // owner b's router port uses a's HA chassis group
  right(t, await a.transact(NB, [
    { op: 'insert', table: 'Logical_Router_Port', 'uuid-name': 'p', row: { name: 'lrp-b', mac: '0a:00:00:00:00:01', networks: ['set', ['10.0.0.1/24']], ha_chassis_group: ['set', [['uuid', nbctl(server, '--bare', '--columns=_uuid', 'find', 'HA_Chassis_Group', 'name=hag').trim()]]], external_ids: ['map', [['ovn-nb/owner', 'b']]] } },
    { op: 'insert', table: 'Logical_Router', row: { name: 'lr-b', ports: ['set', [['named-uuid', 'p']]], external_ids: ['map', [['ovn-nb/owner', 'b']]] } },
  ])())
  const r = right(t, await apply(a, { owner: 'a', rows: [] })())
  t.deepEqual(r.plan.summary, { create: 0, update: 0, delete: 1 })
  t.like(r.plan.retained?.[0], { table: 'HA_Chassis_Group' })
  t.is(nbctl(server, '--bare', '--columns=name', 'list', 'HA_Chassis_Group').trim(), 'hag')
  t.is(nbctl(server, '--bare', '--columns=name', 'list', 'Address_Set').trim(), '')
})

test('onSend is called with each plan just before its transaction is sent: again with the next plan after a conflict, never when nothing is sent', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = await client(t, server)
  const desired: DesiredState = {
    owner: 'sender',
    rows: [
      { table: 'Logical_Switch', id: 'a', columns: { name: 'send-a' } },
      { table: 'Logical_Switch', id: 'b', columns: { name: 'send-b' } },
    ],
  }
  const sent: Plan[] = []
  const r = right(
    t,
    await apply(c, desired, {
      onSend: (plan) => {
        sent.push(plan)
        // another writer makes send-a (marked as ours) before the first transaction lands:
        // its guard (no switch of that name) fails it, and the next plan creates send-b only
        if (sent.length === 1) nbctl(server, 'ls-add', 'send-a', '--', 'set', 'Logical_Switch', 'send-a', 'external_ids:"ovn-nb/owner"=sender')
      },
    })(),
  )
  t.is(r.attempts, 2)
  t.is(sent.length, 2)
  t.deepEqual(sent[0]!.entries.filter((e) => e.action === 'create').map((e) => e.identity), ['send-a', 'send-b'])
  t.deepEqual(sent[1]!.entries.filter((e) => e.action === 'create').map((e) => e.identity), ['send-b'])
  // the plan the result holds is the last one sent
  t.is(r.plan, sent[1]!)
  // nothing to send, or a dry run: no call
  const again = right(t, await apply(c, desired, { onSend: (plan) => void sent.push(plan) })())
  t.is(again.operations, 0)
  right(t, await apply(c, { ...desired, rows: [...desired.rows, { table: 'Logical_Switch', id: 'c', columns: { name: 'send-c' } }] }, { dryRun: true, onSend: (plan) => void sent.push(plan) })())
  t.is(sent.length, 2)
})

test("a changed value of the owner's own external_ids key is written; another writer's switch and its key on ours stay", async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const a = await client(t, server)
  const state = (v: string): DesiredState => ({ owner: 'a', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'ls-a', external_ids: ['map', [['tier', v]]] } }] })
  const tierOf = (name: string): string => nbctl(server, 'get', 'Logical_Switch', name, 'external_ids:tier').trim()
  right(t, await apply(a, state('1'))())
  nbctl(server, 'ls-add', 'ls-other', '--', 'set', 'Logical_Switch', 'ls-other', 'external_ids:tier=1')
  // ours holds exactly what the owner writes: the marks checked in place (no other key)
  const r1 = right(t, await apply(a, state('2'))())
  t.deepEqual(r1.plan.summary, { create: 0, update: 1, delete: 0 })
  t.is(tierOf('ls-a'), '"2"')
  // with another writer's key on our switch: the whole map compared, theirs kept
  nbctl(server, 'set', 'Logical_Switch', 'ls-a', 'external_ids:op=x')
  const r2 = right(t, await apply(a, state('3'))())
  t.deepEqual(r2.plan.summary, { create: 0, update: 1, delete: 0 })
  t.is(tierOf('ls-a'), '"3"')
  t.is(nbctl(server, 'get', 'Logical_Switch', 'ls-a', 'external_ids:op').trim(), 'x')
  t.is(tierOf('ls-other'), '"1"')
  t.deepEqual(right(t, await apply(a, state('3'))()).plan.summary, { create: 0, update: 0, delete: 0 })
})
