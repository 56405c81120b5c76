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
