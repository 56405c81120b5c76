/**
 * NAT rules by value, held by their router ({@link logicalRouter} `nat`): SNAT of a
 * network, DNAT to an address, or both (a floating IP), optionally distributed (handled
 * on the chassis of `logicalPort` with `externalMac`). Addresses are printed as
 * ovn-nbctl normalizes them.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { fastNat } from './natFast.js'
import { checkName, checkOneOf, Problems, type DslError, type StringMap } from './common.js'
import { boolOption, checkIpText, checkMac, ipFamily, checkPrefix, checkRecord, checkTaggedOpt, withOptions, checkOptionalStringMap } from './checks.js'
import { addressSet, type AddressSet, type AddressSetInput } from './groups.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * NAT types.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { NatType } from 'ovn-nb'
 * const t: NatType = 'dnat_and_snat'
 */
export type NatType = 'snat' | 'dnat' | 'dnat_and_snat'

/**
 * What {@link nat} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { NatInput } from 'ovn-nb'
 * const snat: NatInput = { type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16' }
 * const fip: NatInput = { type: 'dnat_and_snat', externalIp: '172.16.0.11', logicalIp: '10.0.1.10', logicalPort: 'web1', externalMac: '0a:00:00:00:ac:0b' }
 */
export interface NatInput {
  readonly type: NatType
  /** The external address. */
  readonly externalIp: string
  /** `snat`: an address or a network; `dnat`, `dnat_and_snat`: an address. Of `externalIp`'s family. */
  readonly logicalIp: string
  /** `dnat_and_snat` only, with `externalMac`: the switch port holding `logicalIp`; the rule is then distributed. */
  readonly logicalPort?: string | undefined
  readonly externalMac?: string | undefined
  /** Source ports to pick from: `"PORT"` or `"LOW-HIGH"` (1..65535). */
  readonly externalPortRange?: string | undefined
  /** The distributed gateway port of the router to apply the rule on (routers with several). */
  readonly gatewayPort?: string | undefined
  /** Apply only for these external addresses (exclusive with `exemptedExtIps`): a value, its input, or in a {@link topology} the name of an entry of its `addressSets`. */
  readonly allowedExtIps?: AddressSet | AddressSetInput | string | undefined
  /** Do not apply for these external addresses (a value, its input, or in a {@link topology} the name of an entry of its `addressSets`). */
  readonly exemptedExtIps?: AddressSet | AddressSetInput | string | undefined
  /** options:stateless — `dnat_and_snat` without connection tracking. */
  readonly stateless?: boolean | undefined
  /** options:add_route — neighbor routers get a route to the external address (`dnat`, `dnat_and_snat`). */
  readonly addRoute?: boolean | undefined
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A NAT rule by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { nat } from 'ovn-nb'
 * const n = nat({ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16' })
 */
export interface Nat {
  readonly _tag: 'Nat'
  readonly type: NatType
  readonly externalIp: string
  readonly logicalIp: string
  readonly logicalPort?: string
  readonly externalMac?: string
  /** `""` when unset (the column is a plain string). */
  readonly externalPortRange: string
  readonly gatewayPort?: string
  readonly allowedExtIps?: AddressSet
  readonly exemptedExtIps?: AddressSet
  readonly options: StringMap
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A NAT rule.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { nat } from 'ovn-nb'
 * nat({ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.1.10' })
 * nat({ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', externalPortRange: '1024-65535' })
 * nat({ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.1.0/24', logicalPort: 'web1' })
 * // Left: logicalIp must be an address for dnat; logicalPort only for dnat_and_snat, with externalMac
 */
export const nat = (input: NatInput): E.Either<DslError, Nat> => {
  // the common rules from the fast path; the others, and every problem, from the full
  // check — both give the same value (natFast.ts)
  const fast = fastNat(input)
  return fast !== undefined ? E.right(fast) : checkedNat(input)
}

/**
 * A NAT rule, checked in full.
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { checkedNat } from './nat.js'
 * checkedNat({ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.1.10' }) // Right
 */
export const checkedNat = (input: NatInput): E.Either<DslError, Nat> => {
  const p = new Problems('nat', input)
  const i = checkRecord(p, '', input)
  const typeOk = checkOneOf(p, 'type', i['type'], ['snat', 'dnat', 'dnat_and_snat'] as const)
  const type = i['type'] as NatType
  const ext = checkIpText(p, 'externalIp', i['externalIp'])
  const logical = checkPrefix(p, 'logicalIp', i['logicalIp'])
  if (typeOk && type !== 'snat' && logical !== undefined && !logical.host) p.add('logicalIp', `must be an address (not a network) for ${type}`, 'invalid_value')
  if (ext !== undefined && logical !== undefined && ipFamily(ext) !== logical.family) p.add('logicalIp', `an IPv${logical.family} logical address for an IPv${ipFamily(ext)} external one`, 'invalid_value')
  const distributed = i['logicalPort'] !== undefined || i['externalMac'] !== undefined
  if (distributed && typeOk && type !== 'dnat_and_snat') p.add('logicalPort', 'logicalPort and externalMac are for dnat_and_snat only', 'invalid_value')
  else if (distributed && (i['logicalPort'] === undefined || i['externalMac'] === undefined))
    p.add(i['logicalPort'] === undefined ? 'logicalPort' : 'externalMac', 'logicalPort and externalMac go together (a distributed NAT rule)', 'invalid_value')
  if (i['logicalPort'] !== undefined) checkName(p, 'logicalPort', i['logicalPort'])
  const mac = i['externalMac'] === undefined ? undefined : checkMac(p, 'externalMac', i['externalMac'])
  let range = ''
  if (i['externalPortRange'] !== undefined) {
    const m = typeof i['externalPortRange'] === 'string' ? /^([0-9]{1,5})(?:-([0-9]{1,5}))?$/.exec(i['externalPortRange']) : null
    const lo = m === null ? NaN : Number(m[1])
    const hi = m === null ? NaN : m[2] === undefined ? lo : Number(m[2])
    if (!(lo >= 1 && hi <= 65535 && lo <= hi)) p.add('externalPortRange', 'must be "PORT" or "LOW-HIGH" with 1 <= LOW <= HIGH <= 65535', 'invalid_enum')
    else range = m![2] === undefined ? `${lo}` : `${lo}-${hi}`
  }
  if (i['gatewayPort'] !== undefined) checkName(p, 'gatewayPort', i['gatewayPort'])
  const allowed = checkTaggedOpt<AddressSet>(p, 'allowedExtIps', i['allowedExtIps'], 'AddressSet', 'addressSet', { build: addressSet, ref: 'addressSet' })
  const exempted = checkTaggedOpt<AddressSet>(p, 'exemptedExtIps', i['exemptedExtIps'], 'AddressSet', 'addressSet', { build: addressSet, ref: 'addressSet' })
  if (i['allowedExtIps'] !== undefined && i['exemptedExtIps'] !== undefined) p.add('exemptedExtIps', 'allowedExtIps and exemptedExtIps are mutually exclusive (OVN ignores a rule with both)', 'conflict')
  if (i['stateless'] === true && typeOk && type !== 'dnat_and_snat') p.add('stateless', 'only a dnat_and_snat rule can be stateless', 'invalid_value')
  if (i['addRoute'] === true && typeOk && type === 'snat') p.add('addRoute', 'only dnat and dnat_and_snat rules add routes', 'invalid_value')
  const options = withOptions(p, 'options', i['options'], { stateless: boolOption(p, 'stateless', i['stateless']), add_route: boolOption(p, 'addRoute', i['addRoute']) })
  const externalIds = checkOptionalStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'Nat' as const,
    type,
    externalIp: ext ?? '',
    logicalIp: logical?.text ?? '',
    ...(i['logicalPort'] !== undefined ? { logicalPort: i['logicalPort'] as string } : {}),
    ...(mac !== undefined ? { externalMac: mac } : {}),
    externalPortRange: range,
    ...(i['gatewayPort'] !== undefined ? { gatewayPort: i['gatewayPort'] as string } : {}),
    ...(allowed !== undefined ? { allowedExtIps: allowed } : {}),
    ...(exempted !== undefined ? { exemptedExtIps: exempted } : {}),
    options,
    externalIds,
  }))
}
