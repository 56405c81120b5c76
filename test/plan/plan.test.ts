import test from 'ava'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { decodeSchema, type DatabaseSchema, type Row } from '../../src/ovsdb/index.js'
import * as _ from '../../src/plan/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { createdName, describeKey } from '../../src/plan/names.js'

const nb: DatabaseSchema = (() => {
  const r = decodeSchema(JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'ovn-nb-v23.03.0.ovsschema'), 'utf8')))
  if (E.isLeft(r)) throw new Error('schema')
  return r.right
})()

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const owned = (owner = 'a') => ['map', [['ovn-nb/owner', owner]]] as const

/** A current state from hand-written rows; missing columns get their defaults. */
const current = (tables: Record<string, Record<string, Record<string, unknown>>>): _.CurrentState => {
  const out = new Map<string, Map<string, Row>>()
  for (const [t, rows] of Object.entries(tables)) {
    const ts = nb.tables[t]!
    const m = new Map<string, Row>()
    for (const [uuid, r] of Object.entries(rows)) {
      const full: Record<string, unknown> = { _uuid: ['uuid', uuid] }
      for (const c of Object.values(ts.columns))
        full[c.name] = r[c.name] ?? (c.type.value !== undefined ? ['map', []] : c.type.min === 1 && c.type.max === 1 ? (c.type.key.type === 'integer' ? 0 : c.type.key.type === 'boolean' ? false : '') : ['set', []])
      m.set(uuid, full as Row)
    }
    out.set(t, m)
  }
  return { rows: (t) => out.get(t) ?? new Map() }
}
const empty = current({})

const plan = (cur: _.CurrentState, desired: _.DesiredState, o: _.PlanOptions = {}) => {
  const p = _.diff(nb, cur, desired, { rules: nbIdentity, ...o })
  if (E.isLeft(p)) throw new Error(JSON.stringify(p.left))
  return p.right
}

const sw0: _.DesiredState = {
  owner: 'a',
  rows: [
    { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [_.ref('lsp:p1')]], acls: ['set', [_.ref('acl:1')]] } },
    { table: 'Logical_Switch_Port', id: 'lsp:p1', columns: { name: 'p1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.1']] } },
    { table: 'ACL', id: 'acl:1', columns: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' } },
  ],
}

test('from an empty database: inserts with named-uuids, the unindexed name guarded by a wait', (t) => {
  const p = plan(empty, sw0)
  t.deepEqual(p.summary, { create: 3, update: 0, delete: 0 })
  t.deepEqual(_.compile(p), [
    { op: 'wait', table: 'Logical_Switch', timeout: 0, where: [['name', '==', 'sw0']], columns: ['name'], until: '==', rows: [] },
    { op: 'insert', table: 'ACL', 'uuid-name': 'new0_acl_1', row: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow', external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
    { op: 'insert', table: 'Logical_Switch', 'uuid-name': 'new1_ls_sw0', row: { name: 'sw0', ports: ['set', [['named-uuid', 'new2_lsp_p1']]], acls: ['set', [['named-uuid', 'new0_acl_1']]], external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
    { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'new2_lsp_p1', row: { name: 'p1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.1']], external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
  ])
})

const synced = current({
  Logical_Switch: { [U(1)]: { name: 'sw0', ports: ['set', [['uuid', U(2)]]], acls: ['set', [['uuid', U(3)]]], external_ids: owned() } },
  Logical_Switch_Port: { [U(2)]: { name: 'p1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.1']], external_ids: owned() } },
  ACL: { [U(3)]: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow', external_ids: owned() } },
})

test('diff of a state with the database that holds it is empty', (t) => {
  const p = plan(synced, sw0)
  t.deepEqual(p.entries, [])
  t.deepEqual(_.compile(p), [])
  t.is(_.summaryLine(p), 'No changes. The database matches the desired state.')
})

test('a changed scalar: update guarded by a wait on its old value; a changed set: key-level mutate', (t) => {
  const changed: _.DesiredState = {
    owner: 'a',
    rows: sw0.rows.map((r) =>
      r.id === 'acl:1' ? { ...r, columns: { ...r.columns, action: 'drop' } } : r.id === 'lsp:p1' ? { ...r, columns: { ...r.columns, addresses: ['set', ['0a:00:00:00:00:01 10.0.0.9']] } } : r,
    ),
  }
  t.deepEqual(_.compile(plan(synced, changed)), [
    { op: 'wait', table: 'ACL', timeout: 0, where: [['_uuid', '==', ['uuid', U(3)]]], columns: ['action'], until: '==', rows: [{ action: 'allow' }] },
    { op: 'update', table: 'ACL', where: [['_uuid', '==', ['uuid', U(3)]]], row: { action: 'drop' } },
    {
      op: 'mutate',
      table: 'Logical_Switch_Port',
      where: [['_uuid', '==', ['uuid', U(2)]]],
      mutations: [
        ['addresses', 'delete', ['set', ['0a:00:00:00:00:01 10.0.0.1']]],
        ['addresses', 'insert', ['set', ['0a:00:00:00:00:01 10.0.0.9']]],
      ],
    },
  ])
})

test('a new child of an existing parent goes in by mutate; a dropped child goes out the same way', (t) => {
  const next: _.DesiredState = {
    owner: 'a',
    rows: [
      { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [_.ref('lsp:p2')]], acls: ['set', [_.ref('acl:1')]] } },
      { table: 'Logical_Switch_Port', id: 'lsp:p2', columns: { name: 'p2' } },
      sw0.rows[2]!,
    ],
  }
  const p = plan(synced, next)
  t.deepEqual(p.summary, { create: 1, update: 1, delete: 1 })
  t.deepEqual(_.compile(p), [
    { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'new0_lsp_p2', row: { name: 'p2', external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
    { op: 'mutate', table: 'Logical_Switch', where: [['_uuid', '==', ['uuid', U(1)]]], mutations: [['ports', 'delete', ['set', [['uuid', U(2)]]]], ['ports', 'insert', ['set', [['named-uuid', 'new0_lsp_p2']]]]] },
  ])
  t.regex(_.renderText(p), /^\+ Logical_Switch_Port p2\n/)
  t.regex(_.renderText(p), /^~ Logical_Switch sw0\n {4}ports: \+Logical_Switch_Port p2 \(new\), -Logical_Switch_Port p1\n/m)
  t.regex(_.renderText(p), /^- Logical_Switch_Port p1 from Logical_Switch sw0\.ports$/m)
  t.regex(_.renderText(p), /Plan: 1 to add, 1 to change, 1 to destroy\.$/)
})

test('creates no index refuses twice are guarded: a DHCP_Options row by a wait that no row of the owner carries its id, an ACL by a wait that its parent\'s column still holds what the plan saw (an indexed port needs neither)', (t) => {
  const cur = current({ Logical_Switch: { [U(1)]: { name: 'sw0', ports: ['set', [['uuid', U(2)]]], external_ids: owned() } }, Logical_Switch_Port: { [U(2)]: { name: 'p1', external_ids: owned() } } })
  const next: _.DesiredState = {
    owner: 'a',
    rows: [
      { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [_.ref('lsp:p1'), _.ref('lsp:p2')]], acls: ['set', [_.ref('acl:1')]] } },
      { table: 'Logical_Switch_Port', id: 'lsp:p1', columns: { name: 'p1' } },
      { table: 'Logical_Switch_Port', id: 'lsp:p2', columns: { name: 'p2' } },
      { table: 'ACL', id: 'acl:1', columns: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' } },
      { table: 'DHCP_Options', id: 'dhcp:1', columns: { cidr: '10.0.0.0/24' } },
    ],
  }
  const p = plan(cur, next)
  t.deepEqual(_.compile(p), [
    { op: 'wait', table: 'DHCP_Options', timeout: 0, where: [['external_ids', 'includes', ['map', [['ovn-nb/owner', 'a'], ['ovn-nb/id', 'dhcp:1']]]]], columns: ['external_ids'], until: '==', rows: [] },
    { op: 'wait', table: 'Logical_Switch', timeout: 0, where: [['_uuid', '==', ['uuid', U(1)]]], columns: ['acls'], until: '==', rows: [{ acls: ['set', []] }] },
    { op: 'insert', table: 'ACL', 'uuid-name': 'new0_acl_1', row: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow', external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
    { op: 'insert', table: 'DHCP_Options', 'uuid-name': 'new1_dhcp_1', row: { cidr: '10.0.0.0/24', external_ids: ['map', [['ovn-nb/owner', 'a'], ['ovn-nb/id', 'dhcp:1']]] } },
    { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'new2_lsp_p2', row: { name: 'p2', external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
    {
      op: 'mutate',
      table: 'Logical_Switch',
      where: [['_uuid', '==', ['uuid', U(1)]]],
      mutations: [['acls', 'insert', ['set', [['named-uuid', 'new0_acl_1']]]], ['ports', 'insert', ['set', [['named-uuid', 'new2_lsp_p2']]]]],
    },
  ])
  // guards: false leaves them all out
  t.is(_.compile(p, { guards: false }).filter((o) => o.op === 'wait').length, 0)
})

test('desired rows of one identity are refused before any I/O, naming both: two new switches of one name, two matching one existing switch, two ACLs alike in one parent', (t) => {
  const problems = (cur: _.CurrentState, rows: ReadonlyArray<_.DesiredRow>) => {
    const r = _.diff(nb, cur, { owner: 'a', rows }, { rules: nbIdentity })
    return E.isLeft(r) && r.left._tag === 'InvalidDesired' ? r.left.problems : r
  }
  const two = [
    { table: 'Logical_Switch', id: 'ls:a', columns: { name: 'sw0' } },
    { table: 'Logical_Switch', id: 'ls:b', columns: { name: 'sw0' } },
  ]
  const expected = [{ path: 'rows[1]', message: 'Logical_Switch "ls:b" has the identity of rows[0] ("ls:a"): sw0; the database holds one row per identity' }]
  t.deepEqual(problems(empty, two), expected)
  t.deepEqual(problems(current({ Logical_Switch: { [U(1)]: { name: 'sw0', external_ids: owned() } } }), two), expected)
  const acl = { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' }
  t.deepEqual(problems(empty, [
    { table: 'Port_Group', id: 'pg', columns: { name: 'pg', acls: ['set', [_.ref('acl:1'), _.ref('acl:2')]] } },
    { table: 'ACL', id: 'acl:1', columns: acl },
    { table: 'ACL', id: 'acl:2', columns: acl },
  ]), [{ path: 'rows[2]', message: 'ACL "acl:2" has the identity of rows[1] ("acl:1"): pg / to-lport 1000 ip4; the database holds one row per identity' }])
  // the same ACL in two port groups is two identities
  t.true(E.isRight(_.diff(nb, empty, { owner: 'a', rows: [
    { table: 'Port_Group', id: 'pg1', columns: { name: 'pg1', acls: ['set', [_.ref('acl:1')]] } },
    { table: 'Port_Group', id: 'pg2', columns: { name: 'pg2', acls: ['set', [_.ref('acl:2')]] } },
    { table: 'ACL', id: 'acl:1', columns: acl },
    { table: 'ACL', id: 'acl:2', columns: acl },
  ] }, { rules: nbIdentity })))
})

test('a reference by UUID to a row the database lacks is refused before any I/O: a strong one would fail the transaction, a weak one would be dropped and never converge', (t) => {
  const rows = (dhcp: string, group: string): ReadonlyArray<_.DesiredRow> => [
    { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [_.ref('p')]] } },
    { table: 'Logical_Switch_Port', id: 'p', columns: { name: 'p', dhcpv4_options: ['uuid', dhcp], ha_chassis_group: ['uuid', group] } },
  ]
  const cur = current({ DHCP_Options: { [U(7)]: { cidr: '10.0.0.0/24' } }, HA_Chassis_Group: { [U(8)]: { name: 'g' } } })
  t.true(E.isRight(_.diff(nb, cur, { owner: 'a', rows: rows(U(7), U(8)) }, { rules: nbIdentity })))
  const r = _.diff(nb, cur, { owner: 'a', rows: rows(U(9), U(10)) }, { rules: nbIdentity })
  t.deepEqual(E.isLeft(r) && r.left._tag === 'InvalidDesired' ? r.left.problems : r, [
    { path: 'rows[1].columns.dhcpv4_options', message: `a weak reference to DHCP_Options ${U(9)}, which the database does not hold: the server would drop it, and the row would never hold what is wanted` },
    { path: 'rows[1].columns.ha_chassis_group', message: `a reference to HA_Chassis_Group ${U(10)}, which the database does not hold: the server would refuse the transaction` },
  ])
})

test('garbage collection: only rows of this owner; roots deleted, children removed from their parent', (t) => {
  const cur = current({
    Logical_Switch: {
      [U(1)]: { name: 'mine', ports: ['set', [['uuid', U(2)], ['uuid', U(4)]]], external_ids: owned() },
      [U(5)]: { name: 'theirs', external_ids: owned('b') },
      [U(6)]: { name: 'nobodys' },
    },
    Logical_Switch_Port: { [U(2)]: { name: 'p-mine', external_ids: owned() }, [U(4)]: { name: 'p-theirs', external_ids: owned('b') } },
    Address_Set: { [U(7)]: { name: 'as-mine', external_ids: owned() }, [U(8)]: { name: 'as-theirs', external_ids: owned('b') } },
  })
  // the desired state keeps the switch (as shared) but none of the rest
  const p = plan(cur, { owner: 'a', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'mine' }, shared: true }] })
  t.deepEqual(_.compile(p), [
    { op: 'mutate', table: 'Logical_Switch', where: [['_uuid', '==', ['uuid', U(1)]]], mutations: [['ports', 'delete', ['set', [['uuid', U(2)]]]]] },
    { op: 'delete', table: 'Address_Set', where: [['_uuid', '==', ['uuid', U(7)]]] },
  ])
  // with nothing desired, the owned switch holds a port of "b": it stays (the server would
  // delete that port with it), and only its own port leaves it
  const kept = plan(cur, { owner: 'a', rows: [] })
  t.deepEqual(_.compile(kept), [
    { op: 'mutate', table: 'Logical_Switch', where: [['_uuid', '==', ['uuid', U(1)]]], mutations: [['ports', 'delete', ['set', [['uuid', U(2)]]]]] },
    { op: 'delete', table: 'Address_Set', where: [['_uuid', '==', ['uuid', U(7)]]] },
  ])
  t.deepEqual(kept.retained, [
    {
      table: 'Logical_Switch',
      uuid: U(1),
      identity: 'mine',
      reason: 'holds 1 Logical_Switch_Port of other writers',
      holds: [{ table: 'Logical_Switch_Port', uuid: U(4), identity: 'p-theirs', owner: 'b' }],
    },
  ])
  t.regex(_.renderText(kept), /^! Logical_Switch mine retained: holds 1 Logical_Switch_Port of other writers$/m)
  // cascade: the switch goes, its port with it (no separate op), and the other writer's
  // port that goes too is listed
  const cascade = plan(cur, { owner: 'a', rows: [] }, { cascade: true })
  t.deepEqual(_.compile(cascade), [
    // guarded: a child put in meanwhile would go with it unseen
    {
      op: 'wait',
      table: 'Logical_Switch',
      timeout: 0,
      where: [['_uuid', '==', ['uuid', U(1)]]],
      columns: ['ports', 'acls', 'qos_rules', 'forwarding_groups'],
      until: '==',
      rows: [{ ports: ['set', [['uuid', U(2)], ['uuid', U(4)]]], acls: ['set', []], qos_rules: ['set', []], forwarding_groups: ['set', []] }],
    },
    { op: 'delete', table: 'Address_Set', where: [['_uuid', '==', ['uuid', U(7)]]] },
    { op: 'delete', table: 'Logical_Switch', where: [['_uuid', '==', ['uuid', U(1)]]] },
  ])
  t.deepEqual((cascade.entries[1] as _.DeleteRow).cascade, [{ table: 'Logical_Switch_Port', uuid: U(4), identity: 'p-theirs', owner: 'b' }])
  t.regex(_.renderText(cascade), /^- Logical_Switch mine\n {4}with Logical_Switch_Port p-theirs \(owner "b"\)$/m)
  t.is(cascade.retained, undefined)
  t.deepEqual(plan(cur, { owner: 'a', rows: [] }, { gc: false }).entries, [])
})

test('a row that exists without an owner is a conflict unless adopted; adopting marks it', (t) => {
  const cur = current({ Logical_Switch: { [U(1)]: { name: 'sw0' } } })
  const desired: _.DesiredState = { owner: 'a', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0' } }] }
  const r = _.diff(nb, cur, desired, { rules: nbIdentity })
  t.true(E.isLeft(r) && r.left._tag === 'Conflict' && /exists without an owner/.test(r.left.conflicts[0]!.message))
  t.deepEqual(_.compile(plan(cur, desired, { adopt: true })), [
    { op: 'mutate', table: 'Logical_Switch', where: [['_uuid', '==', ['uuid', U(1)]]], mutations: [['external_ids', 'insert', ['map', [['ovn-nb/owner', 'a']]]]] },
  ])
  const other = current({ Logical_Switch: { [U(1)]: { name: 'sw0', external_ids: owned('b') } } })
  const c = _.diff(nb, other, desired, { rules: nbIdentity })
  t.true(E.isLeft(c) && c.left._tag === 'Conflict' && /belongs to "b"/.test(c.left.conflicts[0]!.message))
})

test('a shared row: add our children and set elements, never touch what others put there', (t) => {
  const cur = current({
    Logical_Switch: { [U(1)]: { name: 'shared', ports: ['set', [['uuid', U(2)]]], other_config: ['map', [['k', 'theirs']]], external_ids: owned('b') } },
    Logical_Switch_Port: { [U(2)]: { name: 'their-port', external_ids: owned('b') } },
  })
  const desired: _.DesiredState = {
    owner: 'a',
    rows: [
      { table: 'Logical_Switch', id: 'ls', shared: true, columns: { name: 'shared', ports: ['set', [_.ref('p')]], other_config: ['map', [['k', 'mine'], ['j', '1']]] } },
      { table: 'Logical_Switch_Port', id: 'p', columns: { name: 'my-port' } },
    ],
  }
  t.deepEqual(_.compile(plan(cur, desired)), [
    { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'new0_p', row: { name: 'my-port', external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
    {
      op: 'mutate',
      table: 'Logical_Switch',
      where: [['_uuid', '==', ['uuid', U(1)]]],
      mutations: [['other_config', 'insert', ['map', [['j', '1']]]], ['ports', 'insert', ['set', [['named-uuid', 'new0_p']]]]],
    },
  ])
})

test('natural keys: an ACL is matched by parent, direction, priority and match', (t) => {
  const cur = current({
    Port_Group: { [U(1)]: { name: 'pg', acls: ['set', [['uuid', U(2)]]], external_ids: owned() } },
    ACL: { [U(2)]: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow', external_ids: owned() } },
  })
  const desired = (match: string): _.DesiredState => ({
    owner: 'a',
    rows: [
      { table: 'Port_Group', id: 'pg', columns: { name: 'pg', acls: ['set', [_.ref('acl')]] } },
      { table: 'ACL', id: 'acl', columns: { direction: 'to-lport', priority: 1000, match, action: 'allow' } },
    ],
  })
  t.deepEqual(plan(cur, desired('ip4')).entries, [])
  // another match is another ACL: the old one goes, the new one comes
  t.deepEqual(plan(cur, desired('ip6')).summary, { create: 1, update: 1, delete: 1 })
})

test('DHCP_Options are identified by owner and desired id, kept in external_ids', (t) => {
  const desired: _.DesiredState = { owner: 'a', rows: [{ table: 'DHCP_Options', id: 'dhcp:vm1', columns: { cidr: '10.0.0.0/24' } }] }
  const p = plan(empty, desired)
  t.deepEqual((p.entries[0] as _.CreateRow).row['external_ids'], ['map', [['ovn-nb/owner', 'a'], ['ovn-nb/id', 'dhcp:vm1']]])
  const cur = current({ DHCP_Options: { [U(1)]: { cidr: '10.0.0.0/24', external_ids: ['map', [['ovn-nb/owner', 'a'], ['ovn-nb/id', 'dhcp:vm1']]] } } })
  t.deepEqual(plan(cur, desired).entries, [])
  t.deepEqual(plan(cur, { owner: 'a', rows: [{ table: 'DHCP_Options', id: 'dhcp:vm2', columns: { cidr: '10.0.0.0/24' } }] }).summary, { create: 1, update: 0, delete: 1 })
})

test('an invalid desired state reports every problem with its path, before any I/O', (t) => {
  const r = _.diff(nb, empty, {
    owner: 'a',
    rows: [
      { table: 'Logical_Swich', id: 'x', columns: {} },
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw', nme: 'x', ports: ['set', [_.ref('missing'), _.ref('as')]] } },
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'dup' } },
      { table: 'ACL', id: 'orphan', columns: { direction: 'sideways', priority: 1, match: 'ip4', action: 'allow' } },
      { table: 'Address_Set', id: 'as', columns: { name: 'as' } },
    ],
  })
  t.true(E.isLeft(r))
  if (E.isLeft(r) && r.left._tag === 'InvalidDesired')
    t.deepEqual(
      r.left.problems.map((p) => p.path),
      ['rows[0].table', 'rows[2].id', 'rows[1].columns.nme', 'rows[1].columns.ports', 'rows[1].columns.ports', 'rows[3].columns.direction', 'rows[3]'],
    )
})

test('garbage collection keeps a root row another owner holds by a strong reference, and says why', (t) => {
  const cur = current({
    HA_Chassis_Group: { [U(1)]: { name: 'hag', external_ids: owned() } },
    Logical_Router: { [U(2)]: { name: 'theirs', ports: ['set', [['uuid', U(3)]]], external_ids: owned('b') } },
    Logical_Router_Port: { [U(3)]: { name: 'lrp', mac: '0a:00:00:00:00:01', networks: ['set', ['10.0.0.1/24']], ha_chassis_group: ['set', [['uuid', U(1)]]], external_ids: owned('b') } },
    Address_Set: { [U(4)]: { name: 'as', external_ids: owned() } },
  })
  const p = plan(cur, { owner: 'a', rows: [] })
  t.deepEqual(_.compile(p), [{ op: 'delete', table: 'Address_Set', where: [['_uuid', '==', ['uuid', U(4)]]] }])
  t.is(p.retained?.length, 1)
  t.like(p.retained?.[0], { table: 'HA_Chassis_Group', uuid: U(1) })
  t.regex(_.renderText(p), /^! HA_Chassis_Group hag retained: still referenced by Logical_Router_Port lrp \(ha_chassis_group\), which this owner does not manage$/m)
})

test('a set holding references and UUIDs is checked for repeated UUIDs, small or large', (t) => {
  const problemsOf = (ports: ReadonlyArray<_.DesiredAtom>) => {
    const rows: Array<_.DesiredRow> = [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'sw', ports: ['set', ports] } }]
    for (const a of ports) if (_.isRefTo(a)) rows.push({ table: 'Logical_Switch_Port', id: a[1], columns: { name: a[1] } })
    // the ports the UUIDs name exist (a UUID of a row the database lacks is another problem)
    const held = current({ Logical_Switch_Port: { [U(1)]: { name: 'x1' }, [U(2)]: { name: 'x2' } } })
    const r = _.diff(nb, held, { owner: 'a', rows }, { rules: nbIdentity })
    return E.isLeft(r) && r.left._tag === 'InvalidDesired' ? r.left.problems.map((p) => p.message) : []
  }
  for (const n of [2, 8, 20]) {
    const refs = Array.from({ length: n }, (_x, i) => _.ref(`p${i}`))
    t.deepEqual(problemsOf([...refs, ['uuid', U(1)], ['uuid', U(2)]]), [], `${n} references and two UUIDs`)
    t.deepEqual(problemsOf([['uuid', U(1)], ...refs, ['uuid', U(1)]]), [`duplicate set element ["uuid","${U(1)}"]`], `${n} references and a UUID twice`)
  }
})

test('created rows: readable named-uuids, marks beside the caller\'s external_ids, one reference shared as a set', (t) => {
  const desired: _.DesiredState = {
    owner: 'a',
    rows: [
      { table: 'DHCP_Options', id: 'dhcp', columns: { cidr: '10.0.0.0/24' } },
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw', ports: ['set', [_.ref('lsp:ä/p 1'), _.ref('lsp:p2')]] } },
      // the caller's own owner mark is replaced, their other keys kept in order
      { table: 'Logical_Switch_Port', id: 'lsp:ä/p 1', columns: { name: 'p1', dhcpv4_options: _.ref('dhcp'), external_ids: ['map', [['pod', 'x'], ['ovn-nb/owner', 'b'], ['ns', 'y']]] } },
      { table: 'Logical_Switch_Port', id: 'lsp:p2', columns: { name: 'p2', dhcpv4_options: _.ref('dhcp') } },
    ],
  }
  const p = plan(empty, desired)
  const creates = p.entries as ReadonlyArray<_.CreateRow>
  t.deepEqual(
    creates.map((e) => e.uuidName),
    ['new0_dhcp', 'new1_ls', 'new2_lsp___p_1', 'new3_lsp_p2'],
  )
  const dhcp = ['set', [['named-uuid', 'new0_dhcp']]]
  // the keys it sets in map columns are recorded as its own (they alone will ever be removed)
  t.deepEqual(creates[2]!.row, { name: 'p1', dhcpv4_options: dhcp, external_ids: ['map', [['pod', 'x'], ['ns', 'y'], ['ovn-nb/owner', 'a'], ['ovn-nb/managed', 'external_ids=ns,pod']]] })
  t.deepEqual(creates[3]!.row, { name: 'p2', dhcpv4_options: dhcp, external_ids: ['map', [['ovn-nb/owner', 'a']]] })
  t.deepEqual(creates[0]!.row['external_ids'], ['map', [['ovn-nb/owner', 'a'], ['ovn-nb/id', 'dhcp']]])
})

test('a named-uuid: new, the row\'s number, _ and the first 48 characters of its id, each one outside [a-zA-Z0-9_] replaced by _', (t) => {
  const reference = (i: number, s: string) => `new${i}_${s.replace(/[^a-zA-Z0-9_]/g, '_').slice(0, 48)}`
  for (const [i, s] of [[0, ''], [7, 'abc'], [10, 'a:b'], [99, ':'], [2410, 'ls0-p0'], [1e6, 'x'.repeat(60)], [12, `${'y'.repeat(47)}:z`], [3, 'ä😀b'], [5, '_0Az']] as const)
    t.is(createdName(i, s), reference(i, s), JSON.stringify(s))
  fc.assert(
    fc.property(fc.nat(), fc.string({ unit: 'binary', maxLength: 70 }), (i, s) => createdName(i, s) === reference(i, s)),
    { seed: 5, numRuns: 500 },
  )
  t.is(createdName(Number.MAX_SAFE_INTEGER, 'a'), `new${Number.MAX_SAFE_INTEGER}_a`)
})

test('identity keys read as identities: parents first, atoms without their types, as the first reader of keys did', (t) => {
  // the reader this one replaced (one slice per step), kept here as the reference
  const PARENT = /^[A-Z][A-Za-z_]*\.[a-z_]+:/
  const part = (p: string): string => {
    const c = p.charCodeAt(0)
    const body = c >= 65 && c <= 90 && PARENT.test(p) ? p.slice(p.indexOf(':') + 1) : p
    let out = ''
    let start = 0
    for (;;) {
      const end = body.indexOf('\u0001', start)
      const s = end < 0 ? body.slice(start) : body.slice(start, end)
      const item = s === 's[]' ? '-' : s.startsWith('string:') || s.startsWith('number:') ? s.slice(7) : s.startsWith('boolean:') ? s.slice(8) : s.startsWith('uuid:') ? s.slice(5) : s
      out = start === 0 ? item : `${out} ${item}`
      if (end < 0) return out
      start = end + 1
    }
  }
  const reference = (k: string): string => {
    const cut = k.lastIndexOf('\u0002')
    return cut < 0 ? part(k) : `${k.slice(0, cut).split('\u0002').map(part).join(' / ')} / ${part(k.slice(cut + 1))}`
  }
  const pieces = ['string:', 'number:', 'boolean:', 'uuid:', 's[]', 's[', ']', 'Port_Group.acls:', 'Logical_Router.nat:', 'A.b:', 'X', 'sw0', '1000', ':', '.', '\u0001', '\u0002', 'ä', '']
  const key = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''))
  for (const k of ['string:sw0', 'Port_Group.acls:string:pg0\u0002string:to-lport\u0001number:1000\u0001string:ip4', 's[]', 'A.b:Port_Group.acls:x\u0002s[]'])
    t.is(describeKey(k, new Map()), reference(k), JSON.stringify(k))
  const memo = new Map<string, string>()
  fc.assert(
    fc.property(key, (k) => describeKey(k, memo) === reference(k) && describeKey(k) === reference(k)),
    { seed: 11, numRuns: 2000 },
  )
})

test('createdUuids: the UUIDs of created rows by desired id, from results in compile\'s order or any other', (t) => {
  const p = plan(empty, sw0)
  const ops = _.compile(p)
  const results = ops.map((op, i) => (op.op === 'insert' ? { uuid: ['uuid', U(i)] } : {}))
  const want = new Map((p.entries as ReadonlyArray<_.CreateRow>).map((e) => [e.id, U(ops.findIndex((op) => op.op === 'insert' && op['uuid-name'] === e.uuidName))]))
  t.is(want.size, 3)
  t.deepEqual(_.createdUuids(p, ops, results), want)
  // operations around them (a caller's comment and insert), or in another order: by name
  const extra = [{ op: 'comment', comment: 'x' } as const, ...ops, { op: 'insert', table: 'Address_Set', 'uuid-name': 'mine', row: { name: 'as' } } as const]
  const extraResults = [{}, ...results, { uuid: ['uuid', U(99)] }]
  t.deepEqual(_.createdUuids(p, extra, extraResults), want)
  t.deepEqual(_.createdUuids(p, [...ops].reverse(), [...results].reverse()), want)
  // a failed insert (no uuid in its result) creates nothing
  const failed = results.map((r, i) => (ops[i]!.op === 'insert' && ops[i]!['uuid-name'] === 'new0_acl_1' ? {} : r))
  t.deepEqual([..._.createdUuids(p, ops, failed).keys()].sort(), ['ls:sw0', 'lsp:p1'])
})

test('map keys: only the keys this owner recorded are removed, also when the desired row drops the whole column; a record in a row of another owner is not trusted', (t) => {
  const mine = ['map', [['ovn-nb/owner', 'a'], ['ovn-nb/managed', 'other_config=k1,k2'], ['cms', 'x']]] as const
  const cur = current({ Logical_Switch: { [U(1)]: { name: 'p', other_config: ['map', [['k1', '1'], ['k2', '2'], ['theirs', 't']]], external_ids: mine } } })
  // the desired row no longer gives other_config: the keys it set go, the record goes, others' keys stay
  const p = plan(cur, { owner: 'a', rows: [{ table: 'Logical_Switch', id: 'ls:p', columns: { name: 'p' } }] })
  t.deepEqual(_.compile(p), [
    {
      op: 'mutate',
      table: 'Logical_Switch',
      where: [['_uuid', '==', ['uuid', U(1)]]],
      mutations: [
        ['external_ids', 'delete', ['set', ['ovn-nb/managed']]],
        ['other_config', 'delete', ['set', ['k1', 'k2']]],
      ],
    },
  ])
  t.regex(_.renderText(p), /^ {4}external_ids: -ovn-nb\/managed "other_config=k1,k2"\n {4}other_config: -k1 "1", -k2 "2"$/m)
  // one key kept, one changed, one new: the record follows
  const q = plan(cur, { owner: 'a', rows: [{ table: 'Logical_Switch', id: 'ls:p', columns: { name: 'p', other_config: ['map', [['k1', 'one'], ['k3', '3']]] } }] })
  t.regex(_.renderText(q), /^ {4}external_ids: ~ovn-nb\/managed "other_config=k1,k2" -> "other_config=k1,k3"\n {4}other_config: ~k1 "1" -> "one", -k2 "2", \+k3 "3"$/m)
  // adopted from "b": b's record names k1, but a never set it: nothing of it is removed
  const theirs = current({ Logical_Switch: { [U(1)]: { name: 'p', other_config: ['map', [['k1', '1']]], external_ids: ['map', [['ovn-nb/owner', 'b'], ['ovn-nb/managed', 'other_config=k1']]] } } })
  const adopted = plan(theirs, { owner: 'a', rows: [{ table: 'Logical_Switch', id: 'ls:p', columns: { name: 'p', other_config: ['map', []] } }] }, { adopt: ['b'] })
  t.deepEqual(_.compile(adopted), [
    {
      op: 'mutate',
      table: 'Logical_Switch',
      where: [['_uuid', '==', ['uuid', U(1)]]],
      mutations: [
        ['external_ids', 'delete', ['set', ['ovn-nb/owner', 'ovn-nb/managed']]],
        ['external_ids', 'insert', ['map', [['ovn-nb/owner', 'a']]]],
      ],
    },
  ])
})
