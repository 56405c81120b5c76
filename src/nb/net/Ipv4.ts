/**
 * IPv4 addresses: parsed from strict dotted-quad text (four decimal octets, no leading
 * zeros, as `inet_pton` accepts) and printed the same way.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as O from '../../deps/Option.js'
import type { Ord as Ord_ } from 'fp-ts/lib/Ord.js'
import type { InvalidIpv4, Ipv4Reason } from './NetError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An IPv4 address as a 32-bit unsigned integer.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.Ipv4.Ipv4 = { _tag: 'Ipv4', value: 0x0a000005 } // 10.0.0.5
 */
export interface Ipv4 {
  readonly _tag: 'Ipv4'
  readonly value: number
}

/**
 * The number of bits of an IPv4 address.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.BITS // 32
 */
export const BITS = 32

const MAX = 0xffffffff

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The address whose 32-bit value is `n`, if `n` is an integer in `[0, 2^32)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.fromNumber(0x0a000001) // some(10.0.0.1)
 */
export const fromNumber = (n: number): O.Option<Ipv4> =>
  Number.isInteger(n) && n >= 0 && n <= MAX ? O.some({ _tag: 'Ipv4', value: n }) : O.none

const fail = (input: string, position: number, reason: Ipv4Reason, message: string): E.Either<InvalidIpv4, Ipv4> =>
  E.left({ _tag: 'InvalidIpv4', input, position, reason, message })

/**
 * Parses dotted-quad text. The error names the first offending character.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.parse('10.0.0.5') // right(10.0.0.5)
 * Net.Ipv4.parse('10.0.0.05') // left: reason 'leading-zero' at 7
 */
export const parse = (input: string): E.Either<InvalidIpv4, Ipv4> => {
  if (input.length === 0) return fail(input, 0, 'empty', 'expected an IPv4 address, got nothing')
  // Char codes and a running octet value rather than one-character strings, slice and
  // Number per octet: Ipv4.parse runs for every address the DSL checks (benchlab: ~25k
  // cold), and the strings were its cost (paired, 11 fresh processes: median 0.97x of the
  // whole cold build); the errors and their positions are the same.
  let value = 0
  let octets = 0
  let start = 0
  let o = 0
  for (let i = 0; i <= input.length; i++) {
    const c = i < input.length ? input.charCodeAt(i) : -1
    if (c !== -1 && c !== 0x2e) {
      if (c < 0x30 || c > 0x39) return fail(input, i, 'bad-character', `unexpected ${JSON.stringify(input[i])} in an IPv4 address`)
      // capped: past 255 the octet is refused anyway, and its text is what the error shows
      if (o <= 255) o = o * 10 + (c - 0x30)
      continue
    }
    // end of an octet at i
    if (i === start) return fail(input, i, 'empty-octet', 'expected a decimal octet')
    if (octets === 4) return fail(input, start - 1, 'too-many-octets', 'an IPv4 address has 4 octets')
    if (i - start > 1 && input.charCodeAt(start) === 0x30) return fail(input, start, 'leading-zero', 'octets may not have leading zeros')
    if (o > 255) return fail(input, start, 'octet-out-of-range', `octet ${input.slice(start, i)} is greater than 255`)
    value = value * 256 + o
    octets++
    start = i + 1
    o = 0
  }
  if (octets < 4) return fail(input, input.length, 'too-few-octets', 'an IPv4 address has 4 octets')
  return E.right({ _tag: 'Ipv4', value })
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The four octets, most significant first.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.toOctets({ _tag: 'Ipv4', value: 0x0a000005 }) // [10, 0, 0, 5]
 */
export const toOctets = (a: Ipv4): ReadonlyArray<number> => [
  Math.floor(a.value / 2 ** 24) % 256,
  Math.floor(a.value / 2 ** 16) % 256,
  Math.floor(a.value / 2 ** 8) % 256,
  a.value % 256,
]

/**
 * Dotted-quad text.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.print({ _tag: 'Ipv4', value: 0x0a000005 }) // '10.0.0.5'
 */
// the octets by shifts, no array (DSL build hot path: every port's address is printed);
// >>> 0 keeps values of 2^31 and more unsigned
export const print = (a: Ipv4): string => {
  const v = a.value >>> 0
  return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`
}

// -------------------------------------------------------------------------------------
// refinements
// -------------------------------------------------------------------------------------

/**
 * Whether a value is a well-formed {@link Ipv4} (an integer in range), for values built
 * by hand rather than parsed.
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.isValid({ _tag: 'Ipv4', value: -1 }) // false
 */
export const isValid = (a: Ipv4): boolean => Number.isInteger(a.value) && a.value >= 0 && a.value <= MAX

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Equality of IPv4 addresses.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.Eq.equals({ _tag: 'Ipv4', value: 1 }, { _tag: 'Ipv4', value: 1 }) // true
 */
export const Eq: Eq_.Eq<Ipv4> = Eq_.fromEquals((a, b) => a.value === b.value)

/**
 * Numeric order of IPv4 addresses.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv4.Ord.compare({ _tag: 'Ipv4', value: 9 }, { _tag: 'Ipv4', value: 10 }) // -1
 */
export const Ord: Ord_<Ipv4> = {
  equals: Eq.equals,
  compare: (a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
}
