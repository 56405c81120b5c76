/**
 * Adoption by content (content.ts, in the matching phase): rows of tables without a
 * natural key (DHCP_Options, DNS) are taken over by their content with adopt on, each
 * once, in a deterministic order; adoptions are plan entries of their own.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import type { Row } from '../../src/ovsdb/index.js'
import * as _ from '../../src/plan/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { nb2303 as nb } from '../support/schema.js'

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const ext = (owner?: string, id?: string, managed?: string) => [
  'map',
  [...(owner === undefined ? [] : [['ovn-nb/owner', owner]]), ...(id === undefined ? [] : [['ovn-nb/id', id]]), ...(managed === undefined ? [] : [['ovn-nb/managed', managed]])],
]
const OPTS = ['map', [['lease_time', '3600'], ['router', '10.1.0.1'], ['server_id', '10.1.0.1'], ['server_mac', '0a:00:00:00:00:01']]]
const dhcpRow = (cidr: string, owner?: string, options: unknown = OPTS, id?: string, managed?: string) => ({ cidr, options, external_ids: ext(owner, id, managed) }) as unknown as Row

const current = (tables: Record<string, Record<string, Row>>): _.CurrentState => ({
  rows: (t) => new Map(Object.entries(tables[t] ?? {}).map(([u, r]) => [u, { _uuid: ['uuid', u], ...r } as Row])),
})
const dhcp = (id: string, cidr: string, options: unknown = OPTS): _.DesiredRow => ({ table: 'DHCP_Options', id, columns: { cidr, options: options as _.DesiredValue } })
const port = (name: string, dhcpId: string): _.DesiredRow => ({ table: 'Logical_Switch_Port', id: `lsp:${name}`, columns: { name, dhcpv4_options: ['ref', dhcpId] } })

const plan = (cur: _.CurrentState, rows: ReadonlyArray<_.DesiredRow>, adopt?: _.PlanOptions['adopt'], owner = 'me') => {
  const p = _.diff(nb, cur, { owner, rows }, { rules: nbIdentity, ...(adopt !== undefined ? { adopt } : {}) })
  if (E.isLeft(p)) throw new Error(JSON.stringify(p.left))
  return p.right
}
const adopted = (p: _.Plan) => p.entries.filter((e) => e.action === 'update' && e.adopt === true).map((e) => (e as _.UpdateRow).uuid)
const created = (p: _.Plan) => p.entries.filter((e) => e.action === 'create').map((e) => e.table)

test('with adopt on, an unowned DHCP_Options row of the same cidr and options is taken over, not duplicated; the port keeps pointing at it', (t) => {
  const cur = current({
    DHCP_Options: { [U(1)]: dhcpRow('10.1.0.0/24') },
    Logical_Switch: { [U(8)]: { name: 'sw0', ports: ['set', [['uuid', U(9)]]], external_ids: ext() } as unknown as Row },
    Logical_Switch_Port: { [U(9)]: { name: 'vm1', dhcpv4_options: ['set', [['uuid', U(1)]]], external_ids: ext() } as unknown as Row },
  })
  const sw: _.DesiredRow = { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [['ref', 'lsp:vm1']]] } }
  const p = plan(cur, [sw, dhcp('dhcp:net1', '10.1.0.0/24'), port('vm1', 'dhcp:net1')], true)
  t.deepEqual(created(p), [])
  t.deepEqual(adopted(p).sort(), [U(1), U(8), U(9)])
  // the adoption writes the owner's marks only, key by key; the port's reference stays
  const d = p.entries.find((e) => e.table === 'DHCP_Options') as _.UpdateRow
  t.deepEqual(d.changes, [{ column: 'external_ids', mode: 'mutate', old: ext(), insert: [['ovn-nb/owner', 'me'], ['ovn-nb/id', 'dhcp:net1'], ['ovn-nb/managed', 'options=lease_time,router,server_id,server_mac']], delete: [] }])
  const lsp = p.entries.find((e) => e.table === 'Logical_Switch_Port') as _.UpdateRow
  t.false(lsp.changes.some((c) => c.column === 'dhcpv4_options'))
  t.deepEqual(p.summary, { create: 0, update: 0, delete: 0, adopt: 3 })
  t.regex(_.renderText(p), /^= DHCP_Options dhcp:net1 \(adopt\)$/m)
  t.regex(_.renderText(p), /^Plan: 0 to add, 0 to change, 0 to destroy, 3 to adopt\.$/m)
  t.true(JSON.parse(_.renderJson(p)).entries.every((e: { adopt?: boolean }) => e.adopt === true))
  // the row once marked is ours, found by its id: nothing more to do
  const after = current({ DHCP_Options: { [U(1)]: dhcpRow('10.1.0.0/24', 'me', OPTS, 'dhcp:net1', 'options=lease_time,router,server_id,server_mac') } })
  t.deepEqual(plan(after, [dhcp('dhcp:net1', '10.1.0.0/24')]).entries, [])
})

test('without adopt, or with other content, or from an owner not adopted from, a new row is created; own rows are not taken by content', (t) => {
  const cur = current({ DHCP_Options: { [U(1)]: dhcpRow('10.1.0.0/24'), [U(2)]: dhcpRow('10.2.0.0/24', 'other'), [U(3)]: dhcpRow('10.3.0.0/24', 'me', OPTS, 'dhcp:old') } })
  t.deepEqual(created(plan(cur, [dhcp('dhcp:net1', '10.1.0.0/24')])), ['DHCP_Options'])
  // the same cidr, other options
  t.deepEqual(created(plan(cur, [dhcp('dhcp:net1', '10.1.0.0/24', ['map', [['lease_time', '60']]])], true)), ['DHCP_Options'])
  // another owner's row: only with adopt-from that owner
  t.deepEqual(created(plan(cur, [dhcp('dhcp:net2', '10.2.0.0/24')], true)), ['DHCP_Options'])
  t.deepEqual(adopted(plan(cur, [dhcp('dhcp:net2', '10.2.0.0/24')], ['other'])), [U(2)])
  t.deepEqual(created(plan(cur, [dhcp('dhcp:net2', '10.2.0.0/24')], ['someone'])), ['DHCP_Options'])
  // a list adopts rows without an owner too
  t.deepEqual(adopted(plan(cur, [dhcp('dhcp:net1', '10.1.0.0/24')], ['other'])), [U(1)])
  // a row of ours under another id is not renamed by content: it goes, a new one comes
  const mine = plan(cur, [dhcp('dhcp:new', '10.3.0.0/24')], true)
  t.deepEqual(created(mine), ['DHCP_Options'])
  t.deepEqual(mine.entries.filter((e) => e.action === 'delete').map((e) => (e as _.DeleteRow).uuid), [U(3)])
})

test('identical rows are adopted each once, in id order against UUID order, whatever the order of the desired rows', (t) => {
  const cur = current({ DHCP_Options: { [U(7)]: dhcpRow('10.1.0.0/24'), [U(5)]: dhcpRow('10.1.0.0/24') } })
  const rows = [dhcp('dhcp:b', '10.1.0.0/24'), dhcp('dhcp:a', '10.1.0.0/24'), dhcp('dhcp:c', '10.1.0.0/24')]
  for (const order of [rows, [...rows].reverse()]) {
    const p = plan(cur, order, true)
    const byId = Object.fromEntries(p.entries.filter((e) => e.action === 'update').map((e) => [(e as _.UpdateRow).id, (e as _.UpdateRow).uuid]))
    t.deepEqual(byId, { 'dhcp:a': U(5), 'dhcp:b': U(7) })
    t.deepEqual(p.entries.filter((e) => e.action === 'create').map((e) => (e as _.CreateRow).id), ['dhcp:c'])
  }
})

test('DNS rows are adopted by their records', (t) => {
  const cur = current({ DNS: { [U(1)]: { records: ['map', [['vm1', '10.1.0.11']]], external_ids: ext() } as unknown as Row } })
  const p = plan(cur, [{ table: 'DNS', id: 'dns:a', columns: { records: ['map', [['vm1', '10.1.0.11']]] } }], true)
  t.deepEqual(adopted(p), [U(1)])
  t.deepEqual(created(plan(cur, [{ table: 'DNS', id: 'dns:a', columns: { records: ['map', [['vm2', '10.1.0.12']]] } }], true)), ['DNS'])
})

test('an adoption of a row with a natural key is its own entry too: "=" and counted apart from changes', (t) => {
  const cur = current({ Logical_Switch: { [U(1)]: { name: 'sw0', external_ids: ext(), other_config: ['map', []] } as unknown as Row } })
  const p = plan(cur, [{ table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', other_config: ['map', [['k', 'v']]] } }], true)
  t.deepEqual(p.summary, { create: 0, update: 0, delete: 0, adopt: 1 })
  t.is(_.renderText(p).split('\n')[0], '= Logical_Switch sw0 (adopt)')
  t.regex(_.renderText(p), /^ {4}other_config: \+k "v"$/m)
})
