import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { inScope, Scope } from '../../../src/nb/dsl/scope.js'
import { checkedSwitchPort } from '../../../src/nb/dsl/switchPortChecked.js'
import { fastSwitchPort } from '../../../src/nb/dsl/switchPortFast.js'
import { isCanonicalMacIpv4 } from '../../../src/nb/net/canonical.js'
import { LspAddress, PortSecurity } from '../../../src/nb/net/index.js'
import * as arb from '../net/arbitraries.js'
import { ok, sameAsFullCheck } from './helpers.js'

// switchPort answers from a fast path when it can (issue 15: the DSL's cold build cost),
// and from the full check otherwise. The fast path must give exactly the full check's
// value — content, key order, frozen, branded — and answer nothing where the full check
// would refuse or change something.

const dhcp4 = ok(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 60, router: '10.0.0.1' } }))
const dhcp6 = ok(_.dhcpOptions({ cidr: 'fd00::/64', v6: { server_id: '0a:00:00:00:00:01' } }))
const forgedDhcp = { ...dhcp4 }

// entries: canonical ones (the fast path's), and near misses it must leave to the full check
const entries = [
  '0a:00:00:00:00:01 10.0.0.5',
  '0a:00:00:00:00:02 10.0.0.6 10.0.0.7',
  '0a:00:00:00:00:03',
  '0a:00:00:00:00:04 255.255.255.255 0.0.0.0',
  '0A:00:00:00:00:01 10.0.0.5',
  '0a:00:00:00:00:01  10.0.0.5',
  ' 0a:00:00:00:00:01 10.0.0.5',
  '0a:00:00:00:00:01 10.0.0.5 ',
  '0a:00:00:00:00:01,10.0.0.5',
  '0a:00:00:00:00:01 10.0.0.05',
  '0a:00:00:00:00:01 10.0.0.256',
  '0a:00:00:00:00:01 10.0.0.5 10.0.0.5',
  '0a:00:00:00:00:01 10.0.0.5/24',
  '0a:00:00:00:00:01 10.0.0.5/32',
  '0a:00:00:00:00:01 fd00::5',
  '0a:00:00:00:00:01 dynamic',
  '0a:00:00:00:00:01 10.0.0',
  '0a:00:00:00:00:01 10.0.0.5.1',
  '0a:00:00:00:00:0g 10.0.0.5',
  '0a:00:00:00:00:01x',
  'router',
  'unknown',
  'dynamic',
  'dynamic 10.0.0.9',
  '',
]

// mostly absent, so that most inputs are ones the fast path takes
const maybe = <A>(a: fc.Arbitrary<A>): fc.Arbitrary<A | undefined> => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: a, weight: 1 })
const entry = fc.oneof({ arbitrary: fc.constantFrom(...entries.slice(0, 4)), weight: 4 }, { arbitrary: fc.constantFrom(...entries), weight: 1 })
const list = fc.array(entry, { maxLength: 3 })
const input = fc.record(
  {
    name: fc.oneof({ arbitrary: fc.constantFrom('vm1', 'p-2'), weight: 6 }, { arbitrary: fc.constantFrom('', 'a\u0001b', 7 as unknown as string), weight: 1 }),
    type: maybe(fc.constantFrom('', 'router', 'localnet', 'localport', 'external', 'virtual', 'vtep', 'bogus') as fc.Arbitrary<_.SwitchPortType>),
    addresses: maybe(fc.oneof(list, fc.constant('x' as unknown as string[]))),
    portSecurity: maybe(list),
    routerPort: maybe(fc.constantFrom('lrp0', '', 3 as unknown as string)),
    networkName: maybe(fc.constantFrom('physnet1', '')),
    requestedChassis: maybe(fc.constantFrom('node-a', 'node-a,node-b', '')),
    activationStrategy: maybe(fc.constant('rarp' as const)),
    options: maybe(fc.constantFrom<Record<string, unknown>>({}, { b: '1', B: '2', a: '3' }, { 'router-port': 'lrp0' }, { 'requested-chassis': 'other' }, { k: 1 }, { '10': 'x', '9': 'y', z: 'z' })),
    externalIds: maybe(fc.constantFrom<unknown>({}, { b: '2', a: '1' }, { a: 1 }, [] as unknown)),
    tag: maybe(fc.constantFrom(0, 1, 4095, 4096, 1.5, '7' as unknown as number)),
    tagRequest: maybe(fc.constantFrom(0, 4095, -1)),
    parentName: maybe(fc.constantFrom('vm', '', 'a\nb')),
    enabled: maybe(fc.constantFrom(true, false, 'yes' as unknown as boolean)),
    dhcpv4Options: maybe(fc.constantFrom<unknown>(dhcp4, dhcp6, forgedDhcp, 'net4', 'net6', 'missing', { cidr: '10.1.0.0/24' })),
    dhcpv6Options: maybe(fc.constantFrom<unknown>(dhcp6, dhcp4, 'net6')),
    mirrorRules: maybe(fc.constantFrom<unknown>([], ['m'])),
    virtualIp: maybe(fc.constant('10.0.0.100')),
  },
  { requiredKeys: ['name'] },
) as fc.Arbitrary<_.SwitchPortInput>

// a topology's names, as topology(...) declares them while it builds
const scope = (): Scope => {
  const s = new Scope()
  s.declare('dhcpOptions', 'net4', dhcp4, _.structuralEquals)
  s.declare('dhcpOptions', 'net6', dhcp6, _.structuralEquals)
  return s
}

test('fastSwitchPort: where it answers, the full check gives an equal value (same key order), frozen and branded', (t) => {
  // inside a topology's scope and outside it
  const run = <A>(inTopology: boolean, f: () => A): A => (inTopology ? inScope(scope(), f) : f())
  sameAsFullCheck(t, fc.tuple(input, fc.boolean()), {
    fast: ([i, inTopology]) => run(inTopology, () => fastSwitchPort(i)),
    full: ([i, inTopology]) => run(inTopology, () => checkedSwitchPort(i)),
  })
})

test('fastSwitchPort answers the common ports (so that the test above compares something)', (t) => {
  const common: ReadonlyArray<_.SwitchPortInput> = [
    { name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'], portSecurity: ['0a:00:00:00:00:01 10.0.0.11'], dhcpv4Options: dhcp4 },
    { name: 'rtr', type: 'router', routerPort: 'lrp0' },
    { name: 'ln', type: 'localnet', networkName: 'physnet1', tag: 100 },
    { name: 'vm2', addresses: ['0a:00:00:00:00:02 10.0.0.12'], requestedChassis: 'a,b', activationStrategy: 'rarp', externalIds: { app: 'x' } },
  ]
  for (const i of common) {
    const fast = fastSwitchPort(i)
    t.not(fast, undefined, JSON.stringify(i))
    t.deepEqual(E.right(fast), checkedSwitchPort(i))
    t.deepEqual(_.switchPort(i), checkedSwitchPort(i))
  }
  // and leaves the others to the full check, which reports (or normalizes) them
  t.is(fastSwitchPort({ name: 'vm1', addresses: ['0A:00:00:00:00:01 10.0.0.11'] }), undefined)
  // port security equal to the addresses is checked once, but keywords are no port security
  for (const kw of ['router', 'unknown', 'dynamic']) t.is(fastSwitchPort({ name: 'vm1', addresses: [kw], portSecurity: [kw] }), undefined, kw)
  const same = ['0a:00:00:00:00:01 10.0.0.11', '0a:00:00:00:00:02']
  t.deepEqual(E.right(fastSwitchPort({ name: 'vm1', addresses: same, portSecurity: same })), checkedSwitchPort({ name: 'vm1', addresses: same, portSecurity: same }))
  t.is(fastSwitchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11', '0a:00:00:00:00:01 10.0.0.11'] }), undefined)
  t.deepEqual(ok(_.switchPort({ name: 'vm1', addresses: ['0A:00:00:00:00:01 10.0.0.11'] })).addresses, ['0a:00:00:00:00:01 10.0.0.11'])
})

test('isCanonicalMacIpv4: true only for entries that parse (as addresses and as port security) and print back to themselves', (t) => {
  const printed = fc.oneof(arb.lspAddress.map(LspAddress.print), arb.portSecurity.map(PortSecurity.print))
  const text = fc.oneof(printed, fc.constantFrom(...entries), printed.map((s) => s.toUpperCase()), printed.map((s) => s.replace(' ', '  ')))
  let canonical = 0
  fc.assert(
    fc.property(text, (s) => {
      if (!isCanonicalMacIpv4(s)) return
      canonical++
      const a = LspAddress.parse(s)
      const ps = PortSecurity.parse(s)
      t.true(E.isRight(a) && LspAddress.print(a.right) === s, s)
      t.true(E.isRight(ps) && PortSecurity.print(ps.right) === s, s)
    }),
    { numRuns: 3000 },
  )
  t.true(canonical > 100, `canonical ${canonical}`)
  // and every printed MAC-with-IPv4-hosts entry is recognized
  fc.assert(
    fc.property(arb.mac, fc.uniqueArray(arb.ipv4, { maxLength: 4, selector: (a) => a.value }), (mac, ips) => {
      t.true(isCanonicalMacIpv4(LspAddress.print(LspAddress.fixed(mac, ips))))
    }),
    { numRuns: 500 },
  )
})
