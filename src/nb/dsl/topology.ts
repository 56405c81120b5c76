/**
 * `topology(...)` gathers a desired state: an owner and the values in it. It checks the
 * rules that span values (duplicate names, a port in two switches, a port group holding
 * a port no switch has, an ACL naming a port group or address set the topology lacks,
 * two different DHCP options under one key) and {@link toDesired} turns it into the
 * engine's rows, references by value becoming references by id.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { ref, type DesiredRow, type DesiredState, type DesiredValue } from '../../plan/desired.js'
import { checkName, Problems, structuralEquals, type DslError, type StringMap } from './common.js'
import type { Acl } from './acl.js'
import type { DhcpOptions } from './dhcp.js'
import type { AddressSet, PortGroup } from './groups.js'
import type { LogicalSwitch, SwitchPort } from './switch.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link topology} takes. Values reachable from others (a switch's ports, a port's
 * DHCP options) need not be listed again.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TopologyInput } from 'ovn-nb'
 * const i: TopologyInput = { owner: 'kubevirt-net-ctl', switches: [] }
 */
export interface TopologyInput {
  /** Marks the rows this topology creates; only rows of this owner are ever deleted. */
  readonly owner: string
  readonly switches?: ReadonlyArray<LogicalSwitch>
  readonly portGroups?: ReadonlyArray<PortGroup>
  readonly addressSets?: ReadonlyArray<AddressSet>
  /** DHCP options not (or not yet) used by any port. */
  readonly dhcpOptions?: ReadonlyArray<DhcpOptions>
}

/**
 * A checked desired state of the Northbound database.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { topology } from 'ovn-nb'
 * const t = topology({ owner: 'demo', switches: [] }) // Right({ _tag: 'Topology', owner: 'demo', ... })
 */
export interface Topology {
  readonly _tag: 'Topology'
  readonly owner: string
  readonly switches: ReadonlyArray<LogicalSwitch>
  readonly portGroups: ReadonlyArray<PortGroup>
  readonly addressSets: ReadonlyArray<AddressSet>
  readonly dhcpOptions: ReadonlyArray<DhcpOptions>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Gathers and checks a topology.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { acl, logicalSwitch, switchPort, topology } from 'ovn-nb'
 * const vm = switchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'] })
 * const deny = acl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg_missing', action: 'drop' })
 * if (E.isRight(vm) && E.isRight(deny)) {
 *   const sw = logicalSwitch({ name: 'sw0', ports: [vm.right], acls: [deny.right] })
 *   if (E.isRight(sw)) topology({ owner: 'demo', switches: [sw.right] })
 *   // Left: switches[0].acls[0].match names port group "pg_missing", which the topology does not have
 * }
 */
export const topology = (input: TopologyInput): E.Either<DslError, Topology> => {
  const p = new Problems('topology')
  checkName(p, 'owner', input.owner)
  const switches = input.switches ?? []
  const portGroups = input.portGroups ?? []
  const addressSets = input.addressSets ?? []
  const dhcp = input.dhcpOptions ?? []

  const unique = <A extends { readonly name: string }>(xs: ReadonlyArray<A>, path: string, what: string, tag: string) => {
    const seen = new Map<string, A>()
    xs.forEach((x, i) => {
      if ((x as unknown as { _tag?: string })?._tag !== tag) return p.add(`${path}[${i}]`, `must be a ${what} value`)
      const prev = seen.get(x.name)
      if (prev !== undefined) p.add(`${path}[${i}]`, `duplicate ${what} "${x.name}"`)
      else seen.set(x.name, x)
    })
    return seen
  }
  unique(switches, 'switches', 'logicalSwitch', 'LogicalSwitch')
  const pgs = unique(portGroups, 'portGroups', 'portGroup', 'PortGroup')
  const sets = unique(addressSets, 'addressSets', 'addressSet', 'AddressSet')

  // a port lives in one switch
  const portHome = new Map<string, { sw: string; port: SwitchPort }>()
  switches.forEach((sw, i) =>
    sw.ports.forEach((port, j) => {
      const prev = portHome.get(port.name)
      if (prev !== undefined) p.add(`switches[${i}].ports[${j}]`, `port "${port.name}" is already in switch "${prev.sw}"`)
      else portHome.set(port.name, { sw: sw.name, port })
    }),
  )
  portGroups.forEach((pg, i) =>
    pg.ports.forEach((port, j) => {
      const home = portHome.get(port.name)
      if (home === undefined) p.add(`portGroups[${i}].ports[${j}]`, `port "${port.name}" is in no switch of the topology`)
      else if (!structuralEquals(home.port, port)) p.add(`portGroups[${i}].ports[${j}]`, `port "${port.name}" differs from the one in switch "${home.sw}"`)
    }),
  )
  // matches name only port groups and address sets the topology has (a port group also
  // brings its address sets $NAME_ip4 and $NAME_ip6)
  const checkRefs = (a: Acl, path: string) => {
    for (const pg of a.references.portGroups) if (!pgs.has(pg)) p.add(`${path}.match`, `names port group "${pg}", which the topology does not have`)
    for (const as of a.references.addressSets) {
      const implicit = /^(.*)_ip[46]$/.exec(as)
      if (!sets.has(as) && !(implicit !== null && pgs.has(implicit[1]!))) p.add(`${path}.match`, `names address set "${as}", which the topology does not have`)
    }
  }
  const aclKeys = (acls: ReadonlyArray<Acl>, path: string) => {
    const seen = new Set<string>()
    acls.forEach((a, j) => {
      checkRefs(a, `${path}[${j}]`)
      const k = `${a.direction}|${a.priority}|${a.match}`
      if (seen.has(k)) p.add(`${path}[${j}]`, `another ACL here has the same direction, priority and match`)
      seen.add(k)
    })
  }
  switches.forEach((sw, i) => aclKeys(sw.acls, `switches[${i}].acls`))
  portGroups.forEach((pg, i) => aclKeys(pg.acls, `portGroups[${i}].acls`))
  // one DHCP_Options value per key
  const dhcpByKey = new Map<string, DhcpOptions>()
  const addDhcp = (d: DhcpOptions | undefined, path: string) => {
    if (d === undefined) return
    const prev = dhcpByKey.get(d.key)
    if (prev !== undefined && !structuralEquals(prev, d)) p.add(path, `two different DHCP options have the key "${d.key}"`)
    else dhcpByKey.set(d.key, d)
  }
  dhcp.forEach((d, i) => addDhcp(d, `dhcpOptions[${i}]`))
  switches.forEach((sw, i) =>
    sw.ports.forEach((port, j) => {
      addDhcp(port.dhcpv4Options, `switches[${i}].ports[${j}].dhcpv4Options`)
      addDhcp(port.dhcpv6Options, `switches[${i}].ports[${j}].dhcpv6Options`)
    }),
  )
  return p.result(() => ({ _tag: 'Topology' as const, owner: input.owner, switches, portGroups, addressSets, dhcpOptions: [...dhcpByKey.values()] }))
}

// -------------------------------------------------------------------------------------
// conversion
// -------------------------------------------------------------------------------------

const strMap = (m: StringMap): DesiredValue => ['map', Object.entries(m)]
const strSet = (xs: ReadonlyArray<string>): DesiredValue => ['set', xs]
const optional = <A extends string | number | boolean>(v: A | undefined): DesiredValue => (v === undefined ? ['set', []] : v)

/**
 * The id a value gets in the desired state (and in `external_ids` for tables identified
 * by id).
 *
 * @category conversion
 * @since 0.1.0
 * @example
 * import { idOf } from 'ovn-nb'
 * idOf('Logical_Switch', 'sw0') // 'Logical_Switch:sw0'
 */
export const idOf = (table: string, key: string): string => `${table}:${key}`

const aclRow = (a: Acl, parentId: string): DesiredRow => ({
  table: 'ACL',
  id: idOf('ACL', `${parentId}|${a.direction}|${a.priority}|${a.match}`),
  columns: {
    direction: a.direction,
    priority: a.priority,
    match: a.match,
    action: a.action,
    log: a.log,
    severity: optional(a.severity),
    meter: optional(a.meter),
    name: optional(a.name),
    label: a.label ?? 0,
    ...(a.tier !== undefined ? { tier: a.tier } : {}),
    options: strMap(a.options),
    external_ids: strMap(a.externalIds),
  },
})

const portRow = (port: SwitchPort): DesiredRow => ({
  table: 'Logical_Switch_Port',
  id: idOf('Logical_Switch_Port', port.name),
  columns: {
    name: port.name,
    type: port.type,
    addresses: strSet(port.addresses),
    port_security: strSet(port.portSecurity),
    options: strMap(port.options),
    external_ids: strMap(port.externalIds),
    tag: optional(port.tag),
    parent_name: optional(port.parentName),
    enabled: optional(port.enabled),
    dhcpv4_options: port.dhcpv4Options === undefined ? ['set', []] : ref(idOf('DHCP_Options', port.dhcpv4Options.key)),
    dhcpv6_options: port.dhcpv6Options === undefined ? ['set', []] : ref(idOf('DHCP_Options', port.dhcpv6Options.key)),
  },
})

/**
 * The engine's desired state for a topology: one row per value, references by id.
 *
 * @category conversion
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { logicalSwitch, toDesired, topology } from 'ovn-nb'
 * const sw = logicalSwitch({ name: 'sw0' })
 * const t = E.isRight(sw) ? topology({ owner: 'demo', switches: [sw.right] }) : sw
 * if (E.isRight(t)) toDesired(t.right)
 * // { owner: 'demo', rows: [{ table: 'Logical_Switch', id: 'Logical_Switch:sw0', columns: { name: 'sw0', ... } }] }
 */
export const toDesired = (t: Topology): DesiredState => {
  const rows: DesiredRow[] = []
  for (const sw of t.switches) {
    const id = idOf('Logical_Switch', sw.name)
    rows.push({
      table: 'Logical_Switch',
      id,
      ...(sw.shared ? { shared: true } : {}),
      columns: {
        name: sw.name,
        ports: ['set', sw.ports.map((x) => ref(idOf('Logical_Switch_Port', x.name)))],
        acls: ['set', sw.acls.map((a) => ref(aclRow(a, id).id))],
        other_config: strMap(sw.otherConfig),
        external_ids: strMap(sw.externalIds),
      },
    })
    for (const port of sw.ports) rows.push(portRow(port))
    for (const a of sw.acls) rows.push(aclRow(a, id))
  }
  for (const pg of t.portGroups) {
    const id = idOf('Port_Group', pg.name)
    rows.push({
      table: 'Port_Group',
      id,
      columns: {
        name: pg.name,
        ports: ['set', pg.ports.map((x) => ref(idOf('Logical_Switch_Port', x.name)))],
        acls: ['set', pg.acls.map((a) => ref(aclRow(a, id).id))],
        external_ids: strMap(pg.externalIds),
      },
    })
    for (const a of pg.acls) rows.push(aclRow(a, id))
  }
  for (const as of t.addressSets)
    rows.push({ table: 'Address_Set', id: idOf('Address_Set', as.name), columns: { name: as.name, addresses: strSet(as.addresses), external_ids: strMap(as.externalIds) } })
  for (const d of t.dhcpOptions)
    rows.push({ table: 'DHCP_Options', id: idOf('DHCP_Options', d.key), columns: { cidr: d.cidr, options: strMap(d.options), external_ids: strMap(d.externalIds) } })
  return { owner: t.owner, rows }
}
