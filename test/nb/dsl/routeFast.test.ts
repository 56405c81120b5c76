import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { checkedStaticRoute } from '../../../src/nb/dsl/route.js'
import { fastStaticRoute } from '../../../src/nb/dsl/routeFast.js'
import { sameAsFullCheck } from './helpers.js'

// staticRoute answers from a fast path when it can (issue 15: the DSL's cold build cost),
// and from the full check otherwise: the same value — content, key order, frozen,
// branded — or, where the full check refuses or rewrites something, no fast answer.

const prefixes = ['10.0.0.0/8', '0.0.0.0/0', '20.1.0.0/16', '10.0.0.5', '10.0.0.5/32', '10.0.0.1/8', '10.0.0.0/33', '010.0.0.0/8', 'fd00::/64', 'FD00::/64', '']
const hops = ['192.0.2.1', 'discard', '0.0.0.0', 'fd00::1', '192.0.2.01', 'Discard', '']
const maybe = <A>(a: fc.Arbitrary<A>): fc.Arbitrary<A | undefined> => fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: a, weight: 1 })
const input = fc.record(
  {
    ipPrefix: fc.oneof({ arbitrary: fc.constantFrom(...prefixes.slice(0, 4)), weight: 4 }, { arbitrary: fc.constantFrom<unknown>(...prefixes, 7), weight: 2 }),
    nexthop: fc.oneof({ arbitrary: fc.constantFrom(...hops.slice(0, 3)), weight: 4 }, { arbitrary: fc.constantFrom<unknown>(...hops, null), weight: 2 }),
    policy: maybe(fc.constantFrom('dst-ip', 'src-ip', 'x')),
    routeTable: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.constantFrom<unknown>('', 'rtb-1', 5), weight: 1 }),
    outputPort: maybe(fc.constantFrom('lrp0', '')),
    bfd: maybe(fc.constantFrom<unknown>({ logicalPort: 'lrp0', dstIp: '192.0.2.1' })),
    ecmpSymmetricReply: maybe(fc.constantFrom(true, false)),
    options: maybe(fc.constantFrom<unknown>({}, { k: 'v' })),
    externalIds: maybe(fc.constantFrom<unknown>({}, { a: '1' })),
  },
  { requiredKeys: ['ipPrefix', 'nexthop'] },
) as unknown as fc.Arbitrary<_.StaticRouteInput>

test('fastStaticRoute: where it answers, the full check gives an equal value (same key order), frozen and branded; staticRoute gives what the full check gives', (t) => {
  sameAsFullCheck(t, input, { fast: fastStaticRoute, full: checkedStaticRoute, exported: _.staticRoute })
})

test('fastStaticRoute answers the common routes, and leaves the others to the full check', (t) => {
  for (const i of [
    { ipPrefix: '20.1.0.0/16', nexthop: '100.64.0.254' },
    { ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', routeTable: 'rtb-1' },
    { ipPrefix: '10.0.0.5', nexthop: 'discard' },
  ]) {
    t.not(fastStaticRoute(i), undefined, JSON.stringify(i))
    t.deepEqual(_.staticRoute(i), checkedStaticRoute(i))
  }
  for (const i of [
    { ipPrefix: '10.0.0.5/32', nexthop: '192.0.2.1' },
    { ipPrefix: 'fd00::/64', nexthop: 'fd00::1' },
    { ipPrefix: '10.0.0.0/8', nexthop: '192.0.2.1', policy: 'src-ip' as const },
  ])
    t.is(fastStaticRoute(i), undefined, JSON.stringify(i))
})
