import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { modelSchema } from '../../../src/codegen/runtime.js'
import * as NB from '../../../src/nb/generated/index.js'
import { nbIdentity } from '../../../src/nb/identity.js'
import { diff, ref } from '../../../src/plan/index.js'
import { desiredFrom } from '../../../src/cli/load.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { everything } from './fixture.js'
import { deepFrozen, field, laws, ok, opt, paths } from './helpers.js'

// ---- small values -----------------------------------------------------------------------
const vm = ok(_.switchPort({ name: 'vm', addresses: ['0a:00:00:00:00:01 10.0.0.5'] }))
const toR = ok(_.switchPort({ name: 'to-r', type: 'router', routerPort: 'lrp' }))
const lrp = ok(_.routerPort({ name: 'lrp', mac: '0a:00:00:00:00:fe', networks: ['10.0.0.1/24'] }))
const gw = ok(_.routerPort({ name: 'gw', mac: '0a:00:00:00:ff:01', networks: ['172.16.0.2/24'], gatewayChassis: [{ chassisName: 'c1', priority: 1 }] }))
const lb = ok(_.loadBalancer({ name: 'lb', vips: { '172.16.0.100:80': ['10.0.0.5:80'] } }))
const lbOther = ok(_.loadBalancer({ name: 'lb', vips: { '172.16.0.100:80': ['10.0.0.6:80'] } }))
const sw = (extra: Partial<_.LogicalSwitchInput> = {}) => ok(_.logicalSwitch({ name: 'sw', ports: [vm, toR], ...extra }))
const router = (extra: Partial<_.LogicalRouterInput> = {}) => ok(_.logicalRouter({ name: 'r', ports: [lrp, gw], ...extra }))

test('topology collects values referred to by value, once each', (t) => {
  const group = ok(_.loadBalancerGroup({ name: 'g', loadBalancers: [lb] }))
  const copp = ok(_.copp({ name: 'c', meters: { arp: 'm' } }))
  const meter = ok(_.meter({ name: 'm', unit: 'pktps', bands: [{ rate: 10 }] }))
  const ha = ok(_.haChassisGroup({ name: 'ha', chassis: [{ chassisName: 'c1', priority: 1 }] }))
  const as = ok(_.addressSet({ name: 'ext', addresses: ['198.51.100.0/24'] }))
  const top = ok(
    _.topology({
      owner: 'o',
      switches: [sw({ loadBalancers: [lb], loadBalancerGroups: [group], copp, ports: [vm, toR, ok(_.switchPort({ name: 'bm', type: 'external', haChassisGroup: ha }))] })],
      routers: [router({ loadBalancers: [lb], loadBalancerGroups: [group], copp, nat: [ok(_.nat({ type: 'snat', externalIp: '172.16.0.2', logicalIp: '10.0.0.0/24', allowedExtIps: as }))] })],
      loadBalancers: [lb],
      meters: [meter],
      haChassisGroups: [ha],
    }),
  )
  t.deepEqual(top.loadBalancers, [lb])
  t.deepEqual(top.loadBalancerGroups, [group])
  t.deepEqual(top.copps, [copp])
  t.deepEqual(top.haChassisGroups, [ha])
  t.deepEqual(top.addressSets, [as])
  t.true(deepFrozen(top))
  const ids = _.toDesired(top).rows.map((r) => r.id)
  t.is(ids.filter((i) => i === 'Load_Balancer:lb').length, 1)
  t.is(new Set(ids).size, ids.length)
})

test('topology refuses what spans values, each at its path', (t) => {
  const cases: ReadonlyArray<readonly [_.TopologyInput, ReadonlyArray<string>]> = [
    // the same name, different values
    [{ owner: 'o', switches: [sw({ loadBalancers: [lb] })], routers: [router({ loadBalancers: [lbOther] })] }, ['routers.r.loadBalancers.lb']],
    [{ owner: 'o', loadBalancers: [lb, lb] }, ['loadBalancers[1]']],
    [{ owner: 'o', routers: [router(), router()] }, ['routers[1]', 'routers[1].ports.lrp', 'routers[1].ports.gw']],
    // router ports: unique across routers, distinct from switch ports
    [{ owner: 'o', switches: [sw()], routers: [router(), ok(_.logicalRouter({ name: 'r2', ports: [lrp, ok(_.routerPort({ name: 'vm', mac: '0a:00:00:00:00:02', networks: ['10.9.0.1/24'] }))] }))] }, ['routers.r2.ports.lrp', 'routers.r2.ports.vm']],
    // peers exist and point back
    [
      { owner: 'o', routers: [ok(_.logicalRouter({ name: 'a', ports: [ok(_.routerPort({ name: 'pa', mac: '0a:00:00:00:00:0a', networks: ['169.254.0.1/30'], peer: 'pb' }))] }))] },
      ['routers.a.ports.pa.peer'],
    ],
    [
      {
        owner: 'o',
        routers: [
          ok(_.logicalRouter({ name: 'a', ports: [ok(_.routerPort({ name: 'pa', mac: '0a:00:00:00:00:0a', networks: ['169.254.0.1/30'], peer: 'pb' }))] })),
          ok(_.logicalRouter({ name: 'b', ports: [ok(_.routerPort({ name: 'pb', mac: '0a:00:00:00:00:0b', networks: ['169.254.0.2/30'] }))] })),
        ],
      },
      ['routers.a.ports.pa.peer'],
    ],
    // switch ports of type router name router ports that are not patched and not taken
    [{ owner: 'o', switches: [sw()] }, ['switches.sw.ports.to-r.routerPort']],
    [
      { owner: 'o', switches: [sw(), ok(_.logicalSwitch({ name: 'sw2', ports: [ok(_.switchPort({ name: 'to-r2', type: 'router', routerPort: 'lrp' }))] }))], routers: [router()] },
      ['switches.sw2.ports.to-r2.routerPort'],
    ],
    [
      {
        owner: 'o',
        switches: [ok(_.logicalSwitch({ name: 's', ports: [ok(_.switchPort({ name: 'x', type: 'router', routerPort: 'pa' }))] }))],
        routers: [
          ok(_.logicalRouter({ name: 'a', ports: [ok(_.routerPort({ name: 'pa', mac: '0a:00:00:00:00:0a', networks: ['169.254.0.1/30'], peer: 'pb' }))] })),
          ok(_.logicalRouter({ name: 'b', ports: [ok(_.routerPort({ name: 'pb', mac: '0a:00:00:00:00:0b', networks: ['169.254.0.2/30'], peer: 'pa' }))] })),
        ],
      },
      ['switches.s.ports.x.routerPort'],
    ],
    // NAT logical ports, LB health-check ports, bindings, BFD, CoPP meters
    [{ owner: 'o', switches: [sw()], routers: [router({ nat: [ok(_.nat({ type: 'dnat_and_snat', externalIp: '172.16.0.9', logicalIp: '10.0.0.9', logicalPort: 'ghost', externalMac: '0a:00:00:00:00:09' }))] })] }, ['routers.r.nat[0].logicalPort']],
    [
      { owner: 'o', loadBalancers: [ok(_.loadBalancer({ name: 'l', vips: { '10.1.0.1:80': ['10.0.0.5:80'] }, ipPortMappings: { '10.0.0.5': { logicalPort: 'ghost', sourceIp: '10.0.0.2' } } }))] },
      ['loadBalancers.l.ipPortMappings'],
    ],
    [{ owner: 'o', staticMacBindings: [ok(_.staticMacBinding({ logicalPort: 'vm', ip: '10.0.0.9', mac: '0a:00:00:00:00:09' }))], switches: [sw()], routers: [router()] }, ['staticMacBindings[0].logicalPort']],
    [{ owner: 'o', bfds: [ok(_.bfd({ logicalPort: 'ghost', dstIp: '10.0.0.9' }))] }, ['bfds[0].logicalPort']],
    [{ owner: 'o', copps: [ok(_.copp({ name: 'c', meters: { arp: 'ghost' } }))] }, ['copps.c.meters.arp']],
    // gateway chassis names are unique
    [
      {
        owner: 'o',
        routers: [
          ok(_.logicalRouter({ name: 'a', ports: [ok(_.routerPort({ name: 'p-x', mac: '0a:00:00:00:00:0a', networks: ['10.1.0.1/24'], gatewayChassis: [{ chassisName: 'y', priority: 1 }] }))] })),
          ok(_.logicalRouter({ name: 'b', ports: [ok(_.routerPort({ name: 'p', mac: '0a:00:00:00:00:0b', networks: ['10.2.0.1/24'], gatewayChassis: [{ chassisName: 'x-y', priority: 1 }] }))] })),
        ],
      },
      ['routers.b.ports.p.gatewayChassis.p-x-y'],
    ],
    // matches name port groups and address sets the topology has
    [{ owner: 'o', switches: [sw({ qosRules: [ok(_.qos({ direction: 'to-lport', priority: 1, match: 'outport == @pg_x', action: { dscp: 1 } }))] })], routers: [router()] }, ['switches.sw.qosRules[0].match']],
    [{ owner: 'o', routers: [router({ policies: [ok(_.routerPolicy({ priority: 1, match: 'ip4.src == $as_x', action: 'drop' }))] })] }, ['routers.r.policies[0].match']],
    // generic rows: free ids, references that resolve to the right table
    [{ owner: 'o', switches: [sw()], routers: [router()], rows: [ok(_.row('Logical_Switch', 'sw', { name: 'sw' }))] }, ['rows[0]']],
    [{ owner: 'o', rows: [ok(_.row('Load_Balancer_Group', 'g', { name: 'g', load_balancer: [ref('Load_Balancer:ghost')] }))] }, ['rows[0].columns.load_balancer']],
    [{ owner: 'o', switches: [sw()], routers: [router()], rows: [ok(_.row('Load_Balancer_Group', 'g', { name: 'g', load_balancer: [ref('Logical_Switch:sw')] }))] }, ['rows[0].columns.load_balancer']],
    [{ owner: 'o', rows: [{ _tag: 'Row' } as never], dns: ['x' as never] }, ['dns[0]', 'rows[0]']],
  ]
  for (const [input, expected] of cases) t.deepEqual(paths(_.topology(input)), [...expected], JSON.stringify(input).slice(0, 300))
})

test('toDesired: ids, references by id, the columns each value models', (t) => {
  const route = ok(_.staticRoute({ ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', outputPort: 'gw' }))
  const snat = ok(_.nat({ type: 'snat', externalIp: '172.16.0.2', logicalIp: '10.0.0.0/24' }))
  const top = ok(_.topology({ owner: 'o', switches: [sw()], routers: [router({ staticRoutes: [route], nat: [snat] })] }))
  const d = _.toDesired(top)
  t.deepEqual(d.rows.map((r) => r.id), [
    'Logical_Switch:sw',
    'Logical_Switch_Port:vm',
    'Logical_Switch_Port:to-r',
    'Logical_Router:r',
    'Logical_Router_Port:lrp',
    'Logical_Router_Port:gw',
    'Gateway_Chassis:gw-c1',
    'Logical_Router_Static_Route:Logical_Router:r||0.0.0.0/0|172.16.0.1|',
    'NAT:Logical_Router:r|snat|172.16.0.2|10.0.0.0/24',
  ])
  const byId = new Map(d.rows.map((r) => [r.id, r]))
  t.deepEqual(byId.get('Logical_Router_Port:gw')!.columns, {
    name: 'gw',
    mac: '0a:00:00:00:ff:01',
    networks: ['set', ['172.16.0.2/24']],
    peer: ['set', []],
    gateway_chassis: ['set', [['ref', 'Gateway_Chassis:gw-c1']]],
    ha_chassis_group: ['set', []],
    ipv6_ra_configs: ['map', []],
    enabled: ['set', []],
    options: ['map', []],
    external_ids: ['map', []],
  })
  t.deepEqual(byId.get('NAT:Logical_Router:r|snat|172.16.0.2|10.0.0.0/24')!.columns, {
    type: 'snat',
    external_ip: '172.16.0.2',
    logical_ip: '10.0.0.0/24',
    logical_port: ['set', []],
    external_mac: ['set', []],
    external_port_range: '',
    gateway_port: ['set', []],
    allowed_ext_ips: ['set', []],
    exempted_ext_ips: ['set', []],
    options: ['map', []],
    external_ids: ['map', []],
  })
  t.deepEqual(byId.get('Logical_Router:r')!.columns['static_routes'], ['set', [['ref', 'Logical_Router_Static_Route:Logical_Router:r||0.0.0.0/0|172.16.0.1|']]])
  t.deepEqual(byId.get('Logical_Switch:sw')!.columns, {
    name: 'sw',
    ports: ['set', [['ref', 'Logical_Switch_Port:vm'], ['ref', 'Logical_Switch_Port:to-r']]],
    acls: ['set', []],
    qos_rules: ['set', []],
    load_balancer: ['set', []],
    load_balancer_group: ['set', []],
    dns_records: ['set', []],
    forwarding_groups: ['set', []],
    copp: ['set', []],
    other_config: ['map', []],
    external_ids: ['map', []],
  })
})

test('toDesired of every concept: a valid desired state with only OVN_Northbound 7.0.0 columns, unless a value sets a newer one', (t) => {
  const d = _.toDesired(everything())
  const plan = diff(modelSchema(NB.model), { rows: () => new Map() }, d, { rules: nbIdentity })
  t.true(E.isRight(plan), E.isLeft(plan) ? JSON.stringify(plan.left).slice(0, 2000) : '')
  if (E.isRight(plan)) t.is(plan.right.summary.create, d.rows.length)
  const tables = NB.model.tables as Readonly<Record<string, { readonly since?: string; readonly columns: Readonly<Record<string, { readonly since?: string }>> }>>
  const newer = d.rows.flatMap((r) => [...(tables[r.table]!.since !== '7.0.0' ? [r.table] : []), ...Object.keys(r.columns).filter((c) => tables[r.table]!.columns[c]!.since !== '7.0.0').map((c) => `${r.table}.${c}`)])
  t.deepEqual(newer, [])
  // a value that sets a newer column gets it
  const tiered = ok(_.acl({ direction: 'to-lport', priority: 1, match: 'ip4', action: 'allow', tier: 2 }))
  const top = ok(_.topology({ owner: 'o', switches: [ok(_.logicalSwitch({ name: 's', acls: [tiered] }))] }))
  t.is(_.toDesired(top).rows.find((r) => r.table === 'ACL')!.columns['tier'], 2)
})

test('topology keeps its laws on random input', (t) => {
  laws(
    t,
    _.topology,
    fc.record({
      owner: field('o'),
      switches: opt([sw()], [sw({ loadBalancers: [lb] })]),
      routers: opt([router()], [router({ loadBalancers: [lbOther] })]),
      loadBalancers: opt([lb], [lbOther]),
      dns: opt([ok(_.dns({ key: 'k', records: {} }))]),
    }),
  )
})

test('a topology carries toDesired() outside its value, so that the CLI loads a module exporting one', async (t) => {
  const r = _.topology({ owner: 'o', switches: [sw()], routers: [router()] })
  const top = ok(r)
  t.deepEqual(top.toDesired(), _.toDesired(top))
  t.false(Object.keys(top).includes('toDesired'))
  t.true(_.EqValue.equals(top, ok(_.topology({ owner: 'o', switches: [sw()], routers: [router()] }))))
  const loaded = await desiredFrom(r)
  t.deepEqual(loaded, E.right(_.toDesired(top)))
  const refused = await desiredFrom(_.topology({ owner: '' }))
  t.true(E.isLeft(refused))
})

test('toDesired makes the rows of a value once: the same topology gives the same state, a topology built again from the same values the same row objects', (t) => {
  const acl = ok(_.acl({ direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' }))
  const as = ok(_.addressSet({ name: 'ext', addresses: ['198.51.100.0/24'] }))
  const s1 = ok(_.logicalSwitch({ name: 'sw', ports: [vm, toR], acls: [acl] }))
  const t1 = ok(_.topology({ owner: 'o', switches: [s1], routers: [router()], addressSets: [as] }))
  const d1 = _.toDesired(t1)
  t.is(_.toDesired(t1), d1)
  // one port changed, everything else the same values
  const vm2 = ok(_.switchPort({ name: 'vm', addresses: ['0a:00:00:00:00:01 10.0.0.6'] }))
  const s2 = ok(_.logicalSwitch({ name: 'sw', ports: [vm2, toR], acls: [acl] }))
  const t2 = ok(_.topology({ owner: 'o', switches: [s2], routers: [router()], addressSets: [as] }))
  const d2 = _.toDesired(t2)
  const before = new Map(d1.rows.map((r) => [r.id, r]))
  const changed = d2.rows.filter((r) => before.get(r.id) !== r).map((r) => r.id).sort()
  // the port that changed; the switch, a new value; the router, built again by router()
  t.deepEqual(changed, ['Logical_Router:r', 'Logical_Switch:sw', 'Logical_Switch_Port:vm'])
  t.is(d2.rows.find((r) => r.id === 'Address_Set:ext'), before.get('Address_Set:ext'))
  t.is(d2.rows.find((r) => r.id === 'Logical_Switch_Port:to-r'), before.get('Logical_Switch_Port:to-r'))
  t.true(d2.rows.some((r) => r.table === 'ACL' && before.get(r.id) === r), 'the ACL under the same switch name')
  // an object that is not frozen could change: its rows are made anew
  const loose = { ...t1, owner: 'o' }
  t.not(_.toDesired(loose), _.toDesired(loose))
  t.deepEqual(_.toDesired(loose), d1)
})

// A value held by several parents (one ACL value in a switch and two port groups) has a row
// per parent, each made once: the first kept with its parent, the others in a map.
test('toDesired: a value under several parents gives one row per parent, each made once', (t) => {
  const acl = ok(_.acl({ direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' }))
  const sw = ok(_.logicalSwitch({ name: 'sw', ports: [vm], acls: [acl] }))
  const pgs = ['pg1', 'pg2'].map((name) => ok(_.portGroup({ name, ports: [vm], acls: [acl] })))
  const build = () => _.toDesired(ok(_.topology({ owner: 'o', switches: [sw], portGroups: pgs })))
  const aclRows = (d: ReturnType<typeof build>) => d.rows.filter((r) => r.table === 'ACL')
  const first = aclRows(build())
  t.deepEqual(
    first.map((r) => r.id),
    ['ACL:Logical_Switch:sw|to-lport|1000|ip4', 'ACL:Port_Group:pg1|to-lport|1000|ip4', 'ACL:Port_Group:pg2|to-lport|1000|ip4'],
  )
  // built again from the same values: the very same row objects, for every parent
  const again = aclRows(build())
  again.forEach((r, i) => t.is(r, first[i]!))
  // and in another order of parents
  const reordered = _.toDesired(ok(_.topology({ owner: 'o', switches: [sw], portGroups: [...pgs].reverse() })))
  for (const r of aclRows(reordered)) t.is(r, first.find((x) => x.id === r.id)!)
})

// The checks on ports across a topology name each problem's switch and path; where a port
// lives is found again only for a problem (topology.ts keeps no record per port), so these
// pin the paths and messages.
test('topology: port problems across switches name the switch and the path of the port', (t) => {
  const vmA = ok(_.switchPort({ name: 'a', addresses: ['0a:00:00:00:00:01 10.0.0.5'] }))
  const vmA2 = ok(_.switchPort({ name: 'a', addresses: ['0a:00:00:00:00:02 10.0.0.6'] }))
  const up = (name: string, routerPort: string) => ok(_.switchPort({ name, type: 'router', routerPort }))
  const r = ok(_.logicalRouter({ name: 'r', ports: [ok(_.routerPort({ name: 'rp1', mac: '0a:00:00:00:01:01', networks: ['10.0.0.1/24'] })), ok(_.routerPort({ name: 'rp2', mac: '0a:00:00:00:01:02', networks: ['10.0.1.1/24'], peer: 'rp3' })), ok(_.routerPort({ name: 'rp3', mac: '0a:00:00:00:01:03', networks: ['10.0.2.1/24'], peer: 'rp2' }))] }))
  const sw1 = ok(_.logicalSwitch({ name: 'sw1', ports: [vmA, up('u1', 'rp1'), up('u2', 'nope')] }))
  const sw2 = ok(_.logicalSwitch({ name: 'sw2', ports: [up('u3', 'rp2'), vmA2, up('u4', 'rp1')] }))
  const pg = ok(_.portGroup({ name: 'pg', ports: [vmA2] }))
  const res = _.topology({ owner: 'o', switches: [sw1, sw2], routers: [r], portGroups: [pg] })
  t.true(E.isLeft(res))
  if (E.isRight(res)) return
  t.deepEqual(
    res.left.issues.map((i) => `${i.code} ${_.formatPath(i.path)}: ${i.message}`),
    [
      'duplicate_name switches.sw2.ports.a: port "a" is already in switch "sw1"',
      'unknown_reference switches.sw1.ports.u2.routerPort: names router port "nope", which the topology does not have',
      'conflict switches.sw2.ports.u3.routerPort: router port "rp2" is patched to router port "rp3" (peer) and cannot attach to a switch too',
      'duplicate_name switches.sw2.ports.u4.routerPort: router port "rp1" is already attached to switch port "u1"',
      'conflict portGroups.pg.ports.a: port "a" differs from the one in switch "sw1"',
    ],
  )
})
