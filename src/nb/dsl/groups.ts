/**
 * Port groups and address sets by value. A port group holds switch port values (the
 * ports themselves live in their switches) and its ACLs; an address set holds
 * addresses and networks, printed canonically.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { Cidr, Ip } from '../net/index.js'
import { isIpv4, isIpv4Cidr } from '../net/canonical.js'
import { checkList, Problems, type DslError, type StringMap } from './common.js'
import { acl, type Acl, type AclInput } from './acl.js'
import { checkItems, checkOptionalStringMap, checkTagged } from './checks.js'
import type { SwitchPort } from './switch.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A Port_Group by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { portGroup } from 'ovn-nb'
 * const pg = portGroup({ name: 'pg_web', ports: [], acls: [] })
 */
export interface PortGroup {
  readonly _tag: 'PortGroup'
  readonly name: string
  readonly ports: ReadonlyArray<SwitchPort>
  readonly acls: ReadonlyArray<Acl>
  readonly externalIds: StringMap
}

/**
 * What {@link portGroup} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PortGroupInput } from 'ovn-nb'
 * const i: PortGroupInput = { name: 'pg_db' }
 */
export interface PortGroupInput {
  readonly name: string
  /**
   * The group's switch ports (the ports themselves live in their switches): values, or in
   * a {@link topology} port names, resolved to the ports of its switches.
   */
  readonly ports?: ReadonlyArray<SwitchPort | string> | undefined
  /** ACLs applied to the group's ports (values or inputs); a match names the group as `@NAME`. */
  readonly acls?: ReadonlyArray<Acl | AclInput> | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * An Address_Set by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { addressSet } from 'ovn-nb'
 * const as = addressSet({ name: 'web_clients', addresses: ['10.0.0.5', '10.1.0.0/16'] })
 */
export interface AddressSet {
  readonly _tag: 'AddressSet'
  readonly name: string
  /** Canonical, sorted, without duplicates. */
  readonly addresses: ReadonlyArray<string>
  readonly externalIds: StringMap
}

/**
 * What {@link addressSet} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { AddressSetInput } from 'ovn-nb'
 * const i: AddressSetInput = { name: 'as1', addresses: ['fd00::1'] }
 */
export interface AddressSetInput {
  readonly name: string
  readonly addresses?: ReadonlyArray<string> | undefined
  readonly externalIds?: StringMap | undefined
}

// Port group and address set names appear in matches as @name / $name.
const MATCH_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A port group. Its name must be usable in a match (`@name`): letters, digits, `_`
 * and `.`, not starting with a digit.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { portGroup } from 'ovn-nb'
 * portGroup({ name: 'pg-web' }) // Left: '-' cannot appear in a port group name
 */
export const portGroup = (input: PortGroupInput): E.Either<DslError, PortGroup> => {
  const p = new Problems('portGroup', input)
  p.check(typeof input.name === 'string' && MATCH_NAME.test(input.name), 'name', 'must be letters, digits, "_" or "." and not start with a digit (it is used as @name in matches)', 'invalid_value')
  // a port is named by its name (in a topology) or given as the value its switch holds
  const portsAt = checkItems<SwitchPort>(p, 'ports', input.ports, 'SwitchPort', 'switchPort', { ref: 'switchPort' })
  const ports = portsAt.filter((x): x is SwitchPort => x !== undefined)
  const seen = new Set<string>()
  portsAt.forEach((x, i) => {
    if (x === undefined) return
    if (seen.has(x.name)) p.add(`ports[${i}]`, `duplicate port "${x.name}"`, 'duplicate_entry')
    else seen.add(x.name)
  })
  const acls = checkTagged<Acl>(p, 'acls', input.acls, 'Acl', 'acl', { build: acl })
  const externalIds = checkOptionalStringMap(p, 'externalIds', input.externalIds)
  return p.result(() => ({ _tag: 'PortGroup' as const, name: input.name, ports, acls, externalIds }))
}

/**
 * An address set of IPv4 or IPv6 addresses and networks (OVN allows both in one set;
 * matches use `$name_ip4`/`$name_ip6` only for port groups).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { addressSet } from 'ovn-nb'
 * addressSet({ name: 'as1', addresses: ['10.0.0.1', '10.0.0.0/8', 'FD00::1'] })
 * // Right({ ..., addresses: ['10.0.0.0/8', '10.0.0.1', 'fd00::1'] })
 */
export const addressSet = (input: AddressSetInput): E.Either<DslError, AddressSet> => {
  const p = new Problems('addressSet', input)
  p.check(typeof input.name === 'string' && MATCH_NAME.test(input.name), 'name', 'must be letters, digits, "_" or "." and not start with a digit (it is used as $name in matches)', 'invalid_value')
  const out = new Set<string>()
  checkList(p, 'addresses', input.addresses, []).forEach((a, i) => {
    if (typeof a !== 'string') return p.add(`addresses[${i}]`, 'must be a string', 'invalid_type')
    // IPv4 text already canonical is kept as given (net/canonical.ts): no parse, no print
    if (isIpv4(a) || isIpv4Cidr(a)) return void out.add(a)
    if (a.includes('/')) {
      const c = p.take(`addresses[${i}]`, Cidr.parse(a))
      if (c !== undefined) out.add(Cidr.print(c))
    } else {
      const ip = p.take(`addresses[${i}]`, Ip.parse(a))
      if (ip !== undefined) out.add(Ip.print(ip))
    }
  })
  const externalIds = checkOptionalStringMap(p, 'externalIds', input.externalIds)
  return p.result(() => ({ _tag: 'AddressSet' as const, name: input.name, addresses: [...out].sort(), externalIds }))
}
