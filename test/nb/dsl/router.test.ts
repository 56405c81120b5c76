import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

const ha = ok(_.haChassisGroup({ name: 'ha', chassis: [{ chassisName: 'gw-1', priority: 1 }] }))

test('routerPort: canonical MAC and networks, gateway chassis named PORT-CHASSIS, typed RA configs and options', (t) => {
  const p = ok(
    _.routerPort({
      name: 'lrp-web',
      mac: '0A:00:00:00:01:01',
      networks: ['10.0.1.1/24', 'FD00:1:0::1/64'],
      gatewayChassis: [{ chassisName: 'gw-2', priority: 10 }, { chassisName: 'gw-1', priority: 20 }],
      ipv6RaConfigs: {
        address_mode: 'slaac',
        router_preference: 'LOW',
        route_info: [{ preference: 'HIGH', prefix: 'FD00:2::/64' }, { preference: 'LOW', prefix: 'fd00:3::/48' }],
        mtu: 1500,
        send_periodic: true,
        max_interval: 100,
        min_interval: 75,
        rdnss: 'FD00:1::53',
        dnssl: ['a.example', 'b.example'],
      },
      ipv6Prefix: ['fd00:9::/64', 'FD00:8::/64', 'fd00:9::/64'],
      enabled: false,
      routeTable: 'rtb-1',
      gatewayMtu: 1400,
      prefixDelegation: true,
      redirectType: 'bridged',
      options: { mcast_flood: 'true' },
      externalIds: { b: '2', a: '1' },
    }),
  )
  t.deepEqual(p, {
    _tag: 'RouterPort',
    name: 'lrp-web',
    mac: '0a:00:00:00:01:01',
    networks: ['10.0.1.1/24', 'fd00:1::1/64'],
    gatewayChassis: [
      { name: 'lrp-web-gw-1', chassisName: 'gw-1', priority: 20 },
      { name: 'lrp-web-gw-2', chassisName: 'gw-2', priority: 10 },
    ],
    ipv6RaConfigs: {
      address_mode: 'slaac',
      dnssl: 'a.example,b.example',
      max_interval: '100',
      min_interval: '75',
      mtu: '1500',
      rdnss: 'fd00:1::53',
      route_info: 'HIGH-fd00:2::/64,LOW-fd00:3::/48',
      router_preference: 'LOW',
      send_periodic: 'true',
    },
    ipv6Prefix: ['fd00:8::/64', 'fd00:9::/64'],
    enabled: false,
    options: { gateway_mtu: '1400', mcast_flood: 'true', prefix_delegation: 'true', 'redirect-type': 'bridged', route_table: 'rtb-1' },
    externalIds: { a: '1', b: '2' },
  })
  t.true(deepFrozen(p))
  t.is(ok(_.routerPort({ name: 'p', mac: '0a:00:00:00:00:01', networks: ['10.0.0.1/24'], haChassisGroup: ha, peer: 'q' })).haChassisGroup, ha)
})

test('routerPort refuses bad fields, each at its path', (t) => {
  const base = { name: 'p', mac: '0a:00:00:00:00:01', networks: ['10.0.0.1/24'] }
  rejects(t, _.routerPort, [
    [{ ...base, name: '' }, ['name']],
    [{ ...base, mac: '0a:00:00:00:00' }, ['mac']],
    [{ ...base, mac: '01:00:5e:00:00:01' }, ['mac']],
    [{ ...base, networks: [] }, ['networks']],
    [{ ...base, networks: ['10.0.0.1'] }, ['networks[0]']],
    [{ ...base, networks: ['10.0.0.1/24', '10.0.0.1/24', 'fe80::1/64'] }, ['networks[1]', 'networks[2]']],
    [{ ...base, peer: 'p' }, ['peer']],
    [{ ...base, gatewayChassis: [{ chassisName: 'a', priority: 1 }, { chassisName: 'a', priority: 2 }, { chassisName: '', priority: 40000 }] }, ['gatewayChassis[1]', 'gatewayChassis[2].chassisName', 'gatewayChassis[2].priority']],
    [{ ...base, gatewayChassis: [{ chassisName: 'a', priority: 1 }], haChassisGroup: ha }, ['haChassisGroup']],
    [{ ...base, haChassisGroup: 42 as never }, ['haChassisGroup']],
    [{ ...base, haChassisGroup: { name: '' } }, ['haChassisGroup.name']],
    [{ ...base, haChassisGroup: 'gw' }, ['haChassisGroup']],
    [{ ...base, ipv6RaConfigs: { address_mode: 'slaac' } }, ['ipv6RaConfigs']],
    [{ ...base, networks: ['fd00::1/64'], ipv6RaConfigs: { mtu: 1000, max_interval: 2, min_interval: 1 } as never }, ['ipv6RaConfigs.address_mode', 'ipv6RaConfigs.mtu', 'ipv6RaConfigs.max_interval', 'ipv6RaConfigs.min_interval']],
    [{ ...base, networks: ['fd00::1/64'], ipv6RaConfigs: { address_mode: 'slaac', max_interval: 100, min_interval: 76 } }, ['ipv6RaConfigs.min_interval']],
    [{ ...base, networks: ['fd00::1/64'], ipv6RaConfigs: { address_mode: 'slaac', rdnss: '10.0.0.53', dnssl: ['bad domain'], route_info: [{ preference: 'TOP' as never, prefix: '10.0.0.0/8' }], frob: 1 } as never }, ['ipv6RaConfigs.frob', 'ipv6RaConfigs.route_info[0].preference', 'ipv6RaConfigs.route_info[0].prefix', 'ipv6RaConfigs.rdnss', 'ipv6RaConfigs.dnssl']],
    [{ ...base, ipv6Prefix: ['10.0.0.0/8'] }, ['ipv6Prefix[0]']],
    [{ ...base, gatewayMtu: 40, redirectType: 'tunnel' as never, options: { gateway_mtu: '1500' } }, ['redirectType', 'gatewayMtu']],
    [{ ...base, routeTable: 'a', options: { route_table: 'b' } }, ['options.route_table']],
  ])
})

const route = ok(_.staticRoute({ ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', outputPort: 'ext' }))
const ext = ok(_.routerPort({ name: 'ext', mac: '0a:00:00:00:ff:01', networks: ['172.16.0.2/24'], gatewayChassis: [{ chassisName: 'gw-1', priority: 1 }] }))
const ext2 = ok(_.routerPort({ name: 'ext2', mac: '0a:00:00:00:ff:02', networks: ['172.17.0.2/24'], haChassisGroup: ha }))
const inner = ok(_.routerPort({ name: 'in', mac: '0a:00:00:00:01:01', networks: ['10.0.0.1/24'] }))
const snat = ok(_.nat({ type: 'snat', externalIp: '172.16.0.2', logicalIp: '10.0.0.0/24', gatewayPort: 'ext' }))
const lb = ok(_.loadBalancer({ name: 'lb', vips: { '172.16.0.100:80': ['10.0.0.5:80'] } }))
const policy = ok(_.routerPolicy({ priority: 10, match: 'ip4.dst == 192.0.2.0/24', action: 'drop' }))

test('logicalRouter holds ports, routes, policies, NAT and refers to load balancers, groups and a CoPP policy', (t) => {
  const copp = ok(_.copp({ name: 'c', meters: { arp: 'm' } }))
  const lbg = ok(_.loadBalancerGroup({ name: 'g', loadBalancers: [lb] }))
  const r = ok(
    _.logicalRouter({
      name: 'lr0',
      ports: [ext, inner],
      staticRoutes: [route],
      policies: [policy],
      nat: [snat],
      loadBalancers: [lb],
      loadBalancerGroups: [lbg],
      copp,
      enabled: true,
      dynamicNeighRouters: true,
      alwaysLearnFromArpRequest: false,
      mcastRelay: true,
      lbForceSnatIp: ['FD00::1', '172.16.0.2'],
      snatCtZone: 10,
      options: { 'requested-tnl-key': '7' },
    }),
  )
  t.deepEqual(r, {
    _tag: 'LogicalRouter',
    name: 'lr0',
    ports: [ext, inner],
    staticRoutes: [route],
    policies: [policy],
    nat: [snat],
    loadBalancers: [lb],
    loadBalancerGroups: [lbg],
    copp,
    enabled: true,
    options: {
      always_learn_from_arp_request: 'false',
      dynamic_neigh_routers: 'true',
      lb_force_snat_ip: 'fd00::1 172.16.0.2',
      mcast_relay: 'true',
      'requested-tnl-key': '7',
      'snat-ct-zone': '10',
    },
    externalIds: {},
  })
  t.true(deepFrozen(r))
  t.deepEqual(ok(_.logicalRouter({ name: 'gw', chassis: 'hv1', lbForceSnatIp: 'router_ip', nat: [ok(_.nat({ type: 'snat', externalIp: '172.16.0.2', logicalIp: '10.0.0.0/24' }))] })).options, { chassis: 'hv1', lb_force_snat_ip: 'router_ip' })
})

test('logicalRouter refuses what the router cannot hold, each at its path', (t) => {
  const dup = ok(_.staticRoute({ ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', outputPort: 'ext' }))
  rejects(t, _.logicalRouter, [
    [{ name: '' }, ['name']],
    [{ name: 'r', ports: [inner, inner] }, ['ports[1]']],
    [{ name: 'r', ports: [route as never] }, ['ports[0]']],
    [{ name: 'r', ports: [ext], staticRoutes: [route, dup] }, ['staticRoutes[1]']],
    [{ name: 'r', ports: [inner], staticRoutes: [route] }, ['staticRoutes[0].outputPort']],
    [{ name: 'r', policies: [policy, policy] }, ['policies[1]']],
    [{ name: 'r', ports: [ext], nat: [snat, snat] }, ['nat[1]']],
    [{ name: 'r', ports: [inner], nat: [ok(_.nat({ type: 'snat', externalIp: '172.16.0.2', logicalIp: '10.0.0.0/24' }))] }, ['nat']],
    [{ name: 'r', ports: [inner, ext2], nat: [snat] }, ['nat[0].gatewayPort']],
    [{ name: 'r', ports: [ext, ext2], loadBalancers: [lb] }, ['loadBalancers']],
    [{ name: 'r', loadBalancers: [lb, lb] }, ['loadBalancers[1]']],
    [{ name: 'r', chassis: 'hv1', ports: [ext] }, ['ports.ext']],
    [{ name: 'r', lbForceSnatIp: ['10.0.0.1', '10.0.0.2'], snatCtZone: -1, mcastRelay: 'yes' as never, enabled: 1 as never }, ['enabled', 'lbForceSnatIp', 'mcastRelay', 'snatCtZone']],
    [{ name: 'r', chassis: 'a', options: { chassis: 'b' } }, ['options.chassis']],
    [{ name: 'r', copp: lb as never }, ['copp']],
  ])
})

test('routerPort and logicalRouter keep their laws on random input', (t) => {
  laws(
    t,
    _.routerPort,
    fc.record({
      name: field('p1', 'lrp-x'),
      mac: field('0a:00:00:00:00:01', '0A:00:00:00:00:02', 'zz'),
      networks: field(['10.0.0.1/24'], ['fd00::1/64', '10.0.0.1/24'], ['10.0.0.1']),
      peer: opt('q'),
      gatewayChassis: opt([{ chassisName: 'gw', priority: 1 }], []),
      haChassisGroup: opt(ha),
      ipv6RaConfigs: opt({ address_mode: 'slaac' }, { address_mode: 'dhcpv6_stateful', mtu: 1500 }),
      ipv6Prefix: opt(['fd00::/64']),
      enabled: opt(true, false),
      gatewayMtu: opt(1500, 20),
      options: opt({ a: 'b' }),
    }),
  )
  laws(
    t,
    _.logicalRouter,
    fc.record({
      name: field('lr', 'lr-2'),
      ports: opt([inner], [ext, inner], [ext, ext2]),
      staticRoutes: opt([route], []),
      policies: opt([policy]),
      nat: opt([snat]),
      loadBalancers: opt([lb]),
      chassis: opt('hv1'),
      enabled: opt(true),
      options: opt({ a: 'b' }),
    }),
  )
})
