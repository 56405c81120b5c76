/**
 * staticRoute's fast path: the routes a controller makes by the hundred per router (an
 * IPv4 prefix and an IPv4 next hop, or `discard`, in canonical form, maybe a route table,
 * nothing else), checked and built in one pass: no problem collector, no closure, no
 * spread copies, no walk to freeze what it just made. For any other input it answers
 * `undefined`, and staticRoute takes the full check, which gives the same value or every
 * problem with its path; test/nb/dsl/routeFast.test.ts checks that both give equal values
 * (key order included).
 *
 * Why: benchlab's 1000 routes, cold (bench/dslCold.ts --data-first): the build allocates
 * 26.0 MB instead of 26.6; its time is within the noise of a loaded machine (CPU 1.01x,
 * wall 0.85x, 25 paired rounds): kept with the ACL and NAT paths, on the allocation.
 *
 * @internal
 * @module
 */
import { isIpv4, isIpv4Cidr } from '../net/canonical.js'
import { brand } from './brand.js'
import { NO_STRINGS } from './checks.js'
import type { StaticRoute, StaticRouteInput } from './route.js'

/**
 * The route, if the input is one this path builds and has nothing to report; undefined
 * otherwise (see the module).
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { fastStaticRoute } from './routeFast.js'
 * fastStaticRoute({ ipPrefix: '10.0.0.0/8', nexthop: '192.0.2.1' }) // the route
 * fastStaticRoute({ ipPrefix: '10.0.0.0/8', nexthop: 'fd00::1' }) // undefined: for the full check to report
 */
export const fastStaticRoute = (input: StaticRouteInput): StaticRoute | undefined => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined
  const { ipPrefix, nexthop } = input
  // canonical IPv4 text is kept as given, as the full check keeps it (net/canonical.ts); a
  // /32, which it prints bare, is left to it
  if (typeof ipPrefix !== 'string' || !(isIpv4(ipPrefix) || (isIpv4Cidr(ipPrefix) && !ipPrefix.endsWith('/32')))) return undefined
  if (typeof nexthop !== 'string' || !(nexthop === 'discard' || isIpv4(nexthop))) return undefined
  const routeTable = input.routeTable ?? ''
  if (typeof routeTable !== 'string') return undefined
  if (
    input.policy !== undefined ||
    input.outputPort !== undefined ||
    input.bfd !== undefined ||
    input.ecmpSymmetricReply !== undefined ||
    input.options !== undefined ||
    input.externalIds !== undefined
  )
    return undefined
  // the full check's key order (optional fields, absent here, around routeTable)
  const value: StaticRoute = { _tag: 'StaticRoute', ipPrefix, nexthop, routeTable, options: NO_STRINGS, externalIds: NO_STRINGS }
  return Object.freeze(brand(value))
}
