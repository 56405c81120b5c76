/**
 * Ethernet (MAC) addresses: parsed from `xx:xx:xx:xx:xx:xx` (either case), printed in the
 * canonical lowercase colon form OVN stores, and numbered so a controller can allocate
 * them (`fromNumber`, `next`).
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as O from '../../deps/Option.js'
import type { Ord as Ord_ } from 'fp-ts/lib/Ord.js'
import type { InvalidMac, MacReason } from './NetError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A MAC address as a 48-bit unsigned integer (exact in a JavaScript number).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const m: Net.Mac.Mac = { _tag: 'Mac', value: 0x0a0000000001 }
 */
export interface Mac {
  readonly _tag: 'Mac'
  readonly value: number
}

/**
 * The largest MAC value, `ff:ff:ff:ff:ff:ff` as a number.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.MAX === 0xffffffffffff // true
 */
export const MAX = 0xffffffffffff

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The MAC whose 48-bit value is `n`, if `n` is an integer in `[0, 2^48)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.fromNumber(1) // some(00:00:00:00:00:01)
 * Net.Mac.fromNumber(-1) // none
 */
export const fromNumber = (n: number): O.Option<Mac> =>
  Number.isInteger(n) && n >= 0 && n <= MAX ? O.some({ _tag: 'Mac', value: n }) : O.none

/**
 * The MAC of six octets, most significant first, if each is an integer in `[0, 255]`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.fromOctets([0x0a, 0, 0, 0, 0, 1]) // some(0a:00:00:00:00:01)
 */
export const fromOctets = (octets: ReadonlyArray<number>): O.Option<Mac> =>
  octets.length === 6 && octets.every((o) => Number.isInteger(o) && o >= 0 && o <= 255)
    ? fromNumber(octets.reduce((acc, o) => acc * 256 + o, 0))
    : O.none

/**
 * The broadcast address `ff:ff:ff:ff:ff:ff`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.print(Net.Mac.broadcast) // 'ff:ff:ff:ff:ff:ff'
 */
export const broadcast: Mac = { _tag: 'Mac', value: MAX }

// a hex digit's value from its char code, -1 for any other character: parse reads 12
// digits per MAC, and a regex test plus parseInt per digit made Mac.parse the DSL's
// costliest parser (W10k's 13.6k values: ~39 ms of a ~500 ms cold build, ~5 ms after)
const hexValue = (code: number): number =>
  code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : code >= 65 && code <= 70 ? code - 55 : -1

const fail = (input: string, position: number, reason: MacReason, message: string): E.Either<InvalidMac, Mac> =>
  E.left({ _tag: 'InvalidMac', input, position, reason, message })

/**
 * Parses `xx:xx:xx:xx:xx:xx` (six pairs of hex digits, colons, either case). The error
 * names the first offending character.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.parse('0A:00:00:00:00:01') // right(0a:00:00:00:00:01)
 * Net.Mac.parse('0a-00-00-00-00-01') // left: reason 'bad-separator' at 2
 */
export const parse = (input: string): E.Either<InvalidMac, Mac> => {
  if (input.length === 0) return fail(input, 0, 'empty', 'expected a MAC address, got nothing')
  let value = 0
  for (let i = 0; i < 17; i++) {
    const c = input[i]
    if (c === undefined) return fail(input, i, 'bad-length', 'expected 6 colon-separated pairs of hex digits')
    if (i % 3 === 2) {
      if (c !== ':') return fail(input, i, 'bad-separator', `expected ":", got ${JSON.stringify(c)}`)
    } else {
      const d = hexValue(input.charCodeAt(i))
      if (d < 0) return fail(input, i, 'bad-hex-digit', `expected a hex digit, got ${JSON.stringify(c)}`)
      value = value * 16 + d
    }
  }
  if (input.length > 17) return fail(input, 17, 'bad-length', `unexpected ${JSON.stringify(input.slice(17))} after 6 octets`)
  return E.right({ _tag: 'Mac', value })
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * The canonical form: lowercase, two digits per octet, colons.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as O from 'fp-ts/lib/Option.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Mac.fromNumber(0xAB), O.map(Net.Mac.print)) // some('00:00:00:00:00:ab')
 */
export const print = (m: Mac): string => {
  // 12 digits, zero-padded, then the colons: no array of octets (DSL build hot path)
  const h = m.value.toString(16).padStart(12, '0')
  return `${h.slice(0, 2)}:${h.slice(2, 4)}:${h.slice(4, 6)}:${h.slice(6, 8)}:${h.slice(8, 10)}:${h.slice(10, 12)}`
}

/**
 * The six octets, most significant first.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.toOctets({ _tag: 'Mac', value: 0x0a0000000001 }) // [10, 0, 0, 0, 0, 1]
 */
export const toOctets = (m: Mac): ReadonlyArray<number> => {
  const out: number[] = []
  let v = m.value
  for (let i = 0; i < 6; i++) {
    out.unshift(v % 256)
    v = Math.floor(v / 256)
  }
  return out
}

// -------------------------------------------------------------------------------------
// combinators
// -------------------------------------------------------------------------------------

/**
 * The MAC `n` after `m` (before, when `n` is negative), if it stays within 48 bits.
 *
 * @category combinators
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.add({ _tag: 'Mac', value: 0xff }, 1) // some(00:00:00:00:01:00)
 */
export const add = (m: Mac, n: number): O.Option<Mac> => fromNumber(m.value + n)

/**
 * The next MAC, for sequential allocation; none after `ff:ff:ff:ff:ff:ff`.
 *
 * @category combinators
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.next(Net.Mac.broadcast) // none
 */
export const next = (m: Mac): O.Option<Mac> => add(m, 1)

// -------------------------------------------------------------------------------------
// refinements
// -------------------------------------------------------------------------------------

/**
 * Whether the group bit (least significant bit of the first octet) is set: multicast and
 * broadcast addresses.
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.isMulticast(Net.Mac.broadcast) // true
 */
export const isMulticast = (m: Mac): boolean => Math.floor(m.value / 2 ** 40) % 2 === 1

/**
 * Whether the locally-administered bit (second least significant bit of the first octet)
 * is set, as in the addresses OVN allocates (`0a:...`).
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.isLocal({ _tag: 'Mac', value: 0x0a0000000001 }) // true
 */
export const isLocal = (m: Mac): boolean => Math.floor(m.value / 2 ** 41) % 2 === 1

/**
 * Whether a value is a well-formed {@link Mac} (an integer in range), for values built
 * by hand rather than parsed.
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.isValid({ _tag: 'Mac', value: 2 ** 48 }) // false
 */
export const isValid = (m: Mac): boolean => Number.isInteger(m.value) && m.value >= 0 && m.value <= MAX

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Equality of MAC addresses.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.Eq.equals(Net.Mac.broadcast, { _tag: 'Mac', value: 0xffffffffffff }) // true
 */
export const Eq: Eq_.Eq<Mac> = Eq_.fromEquals((a, b) => a.value === b.value)

/**
 * Numeric order of MAC addresses (the same as the order of their printed forms).
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Mac.Ord.compare({ _tag: 'Mac', value: 1 }, { _tag: 'Mac', value: 2 }) // -1
 */
export const Ord: Ord_<Mac> = {
  equals: Eq.equals,
  compare: (a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
}
