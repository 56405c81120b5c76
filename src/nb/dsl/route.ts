/**
 * Routing by value: static routes and routing policies, held by their router
 * ({@link logicalRouter} `staticRoutes`, `policies`). Prefixes and next hops are printed
 * as ovn-nbctl normalizes them, so routes made here match routes made there.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { fastStaticRoute } from './routeFast.js'
import { Ip } from '../net/index.js'
import { checkInt, checkName, checkOneOf, Problems, type DslError, type StringMap } from './common.js'
import { bfd, type Bfd, type BfdInput } from './bfd.js'
import { boolOption, checkIp, checkIpText, ipFamily, listOf, checkMatch, checkPrefix, checkRecord, checkTaggedOpt, intOption, matchReferences, withOptions, checkOptionalStringMap } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link staticRoute} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { StaticRouteInput } from 'ovn-nb'
 * const i: StaticRouteInput = { ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', outputPort: 'lrp-ext' }
 */
export interface StaticRouteInput {
  /** A network (`10.1.0.0/16`) or an address (`10.1.0.5`, the same as `/32`). */
  readonly ipPrefix: string
  /** An address of the prefix's family, or `discard` (drop what matches). */
  readonly nexthop: string
  /** What the prefix is compared with; OVN's default is `dst-ip`. */
  readonly policy?: 'dst-ip' | 'src-ip' | undefined
  /** The routing table (default `""`, the global one); ports select one by `routeTable`. */
  readonly routeTable?: string | undefined
  /** The router port to send through (default: found from the next hop). */
  readonly outputPort?: string | undefined
  /** The BFD session watching the next hop (its `dstIp` must be the next hop). */
  readonly bfd?: Bfd | BfdInput | undefined
  /** options:ecmp_symmetric_reply (gateway routers). */
  readonly ecmpSymmetricReply?: boolean | undefined
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A Logical_Router_Static_Route by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { staticRoute } from 'ovn-nb'
 * const r = staticRoute({ ipPrefix: '10.1.0.0/16', nexthop: '10.0.0.254' })
 */
export interface StaticRoute {
  readonly _tag: 'StaticRoute'
  readonly ipPrefix: string
  readonly nexthop: string
  readonly policy?: 'dst-ip' | 'src-ip'
  readonly routeTable: string
  readonly outputPort?: string
  readonly bfd?: Bfd
  readonly options: StringMap
  readonly externalIds: StringMap
}

/**
 * What {@link routerPolicy} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RouterPolicyInput } from 'ovn-nb'
 * const i: RouterPolicyInput = { priority: 100, match: 'ip4.src == 10.0.2.0/24 && ip4.dst == 0.0.0.0/0', action: 'reroute', nexthops: ['10.0.0.254'] }
 */
export interface RouterPolicyInput {
  /** 0..32767 */
  readonly priority: number
  readonly match: string
  readonly action: 'allow' | 'drop' | 'reroute'
  /** `reroute` only: one or more next hops of one family (ECMP when several). */
  readonly nexthops?: ReadonlyArray<string> | undefined
  /** options:pkt_mark — mark the packets the policy applies to. */
  readonly pktMark?: number | undefined
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A Logical_Router_Policy by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { routerPolicy } from 'ovn-nb'
 * const d = routerPolicy({ priority: 10, match: 'ip4.dst == 192.0.2.0/24', action: 'drop' })
 */
export interface RouterPolicy {
  readonly _tag: 'RouterPolicy'
  readonly priority: number
  readonly match: string
  readonly action: 'allow' | 'drop' | 'reroute'
  /** Canonical, sorted. */
  readonly nexthops: ReadonlyArray<string>
  readonly options: StringMap
  readonly externalIds: StringMap
  /** The address sets and port groups the match names. */
  readonly references: { readonly addressSets: ReadonlyArray<string>; readonly portGroups: ReadonlyArray<string> }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A static route. The next hop is of the prefix's family; a BFD session must watch the
 * route's next hop.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { staticRoute } from 'ovn-nb'
 * staticRoute({ ipPrefix: '10.1.0.5/32', nexthop: '10.0.0.254' }) // ipPrefix '10.1.0.5'
 * staticRoute({ ipPrefix: '192.0.2.0/24', nexthop: 'discard' })
 * staticRoute({ ipPrefix: '10.1.0.0/16', nexthop: 'fd00::1' }) // Left: nexthop is IPv6 for an IPv4 prefix
 */
export const staticRoute = (input: StaticRouteInput): E.Either<DslError, StaticRoute> => {
  // the common routes from the fast path; the others, and every problem, from the full
  // check — both give the same value (routeFast.ts)
  const fast = fastStaticRoute(input)
  return fast !== undefined ? E.right(fast) : checkedStaticRoute(input)
}

/**
 * A static route, checked in full.
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { checkedStaticRoute } from './route.js'
 * checkedStaticRoute({ ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1' }) // Right
 */
export const checkedStaticRoute = (input: StaticRouteInput): E.Either<DslError, StaticRoute> => {
  const p = new Problems('staticRoute', input)
  const i = checkRecord(p, '', input)
  const prefix = checkPrefix(p, 'ipPrefix', i['ipPrefix'])
  let nexthop = ''
  if (i['nexthop'] === 'discard') nexthop = 'discard'
  else {
    const nh = checkIpText(p, 'nexthop', i['nexthop'])
    if (nh !== undefined) {
      nexthop = nh
      if (prefix !== undefined && ipFamily(nh) !== prefix.family) p.add('nexthop', `an IPv${ipFamily(nh)} next hop for an IPv${prefix.family} prefix`, 'invalid_value')
    }
  }
  if (i['policy'] !== undefined) checkOneOf(p, 'policy', i['policy'], ['dst-ip', 'src-ip'] as const)
  const routeTable = i['routeTable'] ?? ''
  if (typeof routeTable !== 'string') p.add('routeTable', 'must be a string', 'invalid_type')
  if (i['outputPort'] !== undefined) checkName(p, 'outputPort', i['outputPort'])
  const b = checkTaggedOpt<Bfd>(p, 'bfd', i['bfd'], 'Bfd', 'bfd', { build: bfd })
  if (b !== undefined) {
    if (nexthop === 'discard') p.add('bfd', 'a discard route has no next hop to watch', 'invalid_value')
    else if (nexthop !== '' && b.dstIp !== nexthop) p.add('bfd', `the session watches ${b.dstIp}, not the next hop ${nexthop}`, 'invalid_value')
  }
  const options = withOptions(p, 'options', i['options'], { ecmp_symmetric_reply: boolOption(p, 'ecmpSymmetricReply', i['ecmpSymmetricReply']) })
  const externalIds = checkOptionalStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'StaticRoute' as const,
    ipPrefix: prefix?.text ?? '',
    nexthop,
    ...(i['policy'] !== undefined ? { policy: i['policy'] as 'dst-ip' | 'src-ip' } : {}),
    routeTable: routeTable as string,
    ...(i['outputPort'] !== undefined ? { outputPort: i['outputPort'] as string } : {}),
    ...(b !== undefined ? { bfd: b } : {}),
    options,
    externalIds,
  }))
}

/**
 * A routing policy. The match is validated like an ACL's; `reroute` needs next hops,
 * `allow` and `drop` take none.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { routerPolicy } from 'ovn-nb'
 * routerPolicy({ priority: 1000, match: 'ip4.src == 10.0.2.0/24', action: 'reroute', nexthops: ['10.0.0.253', '10.0.0.254'] })
 * routerPolicy({ priority: 40000, match: 'ip4.src ==', action: 'reroute' }) // Left: priority, match, nexthops
 */
export const routerPolicy = (input: RouterPolicyInput): E.Either<DslError, RouterPolicy> => {
  const p = new Problems('routerPolicy', input)
  const i = checkRecord(p, '', input)
  checkInt(p, 'priority', i['priority'], 0, 32767)
  const match = checkMatch(p, 'match', i['match'])
  const actionOk = checkOneOf(p, 'action', i['action'], ['allow', 'drop', 'reroute'] as const)
  const nexthops: string[] = []
  const families = new Set<number>()
  listOf(p, 'nexthops', i['nexthops']).forEach((x, j) => {
    const ip = checkIp(p, `nexthops[${j}]`, x)
    if (ip === undefined) return
    const s = Ip.print(ip)
    if (nexthops.includes(s)) return p.add(`nexthops[${j}]`, `duplicate next hop ${s}`, 'duplicate_name')
    families.add(Ip.family(ip))
    nexthops.push(s)
  })
  if (families.size > 1) p.add('nexthops', 'next hops must be of one family', 'invalid_value')
  if (actionOk && i['action'] === 'reroute' && (!Array.isArray(i['nexthops']) || i['nexthops'].length === 0)) p.add('nexthops', 'reroute needs at least one next hop', 'invalid_value')
  if (actionOk && i['action'] !== 'reroute' && Array.isArray(i['nexthops']) && i['nexthops'].length > 0) p.add('nexthops', `only reroute takes next hops, not ${i['action'] as string}`, 'invalid_value')
  const options = withOptions(p, 'options', i['options'], { pkt_mark: intOption(p, 'pktMark', i['pktMark'], 0, 4294967295) })
  const externalIds = checkOptionalStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'RouterPolicy' as const,
    priority: i['priority'] as number,
    match: match ?? '',
    action: i['action'] as 'allow' | 'drop' | 'reroute',
    nexthops: nexthops.sort(),
    options,
    externalIds,
    references: matchReferences(match ?? ''),
  }))
}
