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
    i++
    let value = 0
    for (let octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (input.charCodeAt(i) !== 0x2e) return false
        i++
      }
      const start = i
      let o = 0
      while (i < n) {
        const c = input.charCodeAt(i)
        if (c < 0x30 || c > 0x39) break
        o = o * 10 + (c - 0x30)
        i++
        if (i - start > 3) return false
      }
      if (i === start || o > 255 || (i - start > 1 && input.charCodeAt(start) === 0x30)) return false
      value = value * 256 + o
    }
    if (i < n && input.charCodeAt(i) !== 0x20) return false
    if (first < 0) first = value
    else {
      if (more === undefined) more = [first]
      if (more.includes(value)) return false
      more.push(value)
    }
  }
  return true
}
