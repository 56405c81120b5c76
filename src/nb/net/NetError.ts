/**
 * Why a network value (MAC, IPv4, IPv6, CIDR, interface address, a
 * `Logical_Switch_Port.addresses` or `port_security` entry) was refused: a tagged union,
 * each member carrying the input, the position (0-based UTF-16 offset into the input) of
 * the problem and a machine-readable reason, so a caller can point at the exact character.
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Why a MAC address was refused.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Net } from 'ovn-nb'
 * const r: Net.NetError.MacReason = 'bad-hex-digit'
 */
export type MacReason = 'empty' | 'bad-length' | 'bad-hex-digit' | 'bad-separator'

/**
 * Why an IPv4 address was refused. Leading zeros are refused (`010.0.0.1` is octal to
 * some parsers and decimal to others).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Net } from 'ovn-nb'
 * const r: Net.NetError.Ipv4Reason = 'leading-zero'
 */
export type Ipv4Reason =
  | 'empty'
  | 'bad-character'
  | 'empty-octet'
  | 'too-few-octets'
  | 'too-many-octets'
  | 'leading-zero'
  | 'octet-out-of-range'

/**
 * Why an IPv6 address was refused.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Net } from 'ovn-nb'
 * const r: Net.NetError.Ipv6Reason = 'multiple-double-colon'
 */
export type Ipv6Reason =
  | 'empty'
  | 'bad-character'
  | 'empty-group'
  | 'group-too-long'
  | 'too-few-groups'
  | 'too-many-groups'
  | 'multiple-double-colon'
  | 'misplaced-ipv4'
  | 'bad-ipv4-suffix'

/**
 * Why a prefix (`/24`) or an address with a prefix was refused. `host-bits-set` is only
 * reported for CIDR networks, whose host bits must be zero.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Net } from 'ovn-nb'
 * const r: Net.NetError.PrefixReason = 'host-bits-set'
 */
export type PrefixReason = 'missing-prefix' | 'bad-prefix' | 'prefix-out-of-range' | 'host-bits-set' | 'bad-address'

/**
 * Why a word of an address list (`Logical_Switch_Port.addresses` or `port_security`)
 * was refused.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Net } from 'ovn-nb'
 * const r: Net.NetError.AddressListReason = 'duplicate-ip'
 */
export type AddressListReason =
  | 'empty'
  | 'bad-mac'
  | 'bad-ip'
  | 'duplicate-ip'
  | 'duplicate-family'
  | 'unexpected-word'

/**
 * A MAC address that cannot be parsed.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.parse('0a:00:00:00:00:0g')
 * // Left({ _tag: 'InvalidMac', input: '0a:00:00:00:00:0g', position: 16, reason: 'bad-hex-digit', message: ... })
 */
export interface InvalidMac {
  readonly _tag: 'InvalidMac'
  readonly input: string
  readonly position: number
  readonly reason: MacReason
  readonly message: string
}

/**
 * An IPv4 address that cannot be parsed.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.parse('10.0.0.256') // Left({ _tag: 'InvalidIpv4', position: 7, reason: 'octet-out-of-range', ... })
 */
export interface InvalidIpv4 {
  readonly _tag: 'InvalidIpv4'
  readonly input: string
  readonly position: number
  readonly reason: Ipv4Reason
  readonly message: string
}

/**
 * An IPv6 address that cannot be parsed.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.parse('fd00::1::2') // Left({ _tag: 'InvalidIpv6', position: 7, reason: 'multiple-double-colon', ... })
 */
export interface InvalidIpv6 {
  readonly _tag: 'InvalidIpv6'
  readonly input: string
  readonly position: number
  readonly reason: Ipv6Reason
  readonly message: string
}

/**
 * A CIDR network (`10.0.0.0/8`) that cannot be parsed, or whose host bits are not zero.
 * When the address part is bad, `cause` holds the address error (positions in `cause`
 * are relative to the address part, which starts at 0).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Cidr.parse('10.0.0.1/8') // Left({ _tag: 'InvalidCidr', position: 0, reason: 'host-bits-set', ... })
 */
export interface InvalidCidr {
  readonly _tag: 'InvalidCidr'
  readonly input: string
  readonly position: number
  readonly reason: PrefixReason
  readonly message: string
  readonly cause?: InvalidIpv4 | InvalidIpv6
}

/**
 * An interface address (`10.0.0.1/24`) that cannot be parsed.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.IfAddr.parse('10.0.0.1') // Left({ _tag: 'InvalidIfAddr', position: 8, reason: 'missing-prefix', ... })
 */
export interface InvalidIfAddr {
  readonly _tag: 'InvalidIfAddr'
  readonly input: string
  readonly position: number
  readonly reason: PrefixReason
  readonly message: string
  readonly cause?: InvalidIpv4 | InvalidIpv6
}

/**
 * One problem in an address list, at `position` in the whole entry.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Net } from 'ovn-nb'
 * const p: Net.NetError.AddressProblem = { position: 18, reason: 'bad-ip', message: 'expected an IPv4 or IPv6 address' }
 */
export interface AddressProblem {
  readonly position: number
  readonly reason: AddressListReason
  readonly message: string
  readonly cause?: InvalidMac | InvalidIpv4 | InvalidIpv6 | InvalidIfAddr
}

/**
 * A `Logical_Switch_Port.addresses` entry that cannot be parsed; every problem found.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.parse('0a:00:00:00:00:01 10.0.0.300 10.0.0.300')
 * // Left({ _tag: 'InvalidLspAddress', problems: [{ position: 25, reason: 'bad-ip' }, { position: 36, reason: 'bad-ip' }] })
 */
export interface InvalidLspAddress {
  readonly _tag: 'InvalidLspAddress'
  readonly input: string
  readonly problems: ReadonlyArray<AddressProblem>
}

/**
 * A `Logical_Switch_Port.port_security` entry that cannot be parsed; every problem found.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.PortSecurity.parse('10.0.0.5') // Left({ _tag: 'InvalidPortSecurity', problems: [{ position: 0, reason: 'bad-mac' }] })
 */
export interface InvalidPortSecurity {
  readonly _tag: 'InvalidPortSecurity'
  readonly input: string
  readonly problems: ReadonlyArray<AddressProblem>
}

/**
 * Every error of the network-value parsers.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const describe = (e: Net.NetError.NetError): string => Net.NetError.format(e)
 */
export type NetError =
  | InvalidMac
  | InvalidIpv4
  | InvalidIpv6
  | InvalidCidr
  | InvalidIfAddr
  | InvalidLspAddress
  | InvalidPortSecurity

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * One line for people: the input, where it went wrong and why.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const r = Net.Mac.parse('0a:00')
 * if (E.isLeft(r)) Net.NetError.format(r.left) // 'invalid MAC "0a:00" at 5: expected 6 colon-separated pairs of hex digits'
 */
export const format = (e: NetError): string => {
  switch (e._tag) {
    case 'InvalidMac':
      return `invalid MAC ${JSON.stringify(e.input)} at ${e.position}: ${e.message}`
    case 'InvalidIpv4':
      return `invalid IPv4 address ${JSON.stringify(e.input)} at ${e.position}: ${e.message}`
    case 'InvalidIpv6':
      return `invalid IPv6 address ${JSON.stringify(e.input)} at ${e.position}: ${e.message}`
    case 'InvalidCidr':
      return `invalid CIDR ${JSON.stringify(e.input)} at ${e.position}: ${e.message}`
    case 'InvalidIfAddr':
      return `invalid interface address ${JSON.stringify(e.input)} at ${e.position}: ${e.message}`
    case 'InvalidLspAddress':
      return `invalid port address ${JSON.stringify(e.input)}: ${e.problems.map((p) => `at ${p.position}: ${p.message}`).join('; ')}`
    case 'InvalidPortSecurity':
      return `invalid port security ${JSON.stringify(e.input)}: ${e.problems.map((p) => `at ${p.position}: ${p.message}`).join('; ')}`
  }
}
