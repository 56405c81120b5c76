/**
 * The committed OVN_Northbound model: compile-time tests (each `@ts-expect-error` line
 * must be an error or the build fails), and decoding the rows a real ovsdb-server
 * holds — Debian's NB 7.0.0, older than the model, and the model's own 7.19.0 —
 * read by `select` and by `monitor`.
 */
import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { join } from 'node:path'
import { connect, namedUuid, uuid, type Client, type Row as WireRow } from '../../src/ovsdb/index.js'
import type { RowType } from '../../src/codegen/runtime.js'
import * as NB from '../../src/nb/generated/index.js'
import { nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { schemasDir } from '../codegen/paths.js'
import { right } from '../support/either.js'

const DB = 'OVN_Northbound'

// -------------------------------------------------------------------------------------
// compile-time
// -------------------------------------------------------------------------------------

const lspId = uuid<'Logical_Switch_Port'>('550e8400-e29b-41d4-a716-446655440000')
const aclId = uuid<'ACL'>('650e8400-e29b-41d4-a716-446655440000')
const dhcpId = uuid<'DHCP_Options'>('750e8400-e29b-41d4-a716-446655440000')

test('types: wrong column names, wrong value types and cross-table references do not compile', (t) => {
  const sw: NB.Logical_Switch.Insert = { name: 'sw0', ports: [lspId, namedUuid<'Logical_Switch_Port'>('p1')], acls: [aclId] }
  // @ts-expect-error an ACL where a port is wanted
  const mixed: NB.Logical_Switch.Insert = { ports: [aclId] }
  // @ts-expect-error an ACL where a port is wanted, in a row
  const mixedRow: NB.Logical_Switch.Row['ports'] = [aclId]
  // @ts-expect-error misspelt column
  const typo: NB.Logical_Switch_Port.Insert = { adresses: ['router'] }
  // @ts-expect-error tag is a number
  const tag: NB.Logical_Switch_Port.Insert = { tag: '5' }
  // @ts-expect-error direction is from-lport or to-lport
  const dir: NB.ACL.Insert = { direction: 'ingress' }
  // @ts-expect-error options values are strings
  const opts: NB.Logical_Switch_Port.Update = { options: new Map([['requested-chassis', 1]]) }
  // @ts-expect-error a DHCP_Options reference is not an ACL reference
  const dhcp: NB.Logical_Switch_Port.Update = { dhcpv4_options: aclId }
  const port: NB.Logical_Switch_Port.Update = { dhcpv4_options: dhcpId, tag: undefined, addresses: ['router'] }
  const acl: NB.ACL.Insert = { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow-related', tier: 1 }
  void [mixed, mixedRow, typo, tag, dir, opts, dhcp]
  t.true(NB.Logical_Switch.InsertC.is(sw))
  t.true(NB.Logical_Switch_Port.UpdateC.is(port))
  t.true(NB.ACL.InsertC.is(acl))
  t.false(NB.ACL.InsertC.is({ direction: 'ingress' }))
})

test('types: the maps over tables', (t) => {
  const r: NB.Rows['Logical_Switch_Port'] | undefined = undefined
  const tables: ReadonlyArray<NB.TableName> = ['ACL', 'Logical_Switch']
  // @ts-expect-error not an NB table
  const sb: NB.TableName = 'Port_Binding'
  void [r, sb]
  t.deepEqual(tables.map((n) => NB.model.tables[n].name), ['ACL', 'Logical_Switch'])
  t.is(Object.keys(NB.codecs).length, 39)
})

// -------------------------------------------------------------------------------------
// real rows
// -------------------------------------------------------------------------------------

const populate = (server: OvsdbServer): void => {
  nbctl(server, 'init')
  nbctl(server, 'ls-add', 'sw0', '--', 'lsp-add', 'sw0', 'p1', '--', 'lsp-set-addresses', 'p1', '00:00:00:00:00:01 10.0.0.1', 'unknown')
  nbctl(server, 'lsp-add', 'sw0', 'p2', 'p1', '5', '--', 'set', 'Logical_Switch_Port', 'p2', 'tag=7')
  nbctl(server, 'set', 'Logical_Switch_Port', 'p1', 'options:requested-chassis=ch1', 'external_ids:owner=test', 'port_security="00:00:00:00:00:01 10.0.0.1"')
  const dhcp = nbctl(server, 'create', 'DHCP_Options', 'cidr=10.0.0.0/24', 'options:router=10.0.0.254', 'options:lease_time=3600').trim()
  nbctl(server, 'lsp-set-dhcpv4-options', 'p1', dhcp)
  nbctl(server, 'acl-add', 'sw0', 'to-lport', '1000', 'ip4 && tcp.dst == 80', 'allow-related')
  nbctl(server, 'lr-add', 'r0', '--', 'lrp-add', 'r0', 'rp', '00:00:00:00:00:ff', '10.0.0.254/24', 'fd00::1/64')
  nbctl(server, 'lr-nat-add', 'r0', 'snat', '1.1.1.1', '10.0.0.0/24')
  nbctl(server, 'lr-route-add', 'r0', '0.0.0.0/0', '10.0.0.1')
  nbctl(server, 'lr-policy-add', 'r0', '100', 'ip4.src == 10.0.0.5', 'drop')
  nbctl(server, 'lb-add', 'lb0', '10.0.0.10:80', '10.0.0.1:8080', 'tcp', '--', 'ls-lb-add', 'sw0', 'lb0')
  nbctl(server, 'pg-add', 'pg0', 'p1', '--', 'create', 'Address_Set', 'name=as1', 'addresses="10.0.0.1","10.0.0.2"')
  nbctl(server, 'meter-add', 'm0', 'drop', '10', 'kbps')
  nbctl(server, 'ha-chassis-group-add', 'hg0', '--', 'ha-chassis-group-add-chassis', 'hg0', 'ch1', '10')
}

/** Every row of every table both the model and the server have, by select. */
const selectAll = async (t: ExecutionContext, client: Client): Promise<Record<string, ReadonlyArray<WireRow>>> => {
  const schema = right(t, await client.getSchema(DB)())
  const tables = Object.keys(schema.tables).filter((n) => n in NB.codecs)
  const results = right(t, await client.transact(DB, tables.map((table) => ({ op: 'select' as const, table, where: [] }))) ())
  return Object.fromEntries(tables.map((n, i) => [n, (results[i] as { rows: ReadonlyArray<WireRow> }).rows]))
}

const codecOf = (table: string): RowType<NB.Rows[NB.TableName]> => (NB.codecs as Record<string, RowType<NB.Rows[NB.TableName]>>)[table]!

for (const [label, schema] of [
  ['Debian NB 7.0.0 (older than the model)', undefined],
  ['NB 7.19.0 (the model’s schema)', join(schemasDir, 'ovn-nb-main.ovsschema')],
] as const) {
  test(`real rows of ${label} decode, by select and by monitor`, async (t) => {
    const server = await startOvsdb(schema !== undefined ? { schema } : {})
    t.teardown(() => server.stop())
    populate(server)
    const client = right(t, await connect(server.unix)())
    t.teardown(() => client.close()())

    const rows = await selectAll(t, client)
    let count = 0
    for (const [table, wires] of Object.entries(rows))
      for (const w of wires) {
        const r = codecOf(table).decode(w)
        t.true(E.isRight(r), `${table}: ${JSON.stringify(w)}`)
        count++
      }
    t.true(count >= 15, `${count} rows`)

    const decode = <K extends NB.TableName>(table: K): ReadonlyArray<NB.Rows[K]> =>
      (rows[table] ?? []).map((w) => {
        const r = (NB.codecs[table] as unknown as RowType<NB.Rows[K]>).decode(w)
        if (E.isLeft(r)) throw new Error(`${table} did not decode`)
        return r.right
      })
    const ports = decode('Logical_Switch_Port')
    const p1 = ports.find((p) => p.name === 'p1')!
    const p2 = ports.find((p) => p.name === 'p2')!
    const dhcp = decode('DHCP_Options')[0]!
    t.deepEqual(p1.addresses, ['00:00:00:00:00:01 10.0.0.1', 'unknown'])
    t.is(p1.options.get('requested-chassis'), 'ch1')
    t.is(p1.external_ids.get('owner'), 'test')
    t.deepEqual(p1.dhcpv4_options, dhcp._uuid)
    t.is(dhcp.options.get('lease_time'), '3600')
    t.is(p2.tag_request, 5)
    t.is(p2.tag, 7)
    t.is(p2.parent_name, 'p1')
    t.is(p1.tag, undefined)
    const sw = decode('Logical_Switch')[0]!
    t.deepEqual([...sw.ports].map((u) => u[1]).sort(), ports.map((p) => p._uuid[1]).sort())
    const acl = decode('ACL')[0]!
    t.is(acl.action, 'allow-related')
    t.is(acl.direction, 'to-lport')
    t.is(acl.tier, 0) // absent from 7.0.0: the default
    t.deepEqual(decode('Logical_Router_Port')[0]!.networks, ['10.0.0.254/24', 'fd00::1/64'])
    t.is(decode('NAT')[0]!.type, 'snat')
    t.is(decode('Meter_Band')[0]!.rate, 10)
    t.is(decode('HA_Chassis')[0]!.priority, 10)

    // monitor rows carry no _uuid: decodeWithUuid
    const initial = right(
      t,
      await client.monitor(DB, 'all', Object.fromEntries(Object.keys(rows).map((n) => [n, {}])), () => {})(),
    )
    let monitored = 0
    for (const [table, byUuid] of Object.entries(initial))
      for (const [id, u] of Object.entries(byUuid)) {
        const r = codecOf(table).decodeWithUuid(id, u.new)
        if (E.isLeft(r)) t.fail(`${table} ${id}`)
        else t.is(r.right._uuid[1], id)
        monitored++
      }
    t.is(monitored, count)
  })
}
