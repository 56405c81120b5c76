/**
 * Logical switches and their ports, by value. A switch holds its ports, ACLs and load
 * balancers as values; a port holds its DHCP options as values. Port types come with
 * their typed options (`routerPort` for `router`, `networkName` for `localnet`, ...).
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { Cidr, Ip, Ipv4 } from '../net/index.js'
import { checkList, checkName, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import type { DhcpOptions, DhcpOptionsInput } from './dhcp.js'
import { acl, type Acl, type AclInput } from './acl.js'
import type { HaChassisGroup, HaChassisGroupInput } from './chassis.js'
import { boolOption, checkIp, checkItems, checkMac, checkTagged, checkTaggedOpt, intOption, sortKeys, uniqueByName, withOptions, checkOptionalStringMap } from './checks.js'
import { checkedSwitchPort } from './switchPortChecked.js'
import { fastSwitchPort } from './switchPortFast.js'
import { dns, type Dns, type DnsInput } from './dns.js'
import { forwardingGroup, type ForwardingGroup, type ForwardingGroupInput } from './forwardingGroup.js'
import { loadBalancer, loadBalancerGroup, type LoadBalancer, type LoadBalancerGroup, type LoadBalancerGroupInput, type LoadBalancerInput } from './loadBalancer.js'
import { copp, type Copp, type CoppInput } from './meter.js'
import type { Mirror, MirrorInput } from './mirror.js'
import { qos, type Qos, type QosInput } from './qos.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Logical_Switch_Port types.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SwitchPortType } from 'ovn-nb'
 * const t: SwitchPortType = 'localnet'
 */
export type SwitchPortType = '' | 'router' | 'localnet' | 'localport' | 'virtual' | 'external' | 'l2gateway' | 'vtep'

/**
 * What {@link switchPort} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SwitchPortInput } from 'ovn-nb'
 * const vm: SwitchPortInput = { name: 'vm1', addresses: ['0a:58:0a:00:00:05 10.0.0.5'], portSecurity: ['0a:58:0a:00:00:05 10.0.0.5'] }
 */
export interface SwitchPortInput {
  /** The port's name, unique in the database; ovn-controller binds the port to the VIF whose `iface-id` is this name. */
  readonly name: string
  /** What the port is (`""`: a VM or container VIF; `router`, `localnet`, `localport`, `virtual`, `external`, `l2gateway`, `vtep`). */
  readonly type?: SwitchPortType | undefined
  /**
   * The addresses OVN answers ARP/ND for and delivers to this port: `"MAC IP..."`,
   * `"router"`, `"unknown"` (also flood unknown destinations here), `"dynamic"`,
   * `"MAC dynamic"` (ovn-northd assigns from the switch's `subnet`/`ipv6Prefix`).
   */
  readonly addresses?: ReadonlyArray<string> | undefined
  /** Source addresses the port may send from (and receive for): `"MAC [IP[/prefix]...]"` entries; empty: no port security. */
  readonly portSecurity?: ReadonlyArray<string> | undefined
  /**
   * The DHCPv4 options OVN's native DHCP answers this port's requests with
   * (dhcpv4_options; the port's IPv4 address comes from `addresses`): a value, its
   * input, or in a {@link topology} the `key` of an entry of its `dhcpOptions`.
   */
  readonly dhcpv4Options?: DhcpOptions | DhcpOptionsInput | string | undefined
  /** The same for DHCPv6 (dhcpv6_options; needs an IPv6 address in `addresses`). */
  readonly dhcpv6Options?: DhcpOptions | DhcpOptionsInput | string | undefined
  /** VLAN tag (1..4095): a localnet port's VLAN, or a container port's. */
  readonly tag?: number | undefined
  /**
   * For a container port: the VLAN tag it asks for (tag_request; 0: any free one), which
   * ovn-northd then writes to the port's `tag` — so not with `tag`, which is northd's then.
   */
  readonly tagRequest?: number | undefined
  /** For a container port: the VM port it rides on. */
  readonly parentName?: string | undefined
  /** Administrative state: `false` drops the port's traffic (OVN's default: enabled). */
  readonly enabled?: boolean | undefined
  /** `type: 'router'`: the Logical_Router_Port it connects to (options:router-port). */
  readonly routerPort?: string | undefined
  /** `type: 'localnet'` and `'l2gateway'`: the physical network (options:network_name). */
  readonly networkName?: string | undefined
  /** `type: 'virtual'`: the virtual IP (options:virtual-ip) that one of `virtualParents` claims by sending from it (a VRRP/keepalived VIP). */
  readonly virtualIp?: string | undefined
  /** `type: 'virtual'`: the ports of the same switch that may claim `virtualIp` (options:virtual-parents). */
  readonly virtualParents?: ReadonlyArray<string> | undefined
  /** `type: 'l2gateway'`: the chassis (options:l2gateway-chassis). */
  readonly l2gatewayChassis?: string | undefined
  /** `type: 'vtep'`: the VTEP gateway (options:vtep-physical-switch). */
  readonly vtepPhysicalSwitch?: string | undefined
  /** `type: 'vtep'`: the logical switch on that gateway (options:vtep-logical-switch). */
  readonly vtepLogicalSwitch?: string | undefined
  /** The chassis to bind on (options:requested-chassis; `"a,b"` during live migration). */
  readonly requestedChassis?: string | undefined
  /** options:activation-strategy: `rarp` activates the destination of a live migration on its first RARP. */
  readonly activationStrategy?: 'rarp' | undefined
  /** The chassis group an `external` port is bound to (by priority). */
  /** A value, its input, or in a {@link topology} the name of an entry of its `haChassisGroups`. */
  readonly haChassisGroup?: HaChassisGroup | HaChassisGroupInput | string | undefined
  /** The mirrors that copy this port's traffic: values, inputs, or in a {@link topology} names of entries of its `mirrors`. */
  readonly mirrorRules?: ReadonlyArray<Mirror | MirrorInput | string> | undefined
  /** Other options, as OVN strings; a key also given by a typed field must agree with it. */
  readonly options?: StringMap | undefined
  /** Keys for other programs (`iface-id-ver`, CMS ids); the engine adds its owner marks. */
  readonly externalIds?: StringMap | undefined
}

/**
 * A Logical_Switch_Port by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { switchPort } from 'ovn-nb'
 * const p = switchPort({ name: 'vm1', addresses: ['0A:58:0A:00:00:05 10.0.0.5'] })
 * // Right({ _tag: 'SwitchPort', name: 'vm1', type: '', addresses: ['0a:58:0a:00:00:05 10.0.0.5'], ... })
 */
export interface SwitchPort {
  readonly _tag: 'SwitchPort'
  readonly name: string
  readonly type: SwitchPortType
  readonly addresses: ReadonlyArray<string>
  readonly portSecurity: ReadonlyArray<string>
  readonly options: StringMap
  readonly externalIds: StringMap
  readonly tag?: number
  readonly tagRequest?: number
  readonly parentName?: string
  readonly enabled?: boolean
  readonly dhcpv4Options?: DhcpOptions
  readonly dhcpv6Options?: DhcpOptions
  readonly haChassisGroup?: HaChassisGroup
  /** Sorted by name. */
  readonly mirrorRules: ReadonlyArray<Mirror>
}

/**
 * What {@link logicalSwitch} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LogicalSwitchInput } from 'ovn-nb'
 * const i: LogicalSwitchInput = { name: 'sw0', otherConfig: { subnet: '10.0.0.0/24' } }
 */
export interface LogicalSwitchInput {
  /** The switch's name: its identity (ovn-nbctl's `ls-*` commands find it by name). */
  readonly name: string
  /** The switch's ports (values or their inputs); a port name is unique in the whole database. */
  readonly ports?: ReadonlyArray<SwitchPort | SwitchPortInput> | undefined
  /** ACLs applied to all traffic of the switch (values or inputs). */
  readonly acls?: ReadonlyArray<Acl | AclInput> | undefined
  /** QoS rules (marking, rate limiting) of the switch (values or inputs). */
  readonly qosRules?: ReadonlyArray<Qos | QosInput> | undefined
  /** Load balancers applied to the switch: values, inputs, or in a {@link topology} names of entries of its `loadBalancers`. */
  readonly loadBalancers?: ReadonlyArray<LoadBalancer | LoadBalancerInput | string> | undefined
  /** Load balancer groups applied to the switch: values, inputs, or in a {@link topology} names of entries of its `loadBalancerGroups`. */
  readonly loadBalancerGroups?: ReadonlyArray<LoadBalancerGroup | LoadBalancerGroupInput | string> | undefined
  /** DNS records the switch answers for: values, inputs, or in a {@link topology} keys of entries of its `dns`. */
  readonly dnsRecords?: ReadonlyArray<Dns | DnsInput | string> | undefined
  /** Forwarding groups (one virtual IP/MAC over several child ports) of the switch. */
  readonly forwardingGroups?: ReadonlyArray<ForwardingGroup | ForwardingGroupInput> | undefined
  /** The control plane protection policy of the switch's ports: a value, its input, or in a {@link topology} the name of an entry of its `copps`. */
  readonly copp?: Copp | CoppInput | string | undefined
  /**
   * The IPv4 subnet OVN assigns `dynamic` addresses from (other_config:subnet), e.g.
   * `10.0.0.0/24`: checked, host bits zero.
   */
  readonly subnet?: string | undefined
  /**
   * Addresses of the subnet OVN must not assign (other_config:exclude_ips): IPv4
   * addresses or ranges `A..B`, inside `subnet`.
   */
  readonly excludeIps?: ReadonlyArray<string> | undefined
  /** The IPv6 /64 prefix OVN derives `dynamic` IPv6 addresses from (other_config:ipv6_prefix), e.g. `fd00:10::/64`. */
  readonly ipv6Prefix?: string | undefined
  /** other_config:mac_only — `dynamic` addresses get a MAC only (when neither `subnet` nor `ipv6Prefix` is set). */
  readonly macOnly?: boolean | undefined
  /** other_config:mcast_snoop — IP multicast snooping on the switch (OVN's default: off). */
  readonly mcastSnoop?: boolean | undefined
  /** other_config:mcast_querier — with snooping, the switch sends IGMP/MLD queries (OVN's default: on); needs `mcastEthSrc` and `mcastIp4Src`. */
  readonly mcastQuerier?: boolean | undefined
  /** other_config:mcast_flood_unregistered — with snooping, flood multicast of groups no port joined (OVN's default: off). */
  readonly mcastFloodUnregistered?: boolean | undefined
  /** other_config:mcast_table_size — how many multicast groups the switch keeps (1..32766; OVN's default 2048). */
  readonly mcastTableSize?: number | undefined
  /** other_config:mcast_idle_timeout — seconds a group with no report stays (15..3600; OVN's default 300). */
  readonly mcastIdleTimeout?: number | undefined
  /** other_config:mcast_query_interval — seconds between the querier's queries (1..3600; OVN's default: idle timeout / 2). */
  readonly mcastQueryInterval?: number | undefined
  /** other_config:mcast_query_max_response — the queries' max-response field, seconds (1..10; OVN's default 1). */
  readonly mcastQueryMaxResponse?: number | undefined
  /** other_config:mcast_eth_src — the source MAC of the querier's queries. */
  readonly mcastEthSrc?: string | undefined
  /** other_config:mcast_ip4_src — the source IPv4 address of the querier's IGMP queries. */
  readonly mcastIp4Src?: string | undefined
  /** other_config:mcast_ip6_src — the source IPv6 address of the querier's MLD queries. */
  readonly mcastIp6Src?: string | undefined
  /** other_config:vlan-passthru — let VLAN-tagged traffic from the switch's ports through (mind localnet ports with tag 0). */
  readonly vlanPassthru?: boolean | undefined
  /** other_config:requested-tnl-key — the switch's datapath tunnel key (1..16777215) instead of one ovn-northd picks (interconnection). */
  readonly requestedTnlKey?: number | undefined
  /** Other options, as OVN strings; `subnet`, `exclude_ips` and `ipv6_prefix` given here are checked too; a key also given by a typed field must agree with it. */
  readonly otherConfig?: StringMap | undefined
  /** Keys for other programs (CMS ids); the engine adds its owner marks. */
  readonly externalIds?: StringMap | undefined
  /**
   * A switch several owners put ports into: created when missing, never deleted or
   * changed beyond adding this topology's ports and ACLs.
   */
  readonly shared?: boolean | undefined
}

/**
 * A Logical_Switch by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { logicalSwitch } from 'ovn-nb'
 * const sw = logicalSwitch({ name: 'sw0' })
 */
export interface LogicalSwitch {
  readonly _tag: 'LogicalSwitch'
  readonly name: string
  readonly ports: ReadonlyArray<SwitchPort>
  readonly acls: ReadonlyArray<Acl>
  readonly qosRules: ReadonlyArray<Qos>
  readonly loadBalancers: ReadonlyArray<LoadBalancer>
  readonly loadBalancerGroups: ReadonlyArray<LoadBalancerGroup>
  readonly dnsRecords: ReadonlyArray<Dns>
  readonly forwardingGroups: ReadonlyArray<ForwardingGroup>
  readonly copp?: Copp
  readonly otherConfig: StringMap
  readonly externalIds: StringMap
  readonly shared: boolean
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A switch port. Addresses and port-security entries are parsed and printed in canonical
 * form (lowercase MACs, compressed IPv6), so equal ports compare equal.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { switchPort } from 'ovn-nb'
 * switchPort({ name: 'ext', type: 'localnet', networkName: 'physnet1', tag: 100 })
 * switchPort({ name: 'to-router', type: 'router', routerPort: 'lrp-sw0' })
 * switchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'], requestedChassis: 'node-a,node-b', activationStrategy: 'rarp' })
 */
export const switchPort = (input: SwitchPortInput): E.Either<DslError, SwitchPort> => {
  // the common ports from the fast path (checked and built in one pass); the others, and
  // every problem, from the full check — both give the same value (switchPortFast.ts)
  const fast = fastSwitchPort(input)
  return fast !== undefined ? E.right(fast) : checkedSwitchPort(input)
}

/**
 * A logical switch holding its ports and ACLs by value. Port names must be unique in
 * the switch (the schema indexes them across all switches; {@link topology} checks that).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { logicalSwitch, switchPort } from 'ovn-nb'
 * const vm1 = switchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'] })
 * const sw = E.isRight(vm1) ? logicalSwitch({ name: 'sw0', ports: [vm1.right] }) : vm1
 */
export const logicalSwitch = (input: LogicalSwitchInput): E.Either<DslError, LogicalSwitch> => {
  const p = new Problems('logicalSwitch', input)
  if (typeof input !== 'object' || input === null) return p.add('', 'must be an object', 'invalid_type'), p.result(() => input)
  checkName(p, 'name', input.name)
  // kept at their input's indexes, so that later problems name the right port
  const portsAt = checkItems<SwitchPort>(p, 'ports', input.ports, 'SwitchPort', 'switchPort', { build: switchPort })
  const ports = portsAt.filter((x): x is SwitchPort => x !== undefined)
  const seen = new Set<string>()
  portsAt.forEach((port, i) => {
    if (port === undefined) return
    if (seen.has(port.name)) p.add(`ports[${i}]`, `duplicate port "${port.name}"`, 'duplicate_name')
    else seen.add(port.name)
  })
  const acls = checkTagged<Acl>(p, 'acls', input.acls, 'Acl', 'acl', { build: acl })
  // a virtual port's parents are ports of the same switch
  portsAt.forEach((port, i) => {
    if (port === undefined || port.type !== 'virtual') return
    for (const parent of (port.options['virtual-parents'] ?? '').split(',').filter((x) => x !== ''))
      if (!seen.has(parent)) p.add(`ports[${i}].virtualParents`, `"${parent}" is not a port of this switch`, 'unknown_reference')
  })
  const qosRules = checkTagged<Qos>(p, 'qosRules', input.qosRules, 'Qos', 'qos', { build: qos })
  const qosKeys = new Set<string>()
  qosRules.forEach((q, i) => {
    const k = `${q.direction}|${q.priority}|${q.match}`
    if (qosKeys.has(k)) p.add(`qosRules[${i}]`, 'another QoS rule here has the same direction, priority and match', 'duplicate_name')
    qosKeys.add(k)
  })
  const loadBalancers = checkTagged<LoadBalancer>(p, 'loadBalancers', input.loadBalancers, 'LoadBalancer', 'loadBalancer', { build: loadBalancer, ref: 'loadBalancer' })
  uniqueByName(p, 'loadBalancers', loadBalancers, 'load balancer')
  const loadBalancerGroups = checkTagged<LoadBalancerGroup>(p, 'loadBalancerGroups', input.loadBalancerGroups, 'LoadBalancerGroup', 'loadBalancerGroup', { build: loadBalancerGroup, ref: 'loadBalancerGroup' })
  uniqueByName(p, 'loadBalancerGroups', loadBalancerGroups, 'load balancer group')
  const dnsRecords = checkTagged<Dns>(p, 'dnsRecords', input.dnsRecords, 'Dns', 'dns', { build: dns, ref: 'dns' })
  const dnsKeys = new Set<string>()
  dnsRecords.forEach((d, i) => {
    if (dnsKeys.has(d.key)) p.add(`dnsRecords[${i}]`, `duplicate DNS records "${d.key}"`, 'duplicate_name')
    dnsKeys.add(d.key)
  })
  const forwardingGroups = checkTagged<ForwardingGroup>(p, 'forwardingGroups', input.forwardingGroups, 'ForwardingGroup', 'forwardingGroup', { build: forwardingGroup })
  uniqueByName(p, 'forwardingGroups', forwardingGroups, 'forwarding group')
  forwardingGroups.forEach((fg, i) =>
    fg.childPorts.forEach((c, j) => {
      if (!seen.has(c)) p.add(`forwardingGroups[${i}].childPorts[${j}]`, `"${c}" is not a port of this switch`, 'unknown_reference')
    }),
  )
  const copp_ = checkTaggedOpt<Copp>(p, 'copp', input.copp, 'Copp', 'copp', { build: copp, ref: 'copp' })
  // keys sorted: switches of equal content are equal values, whichever way the keys were given
  const otherConfig = sortKeys(typedConfig(p, input, addressing(p, input, checkStringMap(p, 'otherConfig', input.otherConfig))))
  const externalIds = checkOptionalStringMap(p, 'externalIds', input.externalIds)
  return p.result(() => ({
    _tag: 'LogicalSwitch' as const,
    name: input.name,
    ports,
    acls,
    qosRules,
    loadBalancers,
    loadBalancerGroups,
    dnsRecords,
    forwardingGroups,
    ...(copp_ !== undefined ? { copp: copp_ } : {}),
    otherConfig,
    externalIds,
    shared: input.shared === true,
  }))
}

/**
 * The typed other_config keys (multicast snooping, MAC-only, VLAN pass-through, tunnel
 * key), checked and merged with the free-form ones; left as they are when none is given.
 */
const typedConfig = (p: Problems, input: LogicalSwitchInput, other: StringMap): StringMap => {
  const ip = (path: string, v: string | undefined, family: 4 | 6): string | undefined => {
    if (v === undefined) return undefined
    const a = checkIp(p, path, v, family)
    return a === undefined ? undefined : Ip.print(a)
  }
  const typed: Record<string, string | undefined> = {
    mac_only: boolOption(p, 'macOnly', input.macOnly),
    mcast_snoop: boolOption(p, 'mcastSnoop', input.mcastSnoop),
    mcast_querier: boolOption(p, 'mcastQuerier', input.mcastQuerier),
    mcast_flood_unregistered: boolOption(p, 'mcastFloodUnregistered', input.mcastFloodUnregistered),
    mcast_table_size: intOption(p, 'mcastTableSize', input.mcastTableSize, 1, 32766),
    mcast_idle_timeout: intOption(p, 'mcastIdleTimeout', input.mcastIdleTimeout, 15, 3600),
    mcast_query_interval: intOption(p, 'mcastQueryInterval', input.mcastQueryInterval, 1, 3600),
    mcast_query_max_response: intOption(p, 'mcastQueryMaxResponse', input.mcastQueryMaxResponse, 1, 10),
    mcast_eth_src: input.mcastEthSrc === undefined ? undefined : checkMac(p, 'mcastEthSrc', input.mcastEthSrc),
    mcast_ip4_src: ip('mcastIp4Src', input.mcastIp4Src, 4),
    mcast_ip6_src: ip('mcastIp6Src', input.mcastIp6Src, 6),
    'vlan-passthru': boolOption(p, 'vlanPassthru', input.vlanPassthru),
    'requested-tnl-key': intOption(p, 'requestedTnlKey', input.requestedTnlKey, 1, 16777215),
  }
  if (Object.values(typed).every((v) => v === undefined)) return other
  const out = withOptions(p, 'otherConfig', other, typed)
  // ovn-northd sends no query without both sources (ovn-nb(5))
  if (input.mcastQuerier === true) for (const [k, f] of [['mcast_eth_src', 'mcastEthSrc'], ['mcast_ip4_src', 'mcastIp4Src']] as const) p.check(out[k] !== undefined, f, 'is required when mcastQuerier is on', 'required')
  return out
}

/**
 * The switch's address assignment (other_config `subnet`, `exclude_ips`, `ipv6_prefix`),
 * from the typed fields or from `otherConfig`, checked: one place for both, so that a
 * subnet written either way is refused the same when OVN would refuse it.
 */
const addressing = (p: Problems, input: LogicalSwitchInput, other: StringMap): StringMap => {
  const out: Record<string, string> = { ...other }
  const pick = (field: 'subnet' | 'ipv6Prefix', key: string): string | undefined => {
    const typed = input[field]
    const raw = other[key]
    if (typed !== undefined && typeof typed !== 'string') return p.add(field, 'must be a string', 'invalid_type'), undefined
    if (typed !== undefined && raw !== undefined && raw !== typed) p.add(field, `differs from otherConfig.${key} "${raw}"`, 'conflict')
    return typed ?? raw
  }
  const subnetText = pick('subnet', 'subnet')
  const subnetPath = input.subnet !== undefined ? 'subnet' : 'otherConfig.subnet'
  let subnet: Cidr.Cidr | undefined
  if (subnetText !== undefined) {
    subnet = p.take(subnetPath, Cidr.parse(subnetText))
    if (subnet !== undefined && Cidr.family(subnet) !== 4) {
      p.add(subnetPath, `"${subnetText}" is not an IPv4 subnet`, 'invalid_cidr')
      subnet = undefined
    }
    if (subnet !== undefined) out['subnet'] = Cidr.print(subnet)
  }
  const prefixText = pick('ipv6Prefix', 'ipv6_prefix')
  if (prefixText !== undefined) {
    const path = input.ipv6Prefix !== undefined ? 'ipv6Prefix' : 'otherConfig.ipv6_prefix'
    // OVN takes the prefix's address; a length, when given, must be 64
    const [address, length] = prefixText.split('/')
    const c = p.take(path, Cidr.parse(`${address}/${length ?? '64'}`))
    if (c !== undefined && (Cidr.family(c) !== 6 || c.prefix !== 64)) p.add(path, `"${prefixText}" is not an IPv6 /64 prefix`, 'invalid_cidr')
    else if (c !== undefined) out['ipv6_prefix'] = Ip.print(c.network)
  }
  const excluded = input.excludeIps !== undefined ? checkList(p, 'excludeIps', input.excludeIps, []) : other['exclude_ips']?.split(/\s+/).filter((x) => x !== '')
  if (excluded !== undefined) {
    const path = input.excludeIps !== undefined ? 'excludeIps' : 'otherConfig.exclude_ips'
    if (input.excludeIps !== undefined && other['exclude_ips'] !== undefined && other['exclude_ips'] !== input.excludeIps.join(' '))
      p.add('excludeIps', `differs from otherConfig.exclude_ips "${other['exclude_ips']}"`, 'conflict')
    if (subnetText === undefined && excluded.length > 0) p.add(path, 'needs a subnet to exclude addresses from', 'invalid_value')
    excluded.forEach((x, i) => {
      const ends = typeof x === 'string' ? x.split('..') : []
      if (ends.length < 1 || ends.length > 2) return p.add(`${path}[${i}]`, `"${String(x)}" is not an IPv4 address or range A..B`, 'invalid_ip')
      const ips = ends.map((e) => p.take(`${path}[${i}]`, Ipv4.parse(e)))
      if (ips.some((ip) => ip === undefined)) return
      if (subnet !== undefined && ips.some((ip) => !Cidr.contains(subnet!, ip!))) p.add(`${path}[${i}]`, `"${x}" is outside the subnet ${Cidr.print(subnet)}`, 'invalid_value')
      if (ips.length === 2 && Ip.toBigInt(ips[0]!) > Ip.toBigInt(ips[1]!)) p.add(`${path}[${i}]`, `"${x}": the range ends before it starts`, 'invalid_value')
    })
    if (excluded.length > 0) out['exclude_ips'] = excluded.join(' ')
  }
  return out
}
