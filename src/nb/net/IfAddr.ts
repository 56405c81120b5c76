/**
 * Interface addresses: an address together with the prefix length of its subnet, as in
 * `Logical_Router_Port.networks` (`10.0.0.1/24` — the router's address is 10.0.0.1 and
 * 10.0.0.0/24 is routed to the port). Unlike a `Cidr`, host bits are expected.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as O from '../../deps/Option.js'
import type { Ord as Ord_ } from 'fp-ts/lib/Ord.js'
import * as Cidr from './Cidr.js'
import * as Ip from './Ip.js'
import type { InvalidIfAddr } from './NetError.js'
import { parseAddressPrefix } from './prefix.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An address and the prefix length of its subnet.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.IfAddr.IfAddr = { _tag: 'IfAddr', address: { _tag: 'Ipv4', value: 0x0a000001 }, prefix: 24 } // 10.0.0.1/24
 */
export interface IfAddr {
  readonly _tag: 'IfAddr'
  readonly address: Ip.Ip
  readonly prefix: number
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Parses `ADDRESS/PREFIX` (the prefix is required).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.IfAddr.parse('10.0.0.1/24') // right(10.0.0.1/24)
 * Net.IfAddr.parse('10.0.0.1/33') // left: reason 'prefix-out-of-range' at 9
 */
export const parse = (input: string): E.Either<InvalidIfAddr, IfAddr> => {
  const r = parseAddressPrefix(input)
  if (E.isLeft(r)) return E.left({ _tag: 'InvalidIfAddr', input, ...r.left })
  if (r.right.prefix === undefined)
    return E.left({
      _tag: 'InvalidIfAddr',
      input,
      position: input.length,
      reason: 'missing-prefix',
      message: 'expected "/" and a prefix length',
    })
  return E.right({ _tag: 'IfAddr', address: r.right.address, prefix: r.right.prefix })
}

/**
 * The interface address of the given address and prefix length, if the prefix is in
 * range for the family.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.IfAddr.make({ _tag: 'Ipv4', value: 1 }, 24) // some(0.0.0.1/24)
 */
export const make = (address: Ip.Ip, prefix: number): O.Option<IfAddr> =>
  Number.isInteger(prefix) && prefix >= 0 && prefix <= Ip.bits(Ip.family(address))
    ? O.some({ _tag: 'IfAddr', address, prefix })
    : O.none

/**
 * The address with a full-length prefix (`/32` or `/128`).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.IfAddr.print(Net.IfAddr.fromIp({ _tag: 'Ipv4', value: 1 })) // '0.0.0.1/32'
 */
export const fromIp = (address: Ip.Ip): IfAddr => ({ _tag: 'IfAddr', address, prefix: Ip.bits(Ip.family(address)) })

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Canonical text: `address/prefix`.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.IfAddr.parse('FD00::0001/64'), E.map(Net.IfAddr.print)) // right('fd00::1/64')
 */
export const print = (a: IfAddr): string => `${Ip.print(a.address)}/${a.prefix}`

/**
 * The family of the address.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.IfAddr.family({ _tag: 'IfAddr', address: { _tag: 'Ipv4', value: 1 }, prefix: 8 }) // 4
 */
export const family = (a: IfAddr): Ip.Family => Ip.family(a.address)

/**
 * The subnet of the address (host bits cleared).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.IfAddr.parse('10.0.0.1/24'), E.map((a) => Net.Cidr.print(Net.IfAddr.network(a)))) // right('10.0.0.0/24')
 */
export const network = (a: IfAddr): Cidr.Cidr =>
  O.getOrElse((): Cidr.Cidr => Cidr.fromIp(a.address))(Cidr.containing(a.address, a.prefix))

/**
 * Whether the prefix is the full length of the address (`/32`, `/128`): a bare address.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.IfAddr.isHost(Net.IfAddr.fromIp({ _tag: 'Ipv6', value: 1n })) // true
 */
export const isHost = (a: IfAddr): boolean => a.prefix === Ip.bits(family(a))

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Equality of interface addresses (address and prefix).
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a = Net.IfAddr.fromIp({ _tag: 'Ipv4', value: 1 })
 * Net.IfAddr.Eq.equals(a, a) // true
 */
export const Eq: Eq_.Eq<IfAddr> = Eq_.fromEquals((a, b) => a.prefix === b.prefix && Ip.Eq.equals(a.address, b.address))

/**
 * Order by address (IPv4 first), then by prefix length.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as A from 'fp-ts/lib/ReadonlyArray.js'
 * declare const networks: ReadonlyArray<Net.IfAddr.IfAddr>
 * A.sort(Net.IfAddr.Ord)(networks)
 */
export const Ord: Ord_<IfAddr> = {
  equals: Eq.equals,
  compare: (a, b) => {
    const c = Ip.Ord.compare(a.address, b.address)
    return c !== 0 ? c : a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0
  },
}
