/**
 * The export, pure: rows in, plain data out, and that data through topology(...) and
 * toDesired gives back the stored values (what makes a round trip byte-exact). The
 * round trips against a real ovsdb-server + ovn-northd are in test/cli/export.test.ts.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/nb/export/index.js'
import { dhcpFields } from '../../src/nb/export/dhcp.js'
import { toDesired, topology } from '../../src/nb/dsl/index.js'
import type { Row } from '../../src/ovsdb/wire/datum.js'

const u = (n: number): string => `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`
const state = (tables: Readonly<Record<string, ReadonlyArray<readonly [number, Row]>>>) => ({
  rows: (t: string) => new Map((tables[t] ?? []).map(([n, r]) => [u(n), r] as const)),
  tables: Object.keys(tables),
})
const map = (o: Readonly<Record<string, string>>) => ['map', Object.entries(o)] as Row[string]

test('dhcpFields: typed where the DSL prints the value back as stored, else extra', (t) => {
  const stored = {
    classless_static_route: '{10.0.1.0/24,10.0.0.2, 0.0.0.0/0,10.0.0.1}',
    dns_server: '{8.8.8.8,8.8.4.4}',
    hostname: 'bare',
    lease_time: '3600',
    mtu: '99999',
    router: '10.0.0.1',
    server_id: '10.0.0.1',
    server_mac: '0a:00:00:00:00:01',
    vendor_x: '1',
  }
  t.deepEqual(dhcpFields('10.0.0.0/24', stored), {
    field: 'v4',
    typed: {
      classless_static_route: [
        { prefix: '10.0.1.0/24', nexthop: '10.0.0.2' },
        { prefix: '0.0.0.0/0', nexthop: '10.0.0.1' },
      ],
      lease_time: 3600,
      router: '10.0.0.1',
      server_id: '10.0.0.1',
      server_mac: '0a:00:00:00:00:01',
    },
    // another list spacing, an unquoted string, an out-of-range number, an unknown key
    extra: { dns_server: '{8.8.8.8,8.8.4.4}', hostname: 'bare', mtu: '99999', vendor_x: '1' },
  })
  // what it gives builds the same options again
  const f = dhcpFields('10.0.0.0/24', stored)
  const d = topology({ owner: 'o', dhcpOptions: [{ cidr: '10.0.0.0/24', v4: f.typed, extra: f.extra, force: true }] })
  t.deepEqual(E.isRight(d) ? d.right.dhcpOptions[0]!.options : d.left, stored)
  t.deepEqual(dhcpFields('fd00::/64', { server_id: '0a:00:00:00:00:01', dhcpv6_stateless: 'true', dns_server: 'fd00::53' }), {
    field: 'v6',
    typed: { dhcpv6_stateless: true, dns_server: ['fd00::53'], server_id: '0a:00:00:00:00:01' },
    extra: {},
  })
})

test('a load balancer\'s health checks and ip_port_mappings (IPv6 in brackets) export as the DSL takes them, and come back as stored', (t) => {
  const lb: Row = {
    name: 'lb6',
    protocol: 'tcp',
    vips: map({ '[fd00::10]:80': '[fd00::11]:80' }),
    health_check: ['set', [['uuid', u(2)]]],
    ip_port_mappings: map({ '[fd00::11]': 'web1:[fd00::2]' }),
    external_ids: map({}),
    options: map({}),
    selection_fields: ['set', []],
  }
  const hc: Row = { vip: '[fd00::10]:80', options: map({ interval: '5', timeout: '20' }), external_ids: map({}) }
  const sw: Row = { name: 'sw', ports: ['set', [['uuid', u(4)]]], acls: ['set', []], external_ids: map({}), other_config: map({}) }
  const port: Row = { name: 'web1', addresses: ['set', []], external_ids: map({}), options: map({}) }
  const r = _.exportTopology(state({ Load_Balancer: [[1, lb]], Load_Balancer_Health_Check: [[2, hc]], Logical_Switch: [[3, sw]], Logical_Switch_Port: [[4, port]] }), { owner: 'o', select: { _tag: 'All' } })
  t.deepEqual(r.unexpressed, [])
  t.deepEqual(r.data['loadBalancers'], [
    {
      name: 'lb6',
      vips: { '[fd00::10]:80': ['[fd00::11]:80'] },
      protocol: 'tcp',
      healthChecks: [{ vip: '[fd00::10]:80', options: { interval: 5, timeout: 20 } }],
      ipPortMappings: { 'fd00::11': { logicalPort: 'web1', sourceIp: 'fd00::2' } },
    },
  ])
  const topo = topology(JSON.parse(JSON.stringify(r.data)))
  if (E.isLeft(topo)) return t.fail(JSON.stringify(topo.left))
  const rows = toDesired(topo.right).rows
  t.deepEqual(rows.find((x) => x.table === 'Load_Balancer')!.columns['ip_port_mappings'], map({ '[fd00::11]': 'web1:[fd00::2]' }))
  t.deepEqual(rows.find((x) => x.table === 'Load_Balancer_Health_Check')!.columns['options'], map({ interval: '5', timeout: '20' }))
})

test('a static MAC binding (no owner column) goes with its router port: left out silently when the port is another owner\'s, said when no such port exists', (t) => {
  const smb = (port: string): Row => ({ logical_port: port, ip: '172.16.0.77', mac: '0a:00:00:00:00:77', override_dynamic_mac: false })
  const lrp: Row = { name: 'lrp-ext', mac: '0a:00:00:00:ff:01', networks: ['set', ['172.16.0.2/24']], external_ids: map({ 'ovn-nb/owner': 'ctl' }) }
  const lr: Row = { name: 'r0', ports: ['set', [['uuid', u(2)]]], external_ids: map({ 'ovn-nb/owner': 'ctl' }) }
  const r = _.exportTopology(state({ Logical_Router: [[1, lr]], Logical_Router_Port: [[2, lrp]], Static_MAC_Binding: [[3, smb('lrp-ext')], [4, smb('gone')]] }), { owner: 'o', select: { _tag: 'Unowned' } })
  t.deepEqual(r.data, { owner: 'o' })
  t.deepEqual(r.unexpressed, ['Static_MAC_Binding gone 172.16.0.77: no router port gone exists, which the DSL needs it to name: left out (it stays as it is)'])
  // with the port's owner, it goes along
  const mine = _.exportTopology(state({ Logical_Router: [[1, lr]], Logical_Router_Port: [[2, lrp]], Static_MAC_Binding: [[3, smb('lrp-ext')]] }), { owner: 'ctl', select: { _tag: 'Owner', owner: 'ctl' } })
  t.deepEqual(mine.data['staticMacBindings'], [{ logicalPort: 'lrp-ext', ip: '172.16.0.77', mac: '0a:00:00:00:00:77' }])
})
