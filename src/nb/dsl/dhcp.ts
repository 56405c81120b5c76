/**
 * DHCP_Options values, DHCPv4 and DHCPv6, with typed option keys: the options
 * ovn-northd supports, each with the type of its value, printed in the form OVN reads
 * (`{8.8.8.8, 1.1.1.1}` for lists, `{10.0.1.0/24,10.0.0.2, 0.0.0.0/0,10.0.0.1}` for
 * classless static routes). Unknown keys are refused unless `force: true`.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { Cidr, Ip, Mac } from '../net/index.js'
import { checkName, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { checkOptionalStringMap, sortKeys } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A classless static route handed out by DHCP (option 121).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DhcpRoute } from 'ovn-nb'
 * const r: DhcpRoute = { prefix: '169.254.169.254/32', nexthop: '10.0.0.2' }
 */
export interface DhcpRoute {
  /** The destination network (IPv4 CIDR). */
  readonly prefix: string
  /** The gateway to it. */
  readonly nexthop: string
}

/**
 * The DHCPv4 options ovn-northd supports, by their ovn-nb(5) names.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Dhcpv4Options } from 'ovn-nb'
 * const o: Dhcpv4Options = { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 3600, router: '10.0.0.1', dns_server: ['8.8.8.8'] }
 */
export interface Dhcpv4Options {
  /** The server's IPv4 address (OVN answers as this address; required: without it ovn-northd answers no DHCPv4). */
  readonly server_id?: string | undefined
  /** The server's MAC, the source of OVN's replies (required). */
  readonly server_mac?: string | undefined
  /** Seconds the address is leased for (required). */
  readonly lease_time?: number | undefined
  /** The default gateway offered (option 3), inside `cidr`. */
  readonly router?: string | undefined
  /** The subnet mask offered (option 1); OVN derives it from `cidr` when unset. */
  readonly netmask?: string | undefined
  /** DNS servers offered (option 6). */
  readonly dns_server?: ReadonlyArray<string> | undefined
  /** Log servers offered (option 7). */
  readonly log_server?: ReadonlyArray<string> | undefined
  /** LPR (printer) servers offered (option 9). */
  readonly lpr_server?: ReadonlyArray<string> | undefined
  /** NIS servers offered (option 41). */
  readonly nis_server?: ReadonlyArray<string> | undefined
  /** NTP servers offered (option 42). */
  readonly ntp_server?: ReadonlyArray<string> | undefined
  /** NetBIOS name servers offered (option 44). */
  readonly netbios_name_server?: ReadonlyArray<string> | undefined
  /** Policy filters for non-local source routing (option 21). */
  readonly policy_filter?: ReadonlyArray<string> | undefined
  /** The client's host name (option 12): per-VM options. */
  readonly hostname?: string | undefined
  /** The DNS domain name offered (option 15). */
  readonly domain_name?: string | undefined
  /** DNS search domains offered (option 119). */
  readonly domain_search_list?: ReadonlyArray<string> | undefined
  /** The swap server's address (option 16). */
  readonly swap_server?: string | undefined
  /** The address routers are solicited at (option 32). */
  readonly router_solicitation?: string | undefined
  /** The subnet's broadcast address (option 28). */
  readonly broadcast_address?: string | undefined
  /** The TFTP server's name (option 66), for network boot. */
  readonly tftp_server?: string | undefined
  /** The TFTP server's address (option 150), for network boot. */
  readonly tftp_server_address?: string | undefined
  /** The next server of the boot process (siaddr), for network boot. */
  readonly next_server?: string | undefined
  /** Routes offered to the client (option 121). */
  readonly classless_static_route?: ReadonlyArray<DhcpRoute> | undefined
  /** Routes offered to Windows clients (option 249). */
  readonly ms_classless_static_route?: ReadonlyArray<DhcpRoute> | undefined
  /** Tells the client to forward IP packets (option 19). */
  readonly ip_forward_enable?: boolean | undefined
  /** Tells the client to discover routers (option 31). */
  readonly router_discovery?: boolean | undefined
  /** Tells the client to use RFC 1042 Ethernet encapsulation (option 36). */
  readonly ethernet_encap?: boolean | undefined
  /** The default IP TTL offered (option 23). */
  readonly default_ttl?: number | undefined
  /** The default TCP TTL offered (option 37). */
  readonly tcp_ttl?: number | undefined
  /** The NetBIOS node type offered (option 46). */
  readonly netbios_node_type?: number | undefined
  /** The interface MTU offered (option 26). */
  readonly mtu?: number | undefined
  /** Seconds until the client renews (option 58; OVN's default half the lease). */
  readonly T1?: number | undefined
  /** Seconds until the client rebinds (option 59; OVN's default 7/8 of the lease). */
  readonly T2?: number | undefined
  /** Seconds ARP entries live in the client (option 35). */
  readonly arp_cache_timeout?: number | undefined
  /** Seconds between the client's TCP keepalives (option 38). */
  readonly tcp_keepalive_interval?: number | undefined
  /** The boot file name (option 67), for network boot. */
  readonly bootfile_name?: string | undefined
  /** An alternative boot file name, for iPXE clients. */
  readonly bootfile_name_alt?: string | undefined
  /** The web proxy auto-discovery URL (option 252). */
  readonly wpad?: string | undefined
  /** The path prefix of TFTP file names (option 210). */
  readonly path_prefix?: string | undefined
}

/**
 * The DHCPv6 options ovn-northd supports.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Dhcpv6Options } from 'ovn-nb'
 * const o: Dhcpv6Options = { server_id: '0a:00:00:00:00:01', dns_server: ['fd00::53'], dhcpv6_stateless: true }
 */
export interface Dhcpv6Options {
  /** The server's MAC, its DUID (required: without it ovn-northd answers no DHCPv6). */
  readonly server_id?: string | undefined
  /** The address OVN leases to the port; OVN takes the port's IPv6 address when unset. */
  readonly ia_addr?: string | undefined
  /** DNS servers offered. */
  readonly dns_server?: ReadonlyArray<string> | undefined
  /** The DNS search domain offered. */
  readonly domain_search?: string | undefined
  /** Offer only the options, no address (the port configures its own by SLAAC). */
  readonly dhcpv6_stateless?: boolean | undefined
  /** The client's fully qualified domain name. */
  readonly fqdn?: string | undefined
  /** The boot file URL, for network boot. */
  readonly bootfile_name?: string | undefined
  /** An alternative boot file URL, for iPXE clients. */
  readonly bootfile_name_alt?: string | undefined
}

/**
 * A DHCP_Options row by value. `key` names it within its owner (default: the CIDR), so
 * that a controller can hold several for one subnet (one per VM, with its hostname).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { dhcpOptions, type DhcpOptions } from 'ovn-nb'
 * const r = dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 3600 } })
 */
export interface DhcpOptions {
  readonly _tag: 'DhcpOptions'
  readonly key: string
  readonly cidr: string
  readonly family: 4 | 6
  /** The options as OVN stores them, keys sorted. */
  readonly options: StringMap
  readonly externalIds: StringMap
}

/**
 * What {@link dhcpOptions} takes: the CIDR, and `v4` or `v6` options to match it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DhcpOptionsInput } from 'ovn-nb'
 * const i: DhcpOptionsInput = { cidr: 'fd00::/64', v6: { server_id: '0a:00:00:00:00:01' } }
 */
export interface DhcpOptionsInput {
  /** The subnet the options serve (`cidr`), e.g. `10.0.0.0/24` or `fd00::/64`. */
  readonly cidr: string
  /**
   * The options' identity in the desired state (default: `cidr`). DHCP_Options rows have
   * no natural key in the database: the engine keeps this key in the row's
   * `external_ids` (`ovn-nb/id`) to find the row again. Give two entries of one subnet
   * different keys (per-VM options: `vm-a`, `vm-b`). A port refers to an entry by value
   * or, in a {@link topology}, by this key (`dhcpv4Options: 'net4'`).
   */
  readonly key?: string | undefined
  /** DHCPv4 options (typed), for an IPv4 `cidr`. */
  readonly v4?: Dhcpv4Options | undefined
  /** DHCPv6 options (typed), for an IPv6 `cidr`. */
  readonly v6?: Dhcpv6Options | undefined
  /** Options outside the typed set, passed as OVN strings; only with `force: true`. */
  readonly extra?: StringMap | undefined
  /** Lets `extra` through: options ovn-northd may not know, sent as given. */
  readonly force?: boolean | undefined
  /** Keys for other programs; the engine adds its owner marks and the `key` (`ovn-nb/id`). */
  readonly externalIds?: StringMap | undefined
}

// -------------------------------------------------------------------------------------
// option types
// -------------------------------------------------------------------------------------

type Kind = 'ip4' | 'ip4list' | 'ip6' | 'ip6list' | 'mac' | 'uint8' | 'uint16' | 'uint32' | 'string' | 'bool' | 'routes' | 'domains'

const V4: Readonly<Record<keyof Dhcpv4Options, Kind>> = {
  server_id: 'ip4',
  server_mac: 'mac',
  lease_time: 'uint32',
  router: 'ip4',
  netmask: 'ip4',
  dns_server: 'ip4list',
  log_server: 'ip4list',
  lpr_server: 'ip4list',
  nis_server: 'ip4list',
  ntp_server: 'ip4list',
  netbios_name_server: 'ip4list',
  policy_filter: 'ip4list',
  hostname: 'string',
  domain_name: 'string',
  domain_search_list: 'domains',
  swap_server: 'ip4',
  router_solicitation: 'ip4',
  broadcast_address: 'ip4',
  tftp_server: 'string',
  tftp_server_address: 'ip4',
  next_server: 'ip4',
  classless_static_route: 'routes',
  ms_classless_static_route: 'routes',
  ip_forward_enable: 'bool',
  router_discovery: 'bool',
  ethernet_encap: 'bool',
  default_ttl: 'uint8',
  tcp_ttl: 'uint8',
  netbios_node_type: 'uint8',
  mtu: 'uint16',
  T1: 'uint32',
  T2: 'uint32',
  arp_cache_timeout: 'uint32',
  tcp_keepalive_interval: 'uint32',
  bootfile_name: 'string',
  bootfile_name_alt: 'string',
  wpad: 'string',
  path_prefix: 'string',
}

const V6: Readonly<Record<keyof Dhcpv6Options, Kind>> = {
  server_id: 'mac',
  ia_addr: 'ip6',
  dns_server: 'ip6list',
  domain_search: 'string',
  dhcpv6_stateless: 'bool',
  fqdn: 'string',
  bootfile_name: 'string',
  bootfile_name_alt: 'string',
}

const ipOf = (p: Problems, path: string, v: unknown, family: 4 | 6): string | undefined => {
  if (typeof v !== 'string') return void p.add(path, `must be an IPv${family} address string`, 'invalid_type')
  const r = Ip.parse(v)
  if (E.isLeft(r)) return void p.add(path, r.left.message, 'invalid_ip')
  if (Ip.family(r.right) !== family) return void p.add(path, `must be an IPv${family} address, got ${v}`, 'invalid_ip')
  return Ip.print(r.right)
}

const printValue = (p: Problems, path: string, kind: Kind, v: unknown): string | undefined => {
  switch (kind) {
    case 'ip4':
    case 'ip6':
      return ipOf(p, path, v, kind === 'ip4' ? 4 : 6)
    case 'ip4list':
    case 'ip6list': {
      if (!Array.isArray(v) || v.length === 0) return void p.add(path, 'must be a non-empty list of addresses', 'invalid_type')
      const xs = v.map((x, i) => ipOf(p, `${path}[${i}]`, x, kind === 'ip4list' ? 4 : 6))
      return xs.every((x) => x !== undefined) ? (xs.length === 1 ? xs[0] : `{${xs.join(', ')}}`) : undefined
    }
    case 'mac': {
      if (typeof v !== 'string') return void p.add(path, 'must be a MAC address string', 'invalid_type')
      const r = Mac.parse(v)
      if (E.isLeft(r)) return void p.add(path, r.left.message, 'invalid_mac')
      return Mac.print(r.right)
    }
    case 'uint8':
    case 'uint16':
    case 'uint32': {
      const max = kind === 'uint8' ? 255 : kind === 'uint16' ? 65535 : 4294967295
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) return void p.add(path, `must be an integer from 0 to ${max}`, 'out_of_range')
      return String(v)
    }
    case 'bool':
      if (typeof v !== 'boolean') return void p.add(path, 'must be a boolean', 'invalid_type')
      return v ? 'true' : 'false'
    case 'string':
      if (typeof v !== 'string' || v === '') return void p.add(path, 'must be a non-empty string', 'invalid_type')
      return JSON.stringify(v)
    case 'domains':
      if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string' && /^[A-Za-z0-9.-]+$/.test(x)))
        return void p.add(path, 'must be a non-empty list of domain names', 'invalid_type')
      return JSON.stringify(v.join(','))
    case 'routes': {
      if (!Array.isArray(v) || v.length === 0) return void p.add(path, 'must be a non-empty list of { prefix, nexthop }', 'invalid_type')
      const parts = v.map((r: unknown, i) => {
        const rr = r as Partial<DhcpRoute>
        const c = typeof rr.prefix === 'string' ? Cidr.parse(rr.prefix) : undefined
        if (c === undefined || E.isLeft(c) || Cidr.family(c.right) !== 4) return void p.add(`${path}[${i}].prefix`, 'must be an IPv4 CIDR', 'invalid_cidr')
        const nh = ipOf(p, `${path}[${i}].nexthop`, rr.nexthop, 4)
        return nh === undefined ? undefined : `${Cidr.print(c.right)},${nh}`
      })
      return parts.every((x) => x !== undefined) ? `{${parts.join(', ')}}` : undefined
    }
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A DHCP_Options value. The family comes from the CIDR; `v4` goes with an IPv4 CIDR,
 * `v6` with an IPv6 one. ovn-northd answers DHCPv4 only when `server_id`, `server_mac`
 * and `lease_time` are set, and DHCPv6 only with `server_id`: these are required.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { dhcpOptions } from 'ovn-nb'
 * const r = dhcpOptions({
 *   cidr: '10.0.0.0/24',
 *   v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 3600, router: '10.0.0.1', dns_server: ['8.8.8.8', '1.1.1.1'] },
 * })
 * // Right({ _tag: 'DhcpOptions', key: '10.0.0.0/24', family: 4,
 * //   options: { dns_server: '{8.8.8.8, 1.1.1.1}', lease_time: '3600', router: '10.0.0.1', server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01' }, ... })
 */
export const dhcpOptions = (input: DhcpOptionsInput): E.Either<DslError, DhcpOptions> => {
  const p = new Problems('dhcpOptions', input)
  const c = typeof input.cidr === 'string' ? Cidr.parse(input.cidr) : undefined
  let family: 4 | 6 = 4
  let cidr = ''
  if (c === undefined || E.isLeft(c)) p.add('cidr', c === undefined ? 'must be a CIDR string' : c.left.message, c === undefined ? 'invalid_type' : 'invalid_cidr')
  else {
    family = Cidr.family(c.right)
    cidr = Cidr.print(c.right)
  }
  const options: Record<string, string> = {}
  const typed = family === 4 ? input.v4 : input.v6
  const table: Readonly<Record<string, Kind>> = family === 4 ? V4 : V6
  if (family === 4 && input.v6 !== undefined) p.add('v6', 'DHCPv6 options on an IPv4 CIDR', 'invalid_value')
  if (family === 6 && input.v4 !== undefined) p.add('v4', 'DHCPv4 options on an IPv6 CIDR', 'invalid_value')
  const at = family === 4 ? 'v4' : 'v6'
  for (const [k, v] of Object.entries(typed ?? {})) {
    if (v === undefined) continue
    const kind = table[k]
    if (kind === undefined) {
      p.add(`${at}.${k}`, `ovn-northd does not support DHCPv${family} option "${k}"`, 'invalid_value')
      continue
    }
    const s = printValue(p, `${at}.${k}`, kind, v)
    if (s !== undefined) options[k] = s
  }
  const extra = checkStringMap(p, 'extra', input.extra)
  for (const [k, v] of Object.entries(extra)) {
    if (input.force !== true) p.add(`extra.${k}`, `unknown DHCP option "${k}": pass force: true to send it anyway`, 'invalid_value')
    else if (k in options) p.add(`extra.${k}`, `"${k}" is already set by the typed options`, 'conflict')
    else options[k] = v
  }
  const required = family === 4 ? ['server_id', 'server_mac', 'lease_time'] : ['server_id']
  for (const k of required) if (!(k in options)) p.add(`${at}.${k}`, `is required: ovn-northd answers no DHCPv${family} request without it`, 'required')
  if (family === 4 && typeof options['router'] === 'string' && c !== undefined && E.isRight(c)) {
    const r = Ip.parse(options['router'])
    // a gateway outside the subnet (a link-local one answered by arp_proxy) works when the
    // classless static routes make it on-link: "<router>/32,0.0.0.0"
    const onLink = (): boolean => (options['classless_static_route'] ?? '').includes(`${options['router']}/32,0.0.0.0`)
    if (E.isRight(r) && !Cidr.contains(c.right, r.right) && !onLink())
      p.add('v4.router', `${options['router']} is not in ${cidr} (a router outside the subnet needs the classless static route ${options['router']}/32 via 0.0.0.0)`, 'invalid_value')
  }
  const key = input.key ?? cidr
  if (input.key !== undefined) checkName(p, 'key', input.key)
  const externalIds = checkOptionalStringMap(p, 'externalIds', input.externalIds)
  return p.result(() => ({
    _tag: 'DhcpOptions' as const,
    key,
    cidr,
    family,
    // code-unit order (not localeCompare, which depends on the machine's locale)
    options: sortKeys(options),
    externalIds,
  }))
}
