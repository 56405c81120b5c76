/**
 * Logical routers and their ports by value. A router holds its ports, static routes,
 * policies and NAT rules (rows it owns) and refers to load balancers, groups and a CoPP
 * policy by value. A port holds its gateway chassis (`Gateway_Chassis` rows named
 * `PORT-CHASSIS`, as `ovn-nbctl lrp-set-gateway-chassis` names them) or refers to an HA
 * chassis group, and carries typed IPv6 router advertisement settings.
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { IfAddr, Ip, Ipv6 } from '../net/index.js'
import { checkChassisList, haChassisGroup, type ChassisPriority, type HaChassisGroup, type HaChassisGroupInput } from './chassis.js'
import { checkName, checkOneOf, Problems, type DslError, type StringMap } from './common.js'
import {
  boolOption,
  checkBool,
  checkCidr,
  checkIfAddr,
  checkIp,
  listOf,
  checkMac,
  checkRecord,
  checkTagged,
  checkTaggedOpt,
  intOption,
  sortKeys,
  stringOption,
  uniqueByName,
  withOptions,
  checkOptionalStringMap,
} from './checks.js'
import { loadBalancer, loadBalancerGroup, type LoadBalancer, type LoadBalancerGroup, type LoadBalancerGroupInput, type LoadBalancerInput } from './loadBalancer.js'
import { copp as copp_, type Copp, type CoppInput } from './meter.js'
import { nat as nat_, type Nat, type NatInput } from './nat.js'
import { routerPolicy, staticRoute, type RouterPolicy, type RouterPolicyInput, type StaticRoute, type StaticRouteInput } from './route.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A router preference (RFC 4191).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RaPreference } from 'ovn-nb'
 * const p: RaPreference = 'HIGH'
 */
export type RaPreference = 'HIGH' | 'MEDIUM' | 'LOW'

/**
 * The IPv6 router advertisement settings of a router port (`ipv6_ra_configs`), by
 * their ovn-nb(5) names. Nothing is advertised without `address_mode`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Ipv6RaConfigs } from 'ovn-nb'
 * const ra: Ipv6RaConfigs = { address_mode: 'dhcpv6_stateless', send_periodic: true, max_interval: 300, min_interval: 100, mtu: 1450, rdnss: 'fd00:1::53', dnssl: ['example.org'] }
 */
export interface Ipv6RaConfigs {
  readonly address_mode: 'slaac' | 'dhcpv6_stateful' | 'dhcpv6_stateless'
  readonly router_preference?: RaPreference | undefined
  /** More-specific routes to advertise (RFC 4191 route information). */
  readonly route_info?: ReadonlyArray<{ readonly preference: RaPreference; readonly prefix: string }> | undefined
  /** The MTU option (1280..65535). */
  readonly mtu?: number | undefined
  /** Send unsolicited advertisements. */
  readonly send_periodic?: boolean | undefined
  /** Seconds, 4..1800 (OVN's default 600). */
  readonly max_interval?: number | undefined
  /** Seconds, 3..0.75 * max_interval. */
  readonly min_interval?: number | undefined
  /** The recursive DNS server (OVN announces one). */
  readonly rdnss?: string | undefined
  /** DNS search list. */
  readonly dnssl?: ReadonlyArray<string> | undefined
}

/**
 * What {@link routerPort} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RouterPortInput } from 'ovn-nb'
 * const i: RouterPortInput = { name: 'lrp-web', mac: '0a:00:00:00:01:01', networks: ['10.0.1.1/24', 'fd00:1::1/64'], ipv6RaConfigs: { address_mode: 'slaac' } }
 */
export interface RouterPortInput {
  readonly name: string
  readonly mac: string
  /** Interface addresses, at least one: `10.0.1.1/24` (the port's address and its subnet). */
  readonly networks: ReadonlyArray<string>
  /** The router port of another router this one is patched to ({@link topology} checks it points back). */
  readonly peer?: string | undefined
  /** Makes the port a distributed gateway port, with these chassis (exclusive with `haChassisGroup`). */
  readonly gatewayChassis?: ReadonlyArray<ChassisPriority> | undefined
  /** Makes the port a distributed gateway port, on this group. */
  readonly haChassisGroup?: HaChassisGroup | HaChassisGroupInput | string | undefined
  readonly ipv6RaConfigs?: Ipv6RaConfigs | undefined
  /**
   * IPv6 prefixes obtained by prefix delegation. ovn-northd writes this column when
   * `prefixDelegation` is on: leave it unset (unmanaged) then.
   */
  readonly ipv6Prefix?: ReadonlyArray<string> | undefined
  readonly enabled?: boolean | undefined
  /** options:route_table — the routing table for packets entering through this port. */
  readonly routeTable?: string | undefined
  /** options:gateway_mtu (68..65535). */
  readonly gatewayMtu?: number | undefined
  /** options:prefix_delegation (DHCPv6 prefix delegation on a gateway port). */
  readonly prefixDelegation?: boolean | undefined
  /** options:prefix — request an IPv6 prefix. */
  readonly prefix?: boolean | undefined
  /** options:redirect-type. */
  readonly redirectType?: 'bridged' | 'overlay' | undefined
  /** options:reside-on-redirect-chassis. */
  readonly resideOnRedirectChassis?: boolean | undefined
  /** Other options, as OVN strings. */
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A gateway chassis of a router port (a `Gateway_Chassis` row named `PORT-CHASSIS`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { GatewayChassis } from 'ovn-nb'
 * const g: GatewayChassis = { name: 'lrp-ext-gw-1', chassisName: 'gw-1', priority: 20 }
 */
export interface GatewayChassis {
  readonly name: string
  readonly chassisName: string
  readonly priority: number
}

/**
 * A Logical_Router_Port by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { routerPort } from 'ovn-nb'
 * const p = routerPort({ name: 'lrp-web', mac: '0A:00:00:00:01:01', networks: ['10.0.1.1/24'] })
 */
export interface RouterPort {
  readonly _tag: 'RouterPort'
  readonly name: string
  readonly mac: string
  /** Canonical, in the order given (OVN treats the first of a family as primary). */
  readonly networks: ReadonlyArray<string>
  readonly peer?: string
  readonly gatewayChassis: ReadonlyArray<GatewayChassis>
  readonly haChassisGroup?: HaChassisGroup
  /** As OVN stores them. */
  readonly ipv6RaConfigs: StringMap
  readonly ipv6Prefix?: ReadonlyArray<string>
  readonly enabled?: boolean
  readonly options: StringMap
  readonly externalIds: StringMap
}

/**
 * What {@link logicalRouter} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LogicalRouterInput } from 'ovn-nb'
 * const i: LogicalRouterInput = { name: 'lr0', ports: [], staticRoutes: [], nat: [] }
 */
export interface LogicalRouterInput {
  readonly name: string
  /** The router's ports (values or inputs). */
  readonly ports?: ReadonlyArray<RouterPort | RouterPortInput> | undefined
  /** Static routes (values or inputs). */
  readonly staticRoutes?: ReadonlyArray<StaticRoute | StaticRouteInput> | undefined
  /** Policy-based routing rules (values or inputs). */
  readonly policies?: ReadonlyArray<RouterPolicy | RouterPolicyInput> | undefined
  /** NAT rules (values or inputs). */
  readonly nat?: ReadonlyArray<Nat | NatInput> | undefined
  /** Load balancers: values, inputs, or in a {@link topology} names of entries of its `loadBalancers`. */
  readonly loadBalancers?: ReadonlyArray<LoadBalancer | LoadBalancerInput | string> | undefined
  /** Load balancer groups: values, inputs, or in a {@link topology} names of entries of its `loadBalancerGroups`. */
  readonly loadBalancerGroups?: ReadonlyArray<LoadBalancerGroup | LoadBalancerGroupInput | string> | undefined
  /** Control plane protection: a value, its input, or in a {@link topology} the name of an entry of its `copps`. */
  readonly copp?: Copp | CoppInput | string | undefined
  readonly enabled?: boolean | undefined
  /** options:chassis — makes this a gateway router, bound to that chassis. */
  readonly chassis?: string | undefined
  /** options:dynamic_neigh_routers. */
  readonly dynamicNeighRouters?: boolean | undefined
  /** options:always_learn_from_arp_request. */
  readonly alwaysLearnFromArpRequest?: boolean | undefined
  /** options:mcast_relay. */
  readonly mcastRelay?: boolean | undefined
  /** options:lb_force_snat_ip — `router_ip`, or one IPv4 and/or one IPv6 address. */
  readonly lbForceSnatIp?: 'router_ip' | ReadonlyArray<string> | undefined
  /** options:snat-ct-zone (0..65535). */
  readonly snatCtZone?: number | undefined
  /** Other options, as OVN strings. */
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A Logical_Router by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { logicalRouter } from 'ovn-nb'
 * const r = logicalRouter({ name: 'lr0' })
 */
export interface LogicalRouter {
  readonly _tag: 'LogicalRouter'
  readonly name: string
  readonly ports: ReadonlyArray<RouterPort>
  readonly staticRoutes: ReadonlyArray<StaticRoute>
  readonly policies: ReadonlyArray<RouterPolicy>
  readonly nat: ReadonlyArray<Nat>
  readonly loadBalancers: ReadonlyArray<LoadBalancer>
  readonly loadBalancerGroups: ReadonlyArray<LoadBalancerGroup>
  readonly copp?: Copp
  readonly enabled?: boolean
  readonly options: StringMap
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const PREFS: ReadonlyArray<RaPreference> = ['HIGH', 'MEDIUM', 'LOW']
const DOMAIN = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/

const raConfigs = (p: Problems, v: unknown): Record<string, string> => {
  const out: Record<string, string> = {}
  if (v === undefined) return out
  const r = checkRecord(p, 'ipv6RaConfigs', v)
  const path = (k: string) => `ipv6RaConfigs.${k}`
  const known = ['address_mode', 'router_preference', 'route_info', 'mtu', 'send_periodic', 'max_interval', 'min_interval', 'rdnss', 'dnssl']
  for (const k of Object.keys(r)) if (!known.includes(k)) p.add(path(k), `is not an IPv6 RA setting (${known.join(', ')})`, 'invalid_value')
  if (checkOneOf(p, path('address_mode'), r['address_mode'], ['slaac', 'dhcpv6_stateful', 'dhcpv6_stateless'] as const)) out['address_mode'] = r['address_mode']
  if (r['router_preference'] !== undefined && checkOneOf(p, path('router_preference'), r['router_preference'], PREFS)) out['router_preference'] = r['router_preference']
  if (r['route_info'] !== undefined) {
    const items = listOf(p, path('route_info'), r['route_info']).map((x, j) => {
      const ri = checkRecord(p, `${path('route_info')}[${j}]`, x)
      const prefOk = checkOneOf(p, `${path('route_info')}[${j}].preference`, ri['preference'], PREFS)
      const c = checkCidr(p, `${path('route_info')}[${j}].prefix`, ri['prefix'], 6)
      return prefOk && c !== undefined ? `${ri['preference'] as string}-${c}` : undefined
    })
    if (items.length === 0 && Array.isArray(r['route_info'])) p.add(path('route_info'), 'must not be empty', 'invalid_value')
    if (items.length > 0 && items.every((x) => x !== undefined)) out['route_info'] = items.join(',')
  }
  const mtu = intOption(p, path('mtu'), r['mtu'], 1280, 65535)
  if (mtu !== undefined) out['mtu'] = mtu
  const periodic = boolOption(p, path('send_periodic'), r['send_periodic'])
  if (periodic !== undefined) out['send_periodic'] = periodic
  const max = intOption(p, path('max_interval'), r['max_interval'], 4, 1800)
  if (max !== undefined) out['max_interval'] = max
  const maxN = max === undefined ? 600 : Number(max)
  const min = intOption(p, path('min_interval'), r['min_interval'], 3, Math.floor(maxN * 0.75))
  if (min !== undefined) out['min_interval'] = min
  if (r['rdnss'] !== undefined) {
    const ip = checkIp(p, path('rdnss'), r['rdnss'], 6)
    if (ip !== undefined) out['rdnss'] = Ip.print(ip)
  }
  if (r['dnssl'] !== undefined) {
    const ds = listOf(p, path('dnssl'), r['dnssl'])
    if (ds.length === 0 || !ds.every((d) => typeof d === 'string' && DOMAIN.test(d))) p.add(path('dnssl'), 'must be a non-empty list of domain names', 'invalid_type')
    else out['dnssl'] = ds.join(',')
  }
  return out
}

/**
 * A router port. The MAC must be unicast; networks are interface addresses printed
 * canonically (no duplicates, no IPv6 link-local: OVN adds that one itself); IPv6 RA
 * settings need an IPv6 network.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { routerPort } from 'ovn-nb'
 * routerPort({ name: 'lrp-ext', mac: '0a:00:00:00:ff:01', networks: ['172.16.0.2/24'], gatewayChassis: [{ chassisName: 'gw-1', priority: 20 }, { chassisName: 'gw-2', priority: 10 }] })
 * routerPort({ name: 'lrp-web', mac: '0a:00:00:00:01:01', networks: ['10.0.1.1/24', 'FD00:1::1/64'], ipv6RaConfigs: { address_mode: 'slaac', send_periodic: true } })
 * routerPort({ name: 'lrp', mac: '01:00:00:00:00:01', networks: [] }) // Left: mac is multicast, networks is empty
 */
export const routerPort = (input: RouterPortInput): E.Either<DslError, RouterPort> => {
  const p = new Problems('routerPort', input)
  const i = checkRecord(p, '', input)
  const nameOk = checkName(p, 'name', i['name'])
  const mac = checkMac(p, 'mac', i['mac'])
  if (mac !== undefined && parseInt(mac.slice(0, 2), 16) % 2 === 1) p.add('mac', 'must be a unicast MAC address', 'invalid_mac')
  const networks: string[] = []
  let has6 = false
  const given = listOf(p, 'networks', i['networks'])
  if (given.length === 0) p.add('networks', 'must have at least one interface address', 'invalid_value')
  given.forEach((x, j) => {
    const a = checkIfAddr(p, `networks[${j}]`, x)
    if (a === undefined) return
    if (a.address._tag === 'Ipv6' && Ipv6.isLinkLocal(a.address)) return p.add(`networks[${j}]`, 'OVN adds the link-local address itself', 'invalid_value')
    const s = IfAddr.print(a)
    if (networks.includes(s)) return p.add(`networks[${j}]`, `duplicate network ${s}`, 'duplicate_name')
    if (IfAddr.family(a) === 6) has6 = true
    networks.push(s)
  })
  if (i['peer'] !== undefined && checkName(p, 'peer', i['peer']) && i['peer'] === i['name']) p.add('peer', 'a port cannot be its own peer', 'invalid_value')
  const chassis = checkChassisList(p, 'gatewayChassis', i['gatewayChassis'])
  const ha = checkTaggedOpt<HaChassisGroup>(p, 'haChassisGroup', i['haChassisGroup'], 'HaChassisGroup', 'haChassisGroup', { build: haChassisGroup, ref: 'haChassisGroup' })
  if (ha !== undefined && chassis.length > 0) p.add('haChassisGroup', 'gatewayChassis and haChassisGroup configure the same thing: give one', 'conflict')
  const ra = raConfigs(p, i['ipv6RaConfigs'])
  if (i['ipv6RaConfigs'] !== undefined && !has6 && given.length > 0) p.add('ipv6RaConfigs', 'router advertisements need an IPv6 network on the port', 'invalid_value')
  let ipv6Prefix: string[] | undefined
  if (i['ipv6Prefix'] !== undefined) {
    ipv6Prefix = []
    for (const [j, x] of listOf(p, 'ipv6Prefix', i['ipv6Prefix']).entries()) {
      const c = checkCidr(p, `ipv6Prefix[${j}]`, x, 6)
      if (c !== undefined && !ipv6Prefix.includes(c)) ipv6Prefix.push(c)
    }
    ipv6Prefix.sort()
  }
  checkBool(p, 'enabled', i['enabled'])
  if (i['redirectType'] !== undefined) checkOneOf(p, 'redirectType', i['redirectType'], ['bridged', 'overlay'] as const)
  const options = withOptions(p, 'options', i['options'], {
    route_table: stringOption(p, 'routeTable', i['routeTable']),
    gateway_mtu: intOption(p, 'gatewayMtu', i['gatewayMtu'], 68, 65535),
    prefix_delegation: boolOption(p, 'prefixDelegation', i['prefixDelegation']),
    prefix: boolOption(p, 'prefix', i['prefix']),
    'redirect-type': typeof i['redirectType'] === 'string' ? i['redirectType'] : undefined,
    'reside-on-redirect-chassis': boolOption(p, 'resideOnRedirectChassis', i['resideOnRedirectChassis']),
  })
  const externalIds = checkOptionalStringMap(p, 'externalIds', i['externalIds'])
  const name = i['name'] as string
  return p.result(() => ({
    _tag: 'RouterPort' as const,
    name,
    mac: mac ?? '',
    networks,
    ...(i['peer'] !== undefined ? { peer: i['peer'] as string } : {}),
    gatewayChassis: nameOk ? chassis.map((c) => ({ name: `${name}-${c.chassisName}`, chassisName: c.chassisName, priority: c.priority })) : [],
    ...(ha !== undefined ? { haChassisGroup: ha } : {}),
    ipv6RaConfigs: sortKeys(ra),
    ...(ipv6Prefix !== undefined ? { ipv6Prefix } : {}),
    ...(i['enabled'] !== undefined ? { enabled: i['enabled'] as boolean } : {}),
    options,
    externalIds,
  }))
}

/** Whether a router port is a distributed gateway port. */
const isGatewayPort = (port: RouterPort): boolean => port.gatewayChassis.length > 0 || port.haChassisGroup !== undefined

/**
 * A logical router. Within it: port names, route, policy and NAT identities are
 * unique; a route's output port and a NAT rule's gateway port are ports of this router;
 * NAT and load balancers need a gateway (`chassis`, or a distributed gateway port; load
 * balancers at most one); a gateway router has no distributed gateway ports.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { logicalRouter, nat, routerPort, staticRoute } from 'ovn-nb'
 * const ext = routerPort({ name: 'lrp-ext', mac: '0a:00:00:00:ff:01', networks: ['172.16.0.2/24'], gatewayChassis: [{ chassisName: 'gw-1', priority: 1 }] })
 * const snat = nat({ type: 'snat', externalIp: '172.16.0.2', logicalIp: '10.0.0.0/16' })
 * const dflt = staticRoute({ ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', outputPort: 'lrp-ext' })
 * if (E.isRight(ext) && E.isRight(snat) && E.isRight(dflt))
 *   logicalRouter({ name: 'lr0', ports: [ext.right], nat: [snat.right], staticRoutes: [dflt.right] })
 */
export const logicalRouter = (input: LogicalRouterInput): E.Either<DslError, LogicalRouter> => {
  const p = new Problems('logicalRouter', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'name', i['name'])
  const ports = checkTagged<RouterPort>(p, 'ports', i['ports'], 'RouterPort', 'routerPort', { build: routerPort })
  uniqueByName(p, 'ports', ports, 'port')
  const portNames = new Set(ports.map((x) => x.name))
  const staticRoutes = checkTagged<StaticRoute>(p, 'staticRoutes', i['staticRoutes'], 'StaticRoute', 'staticRoute', { build: staticRoute })
  const routeKeys = new Set<string>()
  staticRoutes.forEach((r, j) => {
    const k = `${r.ipPrefix} ${r.nexthop} ${r.policy ?? ''} ${r.routeTable}`
    if (routeKeys.has(k)) p.add(`staticRoutes[${j}]`, 'another route here has the same prefix, next hop, policy and route table', 'duplicate_name')
    routeKeys.add(k)
    if (r.outputPort !== undefined && !portNames.has(r.outputPort)) p.add(`staticRoutes[${j}].outputPort`, `"${r.outputPort}" is not a port of this router`, 'unknown_reference')
  })
  const policies = checkTagged<RouterPolicy>(p, 'policies', i['policies'], 'RouterPolicy', 'routerPolicy', { build: routerPolicy })
  const policyKeys = new Set<string>()
  policies.forEach((r, j) => {
    const k = `${r.priority} ${r.match}`
    if (policyKeys.has(k)) p.add(`policies[${j}]`, 'another policy here has the same priority and match', 'duplicate_name')
    policyKeys.add(k)
  })
  const nats = checkTagged<Nat>(p, 'nat', i['nat'], 'Nat', 'nat', { build: nat_ })
  const natKeys = new Set<string>()
  nats.forEach((n, j) => {
    const k = `${n.type} ${n.externalIp} ${n.logicalIp}`
    if (natKeys.has(k)) p.add(`nat[${j}]`, 'another NAT rule here has the same type, external and logical IP', 'duplicate_name')
    natKeys.add(k)
    if (n.gatewayPort !== undefined) {
      const gw = ports.find((x) => x.name === n.gatewayPort)
      if (gw === undefined || !isGatewayPort(gw)) p.add(`nat[${j}].gatewayPort`, `"${n.gatewayPort}" is not a distributed gateway port of this router`, 'unknown_reference')
    }
  })
  const loadBalancers = checkTagged<LoadBalancer>(p, 'loadBalancers', i['loadBalancers'], 'LoadBalancer', 'loadBalancer', { build: loadBalancer, ref: 'loadBalancer' })
  uniqueByName(p, 'loadBalancers', loadBalancers, 'load balancer')
  const loadBalancerGroups = checkTagged<LoadBalancerGroup>(p, 'loadBalancerGroups', i['loadBalancerGroups'], 'LoadBalancerGroup', 'loadBalancerGroup', { build: loadBalancerGroup, ref: 'loadBalancerGroup' })
  uniqueByName(p, 'loadBalancerGroups', loadBalancerGroups, 'load balancer group')
  const copp = checkTaggedOpt<Copp>(p, 'copp', i['copp'], 'Copp', 'copp', { build: copp_, ref: 'copp' })
  checkBool(p, 'enabled', i['enabled'])
  let lbForce: string | undefined
  if (i['lbForceSnatIp'] === 'router_ip') lbForce = 'router_ip'
  else if (i['lbForceSnatIp'] !== undefined) {
    const ips = listOf(p, 'lbForceSnatIp', i['lbForceSnatIp']).map((x, j) => checkIp(p, `lbForceSnatIp[${j}]`, x))
    const fams = ips.filter((x) => x !== undefined).map((x) => Ip.family(x))
    if (ips.length === 0 || ips.length > 2 || new Set(fams).size !== fams.length) p.add('lbForceSnatIp', 'must be "router_ip" or one IPv4 and/or one IPv6 address', 'invalid_enum')
    lbForce = ips.filter((x) => x !== undefined).map((x) => Ip.print(x)).join(' ')
  }
  const options = withOptions(p, 'options', i['options'], {
    chassis: stringOption(p, 'chassis', i['chassis']),
    dynamic_neigh_routers: boolOption(p, 'dynamicNeighRouters', i['dynamicNeighRouters']),
    always_learn_from_arp_request: boolOption(p, 'alwaysLearnFromArpRequest', i['alwaysLearnFromArpRequest']),
    mcast_relay: boolOption(p, 'mcastRelay', i['mcastRelay']),
    lb_force_snat_ip: lbForce,
    'snat-ct-zone': intOption(p, 'snatCtZone', i['snatCtZone'], 0, 65535),
  })
  // gateways: what OVN needs for NAT and load balancing, and what it refuses
  const gatewayRouter = options['chassis'] !== undefined
  const dgps = ports.filter(isGatewayPort)
  if (gatewayRouter) ports.forEach((x, j) => isGatewayPort(x) && p.add(`ports[${j}]`, 'a gateway router (chassis) cannot have distributed gateway ports', 'invalid_value'))
  if (nats.length > 0 && !gatewayRouter && dgps.length === 0) p.add('nat', 'NAT needs a gateway router (chassis) or a distributed gateway port (gatewayChassis, haChassisGroup)', 'invalid_value')
  const lbs = loadBalancers.length > 0 || loadBalancerGroups.some((g) => g.loadBalancers.length > 0)
  if (lbs && dgps.length > 1) p.add('loadBalancers', `OVN does not load-balance on a router with several distributed gateway ports (${dgps.map((x) => x.name).join(', ')})`, 'invalid_value')
  const externalIds = checkOptionalStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'LogicalRouter' as const,
    name: i['name'] as string,
    ports,
    staticRoutes,
    policies,
    nat: nats,
    loadBalancers,
    loadBalancerGroups,
    ...(copp !== undefined ? { copp } : {}),
    ...(i['enabled'] !== undefined ? { enabled: i['enabled'] as boolean } : {}),
    options,
    externalIds,
  }))
}
