import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { connect, snapshot, type Client, type Row } from '../../src/ovsdb/index.js'
import { ref, type DesiredRow, type DesiredState } from '../../src/plan/index.js'
import { apply, gc, removalsOnly } from '../../src/apply/index.js'
import { nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { right } from '../support/either.js'

const NB = 'OVN_Northbound'
const TABLES = [
  'Logical_Switch',
  'Logical_Switch_Port',
  'ACL',
  'Port_Group',
  'Address_Set',
  'DHCP_Options',
  'Load_Balancer',
  'Logical_Router',
  'Logical_Router_Port',
  'Logical_Router_Static_Route',
  'NAT',
]

const client = async (t: ExecutionContext, server: OvsdbServer): Promise<Client> => {
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  return c
}

/** A topology of one owner over every kind of row the sweep must reach. */
const topology = (owner: string, p: string): DesiredState => {
  const rows: DesiredRow[] = [
    { table: 'DHCP_Options', id: `dhcp:${p}1`, columns: { cidr: '10.0.0.0/24', options: ['map', [['router', '10.0.0.1'], ['lease_time', '3600']]] } },
    { table: 'DHCP_Options', id: `dhcp:${p}2`, columns: { cidr: '10.0.1.0/24', options: ['map', [['router', '10.0.1.1']]] } },
    { table: 'Logical_Switch_Port', id: `lsp:${p}1`, columns: { name: `${p}-port1`, addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']], dhcpv4_options: ref(`dhcp:${p}1`) } },
    { table: 'Logical_Switch_Port', id: `lsp:${p}2`, columns: { name: `${p}-port2`, dhcpv4_options: ref(`dhcp:${p}2`) } },
    { table: 'ACL', id: `acl:${p}:sw`, columns: { direction: 'to-lport', priority: 1000, match: `ip4.src == 10.0.0.1 && inport == "${p}-port1"`, action: 'allow' } },
    {
      table: 'Logical_Switch',
      id: `ls:${p}`,
      columns: { name: `${p}-sw`, ports: ['set', [ref(`lsp:${p}1`), ref(`lsp:${p}2`)]], acls: ['set', [ref(`acl:${p}:sw`)]], load_balancer: ['set', [ref(`lb:${p}`)]] },
    },
    { table: 'ACL', id: `acl:${p}:pg`, columns: { direction: 'from-lport', priority: 1001, match: 'ip4', action: 'allow-related' } },
    { table: 'Port_Group', id: `pg:${p}`, columns: { name: `${p}_pg`, ports: ['set', [ref(`lsp:${p}1`)]], acls: ['set', [ref(`acl:${p}:pg`)]] } },
    { table: 'Address_Set', id: `as:${p}`, columns: { name: `${p}_as`, addresses: ['set', ['10.0.0.1', '10.0.0.2']] } },
    { table: 'Load_Balancer', id: `lb:${p}`, columns: { name: `${p}-lb`, protocol: 'tcp', vips: ['map', [['172.30.0.10:80', '10.0.0.11:80']]] } },
    { table: 'Logical_Router_Port', id: `lrp:${p}`, columns: { name: `${p}-lrp`, mac: '0a:00:00:00:01:01', networks: ['set', ['172.16.0.1/24']] } },
    { table: 'Logical_Router_Static_Route', id: `route:${p}`, columns: { ip_prefix: '10.9.0.0/16', nexthop: '172.16.0.254' } },
    { table: 'NAT', id: `nat:${p}`, columns: { type: 'snat', external_ip: '172.16.0.10', logical_ip: '10.0.0.0/24' } },
    {
      table: 'Logical_Router',
      id: `lr:${p}`,
      columns: { name: `${p}-lr`, ports: ['set', [ref(`lrp:${p}`)]], static_routes: ['set', [ref(`route:${p}`)]], nat: ['set', [ref(`nat:${p}`)]] },
    },
  ]
  return { owner, rows }
}

const ownerOf = (r: Row): string | undefined => {
  const m = r['external_ids']
  if (!Array.isArray(m) || m[0] !== 'map') return undefined
  const hit = (m[1] as ReadonlyArray<readonly [unknown, unknown]>).find((p) => p[0] === 'ovn-nb/owner')
  return typeof hit?.[1] === 'string' ? hit[1] : undefined
}

type Tables = ReadonlyMap<string, ReadonlyMap<string, Row>>
const rowsOf = (s: Tables, pred: (r: Row) => boolean): Record<string, Record<string, Row>> => {
  const out: Record<string, Record<string, Row>> = {}
  for (const [table, rows] of s) {
    const kept = [...rows].filter(([, r]) => pred(r))
    if (kept.length > 0) out[table] = Object.fromEntries(kept)
  }
  return out
}
const countOwned = (s: Tables, owner: string): Record<string, number> => {
  const out: Record<string, number> = {}
  for (const [table, rows] of s) {
    const n = [...rows.values()].filter((r) => ownerOf(r) === owner).length
    if (n > 0) out[table] = n
  }
  return out
}

/** A server with the topologies of owners a and b and some unowned rows made by ovn-nbctl. */
const setup = async (t: ExecutionContext) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = await client(t, server)
  right(t, await apply(c, topology('a', 'a'))())
  right(t, await apply(c, topology('b', 'b'))())
  // unowned rows, and one of a's ports in b's switch (a child of a in someone else's parent)
  nbctl(server, 'ls-add', 'plain-sw', '--', 'lsp-add', 'plain-sw', 'plain-port', '--', 'acl-add', 'plain-sw', 'to-lport', '900', 'ip6', 'drop')
  nbctl(server, 'dhcp-options-create', '192.168.0.0/24')
  nbctl(server, 'pg-add', 'plain_pg', '--', 'create', 'Address_Set', 'name=plain_as', 'addresses=1.1.1.1')
  nbctl(server, 'lb-add', 'plain-lb', '172.30.0.99:80', '10.0.0.99:80', 'tcp')
  right(
    t,
    await c.transact(NB, [
      { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'guest', row: { name: 'a-guest', external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
      { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', 'b-sw']], mutations: [['ports', 'insert', ['set', [['named-uuid', 'guest']]]]] },
    ])(),
  )
  return { server, c }
}

test('gc with nothing to keep removes every row of the owner, DHCP_Options, Address_Set, Port_Group and Load_Balancer included; others untouched', async (t) => {
  const { server, c } = await setup(t)
  const before = right(t, await snapshot(c, NB, TABLES)())
  t.deepEqual(countOwned(before, 'a'), {
    ACL: 2,
    Address_Set: 1,
    DHCP_Options: 2,
    Load_Balancer: 1,
    Logical_Router: 1,
    Logical_Router_Port: 1,
    Logical_Router_Static_Route: 1,
    Logical_Switch: 1,
    Logical_Switch_Port: 3,
    NAT: 1,
    Port_Group: 1,
  })
  const notA = (r: Row) => ownerOf(r) !== 'a'
  const r = right(t, await gc(c, 'a')())
  t.deepEqual(r.removed, countOwned(before, 'a'))
  t.is(r.plan.summary.create, 0)
  t.true(r.plan.entries.every((e) => e.action === 'delete' || (e.action === 'update' && e.changes.every((ch) => ch.mode === 'mutate' && ch.insert.length === 0))))
  const after = right(t, await snapshot(c, NB, TABLES)())
  t.deepEqual(countOwned(after, 'a'), {})
  // every other row is exactly as it was, but b's switch, which lost a's guest port
  const bSw = [...before.get('Logical_Switch')!.values()].find((x) => x['name'] === 'b-sw')!
  const guest = [...before.get('Logical_Switch_Port')!.values()].find((x) => x['name'] === 'a-guest')!
  const expected = rowsOf(before, notA)
  const bSwUuid = (bSw['_uuid'] as readonly [string, string])[1]
  const guestUuid = (guest['_uuid'] as readonly [string, string])[1]
  const ports = (bSw['ports'] as readonly ['set', ReadonlyArray<readonly [string, string]>])[1].filter((p) => p[1] !== guestUuid)
  expected['Logical_Switch']![bSwUuid] = { ...bSw, ports: ['set', ports as ReadonlyArray<readonly ['uuid', string]>] }
  const got = rowsOf(after, notA)
  for (const table of TABLES)
    t.deepEqual(
      Object.keys(got[table] ?? {}).sort(),
      Object.keys(expected[table] ?? {}).sort(),
      table,
    )
  for (const table of TABLES)
    for (const [uuid, row] of Object.entries(expected[table] ?? {})) {
      const g = got[table]![uuid]!
      // sets come back in server order; compare them as sets
      const norm = (x: Row) => JSON.stringify(Object.fromEntries(Object.entries(x).map(([k, v]) => [k, Array.isArray(v) && (v[0] === 'set' || v[0] === 'map') ? [v[0], [...(v[1] as unknown[])].map((e) => JSON.stringify(e)).sort()] : v])))
      t.is(norm(g), norm(row), `${table} ${uuid}`)
    }
  // the weak references of b's ports to b's DHCP_Options survive; a's are gone with the rows
  t.is(nbctl(server, '--bare', '--columns=cidr', 'list', 'DHCP_Options').split('\n').filter(Boolean).sort().join(','), '10.0.0.0/24,10.0.1.0/24,192.168.0.0/24')
  // a second sweep has nothing to do
  const again = right(t, await gc(c, 'a')())
  t.is(again.operations, 0)
  t.deepEqual(again.removed, {})
})

test('gc keeps what the desired state still holds and never creates or updates', async (t) => {
  const { server, c } = await setup(t)
  const full = topology('a', 'a')
  // keep: the switch with only port1 and its ACL, DHCP 1, the router with its routes;
  // and two rows the sweep must not write: a port that does not exist, and an Address_Set
  // whose addresses differ from the database's
  const keepIds = new Set(['dhcp:a1', 'lsp:a1', 'acl:a:sw', 'lr:a', 'lrp:a', 'route:a', 'nat:a'])
  const keep: DesiredRow[] = [
    ...full.rows.filter((r) => keepIds.has(r.id)),
    { table: 'Logical_Switch', id: 'ls:a', columns: { name: 'a-sw', ports: ['set', [ref('lsp:a1'), ref('lsp:new')]], acls: ['set', [ref('acl:a:sw')]] } },
    { table: 'Logical_Switch_Port', id: 'lsp:new', columns: { name: 'a-new-port' } },
    { table: 'Address_Set', id: 'as:a', columns: { name: 'a_as', addresses: ['set', ['9.9.9.9']] } },
  ]
  const before = right(t, await snapshot(c, NB, TABLES)())
  const r = right(t, await gc(c, 'a', { owner: 'ignored', rows: keep })())
  t.deepEqual(r.removed, { ACL: 1, DHCP_Options: 1, Load_Balancer: 1, Logical_Switch_Port: 2, Port_Group: 1 })
  const after = right(t, await snapshot(c, NB, TABLES)())
  t.deepEqual(countOwned(after, 'a'), {
    ACL: 1,
    Address_Set: 1,
    DHCP_Options: 1,
    Logical_Router: 1,
    Logical_Router_Port: 1,
    Logical_Router_Static_Route: 1,
    Logical_Switch: 1,
    Logical_Switch_Port: 1,
    NAT: 1,
  })
  // nothing created, nothing updated: the missing port is still missing, the Address_Set unchanged
  t.is(nbctl(server, '--bare', '--columns=name', 'find', 'Logical_Switch_Port', 'name=a-new-port').trim(), '')
  t.deepEqual(nbctl(server, '--bare', '--columns=addresses', 'find', 'Address_Set', 'name=a_as').trim().split(' ').sort(), ['10.0.0.1', '10.0.0.2'])
  t.deepEqual(nbctl(server, 'lsp-list', 'a-sw').replace(/[0-9a-f-]{36} \(|\)/g, '').trim(), 'a-port1')
  t.is(nbctl(server, '--bare', '--columns=cidr', 'find', 'DHCP_Options', 'external_ids:"ovn-nb/owner"=a').trim(), '10.0.0.0/24')
  // kept rows are byte for byte what they were
  for (const table of ['Address_Set', 'Logical_Router', 'NAT', 'Logical_Router_Static_Route', 'DHCP_Options'])
    for (const [uuid, row] of after.get(table)!) if (before.get(table)!.has(uuid)) t.deepEqual(row, before.get(table)!.get(uuid), `${table} ${uuid}`)
  // owner b and the unowned rows: counts unchanged
  t.deepEqual(countOwned(after, 'b'), countOwned(before, 'b'))
  t.is(nbctl(server, 'ls-list').split('\n').filter(Boolean).length, 3)
  t.is(nbctl(server, 'acl-list', 'plain-sw').trim().split('\n').length, 1)
  // and then applying the kept state converges from there
  const a2 = right(t, await apply(c, { owner: 'a', rows: keep })())
  t.is(a2.plan.summary.create, 1)
  t.is(right(t, await gc(c, 'a', keep)()).operations, 0)
})

test('gc refuses an empty owner; dryRun sends nothing; a kept row of another owner is no conflict', async (t) => {
  const { c } = await setup(t)
  const empty = await gc(c, '')()
  t.like(E.isLeft(empty) ? empty.left : undefined, { _tag: 'InvalidDesired' })
  const dry = right(t, await gc(c, 'a', [], { dryRun: true })())
  t.is(dry.operations, 0)
  t.true(dry.plan.summary.delete > 0)
  t.deepEqual(countOwned(right(t, await snapshot(c, NB, TABLES)()), 'a')['DHCP_Options'], 2)
  // keeping b's switch by name while sweeping a: matched, not a conflict, and untouched
  const r = right(t, await gc(c, 'a', [{ table: 'Logical_Switch', id: 'x', columns: { name: 'b-sw' } }], { gcTables: ['DHCP_Options'] })())
  t.deepEqual(r.removed, { DHCP_Options: 2 })
  const after = right(t, await snapshot(c, NB, TABLES)())
  t.is(countOwned(after, 'a')['DHCP_Options'], undefined)
  t.is(countOwned(after, 'a')['Logical_Switch_Port'], 3)
  t.is(countOwned(after, 'b')['DHCP_Options'], 2)
})

test('removalsOnly keeps deletes and the drops of removed children only', (t) => {
  const u = (n: number) => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`
  const plan = removalsOnly({
    database: NB,
    owner: 'a',
    ownerKey: 'ovn-nb/owner',
    entries: [
      { action: 'create', table: 'Logical_Switch', id: 'x', identity: 'x', uuidName: 'new0', row: { name: 'x' } },
      {
        action: 'update',
        table: 'Logical_Switch',
        id: 'ls',
        identity: 'sw',
        uuid: u(1),
        changes: [
          { column: 'other_config', mode: 'set', old: ['map', []], new: ['map', [['k', 'v']]] },
          { column: 'ports', mode: 'mutate', old: ['set', []], insert: [['named-uuid', 'new0']], delete: [['uuid', u(2)], ['uuid', u(3)]] },
        ],
      },
      { action: 'update', table: 'Port_Group', identity: 'pg', uuid: u(4), changes: [{ column: 'ports', mode: 'mutate', old: ['set', []], insert: [], delete: [['uuid', u(3)]] }] },
      { action: 'delete', table: 'Logical_Switch_Port', identity: 'p2', uuid: u(2), via: { table: 'Logical_Switch', uuid: u(1), column: 'ports' } },
    ],
    summary: { create: 1, update: 2, delete: 1 },
  })
  t.deepEqual(plan.summary, { create: 0, update: 1, delete: 1 })
  t.deepEqual(plan.entries, [
    { action: 'update', table: 'Logical_Switch', identity: 'sw', uuid: u(1), changes: [{ column: 'ports', mode: 'mutate', old: ['set', []], insert: [], delete: [['uuid', u(2)]] }] },
    { action: 'delete', table: 'Logical_Switch_Port', identity: 'p2', uuid: u(2), via: { table: 'Logical_Switch', uuid: u(1), column: 'ports' } },
  ])
})
