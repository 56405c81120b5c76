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
