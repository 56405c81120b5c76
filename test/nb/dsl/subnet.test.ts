import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { paths } from './helpers.js'

test('a switch\'s subnet, excluded addresses and IPv6 prefix are typed fields written to other_config, checked', (t) => {
  const sw = _.logicalSwitch({ name: 'vmnet', subnet: '10.10.0.0/24', excludeIps: ['10.10.0.1', '10.10.0.200..10.10.0.254'], ipv6Prefix: 'fd00:10::/64' })
  if (E.isLeft(sw)) return t.fail(JSON.stringify(sw.left))
  t.deepEqual(sw.right.otherConfig, { subnet: '10.10.0.0/24', exclude_ips: '10.10.0.1 10.10.0.200..10.10.0.254', ipv6_prefix: 'fd00:10::' })
  // the same keys written as plain other_config are the same value
  const raw = _.logicalSwitch({ name: 'vmnet', otherConfig: { subnet: '10.10.0.0/24', exclude_ips: '10.10.0.1 10.10.0.200..10.10.0.254', ipv6_prefix: 'fd00:10::' } })
  t.deepEqual(raw, sw)
})

test('what OVN would not take is refused, each at its path, whichever way it was written', (t) => {
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', subnet: '10.10.0.0/33' })), ['subnet'])
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', otherConfig: { subnet: '10.10.0.0/33' } })), ['otherConfig.subnet'])
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', subnet: '10.10.0.1/24' })), ['subnet'])
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', subnet: 'fd00::/64' })), ['subnet'])
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', subnet: '10.0.0.0/24', excludeIps: ['10.1.0.1', '10.0.0.9..10.0.0.3', 'x'] })), ['excludeIps[0]', 'excludeIps[1]', 'excludeIps[2]'])
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', excludeIps: ['10.0.0.1'] })), ['excludeIps'])
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', ipv6Prefix: 'fd00::/48' })), ['ipv6Prefix'])
  t.deepEqual(paths(_.logicalSwitch({ name: 'a', subnet: '10.0.0.0/24', otherConfig: { subnet: '10.0.1.0/24' } })), ['subnet'])
  const r = _.logicalSwitch({ name: 'a', subnet: '10.10.0.0/33' })
  t.true(E.isLeft(r) && /33/.test(r.left.problems[0]!.message), JSON.stringify(r))
})

test('an error names the object it refused, and formatDslError makes one line per problem', (t) => {
  const bad = _.acl({ direction: 'to-lport', priority: 40000, match: 'outport == @pg && tcp.dst == 80', action: 'drop' })
  if (E.isRight(bad)) return t.fail()
  t.is(bad.left.name, 'to-lport 40000 outport == @pg && tcp.dst == 80')
  t.is(_.formatDslError(bad.left), 'acl "to-lport 40000 outport == @pg && tcp.dst == 80": priority: must be an integer from 0 to 32767, got 40000')
  const port = _.switchPort({ name: 'vm-a', addresses: ['0a:58:0a:00:00 10.0.0.1'] })
  t.true(E.isLeft(port) && port.left.name === 'vm-a' && /^switchPort "vm-a": addresses\[0\]: /.test(_.formatDslError(port.left)), JSON.stringify(port))
  const sw = _.logicalSwitch({ name: 'vmnet', subnet: '10.10.0.0/33' })
  t.true(E.isLeft(sw) && /^logicalSwitch "vmnet": subnet: /.test(_.formatDslError(sw.left)))
  t.true(E.isLeft(_.logicalSwitch(null as never)) && E.isLeft(_.logicalSwitch(null as never)) && (_.logicalSwitch(null as never) as E.Left<_.DslError>).left.name === undefined)
})

test('multicast snooping, MAC-only, VLAN pass-through and the tunnel key are typed switch fields written to other_config, checked', (t) => {
  const sw = _.logicalSwitch({
    name: 'mc',
    mcastSnoop: true,
    mcastQuerier: true,
    mcastEthSrc: '0A:00:00:00:00:FE',
    mcastIp4Src: '10.0.0.254',
    mcastIp6Src: 'FD00::FE',
    mcastTableSize: 4096,
    mcastIdleTimeout: 600,
    mcastQueryInterval: 60,
    mcastQueryMaxResponse: 2,
    mcastFloodUnregistered: false,
    macOnly: true,
    vlanPassthru: true,
    requestedTnlKey: 7,
    otherConfig: { other: 'x' },
  })
  if (E.isLeft(sw)) return t.fail(_.formatDslError(sw.left))
  t.deepEqual(sw.right.otherConfig, {
    mac_only: 'true',
    mcast_eth_src: '0a:00:00:00:00:fe',
    mcast_flood_unregistered: 'false',
    mcast_idle_timeout: '600',
    mcast_ip4_src: '10.0.0.254',
    mcast_ip6_src: 'fd00::fe',
    mcast_querier: 'true',
    mcast_query_interval: '60',
    mcast_query_max_response: '2',
    mcast_snoop: 'true',
    mcast_table_size: '4096',
    other: 'x',
    'requested-tnl-key': '7',
    'vlan-passthru': 'true',
  })
  // the same key written both ways must agree
  t.deepEqual(_.logicalSwitch({ name: 'mc', mcastSnoop: true, otherConfig: { mcast_snoop: 'true' } }), _.logicalSwitch({ name: 'mc', mcastSnoop: true }))
  const bad = _.logicalSwitch({
    name: 'mc',
    mcastSnoop: 'yes' as never,
    mcastTableSize: 40000,
    mcastIdleTimeout: 10,
    mcastQueryMaxResponse: 11,
    mcastEthSrc: '0a:00:00:00:00',
    mcastIp4Src: 'fd00::1',
    requestedTnlKey: 0,
    macOnly: true,
    otherConfig: { mac_only: 'false' },
  })
  t.deepEqual(paths(bad), ['mcastSnoop', 'mcastTableSize', 'mcastIdleTimeout', 'mcastQueryMaxResponse', 'mcastEthSrc', 'mcastIp4Src', 'requestedTnlKey', 'otherConfig.mac_only'])
  // a querier needs its sources
  t.deepEqual(paths(_.logicalSwitch({ name: 'mc', mcastSnoop: true, mcastQuerier: true })), ['mcastEthSrc', 'mcastIp4Src'])
})

// logicalSwitch skips its typed other_config options when none is given: each one given
// alone is still checked (a wrong value refused at its path).
test('logicalSwitch: each typed other_config option, given alone, is checked', (t) => {
  const wrong: ReadonlyArray<readonly [string, unknown]> = [
    ['macOnly', 'yes'],
    ['mcastSnoop', 'yes'],
    ['mcastQuerier', 'yes'],
    ['mcastFloodUnregistered', 'yes'],
    ['mcastTableSize', 0],
    ['mcastIdleTimeout', 1],
    ['mcastQueryInterval', 0],
    ['mcastQueryMaxResponse', 11],
    ['mcastEthSrc', 'nope'],
    ['mcastIp4Src', 'nope'],
    ['mcastIp6Src', 'nope'],
    ['vlanPassthru', 'yes'],
    ['requestedTnlKey', 0],
  ]
  for (const [field, v] of wrong) {
    const r = _.logicalSwitch({ name: 'sw', [field]: v } as never)
    t.true(E.isLeft(r) && r.left.problems.some((p) => p.path === field), field)
  }
})
