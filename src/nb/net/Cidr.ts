/**
 * CIDR networks of either family (`10.0.0.0/8`, `fd00::/64`): a network address whose
 * host bits are zero, and a prefix length. A string with host bits set (`10.0.0.1/8`) is
 * refused with `host-bits-set` — that is an interface address, see `IfAddr`. Includes
 * what IP allocation needs: membership, size, and the n-th host.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as O from '../../deps/Option.js'
import type { Ord as Ord_ } from 'fp-ts/lib/Ord.js'
import * as Ip from './Ip.js'
import type { InvalidCidr } from './NetError.js'
import { hostMask, parseAddressPrefix } from './prefix.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A network: `network` has every bit beyond the first `prefix` bits zero.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const c: Net.Cidr.Cidr = { _tag: 'Cidr', network: { _tag: 'Ipv4', value: 0x0a000000 }, prefix: 8 } // 10.0.0.0/8
 */
export interface Cidr {
  readonly _tag: 'Cidr'
  readonly network: Ip.Ip
  readonly prefix: number
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Parses `ADDRESS/PREFIX`. The prefix is required and the host bits must be zero; the
 * error says which (and where).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Cidr.parse('10.0.0.0/8') // right(10.0.0.0/8)
 * Net.Cidr.parse('10.1.0.0/8') // left: reason 'host-bits-set', message suggests 10.0.0.0/8
 * Net.Cidr.parse('10.0.0.0') // left: reason 'missing-prefix'
 */
export const parse = (input: string): E.Either<InvalidCidr, Cidr> => {
  const r = parseAddressPrefix(input)
  if (E.isLeft(r)) return E.left({ _tag: 'InvalidCidr', input, ...r.left })
  const { address, prefix } = r.right
  if (prefix === undefined)
    return E.left({
      _tag: 'InvalidCidr',
      input,
      position: input.length,
      reason: 'missing-prefix',
      message: 'expected "/" and a prefix length',
    })
  return make(address, prefix, input)
}

/**
 * The network with the given address and prefix, refused when the prefix is out of range
 * or host bits are set. `input` names the value in the error (default: its printed form).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Cidr.make({ _tag: 'Ipv4', value: 0x0a000000 }, 8) // right(10.0.0.0/8)
 */
export const make = (network: Ip.Ip, prefix: number, input?: string): E.Either<InvalidCidr, Cidr> => {
  const fam = Ip.family(network)
  const text = input ?? `${Ip.print(network)}/${prefix}`
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > Ip.bits(fam))
    return E.left({
      _tag: 'InvalidCidr',
      input: text,
      position: text.indexOf('/') + 1,
      reason: 'prefix-out-of-range',
      message: `an IPv${fam} prefix is between 0 and ${Ip.bits(fam)}`,
    })
  const host = Ip.toBigInt(network) & hostMask(fam, prefix)
  if (host !== 0n) {
    const suggestion = print(truncate(network, prefix))
    return E.left({
      _tag: 'InvalidCidr',
      input: text,
      position: 0,
      reason: 'host-bits-set',
      message: `host bits are set (did you mean ${suggestion}?)`,
    })
  }
  return E.right({ _tag: 'Cidr', network, prefix })
}

const truncate = (ip: Ip.Ip, prefix: number): Cidr => {
  const fam = Ip.family(ip)
  const net = Ip.toBigInt(ip) & ~hostMask(fam, prefix)
  return { _tag: 'Cidr', network: unsafeIp(fam, net), prefix }
}

const unsafeIp = (fam: Ip.Family, n: bigint): Ip.Ip =>
  fam === 4 ? { _tag: 'Ipv4', value: Number(n) } : { _tag: 'Ipv6', value: n }

/**
 * The network of the given prefix length that contains `ip` (its host bits cleared), if
 * the prefix is in range.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Cidr.containing({ _tag: 'Ipv4', value: 0x0a000105 }, 24) // some(10.0.1.0/24)
 */
export const containing = (ip: Ip.Ip, prefix: number): O.Option<Cidr> =>
  Number.isInteger(prefix) && prefix >= 0 && prefix <= Ip.bits(Ip.family(ip)) ? O.some(truncate(ip, prefix)) : O.none

/**
 * The host route of an address: `/32` or `/128`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Cidr.print(Net.Cidr.fromIp({ _tag: 'Ipv4', value: 1 })) // '0.0.0.1/32'
 */
export const fromIp = (ip: Ip.Ip): Cidr => ({ _tag: 'Cidr', network: ip, prefix: Ip.bits(Ip.family(ip)) })

// -------------------------------------------------------------------------------------
// destructors
// -------------------------------------------------------------------------------------

/**
 * Canonical text: `network/prefix`.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Cidr.parse('FD00:0::/64'), E.map(Net.Cidr.print)) // right('fd00::/64')
 */
export const print = (c: Cidr): string => `${Ip.print(c.network)}/${c.prefix}`

/**
 * The family of the network.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.Cidr.family({ _tag: 'Cidr', network: { _tag: 'Ipv6', value: 0n }, prefix: 0 }) // 6
 */
export const family = (c: Cidr): Ip.Family => Ip.family(c.network)

/**
 * The number of addresses in the network (`2^(bits - prefix)`).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Cidr.parse('10.0.0.0/24'), E.map(Net.Cidr.size)) // right(256n)
 */
export const size = (c: Cidr): bigint => 1n << BigInt(Ip.bits(family(c)) - c.prefix)

/**
 * The netmask as an address (`255.255.255.0` for a `/24`).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Cidr.parse('10.0.0.0/24'), E.map((c) => Net.Ip.print(Net.Cidr.netmask(c)))) // right('255.255.255.0')
 */
export const netmask = (c: Cidr): Ip.Ip => {
  const fam = family(c)
  return unsafeIp(fam, ((1n << BigInt(Ip.bits(fam))) - 1n) & ~hostMask(fam, c.prefix))
}

/**
 * The last address of the network (the IPv4 broadcast address).
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Cidr.parse('10.0.0.0/24'), E.map((c) => Net.Ip.print(Net.Cidr.last(c)))) // right('10.0.0.255')
 */
export const last = (c: Cidr): Ip.Ip => unsafeIp(family(c), Ip.toBigInt(c.network) + size(c) - 1n)

/**
 * The address at offset `n` in the network (`0` is the network address), if inside it.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Cidr.parse('10.0.0.0/30'), E.map((c) => Net.Cidr.nth(c, 3))) // right(some(10.0.0.3))
 */
export const nth = (c: Cidr, n: number | bigint): O.Option<Ip.Ip> => {
  if (typeof n === 'number' && !Number.isInteger(n)) return O.none
  const k = BigInt(n)
  return k >= 0n && k < size(c) ? O.some(unsafeIp(family(c), Ip.toBigInt(c.network) + k)) : O.none
}

/**
 * How many addresses of the network can be given to hosts: all but the network and
 * broadcast addresses for IPv4 (both usable in a `/31`, RFC 3021), all but the
 * subnet-router anycast address (the network address) for IPv6 (both usable in a
 * `/127`, RFC 6164); a host route has one.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Cidr.parse('10.0.0.0/24'), E.map(Net.Cidr.hostCount)) // right(254n)
 */
export const hostCount = (c: Cidr): bigint => {
  const hostBits = Ip.bits(family(c)) - c.prefix
  if (hostBits <= 1) return size(c)
  return size(c) - (family(c) === 4 ? 2n : 1n)
}

/**
 * The `n`-th usable host address (0-based) of the network, as a sequential allocator
 * hands them out: the first host of `10.0.0.0/24` is `10.0.0.1`; none when `n` is
 * outside `[0, hostCount)`.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Net.Cidr.parse('10.0.0.0/24'), E.map((c) => Net.Cidr.nthHost(c, 0))) // right(some(10.0.0.1))
 * pipe(Net.Cidr.parse('10.0.0.0/24'), E.map((c) => Net.Cidr.nthHost(c, 254))) // right(none): 10.0.0.255 is broadcast
 */
export const nthHost = (c: Cidr, n: number | bigint): O.Option<Ip.Ip> => {
  if (typeof n === 'number' && !Number.isInteger(n)) return O.none
  const k = BigInt(n)
  if (k < 0n || k >= hostCount(c)) return O.none
  const offset = Ip.bits(family(c)) - c.prefix <= 1 ? 0n : 1n
  return nth(c, k + offset)
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * Whether the network contains an address (never, across families).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(
 *   E.Do,
 *   E.bind('c', () => Net.Cidr.parse('10.0.0.0/8')),
 *   E.bindW('ip', () => Net.Ip.parse('10.2.3.4')),
 *   E.map(({ c, ip }) => Net.Cidr.contains(c, ip)),
 * ) // right(true)
 */
export const contains = (c: Cidr, ip: Ip.Ip): boolean =>
  ip._tag === c.network._tag && (Ip.toBigInt(ip) & ~hostMask(family(c), c.prefix)) === Ip.toBigInt(c.network)

/**
 * Whether `outer` contains every address of `inner`.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(
 *   E.Do,
 *   E.bind('a', () => Net.Cidr.parse('10.0.0.0/8')),
 *   E.bind('b', () => Net.Cidr.parse('10.1.0.0/16')),
 *   E.map(({ a, b }) => Net.Cidr.subsumes(a, b)),
 * ) // right(true)
 */
export const subsumes = (outer: Cidr, inner: Cidr): boolean => outer.prefix <= inner.prefix && contains(outer, inner.network)

/**
 * Whether two networks share an address (one then contains the other).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(
 *   E.Do,
 *   E.bind('a', () => Net.Cidr.parse('10.0.0.0/24')),
 *   E.bind('b', () => Net.Cidr.parse('10.0.1.0/24')),
 *   E.map(({ a, b }) => Net.Cidr.overlaps(a, b)),
 * ) // right(false)
 */
export const overlaps = (a: Cidr, b: Cidr): boolean => subsumes(a, b) || subsumes(b, a)

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

/**
 * Equality of networks.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(
 *   E.Do,
 *   E.bind('a', () => Net.Cidr.parse('fd00:0::/64')),
 *   E.bind('b', () => Net.Cidr.parse('FD00::/64')),
 *   E.map(({ a, b }) => Net.Cidr.Eq.equals(a, b)),
 * ) // right(true)
 */
export const Eq: Eq_.Eq<Cidr> = Eq_.fromEquals((a, b) => a.prefix === b.prefix && Ip.Eq.equals(a.network, b.network))

/**
 * Order by network address (IPv4 first), then by prefix length.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * import * as A from 'fp-ts/lib/ReadonlyArray.js'
 * declare const cs: ReadonlyArray<Net.Cidr.Cidr>
 * A.sort(Net.Cidr.Ord)(cs)
 */
export const Ord: Ord_<Cidr> = {
  equals: Eq.equals,
  compare: (a, b) => {
    const c = Ip.Ord.compare(a.network, b.network)
    return c !== 0 ? c : a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0
  },
}
