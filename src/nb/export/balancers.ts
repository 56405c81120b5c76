/**
 * Load balancers (with their health checks and IP port mappings) and load balancer
 * groups. Internal to the export.
 *
 * Load_Balancer_Group has no external_ids, so no owner: a group goes with the switches
 * and routers that use it, and one nobody uses with an export of unowned rows; a load
 * balancer in an exported group goes with it, whoever owns it.
 *
 * @module
 */
import type { Row } from '../../ovsdb/wire/datum.js'
import type { Context } from './context.js'
import { atoms, byText, pairs, put, sorted, str, strMap, uuids, type Obj } from './values.js'

/** The load balancer groups the export takes, and the names of the load balancers in them. */
export interface Groups {
  readonly groups: ReadonlyArray<Obj>
  readonly grouped: ReadonlySet<string>
}

/** The groups an exported switch or router names, and (exporting rows of nobody) those nobody uses. */
export const exportLbGroups = (cx: Context): Groups => {
  const groups: Obj[] = []
  const grouped = new Set<string>()
  const users = new Set([...cx.rows('Logical_Switch'), ...cx.rows('Logical_Router')].flatMap(([, r]) => uuids(r['load_balancer_group'])))
  for (const [uuid, r] of cx.rows('Load_Balancer_Group')) {
    const name = str(r['name']) ?? ''
    if (!cx.used.lbGroups.has(name) && (cx.options.select._tag === 'Owner' || users.has(uuid))) continue
    cx.exported.add(uuid)
    const o: Obj = { name }
    put(o, 'loadBalancers', cx.namesOf(`Load_Balancer_Group ${name}`, 'load_balancer', 'Load_Balancer', r['load_balancer'], grouped))
    cx.unmodeled('Load_Balancer_Group', `Load_Balancer_Group ${name}`, r)
    groups.push(o)
  }
  return { groups, grouped }
}

/** The health check options the DSL takes (loadBalancer.ts). */
const HC_OPTIONS: ReadonlySet<string> = new Set(['interval', 'timeout', 'success_count', 'failure_count'])

/** A load balancer's health checks; one with an option the DSL does not take is left out, and said. */
const healthChecks = (cx: Context, name: string, r: Row): ReadonlyArray<Obj> => {
  const checks: Obj[] = []
  for (const u of uuids(r['health_check'])) {
    const x = cx.row('Load_Balancer_Health_Check', u)
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
      cx.note(`${label}: option ${odd} is not one the DSL takes (${[...HC_OPTIONS].join(', ')}, positive integers): the health check is left out (it stays as it is)`)
      continue
    }
    cx.exported.add(u)
    const h: Obj = { vip: str(x['vip']) ?? '' }
    put(h, 'options', opts)
    put(h, 'externalIds', cx.ids(x))
    cx.unmodeled('Load_Balancer_Health_Check', label, x)
    checks.push(h)
  }
  return checks.sort((a, b) => byText(a['vip'] as string, b['vip'] as string))
}

/** ip_port_mappings: "IP" -> "PORT:SOURCE-IP" ("[IPv6]" in brackets). */
const ipPortMappings = (cx: Context, name: string, r: Row): Obj => {
  const mappings: Obj = {}
  for (const [k, v] of Object.entries(strMap(r['ip_port_mappings']))) {
    const m = /^(.+?):(\[[^\]]+\]|[^:]+)$/.exec(v as string)
    if (m === null) cx.note(`Load_Balancer ${name}: ip_port_mappings ${k}=${v as string} is not PORT:IP: not exported`)
    else mappings[k.replace(/^\[(.*)\]$/, '$1')] = { logicalPort: m[1]!, sourceIp: m[2]!.replace(/^\[(.*)\]$/, '$1') }
  }
  return mappings
}

/** The selected load balancers, and those in an exported group (`grouped`, by name). */
export const exportLoadBalancers = (cx: Context, grouped: ReadonlySet<string>): ReadonlyArray<Obj> => {
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('Load_Balancer')) {
    if (!cx.selected(r) && !grouped.has(str(r['name']) ?? '')) continue
    cx.exported.add(uuid)
    const name = str(r['name']) ?? ''
    const vips: Obj = {}
    for (const [k, v] of [...pairs(r['vips'])].sort((a, b) => byText(String(a[0]), String(b[0])))) vips[String(k)] = String(v) === '' ? [] : String(v).split(',')
    const o: Obj = { name, vips }
    put(o, 'protocol', str(r['protocol']))
    put(o, 'healthChecks', healthChecks(cx, name, r))
    put(o, 'ipPortMappings', ipPortMappings(cx, name, r))
    put(o, 'selectionFields', sorted(atoms(r['selection_fields']).map(String)))
    put(o, 'options', strMap(r['options']))
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Load_Balancer', `Load_Balancer ${name}`, r)
    out.push(o)
  }
  return out
}
