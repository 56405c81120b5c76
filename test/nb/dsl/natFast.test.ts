import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { checkedNat } from '../../../src/nb/dsl/nat.js'
import { fastNat } from '../../../src/nb/dsl/natFast.js'
import { sameAsFullCheck } from './helpers.js'

// nat answers from a fast path when it can (issue 15: the DSL's cold build cost), and
// from the full check otherwise: the same value — content, key order, frozen, branded —
// or, where the full check refuses or rewrites something, no answer from the fast path.

const v4 = ['203.0.113.1', '10.0.0.5', '0.0.0.0', '255.255.255.255']
const nets = ['10.0.0.0/24', '10.0.0.0/8', '0.0.0.0/0', '10.0.0.5/32', '10.0.0.1/24', '10.0.0.0/33', '10.00.0.0/24', '10.0.0.0/024']
const others = ['fd00::1', 'FD00::1', '10.0.0.05', '10.0.0.256', ' 10.0.0.5', '', 'x']
const maybe = <A>(a: fc.Arbitrary<A>): fc.Arbitrary<A | undefined> => fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: a, weight: 1 })
const input = fc.record(
  {
    type: fc.oneof({ arbitrary: fc.constantFrom('snat', 'dnat', 'dnat_and_snat'), weight: 8 }, { arbitrary: fc.constantFrom('nat', undefined), weight: 1 }),
    externalIp: fc.oneof({ arbitrary: fc.constantFrom(...v4), weight: 6 }, { arbitrary: fc.constantFrom(...others, 3), weight: 1 }),
    logicalIp: fc.oneof({ arbitrary: fc.constantFrom(...v4, ...nets), weight: 6 }, { arbitrary: fc.constantFrom(...others, null), weight: 1 }),
    logicalPort: maybe(fc.constantFrom('vm-a', '')),
    externalMac: maybe(fc.constantFrom('0a:00:00:00:00:01', '0A:00:00:00:00:01')),
    externalPortRange: maybe(fc.constantFrom('1024-65535', '80', '0')),
    gatewayPort: maybe(fc.constant('lrp-gw')),
    allowedExtIps: maybe(fc.constantFrom<unknown>({ name: 'ext', addresses: ['198.51.100.0/24'] })),
    exemptedExtIps: maybe(fc.constantFrom<unknown>({ name: 'ex', addresses: ['198.51.100.7'] })),
    stateless: maybe(fc.constantFrom(true, false)),
    addRoute: maybe(fc.constantFrom(true, false)),
    options: maybe(fc.constantFrom<unknown>({}, { k: 'v' })),
    externalIds: maybe(fc.constantFrom<unknown>({}, { a: '1' })),
  },
  { requiredKeys: ['type', 'externalIp', 'logicalIp'] },
) as unknown as fc.Arbitrary<_.NatInput>

test('fastNat: where it answers, the full check gives an equal value (same key order), frozen and branded; nat gives what the full check gives', (t) => {
  sameAsFullCheck(t, input, { fast: fastNat, full: checkedNat, exported: _.nat })
})

test('fastNat answers the common rules, and leaves the others to the full check', (t) => {
  for (const i of [
    { type: 'snat', externalIp: '203.0.0.1', logicalIp: '10.128.0.0' },
    { type: 'snat', externalIp: '203.0.0.1', logicalIp: '10.0.0.0/16' },
    { type: 'dnat_and_snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.5' },
  ] as const) {
    t.not(fastNat(i), undefined, JSON.stringify(i))
    t.deepEqual(_.nat(i), checkedNat(i))
  }
  // a /32 is printed bare, an IPv6 address canonically, a network is not for dnat: the full check
  for (const i of [
    { type: 'snat', externalIp: '203.0.0.1', logicalIp: '10.0.0.5/32' },
    { type: 'snat', externalIp: 'FD00::1', logicalIp: 'fd00:10::/64' },
    { type: 'dnat', externalIp: '203.0.0.1', logicalIp: '10.0.0.0/24' },
  ] as const)
    t.is(fastNat(i), undefined, JSON.stringify(i))
})
