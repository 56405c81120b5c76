/**
 * Random topologies for property tests (fast-check): switches, ports, ACLs, port groups,
 * address sets, DHCP, routers, router ports, routes, NAT and load balancers, from small
 * pools so that two of them overlap. The rows come in a fixed order for given choices.
 */
import fc from 'fast-check'
import { ref, type DesiredRow, type DesiredState } from '../../src/plan/index.js'

// ---- random topologies over switches, ports, ACLs, port groups, address sets, DHCP,
// ---- routers, router ports, routes, NAT and load balancers, from small pools so that
// ---- two of them overlap
const ACLS = [
  { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow-related' },
  { direction: 'from-lport', priority: 1001, match: 'ip4 && tcp.dst == 80', action: 'allow' },
  { direction: 'to-lport', priority: 900, match: 'ip6', action: 'drop' },
]
/** A random desired state of owner `ctl-a`. */
export const topology = fc
  .record({
    switches: fc.subarray(['sw1', 'sw2', 'sw3'], { minLength: 1 }),
    ports: fc.subarray(['p1', 'p2', 'p3', 'p4', 'p5']),
    placement: fc.array(fc.nat(2), { minLength: 5, maxLength: 5 }),
    ipLast: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 5, maxLength: 5 }),
    switchAcls: fc.subarray([0, 1, 2]),
    aclAction: fc.constantFrom('allow', 'allow-related'),
    pgs: fc.subarray(['pg1', 'pg2']),
    pgAcls: fc.subarray([0, 1, 2]),
    sets: fc.subarray(['as1', 'as2']),
    setAddrs: fc.subarray(['10.0.0.1', '10.0.0.2', '10.0.0.3']),
    dhcp: fc.boolean(),
    lease: fc.constantFrom('3600', '7200'),
    // map keys that come and go (the owner removes only the keys it set)
    dhcpKeys: fc.subarray(['dns_server', 'mtu']),
    portOpts: fc.subarray(['requested-chassis', 'iface-id-ver']),
    routers: fc.subarray(['lr1', 'lr2']),
    routes: fc.subarray(['10.1.0.0/16', '10.2.0.0/16', '0.0.0.0/0']),
    nexthop: fc.constantFrom('192.168.0.1', '192.168.0.254'),
    nats: fc.subarray(['10.0.0.0/24', '10.0.1.0/24']),
    lbs: fc.subarray(['lb1', 'lb2']),
    backend: fc.constantFrom('10.0.0.2:80', '10.0.0.3:80,10.0.0.4:80'),
  })
  .map((g): DesiredState => {
    const rows: DesiredRow[] = []
    const swPorts = new Map<string, string[]>(g.switches.map((s) => [s, []]))
    g.ports.forEach((p, i) => {
      const sw = g.switches[g.placement[i]! % g.switches.length]!
      swPorts.get(sw)!.push(`lsp:${p}`)
      rows.push({
        table: 'Logical_Switch_Port',
        id: `lsp:${p}`,
        columns: {
          name: p,
          addresses: ['set', [`0a:00:00:00:00:0${i + 1} 10.0.0.${g.ipLast[i]! * 10 + i}`]],
          port_security: ['set', [`0a:00:00:00:00:0${i + 1}`]],
          ...(g.dhcp ? { dhcpv4_options: ref('dhcp:net') } : {}),
          ...(g.portOpts.length > 0 ? { options: ['map', g.portOpts.map((k) => [k, k === 'requested-chassis' ? `node${(i % 2) + 1}` : '1'] as const)] as const } : {}),
        },
      })
    })
    for (const [i, sw] of g.switches.entries()) {
      const acls = i === 0 ? g.switchAcls.map((a) => `acl:${sw}:${a}`) : []
      for (const a of i === 0 ? g.switchAcls : []) rows.push({ table: 'ACL', id: `acl:${sw}:${a}`, columns: { ...ACLS[a]!, action: a === 1 ? g.aclAction : ACLS[a]!.action } })
      rows.push({
        table: 'Logical_Switch',
        id: `ls:${sw}`,
        columns: {
          name: sw,
          ports: ['set', swPorts.get(sw)!.map(ref)],
          acls: ['set', acls.map(ref)],
          load_balancer: ['set', i === 0 ? g.lbs.map((l) => ref(`lb:${l}`)) : []],
        },
      })
    }
    for (const [i, pg] of g.pgs.entries()) {
      const acls = i === 0 ? g.pgAcls.map((a) => `acl:${pg}:${a}`) : []
      for (const a of i === 0 ? g.pgAcls : []) rows.push({ table: 'ACL', id: `acl:${pg}:${a}`, columns: ACLS[a]! })
      rows.push({ table: 'Port_Group', id: `pg:${pg}`, columns: { name: pg, ports: ['set', g.ports.slice(0, 2 + i).map((p) => ref(`lsp:${p}`))], acls: ['set', acls.map(ref)] } })
    }
    for (const as of g.sets) rows.push({ table: 'Address_Set', id: `as:${as}`, columns: { name: as, addresses: ['set', g.setAddrs] } })
    if (g.dhcp)
      rows.push({ table: 'DHCP_Options', id: 'dhcp:net', columns: { cidr: '10.0.0.0/24', options: ['map', [['router', '10.0.0.1'], ['lease_time', g.lease], ['server_id', '10.0.0.1'], ['server_mac', '0a:00:00:00:00:ff'], ...g.dhcpKeys.map((k) => [k, k === 'mtu' ? '1400' : '10.0.0.1'] as const)]] } })
    for (const [i, lr] of g.routers.entries()) {
      const routes = i === 0 ? g.routes.map((r) => `route:${lr}:${r}`) : []
      for (const r of i === 0 ? g.routes : []) rows.push({ table: 'Logical_Router_Static_Route', id: `route:${lr}:${r}`, columns: { ip_prefix: r, nexthop: g.nexthop } })
      const nats = i === 0 ? g.nats.map((n) => `nat:${lr}:${n}`) : []
      for (const n of i === 0 ? g.nats : []) rows.push({ table: 'NAT', id: `nat:${lr}:${n}`, columns: { type: 'snat', external_ip: '172.16.0.10', logical_ip: n } })
      rows.push({ table: 'Logical_Router_Port', id: `lrp:${lr}`, columns: { name: `${lr}-ext`, mac: `0a:00:00:00:01:0${i}`, networks: ['set', [`172.16.0.${i + 1}/24`]] } })
      rows.push({ table: 'Logical_Router', id: `lr:${lr}`, columns: { name: lr, ports: ['set', [ref(`lrp:${lr}`)]], static_routes: ['set', routes.map(ref)], nat: ['set', nats.map(ref)] } })
    }
    for (const lb of g.lbs) rows.push({ table: 'Load_Balancer', id: `lb:${lb}`, columns: { name: lb, protocol: 'tcp', vips: ['map', [['172.30.0.10:80', g.backend]]] } })
    return { owner: 'ctl-a', rows }
  })

