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

// The checks are regular expressions rather than scans by hand: a test runs as compiled
// native code, where a loop over characters runs in the interpreter when cold (the DSL's
// build is cold): 30,000 benchlab entries took 45-78 ms by hand, 12-16 ms by regex.
// One octet, 0 to 255 without leading zeros (Ipv4.parse's syntax, Ipv4.print's text).
const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
const IPV4 = `${OCTET}(?:\\.${OCTET}){3}`
const IPV4_RE = new RegExp(`^${IPV4}$`)
// a prefix from 0 to 32 without leading zeros
const IPV4_CIDR_RE = new RegExp(`^${IPV4}/(?:3[0-2]|[12]?[0-9])$`)
// a lowercase MAC (Mac.print's text), then addresses, one space before each
const MAC_IPV4S_RE = new RegExp(`^[0-9a-f]{2}(?::[0-9a-f]{2}){5}(?: ${IPV4})*$`)

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
export const isIpv4 = (input: string): boolean => IPV4_RE.test(input)

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
export const isIpv4Cidr = (input: string): boolean => IPV4_CIDR_RE.test(input) && hostBitsZero(input)

const hostBitsZero = (input: string): boolean => {
  const slash = input.indexOf('/')
  return ipv4Value(input, 0, slash) % 2 ** (32 - Number(input.slice(slash + 1))) === 0
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
  if (!MAC_IPV4S_RE.test(input)) return false
  // two addresses or more (a second space): none repeated (canonical texts are equal
  // exactly when the addresses are)
  if (input.indexOf(' ', 18) < 0) return true
  const ips = input.slice(18).split(' ')
  return new Set(ips).size === ips.length
}
