/**
 * IPv6 addresses: parsed from any RFC 4291 text form (groups of up to four hex digits,
 * one `::`, an optional trailing dotted IPv4 part) and printed in the RFC 5952 canonical
 * form (lowercase, no leading zeros, the longest run of two or more zero groups
 * compressed, IPv4-mapped addresses as `::ffff:a.b.c.d`), so equal addresses print equal.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as O from '../../deps/Option.js'
import type { Ord as Ord_ } from 'fp-ts/lib/Ord.js'
import * as Ipv4 from './Ipv4.js'
import type { Mac } from './Mac.js'
import type { InvalidIpv6, Ipv6Reason } from './NetError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An IPv6 address as a 128-bit unsigned integer.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.Ipv6.Ipv6 = { _tag: 'Ipv6', value: 0xfd00n << 112n | 5n } // fd00::5
 */
export interface Ipv6 {
  readonly _tag: 'Ipv6'
  readonly value: bigint
}

/**
 * The number of bits of an IPv6 address.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.BITS // 128
 */
export const BITS = 128

const MAX = (1n << 128n) - 1n

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The address whose 128-bit value is `n`, if `n` is in `[0, 2^128)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.fromBigInt(1n) // some(::1)
 */
export const fromBigInt = (n: bigint): O.Option<Ipv6> => (n >= 0n && n <= MAX ? O.some({ _tag: 'Ipv6', value: n }) : O.none)

/**
 * The address of eight 16-bit groups, most significant first.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.fromGroups([0xfe80, 0, 0, 0, 0, 0, 0, 1]) // some(fe80::1)
 */
export const fromGroups = (groups: ReadonlyArray<number>): O.Option<Ipv6> =>
  groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff)
    ? O.some({ _tag: 'Ipv6', value: groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n) })
    : O.none

const fail = (input: string, position: number, reason: Ipv6Reason, message: string): E.Either<InvalidIpv6, Ipv6> =>
  E.left({ _tag: 'InvalidIpv6', input, position, reason, message })

const HEX_OR_SEP = /[0-9a-fA-F:.]/

/**
 * Parses IPv6 text (RFC 4291 §2.2; no zone index). The error names the first offending
 * character.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.parse('FD00:0:0:0::5') // right(fd00::5)
 * Net.Ipv6.parse('::ffff:10.0.0.1') // right(::ffff:10.0.0.1)
 * Net.Ipv6.parse('fd00::g') // left: reason 'bad-character' at 6
 */
export const parse = (input: string): E.Either<InvalidIpv6, Ipv6> => {
  if (input.length === 0) return fail(input, 0, 'empty', 'expected an IPv6 address, got nothing')
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string
    if (!HEX_OR_SEP.test(c)) return fail(input, i, 'bad-character', `unexpected ${JSON.stringify(c)} in an IPv6 address`)
  }
  const dc = input.indexOf('::')
  if (dc >= 0) {
    const again = input.indexOf('::', dc + 2)
    if (again >= 0) return fail(input, again, 'multiple-double-colon', '"::" may appear only once')
  }
  // Split into the groups before and after "::" (or all groups when there is none).
  const parts: ReadonlyArray<readonly [string, number]> =
    dc >= 0 ? [[input.slice(0, dc), 0], [input.slice(dc + 2), dc + 2]] : [[input, 0]]
  const groups: number[][] = []
  for (const [index, [text, offset]] of parts.entries()) {
    const gs: number[] = []
    groups.push(gs)
    if (text === '') continue
    let start = 0
    const words = text.split(':')
    for (const [w, word] of words.entries()) {
      const at = offset + start
      const last = index === parts.length - 1 && w === words.length - 1
      if (word.includes('.')) {
        if (!last) return fail(input, at, 'misplaced-ipv4', 'an embedded IPv4 address must come last')
        const v4 = Ipv4.parse(word)
        if (E.isLeft(v4)) return fail(input, at + v4.left.position, 'bad-ipv4-suffix', v4.left.message)
        gs.push(Math.floor(v4.right.value / 65536), v4.right.value % 65536)
      } else {
        if (word === '') return fail(input, at, 'empty-group', 'expected 1 to 4 hex digits')
        if (word.length > 4) return fail(input, at + 4, 'group-too-long', 'a group has at most 4 hex digits')
        gs.push(parseInt(word, 16))
      }
      start += word.length + 1
    }
  }
  const n = groups.reduce((acc, gs) => acc + gs.length, 0)
  if (dc >= 0 ? n > 7 : n > 8) return fail(input, input.length, 'too-many-groups', 'an IPv6 address has 8 groups')
  if (dc < 0 && n < 8) return fail(input, input.length, 'too-few-groups', 'an IPv6 address has 8 groups (or uses "::")')
  const head = groups[0] ?? []
  const tail = groups[1] ?? []
  const all = [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail]
  return E.right({ _tag: 'Ipv6', value: all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n) })
}

/**
 * The modified EUI-64 interface identifier of a MAC (RFC 4291 appendix A): the MAC with
 * `ff:fe` inserted in the middle and the universal/local bit flipped, as the low 64 bits
 * of an address whose high 64 bits are those of `prefix`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(
 *   E.Do,
 *   E.bind('prefix', () => Net.Ipv6.parse('fd00:1::')),
 *   E.bindW('mac', () => Net.Mac.parse('0a:00:00:00:00:01')),
 *   E.map(({ prefix, mac }) => Net.Ipv6.print(Net.Ipv6.eui64(prefix, mac))),
 * ) // right('fd00:1::800:ff:fe00:1')
 */
export const eui64 = (prefix: Ipv6, mac: Mac): Ipv6 => {
  const m = BigInt(mac.value)
  const hi = (m >> 24n) ^ 0x020000n // upper 3 octets, U/L bit flipped
  const lo = m & 0xffffffn
  const iid = (hi << 40n) | (0xfffen << 24n) | lo
  return { _tag: 'Ipv6', value: (prefix.value & ~((1n << 64n) - 1n)) | iid }
}

/**
 * The link-local address `fe80::/64` + modified EUI-64 of a MAC, which OVN derives for
 * every router port and uses as the source of router advertisements.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Mac.parse('00:00:00:00:ff:01'), E.map((m) => Net.Ipv6.print(Net.Ipv6.linkLocal(m))))
 * // right('fe80::200:ff:fe00:ff01')
 */
export const linkLocal = (mac: Mac): Ipv6 => eui64({ _tag: 'Ipv6', value: 0xfe80n << 112n }, mac)

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The eight 16-bit groups, most significant first.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.toGroups({ _tag: 'Ipv6', value: 1n }) // [0, 0, 0, 0, 0, 0, 0, 1]
 */
export const toGroups = (a: Ipv6): ReadonlyArray<number> => {
  const out: number[] = []
  let v = a.value
  for (let i = 0; i < 8; i++) {
    out.unshift(Number(v & 0xffffn))
    v >>= 16n
  }
  return out
}

/**
 * The RFC 5952 canonical text.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as O from 'fp-ts/lib/Option.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Ipv6.fromGroups([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]), O.map(Net.Ipv6.print)) // some('2001:db8::1:0:0:1')
 */
export const print = (a: Ipv6): string => {
  const g = toGroups(a)
  // RFC 5952 §5: IPv4-mapped addresses keep the dotted form.
  if (a.value >> 32n === 0xffffn) return `::ffff:${Ipv4.print({ _tag: 'Ipv4', value: Number(a.value & 0xffffffffn) })}`
  let bestStart = -1
  let bestLen = 1
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++
      continue
    }
    let j = i
    while (j < 8 && g[j] === 0) j++
    if (j - i > bestLen) {
      bestStart = i
      bestLen = j - i
    }
    i = j
  }
  const hex = (xs: ReadonlyArray<number>): string => xs.map((x) => x.toString(16)).join(':')
  return bestStart < 0 ? hex(g) : `${hex(g.slice(0, bestStart))}::${hex(g.slice(bestStart + bestLen))}`
}

// -------------------------------------------------------------------------------------
// refinements
// -------------------------------------------------------------------------------------

/**
 * Whether a value is a well-formed {@link Ipv6} (a bigint in range), for values built by
 * hand rather than parsed.
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.isValid({ _tag: 'Ipv6', value: 1n << 128n }) // false
 */
export const isValid = (a: Ipv6): boolean => typeof a.value === 'bigint' && a.value >= 0n && a.value <= MAX

/**
 * Whether the address is link-local unicast (`fe80::/10`).
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.isLinkLocal({ _tag: 'Ipv6', value: 0xfe80n << 112n }) // true
 */
export const isLinkLocal = (a: Ipv6): boolean => a.value >> 118n === 0x3fan

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Equality of IPv6 addresses.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.Eq.equals({ _tag: 'Ipv6', value: 1n }, { _tag: 'Ipv6', value: 1n }) // true
 */
export const Eq: Eq_.Eq<Ipv6> = Eq_.fromEquals((a, b) => a.value === b.value)

/**
 * Numeric order of IPv6 addresses.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Ipv6.Ord.compare({ _tag: 'Ipv6', value: 2n }, { _tag: 'Ipv6', value: 1n }) // 1
 */
export const Ord: Ord_<Ipv6> = {
  equals: Eq.equals,
  compare: (a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
}
