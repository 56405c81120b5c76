/**
 * The word syntax shared by `Logical_Switch_Port.addresses` and `port_security` entries:
 * words with their positions, and lists of `ADDRESS[/PREFIX]` words. Internal: the public
 * parsers wrap it with their own error tags.
 *
 * @internal
 * @module
 */
import * as E from '../../deps/Either.js'
import * as IfAddr from './IfAddr.js'
import * as Ip from './Ip.js'
import type { AddressProblem, InvalidIpv4, InvalidIpv6 } from './NetError.js'
import { parseAddressPrefix, type AddressPrefix, type PrefixProblem } from './prefix.js'

/**
 * A word of an entry and where it starts.
 *
 * @internal
 * @category model
 * @since 0.1.0
 * @example
 * const w: Word = { text: 'dynamic', position: 18 }
 */
export interface Word {
  readonly text: string
  readonly position: number
}

/**
 * The words of an entry, split at runs of whitespace (and commas, when `commas`).
 *
 * @internal
 * @category utils
 * @since 0.1.0
 * @example
 * words(' a  b', false) // [{ text: 'a', position: 1 }, { text: 'b', position: 4 }]
 */
export const words = (input: string, commas: boolean): ReadonlyArray<Word> => {
  // A scan by hand rather than `matchAll(/\S+/g)`: the regex iterator was the largest
  // single cost of building benchlab's 10k ports cold (~50 ms of ~700 in a profile; paired,
  // 11 fresh processes: median 0.93x of the whole cold build);
  // separators are exactly what `\s` matches (isSpace), so the words are the same.
  const out: Word[] = []
  let start = -1
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    const sep = isSpace(c) || (commas && c === 0x2c)
    if (sep) {
      if (start >= 0) out.push({ text: input.slice(start, i), position: start })
      start = -1
    } else if (start < 0) start = i
  }
  if (start >= 0) out.push({ text: input.slice(start), position: start })
  return out
}

/** Whether a UTF-16 code unit is one that the regex class `\s` matches (ECMAScript's WhiteSpace and LineTerminator). */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  (c > 0x7f &&
    (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))

/**
 * Parses address words into interface addresses (a bare address gets the full-length
 * prefix), collecting a problem for every bad word and every repeated address.
 *
 * @internal
 * @category utils
 * @since 0.1.0
 * @example
 * parseAddresses([{ text: '10.0.0.5', position: 18 }], true) // { ips: [10.0.0.5/32], problems: [] }
 */
export const parseAddresses = (
  ws: ReadonlyArray<Word>,
  allowPrefix: boolean,
): { readonly ips: ReadonlyArray<IfAddr.IfAddr>; readonly problems: ReadonlyArray<AddressProblem> } => {
  const ips: IfAddr.IfAddr[] = []
  const problems: AddressProblem[] = []
  for (const w of ws) {
    const r: E.Either<PrefixProblem | InvalidIpv4 | InvalidIpv6, AddressPrefix> = allowPrefix
      ? parseAddressPrefix(w.text)
      : E.map((address: Ip.Ip): AddressPrefix => ({ address, prefix: undefined }))(Ip.parse(w.text))
    if (E.isLeft(r)) {
      const left = r.left
      const cause: NonNullable<AddressProblem['cause']> =
        '_tag' in left
          ? left
          : (left.cause ?? { _tag: 'InvalidIfAddr', input: w.text, position: left.position, reason: left.reason, message: left.message })
      problems.push({
        position: w.position + r.left.position,
        reason: 'bad-ip',
        message: `${JSON.stringify(w.text)} is not an IPv4 or IPv6 address${allowPrefix ? ' (with an optional /prefix)' : ''}: ${r.left.message}`,
        cause,
      })
      continue
    }
    const { address, prefix } = r.right
    const ip: IfAddr.IfAddr = prefix === undefined ? IfAddr.fromIp(address) : { _tag: 'IfAddr', address, prefix }
    if (ips.some((x) => Ip.Eq.equals(x.address, address)))
      problems.push({ position: w.position, reason: 'duplicate-ip', message: `${Ip.print(address)} is listed twice` })
    else ips.push(ip)
  }
  return { ips, problems }
}

/**
 * Prints an interface address as an address-list word: a full-length prefix is omitted.
 *
 * @internal
 * @category utils
 * @since 0.1.0
 * @example
 * printAddress(IfAddr.fromIp({ _tag: 'Ipv4', value: 1 })) // '0.0.0.1'
 */
export const printAddress = (a: IfAddr.IfAddr): string => (IfAddr.isHost(a) ? Ip.print(a.address) : IfAddr.print(a))
