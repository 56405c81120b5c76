/**
 * An IP address of either family, with the arithmetic both families share (as bigints),
 * so CIDR and allocation code is written once.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as O from '../../deps/Option.js'
import type { Ord as Ord_ } from 'fp-ts/lib/Ord.js'
import * as Ipv4 from './Ipv4.js'
import * as Ipv6 from './Ipv6.js'
import type { InvalidIpv4, InvalidIpv6 } from './NetError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An IPv4 or IPv6 address, told apart by `_tag`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const ips: ReadonlyArray<Net.Ip.Ip> = [{ _tag: 'Ipv4', value: 1 }, { _tag: 'Ipv6', value: 1n }]
 */
export type Ip = Ipv4.Ipv4 | Ipv6.Ipv6

/**
 * An address family: 4 or 6.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const f: Net.Ip.Family = 6
 */
export type Family = 4 | 6

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Parses an address of either family: text with a `:` is IPv6, anything else IPv4, and
 * the error is that family's.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.parse('10.0.0.5') // right({ _tag: 'Ipv4', ... })
 * Net.Ip.parse('fd00::5') // right({ _tag: 'Ipv6', ... })
 */
export const parse = (input: string): E.Either<InvalidIpv4 | InvalidIpv6, Ip> =>
  input.includes(':') ? Ipv6.parse(input) : Ipv4.parse(input)

/**
 * The address of a family with the given integer value, if it fits.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.fromBigInt(4, 0x0a000001n) // some(10.0.0.1)
 */
export const fromBigInt = (family: Family, n: bigint): O.Option<Ip> =>
  family === 4 ? (n >= 0n && n <= 0xffffffffn ? Ipv4.fromNumber(Number(n)) : O.none) : Ipv6.fromBigInt(n)

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Canonical text (dotted quad, or RFC 5952).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.print({ _tag: 'Ipv6', value: 1n }) // '::1'
 */
export const print = (ip: Ip): string => (ip._tag === 'Ipv4' ? Ipv4.print(ip) : Ipv6.print(ip))

/**
 * The family of an address.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.family({ _tag: 'Ipv4', value: 1 }) // 4
 */
export const family = (ip: Ip): Family => (ip._tag === 'Ipv4' ? 4 : 6)

/**
 * The number of bits of addresses of a family (32 or 128).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.bits(6) // 128
 */
export const bits = (family: Family): number => (family === 4 ? Ipv4.BITS : Ipv6.BITS)

/**
 * The address as an unsigned integer.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.toBigInt({ _tag: 'Ipv4', value: 258 }) // 258n
 */
export const toBigInt = (ip: Ip): bigint => (ip._tag === 'Ipv4' ? BigInt(ip.value) : ip.value)

// -------------------------------------------------------------------------------------
// refinements
// -------------------------------------------------------------------------------------

/**
 * Whether a value is a well-formed address of its family.
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.isValid({ _tag: 'Ipv4', value: 1.5 }) // false
 */
export const isValid = (ip: Ip): boolean => (ip._tag === 'Ipv4' ? Ipv4.isValid(ip) : Ipv6.isValid(ip))

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Equality of addresses (addresses of different families are different).
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.Eq.equals({ _tag: 'Ipv4', value: 1 }, { _tag: 'Ipv6', value: 1n }) // false
 */
export const Eq: Eq_.Eq<Ip> = Eq_.fromEquals((a, b) => a._tag === b._tag && toBigInt(a) === toBigInt(b))

/**
 * Every IPv4 address before every IPv6 address; numeric within a family.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ip.Ord.compare({ _tag: 'Ipv6', value: 0n }, { _tag: 'Ipv4', value: 5 }) // 1
 */
export const Ord: Ord_<Ip> = {
  equals: Eq.equals,
  compare: (a, b) => {
    if (a._tag !== b._tag) return a._tag === 'Ipv4' ? -1 : 1
    const x = toBigInt(a)
    const y = toBigInt(b)
    return x < y ? -1 : x > y ? 1 : 0
  },
}
