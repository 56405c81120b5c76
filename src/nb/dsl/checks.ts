/**
 * Checks the DSL constructors share beyond those of `common`: addresses parsed with
 * `nb/net` and printed in canonical form, typed options merged with free-form ones,
 * lists and values held by value. Internal to the DSL (not re-exported).
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { validateMatch } from '../match/index.js'
import { Cidr, IfAddr, Ip, Mac } from '../net/index.js'
import { isIpv4, isIpv4Cidr } from '../net/canonical.js'
import { checkStringMap, type DslError, type IssuePath, type Problems, type StringMap } from './common.js'
import { currentScope, type RefKind } from './scope.js'
import { forgedMessage, isBuilt } from './brand.js'

// -------------------------------------------------------------------------------------
// addresses
// -------------------------------------------------------------------------------------

/**
 * Parses an IP address (of one family, when given).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkIp } from './checks.js'
 * checkIp(new Problems('x'), 'ip', '10.0.0.1', 4) // the address
 */
export const checkIp = (p: Problems, path: string, v: unknown, family?: 4 | 6): Ip.Ip | undefined => {
  if (typeof v !== 'string') return void p.add(path, `must be an IP address string, got ${JSON.stringify(v)}`, 'invalid_type')
  const ip = p.take(path, Ip.parse(v))
  if (ip !== undefined && family !== undefined && Ip.family(ip) !== family) return void p.add(path, `must be an IPv${family} address, got ${v}`, 'invalid_ip')
  return ip
}

/**
 * An IP address (of one family, when given) in canonical text. An IPv4 address already
 * in canonical form is kept as given (see net/canonical.ts: no parsed object, no printed
 * copy); anything else is parsed and printed, its problems recorded as {@link checkIp} does.
 *
 * @category checks
 * @since 0.2.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkIpText } from './checks.js'
 * checkIpText(new Problems('x'), 'nexthop', 'FD00::1') // 'fd00::1'
 */
export const checkIpText = (p: Problems, path: string, v: unknown, family?: 4 | 6): string | undefined => {
  if (typeof v === 'string' && family !== 6 && isIpv4(v)) return v
  const ip = checkIp(p, path, v, family)
  return ip === undefined ? undefined : Ip.print(ip)
}

/**
 * The family of an IP address's canonical text (as Ip.parse tells them apart).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { ipFamily } from './checks.js'
 * ipFamily('fd00::1') // 6
 */
export const ipFamily = (text: string): 4 | 6 => (text.includes(':') ? 6 : 4)

/**
 * Parses a MAC address and prints it canonically (lowercase).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkMac } from './checks.js'
 * checkMac(new Problems('x'), 'mac', '0A:00:00:00:00:01') // '0a:00:00:00:00:01'
 */
export const checkMac = (p: Problems, path: string, v: unknown): string | undefined => {
  if (typeof v !== 'string') return void p.add(path, `must be a MAC address string, got ${JSON.stringify(v)}`, 'invalid_type')
  const m = p.take(path, Mac.parse(v))
  return m === undefined ? undefined : Mac.print(m)
}

/**
 * A network or a single address: `10.0.0.0/24`, `10.0.0.5` or `10.0.0.5/32`. Printed
 * as ovn-nbctl normalizes it: a full-length prefix as the bare address.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkPrefix } from './checks.js'
 * checkPrefix(new Problems('x'), 'ipPrefix', '10.0.0.5/32') // { text: '10.0.0.5', family: 4, host: true }
 */
export const checkPrefix = (p: Problems, path: string, v: unknown): { readonly text: string; readonly family: 4 | 6; readonly host: boolean } | undefined => {
  if (typeof v !== 'string') return void p.add(path, `must be an IP address or network string, got ${JSON.stringify(v)}`, 'invalid_value')
  // IPv4 text already canonical is kept as given (net/canonical.ts); a /32 is printed bare below
  if (isIpv4(v)) return { text: v, family: 4, host: true }
  if (isIpv4Cidr(v) && !v.endsWith('/32')) return { text: v, family: 4, host: false }
  if (!v.includes('/')) {
    const ip = p.take(path, Ip.parse(v))
    return ip === undefined ? undefined : { text: Ip.print(ip), family: Ip.family(ip), host: true }
  }
  const c = p.take(path, Cidr.parse(v))
  if (c === undefined) return undefined
  const host = c.prefix === Ip.bits(Cidr.family(c))
  return { text: host ? Ip.print(c.network) : Cidr.print(c), family: Cidr.family(c), host }
}

/**
 * Parses a network (`fd00::/64`, host bits zero) and prints it canonically.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkCidr } from './checks.js'
 * checkCidr(new Problems('x'), 'prefix', 'FD00::/64', 6) // 'fd00::/64'
 */
export const checkCidr = (p: Problems, path: string, v: unknown, family?: 4 | 6): string | undefined => {
  if (typeof v !== 'string') return void p.add(path, `must be a network string, got ${JSON.stringify(v)}`, 'invalid_type')
  const c = p.take(path, Cidr.parse(v))
  if (c === undefined) return undefined
  if (family !== undefined && Cidr.family(c) !== family) return void p.add(path, `must be an IPv${family} network, got ${v}`, 'invalid_value')
  return Cidr.print(c)
}

/**
 * Parses an interface address (`10.0.0.1/24`).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkIfAddr } from './checks.js'
 * checkIfAddr(new Problems('x'), 'networks[0]', '10.0.0.1/24')
 */
export const checkIfAddr = (p: Problems, path: string, v: unknown): IfAddr.IfAddr | undefined => {
  if (typeof v !== 'string') return void p.add(path, `must be an interface address string such as "10.0.0.1/24", got ${JSON.stringify(v)}`, 'invalid_value')
  return p.take(path, IfAddr.parse(v))
}

// -------------------------------------------------------------------------------------
// matches
// -------------------------------------------------------------------------------------

/**
 * A match expression, parsed and type-checked as OVN would (each problem recorded with
 * its position); returned trimmed.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkMatch } from './checks.js'
 * checkMatch(new Problems('x'), 'match', 'ip4.src == 10.0.0.0/8') // 'ip4.src == 10.0.0.0/8'
 */
export const checkMatch = (p: Problems, path: string, v: unknown): string | undefined => {
  if (typeof v !== 'string' || v.trim() === '') return void p.add(path, 'must be a non-empty match expression', 'invalid_match')
  const match = v.trim()
  const m = validateMatch(match)
  if (E.isLeft(m)) {
    for (const pr of m.left.problems) p.add(path, `at ${pr.position}: ${pr.message}`, 'invalid_match')
    return undefined
  }
  return match
}

/**
 * The address sets (`$name`) and port groups (`@name`) a match names, outside quoted
 * strings, sorted.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { matchReferences } from './checks.js'
 * matchReferences('ip4.src == $as1 && outport == @pg1') // { addressSets: ['as1'], portGroups: ['pg1'] }
 */
export const matchReferences = (match: string): { readonly addressSets: ReadonlyArray<string>; readonly portGroups: ReadonlyArray<string> } => {
  // One scan by hand, no regexes: every ACL, QoS rule and policy is scanned (benchlab: 1000
  // ACLs). It finds what the regexes did — quoted strings /"(?:[^"\\]|\\.)*"/ skipped (an
  // unterminated quote is an ordinary character), then /\$NAME/ and /@NAME/ with NAME
  // [A-Za-z_][A-Za-z0-9_.]* — test/nb/dsl/matchReferences.test.ts compares them.
  let sets: string[] | undefined
  let groups: string[] | undefined
  const n = match.length
  let i = 0
  while (i < n) {
    const c = match.charCodeAt(i)
    if (c === 0x22) {
      const end = quotedEnd(match, i)
      i = end < 0 ? i + 1 : end
    } else if ((c === 0x24 || c === 0x40) && i + 1 < n && isNameStart(match.charCodeAt(i + 1))) {
      let j = i + 2
      while (j < n && isNameChar(match.charCodeAt(j))) j++
      const name = match.slice(i + 1, j)
      if (c === 0x24) (sets ??= []).push(name)
      else (groups ??= []).push(name)
      i = j
    } else i++
  }
  return { addressSets: uniqueSorted(sets), portGroups: uniqueSorted(groups) }
}

// the end (after the closing quote) of the quoted string opening at `start`, or -1 when it
// is not closed; a backslash escapes any character but a line terminator (as the regex's `.`)
const quotedEnd = (s: string, start: number): number => {
  for (let j = start + 1; j < s.length; j++) {
    const c = s.charCodeAt(j)
    if (c === 0x22) return j + 1
    if (c === 0x5c) {
      const next = s.charCodeAt(j + 1)
      if (j + 1 >= s.length || next === 0x0a || next === 0x0d || next === 0x2028 || next === 0x2029) return -1
      j++
    }
  }
  return -1
}
const isNameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e
// none: one frozen empty list for every match that names none (values are frozen anyway)
const NONE: ReadonlyArray<string> = Object.freeze([])
const uniqueSorted = (xs: string[] | undefined): ReadonlyArray<string> => (xs === undefined ? NONE : xs.length === 1 ? xs : [...new Set(xs)].sort())

// -------------------------------------------------------------------------------------
// plain values
// -------------------------------------------------------------------------------------

/**
 * A list given as an array (absent: empty); anything else is a problem.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { listOf } from './checks.js'
 * listOf(new Problems('x'), 'ports', undefined) // []
 */
export const listOf = (p: Problems, path: string, v: unknown): ReadonlyArray<unknown> => {
  if (v === undefined) return []
  if (!Array.isArray(v)) {
    p.add(path, 'must be a list', 'invalid_type')
    return []
  }
  return v
}

/**
 * How a field holding values of one kind also takes their inputs (plain objects, built
 * with the kind's constructor) and, inside a topology, names.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { ItemSpec } from './checks.js'
 * const s: ItemSpec<{ readonly _tag: 'Copp' }> = { ref: 'copp' }
 */
export interface ItemSpec<A> {
  /** Builds the value from its input (a plain object without `_tag`). */
  readonly build?: ((input: never) => E.Either<DslError, A>) | undefined
  /**
   * Reads an object that carries the kind's `_tag` but that no constructor built (plain
   * data with a tag: a generic row printed to JSON); absent: such objects are refused.
   */
  readonly fromData?: ((data: unknown) => E.Either<DslError, A>) | undefined
  /** The kind a string names; absent: strings are refused. */
  readonly ref?: RefKind | undefined
}

const KIND_WORDS: Readonly<Record<RefKind, string>> = {
  switchPort: 'switch port',
  dhcpOptions: 'DHCP options key',
  addressSet: 'address set',
  loadBalancer: 'load balancer',
  loadBalancerGroup: 'load balancer group',
  haChassisGroup: 'HA chassis group',
  mirror: 'mirror',
  copp: 'CoPP policy',
  dns: 'DNS records key',
}

/**
 * One value of a kind: the value itself, its input (built here, its problems nested
 * under `path`), or a name resolved in the current topology's scope.
 *
 * @category checks
 * @since 0.2.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkItem } from './checks.js'
 * checkItem(new Problems('x'), 'copp', 'cp1', 'Copp', 'copp', { ref: 'copp' })
 * // undefined, and an unresolved_reference problem: outside topology(...) names are not resolved
 */
export const checkItem = <A extends { readonly _tag: string }>(p: Problems, path: string | IssuePath, x: unknown, tag: A['_tag'], what: string, spec: ItemSpec<A> = {}): A | undefined => {
  if (typeof x === 'object' && x !== null && (x as { _tag?: unknown })._tag === tag) {
    if (isBuilt(x)) return x as A
    // the tag alone proves nothing (a .json file can write it): read as data, or refused, never trusted
    if (spec.fromData !== undefined) return p.take(path, spec.fromData(x))
    return void p.add(path, forgedMessage(tag, what), 'forged_value')
  }
  if (typeof x === 'string' && spec.ref !== undefined) return resolveName<A>(p, path, x, spec.ref)
  if (typeof x === 'object' && x !== null && !Array.isArray(x) && !('_tag' in x) && spec.build !== undefined) return p.take(path, spec.build(x as never))
  const forms = [`a ${what} value`, ...(spec.build !== undefined ? ['its input object'] : []), ...(spec.ref !== undefined ? [`a ${KIND_WORDS[spec.ref]}`] : [])]
  p.add(path, `must be ${forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`}`, 'invalid_type')
  return undefined
}

const resolveName = <A>(p: Problems, path: string | IssuePath, name: string, kind: RefKind): A | undefined => {
  const scope = currentScope()
  const word = KIND_WORDS[kind]
  if (scope === undefined) return void p.add(path, `"${name}" names a ${word}: names are resolved only inside topology(...); give the value here`, 'unresolved_reference')
  const r = scope.resolve(kind, name)
  switch (r._tag) {
    case 'Found':
      return r.value as A
    case 'Refused':
      // refused where it is declared, and reported there
      return undefined
    case 'Ambiguous':
      return void p.add(path, `names ${word} "${name}", which two different entries of the topology have`, 'ambiguous_reference')
    case 'Unknown':
      return void p.add(path, `names ${word} "${name}", which the topology does not have`, 'unknown_reference')
  }
}

/**
 * The items of a list field, each checked as {@link checkItem} does, kept at their
 * indexes (undefined where refused) so that later problems can name them. A value of
 * the kind is taken as it is, with no path made for it: a switch's or a port group's
 * ports are such values by the hundred.
 *
 * @category checks
 * @since 0.2.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkItems } from './checks.js'
 * checkItems(new Problems('x'), 'ports', [], 'SwitchPort', 'switchPort') // []
 */
export const checkItems = <A extends { readonly _tag: string }>(p: Problems, path: string, v: unknown, tag: A['_tag'], what: string, spec: ItemSpec<A> = {}): ReadonlyArray<A | undefined> => {
  const xs = listOf(p, path, v)
  const out: Array<A | undefined> = []
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    out.push(typeof x === 'object' && x !== null && (x as { _tag?: unknown })._tag === tag && isBuilt(x) ? (x as A) : checkItem<A>(p, `${path}[${i}]`, x, tag, what, spec))
  }
  return out
}

/**
 * Values of a tag held by value (`ports: RouterPort[]`): each element must carry it, or
 * be its input or a name as `spec` allows. Returns the elements that are (or become)
 * values.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkTagged } from './checks.js'
 * checkTagged(new Problems('x'), 'ports', [], 'RouterPort', 'routerPort') // []
 */
export const checkTagged = <A extends { readonly _tag: string }>(p: Problems, path: string, v: unknown, tag: A['_tag'], what: string, spec: ItemSpec<A> = {}): ReadonlyArray<A> => {
  const out: A[] = []
  const xs = listOf(p, path, v)
  for (let i = 0; i < xs.length; i++) {
    // a hole is skipped, as forEach did
    if (!(i in xs)) continue
    const x = xs[i]
    // a value (a router's routes and NAT rules, a port group's ACLs): no path made for it
    if (typeof x === 'object' && x !== null && (x as { _tag?: unknown })._tag === tag && isBuilt(x)) out.push(x as A)
    else {
      const a = checkItem(p, `${path}[${i}]`, x, tag, what, spec)
      if (a !== undefined) out.push(a)
    }
  }
  return out
}

/**
 * An optional value of a tag held by value (or its input, or a name, as `spec` allows).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkTaggedOpt } from './checks.js'
 * checkTaggedOpt(new Problems('x'), 'copp', undefined, 'Copp', 'copp') // undefined
 */
export const checkTaggedOpt = <A extends { readonly _tag: string }>(p: Problems, path: string, v: unknown, tag: A['_tag'], what: string, spec: ItemSpec<A> = {}): A | undefined =>
  v === undefined ? undefined : checkItem(p, path, v, tag, what, spec)

/**
 * An optional boolean.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkBool } from './checks.js'
 * checkBool(new Problems('x'), 'enabled', 'yes') // false, with the problem recorded
 */
export const checkBool = (p: Problems, path: string, v: unknown): v is boolean | undefined => {
  if (v === undefined || typeof v === 'boolean') return true
  p.add(path, `must be a boolean, got ${JSON.stringify(v)}`, 'invalid_type')
  return false
}

/**
 * An object (a record of fields, such as a typed option set), or absent.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkRecord } from './checks.js'
 * checkRecord(new Problems('x'), 'ipv6RaConfigs', { mtu: 1500 }) // { mtu: 1500 }
 */
export const checkRecord = (p: Problems, path: string, v: unknown): Readonly<Record<string, unknown>> => {
  if (v === undefined) return {}
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    p.add(path, 'must be an object', 'invalid_type')
    return {}
  }
  return v as Readonly<Record<string, unknown>>
}

/**
 * A copy of a record with its keys sorted (so that equal values print and compare alike).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { sortKeys } from './checks.js'
 * Object.keys(sortKeys({ b: 1, a: 2 })) // ['a', 'b']
 */
export const sortKeys = <A>(m: Readonly<Record<string, A>>): Readonly<Record<string, A>> =>
  Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

/**
 * The empty string map that values holding none share (most `options` and `externalIds`):
 * one frozen object instead of one per value, which the garbage collector copies while a
 * topology is built and which every value keeps alive. benchlab's W10k values: 5.40 MB
 * instead of 5.81 after a full GC; cold (bench/dslCold.ts --data-first) 0.92x wall, 0.97x
 * CPU (medians of 25 paired rounds' ratios).
 *
 * @category checks
 * @since 0.2.0
 * @example
 * import { NO_STRINGS } from './checks.js'
 * Object.isFrozen(NO_STRINGS) // true
 */
export const NO_STRINGS: StringMap = Object.freeze({})

/**
 * {@link checkStringMap} of a field that may be absent: absent, the shared {@link NO_STRINGS}.
 *
 * @category checks
 * @since 0.2.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkOptionalStringMap, NO_STRINGS } from './checks.js'
 * checkOptionalStringMap(new Problems('x'), 'externalIds', undefined) === NO_STRINGS // true
 */
export const checkOptionalStringMap = (p: Problems, path: string, m: unknown): StringMap => (m === undefined ? NO_STRINGS : checkStringMap(p, path, m))

/**
 * Free-form options (`options`) merged with the typed fields that are options too
 * (`chassis` is `options:chassis`): a typed field and the same key in `options` with
 * another value is a problem. Keys sorted.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { withOptions } from './checks.js'
 * withOptions(new Problems('x'), 'options', { b: '1' }, { chassis: 'gw1' }) // { b: '1', chassis: 'gw1' }
 */
export const withOptions = (p: Problems, path: string, given: unknown, typed: Readonly<Record<string, string | undefined>>): StringMap => {
  // nothing given, nothing typed (most routes, NAT rules, router ports): nothing to copy or sort
  if (given === undefined && noneDefined(typed)) return NO_STRINGS
  const out: Record<string, string> = { ...checkStringMap(p, path, given) }
  for (const [k, v] of Object.entries(typed)) {
    if (v === undefined) continue
    if (k in out && out[k] !== v) p.add(`${path}.${k}`, `conflicts with the typed field for "${k}"`, 'conflict')
    out[k] = v
  }
  return sortKeys(out)
}

const noneDefined = (typed: Readonly<Record<string, string | undefined>>): boolean => {
  for (const k in typed) if (typed[k] !== undefined) return false
  return true
}

/**
 * Reports the entries of a list that repeat a key already seen.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { checkUnique } from './checks.js'
 * checkUnique(new Problems('x'), 'bands', [{ rate: 1 }, { rate: 1 }], (b) => String(b.rate), 'band')
 * // problem at bands[1]: duplicate band "1"
 */
export const checkUnique = <A>(p: Problems, path: string, xs: ReadonlyArray<A>, key: (a: A) => string, what: string): void => {
  const seen = new Set<string>()
  xs.forEach((x, i) => {
    const k = key(x)
    if (seen.has(k)) p.add(`${path}[${i}]`, `duplicate ${what} "${k}"`, 'duplicate_name')
    seen.add(k)
  })
}

/**
 * The string of an integer option in a range, or undefined (absent or refused).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { intOption } from './checks.js'
 * intOption(new Problems('x'), 'gatewayMtu', 1500, 68, 65535) // '1500'
 */
export const intOption = (p: Problems, path: string, v: unknown, min: number, max: number): string | undefined => {
  if (v === undefined) return undefined
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) return void p.add(path, `must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`, 'out_of_range')
  return String(v)
}

/**
 * The string of a boolean option (`"true"` / `"false"`), or undefined.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { boolOption } from './checks.js'
 * boolOption(new Problems('x'), 'mcastRelay', true) // 'true'
 */
export const boolOption = (p: Problems, path: string, v: unknown): string | undefined => {
  if (v === undefined) return undefined
  if (typeof v !== 'boolean') return void p.add(path, `must be a boolean, got ${JSON.stringify(v)}`, 'invalid_type')
  return v ? 'true' : 'false'
}

/**
 * A non-empty string without control characters, or undefined (absent or refused).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { stringOption } from './checks.js'
 * stringOption(new Problems('x'), 'routeTable', 'rtb-1') // 'rtb-1'
 */
export const stringOption = (p: Problems, path: string, v: unknown): string | undefined => {
  if (v === undefined) return undefined
  // eslint-disable-next-line no-control-regex
  if (typeof v !== 'string' || v === '' || /[\u0000-\u001f\u007f]/.test(v)) return void p.add(path, `must be a non-empty string without control characters, got ${JSON.stringify(v)}`, 'invalid_type')
  return v
}


/**
 * Reports values with the same name in one list.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * import { uniqueByName } from './checks.js'
 * uniqueByName(new Problems('x'), 'loadBalancers', [{ name: 'a' }, { name: 'a' }], 'load balancer') // problem at loadBalancers[1]
 */
export const uniqueByName = <A extends { readonly name: string }>(p: Problems, path: string, xs: ReadonlyArray<A>, what: string): void => {
  const seen = new Set<string>()
  xs.forEach((x, j) => {
    if (seen.has(x.name)) p.add(`${path}[${j}]`, `duplicate ${what} "${x.name}"`, 'duplicate_name')
    seen.add(x.name)
  })
}
