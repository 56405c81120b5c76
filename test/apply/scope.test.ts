/**
 * The scoped read (src/apply/scope.ts) against a real ovsdb-server: the diff makes the
 * same plan (or the same error) from the rows it reads as from a full copy of the
 * database, whatever other writers put in and around the owner's rows, and it reads
 * fewer rows than the database holds.
 */
import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { connect, syncReplica, type Client, type Operation } from '../../src/ovsdb/index.js'
import { diff, ref, type DesiredState, type PlanOptions } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { scopedRead } from '../../src/apply/scope.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { startOvsdb } from '../support/ovsdb.js'
import { topology } from '../support/topology.js'
import { right } from '../support/either.js'

const NB = 'OVN_Northbound'
const OWNER = 'ovn-nb/owner'

const ids = (owner: string | undefined): readonly ['map', ReadonlyArray<readonly [string, string]>] => ['map', owner === undefined ? [] : [[OWNER, owner]]]

/** What other writers do, as operations (a mutate of a row that is not there does nothing). */
type Other =
  | { readonly what: 'switch'; readonly name: string; readonly port: string; readonly owner: string | undefined }
  | { readonly what: 'port-in'; readonly sw: string; readonly port: string; readonly owner: string | undefined }
  | { readonly what: 'acl-in'; readonly pg: string; readonly owner: string | undefined }
  | { readonly what: 'dhcp'; readonly lease: string; readonly owner: string | undefined }
  | { readonly what: 'key'; readonly sw: string }
  | { readonly what: 'holder'; readonly set: string }
  | { readonly what: 'dhcp-of-port'; readonly port: string }
  | { readonly what: 'ours-in-theirs'; readonly bg: number }
  | { readonly what: 'pg-port'; readonly pg: string; readonly port: string }

const owner = fc.constantFrom<string | undefined>(undefined, 'ctl-b')
const other: fc.Arbitrary<Other> = fc.oneof(
  fc.record({ what: fc.constant('switch' as const), name: fc.constantFrom('sw1', 'sw2', 'sw4'), port: fc.constantFrom('p1', 'q1', 'q2'), owner }),
  fc.record({ what: fc.constant('port-in' as const), sw: fc.constantFrom('sw1', 'sw2', 'sw3'), port: fc.constantFrom('q3', 'q4'), owner }),
  fc.record({ what: fc.constant('acl-in' as const), pg: fc.constantFrom('pg1', 'pg2'), owner }),
  fc.record({ what: fc.constant('dhcp' as const), lease: fc.constantFrom('3600', '7200'), owner }),
  fc.record({ what: fc.constant('key' as const), sw: fc.constantFrom('sw1', 'sw2') }),
  fc.record({ what: fc.constant('holder' as const), set: fc.constantFrom('as1', 'as2') }),
  fc.record({ what: fc.constant('dhcp-of-port' as const), port: fc.constantFrom('p1', 'p2', 'p3') }),
  fc.record({ what: fc.constant('ours-in-theirs' as const), bg: fc.nat(7) }),
  fc.record({ what: fc.constant('pg-port' as const), pg: fc.constantFrom('pg1', 'pg2'), port: fc.constantFrom('p1', 'p2', 'q3') }),
)

const operations = (o: Other, n: number): Operation[] => {
  switch (o.what) {
    case 'switch':
      return [
        { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': `p${n}`, row: { name: `${o.port}-${n}`, external_ids: ids(o.owner) } },
        { op: 'insert', table: 'Logical_Switch', row: { name: o.name, ports: ['set', [['named-uuid', `p${n}`]]], external_ids: ids(o.owner) } },
      ]
    case 'port-in':
      return [
        { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': `p${n}`, row: { name: `${o.port}-${n}`, external_ids: ids(o.owner) } },
        { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', o.sw]], mutations: [['ports', 'insert', ['set', [['named-uuid', `p${n}`]]]]] },
      ]
    case 'acl-in':
      return [
        { op: 'insert', table: 'ACL', 'uuid-name': `a${n}`, row: { direction: 'from-lport', priority: 700 + n, match: 'ip4', action: 'drop', external_ids: ids(o.owner) } },
        { op: 'mutate', table: 'Port_Group', where: [['name', '==', o.pg]], mutations: [['acls', 'insert', ['set', [['named-uuid', `a${n}`]]]]] },
      ]
    case 'dhcp':
      // the content of the topology's DHCP row (adopted by content when adopting)
      return [{ op: 'insert', table: 'DHCP_Options', row: { cidr: '10.0.0.0/24', options: ['map', [['router', '10.0.0.1'], ['lease_time', o.lease], ['server_id', '10.0.0.1'], ['server_mac', '0a:00:00:00:00:ff']]], external_ids: ids(o.owner) } }]
    case 'key':
      return [{ op: 'mutate', table: 'Logical_Switch', where: [['name', '==', o.sw]], mutations: [['external_ids', 'insert', ['map', [['cms', `v${n}`]]]]] }]
    case 'holder':
      // another owner's NAT holding our address set by a strong reference: GC must keep it
      return [{ op: 'select', table: 'Address_Set', where: [['name', '==', o.set]], columns: ['_uuid'] }]
    case 'dhcp-of-port':
      // our port pointed at DHCP options of nobody's (the plan's label of the old value)
      return [
        { op: 'insert', table: 'DHCP_Options', 'uuid-name': `d${n}`, row: { cidr: '10.9.9.0/24' } },
        { op: 'update', table: 'Logical_Switch_Port', where: [['name', '==', o.port]], row: { dhcpv4_options: ['named-uuid', `d${n}`] } },
      ]
    case 'ours-in-theirs':
      // an ACL marked with our owner in a switch of someone else's: GC removes it from there
      return [
        { op: 'insert', table: 'ACL', 'uuid-name': `a${n}`, row: { direction: 'to-lport', priority: 600 + n, match: 'ip6', action: 'drop', external_ids: ids('ctl-a') } },
        { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', `bg${o.bg}`]], mutations: [['acls', 'insert', ['set', [['named-uuid', `a${n}`]]]]] },
      ]
    case 'pg-port':
      return [{ op: 'select', table: 'Logical_Switch_Port', where: [['name', '==', o.port]], columns: ['_uuid'] }]
  }
}

/** Runs one write of another writer (the select-based ones in two steps). */
const write = async (c: Client, o: Other, n: number): Promise<void> => {
  const ops = operations(o, n)
  const r = await c.transact(NB, ops)()
  if (E.isLeft(r)) return
  if (o.what !== 'holder' && o.what !== 'pg-port') return
  const rows = (r.right[0] as { rows: ReadonlyArray<{ _uuid: readonly ['uuid', string] }> }).rows
  const u = rows[0]?._uuid
  if (u === undefined) return
  if (o.what === 'holder')
    await c.transact(NB, [
      { op: 'insert', table: 'NAT', 'uuid-name': `n${n}`, row: { type: 'snat', external_ip: '172.16.9.1', logical_ip: `10.8.${n}.0/24`, allowed_ext_ips: ['set', [u]], external_ids: ids('ctl-b') } },
      { op: 'insert', table: 'Logical_Router', row: { name: `holder-${n}`, nat: ['set', [['named-uuid', `n${n}`]]], external_ids: ids('ctl-b') } },
    ])()
  else await c.transact(NB, [{ op: 'mutate', table: 'Port_Group', where: [['name', '==', o.pg]], mutations: [['ports', 'insert', ['set', [u]]]] }])()
}

/** Rows nobody's plan is about: other owners' switches with ports, port groups with ACLs, routers with routes. */
const background = (n: number): Operation[] => {
  const ops: Operation[] = []
  for (let i = 0; i < n; i++) {
    ops.push({ op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': `bp${i}`, row: { name: `bg${i}-p`, external_ids: ids('ctl-c') } })
    ops.push({ op: 'insert', table: 'ACL', 'uuid-name': `ba${i}`, row: { direction: 'to-lport', priority: 1000, match: `ip4.src == 10.9.0.${i}`, action: 'allow', external_ids: ids('ctl-c') } })
    ops.push({ op: 'insert', table: 'Logical_Switch', row: { name: `bg${i}`, ports: ['set', [['named-uuid', `bp${i}`]]], acls: ['set', [['named-uuid', `ba${i}`]]], external_ids: ids(i % 2 === 0 ? 'ctl-c' : undefined) } })
    ops.push({ op: 'insert', table: 'Logical_Router_Static_Route', 'uuid-name': `br${i}`, row: { ip_prefix: `10.${i}.0.0/16`, nexthop: '192.168.0.1' } })
    ops.push({ op: 'insert', table: 'Logical_Router', row: { name: `bgr${i}`, static_routes: ['set', [['named-uuid', `br${i}`]]] } })
  }
  return ops
}

const ROOTS = ['Logical_Switch', 'Port_Group', 'Address_Set', 'DHCP_Options', 'Load_Balancer', 'Logical_Router']

test('random contents with other writers in and around ours, random desired states and options: the plan from the scoped read is the plan from a full read', async (t) => {
  t.timeout(240_000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const schema = right(t, await c.getSchema(NB)())
  let runs = 0
  let scopedRows = 0
  let fullRows = 0
  let plans = 0
  let failures = 0
  await fc.assert(
    fc.asyncProperty(
      fc.option(topology, { nil: undefined, freq: 4 }),
      fc.array(other, { maxLength: 6 }),
      topology,
      fc.constantFrom<PlanOptions['adopt']>(undefined, true, ['ctl-b']),
      fc.boolean(),
      async (before, others, desired, adopt, cascade) => {
        runs++
        try {
          right(t, await c.transact(NB, background(8))())
          if (before !== undefined) right(t, await apply(c, before)())
          let n = 0
          for (const o of others) await write(c, o, n++)
          const options: PlanOptions = { rules: nbIdentity, cascade, ...(adopt !== undefined ? { adopt } : {}) }
          const full = right(t, await syncReplica(c, NB, { monitorId: `full-${runs}` })())
          right(t, await c.monitorCancel(`full-${runs}`)())
          const scoped = right(t, await scopedRead(c, NB, schema, desired, { rules: nbIdentity, monitorId: `scoped-${runs}`, ...(adopt !== undefined ? { adopt } : {}) }))
          scopedRows += scoped.replica.size
          fullRows += full.size
          const a = diff(schema, full, desired, options)
          const b = diff(schema, scoped.replica, desired, options)
          if (E.isRight(a)) plans++
          t.deepEqual(b, a)
          // and apply, reading scoped, converges: a full read then plans nothing
          const applied = await apply(c, desired, { ...options, read: 'scoped' })()
          t.is(E.isRight(applied), E.isRight(a))
          if (E.isRight(applied)) {
            const after = right(t, await syncReplica(c, NB, { monitorId: `after-${runs}` })())
            right(t, await c.monitorCancel(`after-${runs}`)())
            t.deepEqual(right(t, diff(schema, after, desired, options)).entries, [])
          }
          return true
        } catch (e) {
          if (failures++ === 0) t.log(String(e), JSON.stringify({ before, others, desired, adopt, cascade }))
          throw e
        } finally {
          // routers first: their NAT rows may hold address sets
          for (const tables of [['Logical_Router'], ROOTS]) right(t, await c.transact(NB, tables.map((table) => ({ op: 'delete' as const, table, where: [] })))())
        }
      },
    ),
    { numRuns: 40, seed: 15 },
  )
  t.log(`${plans} plans of ${runs} runs; scoped ${scopedRows} rows, full ${fullRows}`)
  t.true(plans >= 10, `${plans} of ${runs} runs made a plan (the others a conflict, in both reads)`)
  // the background (40 rows a run) and the rows of others that matter to nobody are not read
  t.true(scopedRows < fullRows / 2, `scoped ${scopedRows} rows, full ${fullRows}`)
})

test('a 4-row state on a database of many other rows: the same plan as a full read, from a few of its rows', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const schema = right(t, await c.getSchema(NB)())
  right(t, await c.transact(NB, background(500))())
  const state: DesiredState = {
    owner: 'demo',
    rows: [
      { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [ref('lsp:vm1')]] } },
      { table: 'Logical_Switch_Port', id: 'lsp:vm1', columns: { name: 'vm1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']] } },
      { table: 'Port_Group', id: 'pg:web', columns: { name: 'web', ports: ['set', [ref('lsp:vm1')]], acls: ['set', [ref('acl:web')]] } },
      { table: 'ACL', id: 'acl:web', columns: { direction: 'to-lport', priority: 1001, match: 'outport == @web && tcp.dst == 80', action: 'allow-related' } },
    ],
  }
  right(t, await apply(c, state)())
  // another writer's port in our switch and its ACL in our port group, and a key
  right(t, await c.transact(NB, [...operations({ what: 'port-in', sw: 'sw0', port: 'theirs', owner: undefined }, 1), ...operations({ what: 'acl-in', pg: 'web', owner: 'ctl-b' }, 2)])())
  const changed: DesiredState = { ...state, rows: [...state.rows.slice(0, 3), { ...state.rows[3]!, columns: { ...state.rows[3]!.columns, action: 'drop' } }] }
  const full = right(t, await syncReplica(c, NB, { monitorId: 'full' })())
  right(t, await c.monitorCancel('full')())
  const scoped = right(t, await scopedRead(c, NB, schema, changed, { rules: nbIdentity, monitorId: 'scoped' }))
  t.deepEqual(diff(schema, scoped.replica, changed, { rules: nbIdentity }), diff(schema, full, changed, { rules: nbIdentity }))
  // and withdrawn: the switch and the port group hold others' rows, both reads keep them
  const none: DesiredState = { owner: 'demo', rows: [] }
  const scopedNone = right(t, await scopedRead(c, NB, schema, none, { rules: nbIdentity, monitorId: 'scoped-none' }))
  const withdrawn = right(t, diff(schema, scopedNone.replica, none, { rules: nbIdentity }))
  t.deepEqual(E.right(withdrawn), diff(schema, full, none, { rules: nbIdentity }))
  t.is(withdrawn.retained?.length, 2)
  // 2500 background rows, ours and the two others' rows: only ours, theirs inside ours and NB_Global are read
  t.true(full.size > 2500)
  t.log(`${scoped.replica.size} rows read of ${full.size}, in ${scoped.rounds} rounds`)
  t.true(scoped.replica.size <= 10, `${scoped.replica.size} rows read`)
  // adoption by content: DHCP options of nobody's with the content a desired row gives
  // are taken over (any row of the table may be the one)
  right(t, await c.transact(NB, operations({ what: 'dhcp', lease: '3600', owner: undefined }, 3))())
  const dhcp: DesiredState = {
    owner: 'demo',
    rows: [...state.rows, { table: 'DHCP_Options', id: 'dhcp:net', columns: { cidr: '10.0.0.0/24', options: ['map', [['router', '10.0.0.1'], ['lease_time', '3600'], ['server_id', '10.0.0.1'], ['server_mac', '0a:00:00:00:00:ff']]] } }],
  }
  const full2 = right(t, await syncReplica(c, NB, { monitorId: 'full2' })())
  right(t, await c.monitorCancel('full2')())
  const scoped2 = right(t, await scopedRead(c, NB, schema, dhcp, { rules: nbIdentity, monitorId: 'scoped-adopt', adopt: true }))
  const adopted = right(t, diff(schema, scoped2.replica, dhcp, { rules: nbIdentity, adopt: true }))
  t.deepEqual(E.right(adopted), diff(schema, full2, dhcp, { rules: nbIdentity, adopt: true }))
  t.is(adopted.summary.adopt, 1)
})

test('more than 8 names of one table in a round are read through one monitor_cond (its clauses ORed): the same plan as a full read', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const schema = right(t, await c.getSchema(NB)())
  right(t, await c.transact(NB, background(50))())
  const names = Array.from({ length: 12 }, (_, i) => `bg${i * 4}`)
  // other owners' switches named by the state (conflicts), and our own, shared
  const state = (shared: boolean): DesiredState => ({
    owner: 'demo',
    rows: names.map((name) => ({ table: 'Logical_Switch', id: `ls:${name}`, ...(shared ? { shared: true } : {}), columns: { name } })),
  })
  const full = right(t, await syncReplica(c, NB, { monitorId: 'full' })())
  right(t, await c.monitorCancel('full')())
  for (const shared of [false, true]) {
    const scoped = right(t, await scopedRead(c, NB, schema, state(shared), { rules: nbIdentity, monitorId: `scoped-${shared}` }))
    t.deepEqual(diff(schema, scoped.replica, state(shared), { rules: nbIdentity }), diff(schema, full, state(shared), { rules: nbIdentity }))
    // the 12 switches, their ports and ACLs: not the other 38 switches
    t.is(scoped.replica.rows('Logical_Switch').size, 12)
  }
})
