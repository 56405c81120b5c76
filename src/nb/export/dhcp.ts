/**
 * The export of a DHCP_Options row's options: the keys the DSL types (dhcp.ts's `v4` /
 * `v6` fields) as typed values, the others as `extra`. Internal to the export.
 *
 * A typed value is printed again by the DSL when the topology is built, in its own form
 * (`{8.8.8.8, 8.8.4.4}`, `"host"` quoted): a value stored in another form (ovn-nbctl
 * lets people write `{8.8.8.8,8.8.4.4}`, or `hostname=host` unquoted) would be rewritten
 * by a plan of the export. So each typed value is kept only if the DSL prints it back
 * byte for byte; any other stays in `extra`, as stored.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { dhcpOptions } from '../dsl/dhcp.js'

/** A plain JSON value. */
type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [k: string]: Json }

// -------------------------------------------------------------------------------------
// reading option values (the inverse of dhcp.ts's printing)
// -------------------------------------------------------------------------------------

type Kind = 'text' | 'list' | 'int' | 'bool' | 'quoted' | 'domains' | 'routes'

/** How each typed key's value reads; the DSL's own check decides what it accepts. */
const V4: Readonly<Record<string, Kind>> = {
  server_id: 'text',
  server_mac: 'text',
  lease_time: 'int',
  router: 'text',
  netmask: 'text',
  dns_server: 'list',
  log_server: 'list',
  lpr_server: 'list',
  nis_server: 'list',
  ntp_server: 'list',
  netbios_name_server: 'list',
  policy_filter: 'list',
  hostname: 'quoted',
  domain_name: 'quoted',
  domain_search_list: 'domains',
  swap_server: 'text',
  router_solicitation: 'text',
  broadcast_address: 'text',
  tftp_server: 'quoted',
  tftp_server_address: 'text',
  next_server: 'text',
  classless_static_route: 'routes',
  ms_classless_static_route: 'routes',
  ip_forward_enable: 'bool',
  router_discovery: 'bool',
  ethernet_encap: 'bool',
  default_ttl: 'int',
  tcp_ttl: 'int',
  netbios_node_type: 'int',
  mtu: 'int',
  T1: 'int',
  T2: 'int',
  arp_cache_timeout: 'int',
  tcp_keepalive_interval: 'int',
  bootfile_name: 'quoted',
  bootfile_name_alt: 'quoted',
  wpad: 'quoted',
  path_prefix: 'quoted',
}

const V6: Readonly<Record<string, Kind>> = {
  server_id: 'text',
  ia_addr: 'text',
  dns_server: 'list',
  domain_search: 'quoted',
  dhcpv6_stateless: 'bool',
  fqdn: 'quoted',
  bootfile_name: 'quoted',
  bootfile_name_alt: 'quoted',
}

const unquote = (s: string): string | undefined => {
  if (!/^".*"$/.test(s)) return undefined
  try {
    const v: unknown = JSON.parse(s)
    return typeof v === 'string' ? v : undefined
  } catch {
    return undefined
  }
}

const items = (s: string): ReadonlyArray<string> => s.replace(/^\{(.*)\}$/, '$1').split(/[\s,]+/).filter((x) => x !== '')

const read = (kind: Kind, s: string): Json | undefined => {
  switch (kind) {
    case 'text':
      return s
    case 'list':
      return items(s)
    case 'int':
      return /^[0-9]+$/.test(s) ? Number(s) : undefined
    case 'bool':
      return s === 'true' ? true : s === 'false' ? false : undefined
    case 'quoted':
      return unquote(s)
    case 'domains':
      return unquote(s)?.split(',')
    case 'routes': {
      const xs = items(s)
      if (xs.length === 0 || xs.length % 2 !== 0) return undefined
      const out: Array<{ readonly prefix: string; readonly nexthop: string }> = []
      for (let i = 0; i < xs.length; i += 2) out.push({ prefix: xs[i]!, nexthop: xs[i + 1]! })
      return out
    }
  }
}

// -------------------------------------------------------------------------------------
// export
// -------------------------------------------------------------------------------------

/**
 * The `v4`/`v6` field (`typed`, under the name `field`) and the `extra` options of a
 * DHCP_Options row with this CIDR and these options (keys sorted); `extra` holds every
 * option whose typed form would not print back to the stored bytes.
 */
export const dhcpFields = (cidr: string, options: Readonly<Record<string, string>>): { readonly field: 'v4' | 'v6'; readonly typed: Record<string, Json>; readonly extra: Record<string, string> } => {
  const field = cidr.includes(':') ? 'v6' : 'v4'
  const kinds = field === 'v4' ? V4 : V6
  const typed: Record<string, Json> = {}
  const extra: Record<string, string> = {}
  for (const [k, v] of Object.entries(options)) {
    const kind = Object.prototype.hasOwnProperty.call(kinds, k) ? kinds[k] : undefined
    const x = kind === undefined ? undefined : read(kind, v)
    if (x === undefined) extra[k] = v
    else typed[k] = x
  }
  // what the DSL makes of it: a key it refuses (a number out of range...) goes back to
  // extra, and so does one it prints otherwise; a refusal no typed key explains (a
  // required key missing) leaves them all as written
  let printed: Readonly<Record<string, string>> = {}
  for (;;) {
    const built = dhcpOptions({ cidr, [field]: typed, extra: { ...extra }, force: true })
    if (E.isRight(built)) {
      printed = built.right.options
      break
    }
    const refused = new Set(built.left.problems.flatMap((x) => (x.path.startsWith(`${field}.`) ? [x.path.slice(field.length + 1).split(/[.[]/)[0]!] : [])).filter((k) => k in typed))
    if (refused.size === 0) break
    for (const k of refused) {
      delete typed[k]
      extra[k] = options[k]!
    }
  }
  for (const k of Object.keys(typed)) {
    if (printed[k] === options[k]) continue
    delete typed[k]
    extra[k] = options[k]!
  }
  return { field, typed, extra: Object.fromEntries(Object.entries(extra).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }
}
