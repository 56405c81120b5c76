/**
 * One entry of `Logical_Switch_Port.port_security` (ovn-nb(5)): a MAC followed by zero or
 * more IPv4/IPv6 addresses, each with an optional CIDR prefix (`80:fa:5b:06:72:b7
 * 192.168.1.10/24`; the host part may be nonzero — the prefix then only gives the
 * subnet's size). Words may be separated by spaces or commas. Printed canonically with
 * single spaces and full-length prefixes omitted.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as RA from '../../deps/ReadonlyArray.js'
import { parseAddresses, printAddress, words } from './addressList.js'
import * as IfAddr from './IfAddr.js'
import * as Mac from './Mac.js'
import type { AddressProblem, InvalidPortSecurity } from './NetError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The MAC the port may use and the addresses (with subnet prefix; a bare address has the
 * full-length prefix) it may use with it. No addresses: any L3 address.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const ps: Net.PortSecurity.PortSecurity = { _tag: 'PortSecurity', mac: { _tag: 'Mac', value: 1 }, ips: [] }
 */
export interface PortSecurity {
  readonly _tag: 'PortSecurity'
  readonly mac: Mac.Mac
  readonly ips: ReadonlyArray<IfAddr.IfAddr>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Parses one `port_security` entry, reporting every problem with its position.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.PortSecurity.parse('80:fa:5b:06:72:b7 192.168.1.10/24') // right(...)
 * Net.PortSecurity.parse('80:fa:5b:06:72:b7, 10.0.0.5, fd00::5') // right(...): commas separate too
 * Net.PortSecurity.parse('80:fa:5b:06:72:b7 10.0.0.5/40') // left: 'bad-ip' at 27
 */
export const parse = (input: string): E.Either<InvalidPortSecurity, PortSecurity> => {
  const [first, ...rest] = words(input, true)
  if (first === undefined)
    return E.left({ _tag: 'InvalidPortSecurity', input, problems: [{ position: 0, reason: 'empty', message: 'expected a MAC address' }] })
  const mac = Mac.parse(first.text)
  const macProblems: ReadonlyArray<AddressProblem> = E.isLeft(mac)
    ? [{ position: first.position + mac.left.position, reason: 'bad-mac', message: `expected a MAC address first: ${mac.left.message}`, cause: mac.left }]
    : []
  const { ips, problems } = parseAddresses(rest, true)
  if (E.isLeft(mac) || problems.length > 0)
    return E.left({ _tag: 'InvalidPortSecurity', input, problems: [...macProblems, ...problems] })
  return E.right({ _tag: 'PortSecurity', mac: mac.right, ips })
}

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Canonical text of an entry.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.PortSecurity.parse('80:FA:5B:06:72:B7,10.0.0.5/32'), E.map(Net.PortSecurity.print))
 * // right('80:fa:5b:06:72:b7 10.0.0.5')
 */
export const print = (ps: PortSecurity): string => [Mac.print(ps.mac), ...ps.ips.map(printAddress)].join(' ')

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Equality of entries (addresses compared in order, as written).
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const ps: Net.PortSecurity.PortSecurity = { _tag: 'PortSecurity', mac: { _tag: 'Mac', value: 1 }, ips: [] }
 * Net.PortSecurity.Eq.equals(ps, ps) // true
 */
export const Eq: Eq_.Eq<PortSecurity> = Eq_.fromEquals(
  (a, b) => Mac.Eq.equals(a.mac, b.mac) && RA.getEq(IfAddr.Eq).equals(a.ips, b.ips),
)
