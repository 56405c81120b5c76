/**
 * Topologies as plain data: parse(print(valid)) round-trips, every injected fault is
 * reported at a path naming the object, names resolve (or are reported) as documented.
 */
import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { everything } from './fixture.js'
import { ISSUE_CODES, watchCodes } from './helpers.js'

// -------------------------------------------------------------------------------------
// a generator of valid plain topologies
// -------------------------------------------------------------------------------------

interface Plain {
  owner: string
  dhcpOptions?: Array<Record<string, unknown>>
  addressSets?: Array<Record<string, unknown>>
  switches?: Array<{ name: string; subnet?: string; ports: Array<Record<string, unknown>>; [k: string]: unknown }>
  routers?: Array<Record<string, unknown>>
  portGroups?: Array<{ name: string; ports: string[]; acls: Array<Record<string, unknown>> }>
}

const hex = (n: number): string => n.toString(16).padStart(2, '0')

const validTopology: fc.Arbitrary<Plain> = fc
  .record({
    dhcp: fc.integer({ min: 0, max: 2 }),
    sets: fc.integer({ min: 0, max: 2 }),
    switches: fc.array(fc.record({ subnet: fc.boolean(), exclude: fc.boolean(), v6: fc.boolean(), snoop: fc.option(fc.boolean(), { nil: undefined }), ports: fc.array(fc.record({ dhcp: fc.integer({ min: -1, max: 1 }), tag: fc.option(fc.integer({ min: 1, max: 4095 }), { nil: undefined }), enabled: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 3 }) }), { minLength: 1, maxLength: 3 }),
    groups: fc.array(fc.record({ members: fc.array(fc.nat(), { maxLength: 3 }), acls: fc.uniqueArray(fc.integer({ min: 0, max: 32767 }), { maxLength: 2 }), useSet: fc.boolean() }), { maxLength: 2 }),
    router: fc.boolean(),
  })
  .map((g) => {
    const dhcpKeys = Array.from({ length: g.dhcp }, (_x, i) => `net${i}`)
    const t: Plain = { owner: 'prop' }
    if (g.dhcp > 0)
      t.dhcpOptions = dhcpKeys.map((key, i) => ({ key, cidr: `10.${100 + i}.0.0/24`, v4: { server_id: `10.${100 + i}.0.1`, server_mac: `0a:00:00:00:01:${hex(i)}`, lease_time: 3600 + i, dns_server: ['192.0.2.53'] } }))
    if (g.sets > 0) t.addressSets = Array.from({ length: g.sets }, (_x, i) => ({ name: `as_${i}`, addresses: [`192.0.2.${10 + i}`, '198.51.100.0/24'] }))
    const portNames: string[] = []
    t.switches = g.switches.map((s, i) => ({
      name: `sw-${i}`,
      ...(s.subnet ? { subnet: `10.${i}.0.0/24`, ...(s.exclude ? { excludeIps: [`10.${i}.0.2`, `10.${i}.0.200..10.${i}.0.250`] } : {}) } : {}),
      ...(s.v6 ? { ipv6Prefix: `fd00:${i}::/64` } : {}),
      ...(s.snoop !== undefined ? { mcastSnoop: s.snoop } : {}),
      ports: s.ports.map((p, j) => {
        const name = `vm-${i}-${j}`
        portNames.push(name)
        const ip = `10.${i}.0.${10 + j}`
        const mac = `0a:00:00:00:${hex(i)}:${hex(j)}`
        return {
          name,
          addresses: [`${mac} ${ip}`],
          portSecurity: [`${mac} ${ip}`],
          ...(p.dhcp >= 0 && p.dhcp < g.dhcp ? { dhcpv4Options: dhcpKeys[p.dhcp] } : {}),
          ...(p.tag !== undefined ? { tag: p.tag } : {}),
          ...(p.enabled !== undefined ? { enabled: p.enabled } : {}),
        }
      }),
    }))
    if (g.groups.length > 0)
      t.portGroups = g.groups.map((pg, i) => ({
        name: `pg_${i}`,
        ports: [...new Set(pg.members.filter(() => portNames.length > 0).map((m) => portNames[m % portNames.length]!))],
        acls: pg.acls.map((priority, k) => ({
          direction: k % 2 === 0 ? 'to-lport' : 'from-lport',
          priority,
          match: `${k % 2 === 0 ? 'outport' : 'inport'} == @pg_${i}${pg.useSet && g.sets > 0 ? ' && ip4.src == $as_0' : ''} && tcp.dst == ${80 + k}`,
          action: k % 2 === 0 ? 'allow-related' : 'drop',
        })),
      }))
    if (g.router)
      t.routers = [
        {
          name: 'lr0',
          chassis: 'hv1',
          ports: [{ name: 'lrp-0', mac: '0a:00:00:00:ff:01', networks: ['10.0.0.1/24'] }],
          staticRoutes: [{ ipPrefix: '0.0.0.0/0', nexthop: '10.0.0.254' }],
          nat: [{ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/24', ...(g.sets > 0 ? { allowedExtIps: 'as_0' } : {}) }],
        },
      ]
    return t
  })

const parse = (data: unknown): E.Either<_.DslError, _.Topology> => _.topology(data as _.TopologyInput)

// -------------------------------------------------------------------------------------
// round trip
// -------------------------------------------------------------------------------------

test('parse(print(valid)) round-trips: an equal topology, and the same data printed again (through JSON)', (t) => {
  fc.assert(
    fc.property(validTopology, (data) => {
      const a = parse(data)
      if (E.isLeft(a)) return t.fail(_.formatDslError(a.left))
      const printed = JSON.parse(JSON.stringify(_.topologyToData(a.right))) as unknown
      const b = parse(printed)
      if (E.isLeft(b)) return t.fail(_.formatDslError(b.left))
      t.true(_.structuralEquals(a.right, b.right))
      t.deepEqual(_.topologyToData(b.right), printed)
      // and the engine's rows are the same
      t.deepEqual(b.right.toDesired(), a.right.toDesired())
    }),
    { numRuns: 60 },
  )
})

test('the printer covers every concept: the fixture with all of them round-trips', (t) => {
  for (const variant of [0, 1] as const) {
    const top = everything('o', variant)
    const r = parse(JSON.parse(JSON.stringify(_.topologyToData(top))))
    if (E.isLeft(r)) return t.fail(_.formatDslError(r.left))
    t.true(_.structuralEquals(r.right, top), `variant ${variant}`)
  }
})

// -------------------------------------------------------------------------------------
// faults
// -------------------------------------------------------------------------------------

/** One fault put into valid data: what to change, and the names the problem's path must hold. */
interface Fault {
  readonly code: _.IssueCode
  readonly names: ReadonlyArray<string>
  readonly apply: (t: Plain) => void
}

const faultsOf = (t: Plain): ReadonlyArray<Fault> => {
  const out: Fault[] = []
  for (const sw of t.switches ?? []) {
    out.push({ code: 'invalid_cidr', names: [sw.name, 'subnet'], apply: (x) => void (x.switches!.find((s) => s.name === sw.name)!.subnet = '10.10.0.0/33') })
    for (const port of sw.ports) {
      const at = (x: Plain) => x.switches!.find((s) => s.name === sw.name)!.ports.find((p) => p['name'] === port['name'])!
      out.push({ code: 'invalid_mac', names: [sw.name, port['name'] as string, 'addresses'], apply: (x) => void (at(x)['addresses'] = ['0a:58:0a:00:00 10.0.0.5']) })
      out.push({ code: 'unknown_reference', names: [sw.name, port['name'] as string, 'dhcpv4Options'], apply: (x) => void (at(x)['dhcpv4Options'] = 'no-such-key') })
      out.push({ code: 'out_of_range', names: [sw.name, port['name'] as string, 'tag'], apply: (x) => void (at(x)['tag'] = 5000) })
    }
  }
  for (const pg of t.portGroups ?? []) {
    const at = (x: Plain) => x.portGroups!.find((g) => g.name === pg.name)!
    out.push({ code: 'unknown_reference', names: [pg.name, 'ports'], apply: (x) => void at(x).ports.push('ghost-port') })
    pg.acls.forEach((_a, k) => out.push({ code: 'out_of_range', names: [pg.name, 'acls', 'priority'], apply: (x) => void (at(x).acls[k]!['priority'] = 40000) }))
  }
  for (const d of t.dhcpOptions ?? [])
    out.push({ code: 'invalid_ip', names: [d['key'] as string, 'server_id'], apply: (x) => void ((x.dhcpOptions!.find((e) => e['key'] === d['key'])!['v4'] as Record<string, unknown>)['server_id'] = '10.0.0.300') })
  for (const a of t.addressSets ?? []) out.push({ code: 'invalid_ip', names: [a['name'] as string, 'addresses'], apply: (x) => void (x.addressSets!.find((e) => e['name'] === a['name'])!['addresses'] = ['192.0.2.999']) })
  for (const r of t.routers ?? []) out.push({ code: 'invalid_mac', names: [r['name'] as string, 'lrp-0', 'mac'], apply: (x) => void ((x.routers![0]!['ports'] as Array<Record<string, unknown>>)[0]!['mac'] = '0a:00:00:00:ff') })
  return out
}

test('every injected fault is reported with a path naming the offending object (and its parents), and its code', (t) => {
  const withFault = validTopology.chain((data) => fc.tuple(fc.constant(data), fc.nat({ max: faultsOf(data).length - 1 })))
  // every problem recorded on the way carries the code its site gave (none read from a message)
  const missing = watchCodes(() => fc.assert(
    fc.property(withFault, ([data, i]) => {
      const fault = faultsOf(data)[i]!
      const bad = structuredClone(data)
      fault.apply(bad)
      const r = parse(bad)
      if (E.isRight(r)) return t.fail(`accepted a fault: ${fault.code} at ${fault.names.join('.')}`)
      const hit = r.left.issues.find((issue) => fault.names.every((n) => issue.path.includes(n)) && issue.code === fault.code)
      t.truthy(hit, `${fault.code} at ${fault.names.join(' ')}: got ${r.left.issues.map((x) => `${x.code} ${_.formatPath(x.path)}`).join('; ')}`)
      // the parsed data stays the caller's: nothing frozen in its hands
      t.false(Object.isFrozen(bad.switches))
      t.true(r.left.issues.every((i) => ISSUE_CODES.has(i.code)))
    }),
    { numRuns: 150 },
  ))
  t.deepEqual(missing, [])
})

// -------------------------------------------------------------------------------------
// names
// -------------------------------------------------------------------------------------

const dhcp = (key: string, cidr = '10.0.0.0/24') => ({ key, cidr, v4: { server_id: cidr.replace(/0\/24$/, '1'), server_mac: '0a:00:00:00:00:01', lease_time: 3600 } })
const issues = (r: E.Either<_.DslError, unknown>): ReadonlyArray<string> => (E.isLeft(r) ? r.left.issues.map((i) => `${i.code} ${_.formatPath(i.path)}`) : [])

test('names resolve inside a topology, to the same values; each wrong name is reported where it is used', (t) => {
  const r = parse({
    owner: 'o',
    dhcpOptions: [dhcp('net4')],
    switches: [{ name: 'sw', ports: [{ name: 'a', addresses: ['0a:00:00:00:00:0a 10.0.0.10'], dhcpv4Options: 'net4' }, { name: 'b', dhcpv4Options: 'net4' }] }],
    portGroups: [{ name: 'pg', ports: ['a', 'b'] }],
  })
  if (E.isLeft(r)) return t.fail(_.formatDslError(r.left))
  const [a, b] = r.right.switches[0]!.ports
  t.is(a!.dhcpv4Options, r.right.dhcpOptions[0])
  t.is(b!.dhcpv4Options, r.right.dhcpOptions[0])
  t.is(r.right.portGroups[0]!.ports[0], a)

  // an unknown port name, an unknown DHCP key: both, each at its user
  t.deepEqual(issues(parse({ owner: 'o', switches: [{ name: 'sw', ports: [{ name: 'a', dhcpv4Options: 'net9' }] }], portGroups: [{ name: 'pg', ports: ['a', 'zz'] }] })), [
    'unknown_reference switches.sw.ports.a.dhcpv4Options',
    'unknown_reference portGroups.pg.ports[1]',
  ])
  // ambiguous: two different DHCP options under one key (the duplicate is reported too)
  const amb = parse({ owner: 'o', dhcpOptions: [dhcp('k'), dhcp('k', '10.0.1.0/24')], switches: [{ name: 'sw', ports: [{ name: 'a', dhcpv4Options: 'k' }] }] })
  t.true(issues(amb).includes('ambiguous_reference switches.sw.ports.a.dhcpv4Options'), issues(amb).join('; '))
  // the same entry twice is no ambiguity
  t.true(E.isRight(parse({ owner: 'o', dhcpOptions: [dhcp('k'), dhcp('k')], switches: [{ name: 'sw', ports: [{ name: 'a', dhcpv4Options: 'k' }] }] })))
  // a name of a refused entry: reported once, where the entry is
  t.deepEqual(issues(parse({ owner: 'o', dhcpOptions: [{ ...dhcp('k'), cidr: '10.0.0.0/33' }], switches: [{ name: 'sw', ports: [{ name: 'a', dhcpv4Options: 'k' }] }] })), ['invalid_cidr dhcpOptions.k.cidr'])
  // a port of a refused switch: its port group is not told the port is missing
  t.deepEqual(issues(parse({ owner: 'o', switches: [{ name: 'sw', subnet: 'nope', ports: [{ name: 'a' }] }], portGroups: [{ name: 'pg', ports: ['a'] }] })), ['invalid_cidr switches.sw.subnet'])
  // names of other kinds: load balancers, address sets, HA chassis groups
  const lb = { name: 'lb', vips: { '172.16.0.100:80': ['10.0.0.10:80'] } }
  const named = parse({
    owner: 'o',
    loadBalancers: [lb],
    addressSets: [{ name: 'ext', addresses: ['198.51.100.0/24'] }],
    haChassisGroups: [{ name: 'ha', chassis: [{ chassisName: 'gw-1', priority: 10 }] }],
    switches: [{ name: 'sw', loadBalancers: ['lb'], ports: [{ name: 'bm', type: 'external', haChassisGroup: 'ha' }] }],
    routers: [{ name: 'r', chassis: 'hv1', loadBalancers: ['lb'], nat: [{ type: 'snat', externalIp: '172.16.0.2', logicalIp: '10.0.0.0/24', allowedExtIps: 'ext' }] }],
  })
  if (E.isLeft(named)) return t.fail(_.formatDslError(named.left))
  t.is(named.right.switches[0]!.loadBalancers[0], named.right.routers[0]!.loadBalancers[0])
  t.is(named.right.routers[0]!.nat[0]!.allowedExtIps, named.right.addressSets[0])
  t.is(named.right.switches[0]!.ports[0]!.haChassisGroup, named.right.haChassisGroups[0])
  t.deepEqual(issues(parse({ owner: 'o', switches: [{ name: 'sw', loadBalancers: ['nope'] }] })), ['unknown_reference switches.sw.loadBalancers[0]'])
})

test('outside a topology a name is refused, clearly; plain nested inputs are built', (t) => {
  const r = _.logicalSwitch({ name: 'sw', ports: [{ name: 'p1', dhcpv4Options: 'net4' }] })
  t.deepEqual(issues(r), ['unresolved_reference ports.p1.dhcpv4Options'])
  if (E.isLeft(r)) t.regex(r.left.issues[0]!.message, /names are resolved only inside topology/)
  t.deepEqual(issues(_.portGroup({ name: 'pg', ports: ['p1'] })), ['unresolved_reference ports[0]'])
  const ok = _.logicalSwitch({ name: 'sw', ports: [{ name: 'p1', dhcpv4Options: dhcp('net4') }], acls: [{ direction: 'to-lport', priority: 1, match: 'ip4', action: 'drop' }] })
  if (E.isLeft(ok)) return t.fail(_.formatDslError(ok.left))
  t.is(ok.right.ports[0]!._tag, 'SwitchPort')
  t.is(ok.right.ports[0]!.dhcpv4Options?.key, 'net4')
  t.true(Object.isFrozen(ok.right.ports[0]))
  // a value of another kind where one is expected
  t.deepEqual(issues(_.logicalSwitch({ name: 'sw', ports: [ok.right as never] })), ['invalid_type ports.sw'])
})

test('parseTopology throws one TopologyError listing every problem; safeParseTopology returns it', (t) => {
  const bad = { owner: 'o', switches: [{ name: 'vmnet', subnet: '10.10.0.0/33', ports: [{ name: 'vm-a', addresses: ['0a:58:0a:00:00 10.10.0.5'] }] }] }
  const e = t.throws(() => _.parseTopology(bad), { instanceOf: _.TopologyError })
  t.deepEqual(
    e?.issues.map((i) => i.path),
    [
      ['switches', 'vmnet', 'ports', 'vm-a', 'addresses', 0],
      ['switches', 'vmnet', 'subnet'],
    ],
  )
  t.is(e?.message.split('\n').length, 3)
  t.regex(e?.message ?? '', /^invalid topology \(2 problems\):\n {2}switches\.vmnet\.ports\.vm-a\.addresses\[0\]: .*\n {2}switches\.vmnet\.subnet: /)
  const s = _.safeParseTopology(bad)
  t.false(s.success)
  if (!s.success) t.deepEqual(s.error.issues, e?.issues)
  const good = _.safeParseTopology({ owner: 'o', switches: [{ name: 'vmnet' }] })
  t.true(good.success && good.data.switches[0]?.name === 'vmnet')
  t.is(_.parseTopology({ owner: 'o' }).owner, 'o')
})
