/**
 * Routers with their ports (and gateway chassis), static routes (and a route's BFD
 * session), policies and NAT; a router the DSL would refuse goes in the generic row
 * form. Internal to the export.
 *
 * @module
 */
import type { Row, Value } from '../../ovsdb/wire/datum.js'
import type { Context } from './context.js'
import { dslRefuses, routerRows } from './generic.js'
import { atoms, byName, byText, opt, put, putBool, sorted, str, strMap, uuidOf, uuids, type Obj } from './values.js'

/** A BFD row as a `bfd` input (a route's, or an entry of `bfds`). */
export const bfdInput = (cx: Context, uuid: string, x: Row): Obj => {
  cx.exported.add(uuid)
  const o: Obj = { logicalPort: str(x['logical_port']) ?? '', dstIp: str(x['dst_ip']) ?? '' }
  for (const [c, f] of [['min_tx', 'minTx'], ['min_rx', 'minRx'], ['detect_mult', 'detectMult']] as const) {
    const n = opt(x[c])
    if (typeof n === 'number') o[f] = n
  }
  put(o, 'options', strMap(x['options']))
  put(o, 'externalIds', cx.ids(x))
  cx.unmodeled('BFD', `BFD ${o['logicalPort'] as string} ${o['dstIp'] as string}`, x)
  cx.used.bfds.add(uuid)
  return o
}

const routerPort = (cx: Context, uuid: string): Obj | undefined => {
  const r = cx.row('Logical_Router_Port', uuid)
  if (r === undefined) return undefined
  cx.exported.add(uuid)
  const name = str(r['name']) ?? ''
  const o: Obj = { name, mac: str(r['mac']) ?? '', networks: sorted(atoms(r['networks']).map(String)) }
  put(o, 'peer', str(r['peer']))
  const gcs: Obj[] = []
  for (const g of uuids(r['gateway_chassis'])) {
    const gr = cx.row('Gateway_Chassis', g)
    if (gr === undefined) continue
    cx.exported.add(g)
    const chassisName = str(gr['chassis_name']) ?? ''
    // the DSL names a gateway chassis PORT-CHASSIS, as ovn-nbctl does
    if (str(gr['name']) !== `${name}-${chassisName}`) cx.note(`Gateway_Chassis ${str(gr['name']) ?? g}: its name is not ${name}-${chassisName}, which the DSL gives it: exported under that name`)
    cx.unmodeled('Gateway_Chassis', `Gateway_Chassis ${str(gr['name']) ?? g}`, gr)
    gcs.push({ chassisName, priority: Number(opt(gr['priority']) ?? 0) })
  }
  put(o, 'gatewayChassis', gcs.sort((a, b) => (b['priority'] as number) - (a['priority'] as number) || byText(a['chassisName'] as string, b['chassisName'] as string)))
  cx.haGroup(`Logical_Router_Port ${name}`, o, r['ha_chassis_group'])
  put(o, 'ipv6RaConfigs', strMap(r['ipv6_ra_configs']))
  put(o, 'ipv6Prefix', sorted(atoms(r['ipv6_prefix']).map(String)))
  putBool(o, 'enabled', r['enabled'])
  put(o, 'options', strMap(r['options']))
  put(o, 'externalIds', cx.ids(r))
  cx.unmodeled('Logical_Router_Port', `Logical_Router_Port ${name}`, r)
  return o
}

const staticRoutes = (cx: Context, name: string, v: Value | undefined): ReadonlyArray<Obj> => {
  const routes: Obj[] = []
  for (const u of uuids(v)) {
    const x = cx.row('Logical_Router_Static_Route', u)
    if (x === undefined) continue
    cx.exported.add(u)
    const s: Obj = { ipPrefix: str(x['ip_prefix']) ?? '', nexthop: str(x['nexthop']) ?? '' }
    put(s, 'policy', str(x['policy']))
    put(s, 'routeTable', str(x['route_table']) || undefined)
    put(s, 'outputPort', str(x['output_port']))
    const b = uuidOf(opt(x['bfd']))
    const br = cx.row('BFD', b)
    if (b !== undefined && br !== undefined) s['bfd'] = bfdInput(cx, b, br)
    put(s, 'options', strMap(x['options']))
    put(s, 'externalIds', cx.ids(x))
    cx.unmodeled('Logical_Router_Static_Route', `Logical_Router_Static_Route ${name} / ${s['ipPrefix'] as string} ${s['nexthop'] as string}`, x)
    routes.push(s)
  }
  return routes.sort((a, b) => byText(JSON.stringify(a), JSON.stringify(b)))
}

const policies = (cx: Context, name: string, v: Value | undefined): ReadonlyArray<Obj> => {
  const out: Obj[] = []
  for (const u of uuids(v)) {
    const x = cx.row('Logical_Router_Policy', u)
    if (x === undefined) continue
    cx.exported.add(u)
    const s: Obj = { priority: Number(opt(x['priority'])), match: str(x['match']) ?? '', action: str(x['action']) ?? '' }
    put(s, 'nexthops', sorted(atoms(x['nexthops']).map(String)))
    put(s, 'options', strMap(x['options']))
    put(s, 'externalIds', cx.ids(x))
    cx.unmodeled('Logical_Router_Policy', `Logical_Router_Policy ${name} / ${String(s['priority'])} ${JSON.stringify(s['match'])}`, x)
    out.push(s)
  }
  return out.sort((a, b) => (b['priority'] as number) - (a['priority'] as number) || byText(a['match'] as string, b['match'] as string))
}

const natRules = (cx: Context, name: string, v: Value | undefined): ReadonlyArray<Obj> => {
  const nat: Obj[] = []
  for (const u of uuids(v)) {
    const x = cx.row('NAT', u)
    if (x === undefined) continue
    cx.exported.add(u)
    const s: Obj = { type: str(x['type']) ?? '', externalIp: str(x['external_ip']) ?? '', logicalIp: str(x['logical_ip']) ?? '' }
    put(s, 'logicalPort', str(x['logical_port']))
    put(s, 'externalMac', str(x['external_mac']))
    put(s, 'externalPortRange', str(x['external_port_range']) || undefined)
    const gp = uuidOf(opt(x['gateway_port']))
    if (gp !== undefined) put(s, 'gatewayPort', cx.nameIn('Logical_Router_Port', gp))
    const label = `NAT ${name} / ${s['type'] as string} ${s['externalIp'] as string} ${s['logicalIp'] as string}`
    put(s, 'allowedExtIps', cx.nameOf(label, 'allowed_ext_ips', 'Address_Set', x['allowed_ext_ips'], cx.used.addressSets))
    put(s, 'exemptedExtIps', cx.nameOf(label, 'exempted_ext_ips', 'Address_Set', x['exempted_ext_ips'], cx.used.addressSets))
    put(s, 'options', strMap(x['options']))
    put(s, 'externalIds', cx.ids(x))
    cx.unmodeled('NAT', label, x)
    nat.push(s)
  }
  return nat.sort((a, b) => byText(a['type'] as string, b['type'] as string) || byText(a['externalIp'] as string, b['externalIp'] as string) || byText(a['logicalIp'] as string, b['logicalIp'] as string))
}

/** The routers the export takes: those the DSL expresses, and the others as generic rows. */
export interface Routers {
  readonly routers: ReadonlyArray<Obj>
  /** The generic rows of the routers the DSL would refuse (the router's row carries the finding as `warning`). */
  readonly generic: ReadonlyArray<Obj>
  /** The names of the router ports exported as generic rows: BFD sessions and static MAC bindings on them are too. */
  readonly genericPorts: ReadonlySet<string>
}

/**
 * A router the DSL would refuse but OVN accepts, exported as it is in the generic row
 * form; the router's row carries the DSL's finding, which plan and apply show as a
 * warning.
 */
const refusedRouter = (cx: Context, uuid: string, r: Row, refused: string, generic: Obj[], genericPorts: Set<string>): void => {
  const name = str(r['name']) ?? ''
  cx.note(`Logical_Router ${name}: exported as it is, in the generic row form (rows): the DSL would refuse it (${refused})`)
  const rs = routerRows(uuid, r, (t, u) => cx.row(t, u), cx.exported)
  generic.push(...rs.map((g) => (g['table'] === 'Logical_Router' ? { ...g, warning: `the DSL would refuse this router (${refused}); it is sent as it is` } : g)))
  // the address sets its NAT rules name go with it, as with a router the DSL takes
  for (const u of uuids(r['nat'])) for (const c of ['allowed_ext_ips', 'exempted_ext_ips']) cx.nameOf(`Logical_Router ${name}`, c, 'Address_Set', cx.row('NAT', u)?.[c], cx.used.addressSets)
  for (const g of rs) if (g['table'] === 'Logical_Router_Port') genericPorts.add(String((g['columns'] as Obj)['name']))
}

/** The selected routers. */
export const exportRouters = (cx: Context): Routers => {
  const routers: Obj[] = []
  const generic: Obj[] = []
  const genericPorts = new Set<string>()
  for (const [uuid, r] of cx.rows('Logical_Router')) {
    if (!cx.selected(r)) continue
    cx.exported.add(uuid)
    const refused = dslRefuses(r, (t, u) => cx.row(t, u))
    if (refused !== undefined) {
      refusedRouter(cx, uuid, r, refused, generic, genericPorts)
      continue
    }
    const name = str(r['name']) ?? ''
    const label = `Logical_Router ${name}`
    const o: Obj = { name }
    put(
      o,
      'ports',
      uuids(r['ports'])
        .flatMap((u) => {
          const p = routerPort(cx, u)
          return p === undefined ? [] : [p]
        })
        .sort(byName),
    )
    put(o, 'staticRoutes', staticRoutes(cx, name, r['static_routes']))
    put(o, 'policies', policies(cx, name, r['policies']))
    put(o, 'nat', natRules(cx, name, r['nat']))
    put(o, 'loadBalancers', cx.lbNames(label, r['load_balancer']))
    put(o, 'loadBalancerGroups', cx.namesOf(label, 'load_balancer_group', 'Load_Balancer_Group', r['load_balancer_group'], cx.used.lbGroups))
    put(o, 'copp', cx.nameOf(label, 'copp', 'Copp', r['copp'], cx.used.copps))
    putBool(o, 'enabled', r['enabled'])
    put(o, 'options', strMap(r['options']))
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Logical_Router', label, r)
    routers.push(o)
  }
  return { routers, generic, genericPorts }
}
