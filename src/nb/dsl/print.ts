/**
 * A topology back to plain data: the printer of what {@link topology} parses. Each value
 * becomes its constructor's input (typed fields where the value holds OVN strings: DHCP
 * options, RA configs, health-check options), values that others name are listed once
 * at the top and named where they are used (a port's `dhcpv4Options: 'net4'`, a port
 * group's `ports: ['vm-a']`), and what a field holds by default is left out. Parsing
 * the result gives a topology structurally equal to the one printed.
 *
 * @module
 */
import type { Acl, AclInput } from './acl.js'
import type { StringMap } from './common.js'
import type { DhcpOptions, DhcpOptionsInput } from './dhcp.js'
import type { Dns, DnsInput } from './dns.js'
import type { AddressSet, PortGroup, PortGroupInput } from './groups.js'
import type { LoadBalancer, LoadBalancerGroup, LoadBalancerGroupInput, LoadBalancerInput } from './loadBalancer.js'
import type { Nat, NatInput } from './nat.js'
import type { Qos, QosInput } from './qos.js'
import type { RouterPolicy, RouterPolicyInput, StaticRoute, StaticRouteInput } from './route.js'
import type { LogicalRouter, LogicalRouterInput, RouterPort, RouterPortInput } from './router.js'
import type { LogicalSwitch, LogicalSwitchInput, SwitchPort, SwitchPortInput } from './switch.js'
import type { TopologyData, TopologyInput } from './topology.js'

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

// fields whose empty value is what the constructor takes when the field is absent
const EMPTY_IS_DEFAULT: ReadonlySet<string> = new Set([
  'options',
  'externalIds',
  'otherConfig',
  'ports',
  'acls',
  'qosRules',
  'loadBalancers',
  'loadBalancerGroups',
  'dnsRecords',
  'forwardingGroups',
  'mirrorRules',
  'portSecurity',
  'staticRoutes',
  'policies',
  'nat',
  'gatewayChassis',
  'ipv6RaConfigs',
  'healthChecks',
  'ipPortMappings',
  'selectionFields',
  'nexthops',
])

const isEmpty = (v: unknown): boolean => (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && v !== null && Object.keys(v).length === 0)

/** A plain object without `_tag`, derived fields, `undefined` members and empty defaults. */
const plain = <A>(v: object, drop: ReadonlyArray<string> = []): A => {
  const out: Record<string, unknown> = {}
  for (const [k, x] of Object.entries(v)) {
    if (k === '_tag' || drop.includes(k) || x === undefined) continue
    if (EMPTY_IS_DEFAULT.has(k) && isEmpty(x)) continue
    out[k] = x
  }
  return out as A
}

const nameOf = (x: { readonly name: string }): string => x.name

// "{a, b}" or "a" -> ['a', 'b'] / ['a']
const listOfText = (s: string): ReadonlyArray<string> => (s.startsWith('{') && s.endsWith('}') ? s.slice(1, -1).split(',').map((x) => x.trim()).filter((x) => x !== '') : [s])
const unquote = (s: string): string => (s.startsWith('"') ? (JSON.parse(s) as string) : s)

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

// the kind of each typed DHCP option, as dhcp.ts prints it (the rest go to `extra`)
const DHCP_NUMBER = new Set(['lease_time', 'default_ttl', 'tcp_ttl', 'netbios_node_type', 'mtu', 'T1', 'T2', 'arp_cache_timeout', 'tcp_keepalive_interval'])
const DHCP_BOOL = new Set(['ip_forward_enable', 'router_discovery', 'ethernet_encap', 'dhcpv6_stateless'])
const DHCP_LIST = new Set(['dns_server', 'log_server', 'lpr_server', 'nis_server', 'ntp_server', 'netbios_name_server', 'policy_filter'])
const DHCP_STRING = new Set(['hostname', 'domain_name', 'tftp_server', 'bootfile_name', 'bootfile_name_alt', 'wpad', 'path_prefix', 'domain_search', 'fqdn'])
const DHCP_ROUTES = new Set(['classless_static_route', 'ms_classless_static_route'])
const DHCP_PLAIN_V4 = new Set(['server_id', 'server_mac', 'router', 'netmask', 'swap_server', 'router_solicitation', 'broadcast_address', 'tftp_server_address', 'next_server'])
const DHCP_PLAIN_V6 = new Set(['server_id', 'ia_addr'])

const dhcpInput = (d: DhcpOptions): DhcpOptionsInput => {
  const typed: Record<string, unknown> = {}
  const extra: Record<string, string> = {}
  const plainKeys = d.family === 4 ? DHCP_PLAIN_V4 : DHCP_PLAIN_V6
  for (const [k, v] of Object.entries(d.options)) {
    if (plainKeys.has(k)) typed[k] = v
    else if (DHCP_NUMBER.has(k) && d.family === 4) typed[k] = Number(v)
    else if (DHCP_BOOL.has(k) && (d.family === 6) === (k === 'dhcpv6_stateless')) typed[k] = v === 'true'
    else if (DHCP_LIST.has(k) && (d.family === 4 || k === 'dns_server')) typed[k] = listOfText(v)
    else if (DHCP_STRING.has(k) && v.startsWith('"')) typed[k] = unquote(v)
    else if (k === 'domain_search_list' && d.family === 4) typed[k] = unquote(v).split(',')
    else if (DHCP_ROUTES.has(k) && d.family === 4) {
      const parts = listOfText(v)
      const routes: Array<{ prefix: string; nexthop: string }> = []
      for (let i = 0; i + 1 < parts.length; i += 2) routes.push({ prefix: parts[i]!, nexthop: parts[i + 1]! })
      typed[k] = routes
    } else extra[k] = v
  }
  return {
    key: d.key,
    cidr: d.cidr,
    ...(d.family === 4 ? { v4: typed } : { v6: typed }),
    ...(Object.keys(extra).length > 0 ? { extra, force: true } : {}),
    ...(isEmpty(d.externalIds) ? {} : { externalIds: d.externalIds }),
  }
}

// the typed fields a port of each type must be given (they are options too)
const portTyped = (port: SwitchPort): Partial<SwitchPortInput> => {
  const o = port.options
  switch (port.type) {
    case 'router':
      return { routerPort: o['router-port'] }
    case 'localnet':
      return { networkName: o['network_name'] }
    case 'virtual':
      return { virtualIp: o['virtual-ip'], virtualParents: (o['virtual-parents'] ?? '').split(',').filter((x) => x !== '') }
    case 'l2gateway':
      return { l2gatewayChassis: o['l2gateway-chassis'], networkName: o['network_name'] }
    case 'vtep':
      return { vtepPhysicalSwitch: o['vtep-physical-switch'], vtepLogicalSwitch: o['vtep-logical-switch'] }
    default:
      return {}
  }
}

const portInput = (port: SwitchPort): SwitchPortInput => ({
  ...plain<SwitchPortInput>(port, ['addresses', 'dhcpv4Options', 'dhcpv6Options', 'haChassisGroup', 'mirrorRules', ...(port.type === '' ? ['type'] : [])]),
  // a port's addresses default by type: given always when there are any
  ...(port.addresses.length === 0 && port.type !== 'router' && port.type !== 'localnet' ? {} : { addresses: port.addresses }),
  ...portTyped(port),
  ...(port.dhcpv4Options !== undefined ? { dhcpv4Options: port.dhcpv4Options.key } : {}),
  ...(port.dhcpv6Options !== undefined ? { dhcpv6Options: port.dhcpv6Options.key } : {}),
  ...(port.haChassisGroup !== undefined ? { haChassisGroup: port.haChassisGroup.name } : {}),
  ...(port.mirrorRules.length > 0 ? { mirrorRules: port.mirrorRules.map(nameOf) } : {}),
})

// log is false unless given
const aclInput = (a: Acl): AclInput => plain<AclInput>(a, ['references', ...(a.log ? [] : ['log'])])
const qosInput = (q: Qos): QosInput => plain<QosInput>(q, ['references'])
const policyInput = (x: RouterPolicy): RouterPolicyInput => plain<RouterPolicyInput>(x, ['references'])
const routeInput = (r: StaticRoute): StaticRouteInput => ({ ...plain<StaticRouteInput>(r, ['bfd']), ...(r.bfd !== undefined ? { bfd: plain(r.bfd) } : {}) })

// the address assignment keys of other_config, printed as the switch's typed fields
const addressingInput = (other: StringMap): Partial<LogicalSwitchInput> => {
  const { subnet, ipv6_prefix: ipv6Prefix, exclude_ips: excluded, ...rest } = other
  return {
    ...(subnet !== undefined ? { subnet } : {}),
    ...(excluded !== undefined ? { excludeIps: excluded.split(/\s+/).filter((x) => x !== '') } : {}),
    ...(ipv6Prefix !== undefined ? { ipv6Prefix } : {}),
    ...(isEmpty(rest) ? {} : { otherConfig: rest }),
  }
}

const switchInput = (sw: LogicalSwitch): LogicalSwitchInput => ({
  ...plain<LogicalSwitchInput>(sw, ['ports', 'acls', 'qosRules', 'loadBalancers', 'loadBalancerGroups', 'dnsRecords', 'forwardingGroups', 'copp', 'otherConfig', ...(sw.shared ? [] : ['shared'])]),
  ...addressingInput(sw.otherConfig),
  ...(sw.ports.length > 0 ? { ports: sw.ports.map(portInput) } : {}),
  ...(sw.acls.length > 0 ? { acls: sw.acls.map(aclInput) } : {}),
  ...(sw.qosRules.length > 0 ? { qosRules: sw.qosRules.map(qosInput) } : {}),
  ...(sw.loadBalancers.length > 0 ? { loadBalancers: sw.loadBalancers.map(nameOf) } : {}),
  ...(sw.loadBalancerGroups.length > 0 ? { loadBalancerGroups: sw.loadBalancerGroups.map(nameOf) } : {}),
  ...(sw.dnsRecords.length > 0 ? { dnsRecords: sw.dnsRecords.map((d) => d.key) } : {}),
  ...(sw.forwardingGroups.length > 0 ? { forwardingGroups: sw.forwardingGroups.map((fg) => plain(fg)) } : {}),
  ...(sw.copp !== undefined ? { copp: sw.copp.name } : {}),
})

// "k=v" RA settings as OVN stores them, back to their typed form
const raInput = (ra: StringMap): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(ra)) {
    if (k === 'mtu' || k === 'max_interval' || k === 'min_interval') out[k] = Number(v)
    else if (k === 'send_periodic') out[k] = v === 'true'
    else if (k === 'dnssl') out[k] = v.split(',')
    else if (k === 'route_info')
      out[k] = v.split(',').map((x) => {
        const dash = x.indexOf('-')
        return { preference: x.slice(0, dash), prefix: x.slice(dash + 1) }
      })
    else out[k] = v
  }
  return out
}

const routerPortInput = (port: RouterPort): RouterPortInput => ({
  ...plain<RouterPortInput>(port, ['gatewayChassis', 'haChassisGroup', 'ipv6RaConfigs']),
  ...(port.gatewayChassis.length > 0 ? { gatewayChassis: port.gatewayChassis.map((g) => ({ chassisName: g.chassisName, priority: g.priority })) } : {}),
  ...(port.haChassisGroup !== undefined ? { haChassisGroup: port.haChassisGroup.name } : {}),
  ...(isEmpty(port.ipv6RaConfigs) ? {} : { ipv6RaConfigs: raInput(port.ipv6RaConfigs) as never }),
})

const natInput = (n: Nat): NatInput => ({
  ...plain<NatInput>(n, ['allowedExtIps', 'exemptedExtIps', ...(n.externalPortRange === '' ? ['externalPortRange'] : [])]),
  ...(n.allowedExtIps !== undefined ? { allowedExtIps: n.allowedExtIps.name } : {}),
  ...(n.exemptedExtIps !== undefined ? { exemptedExtIps: n.exemptedExtIps.name } : {}),
})

const routerInput = (r: LogicalRouter): LogicalRouterInput => ({
  ...plain<LogicalRouterInput>(r, ['ports', 'staticRoutes', 'policies', 'nat', 'loadBalancers', 'loadBalancerGroups', 'copp']),
  ...(r.ports.length > 0 ? { ports: r.ports.map(routerPortInput) } : {}),
  ...(r.staticRoutes.length > 0 ? { staticRoutes: r.staticRoutes.map(routeInput) } : {}),
  ...(r.policies.length > 0 ? { policies: r.policies.map(policyInput) } : {}),
  ...(r.nat.length > 0 ? { nat: r.nat.map(natInput) } : {}),
  ...(r.loadBalancers.length > 0 ? { loadBalancers: r.loadBalancers.map(nameOf) } : {}),
  ...(r.loadBalancerGroups.length > 0 ? { loadBalancerGroups: r.loadBalancerGroups.map(nameOf) } : {}),
  ...(r.copp !== undefined ? { copp: r.copp.name } : {}),
})

const portGroupInput = (pg: PortGroup): PortGroupInput => ({
  ...plain<PortGroupInput>(pg, ['ports', 'acls']),
  ...(pg.ports.length > 0 ? { ports: pg.ports.map(nameOf) } : {}),
  ...(pg.acls.length > 0 ? { acls: pg.acls.map(aclInput) } : {}),
})

// "port:ip" / "port:[ip6]" -> { logicalPort, sourceIp }
const mappingInput = (m: string): { readonly logicalPort: string; readonly sourceIp: string } => {
  const at = m.endsWith(']') ? m.lastIndexOf(':[') : m.lastIndexOf(':')
  return { logicalPort: m.slice(0, at), sourceIp: m.slice(at + 1).replace(/^\[|\]$/g, '') }
}

const loadBalancerInput = (lb: LoadBalancer): LoadBalancerInput => ({
  ...plain<LoadBalancerInput>(lb, ['healthChecks', 'ipPortMappings', 'healthCheckPorts']),
  ...(lb.healthChecks.length > 0
    ? { healthChecks: lb.healthChecks.map((h) => ({ ...plain<{ vip: string }>(h, ['options']), ...(isEmpty(h.options) ? {} : { options: Object.fromEntries(Object.entries(h.options).map(([k, v]) => [k, Number(v)])) }) })) }
    : {}),
  ...(isEmpty(lb.ipPortMappings) ? {} : { ipPortMappings: Object.fromEntries(Object.entries(lb.ipPortMappings).map(([ip, m]) => [ip.replace(/^\[|\]$/g, ''), mappingInput(m)])) }),
})

const loadBalancerGroupInput = (g: LoadBalancerGroup): LoadBalancerGroupInput => ({ name: g.name, ...(g.loadBalancers.length > 0 ? { loadBalancers: g.loadBalancers.map(nameOf) } : {}) })

const dnsInput = (d: Dns): DnsInput => ({ ...plain<DnsInput>(d, ['records']), records: Object.fromEntries(Object.entries(d.records).map(([k, v]) => [k, v.split(' ')])) })

// -------------------------------------------------------------------------------------
// printer
// -------------------------------------------------------------------------------------

/**
 * A topology as plain data that {@link topology} (and `parseTopology`, and the CLI as a
 * `.json` FILE) takes back: each value as its constructor's input, the values others
 * name (DHCP options, address sets, load balancers and groups, HA chassis groups,
 * mirrors, CoPP policies, DNS records) in the top-level lists, named where used; port
 * groups name their ports. Fields at their defaults are left out. Generic rows
 * ({@link row}) have no plain form: they stay as their values (`_tag: 'GenericRow'`),
 * which JSON keeps and `topology` reads again, checking each as `row` does (the tag of
 * an object no constructor built is never trusted).
 *
 * `topology(topologyToData(t))` gives a topology structurally equal to `t`.
 *
 * @category conversion
 * @since 0.2.0
 * @example
 * import { parseTopology, topologyToData } from 'ovn-nb'
 * const t = parseTopology({ owner: 'demo', switches: [{ name: 'vmnet', subnet: '10.10.0.0/24', ports: [{ name: 'vm-a' }] }], portGroups: [{ name: 'vms', ports: ['vm-a'] }] })
 * JSON.stringify(topologyToData(t))
 * // {"owner":"demo","switches":[{"name":"vmnet","subnet":"10.10.0.0/24","ports":[{"name":"vm-a"}]}],"portGroups":[{"name":"vms","ports":["vm-a"]}]}
 */
export const topologyToData = (t: TopologyData): TopologyInput => {
  const lists: Record<string, ReadonlyArray<unknown>> = {
    switches: t.switches.map(switchInput),
    routers: t.routers.map(routerInput),
    portGroups: t.portGroups.map(portGroupInput),
    addressSets: t.addressSets.map((a: AddressSet) => plain(a)),
    dhcpOptions: t.dhcpOptions.map(dhcpInput),
    loadBalancers: t.loadBalancers.map(loadBalancerInput),
    loadBalancerGroups: t.loadBalancerGroups.map(loadBalancerGroupInput),
    meters: t.meters.map((m) => plain(m)),
    haChassisGroups: t.haChassisGroups.map((g) => plain(g)),
    staticMacBindings: t.staticMacBindings.map((b) => plain(b)),
    bfds: t.bfds.map((b) => plain(b)),
    copps: t.copps.map((c) => plain(c)),
    mirrors: t.mirrors.map((m) => plain(m)),
    dns: t.dns.map(dnsInput),
    rows: t.rows,
  }
  const out: Record<string, unknown> = { owner: t.owner }
  for (const [k, xs] of Object.entries(lists)) if (xs.length > 0) out[k] = xs
  return out as unknown as TopologyInput
}
