/**
 * export: the Northbound database -> a topology in the plain-data form (each DSL
 * constructor's input, nested values as nested objects, references by name): switches
 * with their ports, ACLs, QoS rules and DNS records (by key), routers with their ports
 * (gateway chassis), static routes, policies and NAT, port groups with ACLs and their
 * ports by name, address sets, DHCP options (each with a `key`, which ports name; typed
 * where the DSL prints them back as stored), load balancers with their health checks (by
 * name from switches, routers and load balancer groups), meters, CoPP policies, BFD
 * sessions, mirrors, forwarding groups, static MAC bindings, and rows of tables the DSL
 * has no constructor for as generic rows. Pure: rows in, data and the list of what it
 * could not express out.
 *
 * Nothing is dropped silently: a column with a value the DSL has no field for, a
 * reference it cannot name, a row it cannot express, each is one line of
 * {@link ExportResult.unexpressed}, saying why. Columns ovn-northd writes (a port's `up`
 * and `dynamic_addresses`, a BFD session's `status`) are state, not configuration, and
 * are left out by design. The marks of owned rows (`ovn-nb/owner`, `ovn-nb/id`,
 * `ovn-nb/managed`) are the engine's and are left out too: it writes them again for the
 * topology's owner.
 *
 * Deterministic: every list is sorted (by name, or by the fields that identify the
 * item), every object's fields come in one fixed order, so the same database gives the
 * same bytes.
 *
 * The export runs in phases, one module per family of tables, in an order where each
 * phase sees what the earlier ones took: switches and routers first (they name DHCP
 * options, HA chassis groups, DNS records, load balancer groups, CoPP policies, mirrors
 * and address sets, which go with them whoever owns them), then the rows they name, then
 * the rows that name ports, and last the rows of tables the DSL has no constructor for.
 *
 * @module
 */
import { held } from './acls.js'
import { exportLbGroups, exportLoadBalancers } from './balancers.js'
import { NOT_TOPOLOGY, MODELED } from './columns.js'
import { Context } from './context.js'
import { exportAddressSets, exportDhcpOptions, exportDns, exportHaChassisGroups, exportMirrors, exportPortGroups } from './groups.js'
import { exportCopps, exportMeters } from './meters.js'
import type { ExportOptions, ExportResult, ExportSource } from './model.js'
import { asGeneric, exportBfds, exportStaticMacBindings } from './portRows.js'
import { exportRouters } from './routers.js'
import { exportSwitches } from './switches.js'
import { byName, byText, put, type Obj } from './values.js'

export type { ExportOptions, ExportResult, ExportSelection, ExportSource } from './model.js'

/** The ports of switches or routers in the plain data. */
const portsOf = (xs: ReadonlyArray<Obj>): ReadonlyArray<Obj> => xs.flatMap((w) => (w['ports'] as ReadonlyArray<Obj> | undefined) ?? [])

/**
 * The network the database holds, as a topology in plain data; see the module
 * description.
 *
 * @category export
 * @since 0.1.0
 * @example
 * import { exportTopology } from './index.js'
 * import type { CurrentState } from '../../plan/plan.js'
 * declare const current: CurrentState
 * const r = exportTopology({ rows: current.rows, tables: ['Logical_Switch'] }, { owner: 'me', select: { _tag: 'Unowned' } })
 * // { data: { owner: 'me', switches: [{ name: 'sw0', ports: [...] }], ... }, unexpressed: [] }
 */
export const exportTopology = (source: ExportSource, options: ExportOptions): ExportResult => {
  const cx = new Context(source, options)
  const h = held(cx)
  // switches and routers, and what they name
  const switches = exportSwitches(cx, h)
  const { routers, generic: routerRows, genericPorts } = exportRouters(cx)
  const generic: Obj[] = [...routerRows]
  const portGroups = exportPortGroups(cx, h)
  const addressSets = exportAddressSets(cx)
  const dhcpOptions = exportDhcpOptions(cx)
  const haChassisGroups = exportHaChassisGroups(cx, [...portsOf(switches), ...portsOf(routers)])
  const dns = exportDns(cx, switches)
  const lbGroups = exportLbGroups(cx)
  const loadBalancers = exportLoadBalancers(cx, lbGroups.grouped)
  const copps = exportCopps(cx)
  const meters = exportMeters(cx, copps.meters)
  // the rows that name a port of the export
  const ports = { held: new Set([...portsOf(switches), ...portsOf(routers)].map((p) => p['name'] as string)), generic: genericPorts }
  const bfds = exportBfds(cx, ports, generic)
  const mirrors = exportMirrors(cx)
  const staticMacBindings = exportStaticMacBindings(cx, ports, generic)
  // what is left: rows of tables the DSL has no constructor for, as generic rows, every
  // column as the database has it; rows of the tables above not exported were not
  // selected, or belong to a row that was not
  for (const t of [...(source.tables ?? [])].sort()) {
    if (NOT_TOPOLOGY.has(t) || t in MODELED) continue
    for (const [uuid, r] of cx.rows(t)) if (!cx.exported.has(uuid) && cx.selected(r)) generic.push(asGeneric(cx, t, uuid, r))
  }

  const data: Obj = { owner: options.owner }
  const byKey = (a: Obj, b: Obj): number => byText(a['key'] as string, b['key'] as string)
  put(data, 'switches', [...switches].sort(byName))
  put(data, 'routers', [...routers].sort(byName))
  put(data, 'portGroups', [...portGroups].sort(byName))
  put(data, 'addressSets', [...addressSets].sort(byName))
  put(data, 'dhcpOptions', [...dhcpOptions].sort(byKey))
  put(data, 'haChassisGroups', [...haChassisGroups].sort(byName))
  put(data, 'dns', [...dns].sort(byKey))
  put(data, 'loadBalancers', [...loadBalancers].sort(byName))
  put(data, 'loadBalancerGroups', [...lbGroups.groups].sort(byName))
  put(data, 'meters', [...meters].sort(byName))
  put(data, 'copps', [...copps.copps].sort(byName))
  put(data, 'bfds', [...bfds].sort((a, b) => byText(a['logicalPort'] as string, b['logicalPort'] as string) || byText(a['dstIp'] as string, b['dstIp'] as string)))
  put(data, 'mirrors', [...mirrors].sort(byName))
  put(data, 'staticMacBindings', [...staticMacBindings].sort((a, b) => byText(a['logicalPort'] as string, b['logicalPort'] as string) || byText(a['ip'] as string, b['ip'] as string)))
  put(data, 'rows', generic.sort((a, b) => byText(a['table'] as string, b['table'] as string) || byKey(a, b)))
  return { data, unexpressed: [...new Set(cx.notes)].sort() }
}

/**
 * An export as the text of a file: JSON (two-space indented), or a TypeScript module
 * (`export default {...}`) whose leading comment lists what the export could not
 * express.
 *
 * @category export
 * @since 0.1.0
 * @example
 * import { printExport } from './index.js'
 * printExport({ data: { owner: 'me' }, unexpressed: [] }, 'json') // '{\n  "owner": "me"\n}\n'
 */
export const printExport = (r: ExportResult, format: 'json' | 'ts'): string => {
  const json = JSON.stringify(r.data, null, 2)
  if (format === 'json') return `${json}\n`
  const head = ['// Exported by ovn-nb export: the network as a topology in plain data.']
  if (r.unexpressed.length > 0) head.push('// Not expressed (left out of this file):', ...r.unexpressed.map((u) => `//   ${u}`))
  return `${head.join('\n')}\nexport default ${json}\n`
}
