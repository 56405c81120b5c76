/**
 * The gateway of a VM network as one value: the Logical_Router_Port its VMs route
 * through and the switch's `router`-type port that patches it in, with the router
 * advertisements the guests configure themselves from. Two choices of the address the
 * guests see as their gateway:
 *
 * - **the router port's address** (`ipv4`/`ipv6`): DHCPv4 `router` is that address;
 * - **a link-local gateway** (`linkLocal: '169.254.1.1'`), as ovn-kubernetes does for
 *   its default network: the switch's router port answers ARP for it
 *   (`options:arp_proxy`), DHCPv4 `router` is the link-local address and the
 *   classless static routes (option 121) give the guest `169.254.1.1/32` on-link and the
 *   default route through it. Every subnet can share the same gateway address, so a VM
 *   moved or re-plugged into another subnet needs no change of its routes.
 *
 * Either way the gateway stays stable through live migration: a router port (not a
 * distributed gateway port) is distributed — every chassis answers ARP/ND for it, for
 * the arp_proxy address too, and routes for it — and the migration steps of
 * {@link beginMigration} and friends change keys of the VM port's `options` only, never
 * a row of the gateway.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { Cidr, Ip, Ipv4, Ipv6, Mac } from '../nb/net/index.js'
import { checkName, Problems, type DslError } from '../nb/dsl/common.js'
import { routerPort, type Ipv6RaConfigs, type RaPreference, type RouterPort } from '../nb/dsl/router.js'
import { switchPort, type SwitchPort } from '../nb/dsl/switch.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The router advertisements of a VM network's gateway, written to the router port's
 * `ipv6_ra_configs` (their ovn-nb(5) names in brackets). The advertised prefixes are the
 * port's IPv6 networks. The ovn-controller of the VM's chassis answers its router solicitations,
 * and with `sendPeriodic` also advertises unsolicited.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmGatewayRa } from 'ovn-nb/virt'
 * const ra: VmGatewayRa = { addressMode: 'slaac', sendPeriodic: true, mtu: 1400, dns: 'fd00:10::2', domainSearch: ['cluster.local'] }
 */
export interface VmGatewayRa {
  /** `address_mode`: `slaac` (the guest forms its address from the prefix), `dhcpv6_stateful` (M flag), `dhcpv6_stateless` (O flag). */
  readonly addressMode: 'slaac' | 'dhcpv6_stateful' | 'dhcpv6_stateless'
  /** `send_periodic`: unsolicited advertisements too. */
  readonly sendPeriodic?: boolean | undefined
  /** `mtu` (1280..65535). */
  readonly mtu?: number | undefined
  /** `min_interval`, seconds. */
  readonly minInterval?: number | undefined
  /** `max_interval`, seconds. */
  readonly maxInterval?: number | undefined
  /** `rdnss`: the DNS server announced (OVN announces one). */
  readonly dns?: string | undefined
  /** `dnssl`: the DNS search list. */
  readonly domainSearch?: ReadonlyArray<string> | undefined
  /** `router_preference`. */
  readonly preference?: RaPreference | undefined
}

/**
 * What {@link vmGateway} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmGatewayInput } from 'ovn-nb/virt'
 * const gw: VmGatewayInput = { switch: 'vmnet', name: 'lrp-vmnet', mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1/24', ipv6: 'fd00:10::1/64', ra: { addressMode: 'slaac' }, linkLocal: '169.254.1.1' }
 */
export interface VmGatewayInput {
  /** The VMs' switch. */
  readonly switch: string
  /** The Logical_Router_Port (put it in a router's `ports`). */
  readonly name: string
  /** The switch's router-type port (default `<switch>-to-<name>`). */
  readonly switchPort?: string | undefined
  readonly mac: string
  /** The router port's IPv4 address on the VMs' subnet, e.g. `10.10.0.1/24`. */
  readonly ipv4?: string | undefined
  /** Its IPv6 address on the VMs' subnet, e.g. `fd00:10::1/64`. */
  readonly ipv6?: string | undefined
  /** Router advertisements (needs `ipv6`). */
  readonly ra?: VmGatewayRa | undefined
  /** A link-local IPv4 gateway (169.254.0.0/16) answered by the switch's router port (`options:arp_proxy`; needs `ipv4`). */
  readonly linkLocal?: string | undefined
}

/**
 * A VM network's gateway by value: the router port and the switch's port to it, ready
 * for a router's and a switch's `ports`, and what the VMs' DHCP names as their gateway.
 * Give it to {@link vmNetwork} as `gateway`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmGateway } from 'ovn-nb/virt'
 * const router4 = (gw: VmGateway): string | undefined => gw.linkLocal ?? gw.ipv4
 */
export interface VmGateway {
  readonly _tag: 'VmGateway'
  readonly input: VmGatewayInput
  readonly switch: string
  /** The Logical_Router_Port: `mac`, `networks` (ipv4, ipv6), `ipv6_ra_configs`. */
  readonly routerPort: RouterPort
  /** The switch's port: type `router`, `addresses` "router", `options:router-port`, and `options:arp_proxy` with a link-local gateway. */
  readonly switchPort: SwitchPort
  readonly mac: string
  /** The router port's IPv4 address (no prefix length). */
  readonly ipv4?: string
  /** Its IPv4 subnet, e.g. `10.10.0.0/24`. */
  readonly ipv4Subnet?: string
  /** The router port's IPv6 address (no prefix length). */
  readonly ipv6?: string
  /** Its IPv6 subnet, the advertised prefix, e.g. `fd00:10::/64`. */
  readonly ipv6Subnet?: string
  readonly linkLocal?: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const LINK_LOCAL = { _tag: 'Cidr', network: { _tag: 'Ipv4', value: 0xa9fe0000 }, prefix: 16 } as Cidr.Cidr

const interfaceAddress = (p: Problems, path: string, text: unknown, family: 4 | 6): { readonly ip: Ip.Ip; readonly subnet: Cidr.Cidr } | undefined => {
  if (text === undefined) return undefined
  if (typeof text !== 'string' || !text.includes('/')) return p.add(path, `must be an address with its prefix length, e.g. ${family === 4 ? '10.10.0.1/24' : 'fd00:10::1/64'}`, 'invalid_cidr'), undefined
  const [address, length] = text.split('/') as [string, string]
  const ip = p.take<Ip.Ip>(path, family === 4 ? Ipv4.parse(address) : Ipv6.parse(address))
  if (ip === undefined) return undefined
  const c = /^\d+$/.test(length) ? Cidr.containing(ip, Number(length)) : undefined
  if (c === undefined || c._tag === 'None') return p.add(path, `"/${length}" is not a prefix length`, 'invalid_cidr'), undefined
  return { ip, subnet: c.value }
}

const raOf = (ra: VmGatewayRa): Ipv6RaConfigs => ({
  address_mode: ra.addressMode,
  ...(ra.sendPeriodic !== undefined ? { send_periodic: ra.sendPeriodic } : {}),
  ...(ra.mtu !== undefined ? { mtu: ra.mtu } : {}),
  ...(ra.minInterval !== undefined ? { min_interval: ra.minInterval } : {}),
  ...(ra.maxInterval !== undefined ? { max_interval: ra.maxInterval } : {}),
  ...(ra.dns !== undefined ? { rdnss: ra.dns } : {}),
  ...(ra.domainSearch !== undefined ? { dnssl: ra.domainSearch } : {}),
  ...(ra.preference !== undefined ? { router_preference: ra.preference } : {}),
})

/**
 * A VM network's gateway, checked (every problem with its path, before any I/O). It
 * writes, on the Logical_Router_Port `name`: `mac`, `networks` (`ipv4`, `ipv6`) and,
 * with `ra`, `ipv6_ra_configs` (`address_mode`, `send_periodic`, `mtu`, `min_interval`,
 * `max_interval`, `rdnss`, `dnssl`, `router_preference`); on the switch's port: `type`
 * `router`, `addresses` `router`, `options:router-port` and, with `linkLocal`,
 * `options:arp_proxy`. The VMs' DHCPv4 (see {@link vmNetwork}) then names `linkLocal` as
 * `router` with the classless static routes `linkLocal/32` on-link and `0.0.0.0/0` via
 * it, or else the router port's `ipv4`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { vmGateway } from 'ovn-nb/virt'
 * vmGateway({ switch: 'vmnet', name: 'lrp-vmnet', mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1/24', ipv6: 'fd00:10::1/64', ra: { addressMode: 'slaac', sendPeriodic: true } })
 * // Right: routerPort { networks: ['10.10.0.1/24', 'fd00:10::1/64'], ipv6RaConfigs: { address_mode: 'slaac', send_periodic: 'true' } },
 * //        switchPort { name: 'vmnet-to-lrp-vmnet', type: 'router', options: { 'router-port': 'lrp-vmnet' } }
 * vmGateway({ switch: 'vmnet', name: 'lrp-vmnet', mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1/24', linkLocal: '169.254.1.1' })
 * // Right: switchPort options { arp_proxy: '169.254.1.1', 'router-port': 'lrp-vmnet' }
 */
export const vmGateway = (input: VmGatewayInput): E.Either<DslError, VmGateway> => {
  const p = new Problems('vmGateway', input)
  if (typeof input !== 'object' || input === null) return p.add('', 'must be an object', 'invalid_type'), p.result(() => input as never)
  checkName(p, 'switch', input.switch)
  checkName(p, 'name', input.name)
  if (input.switchPort !== undefined) checkName(p, 'switchPort', input.switchPort)
  const mac = p.take('mac', Mac.parse(typeof input.mac === 'string' ? input.mac : ''))
  const v4 = interfaceAddress(p, 'ipv4', input.ipv4, 4)
  const v6 = interfaceAddress(p, 'ipv6', input.ipv6, 6)
  if (input.ipv4 === undefined && input.ipv6 === undefined) p.add('', 'needs an IPv4 or an IPv6 address', 'required')
  if (input.ra !== undefined && input.ipv6 === undefined) p.add('ra', 'router advertisements need the IPv6 address (their prefix)', 'required')
  let linkLocal: string | undefined
  if (input.linkLocal !== undefined) {
    const ll = p.take<Ip.Ip>('linkLocal', Ipv4.parse(typeof input.linkLocal === 'string' ? input.linkLocal : ''))
    if (ll !== undefined && !Cidr.contains(LINK_LOCAL, ll)) p.add('linkLocal', 'must be an IPv4 link-local address (169.254.0.0/16)', 'out_of_range')
    else if (ll !== undefined) linkLocal = Ip.print(ll)
    if (input.ipv4 === undefined) p.add('ipv4', 'a link-local gateway needs the router port\'s IPv4 address (the router routes the VMs\' subnet through it)', 'required')
  }
  if (p.list.length > 0) return p.result(() => input as never)
  const networks = [...(v4 !== undefined ? [input.ipv4!] : []), ...(v6 !== undefined ? [input.ipv6!] : [])]
  const lrp = p.take(
    'routerPort',
    routerPort({ name: input.name, mac: input.mac, networks, ...(input.ra !== undefined ? { ipv6RaConfigs: raOf(input.ra) } : {}) }),
  )
  const lsp = p.take(
    'switchPort',
    switchPort({
      name: input.switchPort ?? `${input.switch}-to-${input.name}`,
      type: 'router',
      routerPort: input.name,
      addresses: ['router'],
      ...(linkLocal !== undefined ? { options: { arp_proxy: linkLocal } } : {}),
    }),
  )
  return p.result(() => ({
    _tag: 'VmGateway' as const,
    input,
    switch: input.switch,
    routerPort: lrp!,
    switchPort: lsp!,
    mac: Mac.print(mac!),
    ...(v4 !== undefined ? { ipv4: Ip.print(v4.ip), ipv4Subnet: Cidr.print(v4.subnet) } : {}),
    ...(v6 !== undefined ? { ipv6: Ip.print(v6.ip), ipv6Subnet: Cidr.print(v6.subnet) } : {}),
    ...(linkLocal !== undefined ? { linkLocal } : {}),
  }))
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The address a VM with `mac` forms by SLAAC in the gateway's advertised prefix
 * (modified EUI-64, RFC 4291; a guest using stable-privacy addresses forms another one),
 * with the prefix length: what {@link vmNetwork} puts in the port's `addresses` and
 * `port_security` when a VM on a SLAAC gateway is given no IPv6 address.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { slaacAddress, vmGateway } from 'ovn-nb/virt'
 * const gw = vmGateway({ switch: 'vmnet', name: 'lrp-vmnet', mac: '0a:58:0a:0a:00:01', ipv6: 'fd00:10::1/64', ra: { addressMode: 'slaac' } })
 * if (E.isRight(gw)) slaacAddress(gw.right, '0a:58:0a:0a:00:0a') // 'fd00:10::858:aff:fe0a:a/64'
 */
export const slaacAddress = (gateway: VmGateway, mac: string): string | undefined => {
  if (gateway.ipv6Subnet === undefined) return undefined
  const m = Mac.parse(mac)
  const prefix = Cidr.parse(gateway.ipv6Subnet)
  if (E.isLeft(m) || E.isLeft(prefix) || prefix.right.network._tag !== 'Ipv6' || prefix.right.prefix !== 64) return undefined
  return `${Ipv6.print(Ipv6.eui64(prefix.right.network, m.right))}/64`
}
