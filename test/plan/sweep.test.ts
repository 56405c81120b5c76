import test from 'ava'
import type { Row } from '../../src/ovsdb/index.js'
import * as _ from '../../src/plan/sweep.js'
import { nb2303 } from '../support/schema.js'

const nb = nb2303

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const ids = (owner?: string) => ['map', owner === undefined ? [] : [['ovn-nb/owner', owner]]] as const
const set = (...ns: number[]) => ['set', ns.map((n) => ['uuid', U(n)] as const)] as const

// sw1 (a) holds p2 (a) and p3 (nobody's); sw4 (a) holds p5 (a), which the desired state
// claims (moved elsewhere); pg6 (a) holds acl7 (a); as8 (a) is held by nothing
const rows: Record<string, Record<string, Record<string, unknown>>> = {
  Logical_Switch: {
    [U(1)]: { name: 'sw1', ports: set(2, 3), acls: set(), qos_rules: set(), forwarding_groups: set(), external_ids: ids('a') },
    [U(4)]: { name: 'sw4', ports: set(5, 9), acls: set(), qos_rules: set(), forwarding_groups: set(), external_ids: ids('a') },
  },
  Logical_Switch_Port: { [U(2)]: { name: 'p2', external_ids: ids('a') }, [U(3)]: { name: 'p3', external_ids: ids() }, [U(5)]: { name: 'p5', external_ids: ids('a') }, [U(9)]: { name: 'p9', external_ids: ids('b') } },
  Port_Group: { [U(6)]: { name: 'pg6', acls: set(7), external_ids: ids('a') } },
  ACL: { [U(7)]: { match: 'ip4', external_ids: ids('a') } },
  Address_Set: { [U(8)]: { name: 'as8', external_ids: ids('a') } },
}
const current = { rows: (t: string) => new Map(Object.entries(rows[t] ?? {}).map(([u, r]) => [u, r as Row])) }
const parents = new Map<string, _.Parent>([
  [U(2), { table: 'Logical_Switch', uuid: U(1), column: 'ports' }],
  [U(3), { table: 'Logical_Switch', uuid: U(1), column: 'ports' }],
  [U(5), { table: 'Logical_Switch', uuid: U(4), column: 'ports' }],
  [U(9), { table: 'Logical_Switch', uuid: U(4), column: 'ports' }],
  [U(7), { table: 'Port_Group', uuid: U(6), column: 'acls' }],
])
const input = (o: Partial<_.SweepInput> = {}): _.SweepInput => ({
  schema: nb,
  current,
  owner: 'a',
  gc: true,
  cascade: false,
  claimed: new Set([U(5)]),
  parents,
  ownerOf: (r) => ((r['external_ids'] as readonly ['map', ReadonlyArray<readonly [string, string]>])[1].find((p) => p[0] === 'ovn-nb/owner') ?? [])[1],
  identity: (_t, _u, r) => String(r['name'] ?? r['match']),
  ...o,
})

test('rows holding rows of other writers are retained, give up ours, and say why; the rest go', (t) => {
  const s = _.sweep(input())
  t.deepEqual(
    s.retained.map((r) => [r.identity, r.reason, r.holds?.map((h) => `${h.identity}:${h.owner ?? '-'}`)]),
    [
      ['sw1', 'holds 1 Logical_Switch_Port of other writers', ['p3:-']],
      ['sw4', 'holds 1 Logical_Switch_Port of other writers', ['p9:b']],
    ],
  )
  // deleted: the address set and the port group (its ACL with it), our port from sw1
  t.deepEqual(s.deletes.map((d) => `${d.table} ${d.identity}${d.via ? ` via ${d.via.column}` : ''}`), ['Address_Set as8', 'Port_Group pg6', 'Logical_Switch_Port p2 via ports'])
  t.deepEqual([...s.deleting.keys()].sort(), [U(2), U(6), U(7), U(8)])
  // removed from parents that stay: p2 (deleted) from sw1, p5 (claimed elsewhere) from sw4
  t.deepEqual([...s.drops].map(([u, d]) => [u, [...d.cols].map(([c, xs]) => [c, [...xs]])]), [
    [U(4), [['ports', [U(5)]]]],
    [U(1), [['ports', [U(2)]]]],
  ])
  // the delete of a row that can hold others' rows is guarded by what it held
  t.deepEqual((s.deletes[1] as { seen?: unknown }).seen, { acls: set(7) })
})

test('cascade deletes them, listing the other writers\' rows that go; only: just the rows named', (t) => {
  const s = _.sweep(input({ cascade: true }))
  t.deepEqual(s.retained, [])
  t.deepEqual(
    s.deletes.filter((d) => d.cascade !== undefined).map((d) => [d.identity, d.cascade!.map((o) => o.identity)]),
    [
      ['sw1', ['p3']],
      ['sw4', ['p9']],
    ],
  )
  const only = _.sweep(input(), { uuids: new Set([U(8)]), tables: new Set(['Address_Set']) })
  t.deepEqual(only.deletes.map((d) => d.identity), ['as8'])
  t.deepEqual(_.sweep(input({ gc: false })).deletes, [])
})
