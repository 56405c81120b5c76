/**
 * export: the Northbound database -> a topology in the plain-data form (each DSL
 * constructor's input, nested values as nested objects, references by name): switches
 * with their ports, ACLs, QoS rules and DNS records (by key), routers with their ports (gateway chassis), static routes,
 * policies and NAT, port groups with ACLs and their ports by name, address sets, DHCP
 * options (each with a `key`, which ports name; typed where the DSL prints them back as
 * stored), load balancers with their health checks (by name from switches, routers and
 * load balancer groups), meters, CoPP policies, BFD sessions, mirrors, forwarding groups,
 * static MAC bindings, and rows of tables the DSL has no constructor for as generic rows.
 * Pure: rows in, data and the list of what it could not express out.
 *
 * Nothing is dropped silently: a column with a value the DSL has no field for, a
 * reference it cannot name, a row it cannot express, each is one line of
 * {@link ExportResult.unexpressed}, saying why. Columns ovn-northd writes (a port's `up`
 * and `dynamic_addresses`, a BFD session's `status`) are state, not configuration, and
 * are left out by design. The
 * marks of owned rows (`ovn-nb/owner`, `ovn-nb/id`, `ovn-nb/managed`) are the engine's and
 * are left out too: it writes them again for the topology's owner.
 *
 * Deterministic: every list is sorted (by name, or by the fields that identify the
 * item), every object's fields come in one fixed order, so the same database gives the
 * same bytes.
 *
 * @module
 */
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { CurrentState } from '../plan/plan.js'
import { setElements } from '../ovsdb/values.js'
import { dhcpFields } from './exportDhcp.js'
import { model } from './generated/index.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Which rows an export takes: those of one owner, those without an owner (what a
 * takeover adopts), or all of them.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ExportSelection } from './export.js'
 * const s: ExportSelection = { _tag: 'Unowned' }
 */
export type ExportSelection = { readonly _tag: 'Owner'; readonly owner: string } | { readonly _tag: 'Unowned' } | { readonly _tag: 'All' }

/**
 * Options of {@link exportTopology}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ExportOptions } from './export.js'
 * const o: ExportOptions = { owner: 'me', select: { _tag: 'Unowned' } }
 */
export interface ExportOptions {
  /** The owner the exported topology names. */
  readonly owner: string
  readonly select: ExportSelection
  /** The `external_ids` key holding the owner (default `ovn-nb/owner`). */
  readonly ownerKey?: string
}

/** A plain JSON value. */
type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [k: string]: Json }
type Obj = Record<string, Json>

/**
 * An export: the topology as plain data (`owner`, `switches`, `routers`, ...), and what
 * it could not express, one line each, sorted.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ExportResult } from './export.js'
 * const r: ExportResult = { data: { owner: 'me', switches: [] }, unexpressed: ['QoS (1 row): not exported'] }
 */
export interface ExportResult {
  readonly data: { readonly [k: string]: Json }
  readonly unexpressed: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// reading values
// -------------------------------------------------------------------------------------

const MARKS = new Set(['ovn-nb/owner', 'ovn-nb/id', 'ovn-nb/managed'])

const atoms = (v: Value | undefined): ReadonlyArray<Atom> => (v === undefined ? [] : setElements(v))
const opt = (v: Value | undefined): Atom | undefined => atoms(v)[0]
const str = (v: Value | undefined): string | undefined => {
  const a = opt(v)
  return typeof a === 'string' ? a : undefined
}
const uuidOf = (a: Atom | undefined): string | undefined => (Array.isArray(a) && a[0] === 'uuid' ? (a[1] as string) : undefined)
const uuids = (v: Value | undefined): ReadonlyArray<string> => atoms(v).flatMap((a) => (uuidOf(a) === undefined ? [] : [uuidOf(a)!]))
const pairs = (v: Value | undefined): ReadonlyArray<readonly [Atom, Atom]> =>
  Array.isArray(v) && v[0] === 'map' ? (v[1] as ReadonlyArray<readonly [Atom, Atom]>) : []
const strMap = (v: Value | undefined, drop: ReadonlySet<string> = new Set()): Obj => {
  const out: Obj = {}
  for (const [k, x] of [...pairs(v)].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))) if (!drop.has(String(k))) out[String(k)] = String(x)
  return out
}
const sorted = (xs: ReadonlyArray<string>): ReadonlyArray<string> => [...xs].sort()
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Whether a value is its column's default (empty set/map, '', 0, false). */
const isDefault = (v: Value | undefined): boolean => {
  if (v === undefined || v === '' || v === 0 || v === false) return true
  if (Array.isArray(v) && (v[0] === 'set' || v[0] === 'map')) return (v[1] as ReadonlyArray<unknown>).length === 0
  return false
}

/** A value for people: a one-element set as its element, sets as lists, maps as objects. */
const shown = (v: Value): string => {
  const xs = Array.isArray(v) && v[0] === 'set' ? (v[1] as ReadonlyArray<Atom>) : undefined
  if (xs !== undefined && xs.length === 1) return JSON.stringify(xs[0])
  if (xs !== undefined) return JSON.stringify(xs)
  if (Array.isArray(v) && v[0] === 'map') return JSON.stringify(Object.fromEntries(pairs(v).map(([k, x]) => [String(k), x])))
  return JSON.stringify(v)
}

/** Sets a field only when it says something: no empty lists, maps or undefined. */
const put = (o: Obj, k: string, v: Json | undefined): void => {
  if (v === undefined) return
  if (Array.isArray(v) && v.length === 0) return
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) return
  o[k] = v
}

// -------------------------------------------------------------------------------------
// export
// -------------------------------------------------------------------------------------

/** The columns each exported table maps to fields; any other column with a value is reported. */
const MODELED: Readonly<Record<string, ReadonlySet<string>>> = {
  Logical_Switch: new Set(['name', 'ports', 'acls', 'qos_rules', 'dns_records', 'load_balancer', 'load_balancer_group', 'forwarding_groups', 'copp', 'other_config', 'external_ids']),
  QoS: new Set(['direction', 'priority', 'match', 'action', 'bandwidth', 'external_ids']),
  DNS: new Set(['records', 'external_ids']),
  Logical_Switch_Port: new Set(['name', 'type', 'addresses', 'port_security', 'dhcpv4_options', 'dhcpv6_options', 'tag', 'tag_request', 'parent_name', 'enabled', 'ha_chassis_group', 'mirror_rules', 'options', 'external_ids', 'up', 'dynamic_addresses']),
  Logical_Router: new Set(['name', 'ports', 'static_routes', 'policies', 'nat', 'load_balancer', 'load_balancer_group', 'copp', 'enabled', 'options', 'external_ids']),
  Logical_Router_Port: new Set(['name', 'mac', 'networks', 'peer', 'gateway_chassis', 'ha_chassis_group', 'ipv6_ra_configs', 'ipv6_prefix', 'enabled', 'options', 'external_ids']),
  ACL: new Set(['direction', 'priority', 'match', 'action', 'log', 'severity', 'meter', 'name', 'label', 'options', 'external_ids']),
  NAT: new Set(['type', 'external_ip', 'logical_ip', 'logical_port', 'external_mac', 'external_port_range', 'gateway_port', 'allowed_ext_ips', 'exempted_ext_ips', 'options', 'external_ids']),
  Logical_Router_Static_Route: new Set(['ip_prefix', 'nexthop', 'policy', 'route_table', 'output_port', 'bfd', 'options', 'external_ids']),
  Logical_Router_Policy: new Set(['priority', 'match', 'action', 'nexthops', 'options', 'external_ids']),
  Port_Group: new Set(['name', 'ports', 'acls', 'external_ids']),
  Address_Set: new Set(['name', 'addresses', 'external_ids']),
  DHCP_Options: new Set(['cidr', 'options', 'external_ids']),
  Load_Balancer: new Set(['name', 'vips', 'protocol', 'health_check', 'ip_port_mappings', 'selection_fields', 'options', 'external_ids']),
  Load_Balancer_Health_Check: new Set(['vip', 'options', 'external_ids']),
  Load_Balancer_Group: new Set(['name', 'load_balancer']),
  Gateway_Chassis: new Set(['name', 'chassis_name', 'priority', 'external_ids']),
  HA_Chassis_Group: new Set(['name', 'ha_chassis', 'external_ids']),
  HA_Chassis: new Set(['chassis_name', 'priority', 'external_ids']),
  Meter: new Set(['name', 'unit', 'bands', 'fair', 'external_ids']),
  Meter_Band: new Set(['action', 'rate', 'burst_size', 'external_ids']),
  Copp: new Set(['name', 'meters', 'external_ids']),
  // status is ovn-northd's (the session's state), not configuration
  BFD: new Set(['logical_port', 'dst_ip', 'min_tx', 'min_rx', 'detect_mult', 'options', 'external_ids', 'status']),
  Mirror: new Set(['name', 'type', 'sink', 'filter', 'index', 'external_ids']),
  Forwarding_Group: new Set(['name', 'vip', 'vmac', 'liveness', 'child_port', 'external_ids']),
  Static_MAC_Binding: new Set(['logical_port', 'ip', 'mac', 'override_dynamic_mac']),
}

/** A switch port's options that the DSL sets through typed fields (switch.ts), and those fields. */
const PORT_OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['router-port', 'routerPort'],
  ['network_name', 'networkName'],
  ['virtual-ip', 'virtualIp'],
  ['virtual-parents', 'virtualParents'],
  ['l2gateway-chassis', 'l2gatewayChassis'],
  ['vtep-physical-switch', 'vtepPhysicalSwitch'],
  ['vtep-logical-switch', 'vtepLogicalSwitch'],
  ['requested-chassis', 'requestedChassis'],
  ['activation-strategy', 'activationStrategy'],
]

/** Tables whose rows are never part of a network's topology: the server's and ovn-northd's own. */
const NOT_TOPOLOGY = new Set(['NB_Global', 'Connection', 'SSL'])

// ---- rows the DSL would refuse --------------------------------------------------------------

type RowOf = (table: string, uuid: string | undefined) => Row | undefined

const isGatewayPort = (p: Row): boolean => uuids(p['gateway_chassis']).length > 0 || uuidOf(opt(p['ha_chassis_group'])) !== undefined

/**
 * Why the DSL would refuse a router OVN accepts (router.ts's checks), or undefined: NAT on
 * a router with neither a chassis nor a distributed gateway port (ovn-northd ignores such
 * NAT), load balancers on a router with several distributed gateway ports.
 */
const dslRefuses = (r: Row, rowOf: RowOf): string | undefined => {
  const gatewayRouter = pairs(r['options']).some((p) => p[0] === 'chassis')
  const dgps = uuids(r['ports']).filter((u) => {
    const p = rowOf('Logical_Router_Port', u)
    return p !== undefined && isGatewayPort(p)
  })
  if (uuids(r['nat']).length > 0 && !gatewayRouter && dgps.length === 0) return 'NAT needs a gateway router (chassis) or a distributed gateway port'
  if (uuids(r['load_balancer']).length > 0 && dgps.length > 1) return 'load balancers on a router with several distributed gateway ports'
  return undefined
}

/** The tables a router's generic rows name other rows in, and the key a row of each has there. */
const NAMED = new Set(['Logical_Switch', 'Logical_Switch_Port', 'Logical_Router', 'Logical_Router_Port', 'Gateway_Chassis', 'Load_Balancer', 'Load_Balancer_Group', 'Copp', 'HA_Chassis_Group', 'Address_Set', 'Port_Group', 'Meter', 'Mirror'])

/** The id the DSL gives a row it names (`Table:name`), for a reference from a generic row. */
const namedId = (u: string, rowOf: RowOf): string | undefined => {
  for (const t of NAMED) {
    const x = rowOf(t, u)
    const n = x === undefined ? undefined : str(x['name'])
    if (n !== undefined && n !== '') return `${t}:${n}`
  }
  return undefined
}

/** Columns ovn-northd writes: state, not configuration, never exported. */
const STATE: ReadonlySet<string> = new Set(['BFD.status', 'Logical_Switch_Port.up', 'Logical_Switch_Port.dynamic_addresses'])

/** The health check options the DSL takes (loadBalancer.ts). */
const HC_OPTIONS: ReadonlySet<string> = new Set(['interval', 'timeout', 'success_count', 'failure_count'])

/**
 * One row of a table the DSL has no constructor for, as a generic row: keyed by its name
 * (or `chassis`, Chassis_Template_Var's index; else its UUID), every column as the
 * database has it (the owner's marks aside), a reference to a row the export names as
 * `["ref", id]`, to any other as its UUID (the row stays where it is).
 */
const genericRow = (table: string, uuid: string, x: Row, idOf: (uuid: string) => string | undefined, key: string = str(x['name']) || str(x['chassis']) || uuid): Obj => {
  const columns: Obj = {}
  for (const c of Object.keys(x).sort()) {
    if (c === '_uuid' || c === '_version' || STATE.has(`${table}.${c}`)) continue
    const v = c === 'external_ids' ? (['map', pairs(x[c]).filter((p) => !MARKS.has(String(p[0])))] as Value) : x[c]!
    if (Array.isArray(v) && (v[0] === 'set' || v[0] === 'map') && (v[1] as ReadonlyArray<unknown>).length === 0) continue
    const pv = columnValue(table, c, v, idOf, (u) => ['uuid', u])
    if (pv !== undefined) columns[c] = pv
  }
  return { table, key, columns }
}

/** A column value in the generic row form: sets as lists, maps as objects, references as `["ref", id]`. */
const plainValue = (v: Value, idOf: (uuid: string) => string | undefined, unresolved: (uuid: string) => Json = (u) => ['ref', u]): Json | undefined => {
  const atom = (a: Atom): Json => {
    const u = uuidOf(a)
    if (u === undefined) return a as Json
    const id = idOf(u)
    return id === undefined ? unresolved(u) : ['ref', id]
  }
  if (Array.isArray(v) && v[0] === 'map') {
    const o: Obj = {}
    for (const [k, x] of [...pairs(v)].sort((a, b) => byText(String(a[0]), String(b[0])))) o[String(k)] = atom(x)
    return o
  }
  if (Array.isArray(v) && v[0] === 'set') return (v[1] as ReadonlyArray<Atom>).map(atom).sort((a, b) => byText(JSON.stringify(a), JSON.stringify(b)))
  return atom(v as Atom)
}

/**
 * A column value in the generic row form, as {@link row} takes it for that column: an
 * optional column (at most one element) that holds a value gives the value, not a list.
 */
const columnValue = (table: string, column: string, v: Value, idOf: (uuid: string) => string | undefined, unresolved?: (uuid: string) => Json): Json | undefined => {
  const tm = Object.prototype.hasOwnProperty.call(model.tables, table) ? (model.tables as Readonly<Record<string, { readonly columns: Readonly<Record<string, { readonly kind: string }>> }>>)[table] : undefined
  const optional = tm !== undefined && Object.prototype.hasOwnProperty.call(tm.columns, column) && tm.columns[column]!.kind === 'optional'
  const x = optional && Array.isArray(v) && v[0] === 'set' && (v[1] as ReadonlyArray<Atom>).length === 1 ? ((v[1] as ReadonlyArray<Atom>)[0] as Value) : v
  return plainValue(x, idOf, unresolved)
}

/**
 * A router and every row it holds (ports and their gateway chassis, routes, policies,
 * NAT), each as a generic row `{ table, key, columns }` with every column as the database
 * has it (the owner's marks aside), references by the id of the row referred to.
 */
const routerRows = (uuid: string, r: Row, rowOf: RowOf, exported: Set<string>): ReadonlyArray<Obj> => {
  const name = str(r['name']) ?? uuid
  const members: Array<readonly [string, string, Row, string]> = [['Logical_Router', uuid, r, name]]
  for (const u of uuids(r['ports'])) {
    const p = rowOf('Logical_Router_Port', u)
    if (p === undefined) continue
    members.push(['Logical_Router_Port', u, p, str(p['name']) ?? u])
    for (const g of uuids(p['gateway_chassis'])) {
      const gr = rowOf('Gateway_Chassis', g)
      if (gr !== undefined) members.push(['Gateway_Chassis', g, gr, str(gr['name']) ?? g])
    }
  }
  const child = (table: string, column: string, key: (x: Row) => string): void => {
    for (const u of uuids(r[column])) {
      const x = rowOf(table, u)
      if (x !== undefined) members.push([table, u, x, `${name}|${key(x)}`])
    }
  }
  child('Logical_Router_Static_Route', 'static_routes', (x) => `${str(x['policy']) ?? ''}|${str(x['ip_prefix']) ?? ''}|${str(x['nexthop']) ?? ''}|${str(x['route_table']) ?? ''}`)
  child('Logical_Router_Policy', 'policies', (x) => `${String(opt(x['priority']))}|${str(x['match']) ?? ''}`)
  child('NAT', 'nat', (x) => `${str(x['type']) ?? ''}|${str(x['external_ip']) ?? ''}|${str(x['logical_ip']) ?? ''}`)
  // a route's BFD session goes with it, under the id the DSL gives it (port|address)
  for (const u of uuids(r['static_routes'])) {
    const b = uuidOf(opt(rowOf('Logical_Router_Static_Route', u)?.['bfd']))
    const x = rowOf('BFD', b)
    if (b !== undefined && x !== undefined && !members.some((m) => m[1] === b)) members.push(['BFD', b, x, `${str(x['logical_port']) ?? ''}|${str(x['dst_ip']) ?? ''}`])
  }
  const ids = new Map(members.map(([t, u, , k]) => [u, `${t}:${k}`]))
  // rows outside the router are referred to by the id the DSL gives them (by name)
  const idOf = (u: string): string | undefined => ids.get(u) ?? namedId(u, rowOf)
  return members.map(([table, u, x, key]) => {
    exported.add(u)
    const columns: Obj = {}
    for (const c of Object.keys(x).sort()) {
      if (c === '_uuid' || c === '_version' || STATE.has(`${table}.${c}`)) continue
      const v = c === 'external_ids' ? ['map', pairs(x[c]).filter((p) => !MARKS.has(String(p[0])))] as Value : x[c]!
      // an empty set or optional column is left out (JSON has no "none"): not managed, not changed
      if (Array.isArray(v) && v[0] === 'set' && (v[1] as ReadonlyArray<Atom>).length === 0) continue
      const pv = columnValue(table, c, v, idOf)
      if (pv !== undefined) columns[c] = pv
    }
    return { table, key, columns }
  })
}

/**
 * The network the database holds, as a topology in plain data; see the module
 * description.
 *
 * @category export
 * @since 0.1.0
 * @example
 * import { exportTopology } from './export.js'
 * import type { CurrentState } from '../plan/plan.js'
 * declare const current: CurrentState
 * const r = exportTopology({ rows: current.rows, tables: ['Logical_Switch'] }, { owner: 'me', select: { _tag: 'Unowned' } })
 * // { data: { owner: 'me', switches: [{ name: 'sw0', ports: [...] }], ... }, unexpressed: [] }
 */
export const exportTopology = (current: CurrentState & { readonly tables?: ReadonlyArray<string> }, options: ExportOptions): ExportResult => {
  const ownerKey = options.ownerKey ?? 'ovn-nb/owner'
  const notes: string[] = []
  const ownerOf = (r: Row): string | undefined => {
    const o = pairs(r['external_ids']).find((p) => p[0] === ownerKey)
    return o === undefined ? undefined : String(o[1])
  }
  const selected = (r: Row): boolean => {
    const o = ownerOf(r)
    switch (options.select._tag) {
      case 'All':
        return true
      case 'Unowned':
        return o === undefined
      case 'Owner':
        return o === options.select.owner
    }
  }
  const rows = (table: string): ReadonlyArray<readonly [string, Row]> => [...current.rows(table).entries()]
  const row = (table: string, uuid: string | undefined): Row | undefined => (uuid === undefined ? undefined : current.rows(table).get(uuid))
  const exported = new Set<string>()
  const ids = (r: Row): Obj => strMap(r['external_ids'], MARKS)
  const unmodeled = (table: string, label: string, r: Row): void => {
    const modeled = MODELED[table]!
    for (const c of Object.keys(r).sort()) {
      if (modeled.has(c) || c === '_uuid' || c === '_version' || isDefault(r[c])) continue
      const refs = uuids(r[c]).length
      // every column the DSL writes has a field above; the others it never writes, so a
      // plan of this export leaves them as they are
      notes.push(`${label}: column ${c} ${refs > 0 && refs === atoms(r[c]).length ? `(${refs} reference${refs === 1 ? '' : 's'})` : `= ${shown(r[c]!)}`} not exported (the DSL has no field for it; a plan leaves it as it is)`)
    }
  }

  // ---- names, for references --------------------------------------------------------
  const nameIn = (table: string, uuid: string | undefined): string | undefined => str(row(table, uuid)?.['name'])
  // DHCP options are named by a key: the id in their marks, else their CIDR (made unique)
  const dhcpKeys = new Map<string, string>()
  {
    const taken = new Set<string>()
    const dhcp = [...rows('DHCP_Options')].sort((a, b) => byText(str(a[1]['cidr']) ?? '', str(b[1]['cidr']) ?? '') || byText(JSON.stringify(a[1]['options']), JSON.stringify(b[1]['options'])))
    for (const [uuid, r] of dhcp) {
      const id = strMap(r['external_ids'])['ovn-nb/id']
      let key = typeof id === 'string' && id.startsWith('DHCP_Options:') ? id.slice('DHCP_Options:'.length) : (str(r['cidr']) ?? uuid)
      for (let i = 2; taken.has(key); i++) key = `${str(r['cidr']) ?? uuid}#${i}`
      taken.add(key)
      dhcpKeys.set(uuid, key)
    }
  }

  // DNS record sets are named by a key too: the id in their marks, else dns1, dns2... in
  // the order of their records
  const dnsKeys = new Map<string, string>()
  {
    const taken = new Set<string>()
    const dnsRows = [...rows('DNS')].sort((a, b) => byText(JSON.stringify(strMap(a[1]['records'])), JSON.stringify(strMap(b[1]['records']))) || byText(a[0], b[0]))
    let n = 0
    for (const [uuid, r] of dnsRows) {
      const id = strMap(r['external_ids'])['ovn-nb/id']
      let key = typeof id === 'string' && id.startsWith('DNS:') ? id.slice('DNS:'.length) : ''
      while (key === '' || taken.has(key)) key = `dns${++n}`
      taken.add(key)
      dnsKeys.set(uuid, key)
    }
  }

  // HA chassis groups are named by ports (switch ports and router ports) by name
  const haGroup = (label: string, o: Obj, v: Value | undefined): void => {
    const u = uuidOf(opt(v))
    if (u === undefined) return
    const n = nameIn('HA_Chassis_Group', u)
    if (n === undefined) notes.push(`${label}: ha_chassis_group refers to a row that does not exist (${u}): not exported`)
    else o['haChassisGroup'] = n
  }

  // ---- ACLs -----------------------------------------------------------------------------
  // A match naming a port group or address set the export does not hold (another
  // writer's, or one not selected) would make the DSL refuse the whole topology. Such an
  // ACL is left out, and said: the row it belongs to is adopted without it, and it stays
  // as it is, unowned and in place (a plan removes from a set only what its owner put
  // there), so it does not block a takeover.
  const heldNames = (table: string): ReadonlySet<string> => new Set(rows(table).flatMap(([, r]) => (selected(r) ? [str(r['name']) ?? ''] : [])))
  const pgHeld = heldNames('Port_Group')
  const asHeld = heldNames('Address_Set')
  const missingName = (m: string): string | undefined => {
    for (const x of m.matchAll(/@([A-Za-z_][A-Za-z0-9_.]*)/g)) if (!pgHeld.has(x[1]!)) return `port group ${x[1]!}`
    for (const x of m.matchAll(/\$([A-Za-z_][A-Za-z0-9_.]*)/g)) {
      const implicit = /^(.*)_ip[46]$/.exec(x[1]!)
      if (!asHeld.has(x[1]!) && !(implicit !== null && pgHeld.has(implicit[1]!))) return `address set ${x[1]!}`
    }
    return undefined
  }
  const acl = (label: string, uuid: string): Obj | undefined => {
    const r = row('ACL', uuid)
    if (r === undefined) return undefined
    const missing = missingName(str(r['match']) ?? '')
    if (missing !== undefined) {
      notes.push(
        `ACL ${label} ${str(r['direction']) ?? ''} ${String(opt(r['priority']))} ${JSON.stringify(str(r['match']) ?? '')}: names ${missing}, which this export does not hold: left out (it stays as it is, unowned)`,
      )
      return undefined
    }
    exported.add(uuid)
    const o: Obj = { direction: str(r['direction']) ?? '', priority: Number(opt(r['priority'])), match: str(r['match']) ?? '', action: str(r['action']) ?? '' }
    if (opt(r['log']) === true) o['log'] = true
    put(o, 'severity', str(r['severity']))
    put(o, 'meter', str(r['meter']))
    put(o, 'name', str(r['name']))
    const lbl = opt(r['label'])
    if (typeof lbl === 'number' && lbl !== 0) o['label'] = lbl
    put(o, 'options', strMap(r['options']))
    put(o, 'externalIds', ids(r))
    unmodeled('ACL', `ACL ${label} ${o['direction'] as string} ${String(o['priority'])} ${JSON.stringify(o['match'])}`, r)
    return o
  }
  const aclList = (label: string, v: Value | undefined): ReadonlyArray<Obj> =>
    uuids(v)
      .flatMap((u) => (acl(label, u) === undefined ? [] : [acl(label, u)!]))
      .sort((a, b) => byText(a['direction'] as string, b['direction'] as string) || (b['priority'] as number) - (a['priority'] as number) || byText(a['match'] as string, b['match'] as string))

  const lbNames = (label: string, v: Value | undefined): ReadonlyArray<string> =>
    sorted(
      uuids(v).flatMap((u) => {
        const n = nameIn('Load_Balancer', u)
        if (n === undefined || n === '') notes.push(`${label}: a load balancer without a name (${u}) cannot be referred to: not exported`)
        return n === undefined || n === '' ? [] : [n]
      }),
    )

  // ---- references by name to rows that go with their users -------------------------------
  // Rows named by a selected row are exported with it, whoever owns them (as DHCP options
  // and HA chassis groups are): a reference the topology cannot resolve would make the DSL
  // refuse it, and one left out would be cleared by a plan (the DSL writes these columns
  // whole). Each set collects the names used, for the top-level lists below.
  const used = { addressSets: new Set<string>(), lbGroups: new Set<string>(), copps: new Set<string>(), mirrors: new Set<string>(), bfds: new Set<string>() }
  const namesOf = (label: string, column: string, table: string, v: Value | undefined, into: Set<string>): ReadonlyArray<string> =>
    sorted(
      uuids(v).flatMap((u) => {
        const n = nameIn(table, u)
        if (n === undefined || n === '') notes.push(`${label}: ${column} refers to a ${table} row without a name (${u}), which the DSL cannot name: not exported`)
        if (n === undefined || n === '') return []
        into.add(n)
        return [n]
      }),
    )
  const nameOf = (label: string, column: string, table: string, v: Value | undefined, into: Set<string>): string | undefined => namesOf(label, column, table, v, into)[0]
  /** A BFD row as a `bfd` input (a route's, or an entry of `bfds`). */
  const bfdInput = (uuid: string, x: Row): Obj => {
    exported.add(uuid)
    const o: Obj = { logicalPort: str(x['logical_port']) ?? '', dstIp: str(x['dst_ip']) ?? '' }
    for (const [c, f] of [['min_tx', 'minTx'], ['min_rx', 'minRx'], ['detect_mult', 'detectMult']] as const) {
      const n = opt(x[c])
      if (typeof n === 'number') o[f] = n
    }
    put(o, 'options', strMap(x['options']))
    put(o, 'externalIds', ids(x))
    unmodeled('BFD', `BFD ${o['logicalPort'] as string} ${o['dstIp'] as string}`, x)
    used.bfds.add(uuid)
    return o
  }

  // ---- switches ---------------------------------------------------------------------------
  const switchPort = (uuid: string): Obj | undefined => {
    const r = row('Logical_Switch_Port', uuid)
    if (r === undefined) return undefined
    exported.add(uuid)
    const name = str(r['name']) ?? ''
    const o: Obj = { name }
    put(o, 'type', str(r['type']) || undefined)
    put(o, 'addresses', sorted(atoms(r['addresses']).map(String)))
    put(o, 'portSecurity', sorted(atoms(r['port_security']).map(String)))
    for (const [col, field] of [['dhcpv4_options', 'dhcpv4Options'], ['dhcpv6_options', 'dhcpv6Options']] as const) {
      const d = uuidOf(opt(r[col]))
      if (d === undefined) continue
      const key = dhcpKeys.get(d)
      if (key === undefined) notes.push(`Logical_Switch_Port ${name}: ${col} refers to a DHCP_Options row that does not exist (${d}): not exported`)
      else o[field] = key
    }
    // with a tag request, the tag is ovn-northd's answer to it (state, not configuration)
    const tag = opt(r['tag'])
    const tagRequest = opt(r['tag_request'])
    if (typeof tagRequest === 'number') o['tagRequest'] = tagRequest
    else if (typeof tag === 'number') o['tag'] = tag
    put(o, 'parentName', str(r['parent_name']))
    haGroup(`Logical_Switch_Port ${name}`, o, r['ha_chassis_group'])
    put(o, 'mirrorRules', namesOf(`Logical_Switch_Port ${name}`, 'mirror_rules', 'Mirror', r['mirror_rules'], used.mirrors))
    const enabled = opt(r['enabled'])
    if (typeof enabled === 'boolean') o['enabled'] = enabled
    // the options the DSL has typed fields for go there (a router port's routerPort is required)
    const options = strMap(r['options'])
    for (const [key, field] of PORT_OPTIONS) {
      const v = options[key]
      if (typeof v !== 'string') continue
      o[field] = key === 'virtual-parents' ? v.split(',').filter((x) => x !== '') : v
      delete options[key]
    }
    put(o, 'options', options)
    put(o, 'externalIds', ids(r))
    unmodeled('Logical_Switch_Port', `Logical_Switch_Port ${name}`, r)
    return o
  }
  const switches: Obj[] = []
  // A switch of another owner that holds rows of nobody (a port ovn-nbctl added to it):
  // its ports are exported in the switch as a shared one (`shared: true`), which a plan
  // only adds to and never takes from its owner, so that they are adopted and the switch
  // stays its owner's. Its other children of nobody (ACLs, QoS rules, forwarding groups)
  // have no such form: said, with how to take them.
  const othersSwitch = (r: Row): void => {
    const name = str(r['name']) ?? ''
    const owner = ownerOf(r) ?? ''
    const ports = uuids(r['ports']).filter((u) => {
      const p = row('Logical_Switch_Port', u)
      return p !== undefined && selected(p)
    })
    if (ports.length > 0) switches.push({ name, shared: true, ports: ports.flatMap((u) => (switchPort(u) === undefined ? [] : [switchPort(u)!])).sort((a, b) => byText(a['name'] as string, b['name'] as string)) })
    for (const [table, column] of [['ACL', 'acls'], ['QoS', 'qos_rules'], ['Forwarding_Group', 'forwarding_groups']] as const) {
      const n = uuids(r[column]).filter((u) => {
        const x = row(table, u)
        return x !== undefined && selected(x)
      }).length
      if (n > 0) notes.push(`Logical_Switch ${name}: ${n} ${table} row${n === 1 ? '' : 's'} of nobody in this switch of owner ${owner}: left out (export with --all, or --owner ${owner}, to take them with the switch)`)
    }
  }
  for (const [uuid, r] of rows('Logical_Switch')) {
    if (!selected(r)) {
      if (options.select._tag === 'Unowned') othersSwitch(r)
      continue
    }
    exported.add(uuid)
    const name = str(r['name']) ?? ''
    const o: Obj = { name }
    put(o, 'ports', uuids(r['ports']).flatMap((u) => (switchPort(u) === undefined ? [] : [switchPort(u)!])).sort((a, b) => byText(a['name'] as string, b['name'] as string)))
    put(o, 'acls', aclList(name, r['acls']))
    const qos: Obj[] = []
    for (const u of uuids(r['qos_rules'])) {
      const x = row('QoS', u)
      if (x === undefined) continue
      exported.add(u)
      const q: Obj = { direction: str(x['direction']) ?? '', priority: Number(opt(x['priority'])), match: str(x['match']) ?? '' }
      const nums = (v: Value | undefined): Obj => Object.fromEntries([...pairs(v)].sort((a, b) => byText(String(a[0]), String(b[0]))).map(([k, n]) => [String(k), Number(n)]))
      put(q, 'action', nums(x['action']))
      put(q, 'bandwidth', nums(x['bandwidth']))
      put(q, 'externalIds', ids(x))
      unmodeled('QoS', `QoS ${name} ${q['direction'] as string} ${String(q['priority'])} ${JSON.stringify(q['match'])}`, x)
      qos.push(q)
    }
    put(o, 'qosRules', qos.sort((a, b) => byText(a['direction'] as string, b['direction'] as string) || (b['priority'] as number) - (a['priority'] as number) || byText(a['match'] as string, b['match'] as string)))
    put(o, 'dnsRecords', sorted(uuids(r['dns_records']).flatMap((u) => (dnsKeys.has(u) ? [dnsKeys.get(u)!] : []))))
    put(o, 'loadBalancers', lbNames(`Logical_Switch ${name}`, r['load_balancer']))
    put(o, 'loadBalancerGroups', namesOf(`Logical_Switch ${name}`, 'load_balancer_group', 'Load_Balancer_Group', r['load_balancer_group'], used.lbGroups))
    const fgs: Obj[] = []
    for (const u of uuids(r['forwarding_groups'])) {
      const x = row('Forwarding_Group', u)
      if (x === undefined) continue
      exported.add(u)
      const f: Obj = { name: str(x['name']) ?? '', vip: str(x['vip']) ?? '', vmac: str(x['vmac']) ?? '' }
      if (opt(x['liveness']) === true) f['liveness'] = true
      f['childPorts'] = sorted(atoms(x['child_port']).map(String))
      put(f, 'externalIds', ids(x))
      unmodeled('Forwarding_Group', `Forwarding_Group ${name} / ${f['name'] as string}`, x)
      fgs.push(f)
    }
    put(o, 'forwardingGroups', fgs.sort((a, b) => byText(a['name'] as string, b['name'] as string)))
    put(o, 'copp', nameOf(`Logical_Switch ${name}`, 'copp', 'Copp', r['copp'], used.copps))
    put(o, 'otherConfig', strMap(r['other_config']))
    put(o, 'externalIds', ids(r))
    unmodeled('Logical_Switch', `Logical_Switch ${name}`, r)
    switches.push(o)
  }

  // ---- routers ----------------------------------------------------------------------------
  const routerPort = (uuid: string): Obj | undefined => {
    const r = row('Logical_Router_Port', uuid)
    if (r === undefined) return undefined
    exported.add(uuid)
    const name = str(r['name']) ?? ''
    const o: Obj = { name, mac: str(r['mac']) ?? '', networks: sorted(atoms(r['networks']).map(String)) }
    put(o, 'peer', str(r['peer']))
    const gcs: Obj[] = []
    for (const g of uuids(r['gateway_chassis'])) {
      const gr = row('Gateway_Chassis', g)
      if (gr === undefined) continue
      exported.add(g)
      const chassisName = str(gr['chassis_name']) ?? ''
      // the DSL names a gateway chassis PORT-CHASSIS, as ovn-nbctl does
      if (str(gr['name']) !== `${name}-${chassisName}`) notes.push(`Gateway_Chassis ${str(gr['name']) ?? g}: its name is not ${name}-${chassisName}, which the DSL gives it: exported under that name`)
      unmodeled('Gateway_Chassis', `Gateway_Chassis ${str(gr['name']) ?? g}`, gr)
      gcs.push({ chassisName, priority: Number(opt(gr['priority']) ?? 0) })
    }
    put(o, 'gatewayChassis', gcs.sort((a, b) => (b['priority'] as number) - (a['priority'] as number) || byText(a['chassisName'] as string, b['chassisName'] as string)))
    haGroup(`Logical_Router_Port ${name}`, o, r['ha_chassis_group'])
    put(o, 'ipv6RaConfigs', strMap(r['ipv6_ra_configs']))
    put(o, 'ipv6Prefix', sorted(atoms(r['ipv6_prefix']).map(String)))
    const enabled = opt(r['enabled'])
    if (typeof enabled === 'boolean') o['enabled'] = enabled
    put(o, 'options', strMap(r['options']))
    put(o, 'externalIds', ids(r))
    unmodeled('Logical_Router_Port', `Logical_Router_Port ${name}`, r)
    return o
  }
  const routers: Obj[] = []
  const generic: Obj[] = []
  /** Router ports exported as generic rows (their router is): BFD sessions and static MAC bindings on them are too. */
  const genericPorts = new Set<string>()
  for (const [uuid, r] of rows('Logical_Router')) {
    if (!selected(r)) continue
    exported.add(uuid)
    const name = str(r['name']) ?? ''
    const refused = dslRefuses(r, (t, u) => row(t, u))
    if (refused !== undefined) {
      notes.push(`Logical_Router ${name}: exported as it is, in the generic row form (rows): the DSL would refuse it (${refused})`)
      const rs = routerRows(uuid, r, (t, u) => row(t, u), exported)
      // the router's row carries the DSL's finding: plan and apply show it as a warning
      generic.push(...rs.map((g) => (g['table'] === 'Logical_Router' ? { ...g, warning: `the DSL would refuse this router (${refused}); it is sent as it is` } : g)))
      // the address sets its NAT rules name go with it, as with a router the DSL takes
      for (const u of uuids(r['nat'])) for (const c of ['allowed_ext_ips', 'exempted_ext_ips']) nameOf(`Logical_Router ${name}`, c, 'Address_Set', row('NAT', u)?.[c], used.addressSets)
      for (const g of rs) if (g['table'] === 'Logical_Router_Port') genericPorts.add(String((g['columns'] as Obj)['name']))
      continue
    }
    const o: Obj = { name }
    put(o, 'ports', uuids(r['ports']).flatMap((u) => (routerPort(u) === undefined ? [] : [routerPort(u)!])).sort((a, b) => byText(a['name'] as string, b['name'] as string)))
    const routes: Obj[] = []
    for (const u of uuids(r['static_routes'])) {
      const x = row('Logical_Router_Static_Route', u)
      if (x === undefined) continue
      exported.add(u)
      const s: Obj = { ipPrefix: str(x['ip_prefix']) ?? '', nexthop: str(x['nexthop']) ?? '' }
      put(s, 'policy', str(x['policy']))
      put(s, 'routeTable', str(x['route_table']) || undefined)
      put(s, 'outputPort', str(x['output_port']))
      const b = uuidOf(opt(x['bfd']))
      const br = row('BFD', b)
      if (b !== undefined && br !== undefined) s['bfd'] = bfdInput(b, br)
      put(s, 'options', strMap(x['options']))
      put(s, 'externalIds', ids(x))
      unmodeled('Logical_Router_Static_Route', `Logical_Router_Static_Route ${name} / ${s['ipPrefix'] as string} ${s['nexthop'] as string}`, x)
      routes.push(s)
    }
    put(o, 'staticRoutes', routes.sort((a, b) => byText(JSON.stringify(a), JSON.stringify(b))))
    const policies: Obj[] = []
    for (const u of uuids(r['policies'])) {
      const x = row('Logical_Router_Policy', u)
      if (x === undefined) continue
      exported.add(u)
      const s: Obj = { priority: Number(opt(x['priority'])), match: str(x['match']) ?? '', action: str(x['action']) ?? '' }
      put(s, 'nexthops', sorted(atoms(x['nexthops']).map(String)))
      put(s, 'options', strMap(x['options']))
      put(s, 'externalIds', ids(x))
      unmodeled('Logical_Router_Policy', `Logical_Router_Policy ${name} / ${String(s['priority'])} ${JSON.stringify(s['match'])}`, x)
      policies.push(s)
    }
    put(o, 'policies', policies.sort((a, b) => (b['priority'] as number) - (a['priority'] as number) || byText(a['match'] as string, b['match'] as string)))
    const nat: Obj[] = []
    for (const u of uuids(r['nat'])) {
      const x = row('NAT', u)
      if (x === undefined) continue
      exported.add(u)
      const s: Obj = { type: str(x['type']) ?? '', externalIp: str(x['external_ip']) ?? '', logicalIp: str(x['logical_ip']) ?? '' }
      put(s, 'logicalPort', str(x['logical_port']))
      put(s, 'externalMac', str(x['external_mac']))
      put(s, 'externalPortRange', str(x['external_port_range']) || undefined)
      const gp = uuidOf(opt(x['gateway_port']))
      if (gp !== undefined) put(s, 'gatewayPort', nameIn('Logical_Router_Port', gp))
      const natLabel = `NAT ${name} / ${s['type'] as string} ${s['externalIp'] as string} ${s['logicalIp'] as string}`
      put(s, 'allowedExtIps', nameOf(natLabel, 'allowed_ext_ips', 'Address_Set', x['allowed_ext_ips'], used.addressSets))
      put(s, 'exemptedExtIps', nameOf(natLabel, 'exempted_ext_ips', 'Address_Set', x['exempted_ext_ips'], used.addressSets))
      put(s, 'options', strMap(x['options']))
      put(s, 'externalIds', ids(x))
      unmodeled('NAT', `NAT ${name} / ${s['type'] as string} ${s['externalIp'] as string} ${s['logicalIp'] as string}`, x)
      nat.push(s)
    }
    put(o, 'nat', nat.sort((a, b) => byText(a['type'] as string, b['type'] as string) || byText(a['externalIp'] as string, b['externalIp'] as string) || byText(a['logicalIp'] as string, b['logicalIp'] as string)))
    put(o, 'loadBalancers', lbNames(`Logical_Router ${name}`, r['load_balancer']))
    put(o, 'loadBalancerGroups', namesOf(`Logical_Router ${name}`, 'load_balancer_group', 'Load_Balancer_Group', r['load_balancer_group'], used.lbGroups))
    put(o, 'copp', nameOf(`Logical_Router ${name}`, 'copp', 'Copp', r['copp'], used.copps))
    const enabled = opt(r['enabled'])
    if (typeof enabled === 'boolean') o['enabled'] = enabled
    put(o, 'options', strMap(r['options']))
    put(o, 'externalIds', ids(r))
    unmodeled('Logical_Router', `Logical_Router ${name}`, r)
    routers.push(o)
  }

  // ---- port groups, address sets, DHCP options, load balancers ----------------------------
  const portGroups: Obj[] = []
  for (const [uuid, r] of rows('Port_Group')) {
    if (!selected(r)) continue
    exported.add(uuid)
    const name = str(r['name']) ?? ''
    const o: Obj = { name }
    put(
      o,
      'ports',
      sorted(
        uuids(r['ports']).flatMap((u) => {
          const n = nameIn('Logical_Switch_Port', u)
          return n === undefined ? [] : [n]
        }),
      ),
    )
    put(o, 'acls', aclList(name, r['acls']))
    put(o, 'externalIds', ids(r))
    unmodeled('Port_Group', `Port_Group ${name}`, r)
    portGroups.push(o)
  }
  const addressSets: Obj[] = []
  for (const [uuid, r] of rows('Address_Set')) {
    // a set a selected NAT names goes with it, whoever owns it
    if (!selected(r) && !used.addressSets.has(str(r['name']) ?? '')) continue
    exported.add(uuid)
    const name = str(r['name']) ?? ''
    const o: Obj = { name }
    put(o, 'addresses', sorted(atoms(r['addresses']).map(String)))
    put(o, 'externalIds', ids(r))
    unmodeled('Address_Set', `Address_Set ${name}`, r)
    addressSets.push(o)
  }
  const dhcpOptions: Obj[] = []
  for (const [uuid, r] of rows('DHCP_Options')) {
    // options a selected port uses go with it, whoever owns them
    const used = [...exported].some((u) => {
      const p = row('Logical_Switch_Port', u)
      return p !== undefined && [uuidOf(opt(p['dhcpv4_options'])), uuidOf(opt(p['dhcpv6_options']))].includes(uuid)
    })
    if (!selected(r) && !used) continue
    exported.add(uuid)
    const o: Obj = { key: dhcpKeys.get(uuid)!, cidr: str(r['cidr']) ?? '' }
    // typed where the DSL prints the value back as stored, as written (extra) elsewhere
    const { field, typed, extra } = dhcpFields(o['cidr'] as string, strMap(r['options']) as Record<string, string>)
    put(o, field, typed)
    if (Object.keys(extra).length > 0) {
      o['extra'] = extra
      o['force'] = true
    }
    put(o, 'externalIds', ids(r))
    unmodeled('DHCP_Options', `DHCP_Options ${o['key'] as string}`, r)
    dhcpOptions.push(o)
  }
  const haChassisGroups: Obj[] = []
  const usedGroups = new Set([...switches.flatMap((w) => ((w['ports'] as ReadonlyArray<Obj> | undefined) ?? [])), ...routers.flatMap((w) => ((w['ports'] as ReadonlyArray<Obj> | undefined) ?? []))].flatMap((p) => (typeof p['haChassisGroup'] === 'string' ? [p['haChassisGroup']] : [])))
  for (const [uuid, r] of rows('HA_Chassis_Group')) {
    const name = str(r['name']) ?? ''
    // a group a selected port uses goes with it, whoever owns it
    if (!selected(r) && !usedGroups.has(name)) continue
    exported.add(uuid)
    const chassis: Obj[] = []
    for (const u of uuids(r['ha_chassis'])) {
      const c = row('HA_Chassis', u)
      if (c === undefined) continue
      exported.add(u)
      unmodeled('HA_Chassis', `HA_Chassis ${name} / ${str(c['chassis_name']) ?? u}`, c)
      chassis.push({ chassisName: str(c['chassis_name']) ?? '', priority: Number(opt(c['priority']) ?? 0) })
    }
    const o: Obj = { name }
    put(o, 'chassis', chassis.sort((a, b) => (b['priority'] as number) - (a['priority'] as number) || byText(a['chassisName'] as string, b['chassisName'] as string)))
    put(o, 'externalIds', ids(r))
    unmodeled('HA_Chassis_Group', `HA_Chassis_Group ${name}`, r)
    haChassisGroups.push(o)
  }
  const dns: Obj[] = []
  for (const [uuid, r] of rows('DNS')) {
    // record sets a selected switch uses go with it, whoever owns them
    const used = switches.some((o) => ((o['dnsRecords'] as ReadonlyArray<string> | undefined) ?? []).includes(dnsKeys.get(uuid)!))
    if (!selected(r) && !used) continue
    exported.add(uuid)
    const records: Obj = {}
    for (const [k, v] of Object.entries(strMap(r['records']))) records[k] = (v as string).split(' ').filter((x) => x !== '')
    const o: Obj = { key: dnsKeys.get(uuid)!, records }
    put(o, 'externalIds', ids(r))
    unmodeled('DNS', `DNS ${o['key'] as string}`, r)
    dns.push(o)
  }
  // Load_Balancer_Group has no external_ids, so no owner: a group goes with the switches
  // and routers that use it, and one nobody uses with an export of unowned rows
  const loadBalancerGroups: Obj[] = []
  const groupedLbs = new Set<string>()
  const lbGroupUsers = new Set([...rows('Logical_Switch'), ...rows('Logical_Router')].flatMap(([, r]) => uuids(r['load_balancer_group'])))
  for (const [uuid, r] of rows('Load_Balancer_Group')) {
    const name = str(r['name']) ?? ''
    if (!used.lbGroups.has(name) && (options.select._tag === 'Owner' || lbGroupUsers.has(uuid))) continue
    exported.add(uuid)
    const o: Obj = { name }
    put(o, 'loadBalancers', namesOf(`Load_Balancer_Group ${name}`, 'load_balancer', 'Load_Balancer', r['load_balancer'], groupedLbs))
    unmodeled('Load_Balancer_Group', `Load_Balancer_Group ${name}`, r)
    loadBalancerGroups.push(o)
  }
  const loadBalancers: Obj[] = []
  for (const [uuid, r] of rows('Load_Balancer')) {
    // a load balancer in an exported group goes with it, whoever owns it
    if (!selected(r) && !groupedLbs.has(str(r['name']) ?? '')) continue
    exported.add(uuid)
    const name = str(r['name']) ?? ''
    const vips: Obj = {}
    for (const [k, v] of [...pairs(r['vips'])].sort((a, b) => byText(String(a[0]), String(b[0])))) vips[String(k)] = String(v) === '' ? [] : String(v).split(',')
    const o: Obj = { name, vips }
    put(o, 'protocol', str(r['protocol']))
    const checks: Obj[] = []
    for (const u of uuids(r['health_check'])) {
      const x = row('Load_Balancer_Health_Check', u)
      if (x === undefined) continue
      const label = `Load_Balancer_Health_Check ${name} / ${str(x['vip']) ?? ''}`
      // the DSL takes the options OVN documents, as integers; any other is said, not changed
      const opts: Obj = {}
      let odd: string | undefined
      for (const [k, v] of Object.entries(strMap(x['options']))) {
        if (!HC_OPTIONS.has(k) || !/^[1-9][0-9]*$/.test(v as string)) odd = `${k}=${v as string}`
        else opts[k] = Number(v)
      }
      if (odd !== undefined) {
        notes.push(`${label}: option ${odd} is not one the DSL takes (${[...HC_OPTIONS].join(', ')}, positive integers): the health check is left out (it stays as it is)`)
        continue
      }
      exported.add(u)
      const h: Obj = { vip: str(x['vip']) ?? '' }
      put(h, 'options', opts)
      put(h, 'externalIds', ids(x))
      unmodeled('Load_Balancer_Health_Check', label, x)
      checks.push(h)
    }
    put(o, 'healthChecks', checks.sort((a, b) => byText(a['vip'] as string, b['vip'] as string)))
    // ip_port_mappings: "IP" -> "PORT:SOURCE-IP" ("[IPv6]" in brackets)
    const mappings: Obj = {}
    for (const [k, v] of Object.entries(strMap(r['ip_port_mappings']))) {
      const m = /^(.+?):(\[[^\]]+\]|[^:]+)$/.exec(v as string)
      if (m === null) notes.push(`Load_Balancer ${name}: ip_port_mappings ${k}=${v as string} is not PORT:IP: not exported`)
      else mappings[k.replace(/^\[(.*)\]$/, '$1')] = { logicalPort: m[1]!, sourceIp: m[2]!.replace(/^\[(.*)\]$/, '$1') }
    }
    put(o, 'ipPortMappings', mappings)
    put(o, 'selectionFields', sorted(atoms(r['selection_fields']).map(String)))
    put(o, 'options', strMap(r['options']))
    put(o, 'externalIds', ids(r))
    unmodeled('Load_Balancer', `Load_Balancer ${name}`, r)
    loadBalancers.push(o)
  }

  // ---- CoPP, meters, BFD, mirrors, static MAC bindings ------------------------------------
  const copps: Obj[] = []
  const usedMeters = new Set<string>()
  for (const [uuid, r] of rows('Copp')) {
    const name = str(r['name']) ?? ''
    // a policy a selected switch or router uses goes with it, whoever owns it
    if (!selected(r) && !used.copps.has(name)) continue
    exported.add(uuid)
    const meters = strMap(r['meters'])
    for (const m of Object.values(meters)) usedMeters.add(m as string)
    const o: Obj = { name, meters }
    put(o, 'externalIds', ids(r))
    unmodeled('Copp', `Copp ${name}`, r)
    copps.push(o)
  }
  const meters: Obj[] = []
  for (const [uuid, r] of rows('Meter')) {
    const name = str(r['name']) ?? ''
    // a meter a policy names goes with it, whoever owns it
    if (!selected(r) && !usedMeters.has(name)) continue
    if (name.startsWith('__')) {
      notes.push(`Meter ${name}: names starting with __ are OVN's own, which the DSL refuses: not exported`)
      continue
    }
    exported.add(uuid)
    const bands: Obj[] = []
    for (const u of uuids(r['bands'])) {
      const x = row('Meter_Band', u)
      if (x === undefined) continue
      exported.add(u)
      const b: Obj = { rate: Number(opt(x['rate'])) }
      const burst = Number(opt(x['burst_size']) ?? 0)
      if (burst !== 0) b['burstSize'] = burst
      unmodeled('Meter_Band', `Meter_Band ${name} / ${String(b['rate'])}`, x)
      bands.push(b)
    }
    const o: Obj = { name, unit: str(r['unit']) ?? '', bands: bands.sort((a, b) => (a['rate'] as number) - (b['rate'] as number) || ((a['burstSize'] as number) ?? 0) - ((b['burstSize'] as number) ?? 0)) }
    const fair = opt(r['fair'])
    if (typeof fair === 'boolean') o['fair'] = fair
    put(o, 'externalIds', ids(r))
    unmodeled('Meter', `Meter ${name}`, r)
    meters.push(o)
  }
  // the ports this export holds: a BFD session or a static MAC binding on another port
  // cannot be expressed without it (the DSL checks that it names a port of the topology)
  const portsOf = (xs: ReadonlyArray<Obj>): ReadonlyArray<string> => xs.flatMap((w) => ((w['ports'] as ReadonlyArray<Obj> | undefined) ?? []).map((p) => p['name'] as string))
  const heldPorts = new Set([...portsOf(switches), ...portsOf(routers)])
  // a row on a port exported as a generic row is one too (the DSL's checks look for DSL ports)
  const asGeneric = (table: string, uuid: string, r: Row, key: string): void => {
    exported.add(uuid)
    generic.push(genericRow(table, uuid, r, (u) => (exported.has(u) ? namedId(u, (tb, x) => row(tb, x)) : undefined), key))
  }
  const bfds: Obj[] = []
  for (const [uuid, r] of rows('BFD')) {
    if (used.bfds.has(uuid) || exported.has(uuid) || !selected(r)) continue
    const port = str(r['logical_port']) ?? ''
    if (genericPorts.has(port)) {
      asGeneric('BFD', uuid, r, `${port}|${str(r['dst_ip']) ?? ''}`)
      continue
    }
    if (!heldPorts.has(port)) {
      notes.push(`BFD ${port} ${str(r['dst_ip']) ?? ''}: its port ${port} is not in this export: left out (it stays as it is)`)
      continue
    }
    bfds.push(bfdInput(uuid, r))
  }
  const mirrors: Obj[] = []
  for (const [uuid, r] of rows('Mirror')) {
    const name = str(r['name']) ?? ''
    // a mirror a selected port uses goes with it, whoever owns it
    if (!selected(r) && !used.mirrors.has(name)) continue
    exported.add(uuid)
    const o: Obj = { name, type: str(r['type']) ?? '', sink: str(r['sink']) ?? '', filter: str(r['filter']) ?? '' }
    const index = Number(opt(r['index']) ?? 0)
    if (index !== 0) o['index'] = index
    put(o, 'externalIds', ids(r))
    unmodeled('Mirror', `Mirror ${name}`, r)
    mirrors.push(o)
  }
  // Static_MAC_Binding has no external_ids, so no owner: a binding goes with its router port
  const routerPortNames = new Set(rows('Logical_Router_Port').map(([, x]) => str(x['name']) ?? ''))
  const staticMacBindings: Obj[] = []
  for (const [uuid, r] of rows('Static_MAC_Binding')) {
    const port = str(r['logical_port']) ?? ''
    const label = `Static_MAC_Binding ${port} ${str(r['ip']) ?? ''}`
    if (genericPorts.has(port)) {
      asGeneric('Static_MAC_Binding', uuid, r, `${port}|${str(r['ip']) ?? ''}`)
      continue
    }
    if (!heldPorts.has(port)) {
      // with its port, it is that port's owner's; without one, no topology can name it
      if (!routerPortNames.has(port)) notes.push(`${label}: no router port ${port} exists, which the DSL needs it to name: left out (it stays as it is)`)
      continue
    }
    exported.add(uuid)
    const o: Obj = { logicalPort: port, ip: str(r['ip']) ?? '', mac: str(r['mac']) ?? '' }
    if (opt(r['override_dynamic_mac']) === true) o['overrideDynamicMac'] = true
    unmodeled('Static_MAC_Binding', label, r)
    staticMacBindings.push(o)
  }

  // ---- what is left: rows of tables the DSL has no constructor for --------------------------
  // exported as generic rows (`rows`), every column as the database has it; rows of the
  // tables above not exported were not selected, or belong to a row that was not
  for (const t of [...(current.tables ?? [])].sort()) {
    if (NOT_TOPOLOGY.has(t) || t in MODELED) continue
    for (const [uuid, r] of rows(t)) {
      if (exported.has(uuid) || !selected(r)) continue
      generic.push(genericRow(t, uuid, r, (u) => (exported.has(u) ? namedId(u, (tb, x) => row(tb, x)) : undefined)))
      exported.add(uuid)
    }
  }

  const data: Obj = { owner: options.owner }
  const byName = (a: Obj, b: Obj): number => byText(a['name'] as string, b['name'] as string)
  put(data, 'switches', switches.sort(byName))
  put(data, 'routers', routers.sort(byName))
  put(data, 'portGroups', portGroups.sort(byName))
  put(data, 'addressSets', addressSets.sort(byName))
  put(data, 'dhcpOptions', dhcpOptions.sort((a, b) => byText(a['key'] as string, b['key'] as string)))
  put(data, 'haChassisGroups', haChassisGroups.sort(byName))
  put(data, 'dns', dns.sort((a, b) => byText(a['key'] as string, b['key'] as string)))
  put(data, 'loadBalancers', loadBalancers.sort(byName))
  put(data, 'loadBalancerGroups', loadBalancerGroups.sort(byName))
  put(data, 'meters', meters.sort(byName))
  put(data, 'copps', copps.sort(byName))
  put(data, 'bfds', bfds.sort((a, b) => byText(a['logicalPort'] as string, b['logicalPort'] as string) || byText(a['dstIp'] as string, b['dstIp'] as string)))
  put(data, 'mirrors', mirrors.sort(byName))
  put(data, 'staticMacBindings', staticMacBindings.sort((a, b) => byText(a['logicalPort'] as string, b['logicalPort'] as string) || byText(a['ip'] as string, b['ip'] as string)))
  put(data, 'rows', generic.sort((a, b) => byText(a['table'] as string, b['table'] as string) || byText(a['key'] as string, b['key'] as string)))
  return { data, unexpressed: [...new Set(notes)].sort() }
}

/**
 * An export as the text of a file: JSON (two-space indented), or a TypeScript module
 * (`export default {...}`) whose leading comment lists what the export could not
 * express.
 *
 * @category export
 * @since 0.1.0
 * @example
 * import { printExport } from './export.js'
 * printExport({ data: { owner: 'me' }, unexpressed: [] }, 'json') // '{\n  "owner": "me"\n}\n'
 */
export const printExport = (r: ExportResult, format: 'json' | 'ts'): string => {
  const json = JSON.stringify(r.data, null, 2)
  if (format === 'json') return `${json}\n`
  const head = ['// Exported by ovn-nb export: the network as a topology in plain data.']
  if (r.unexpressed.length > 0) head.push('// Not expressed (left out of this file):', ...r.unexpressed.map((u) => `//   ${u}`))
  return `${head.join('\n')}\nexport default ${json}\n`
}
