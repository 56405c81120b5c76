/**
 * `topology(...)` gathers a desired state: an owner and the values in it. It collects
 * the values others refer to by value (a switch's load balancers, a router port's HA
 * chassis group, a NAT rule's address sets, a route's BFD session, ...) — one row per
 * name, two different values under one name being an error — and checks the rules that
 * span values: duplicate names, a port in two switches, router port peers that do not
 * point back, a switch port of type `router` naming a router port the topology lacks, a
 * NAT rule's logical port that no switch has, a match naming a port group or address
 * set the topology lacks, a CoPP policy naming a missing meter, a generic row referring
 * to a row that is not there. {@link toDesired} turns it into the engine's rows,
 * references by value becoming references by id.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { model } from '../generated/index.js'
import { ref, type DesiredAtom, type DesiredRow, type DesiredState, type DesiredValue, type RefTo } from '../../ovsdb/desired.js'
import { forgedMessage, isBuilt } from './brand.js'
import { checkName, Problems, structuralEquals, type DslError, type StringMap } from './common.js'
import type { Acl } from './acl.js'
import { bfd, type Bfd, type BfdInput } from './bfd.js'
import { staticMacBinding, type StaticMacBinding, type StaticMacBindingInput } from './binding.js'
import { haChassisGroup, type HaChassisGroup, type HaChassisGroupInput } from './chassis.js'
import { checkItem, checkRecord, listOf } from './checks.js'
import { currentScope, inScope, Scope, type RefKind } from './scope.js'
import { dhcpOptions, type DhcpOptions, type DhcpOptionsInput } from './dhcp.js'
import { dns, type Dns, type DnsInput } from './dns.js'
import type { ForwardingGroup } from './forwardingGroup.js'
import { addressSet, portGroup, type AddressSet, type AddressSetInput, type PortGroup, type PortGroupInput } from './groups.js'
import { loadBalancer, loadBalancerGroup, type LoadBalancer, type LoadBalancerGroup, type LoadBalancerGroupInput, type LoadBalancerInput } from './loadBalancer.js'
import { copp, meter, type Copp, type CoppInput, type Meter, type MeterInput } from './meter.js'
import { mirror, type Mirror, type MirrorInput } from './mirror.js'
import type { Nat } from './nat.js'
import type { Qos } from './qos.js'
import type { RouterPolicy, StaticRoute } from './route.js'
import { logicalRouter, type LogicalRouter, type LogicalRouterInput, type RouterPort } from './router.js'
import { rowFromData, rowFromInput, type GenericRow, type GenericRowInput } from './row.js'
import { logicalSwitch, type LogicalSwitch, type LogicalSwitchInput, type SwitchPort } from './switch.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link topology} takes. Values reachable from others (a switch's ports, a port's
 * DHCP options, a router's load balancers, a route's BFD session) need not be listed
 * again; listing them too is fine when they are equal.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TopologyInput } from 'ovn-nb'
 * const i: TopologyInput = { owner: 'kubevirt-net-ctl', switches: [], routers: [] }
 */
export interface TopologyInput {
  /** Marks the rows this topology creates; only rows of this owner are ever deleted. */
  readonly owner: string
  /** Logical switches, holding their ports, ACLs, QoS rules, DNS records... (values or inputs). */
  readonly switches?: ReadonlyArray<LogicalSwitch | LogicalSwitchInput> | undefined
  /** Logical routers, holding their ports, static routes, policies and NAT rules (values or inputs). */
  readonly routers?: ReadonlyArray<LogicalRouter | LogicalRouterInput> | undefined
  /** Port groups, holding their ACLs; their `ports` may be port names of the switches here. */
  readonly portGroups?: ReadonlyArray<PortGroup | PortGroupInput> | undefined
  /** Address sets, named in matches as `$NAME` and by NAT rules by name. */
  readonly addressSets?: ReadonlyArray<AddressSet | AddressSetInput> | undefined
  /** DHCP options, named by ports by `key` (`dhcpv4Options: 'net4'`); also those no port uses (yet). */
  readonly dhcpOptions?: ReadonlyArray<DhcpOptions | DhcpOptionsInput> | undefined
  /** Load balancers, named by switches, routers and groups by name. */
  readonly loadBalancers?: ReadonlyArray<LoadBalancer | LoadBalancerInput> | undefined
  /** Load balancer groups, named by switches and routers by name. */
  readonly loadBalancerGroups?: ReadonlyArray<LoadBalancerGroup | LoadBalancerGroupInput> | undefined
  /** Meters, named by CoPP policies and ACLs. */
  readonly meters?: ReadonlyArray<Meter | MeterInput> | undefined
  /** HA chassis groups, named by switch ports and router ports by name. */
  readonly haChassisGroups?: ReadonlyArray<HaChassisGroup | HaChassisGroupInput> | undefined
  readonly staticMacBindings?: ReadonlyArray<StaticMacBinding | StaticMacBindingInput> | undefined
  readonly bfds?: ReadonlyArray<Bfd | BfdInput> | undefined
  /** CoPP policies, named by switches and routers by name. */
  readonly copps?: ReadonlyArray<Copp | CoppInput> | undefined
  /** Mirrors, named by switch ports (`mirrorRules`) by name. */
  readonly mirrors?: ReadonlyArray<Mirror | MirrorInput> | undefined
  /** DNS record sets, named by switches (`dnsRecords`) by key. */
  readonly dns?: ReadonlyArray<Dns | DnsInput> | undefined
  /** Rows of tables the DSL has no constructor for ({@link row}). */
  readonly rows?: ReadonlyArray<GenericRow | GenericRowInput> | undefined
}

/**
 * A checked desired state of the Northbound database: every value once, those
 * referred to by value collected from where they are used.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { topology } from 'ovn-nb'
 * const t = topology({ owner: 'demo', switches: [] }) // Right({ _tag: 'Topology', owner: 'demo', ... })
 */
export interface Topology {
  readonly _tag: 'Topology'
  readonly owner: string
  readonly switches: ReadonlyArray<LogicalSwitch>
  readonly routers: ReadonlyArray<LogicalRouter>
  readonly portGroups: ReadonlyArray<PortGroup>
  readonly addressSets: ReadonlyArray<AddressSet>
  readonly dhcpOptions: ReadonlyArray<DhcpOptions>
  readonly loadBalancers: ReadonlyArray<LoadBalancer>
  readonly loadBalancerGroups: ReadonlyArray<LoadBalancerGroup>
  readonly meters: ReadonlyArray<Meter>
  readonly haChassisGroups: ReadonlyArray<HaChassisGroup>
  readonly staticMacBindings: ReadonlyArray<StaticMacBinding>
  readonly bfds: ReadonlyArray<Bfd>
  readonly copps: ReadonlyArray<Copp>
  readonly mirrors: ReadonlyArray<Mirror>
  readonly dns: ReadonlyArray<Dns>
  readonly rows: ReadonlyArray<GenericRow>
  /**
   * This topology's desired state, as {@link toDesired} makes it: what lets the CLI load
   * a module whose default export is a topology. Not enumerable, so not part of the
   * value (equality, freezing and JSON ignore it).
   */
  readonly toDesired: () => DesiredState
}

/**
 * A topology's data, without the `toDesired` method.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TopologyData } from 'ovn-nb'
 * const empty = (owner: string): TopologyData => ({
 *   _tag: 'Topology', owner, switches: [], routers: [], portGroups: [], addressSets: [], dhcpOptions: [], loadBalancers: [], loadBalancerGroups: [],
 *   meters: [], haChassisGroups: [], staticMacBindings: [], bfds: [], copps: [], mirrors: [], dns: [], rows: [],
 * })
 */
export type TopologyData = Omit<Topology, 'toDesired'>

function toDesiredMethod(this: TopologyData): DesiredState {
  return toDesired(this)
}

// -------------------------------------------------------------------------------------
// collecting values
// -------------------------------------------------------------------------------------

/** Values of one kind by key: listed ones must not repeat; referred ones may, if equal. */
class Collection<A> {
  readonly byKey = new Map<string, { readonly value: A; readonly path: string }>()
  constructor(
    readonly p: Problems,
    readonly what: string,
    readonly tag: string,
    readonly key: (a: A) => string,
  ) {}

  /** The values listed in the topology input. */
  listed(v: unknown, path: string): ReadonlyArray<A> {
    const out: A[] = []
    listOf(this.p, path, v).forEach((x, i) => {
      if (typeof x !== 'object' || x === null || (x as { _tag?: unknown })._tag !== this.tag) return this.p.add(`${path}[${i}]`, `must be a ${this.what} value`, 'invalid_type')
      if (!isBuilt(x)) return this.p.add(`${path}[${i}]`, forgedMessage(this.tag, this.what), 'forged_value')
      const a = x as A
      const k = this.key(a)
      // a repeat is still returned, so that what is in it is checked too
      if (this.byKey.has(k)) this.p.add(`${path}[${i}]`, `duplicate ${this.what} "${k}"`, 'duplicate_name')
      else this.byKey.set(k, { value: a, path: `${path}[${i}]` })
      out.push(a)
    })
    return out
  }

  /** A value referred to from another. */
  referred(a: A | undefined, path: string): void {
    if (a === undefined) return
    const k = this.key(a)
    const prev = this.byKey.get(k)
    if (prev === undefined) this.byKey.set(k, { value: a, path })
    else if (!structuralEquals(prev.value, a)) this.p.add(path, `differs from the ${this.what} "${k}" at ${prev.path}`, 'conflict')
  }

  values(): ReadonlyArray<A> {
    return [...this.byKey.values()].map((x) => x.value)
  }

  has(k: string): boolean {
    return this.byKey.has(k)
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Gathers and checks a topology.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { acl, logicalSwitch, switchPort, topology } from 'ovn-nb'
 * const vm = switchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'] })
 * const deny = acl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg_missing', action: 'drop' })
 * if (E.isRight(vm) && E.isRight(deny)) {
 *   const sw = logicalSwitch({ name: 'sw0', ports: [vm.right], acls: [deny.right] })
 *   if (E.isRight(sw)) topology({ owner: 'demo', switches: [sw.right] })
 *   // Left: switches[0].acls[0].match names port group "pg_missing", which the topology does not have
 * }
 */
export const topology = (input: TopologyInput): E.Either<DslError, Topology> => {
  const p = new Problems('topology', input)
  const i = checkRecord(p, '', input)
  const refused = new Set<string>()
  const values = inScope(new Scope(), () => buildValues(p, i, refused))
  const g = gather(values, refused)
  if (p.list.length === 0) return g
  if (E.isLeft(g)) p.nested([], g.left)
  return p.result((): Topology => {
    throw new Error('unreachable: the topology has problems')
  })
}

/**
 * The checks across values, on a topology input of values (built by {@link buildValues}).
 * `refused` holds the names (`kind:name`) of values the input declares that could not be
 * built: naming one is not reported again as naming something missing.
 */
const gather = (input: TopologyInput, refused: ReadonlySet<string>): E.Either<DslError, Topology> => {
  const p = new Problems('topology', input)
  const i = checkRecord(p, '', input)
  const isRefused = (kind: string, name: string): boolean => refused.has(`${kind}:${name}`)
  checkName(p, 'owner', i['owner'])

  const switchesC = new Collection<LogicalSwitch>(p, 'logicalSwitch', 'LogicalSwitch', (x) => x.name)
  const routersC = new Collection<LogicalRouter>(p, 'logicalRouter', 'LogicalRouter', (x) => x.name)
  const portGroupsC = new Collection<PortGroup>(p, 'portGroup', 'PortGroup', (x) => x.name)
  const addressSetsC = new Collection<AddressSet>(p, 'addressSet', 'AddressSet', (x) => x.name)
  const lbsC = new Collection<LoadBalancer>(p, 'loadBalancer', 'LoadBalancer', (x) => x.name)
  const lbgsC = new Collection<LoadBalancerGroup>(p, 'loadBalancerGroup', 'LoadBalancerGroup', (x) => x.name)
  const metersC = new Collection<Meter>(p, 'meter', 'Meter', (x) => x.name)
  const haC = new Collection<HaChassisGroup>(p, 'haChassisGroup', 'HaChassisGroup', (x) => x.name)
  const smbC = new Collection<StaticMacBinding>(p, 'staticMacBinding', 'StaticMacBinding', (x) => `${x.logicalPort} ${x.ip}`)
  const bfdC = new Collection<Bfd>(p, 'bfd', 'Bfd', (x) => `${x.logicalPort} ${x.dstIp}`)
  const coppC = new Collection<Copp>(p, 'copp', 'Copp', (x) => x.name)
  const mirrorC = new Collection<Mirror>(p, 'mirror', 'Mirror', (x) => x.name)
  const dnsC = new Collection<Dns>(p, 'dns', 'Dns', (x) => x.key)
  const rowsC = new Collection<GenericRow>(p, 'row', 'GenericRow', (x) => idOf(x.table, x.key))

  const switches = switchesC.listed(i['switches'], 'switches')
  const routers = routersC.listed(i['routers'], 'routers')
  const portGroups = portGroupsC.listed(i['portGroups'], 'portGroups')
  addressSetsC.listed(i['addressSets'], 'addressSets')
  lbsC.listed(i['loadBalancers'], 'loadBalancers')
  lbgsC.listed(i['loadBalancerGroups'], 'loadBalancerGroups')
  metersC.listed(i['meters'], 'meters')
  haC.listed(i['haChassisGroups'], 'haChassisGroups')
  smbC.listed(i['staticMacBindings'], 'staticMacBindings')
  bfdC.listed(i['bfds'], 'bfds')
  coppC.listed(i['copps'], 'copps')
  mirrorC.listed(i['mirrors'], 'mirrors')
  dnsC.listed(i['dns'], 'dns')
  rowsC.listed(i['rows'], 'rows')
  const dhcp = listOf(p, 'dhcpOptions', i['dhcpOptions'])

  // ---- values referred to by value ---------------------------------------------------
  switches.forEach((sw, s) => {
    sw.loadBalancers.forEach((lb, j) => lbsC.referred(lb, `switches[${s}].loadBalancers[${j}]`))
    sw.loadBalancerGroups.forEach((g, j) => lbgsC.referred(g, `switches[${s}].loadBalancerGroups[${j}]`))
    sw.dnsRecords.forEach((d, j) => dnsC.referred(d, `switches[${s}].dnsRecords[${j}]`))
    coppC.referred(sw.copp, `switches[${s}].copp`)
    // paths are made only for the ports that refer to something (most ports refer to
    // nothing: no per-port strings or closures)
    sw.ports.forEach((port, j) => {
      if (port.haChassisGroup !== undefined) haC.referred(port.haChassisGroup, `switches[${s}].ports[${j}].haChassisGroup`)
      if (port.mirrorRules.length > 0) port.mirrorRules.forEach((m, k) => mirrorC.referred(m, `switches[${s}].ports[${j}].mirrorRules[${k}]`))
    })
  })
  routers.forEach((r, s) => {
    r.loadBalancers.forEach((lb, j) => lbsC.referred(lb, `routers[${s}].loadBalancers[${j}]`))
    r.loadBalancerGroups.forEach((g, j) => lbgsC.referred(g, `routers[${s}].loadBalancerGroups[${j}]`))
    coppC.referred(r.copp, `routers[${s}].copp`)
    // paths made only for what refers to something (most routes and NAT rules refer to nothing)
    r.ports.forEach((port, j) => {
      if (port.haChassisGroup !== undefined) haC.referred(port.haChassisGroup, `routers[${s}].ports[${j}].haChassisGroup`)
    })
    r.staticRoutes.forEach((route, j) => {
      if (route.bfd !== undefined) bfdC.referred(route.bfd, `routers[${s}].staticRoutes[${j}].bfd`)
    })
    r.nat.forEach((n, j) => {
      if (n.allowedExtIps !== undefined) addressSetsC.referred(n.allowedExtIps, `routers[${s}].nat[${j}].allowedExtIps`)
      if (n.exemptedExtIps !== undefined) addressSetsC.referred(n.exemptedExtIps, `routers[${s}].nat[${j}].exemptedExtIps`)
    })
  })
  for (const { value: g, path } of [...lbgsC.byKey.values()]) g.loadBalancers.forEach((lb, j) => lbsC.referred(lb, `${path}.loadBalancers[${j}]`))

  // ---- ports ----------------------------------------------------------------------------
  // a switch port lives in one switch (its path made when a problem needs it)
  const portHome = new Map<string, { sw: string; port: SwitchPort; s: number; j: number }>()
  const portPath = (h: { s: number; j: number }): string => `switches[${h.s}].ports[${h.j}]`
  switches.forEach((sw, s) =>
    sw.ports.forEach((port, j) => {
      const prev = portHome.get(port.name)
      if (prev !== undefined) p.add(`switches[${s}].ports[${j}]`, `port "${port.name}" is already in switch "${prev.sw}"`, 'duplicate_name')
      else portHome.set(port.name, { sw: sw.name, port, s, j })
    }),
  )
  // a router port lives in one router, and shares no name with a switch port
  const rportHome = new Map<string, { router: string; port: RouterPort; path: string }>()
  routers.forEach((r, s) =>
    r.ports.forEach((port, j) => {
      const path = `routers[${s}].ports[${j}]`
      const prev = rportHome.get(port.name)
      if (prev !== undefined) p.add(path, `router port "${port.name}" is already in router "${prev.router}"`, 'duplicate_name')
      else rportHome.set(port.name, { router: r.name, port, path })
      if (portHome.has(port.name)) p.add(path, `"${port.name}" is also the name of a switch port (OVN needs them distinct)`, 'duplicate_name')
    }),
  )
  // peers exist and point back
  for (const { port, path } of rportHome.values()) {
    if (port.peer === undefined) continue
    const peer = rportHome.get(port.peer)
    if (peer === undefined) p.check(isRefused('routerPort', port.peer), `${path}.peer`, `names router port "${port.peer}", which the topology does not have`, 'unknown_reference')
    else if (peer.port.peer !== port.name)
      p.add(`${path}.peer`, `router port "${port.peer}" does not point back (its peer is ${peer.port.peer === undefined ? 'unset' : `"${peer.port.peer}"`})`, 'invalid_value')
  }
  // a switch port of type router names a router port, which no other switch port names and which has no peer
  const attached = new Map<string, string>()
  // forEach, not for-of: no iterator result per port in code not yet optimized
  portHome.forEach((home) => {
    const port = home.port
    if (port.type !== 'router') return
    const rp = port.options['router-port']
    if (rp === undefined) return
    const path = portPath(home)
    const target = rportHome.get(rp)
    if (target === undefined) p.check(isRefused('routerPort', rp), `${path}.routerPort`, `names router port "${rp}", which the topology does not have`, 'unknown_reference')
    else if (target.port.peer !== undefined) p.add(`${path}.routerPort`, `router port "${rp}" is patched to router port "${target.port.peer}" (peer) and cannot attach to a switch too`, 'conflict')
    const prev = attached.get(rp)
    if (prev !== undefined) p.add(`${path}.routerPort`, `router port "${rp}" is already attached to switch port "${prev}"`, 'duplicate_name')
    else attached.set(rp, port.name)
  })
  // gateway chassis names are unique in the table
  const gcNames = new Map<string, string>()
  for (const { port, path } of rportHome.values())
    port.gatewayChassis.forEach((gc, j) => {
      const prev = gcNames.get(gc.name)
      if (prev !== undefined) p.add(`${path}.gatewayChassis[${j}]`, `the Gateway_Chassis name "${gc.name}" is also used by ${prev}`, 'duplicate_name')
      else gcNames.set(gc.name, `router port "${port.name}"`)
    })
  portGroups.forEach((pg, s) =>
    pg.ports.forEach((port, j) => {
      const home = portHome.get(port.name)
      if (home === undefined) p.add(`portGroups[${s}].ports[${j}]`, `port "${port.name}" is in no switch of the topology`, 'unknown_reference')
      else if (!structuralEquals(home.port, port)) p.add(`portGroups[${s}].ports[${j}]`, `port "${port.name}" differs from the one in switch "${home.sw}"`, 'conflict')
    }),
  )
  routers.forEach((r, s) =>
    r.nat.forEach((n, j) => {
      if (n.logicalPort !== undefined && !portHome.has(n.logicalPort) && !isRefused('switchPort', n.logicalPort)) p.add(`routers[${s}].nat[${j}].logicalPort`, `names switch port "${n.logicalPort}", which the topology does not have`, 'unknown_reference')
    }),
  )
  for (const { value: lb, path } of lbsC.byKey.values())
    for (const port of lb.healthCheckPorts) if (!portHome.has(port) && !isRefused('switchPort', port)) p.add(`${path}.ipPortMappings`, `names switch port "${port}", which the topology does not have`, 'unknown_reference')
  for (const { value: b, path } of smbC.byKey.values())
    if (!rportHome.has(b.logicalPort) && !isRefused('routerPort', b.logicalPort)) p.add(`${path}.logicalPort`, `names router port "${b.logicalPort}", which the topology does not have`, 'unknown_reference')
  for (const { value: b, path } of bfdC.byKey.values())
    if (!rportHome.has(b.logicalPort) && !portHome.has(b.logicalPort) && !isRefused('routerPort', b.logicalPort) && !isRefused('switchPort', b.logicalPort)) p.add(`${path}.logicalPort`, `names port "${b.logicalPort}", which the topology does not have`, 'unknown_reference')
  for (const { value: c, path } of coppC.byKey.values())
    for (const [proto, m] of Object.entries(c.meters)) if (m !== undefined && !metersC.has(m) && !isRefused('meter', m)) p.add(`${path}.meters.${proto}`, `names meter "${m}", which the topology does not have`, 'unknown_reference')

  // ---- matches name only port groups and address sets the topology has -------------------
  // (a port group also brings its address sets $NAME_ip4 and $NAME_ip6)
  // the item's path made when a problem needs it (every ACL is checked, few have one)
  const checkRefs = (refs: Acl['references'], list: string, j: number) => {
    for (const pg of refs.portGroups) if (!portGroupsC.has(pg) && !isRefused('portGroup', pg)) p.add(`${list}[${j}].match`, `names port group "${pg}", which the topology does not have`, 'unknown_reference')
    for (const as of refs.addressSets) {
      const implicit = /^(.*)_ip[46]$/.exec(as)
      if (!addressSetsC.has(as) && !isRefused('addressSet', as) && !(implicit !== null && (portGroupsC.has(implicit[1]!) || isRefused('portGroup', implicit[1]!)))) p.add(`${list}[${j}].match`, `names address set "${as}", which the topology does not have`, 'unknown_reference')
    }
  }
  const aclKeys = (acls: ReadonlyArray<Acl>, path: string) => {
    const seen = new Set<string>()
    acls.forEach((a, j) => {
      checkRefs(a.references, path, j)
      const k = `${a.direction}|${a.priority}|${a.match}`
      if (seen.has(k)) p.add(`${path}[${j}]`, `another ACL here has the same direction, priority and match`, 'duplicate_name')
      seen.add(k)
    })
  }
  switches.forEach((sw, s) => {
    aclKeys(sw.acls, `switches[${s}].acls`)
    sw.qosRules.forEach((q, j) => checkRefs(q.references, `switches[${s}].qosRules`, j))
  })
  portGroups.forEach((pg, s) => aclKeys(pg.acls, `portGroups[${s}].acls`))
  routers.forEach((r, s) => r.policies.forEach((x, j) => checkRefs(x.references, `routers[${s}].policies`, j)))

  // ---- one DHCP_Options value per key --------------------------------------------------
  const dhcpByKey = new Map<string, DhcpOptions>()
  const addDhcp = (d: DhcpOptions | undefined, path: string) => {
    if (d === undefined) return
    if (d?._tag !== 'DhcpOptions') return p.add(path, 'must be a dhcpOptions value', 'invalid_type')
    if (!isBuilt(d)) return p.add(path, forgedMessage('DhcpOptions', 'dhcpOptions'), 'forged_value')
    const prev = dhcpByKey.get(d.key)
    if (prev !== undefined && !structuralEquals(prev, d)) p.add(path, `two different DHCP options have the key "${d.key}"`, 'duplicate_name')
    else dhcpByKey.set(d.key, d)
  }
  dhcp.forEach((d, j) => addDhcp(d as DhcpOptions, `dhcpOptions[${j}]`))
  const recorded = (d: DhcpOptions): boolean => typeof d === 'object' && d !== null && dhcpByKey.get(d.key) === d
  // a port holding the value already recorded for its key has nothing to check (the
  // ports of a subnet share one): no path made for it
  switches.forEach((sw, s) =>
    sw.ports.forEach((port, j) => {
      const v4 = port.dhcpv4Options
      const v6 = port.dhcpv6Options
      if (v4 !== undefined && !recorded(v4)) addDhcp(v4, `switches[${s}].ports[${j}].dhcpv4Options`)
      if (v6 !== undefined && !recorded(v6)) addDhcp(v6, `switches[${s}].ports[${j}].dhcpv6Options`)
    }),
  )

  const t: TopologyData = {
    _tag: 'Topology' as const,
    owner: i['owner'] as string,
    switches,
    routers,
    portGroups,
    addressSets: addressSetsC.values(),
    dhcpOptions: [...dhcpByKey.values()],
    loadBalancers: lbsC.values(),
    loadBalancerGroups: lbgsC.values(),
    meters: metersC.values(),
    haChassisGroups: haC.values(),
    staticMacBindings: smbC.values(),
    bfds: bfdC.values(),
    copps: coppC.values(),
    mirrors: mirrorC.values(),
    dns: dnsC.values(),
    rows: rowsC.values(),
  }

  // ---- generic rows: their ids are free, their references resolve -------------------------
  if (t.rows.length > 0 && p.list.length === 0) {
    const dslIds = new Map(toDesired({ ...t, rows: [] }).rows.map((r) => [r.id, r.table]))
    const all = new Map(dslIds)
    for (const { value: r, path } of rowsC.byKey.values()) {
      const id = idOf(r.table, r.key)
      if (dslIds.has(id)) p.add(path, `the id "${id}" is already a row the DSL values make`, 'duplicate_name')
      all.set(id, r.table)
    }
    for (const { value: r, path } of rowsC.byKey.values()) {
      const columns = model.tables[r.table].columns as Readonly<Record<string, { readonly type: { readonly key: { readonly refTable?: string }; readonly value?: { readonly refTable?: string } } }>>
      for (const [name, v] of Object.entries(r.columns)) {
        const ct = columns[name]?.type
        const check = (a: DesiredAtom, refTable: string | undefined) => {
          if (!(Array.isArray(a) && a[0] === 'ref')) return
          const target = all.get(a[1] as string)
          if (target === undefined) p.add(`${path}.columns.${name}`, `refers to "${a[1] as string}", which is not in the topology`, 'unknown_reference')
          else if (target !== refTable) p.add(`${path}.columns.${name}`, `"${a[1] as string}" is a ${target} row; ${r.table}.${name} refers to ${refTable ?? 'no table'}`, 'invalid_value')
        }
        if (Array.isArray(v) && v[0] === 'map') for (const [a, b] of v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>) (check(a, ct?.key.refTable), check(b, ct?.value?.refTable))
        else if (Array.isArray(v) && v[0] === 'set') for (const a of v[1] as ReadonlyArray<DesiredAtom>) check(a, ct?.key.refTable)
        else check(v as DesiredAtom, ct?.key.refTable)
      }
    }
  }
  return p.result(() => Object.defineProperty({ ...t }, 'toDesired', { value: toDesiredMethod, enumerable: false }) as Topology)
}

// -------------------------------------------------------------------------------------
// the parse phase: plain inputs to values, names resolved
// -------------------------------------------------------------------------------------

/** How one top-level list is built: its values' tag, their constructor, and the kind its names declare. */
interface ListSpec {
  readonly field: keyof TopologyInput & string
  readonly tag: string
  readonly what: string
  readonly build?: (input: never) => E.Either<DslError, { readonly _tag: string }>
  /** Reads an unbuilt object carrying `tag` (see {@link ItemSpec.fromData}). */
  readonly fromData?: (data: unknown) => E.Either<DslError, { readonly _tag: string }>
  /** The kind names of its entries declare (for references and for `refused`). */
  readonly kind?: string
  /** The name an entry declares, from its value or its input. */
  readonly nameOf?: (x: Readonly<Record<string, unknown>>) => unknown
}

const byName = (x: Readonly<Record<string, unknown>>): unknown => x['name']
// a DHCP options entry's key defaults to its CIDR (see dhcpOptions)
const byKey = (x: Readonly<Record<string, unknown>>): unknown => x['key'] ?? x['cidr']

// In dependency order: an entry may name entries of the lists before it.
const LISTS: ReadonlyArray<ListSpec> = [
  { field: 'addressSets', tag: 'AddressSet', what: 'addressSet', build: addressSet, kind: 'addressSet', nameOf: byName },
  { field: 'dhcpOptions', tag: 'DhcpOptions', what: 'dhcpOptions', build: dhcpOptions, kind: 'dhcpOptions', nameOf: byKey },
  { field: 'meters', tag: 'Meter', what: 'meter', build: meter, kind: 'meter', nameOf: byName },
  { field: 'haChassisGroups', tag: 'HaChassisGroup', what: 'haChassisGroup', build: haChassisGroup, kind: 'haChassisGroup', nameOf: byName },
  { field: 'mirrors', tag: 'Mirror', what: 'mirror', build: mirror, kind: 'mirror', nameOf: byName },
  { field: 'dns', tag: 'Dns', what: 'dns', build: dns, kind: 'dns', nameOf: byKey },
  { field: 'bfds', tag: 'Bfd', what: 'bfd', build: bfd },
  { field: 'staticMacBindings', tag: 'StaticMacBinding', what: 'staticMacBinding', build: staticMacBinding },
  { field: 'loadBalancers', tag: 'LoadBalancer', what: 'loadBalancer', build: loadBalancer, kind: 'loadBalancer', nameOf: byName },
  { field: 'loadBalancerGroups', tag: 'LoadBalancerGroup', what: 'loadBalancerGroup', build: loadBalancerGroup, kind: 'loadBalancerGroup', nameOf: byName },
  { field: 'copps', tag: 'Copp', what: 'copp', build: copp, kind: 'copp', nameOf: byName },
  { field: 'switches', tag: 'LogicalSwitch', what: 'logicalSwitch', build: logicalSwitch, kind: 'logicalSwitch', nameOf: byName },
  { field: 'routers', tag: 'LogicalRouter', what: 'logicalRouter', build: logicalRouter, kind: 'logicalRouter', nameOf: byName },
  { field: 'portGroups', tag: 'PortGroup', what: 'portGroup', build: portGroup, kind: 'portGroup', nameOf: byName },
  // generic rows: in plain form { table, key, columns, shared? } (GenericRowInput), or as the data
  // topologyToData prints ({ _tag: 'GenericRow', ... }, columns in desired form), read again by rowFromData
  { field: 'rows', tag: 'GenericRow', what: 'row', build: rowFromInput, fromData: rowFromData },
]

const asRecord = (x: unknown): Readonly<Record<string, unknown>> => (typeof x === 'object' && x !== null ? (x as Readonly<Record<string, unknown>>) : {})

/**
 * Builds every value of a topology input, plain or not, recording every problem under
 * the input's paths; names are resolved in the current scope, which it fills list by
 * list. An entry that cannot be built is left out, its name recorded in `refused`.
 */
const buildValues = (p: Problems, i: Readonly<Record<string, unknown>>, refused: Set<string>): TopologyInput => {
  const scope = currentScope()!
  const out: Record<string, unknown> = { owner: i['owner'] }
  const declare = (kind: string, name: unknown, value: unknown): void => {
    if (typeof name !== 'string') return
    if (value === undefined) refused.add(`${kind}:${name}`)
    if (isRefKind(kind)) scope.declare(kind, name, value, structuralEquals)
  }
  for (const spec of LISTS) {
    const values: unknown[] = []
    listOf(p, spec.field, i[spec.field]).forEach((x, j) => {
      const v = checkItem(p, [spec.field, j], x, spec.tag, spec.what, { build: spec.build, fromData: spec.fromData })
      if (v !== undefined) values.push(v)
      if (spec.kind !== undefined && spec.nameOf !== undefined) declare(spec.kind, spec.nameOf(asRecord(v ?? x)), v)
      // the ports of a switch (or router) are named by port groups, NAT rules, BFD sessions...
      if (spec.field === 'switches' || spec.field === 'routers') {
        const kind = spec.field === 'switches' ? 'switchPort' : 'routerPort'
        if (v !== undefined) {
          // a built switch's ports, declared when a port name is first looked up (a router's
          // are no names to look up: only a refused one's are recorded)
          if (kind === 'switchPort') scope.declareEach(kind, (v as LogicalSwitch).ports, structuralEquals)
        } else {
          const ports = asRecord(x)['ports']
          if (Array.isArray(ports)) for (const port of ports) declare(kind, asRecord(port)['name'], undefined)
        }
      }
    })
    if (i[spec.field] !== undefined) out[spec.field] = values
  }
  return out as unknown as TopologyInput
}

const REF_KINDS: ReadonlySet<string> = new Set<RefKind>(['switchPort', 'dhcpOptions', 'addressSet', 'loadBalancer', 'loadBalancerGroup', 'haChassisGroup', 'mirror', 'copp', 'dns'])
const isRefKind = (k: string): k is RefKind => REF_KINDS.has(k)

// -------------------------------------------------------------------------------------
// conversion
// -------------------------------------------------------------------------------------

// The empty set and map, shared and frozen: most columns of most rows are one of them
// (benchlab's ports: 7 of 13), and a row holds what a topology keeps alive, so each
// allocated copy was garbage-collector work (nothing writes into desired values: they
// already hold the values' frozen arrays).
const EMPTY_SET: DesiredValue = Object.freeze(['set', Object.freeze([])] as const)
const EMPTY_MAP: DesiredValue = Object.freeze(['map', Object.freeze([])] as const)

const isEmpty = (m: object): boolean => {
  for (const _ in m) return false
  return true
}
const strMap = (m: StringMap): DesiredValue => (isEmpty(m) ? EMPTY_MAP : ['map', Object.entries(m)])
const strSet = (xs: ReadonlyArray<string>): DesiredValue => (xs.length === 0 ? EMPTY_SET : ['set', xs])
const optional = <A extends string | number | boolean>(v: A | undefined): DesiredValue => (v === undefined ? EMPTY_SET : v)
const optRef = (id: string | undefined): DesiredValue => (id === undefined ? EMPTY_SET : ref(id))
const refs = (ids: ReadonlyArray<string>): DesiredValue => (ids.length === 0 ? EMPTY_SET : ['set', ids.map(ref)])

/**
 * The id a value gets in the desired state (and in `external_ids` for tables identified
 * by id): `Table:key`, the key being the value's name (`Logical_Switch:sw0`), or for rows
 * held by a parent, the parent's id and the row's identity (`ACL:Logical_Switch:sw0|to-lport|1000|ip4`).
 *
 * @category conversion
 * @since 0.1.0
 * @example
 * import { idOf } from 'ovn-nb'
 * idOf('Logical_Switch', 'sw0') // 'Logical_Switch:sw0'
 */
export const idOf = (table: string, key: string): string => `${table}:${key}`

// Rows are made once per frozen (immutable) DSL value: a topology built again from the
// same values gives the same row objects, which the incremental planner (plan/planner)
// recognizes by pointer, without comparing their content. Values that are not frozen
// could change, so they get new rows each time.
const once = <A extends object>(f: (a: A) => DesiredRow): ((a: A) => DesiredRow) => {
  const memo = new WeakMap<A, DesiredRow>()
  return (a) => {
    if (!Object.isFrozen(a)) return f(a)
    let r = memo.get(a)
    if (r === undefined) memo.set(a, (r = f(a)))
    return r
  }
}
// Most values held by a parent (an ACL, a route, a NAT rule) have one parent: their row
// is kept with that parent's id, and a map made only for a second parent. A map per value
// was ~300 bytes (benchlab's 3000 ACLs, routes and NAT rules: heap snapshot, 0.9 MB of
// maps); the rows of benchlab's W10k take 6.97 MB instead of 7.30 (measured after a full
// GC). Time, cold (bench/dslCold.ts --data-first): 1.03x then 0.93x wall, 1.03x then
// 1.00x CPU (21 and 31 paired rounds, load 6-7 on 2 cores): within the noise.
const onceUnder = <A extends object>(f: (a: A, parentId: string) => DesiredRow): ((a: A, parentId: string) => DesiredRow) => {
  const memo = new WeakMap<A, { readonly parentId: string; readonly row: DesiredRow } | Map<string, DesiredRow>>()
  return (a, parentId) => {
    if (!Object.isFrozen(a)) return f(a, parentId)
    const m = memo.get(a)
    if (m === undefined) {
      const row = f(a, parentId)
      memo.set(a, { parentId, row })
      return row
    }
    if (!(m instanceof Map)) {
      if (m.parentId === parentId) return m.row
      const row = f(a, parentId)
      memo.set(
        a,
        new Map([
          [m.parentId, m.row],
          [parentId, row],
        ]),
      )
      return row
    }
    let r = m.get(parentId)
    if (r === undefined) m.set(parentId, (r = f(a, parentId)))
    return r
  }
}

const aclRow = onceUnder((a: Acl, parentId: string): DesiredRow => ({
  table: 'ACL',
  id: idOf('ACL', `${parentId}|${a.direction}|${a.priority}|${a.match}`),
  columns: {
    direction: a.direction,
    priority: a.priority,
    match: a.match,
    action: a.action,
    log: a.log,
    severity: optional(a.severity),
    meter: optional(a.meter),
    name: optional(a.name),
    label: a.label ?? 0,
    ...(a.tier !== undefined ? { tier: a.tier } : {}),
    options: strMap(a.options),
    external_ids: strMap(a.externalIds),
  },
}))

const qosRow = onceUnder((q: Qos, parentId: string): DesiredRow => ({
  table: 'QoS',
  id: idOf('QoS', `${parentId}|${q.direction}|${q.priority}|${q.match}`),
  columns: {
    direction: q.direction,
    priority: q.priority,
    match: q.match,
    action: ['map', Object.entries(q.action)],
    bandwidth: ['map', Object.entries(q.bandwidth)],
    external_ids: strMap(q.externalIds),
  },
}))

const forwardingGroupRow = onceUnder((fg: ForwardingGroup, parentId: string): DesiredRow => ({
  table: 'Forwarding_Group',
  id: idOf('Forwarding_Group', `${parentId}|${fg.name}`),
  columns: {
    name: fg.name,
    vip: fg.vip,
    vmac: fg.vmac,
    liveness: fg.liveness,
    child_port: strSet(fg.childPorts),
    external_ids: strMap(fg.externalIds),
  },
}))

const portRow = once((port: SwitchPort): DesiredRow => {
  const id = idOf('Logical_Switch_Port', port.name)
  const dhcpv4 = port.dhcpv4Options === undefined ? EMPTY_SET : dhcpRef(port.dhcpv4Options)
  const dhcpv6 = port.dhcpv6Options === undefined ? EMPTY_SET : dhcpRef(port.dhcpv6Options)
  const ha = optRef(port.haChassisGroup && idOf('HA_Chassis_Group', port.haChassisGroup.name))
  const mirrors = port.mirrorRules.length === 0 ? EMPTY_SET : refs(port.mirrorRules.map((m) => idOf('Mirror', m.name)))
  // one set value when the port holds one array for both (switchPortFast.ts)
  const addresses = strSet(port.addresses)
  const portSecurity = port.portSecurity === port.addresses ? addresses : strSet(port.portSecurity)
  // with a tag request, the tag is ovn-northd's answer to it: not written
  if (port.tagRequest !== undefined) {
    const columns = {
      name: port.name,
      type: port.type,
      addresses,
      port_security: portSecurity,
      options: strMap(port.options),
      external_ids: strMap(port.externalIds),
      tag_request: port.tagRequest,
      parent_name: optional(port.parentName),
      enabled: optional(port.enabled),
      dhcpv4_options: dhcpv4,
      dhcpv6_options: dhcpv6,
      ha_chassis_group: ha,
      mirror_rules: mirrors,
    }
    return { table: 'Logical_Switch_Port', id, columns }
  }
  // the same columns with `tag`, as one literal: no temporary object spread into it
  const columns = {
    name: port.name,
    type: port.type,
    addresses,
    port_security: portSecurity,
    options: strMap(port.options),
    external_ids: strMap(port.externalIds),
    tag: optional(port.tag),
    parent_name: optional(port.parentName),
    enabled: optional(port.enabled),
    dhcpv4_options: dhcpv4,
    dhcpv6_options: dhcpv6,
    ha_chassis_group: ha,
    mirror_rules: mirrors,
  }
  return { table: 'Logical_Switch_Port', id, columns }
})

// References to ports by the ids of their rows (made once per port): no second id string
// per reference, no intermediate array of ids.
const portRefs = (ports: ReadonlyArray<SwitchPort>): DesiredValue => {
  if (ports.length === 0) return EMPTY_SET
  const out: RefTo[] = []
  for (let i = 0; i < ports.length; i++) out.push(ref(portRow(ports[i]!).id))
  return ['set', out]
}

// The reference to a DHCP options row, made once per DHCP value: the ports of a subnet
// share theirs, and consecutive ports mostly hold the same one (a one-entry cache, no map).
let lastDhcp: DhcpOptions | undefined
let lastDhcpRef: DesiredValue = EMPTY_SET
const dhcpRef = (d: DhcpOptions): DesiredValue => {
  if (!Object.isFrozen(d)) return ref(idOf('DHCP_Options', d.key))
  if (d !== lastDhcp) {
    lastDhcpRef = Object.freeze(ref(idOf('DHCP_Options', d.key)))
    lastDhcp = d
  }
  return lastDhcpRef
}

const gatewayChassisId = (name: string): string => idOf('Gateway_Chassis', name)

const routerPortRow = once((port: RouterPort): DesiredRow => ({
  table: 'Logical_Router_Port',
  id: idOf('Logical_Router_Port', port.name),
  columns: {
    name: port.name,
    mac: port.mac,
    networks: strSet(port.networks),
    peer: optional(port.peer),
    gateway_chassis: refs(port.gatewayChassis.map((g) => gatewayChassisId(g.name))),
    ha_chassis_group: optRef(port.haChassisGroup && idOf('HA_Chassis_Group', port.haChassisGroup.name)),
    ipv6_ra_configs: strMap(port.ipv6RaConfigs),
    // northd writes ipv6_prefix under prefix delegation: managed only when given
    ...(port.ipv6Prefix !== undefined ? { ipv6_prefix: strSet(port.ipv6Prefix) } : {}),
    enabled: optional(port.enabled),
    options: strMap(port.options),
    external_ids: strMap(port.externalIds),
  },
}))

const routeRow = onceUnder((r: StaticRoute, parentId: string): DesiredRow => ({
  table: 'Logical_Router_Static_Route',
  id: idOf('Logical_Router_Static_Route', `${parentId}|${r.policy ?? ''}|${r.ipPrefix}|${r.nexthop}|${r.routeTable}`),
  columns: {
    ip_prefix: r.ipPrefix,
    nexthop: r.nexthop,
    policy: optional(r.policy),
    route_table: r.routeTable,
    output_port: optional(r.outputPort),
    bfd: optRef(r.bfd && bfdId(r.bfd)),
    options: strMap(r.options),
    external_ids: strMap(r.externalIds),
  },
}))

const policyRow = onceUnder((x: RouterPolicy, parentId: string): DesiredRow => ({
  table: 'Logical_Router_Policy',
  id: idOf('Logical_Router_Policy', `${parentId}|${x.priority}|${x.match}`),
  columns: {
    priority: x.priority,
    match: x.match,
    action: x.action,
    nexthops: strSet(x.nexthops),
    options: strMap(x.options),
    external_ids: strMap(x.externalIds),
  },
}))

const natRow = onceUnder((n: Nat, parentId: string): DesiredRow => ({
  table: 'NAT',
  id: idOf('NAT', `${parentId}|${n.type}|${n.externalIp}|${n.logicalIp}`),
  columns: {
    type: n.type,
    external_ip: n.externalIp,
    logical_ip: n.logicalIp,
    logical_port: optional(n.logicalPort),
    external_mac: optional(n.externalMac),
    external_port_range: n.externalPortRange,
    gateway_port: optRef(n.gatewayPort && idOf('Logical_Router_Port', n.gatewayPort)),
    allowed_ext_ips: optRef(n.allowedExtIps && idOf('Address_Set', n.allowedExtIps.name)),
    exempted_ext_ips: optRef(n.exemptedExtIps && idOf('Address_Set', n.exemptedExtIps.name)),
    options: strMap(n.options),
    external_ids: strMap(n.externalIds),
  },
}))

const bfdId = (b: Bfd): string => idOf('BFD', `${b.logicalPort}|${b.dstIp}`)
const healthCheckId = (lbId: string, vip: string): string => idOf('Load_Balancer_Health_Check', `${lbId}|${vip}`)
const bandId = (meterId: string, b: Meter['bands'][number]): string => idOf('Meter_Band', `${meterId}|${b.action}|${b.rate}|${b.burstSize}`)
const haChassisId = (groupId: string, chassis: string): string => idOf('HA_Chassis', `${groupId}|${chassis}`)

const switchRow = once((sw: LogicalSwitch): DesiredRow => {
  const id = idOf('Logical_Switch', sw.name)
  return {
    table: 'Logical_Switch',
    id,
    ...(sw.shared ? { shared: true } : {}),
    columns: {
      name: sw.name,
      ports: portRefs(sw.ports),
      acls: ['set', sw.acls.map((a) => ref(aclRow(a, id).id))],
      qos_rules: ['set', sw.qosRules.map((q) => ref(qosRow(q, id).id))],
      load_balancer: refs(sw.loadBalancers.map((lb) => idOf('Load_Balancer', lb.name))),
      load_balancer_group: refs(sw.loadBalancerGroups.map((g) => idOf('Load_Balancer_Group', g.name))),
      dns_records: refs(sw.dnsRecords.map((d) => idOf('DNS', d.key))),
      forwarding_groups: ['set', sw.forwardingGroups.map((fg) => ref(forwardingGroupRow(fg, id).id))],
      copp: optRef(sw.copp && idOf('Copp', sw.copp.name)),
      other_config: strMap(sw.otherConfig),
      external_ids: strMap(sw.externalIds),
    },
  }
})

const routerRow = once((r: LogicalRouter): DesiredRow => {
  const id = idOf('Logical_Router', r.name)
  return {
    table: 'Logical_Router',
    id,
    columns: {
      name: r.name,
      ports: refs(r.ports.map((x) => idOf('Logical_Router_Port', x.name))),
      static_routes: ['set', r.staticRoutes.map((x) => ref(routeRow(x, id).id))],
      policies: ['set', r.policies.map((x) => ref(policyRow(x, id).id))],
      nat: ['set', r.nat.map((x) => ref(natRow(x, id).id))],
      load_balancer: refs(r.loadBalancers.map((lb) => idOf('Load_Balancer', lb.name))),
      load_balancer_group: refs(r.loadBalancerGroups.map((g) => idOf('Load_Balancer_Group', g.name))),
      copp: optRef(r.copp && idOf('Copp', r.copp.name)),
      enabled: optional(r.enabled),
      options: strMap(r.options),
      external_ids: strMap(r.externalIds),
    },
  }
})

const portGroupRow = once((pg: PortGroup): DesiredRow => {
  const id = idOf('Port_Group', pg.name)
  return {
    table: 'Port_Group',
    id,
    columns: {
      name: pg.name,
      ports: portRefs(pg.ports),
      acls: ['set', pg.acls.map((a) => ref(aclRow(a, id).id))],
      external_ids: strMap(pg.externalIds),
    },
  }
})

const gatewayChassisRow = once(
  (g: RouterPort['gatewayChassis'][number]): DesiredRow => ({
    table: 'Gateway_Chassis',
    id: gatewayChassisId(g.name),
    columns: { name: g.name, chassis_name: g.chassisName, priority: g.priority, external_ids: ['map', []] },
  }),
)

const addressSetRow = once(
  (as: AddressSet): DesiredRow => ({ table: 'Address_Set', id: idOf('Address_Set', as.name), columns: { name: as.name, addresses: strSet(as.addresses), external_ids: strMap(as.externalIds) } }),
)

const dhcpRow = once(
  (d: DhcpOptions): DesiredRow => ({ table: 'DHCP_Options', id: idOf('DHCP_Options', d.key), columns: { cidr: d.cidr, options: strMap(d.options), external_ids: strMap(d.externalIds) } }),
)

/**
 * The engine's desired state for a topology: one row per value, references by id (see
 * {@link idOf}). Each row sets the columns its value models — an optional one that is
 * unset is written empty — and only columns that OVN_Northbound 7.0.0 (OVN 23.03) has,
 * unless the value sets a newer one (`Acl.tier`), so that a topology applies to servers
 * that old.
 *
 * Values are immutable, so their rows are made once: the same topology gives the same
 * desired state, and a topology built again from the same values (one port added, one
 * ACL changed) gives the same row objects for what did not change, which the incremental
 * planner (`Planner`) recognizes by pointer.
 *
 * @category conversion
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { logicalSwitch, toDesired, topology } from 'ovn-nb'
 * const sw = logicalSwitch({ name: 'sw0' })
 * const t = E.isRight(sw) ? topology({ owner: 'demo', switches: [sw.right] }) : sw
 * if (E.isRight(t)) toDesired(t.right)
 * // { owner: 'demo', rows: [{ table: 'Logical_Switch', id: 'Logical_Switch:sw0', columns: { name: 'sw0', ... } }] }
 */
export const toDesired = (t: TopologyData): DesiredState => {
  if (!Object.isFrozen(t)) return buildDesired(t)
  let d = desiredMemo.get(t)
  if (d === undefined) desiredMemo.set(t, (d = buildDesired(t)))
  return d
}

const desiredMemo = new WeakMap<TopologyData, DesiredState>()

const buildDesired = (t: TopologyData): DesiredState => {
  const rows: DesiredRow[] = []
  // indexed loops where there are thousands (ports, ACLs, routes, NAT rules): for-of makes
  // an iterator result per item in code not yet optimized, which a cold build mostly runs
  // (with the paths topology() no longer makes per item: benchlab's W10k build allocates
  // 27.8 MB instead of 29.7, 0.96x CPU over 25 paired rounds, bench/dslCold.ts --data-first)
  for (const sw of t.switches) {
    const id = idOf('Logical_Switch', sw.name)
    rows.push(switchRow(sw))
    const ports = sw.ports
    for (let i = 0; i < ports.length; i++) rows.push(portRow(ports[i]!))
    const acls = sw.acls
    for (let i = 0; i < acls.length; i++) rows.push(aclRow(acls[i]!, id))
    for (const q of sw.qosRules) rows.push(qosRow(q, id))
    for (const fg of sw.forwardingGroups) rows.push(forwardingGroupRow(fg, id))
  }
  for (const r of t.routers) {
    const id = idOf('Logical_Router', r.name)
    rows.push(routerRow(r))
    for (const port of r.ports) {
      rows.push(routerPortRow(port))
      for (const g of port.gatewayChassis) rows.push(gatewayChassisRow(g))
    }
    const routes = r.staticRoutes
    for (let i = 0; i < routes.length; i++) rows.push(routeRow(routes[i]!, id))
    for (const x of r.policies) rows.push(policyRow(x, id))
    const nat = r.nat
    for (let i = 0; i < nat.length; i++) rows.push(natRow(nat[i]!, id))
  }
  for (const pg of t.portGroups) {
    const id = idOf('Port_Group', pg.name)
    rows.push(portGroupRow(pg))
    const acls = pg.acls
    for (let i = 0; i < acls.length; i++) rows.push(aclRow(acls[i]!, id))
  }
  for (const as of t.addressSets) rows.push(addressSetRow(as))
  for (const d of t.dhcpOptions) rows.push(dhcpRow(d))
  for (const lb of t.loadBalancers) {
    const id = idOf('Load_Balancer', lb.name)
    rows.push({
      table: 'Load_Balancer',
      id,
      columns: {
        name: lb.name,
        vips: ['map', Object.entries(lb.vips).map(([k, v]) => [k, v.join(',')] as const)],
        protocol: optional(lb.protocol),
        health_check: refs(lb.healthChecks.map((h) => healthCheckId(id, h.vip))),
        ip_port_mappings: strMap(lb.ipPortMappings),
        selection_fields: strSet(lb.selectionFields),
        options: strMap(lb.options),
        external_ids: strMap(lb.externalIds),
      },
    })
    for (const h of lb.healthChecks)
      rows.push({ table: 'Load_Balancer_Health_Check', id: healthCheckId(id, h.vip), columns: { vip: h.vip, options: strMap(h.options), external_ids: strMap(h.externalIds) } })
  }
  for (const g of t.loadBalancerGroups)
    rows.push({
      table: 'Load_Balancer_Group',
      id: idOf('Load_Balancer_Group', g.name),
      columns: { name: g.name, load_balancer: refs(g.loadBalancers.map((lb) => idOf('Load_Balancer', lb.name))) },
    })
  for (const g of t.haChassisGroups) {
    const id = idOf('HA_Chassis_Group', g.name)
    rows.push({ table: 'HA_Chassis_Group', id, columns: { name: g.name, ha_chassis: refs(g.chassis.map((c) => haChassisId(id, c.chassisName))), external_ids: strMap(g.externalIds) } })
    for (const c of g.chassis) rows.push({ table: 'HA_Chassis', id: haChassisId(id, c.chassisName), columns: { chassis_name: c.chassisName, priority: c.priority, external_ids: ['map', []] } })
  }
  for (const m of t.meters) {
    const id = idOf('Meter', m.name)
    rows.push({ table: 'Meter', id, columns: { name: m.name, unit: m.unit, bands: refs(m.bands.map((b) => bandId(id, b))), fair: optional(m.fair), external_ids: strMap(m.externalIds) } })
    for (const b of m.bands) rows.push({ table: 'Meter_Band', id: bandId(id, b), columns: { action: b.action, rate: b.rate, burst_size: b.burstSize, external_ids: ['map', []] } })
  }
  for (const c of t.copps) rows.push({ table: 'Copp', id: idOf('Copp', c.name), columns: { name: c.name, meters: strMap(c.meters as StringMap), external_ids: strMap(c.externalIds) } })
  for (const d of t.dns) rows.push({ table: 'DNS', id: idOf('DNS', d.key), columns: { records: strMap(d.records), external_ids: strMap(d.externalIds) } })
  for (const b of t.bfds)
    rows.push({
      table: 'BFD',
      id: bfdId(b),
      columns: {
        logical_port: b.logicalPort,
        dst_ip: b.dstIp,
        min_tx: optional(b.minTx),
        min_rx: optional(b.minRx),
        detect_mult: optional(b.detectMult),
        options: strMap(b.options),
        external_ids: strMap(b.externalIds),
      },
    })
  for (const b of t.staticMacBindings)
    rows.push({
      table: 'Static_MAC_Binding',
      id: idOf('Static_MAC_Binding', `${b.logicalPort}|${b.ip}`),
      columns: { logical_port: b.logicalPort, ip: b.ip, mac: b.mac, override_dynamic_mac: b.overrideDynamicMac },
    })
  for (const m of t.mirrors)
    rows.push({ table: 'Mirror', id: idOf('Mirror', m.name), columns: { name: m.name, type: m.type, sink: m.sink, filter: m.filter, index: m.index, external_ids: strMap(m.externalIds) } })
  for (const r of t.rows) rows.push({ table: r.table, id: idOf(r.table, r.key), columns: r.columns, ...(r.shared ? { shared: true } : {}) })
  // what the DSL would refuse but the rows carry as they are (ovn-nb export): shown, not sent
  const warnings = t.rows.flatMap((r) => (r.warning === undefined ? [] : [{ path: ['rows', r.table, r.key], code: 'not_validated' as const, message: r.warning }]))
  return warnings.length === 0 ? { owner: t.owner, rows } : { owner: t.owner, rows, warnings }
}
