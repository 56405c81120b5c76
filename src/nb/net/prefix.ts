/**
 * The `ADDRESS[/PREFIX]` syntax shared by CIDR networks, interface addresses and the
 * address lists of logical switch ports. Internal: the public parsers wrap it with their
 * own error tags.
 *
 * @internal
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Ip from './Ip.js'
import type { InvalidIpv4, InvalidIpv6, PrefixReason } from './NetError.js'

/**
 * A problem found by {@link parseAddressPrefix}, without its error tag.
 *
 * @internal
 * @category model
 * @since 0.1.0
 * @example
 * const p: PrefixProblem = { position: 9, reason: 'prefix-out-of-range', message: 'an IPv4 prefix is at most 32' }
 */
export interface PrefixProblem {
  readonly position: number
  readonly reason: PrefixReason
  readonly message: string
  readonly cause?: InvalidIpv4 | InvalidIpv6
}

/**
 * An address and, when written, its prefix length.
 *
 * @internal
 * @category model
 * @since 0.1.0
 * @example
 * const a: AddressPrefix = { address: { _tag: 'Ipv4', value: 1 }, prefix: 24 }
 */
export interface AddressPrefix {
  readonly address: Ip.Ip
  readonly prefix: number | undefined
}

/**
 * Parses `ADDRESS` or `ADDRESS/PREFIX` (decimal prefix without leading zeros, at most
 * the family's width).
 *
 * @internal
 * @category constructors
 * @since 0.1.0
 * @example
 * parseAddressPrefix('10.0.0.1/24') // right({ address: 10.0.0.1, prefix: 24 })
 */
export const parseAddressPrefix = (input: string): E.Either<PrefixProblem, AddressPrefix> => {
  const slash = input.indexOf('/')
  const text = slash < 0 ? input : input.slice(0, slash)
  const address = Ip.parse(text)
  if (E.isLeft(address))
    return E.left({
      position: address.left.position,
      reason: 'bad-address',
      message: address.left.message,
      cause: address.left,
    })
  if (slash < 0) return E.right({ address: address.right, prefix: undefined })
  const digits = input.slice(slash + 1)
  const at = slash + 1
  if (!/^(0|[1-9][0-9]{0,2})$/.test(digits))
    return E.left({ position: at, reason: 'bad-prefix', message: 'expected a decimal prefix length after "/"' })
  const prefix = Number(digits)
  const max = Ip.bits(Ip.family(address.right))
  if (prefix > max)
    return E.left({
      position: at,
      reason: 'prefix-out-of-range',
      message: `an IPv${Ip.family(address.right)} prefix is at most ${max}`,
    })
  return E.right({ address: address.right, prefix })
}

/**
 * The mask of the host bits of a prefix (the bits a network address must have zero).
 *
 * @internal
 * @category utils
 * @since 0.1.0
 * @example
 * hostMask(4, 24) // 255n
 */
export const hostMask = (family: Ip.Family, prefix: number): bigint => (1n << BigInt(Ip.bits(family) - prefix)) - 1n
