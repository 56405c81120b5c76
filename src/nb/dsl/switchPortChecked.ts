/**
 * switchPort's full check: every field checked, every problem recorded with its path,
 * addresses parsed and printed in canonical form. switchPort answers from
 * {@link fastSwitchPort} when it can (the common ports, built with nothing to report),
 * and from here otherwise, so that what a port is, and every problem of a refused one,
 * comes from this one place.
 *
 * @internal
 * @module
 */
import * as E from '../../deps/Either.js'
import { LspAddress, PortSecurity } from '../net/index.js'
import { checkInt, checkList, checkName, checkOneOf, checkStringMap, Problems, type DslError } from './common.js'
import { dhcpOptions, type DhcpOptions } from './dhcp.js'
import { haChassisGroup, type HaChassisGroup } from './chassis.js'
import { checkBool, checkTagged, checkTaggedOpt, sortKeys, uniqueByName } from './checks.js'
import { mirror, type Mirror } from './mirror.js'
import type { SwitchPort, SwitchPortInput, SwitchPortType } from './switch.js'

const TYPES: ReadonlyArray<SwitchPortType> = ['', 'router', 'localnet', 'localport', 'virtual', 'external', 'l2gateway', 'vtep']

const need = (p: Problems, ok: unknown, path: string, type: string): void =>
  p.check(typeof ok === 'string' && ok !== '', path, `is required for a port of type "${type}"`, 'required')

/**
 * A switch port, checked in full (see the module).
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { checkedSwitchPort } from './switchPortChecked.js'
 * checkedSwitchPort({ name: 'vm1', addresses: ['0A:00:00:00:00:01 10.0.0.11'] }) // Right, the MAC lowercased
 */
export const checkedSwitchPort = (input: SwitchPortInput): E.Either<DslError, SwitchPort> => {
  const p = new Problems('switchPort', input)
  if (typeof input !== 'object' || input === null) return p.add('', 'must be an object', 'invalid_type'), p.result(() => input)
  checkName(p, 'name', input.name)
  const type = input.type ?? ''
  checkOneOf(p, 'type', type, TYPES)
  const options: Record<string, string> = { ...checkStringMap(p, 'options', input.options) }
  const typedOption = (key: string, v: string | undefined) => {
    if (v === undefined) return
    if (typeof v !== 'string') return p.add(`options.${key}`, `must be a string, got ${JSON.stringify(v)}`, 'invalid_type')
    if (key in options && options[key] !== v) p.add(`options.${key}`, `conflicts with the typed field for "${key}"`, 'conflict')
    options[key] = v
  }
  switch (type) {
    case 'router':
      need(p, input.routerPort, 'routerPort', type)
      break
    case 'localnet':
      need(p, input.networkName, 'networkName', type)
      break
    case 'virtual':
      need(p, input.virtualIp, 'virtualIp', type)
      p.check(Array.isArray(input.virtualParents) && input.virtualParents.length > 0 && input.virtualParents.every((x) => typeof x === 'string'), 'virtualParents', 'is required for a port of type "virtual" (a list of port names)', 'required')
      break
    case 'l2gateway':
      need(p, input.l2gatewayChassis, 'l2gatewayChassis', type)
      need(p, input.networkName, 'networkName', type)
      break
    case 'vtep':
      need(p, input.vtepPhysicalSwitch, 'vtepPhysicalSwitch', type)
      need(p, input.vtepLogicalSwitch, 'vtepLogicalSwitch', type)
      break
  }
  typedOption('router-port', input.routerPort)
  typedOption('network_name', input.networkName)
  typedOption('virtual-ip', input.virtualIp)
  typedOption('virtual-parents', Array.isArray(input.virtualParents) ? input.virtualParents.join(',') : undefined)
  typedOption('l2gateway-chassis', input.l2gatewayChassis)
  typedOption('vtep-physical-switch', input.vtepPhysicalSwitch)
  typedOption('vtep-logical-switch', input.vtepLogicalSwitch)
  typedOption('requested-chassis', input.requestedChassis)
  typedOption('activation-strategy', input.activationStrategy)
  if (input.routerPort !== undefined && type !== 'router') p.add('routerPort', 'only for a port of type "router"', 'invalid_value')
  const addresses = checkList(p, 'addresses', input.addresses, type === 'router' ? ['router'] : type === 'localnet' ? ['unknown'] : []).map((a, i) => {
    if (typeof a !== 'string') return (p.add(`addresses[${i}]`, 'must be a string', 'invalid_type'), '')
    const r = p.take(`addresses[${i}]`, LspAddress.parse(a))
    return r === undefined ? '' : LspAddress.print(r)
  })
  const portSecurity = checkList(p, 'portSecurity', input.portSecurity, []).map((a, i) => {
    if (typeof a !== 'string') return (p.add(`portSecurity[${i}]`, 'must be a string', 'invalid_type'), '')
    const r = p.take(`portSecurity[${i}]`, PortSecurity.parse(a))
    return r === undefined ? '' : PortSecurity.print(r)
  })
  for (const [list, path] of [[addresses, 'addresses'], [portSecurity, 'portSecurity']] as const) {
    const seen = new Set<string>()
    list.forEach((a, i) => {
      if (a !== '' && seen.has(a)) p.add(`${path}[${i}]`, `duplicate entry "${a}"`, 'duplicate_entry')
      seen.add(a)
    })
  }
  if (input.tag !== undefined) checkInt(p, 'tag', input.tag, 1, 4095)
  if (input.tagRequest !== undefined) checkInt(p, 'tagRequest', input.tagRequest, 0, 4095)
  if (input.tag !== undefined && input.tagRequest !== undefined) p.add('tag', 'ovn-northd writes the tag of a port with a tagRequest: give one of them', 'conflict')
  if (input.parentName !== undefined) checkName(p, 'parentName', input.parentName)
  const dhcpv4 = checkTaggedOpt<DhcpOptions>(p, 'dhcpv4Options', input.dhcpv4Options, 'DhcpOptions', 'dhcpOptions', { build: dhcpOptions, ref: 'dhcpOptions' })
  const dhcpv6 = checkTaggedOpt<DhcpOptions>(p, 'dhcpv6Options', input.dhcpv6Options, 'DhcpOptions', 'dhcpOptions', { build: dhcpOptions, ref: 'dhcpOptions' })
  if (dhcpv4 !== undefined) p.check(dhcpv4.family === 4, 'dhcpv4Options', `is DHCPv6 options (${dhcpv4.cidr})`, 'invalid_value')
  if (dhcpv6 !== undefined) p.check(dhcpv6.family === 6, 'dhcpv6Options', `is DHCPv4 options (${dhcpv6.cidr})`, 'invalid_value')
  checkBool(p, 'enabled', input.enabled)
  const ha = checkTaggedOpt<HaChassisGroup>(p, 'haChassisGroup', input.haChassisGroup, 'HaChassisGroup', 'haChassisGroup', { build: haChassisGroup, ref: 'haChassisGroup' })
  const mirrorRules = checkTagged<Mirror>(p, 'mirrorRules', input.mirrorRules, 'Mirror', 'mirror', { build: mirror, ref: 'mirror' })
  uniqueByName(p, 'mirrorRules', mirrorRules, 'mirror')
  const externalIds = checkStringMap(p, 'externalIds', input.externalIds)
  return p.result(() => ({
    _tag: 'SwitchPort' as const,
    name: input.name,
    type,
    addresses,
    portSecurity,
    // code-unit order (not localeCompare, which depends on the machine's locale)
    options: sortKeys(options),
    externalIds,
    ...(input.tag !== undefined ? { tag: input.tag } : {}),
    ...(input.tagRequest !== undefined ? { tagRequest: input.tagRequest } : {}),
    ...(input.parentName !== undefined ? { parentName: input.parentName } : {}),
    ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
    ...(dhcpv4 !== undefined ? { dhcpv4Options: dhcpv4 } : {}),
    ...(dhcpv6 !== undefined ? { dhcpv6Options: dhcpv6 } : {}),
    ...(ha !== undefined ? { haChassisGroup: ha } : {}),
    mirrorRules: [...mirrorRules].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  }))
}

