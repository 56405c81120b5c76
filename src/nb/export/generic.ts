/**
 * Rows in the generic row form (`{ table, key, columns }`, every column as the database
 * has it): rows of tables the DSL has no constructor for, and a router the DSL would
 * refuse but OVN accepts, exported as it is with every row it holds. Internal to the
 * export.
 *
 * @module
 */
import type { Row, Value } from '../../ovsdb/wire/datum.js'
import type { Atom } from '../../ovsdb/wire/atom.js'
import { model } from '../generated/index.js'
import { STATE } from './columns.js'
import { byText, MARKS, opt, pairs, str, uuidOf, uuids, type Json, type Obj } from './values.js'

/** Reads a row of a table by UUID. */
export type RowOf = (table: string, uuid: string | undefined) => Row | undefined
/** The id an exported row has in the topology, by UUID (undefined: not exported). */
type IdOf = (uuid: string) => string | undefined

const isGatewayPort = (p: Row): boolean => uuids(p['gateway_chassis']).length > 0 || uuidOf(opt(p['ha_chassis_group'])) !== undefined

/**
 * Why the DSL would refuse a router OVN accepts (router.ts's checks), or undefined: NAT on
 * a router with neither a chassis nor a distributed gateway port (ovn-northd ignores such
 * NAT), load balancers on a router with several distributed gateway ports.
 */
export const dslRefuses = (r: Row, rowOf: RowOf): string | undefined => {
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
const NAMED = ['Logical_Switch', 'Logical_Switch_Port', 'Logical_Router', 'Logical_Router_Port', 'Gateway_Chassis', 'Load_Balancer', 'Load_Balancer_Group', 'Copp', 'HA_Chassis_Group', 'Address_Set', 'Port_Group', 'Meter', 'Mirror']

/** The id the DSL gives a row it names (`Table:name`), for a reference from a generic row. */
export const namedId = (u: string, rowOf: RowOf): string | undefined => {
  for (const t of NAMED) {
    const x = rowOf(t, u)
    const n = x === undefined ? undefined : str(x['name'])
    if (n !== undefined && n !== '') return `${t}:${n}`
  }
  return undefined
}

/** A column value in the generic row form: sets as lists, maps as objects, references as `["ref", id]`. */
const plainValue = (v: Value, idOf: IdOf, unresolved: (uuid: string) => Json = (u) => ['ref', u]): Json | undefined => {
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

type TableModels = Readonly<Record<string, { readonly columns: Readonly<Record<string, { readonly kind: string }>> }>>

/**
 * A column value in the generic row form, as `row` takes it for that column: an
 * optional column (at most one element) that holds a value gives the value, not a list.
 */
const columnValue = (table: string, column: string, v: Value, idOf: IdOf, unresolved?: (uuid: string) => Json): Json | undefined => {
  const tm = Object.prototype.hasOwnProperty.call(model.tables, table) ? (model.tables as TableModels)[table] : undefined
  const optional = tm !== undefined && Object.prototype.hasOwnProperty.call(tm.columns, column) && tm.columns[column]!.kind === 'optional'
  const x = optional && Array.isArray(v) && v[0] === 'set' && (v[1] as ReadonlyArray<Atom>).length === 1 ? ((v[1] as ReadonlyArray<Atom>)[0] as Value) : v
  return plainValue(x, idOf, unresolved)
}

/**
 * A row's columns in the generic row form: every column as the database has it, but its
 * identity and version, state columns, the owner's marks, and empty sets (and maps, with
 * `dropEmptyMaps`: JSON has no "none", so an empty column is not managed, not changed).
 */
const columnsOf = (table: string, x: Row, idOf: IdOf, dropEmptyMaps: boolean, unresolved?: (uuid: string) => Json): Obj => {
  const columns: Obj = {}
  for (const c of Object.keys(x).sort()) {
    if (c === '_uuid' || c === '_version' || STATE.has(`${table}.${c}`)) continue
    const v = c === 'external_ids' ? (['map', pairs(x[c]).filter((p) => !MARKS.has(String(p[0])))] as Value) : x[c]!
    if (Array.isArray(v) && (v[0] === 'set' || (dropEmptyMaps && v[0] === 'map')) && (v[1] as ReadonlyArray<unknown>).length === 0) continue
    const pv = columnValue(table, c, v, idOf, unresolved)
    if (pv !== undefined) columns[c] = pv
  }
  return columns
}

/**
 * One row of a table the DSL has no constructor for, as a generic row: keyed by its name
 * (or `chassis`, Chassis_Template_Var's index; else its UUID), every column as the
 * database has it (the owner's marks aside), a reference to a row the export names as
 * `["ref", id]`, to any other as its UUID (the row stays where it is).
 */
export const genericRow = (table: string, uuid: string, x: Row, idOf: IdOf, key: string = str(x['name']) || str(x['chassis']) || uuid): Obj => ({
  table,
  key,
  columns: columnsOf(table, x, idOf, true, (u) => ['uuid', u]),
})

/**
 * A router and every row it holds (ports and their gateway chassis, routes, policies,
 * NAT, a route's BFD session), each as a generic row `{ table, key, columns }`,
 * references by the id of the row referred to; each is added to `exported`.
 */
export const routerRows = (uuid: string, r: Row, rowOf: RowOf, exported: Set<string>): ReadonlyArray<Obj> => {
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
    return { table, key, columns: columnsOf(table, x, idOf, false) }
  })
}
