/**
 * Recognizes address entries that are already in canonical form, without building
 * anything: `MAC [IPV4...]` with a lowercase MAC, dotted-quad IPv4 addresses (which
 * have one spelling only: Ipv4.parse refuses leading zeros), distinct, one space
 * between words. Such an entry parses (as an `addresses` entry and as a `port_security`
 * entry) and prints back to itself, so a caller that needs only the canonical text can
 * keep the input string: no words, no parsed addresses, no printed copy. Anything else
 * (uppercase, IPv6, prefixes, keywords, extra spaces, commas, mistakes) answers false,
 * and the caller parses it fully — which is also where every problem is reported.
 *
 * Why: a port's addresses and port security are parsed and printed for every port the
 * DSL builds (benchlab's W10k: 20,000 entries), and the object trees and strings of
 * that round trip were most of a port's cold build cost.
 *
 * @internal
 * @module
 */

// a lowercase hex digit (what Mac.print writes)
const isLowerHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)

/**
 * The value of the dotted-quad IPv4 address that is `input` from `start` to `end`, or -1
 * if it is not one. Ipv4.parse's syntax (four decimal octets up to 255, no leading
 * zeros), which has one spelling per address: a text it accepts is Ipv4.print's text.
 *
 * @internal
 * @category utils
 * @since 0.2.0
 * @example
 * ipv4Value('10.0.0.5', 0, 8) // 167772165
 * ipv4Value('10.0.0.05', 0, 9) // -1
 */
export const ipv4Value = (input: string, start: number, end: number): number => {
  let value = 0
  let i = start
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0) {
      if (i >= end || input.charCodeAt(i) !== 0x2e) return -1
      i++
    }
    const first = i
    let o = 0
    while (i < end) {
      const c = input.charCodeAt(i)
      if (c < 0x30 || c > 0x39) break
      o = o * 10 + (c - 0x30)
      i++
      if (i - first > 3) return -1
    }
    if (i === first || o > 255 || (i - first > 1 && input.charCodeAt(first) === 0x30)) return -1
    value = value * 256 + o
  }
  return i === end ? value : -1
}

/**
 * Whether `input` is an IPv4 address in canonical form (see {@link ipv4Value}).
 *
 * @internal
 * @category utils
 * @since 0.2.0
 * @example
 * isIpv4('10.0.0.5') // true
 * isIpv4('fd00::5') // false: parse and print it
 */
export const isIpv4 = (input: string): boolean => ipv4Value(input, 0, input.length) >= 0

/**
 * Whether `input` is an IPv4 network in canonical form, `A.B.C.D/N`: N from 0 to 32
 * without leading zeros, host bits zero (as Cidr.parse requires and Cidr.print writes).
 *
 * @internal
 * @category utils
 * @since 0.2.0
 * @example
 * isIpv4Cidr('10.0.0.0/8') // true
 * isIpv4Cidr('10.0.0.1/8') // false: host bits set, Cidr.parse reports it
 */
export const isIpv4Cidr = (input: string): boolean => {
  const slash = input.indexOf('/')
  const n = input.length
  if (slash < 0 || slash === n - 1 || n - slash > 3) return false
  let prefix = 0
  for (let i = slash + 1; i < n; i++) {
    const c = input.charCodeAt(i)
    if (c < 0x30 || c > 0x39) return false
    prefix = prefix * 10 + (c - 0x30)
  }
  if (prefix > 32 || (n - slash === 3 && input.charCodeAt(slash + 1) === 0x30)) return false
  const value = ipv4Value(input, 0, slash)
  return value >= 0 && value % 2 ** (32 - prefix) === 0
}

/**
 * Whether `input` is `MAC` followed by zero or more ` IPV4`, each in canonical form
 * (see the module), the addresses distinct.
 *
 * @internal
 * @category utils
 * @since 0.2.0
 * @example
 * isCanonicalMacIpv4('0a:00:00:00:00:01 10.0.0.5') // true
 * isCanonicalMacIpv4('0A:00:00:00:00:01 10.0.0.5') // false: parse and print it
 */
export const isCanonicalMacIpv4 = (input: string): boolean => {
  const n = input.length
  if (n < 17) return false
  for (let i = 0; i < 17; i++) {
    const c = input.charCodeAt(i)
    if (i % 3 === 2 ? c !== 0x3a : !isLowerHex(c)) return false
  }
  // the addresses as numbers, kept only when there are two or more (to refuse repeats)
  let first = -1
  let more: number[] | undefined
  let i = 17
  while (i < n) {
    if (input.charCodeAt(i) !== 0x20) return false
    const end = input.indexOf(' ', i + 1)
    const value = ipv4Value(input, i + 1, end < 0 ? n : end)
    if (value < 0) return false
    if (first < 0) first = value
    else {
      if (more === undefined) more = [first]
      if (more.includes(value)) return false
      more.push(value)
    }
    i = end < 0 ? n : end
  }
  return true
}
