import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'

const ok = <A>(r: E.Either<_.DslError, A>): A => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}
const paths = (r: E.Either<_.DslError, unknown>): string[] => (E.isLeft(r) ? r.left.problems.map((p) => p.path) : [])

const dhcp4 = ok(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0A:00:00:00:00:01', lease_time: 3600, router: '10.0.0.1', dns_server: ['8.8.8.8', '1.1.1.1'], classless_static_route: [{ prefix: '169.254.169.254/32', nexthop: '10.0.0.2' }, { prefix: '0.0.0.0/0', nexthop: '10.0.0.1' }], hostname: 'vm1', mtu: 1400 } }))

test('dhcpOptions prints values as OVN reads them and sorts keys', (t) => {
  t.is(dhcp4.family, 4)
  t.is(dhcp4.key, '10.0.0.0/24')
  t.deepEqual(dhcp4.options, {
    classless_static_route: '{169.254.169.254/32,10.0.0.2, 0.0.0.0/0,10.0.0.1}',
    dns_server: '{8.8.8.8, 1.1.1.1}',
    hostname: '"vm1"',
    lease_time: '3600',
    mtu: '1400',
    router: '10.0.0.1',
    server_id: '10.0.0.1',
    server_mac: '0a:00:00:00:00:01',
  })
  t.true(Object.isFrozen(dhcp4) && Object.isFrozen(dhcp4.options))
  const v6 = ok(_.dhcpOptions({ cidr: 'FD00::/64', v6: { server_id: '0a:00:00:00:00:01', dns_server: ['fd00::53'], dhcpv6_stateless: true } }))
  t.deepEqual(v6.options, { dhcpv6_stateless: 'true', dns_server: 'fd00::53', server_id: '0a:00:00:00:00:01' })
  t.is(v6.cidr, 'fd00::/64')
})

test('dhcpOptions refuses bad values, unknown keys (unless forced), missing required keys, a router outside the CIDR', (t) => {
  t.deepEqual(
    paths(_.dhcpOptions({ cidr: '10.0.0.1/24', v4: { server_id: 'fd00::1', server_mac: 'zz', lease_time: -1, dns_server: [] } })),
    ['cidr', 'v4.server_id', 'v4.server_mac', 'v4.lease_time', 'v4.dns_server', 'v4.server_id', 'v4.server_mac', 'v4.lease_time'],
  )
  t.deepEqual(paths(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 1, router: '10.1.0.1' } })), ['v4.router'])
  // a router outside the CIDR made on-link by the classless static routes (a link-local gateway) is fine
  const onLink = [{ prefix: '169.254.1.1/32', nexthop: '0.0.0.0' }, { prefix: '0.0.0.0/0', nexthop: '169.254.1.1' }]
  t.true(E.isRight(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 1, router: '169.254.1.1', classless_static_route: onLink } })))
  t.deepEqual(paths(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 1, router: '169.254.1.1', classless_static_route: onLink.slice(1) } })), ['v4.router'])
  t.deepEqual(paths(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 1 }, extra: { frob: '1' } })), ['extra.frob'])
  const forced = _.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 1 }, extra: { frob: '1' }, force: true })
  t.is(E.isRight(forced) ? forced.right.options['frob'] : undefined, '1')
  t.deepEqual(paths(_.dhcpOptions({ cidr: 'fd00::/64', v4: { server_id: '10.0.0.1' } as never, v6: { server_id: '0a:00:00:00:00:01' } })), ['v4'])
  t.deepEqual(paths(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 1, frob: 1 } as never })), ['v4.frob'])
})

test('switchPort: canonical addresses, typed options per type, every problem at once', (t) => {
  const p = ok(_.switchPort({ name: 'vm1', addresses: ['0A:00:00:00:00:01 10.0.0.11 FD00::B'], portSecurity: ['0A:00:00:00:00:01 10.0.0.11'], dhcpv4Options: dhcp4, requestedChassis: 'a,b', activationStrategy: 'rarp' }))
  t.deepEqual(p.addresses, ['0a:00:00:00:00:01 10.0.0.11 fd00::b'])
  t.deepEqual(p.portSecurity, ['0a:00:00:00:00:01 10.0.0.11'])
  t.deepEqual(p.options, { 'activation-strategy': 'rarp', 'requested-chassis': 'a,b' })
  t.is(p.dhcpv4Options, dhcp4)
  t.deepEqual(ok(_.switchPort({ name: 'r', type: 'router', routerPort: 'lrp0' })).addresses, ['router'])
  t.deepEqual(ok(_.switchPort({ name: 'ln', type: 'localnet', networkName: 'physnet1', tag: 100 })).options, { network_name: 'physnet1' })
  t.deepEqual(paths(_.switchPort({ name: '', type: 'router', addresses: ['nope'], tag: 5000, dhcpv6Options: dhcp4 })), ['name', 'routerPort', 'addresses[0]', 'tag', 'dhcpv6Options'])
  t.deepEqual(paths(_.switchPort({ name: 'v', type: 'virtual' })), ['virtualIp', 'virtualParents'])
  t.deepEqual(paths(_.switchPort({ name: 'x', type: 'bogus' as never })), ['type'])
  t.deepEqual(paths(_.switchPort({ name: 'x', addresses: ['unknown', 'unknown'] })), ['addresses[1]'])
})

test('switchPort tagRequest: a container port asks for a tag (0: any), written to tag_request; its tag is then ovn-northd\'s, neither given nor written', (t) => {
  const c = ok(_.switchPort({ name: 'c1', parentName: 'vm1', tagRequest: 0 }))
  t.is(c.tagRequest, 0)
  const row = (port: _.SwitchPort) => ok(_.topology({ owner: 'o', switches: [ok(_.logicalSwitch({ name: 'sw', ports: [port] }))] })).toDesired().rows.find((r) => r.table === 'Logical_Switch_Port')!.columns
  t.is(row(c)['tag_request'], 0)
  t.false('tag' in row(c))
  // without a request, tag is written (empty when unset) and tag_request is not
  const v = row(ok(_.switchPort({ name: 'c2', parentName: 'vm1', tag: 7 })))
  t.is(v['tag'], 7)
  t.false('tag_request' in v)
  t.deepEqual(paths(_.switchPort({ name: 'x', tagRequest: 4096 })), ['tagRequest'])
  t.deepEqual(paths(_.switchPort({ name: 'x', tag: 7, tagRequest: 7 })), ['tag'])
})

test('logicalSwitch, portGroup, addressSet', (t) => {
  const a = ok(_.switchPort({ name: 'a' }))
  t.deepEqual(paths(_.logicalSwitch({ name: 'sw', ports: [a, a] })), ['ports[1]'])
  t.deepEqual(paths(_.portGroup({ name: 'pg-web' })), ['name'])
  t.deepEqual(ok(_.addressSet({ name: 'as1', addresses: ['10.0.0.2', '10.0.0.1', '10.0.0.1', 'FD00::1', '10.0.0.0/8'] })).addresses, ['10.0.0.0/8', '10.0.0.1', '10.0.0.2', 'fd00::1'])
  t.deepEqual(paths(_.addressSet({ name: 'as1', addresses: ['10.0.0.1/8', 'x'] })), ['addresses[0]', 'addresses[1]'])
})

test('topology: cross-value rules', (t) => {
  const a = ok(_.switchPort({ name: 'a' }))
  const a2 = ok(_.switchPort({ name: 'a', addresses: ['unknown'] }))
  const sw1 = ok(_.logicalSwitch({ name: 'sw1', ports: [a] }))
  const sw2 = ok(_.logicalSwitch({ name: 'sw2', ports: [a] }))
  t.deepEqual(paths(_.topology({ owner: 'o', switches: [sw1, sw2] })), ['switches.sw2.ports.a'])
  t.deepEqual(paths(_.topology({ owner: 'o', switches: [sw1, sw1] })), ['switches[1]', 'switches[1].ports.a'])
  t.deepEqual(paths(_.topology({ owner: 'o', switches: [sw1], portGroups: [ok(_.portGroup({ name: 'pg', ports: [a2] }))] })), ['portGroups.pg.ports.a'])
  t.deepEqual(paths(_.topology({ owner: '', switches: [] })), ['owner'])
  const d2 = ok(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 60 } }))
  const p1 = ok(_.switchPort({ name: 'p1', dhcpv4Options: dhcp4 }))
  const p2 = ok(_.switchPort({ name: 'p2', dhcpv4Options: d2 }))
  t.deepEqual(paths(_.topology({ owner: 'o', switches: [ok(_.logicalSwitch({ name: 's', ports: [p1, p2] }))] })), ['switches.s.ports.p2.dhcpv4Options'])
})

test('toDesired: one row per value, references by id, DHCP options shared by value once', (t) => {
  const p1 = ok(_.switchPort({ name: 'p1', dhcpv4Options: dhcp4 }))
  const p2 = ok(_.switchPort({ name: 'p2', dhcpv4Options: dhcp4 }))
  const top = ok(_.topology({ owner: 'o', switches: [ok(_.logicalSwitch({ name: 's', ports: [p1, p2] }))], addressSets: [ok(_.addressSet({ name: 'as1' }))] }))
  const d = _.toDesired(top)
  t.is(d.owner, 'o')
  t.deepEqual(d.rows.map((r) => r.id), ['Logical_Switch:s', 'Logical_Switch_Port:p1', 'Logical_Switch_Port:p2', 'Address_Set:as1', 'DHCP_Options:10.0.0.0/24'])
  t.deepEqual(d.rows[0]!.columns['ports'], ['set', [['ref', 'Logical_Switch_Port:p1'], ['ref', 'Logical_Switch_Port:p2']]])
  t.deepEqual(d.rows[1]!.columns['dhcpv4_options'], ['ref', 'DHCP_Options:10.0.0.0/24'])
})

test('constructors never throw, and equal inputs give equal values', (t) => {
  let runs = 0
  fc.assert(
    fc.property(fc.anything(), fc.anything(), fc.anything(), (name, addresses, tag) => {
      runs++
      const input = { name, addresses, tag } as unknown as _.SwitchPortInput
      const r1 = _.switchPort(input)
      const r2 = _.switchPort(input)
      return E.isLeft(r1) === E.isLeft(r2) && (E.isLeft(r1) || (E.isRight(r2) && _.EqValue.equals(r1.right, r2.right)))
    }),
  )
  fc.assert(
    fc.property(fc.anything(), fc.anything(), fc.anything(), (name, addresses, ports) => {
      runs++
      const results: ReadonlyArray<E.Either<_.DslError, unknown>> = [_.addressSet({ name, addresses } as never), _.portGroup({ name, ports } as never), _.logicalSwitch({ name, ports } as never), _.dhcpOptions({ cidr: name, v4: addresses } as never)]
      return results.every((r) => E.isLeft(r) || E.isRight(r))
    }),
  )
  t.true(runs >= 200)
})
