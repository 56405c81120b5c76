import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { connect, syncReplica, type Operation } from '../../src/ovsdb/index.js'
import { compile, renderText } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { logicalRouter, logicalSwitch, topology, type DslError } from '../../src/nb/dsl/index.js'
import * as _ from '../../src/virt/index.js'
import { right } from '../support/either.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'

const ok = <A>(r: E.Either<DslError, A>): A => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}
const paths = (r: E.Either<DslError, unknown>): ReadonlyArray<string> => (E.isLeft(r) ? r.left.problems.map((p) => p.path) : [])

const gatewayInput: _.VmGatewayInput = {
  switch: 'vmnet',
  name: 'lrp-vmnet',
  mac: '0A:58:0A:0A:00:01',
  ipv4: '10.10.0.1/24',
  ipv6: 'fd00:10::1/64',
  ra: { addressMode: 'slaac', sendPeriodic: true, mtu: 1400, minInterval: 3, maxInterval: 4, dns: 'fd00:10::2', domainSearch: ['cluster.local'], preference: 'HIGH' },
  linkLocal: '169.254.1.1',
}

/** The topology of one gateway and its VMs: the desired rows a controller applies. */
const stateOf = (gw: _.VmGateway, vms: ReadonlyArray<_.VmNetwork>) => {
  const sw = ok(logicalSwitch({ name: gw.switch, ports: [gw.switchPort, ...vms.map((v) => v.port)] }))
  const lr = ok(logicalRouter({ name: 'lr-vms', ports: [gw.routerPort] }))
  return ok(topology({ owner: 'virt', switches: [sw], routers: [lr], dhcpOptions: vms.flatMap((v) => (v.dhcpv4 !== undefined ? [v.dhcpv4] : [])) })).toDesired()
}
const rowOf = (rows: ReturnType<typeof stateOf>['rows'], id: string) => rows.find((r) => r.id === id)?.columns

test('vmGateway: the router port (networks, ipv6_ra_configs from ra) and the switch\'s router port answering ARP for the link-local gateway, as desired rows', (t) => {
  const gw = ok(_.vmGateway(gatewayInput))
  t.like(gw, { _tag: 'VmGateway', switch: 'vmnet', mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1', ipv4Subnet: '10.10.0.0/24', ipv6: 'fd00:10::1', ipv6Subnet: 'fd00:10::/64', linkLocal: '169.254.1.1' })
  const rows = stateOf(gw, []).rows
  t.like(rowOf(rows, 'Logical_Router_Port:lrp-vmnet'), {
    name: 'lrp-vmnet',
    mac: '0a:58:0a:0a:00:01',
    networks: ['set', ['10.10.0.1/24', 'fd00:10::1/64']],
    ipv6_ra_configs: [
      'map',
      [
        ['address_mode', 'slaac'],
        ['dnssl', 'cluster.local'],
        ['max_interval', '4'],
        ['min_interval', '3'],
        ['mtu', '1400'],
        ['rdnss', 'fd00:10::2'],
        ['router_preference', 'HIGH'],
        ['send_periodic', 'true'],
      ],
    ],
    options: ['map', []],
  })
  t.like(rowOf(rows, 'Logical_Switch_Port:vmnet-to-lrp-vmnet'), {
    type: 'router',
    addresses: ['set', ['router']],
    options: [
      'map',
      [
        ['arp_proxy', '169.254.1.1'],
        ['router-port', 'lrp-vmnet'],
      ],
    ],
  })
  // the router port's address as the gateway: no RA, no arp_proxy; the switch port named by the caller
  const plain = ok(_.vmGateway({ switch: 'vmnet', name: 'lrp-vmnet', switchPort: 'vmnet-to-lr', mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1/24' }))
  const plainRows = stateOf(plain, []).rows
  t.like(rowOf(plainRows, 'Logical_Router_Port:lrp-vmnet'), { networks: ['set', ['10.10.0.1/24']], ipv6_ra_configs: ['map', []] })
  t.like(rowOf(plainRows, 'Logical_Switch_Port:vmnet-to-lr'), { options: ['map', [['router-port', 'lrp-vmnet']]] })
  t.is(plain.linkLocal, undefined)
})

test('a VM behind a link-local gateway: DHCPv4 router 169.254.1.1, on-link by a /32 route, the default route through it, server_id the router port\'s address', (t) => {
  const gw = ok(_.vmGateway(gatewayInput))
  const vm = ok(_.vmNetwork({ name: 'vm-a', mac: '0a:58:0a:0a:00:0a', ipv4: '10.10.0.10/24', chassis: 'node1', gateway: gw, dhcpv4: { mtu: 1400, routes: [{ prefix: '169.254.169.254/32', nexthop: '10.10.0.2' }] } }))
  t.deepEqual(rowOf(stateOf(gw, [vm]).rows, 'DHCP_Options:vm:vm-a:v4'), {
    cidr: '10.10.0.0/24',
    options: [
      'map',
      [
        ['classless_static_route', '{169.254.1.1/32,0.0.0.0, 0.0.0.0/0,169.254.1.1, 169.254.169.254/32,10.10.0.2}'],
        ['hostname', '"vm-a"'],
        ['lease_time', '3600'],
        ['mtu', '1400'],
        ['router', '169.254.1.1'],
        ['server_id', '10.10.0.1'],
        ['server_mac', '0a:58:0a:0a:00:01'],
      ],
    ],
    external_ids: ['map', [['ovn-nb/vm', 'vm-a']]],
  })
  // no IPv6 address given, the gateway advertises SLAAC: the one the guest forms from its MAC
  t.deepEqual(vm.port.addresses, ['0a:58:0a:0a:00:0a 10.10.0.10 fd00:10::858:aff:fe0a:a'])
  t.deepEqual(vm.port.portSecurity, vm.port.addresses)
  t.is(_.slaacAddress(gw, '0a:58:0a:0a:00:0a'), 'fd00:10::858:aff:fe0a:a/64')
  // the router port's address as the gateway: DHCPv4 router is that address, no routes added
  const plain = ok(_.vmGateway({ switch: 'vmnet', name: 'lrp-vmnet', mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1/24', ipv6: 'fd00:10::1/64', ra: { addressMode: 'dhcpv6_stateful' } }))
  const vm2 = ok(_.vmNetwork({ name: 'vm-b', mac: '0a:58:0a:0a:00:0b', ipv4: '10.10.0.11/24', chassis: 'node1', gateway: plain, dhcpv4: {} }))
  t.deepEqual(vm2.dhcpv4?.options, { hostname: '"vm-b"', lease_time: '3600', router: '10.10.0.1', server_id: '10.10.0.1', server_mac: '0a:58:0a:0a:00:01' })
  // stateful DHCPv6: no address derived
  t.deepEqual(vm2.port.addresses, ['0a:58:0a:0a:00:0b 10.10.0.11'])
})

test('bad gateways and VMs outside their gateway\'s subnets: every problem at its path', (t) => {
  t.deepEqual(paths(_.vmGateway({ switch: '', name: 'lrp', mac: 'zz', ra: { addressMode: 'slaac' }, linkLocal: '10.0.0.1' })), ['switch', 'mac', '', 'ra', 'linkLocal', 'ipv4'])
  t.deepEqual(paths(_.vmGateway({ switch: 's', name: 'lrp', mac: '0a:00:00:00:00:01', ipv4: '10.0.0.1', ipv6: 'fd00::1/129' })), ['ipv4', 'ipv6'])
  t.deepEqual(paths(_.vmGateway({ switch: 's', name: 'lrp', mac: '0a:00:00:00:00:01', ipv6: 'fd00::1/64', ra: { addressMode: 'nope' as 'slaac' } })), ['routerPort.ipv6RaConfigs.address_mode'])
  const gw = ok(_.vmGateway(gatewayInput))
  t.deepEqual(paths(_.vmNetwork({ name: 'vm-x', mac: '0a:58:0a:0a:00:0a', ipv4: '10.20.0.10/24', ipv6: 'fd00:20::10/64', chassis: 'node1', gateway: gw })), ['ipv4', 'ipv6'])
})

test('against ovsdb-server: with the gateway in the topology, each migration step is still one key-level mutate of the VM port\'s options; the gateway\'s rows are as desired', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const replica = right(t, await syncReplica(c, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })())
  let sent: ReadonlyArray<Operation> = []
  c.addGuard((_db, ops) => {
    sent = ops
    return E.right(undefined)
  })
  const gw = ok(_.vmGateway(gatewayInput))
  const vm = ok(_.vmNetwork({ name: 'vm-a', mac: '0a:58:0a:0a:00:0a', ipv4: '10.10.0.10/24', chassis: 'node1', gateway: gw, dhcpv4: {} }))
  right(t, await apply(c, stateOf(gw, [vm]), { replica })())
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vmnet-to-lrp-vmnet', 'options').trim(), '{arp_proxy="169.254.1.1", router-port=lrp-vmnet}')
  t.is(
    nbctl(server, 'get', 'Logical_Router_Port', 'lrp-vmnet', 'ipv6_ra_configs').trim(),
    '{address_mode=slaac, dnssl=cluster.local, max_interval="4", min_interval="3", mtu="1400", rdnss="fd00:10::2", router_preference=HIGH, send_periodic="true"}',
  )
  const moving = ok(_.beginMigration(vm, 'node2'))
  const moved = ok(_.completeMigration(moving))
  const again = ok(_.beginMigration(moved, 'node1'))
  const steps: ReadonlyArray<readonly [string, _.VmNetwork]> = [
    ['begin', moving],
    ['complete', moved],
    ['begin again', again],
    ['abort', ok(_.abortMigration(again))],
  ]
  for (const [name, v] of steps) {
    const r = right(t, await apply(c, stateOf(gw, [v]), { replica })())
    t.is(r.plan.entries.length, 1, `${name}: ${renderText(r.plan)}`)
    t.like(r.plan.entries[0], { action: 'update', table: 'Logical_Switch_Port' })
    t.is(compile(r.plan).length, 1, name)
    t.like(sent[0], { op: 'mutate', table: 'Logical_Switch_Port' })
    // only the port's options (and the owner's note of the keys it manages) change
    const mutated = (sent[0] as { readonly mutations: ReadonlyArray<readonly [string, string, unknown]> }).mutations.map((m) => m[0])
    t.deepEqual([...new Set(mutated)].sort(), ['external_ids', 'options'], name)
  }
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm-a', 'options').trim(), '{requested-chassis=node2}')
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vmnet-to-lrp-vmnet', 'options').trim(), '{arp_proxy="169.254.1.1", router-port=lrp-vmnet}')
})
