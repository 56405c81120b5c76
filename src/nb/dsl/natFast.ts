/**
 * nat's fast path: the rules a controller makes by the hundred per router (a type, an
 * external IPv4 address and a logical IPv4 address or network, in canonical form, nothing
 * else), checked and built in one pass: no problem collector, no closure, no spread
 * copies, no walk to freeze what it just made. For any other input it answers
 * `undefined`, and nat takes the full check, which gives the same value or every problem
 * with its path; test/nb/dsl/natFast.test.ts checks that both give equal values (key
 * order included).
 *
 * Why: benchlab's 1000 NAT rules, cold (bench/dslCold.ts --data-first): the build
 * allocates 26.6 MB instead of 27.8 and takes 0.95x the CPU time (25 paired rounds; wall
 * time 1.01x, within the noise of a loaded machine).
 *
 * @internal
 * @module
 */
import { isIpv4, isIpv4Cidr } from '../net/canonical.js'
import { brand } from './brand.js'
import { NO_STRINGS } from './checks.js'
import type { Nat, NatInput } from './nat.js'

/**
 * The NAT rule, if the input is one this path builds and has nothing to report;
 * undefined otherwise (see the module).
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { fastNat } from './natFast.js'
 * fastNat({ type: 'snat', externalIp: '203.0.113.1', logicalIp: '10.0.0.0/24' }) // the rule
 * fastNat({ type: 'snat', externalIp: '203.0.113.1', logicalIp: '10.0.0.1/24' }) // undefined: host bits set, for the full check to report
 */
export const fastNat = (input: NatInput): Nat | undefined => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined
  const { type, externalIp, logicalIp } = input
  if (type !== 'snat' && type !== 'dnat' && type !== 'dnat_and_snat') return undefined
  // canonical IPv4 text is kept as given, as the full check keeps it (net/canonical.ts)
  if (typeof externalIp !== 'string' || !isIpv4(externalIp) || typeof logicalIp !== 'string') return undefined
  // an address, or a network (not /32, which the full check prints bare); only snat takes a network
  const host = isIpv4(logicalIp)
  if (!host && (type !== 'snat' || !isIpv4Cidr(logicalIp) || logicalIp.endsWith('/32'))) return undefined
  if (
    input.logicalPort !== undefined ||
    input.externalMac !== undefined ||
    input.externalPortRange !== undefined ||
    input.gatewayPort !== undefined ||
    input.allowedExtIps !== undefined ||
    input.exemptedExtIps !== undefined ||
    input.stateless !== undefined ||
    input.addRoute !== undefined ||
    input.options !== undefined ||
    input.externalIds !== undefined
  )
    return undefined
  // the full check's key order (optional fields, absent here, around externalPortRange)
  const value: Nat = { _tag: 'Nat', type, externalIp, logicalIp, externalPortRange: '', options: NO_STRINGS, externalIds: NO_STRINGS }
  return Object.freeze(brand(value))
}
