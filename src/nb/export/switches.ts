/**
 * Switches with their ports, ACLs, QoS rules, forwarding groups and references (DNS
 * records by key, load balancers, groups and CoPP by name). Internal to the export.
 *
 * @module
 */
import type { Row, Value } from '../../ovsdb/wire/datum.js'
import { aclList, type Held } from './acls.js'
import type { Context } from './context.js'
import { atoms, byName, byText, opt, pairs, put, putBool, sorted, str, strMap, uuidOf, uuids, type Obj } from './values.js'

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

const switchPort = (cx: Context, uuid: string): Obj | undefined => {
  const r = cx.row('Logical_Switch_Port', uuid)
  if (r === undefined) return undefined
  cx.exported.add(uuid)
  const name = str(r['name']) ?? ''
  const o: Obj = { name }
  put(o, 'type', str(r['type']) || undefined)
  put(o, 'addresses', sorted(atoms(r['addresses']).map(String)))
  put(o, 'portSecurity', sorted(atoms(r['port_security']).map(String)))
  for (const [col, field] of [['dhcpv4_options', 'dhcpv4Options'], ['dhcpv6_options', 'dhcpv6Options']] as const) {
    const d = uuidOf(opt(r[col]))
    if (d === undefined) continue
    const key = cx.dhcpKeys.get(d)
    if (key === undefined) cx.note(`Logical_Switch_Port ${name}: ${col} refers to a DHCP_Options row that does not exist (${d}): not exported`)
    else o[field] = key
  }
  // with a tag request, the tag is ovn-northd's answer to it (state, not configuration)
  const tag = opt(r['tag'])
  const tagRequest = opt(r['tag_request'])
  if (typeof tagRequest === 'number') o['tagRequest'] = tagRequest
  else if (typeof tag === 'number') o['tag'] = tag
  put(o, 'parentName', str(r['parent_name']))
  cx.haGroup(`Logical_Switch_Port ${name}`, o, r['ha_chassis_group'])
  put(o, 'mirrorRules', cx.namesOf(`Logical_Switch_Port ${name}`, 'mirror_rules', 'Mirror', r['mirror_rules'], cx.used.mirrors))
  putBool(o, 'enabled', r['enabled'])
  // the options the DSL has typed fields for go there (a router port's routerPort is required)
  const options = strMap(r['options'])
  for (const [key, field] of PORT_OPTIONS) {
    const v = options[key]
    if (typeof v !== 'string') continue
    o[field] = key === 'virtual-parents' ? v.split(',').filter((x) => x !== '') : v
    delete options[key]
  }
  put(o, 'options', options)
  put(o, 'externalIds', cx.ids(r))
  cx.unmodeled('Logical_Switch_Port', `Logical_Switch_Port ${name}`, r)
  return o
}

/** The ports of a list of UUIDs, sorted by name. */
const portList = (cx: Context, us: ReadonlyArray<string>): ReadonlyArray<Obj> =>
  us
    .flatMap((u) => {
      const p = switchPort(cx, u)
      return p === undefined ? [] : [p]
    })
    .sort(byName)

/**
 * A switch of another owner that holds rows of nobody (a port ovn-nbctl added to it):
 * its ports are exported in the switch as a shared one (`shared: true`), which a plan
 * only adds to and never takes from its owner, so that they are adopted and the switch
 * stays its owner's. Its other children of nobody (ACLs, QoS rules, forwarding groups)
 * have no such form: said, with how to take them.
 */
const othersSwitch = (cx: Context, r: Row): Obj | undefined => {
  const name = str(r['name']) ?? ''
  const owner = cx.ownerOf(r) ?? ''
  const ofNobody = (table: string, column: string): ReadonlyArray<string> =>
    uuids(r[column]).filter((u) => {
      const x = cx.row(table, u)
      return x !== undefined && cx.selected(x)
    })
  for (const [table, column] of [['ACL', 'acls'], ['QoS', 'qos_rules'], ['Forwarding_Group', 'forwarding_groups']] as const) {
    const n = ofNobody(table, column).length
    if (n > 0) cx.note(`Logical_Switch ${name}: ${n} ${table} row${n === 1 ? '' : 's'} of nobody in this switch of owner ${owner}: left out (export with --all, or --owner ${owner}, to take them with the switch)`)
  }
  const ports = ofNobody('Logical_Switch_Port', 'ports')
  return ports.length === 0 ? undefined : { name, shared: true, ports: portList(cx, ports) }
}

const byRule = (a: Obj, b: Obj): number => byText(a['direction'] as string, b['direction'] as string) || (b['priority'] as number) - (a['priority'] as number) || byText(a['match'] as string, b['match'] as string)

const qosRules = (cx: Context, name: string, v: Value | undefined): ReadonlyArray<Obj> => {
  const nums = (x: Value | undefined): Obj => Object.fromEntries([...pairs(x)].sort((a, b) => byText(String(a[0]), String(b[0]))).map(([k, n]) => [String(k), Number(n)]))
  const qos: Obj[] = []
  for (const u of uuids(v)) {
    const x = cx.row('QoS', u)
    if (x === undefined) continue
    cx.exported.add(u)
    const q: Obj = { direction: str(x['direction']) ?? '', priority: Number(opt(x['priority'])), match: str(x['match']) ?? '' }
    put(q, 'action', nums(x['action']))
    put(q, 'bandwidth', nums(x['bandwidth']))
    put(q, 'externalIds', cx.ids(x))
    cx.unmodeled('QoS', `QoS ${name} ${q['direction'] as string} ${String(q['priority'])} ${JSON.stringify(q['match'])}`, x)
    qos.push(q)
  }
  return qos.sort(byRule)
}

const forwardingGroups = (cx: Context, name: string, v: Value | undefined): ReadonlyArray<Obj> => {
  const fgs: Obj[] = []
  for (const u of uuids(v)) {
    const x = cx.row('Forwarding_Group', u)
    if (x === undefined) continue
    cx.exported.add(u)
    const f: Obj = { name: str(x['name']) ?? '', vip: str(x['vip']) ?? '', vmac: str(x['vmac']) ?? '' }
    if (opt(x['liveness']) === true) f['liveness'] = true
    f['childPorts'] = sorted(atoms(x['child_port']).map(String))
    put(f, 'externalIds', cx.ids(x))
    cx.unmodeled('Forwarding_Group', `Forwarding_Group ${name} / ${f['name'] as string}`, x)
    fgs.push(f)
  }
  return fgs.sort(byName)
}

/** The selected switches (and, when exporting rows of nobody, other owners' switches holding such ports, shared). */
export const exportSwitches = (cx: Context, h: Held): ReadonlyArray<Obj> => {
  const switches: Obj[] = []
  for (const [uuid, r] of cx.rows('Logical_Switch')) {
    if (!cx.selected(r)) {
      const shared = cx.options.select._tag === 'Unowned' ? othersSwitch(cx, r) : undefined
      if (shared !== undefined) switches.push(shared)
      continue
    }
    cx.exported.add(uuid)
    const name = str(r['name']) ?? ''
    const label = `Logical_Switch ${name}`
    const o: Obj = { name }
    put(o, 'ports', portList(cx, uuids(r['ports'])))
    put(o, 'acls', aclList(cx, h, name, r['acls']))
    put(o, 'qosRules', qosRules(cx, name, r['qos_rules']))
    put(o, 'dnsRecords', sorted(uuids(r['dns_records']).flatMap((u) => (cx.dnsKeys.has(u) ? [cx.dnsKeys.get(u)!] : []))))
    put(o, 'loadBalancers', cx.lbNames(label, r['load_balancer']))
    put(o, 'loadBalancerGroups', cx.namesOf(label, 'load_balancer_group', 'Load_Balancer_Group', r['load_balancer_group'], cx.used.lbGroups))
    put(o, 'forwardingGroups', forwardingGroups(cx, name, r['forwarding_groups']))
    put(o, 'copp', cx.nameOf(label, 'copp', 'Copp', r['copp'], cx.used.copps))
    put(o, 'otherConfig', strMap(r['other_config']))
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Logical_Switch', label, r)
    switches.push(o)
  }
  return switches
}
