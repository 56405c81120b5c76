/**
 * The rows switches, routers and ports name: port groups (with their ACLs), address
 * sets, DHCP options, HA chassis groups, DNS record sets and mirrors. Each is exported
 * when selected, and when a selected row names it, whoever owns it. Internal to the
 * export.
 *
 * @module
 */
import { aclList, type Held } from './acls.js'
import type { Context } from './context.js'
import { dhcpFields } from './dhcp.js'
import { atoms, byText, opt, put, sorted, str, strMap, uuidOf, uuids, type Obj } from './values.js'

/** The selected port groups, their ports by name. */
export const exportPortGroups = (cx: Context, h: Held): ReadonlyArray<Obj> => {
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('Port_Group')) {
    if (!cx.selected(r)) continue
    cx.exported.add(uuid)
    const name = str(r['name']) ?? ''
    const o: Obj = { name }
    put(
      o,
      'ports',
      sorted(
        uuids(r['ports']).flatMap((u) => {
          const n = cx.nameIn('Logical_Switch_Port', u)
          return n === undefined ? [] : [n]
        }),
      ),
    )
    put(o, 'acls', aclList(cx, h, name, r['acls']))
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Port_Group', `Port_Group ${name}`, r)
    out.push(o)
  }
  return out
}

/** The selected address sets, and those a selected NAT rule names. */
export const exportAddressSets = (cx: Context): ReadonlyArray<Obj> => {
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('Address_Set')) {
    if (!cx.selected(r) && !cx.used.addressSets.has(str(r['name']) ?? '')) continue
    cx.exported.add(uuid)
    const name = str(r['name']) ?? ''
    const o: Obj = { name }
    put(o, 'addresses', sorted(atoms(r['addresses']).map(String)))
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Address_Set', `Address_Set ${name}`, r)
    out.push(o)
  }
  return out
}

/** The selected DHCP options, and those an exported port uses; each with its key. */
export const exportDhcpOptions = (cx: Context): ReadonlyArray<Obj> => {
  // the options the ports exported so far use
  const usedByPorts = new Set<string>()
  for (const u of cx.exported) {
    const p = cx.row('Logical_Switch_Port', u)
    if (p === undefined) continue
    for (const c of ['dhcpv4_options', 'dhcpv6_options']) {
      const d = uuidOf(opt(p[c]))
      if (d !== undefined) usedByPorts.add(d)
    }
  }
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('DHCP_Options')) {
    if (!cx.selected(r) && !usedByPorts.has(uuid)) continue
    cx.exported.add(uuid)
    const o: Obj = { key: cx.dhcpKeys.get(uuid)!, cidr: str(r['cidr']) ?? '' }
    // typed where the DSL prints the value back as stored, as written (extra) elsewhere
    const { field, typed, extra } = dhcpFields(o['cidr'] as string, strMap(r['options']) as Record<string, string>)
    put(o, field, typed)
    if (Object.keys(extra).length > 0) {
      o['extra'] = extra
      o['force'] = true
    }
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('DHCP_Options', `DHCP_Options ${o['key'] as string}`, r)
    out.push(o)
  }
  return out
}

/** The selected HA chassis groups, and those an exported port (`ports`) names. */
export const exportHaChassisGroups = (cx: Context, ports: ReadonlyArray<Obj>): ReadonlyArray<Obj> => {
  const usedGroups = new Set(ports.flatMap((p) => (typeof p['haChassisGroup'] === 'string' ? [p['haChassisGroup']] : [])))
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('HA_Chassis_Group')) {
    const name = str(r['name']) ?? ''
    if (!cx.selected(r) && !usedGroups.has(name)) continue
    cx.exported.add(uuid)
    const chassis: Obj[] = []
    for (const u of uuids(r['ha_chassis'])) {
      const c = cx.row('HA_Chassis', u)
      if (c === undefined) continue
      cx.exported.add(u)
      cx.unmodeled('HA_Chassis', `HA_Chassis ${name} / ${str(c['chassis_name']) ?? u}`, c)
      chassis.push({ chassisName: str(c['chassis_name']) ?? '', priority: Number(opt(c['priority']) ?? 0) })
    }
    const o: Obj = { name }
    put(o, 'chassis', chassis.sort((a, b) => (b['priority'] as number) - (a['priority'] as number) || byText(a['chassisName'] as string, b['chassisName'] as string)))
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('HA_Chassis_Group', `HA_Chassis_Group ${name}`, r)
    out.push(o)
  }
  return out
}

/** The selected DNS record sets, and those an exported switch names (by key). */
export const exportDns = (cx: Context, switches: ReadonlyArray<Obj>): ReadonlyArray<Obj> => {
  const usedKeys = new Set(switches.flatMap((o) => (o['dnsRecords'] as ReadonlyArray<string> | undefined) ?? []))
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('DNS')) {
    if (!cx.selected(r) && !usedKeys.has(cx.dnsKeys.get(uuid)!)) continue
    cx.exported.add(uuid)
    const records: Obj = {}
    for (const [k, v] of Object.entries(strMap(r['records']))) records[k] = (v as string).split(' ').filter((x) => x !== '')
    const o: Obj = { key: cx.dnsKeys.get(uuid)!, records }
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('DNS', `DNS ${o['key'] as string}`, r)
    out.push(o)
  }
  return out
}

/** The selected mirrors, and those an exported port names. */
export const exportMirrors = (cx: Context): ReadonlyArray<Obj> => {
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('Mirror')) {
    const name = str(r['name']) ?? ''
    if (!cx.selected(r) && !cx.used.mirrors.has(name)) continue
    cx.exported.add(uuid)
    const o: Obj = { name, type: str(r['type']) ?? '', sink: str(r['sink']) ?? '', filter: str(r['filter']) ?? '' }
    const index = Number(opt(r['index']) ?? 0)
    if (index !== 0) o['index'] = index
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Mirror', `Mirror ${name}`, r)
    out.push(o)
  }
  return out
}
