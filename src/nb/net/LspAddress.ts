/**
 * One entry of `Logical_Switch_Port.addresses` (ovn-nb(5)): `MAC [IP[/PREFIX]...]`,
 * `unknown`, `router`, `dynamic [IPV4] [IPV6]` or `MAC dynamic`. Parsed with every problem
 * reported at its position; printed canonically (lowercase MAC, canonical addresses, one
 * space between words, full-length prefixes omitted).
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import * as O from '../../deps/Option.js'
import * as RA from '../../deps/ReadonlyArray.js'
import { parseAddresses, printAddress, words, type Word } from './addressList.js'
import * as IfAddr from './IfAddr.js'
import * as Ip from './Ip.js'
import type * as Ipv4 from './Ipv4.js'
import type * as Ipv6 from './Ipv6.js'
import * as Mac from './Mac.js'
import type { AddressProblem, InvalidLspAddress } from './NetError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A fixed MAC and the IP addresses the port owns (possibly none). An address written
 * with a prefix (`10.0.0.5/24`) keeps it; a bare one has the full-length prefix.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.LspAddress.Static = { _tag: 'Static', mac: { _tag: 'Mac', value: 1 }, ips: [] }
 */
export interface Static {
  readonly _tag: 'Static'
  readonly mac: Mac.Mac
  readonly ips: ReadonlyArray<IfAddr.IfAddr>
}

/**
 * `dynamic`: ovn-northd allocates the MAC and addresses (optionally with a requested
 * IPv4 and/or IPv6 address: `dynamic 10.0.0.5 fd00::5`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.LspAddress.Dynamic = { _tag: 'Dynamic' }
 */
export interface Dynamic {
  readonly _tag: 'Dynamic'
  readonly ipv4?: Ipv4.Ipv4
  readonly ipv6?: Ipv6.Ipv6
}

/**
 * `MAC dynamic`: a fixed MAC, addresses allocated by ovn-northd.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.LspAddress.MacDynamic = { _tag: 'MacDynamic', mac: { _tag: 'Mac', value: 1 } }
 */
export interface MacDynamic {
  readonly _tag: 'MacDynamic'
  readonly mac: Mac.Mac
}

/**
 * `router`: the addresses of the peer router port (ports of type `router` only).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.LspAddress.Router = Net.LspAddress.router
 */
export interface Router {
  readonly _tag: 'Router'
}

/**
 * `unknown`: the port also receives frames for MACs no port claims.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const a: Net.LspAddress.Unknown = Net.LspAddress.unknown
 */
export interface Unknown {
  readonly _tag: 'Unknown'
}

/**
 * One `addresses` entry.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * const describe = (a: Net.LspAddress.LspAddress): string => a._tag
 */
export type LspAddress = Static | Dynamic | MacDynamic | Router | Unknown

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * The `router` entry.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.print(Net.LspAddress.router) // 'router'
 */
export const router: Router = { _tag: 'Router' }

/**
 * The `unknown` entry.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.print(Net.LspAddress.unknown) // 'unknown'
 */
export const unknown: Unknown = { _tag: 'Unknown' }

/**
 * The `dynamic` entry without requested addresses.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.print(Net.LspAddress.dynamic) // 'dynamic'
 */
export const dynamic: Dynamic = { _tag: 'Dynamic' }

/**
 * A fixed MAC with bare IP addresses.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.print(Net.LspAddress.fixed({ _tag: 'Mac', value: 1 }, [{ _tag: 'Ipv4', value: 2 }]))
 * // '00:00:00:00:00:01 0.0.0.2'
 */
export const fixed = (mac: Mac.Mac, ips: ReadonlyArray<Ip.Ip>): Static => ({
  _tag: 'Static',
  mac,
  ips: ips.map(IfAddr.fromIp),
})

const problem = (input: string, problems: ReadonlyArray<AddressProblem>): E.Either<InvalidLspAddress, never> =>
  E.left({ _tag: 'InvalidLspAddress', input, problems })

const unexpected = (ws: ReadonlyArray<Word>, after: string): ReadonlyArray<AddressProblem> =>
  ws.map((w) => ({
    position: w.position,
    reason: 'unexpected-word' as const,
    message: `unexpected ${JSON.stringify(w.text)} after ${JSON.stringify(after)}`,
  }))

/**
 * Parses one `addresses` entry, reporting every problem with its position.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.parse('0a:00:00:00:00:01 10.0.0.5 fd00::5') // right(Static)
 * Net.LspAddress.parse('0A:00:00:00:00:01 dynamic') // right(MacDynamic)
 * Net.LspAddress.parse('dynamic 10.0.0.9') // right({ _tag: 'Dynamic', ipv4: 10.0.0.9 })
 * Net.LspAddress.parse('unknown 10.0.0.5') // left: 'unexpected-word' at 8
 */
export const parse = (input: string): E.Either<InvalidLspAddress, LspAddress> => {
  const ws = words(input, false)
  const [first, ...rest] = ws
  if (first === undefined) return problem(input, [{ position: 0, reason: 'empty', message: 'expected a MAC address or a keyword' }])
  switch (first.text) {
    case 'unknown':
    case 'router':
      return rest.length > 0 ? problem(input, unexpected(rest, first.text)) : E.right(first.text === 'router' ? router : unknown)
    case 'dynamic': {
      const all = [...parseAddresses(rest, false).problems]
      let ipv4: Ipv4.Ipv4 | undefined
      let ipv6: Ipv6.Ipv6 | undefined
      for (const w of rest) {
        const a = ipOf(w)
        if (a === undefined) continue
        const seen = a._tag === 'Ipv4' ? ipv4 : ipv6
        if (seen === undefined) {
          if (a._tag === 'Ipv4') ipv4 = a
          else ipv6 = a
        } else if (!Ip.Eq.equals(seen, a))
          all.push({ position: w.position, reason: 'duplicate-family', message: `"dynamic" takes at most one IPv${Ip.family(a)} address` })
      }
      if (all.length > 0) return problem(input, sortProblems(all))
      return E.right({ _tag: 'Dynamic', ...(ipv4 !== undefined ? { ipv4 } : {}), ...(ipv6 !== undefined ? { ipv6 } : {}) })
    }
  }
  const mac = Mac.parse(first.text)
  const macProblems: ReadonlyArray<AddressProblem> = E.isLeft(mac)
    ? [
        {
          position: first.position + mac.left.position,
          reason: 'bad-mac',
          message: `expected a MAC address or "unknown", "router", "dynamic": ${mac.left.message}`,
          cause: mac.left,
        },
      ]
    : []
  if (rest[0]?.text === 'dynamic') {
    const extra = unexpected(rest.slice(1), 'dynamic')
    if (E.isLeft(mac) || extra.length > 0) return problem(input, [...macProblems, ...extra])
    return E.right({ _tag: 'MacDynamic', mac: mac.right })
  }
  const { ips, problems } = parseAddresses(rest, true)
  if (E.isLeft(mac) || problems.length > 0) return problem(input, [...macProblems, ...problems])
  return E.right({ _tag: 'Static', mac: mac.right, ips })
}

const ipOf = (w: Word): Ip.Ip | undefined => O.toUndefined(O.fromEither(Ip.parse(w.text)))

const sortProblems = (ps: ReadonlyArray<AddressProblem>): ReadonlyArray<AddressProblem> =>
  [...ps].sort((a, b) => a.position - b.position)

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
 * pipe(Net.LspAddress.parse('0A:00:00:00:00:01   FD00:0::5/128'), E.map(Net.LspAddress.print))
 * // right('0a:00:00:00:00:01 fd00::5')
 */
export const print = (a: LspAddress): string => {
  switch (a._tag) {
    case 'Static': {
      // concatenated, no arrays (DSL build hot path: every port's addresses are printed)
      let text = Mac.print(a.mac)
      for (const ip of a.ips) text += ` ${printAddress(ip)}`
      return text
    }
    case 'Dynamic':
      return ['dynamic', ...(a.ipv4 !== undefined ? [Ip.print(a.ipv4)] : []), ...(a.ipv6 !== undefined ? [Ip.print(a.ipv6)] : [])].join(' ')
    case 'MacDynamic':
      return `${Mac.print(a.mac)} dynamic`
    case 'Router':
      return 'router'
    case 'Unknown':
      return 'unknown'
  }
}

/**
 * The fixed MAC of an entry, if it has one.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.mac(Net.LspAddress.unknown) // none
 */
export const mac = (a: LspAddress): O.Option<Mac.Mac> =>
  a._tag === 'Static' || a._tag === 'MacDynamic' ? O.some(a.mac) : O.none

/**
 * The fixed or requested IP addresses of an entry.
 *
 * @category destructors
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.ips(Net.LspAddress.router) // []
 */
export const ips = (a: LspAddress): ReadonlyArray<Ip.Ip> => {
  switch (a._tag) {
    case 'Static':
      return a.ips.map((x) => x.address)
    case 'Dynamic':
      return [...(a.ipv4 !== undefined ? [a.ipv4] : []), ...(a.ipv6 !== undefined ? [a.ipv6] : [])]
    default:
      return []
  }
}

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

const optionalEq = <A>(eq: Eq_.Eq<A>) => (x: A | undefined, y: A | undefined): boolean =>
  x === undefined || y === undefined ? x === y : eq.equals(x, y)

/**
 * Equality of entries (addresses compared in order, as written).
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Net } from 'ovn-nb'
 * Net.LspAddress.Eq.equals(Net.LspAddress.router, Net.LspAddress.router) // true
 */
export const Eq: Eq_.Eq<LspAddress> = Eq_.fromEquals((a, b) => {
  switch (a._tag) {
    case 'Static':
      return b._tag === 'Static' && Mac.Eq.equals(a.mac, b.mac) && RA.getEq(IfAddr.Eq).equals(a.ips, b.ips)
    case 'Dynamic':
      return (
        b._tag === 'Dynamic' &&
        optionalEq<Ip.Ip>(Ip.Eq)(a.ipv4, b.ipv4) &&
        optionalEq<Ip.Ip>(Ip.Eq)(a.ipv6, b.ipv6)
      )
    case 'MacDynamic':
      return b._tag === 'MacDynamic' && Mac.Eq.equals(a.mac, b.mac)
    case 'Router':
    case 'Unknown':
      return a._tag === b._tag
  }
})
