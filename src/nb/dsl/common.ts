/**
 * What every DSL constructor shares: the error type (every problem with its path),
 * a collector that accumulates problems, deep freezing, structural equality, and the
 * checks of plain fields (names, maps of strings, integers in a range).
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Eq_ from '../../deps/Eq.js'
import { NetError } from '../net/index.js'
import { brand } from './brand.js'
import { formatIssue, formatPath, parsePath, type Issue, type IssueCode, type IssuePath } from '../../issue.js'

export { formatIssue, formatPath, issueOf, type Issue, type IssueCode, type IssuePath } from '../../issue.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One problem in a DSL value with its path as text (`ports.vm-a.addresses[0]`): the
 * older form of {@link Issue}, kept for existing callers.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DslProblem } from 'ovn-nb'
 * const p: DslProblem = { path: 'priority', message: 'must be an integer from 0 to 32767, got 40000' }
 */
export interface DslProblem {
  readonly path: string
  readonly message: string
}

/**
 * Why a DSL value could not be built: every problem found, each with its path.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DslError } from 'ovn-nb'
 * const e: DslError = {
 *   _tag: 'DslError', what: 'acl',
 *   issues: [{ path: ['direction'], code: 'invalid_enum', message: 'must be "from-lport" or "to-lport"' }],
 *   problems: [{ path: 'direction', message: 'must be "from-lport" or "to-lport"' }],
 * }
 */
export interface DslError {
  readonly _tag: 'DslError'
  /** The constructor that refused (`acl`, `switchPort`, `topology`, ...). */
  readonly what: string
  /**
   * Which object it refused, when its input says: its name, or what identifies an object
   * without one (an ACL's direction, priority and match; a route's prefix and next hop).
   */
  readonly name?: string
  /** Every problem, with paths by names where the objects have them. */
  readonly issues: ReadonlyArray<Issue>
  /** The same problems with their paths as text (`switches.vmnet.ports.vm-a.addresses[0]`). */
  readonly problems: ReadonlyArray<DslProblem>
}

/**
 * A {@link DslError} from issues (its `problems` derived from them).
 *
 * @category constructors
 * @since 0.2.0
 * @example
 * import { dslError } from 'ovn-nb'
 * dslError('completeMigration', [{ path: [], code: 'invalid_value', message: 'no migration under way' }], 'vm-a')
 */
export const dslError = (what: string, issues: ReadonlyArray<Issue>, name?: string): DslError => ({
  _tag: 'DslError',
  what,
  ...(name !== undefined ? { name } : {}),
  issues,
  problems: issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
})

/**
 * A string-to-string map as DSL values hold them (`external_ids`, `options`, ...).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { StringMap } from 'ovn-nb'
 * const ids: StringMap = { 'k8s.ovn.org/namespace': 'default' }
 */
export type StringMap = Readonly<Record<string, string>>

// -------------------------------------------------------------------------------------
// collecting problems
// -------------------------------------------------------------------------------------

/**
 * Accumulates problems while a value is checked; `result` gives the value or every
 * problem. Paths may be given as text (`ports[2].addresses[0]`, field names and indexes
 * only) or as an {@link IssuePath}; `result` names the list items of its input that
 * have names (see {@link nameIssuePath}).
 *
 * @category collecting
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * const p = new Problems('demo')
 * p.check(false, 'name', 'must not be empty', 'invalid_name')
 * p.result(() => 'never') // Left({ _tag: 'DslError', what: 'demo', issues: [{ path: ['name'], code: 'invalid_name', message: 'must not be empty' }], ... })
 */
export class Problems {
  readonly list: Issue[] = []
  constructor(
    readonly what: string,
    readonly input?: unknown,
  ) {}

  /**
   * Which object is checked, for the error (see {@link DslError.name}). Computed when
   * asked (on failure), not per constructor call: most checks succeed, and labelling every
   * input cost ~4% of building benchlab's 13.6k values cold (bench/dslCold.ts; paired, 11
   * fresh processes: median 0.99x wall, 0.96x CPU).
   */
  get name(): string | undefined {
    return labelOf(this.input)
  }

  /** Records a problem. Its code is given by the site that knows what is wrong, never read from the message, so rewording a message cannot change a code. */
  add(path: string | IssuePath, message: string, code: IssueCode): void {
    this.list.push({ path: typeof path === 'string' ? parsePath(path) : path, code, message })
  }

  /** Records a problem unless `ok`. */
  check(ok: boolean, path: string | IssuePath, message: string, code: IssueCode): void {
    if (!ok) this.add(path, message, code)
  }

  /** Records the problems of a nested value under a path prefix. */
  nested(prefix: string | IssuePath, e: DslError): void {
    const pre = typeof prefix === 'string' ? parsePath(prefix) : prefix
    for (const i of dslIssues(e)) this.list.push({ ...i, path: [...pre, ...i.path] })
  }

  /** The value of an Either, recording its error under a path (a DSL or address error keeps its codes; an error that is only a message takes `code`). */
  take<A>(path: string | IssuePath, r: E.Either<DslError | NetError.NetError, A>): A | undefined
  take<A>(path: string | IssuePath, r: E.Either<{ readonly message: string }, A>, code: IssueCode): A | undefined
  take<A>(path: string | IssuePath, r: E.Either<DslError | NetError.NetError | { readonly message: string }, A>, code?: IssueCode): A | undefined {
    if (E.isRight(r)) return r.right
    const e = r.left
    if ('_tag' in e && e._tag === 'DslError') this.nested(path, e)
    else if ('_tag' in e) this.add(path, NetError.format(e as NetError.NetError), netCode(e as NetError.NetError))
    else this.add(path, e.message, code ?? 'invalid_value')
    return undefined
  }

  /** The built value, deep-frozen and recorded as built (see brand.ts), or every problem. */
  result<A>(build: () => A): E.Either<DslError, A> {
    if (this.list.length === 0) return E.right(deepFreeze(brand(build())))
    return E.left(dslError(this.what, this.list.map((i) => ({ ...i, path: nameIssuePath(this.input, i.path) })), this.name))
  }
}

/** The issues of an error, also of one made by hand with `problems` only (older, untyped callers: their problems say nothing more precise than `invalid_value`). */
const dslIssues = (e: DslError): ReadonlyArray<Issue> =>
  Array.isArray(e.issues) ? e.issues : (e.problems ?? []).map((p) => ({ path: parsePath(p.path), code: 'invalid_value' as const, message: p.message }))

/**
 * The code of an address parser's error: `invalid_mac`, `invalid_ip`, `invalid_cidr`,
 * or for an LSP address or port-security entry, what is wrong in it when one thing is
 * (else `invalid_address`).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { netCode } from './common.js'
 * netCode({ _tag: 'InvalidMac', input: 'zz', position: 0, reason: 'expected hex' } as never) // 'invalid_mac'
 */
export const netCode = (e: NetError.NetError): IssueCode => {
  switch (e._tag) {
    case 'InvalidMac':
      return 'invalid_mac'
    case 'InvalidIpv4':
    case 'InvalidIpv6':
    case 'InvalidIfAddr':
      return 'invalid_ip'
    case 'InvalidCidr':
      return 'invalid_cidr'
    default: {
      // an address entry: named by what is wrong in it, when one thing is
      const causes = new Set(e.problems.map((p) => (p.cause === undefined ? 'invalid_address' : netCode(p.cause))))
      return causes.size === 1 ? [...causes][0]! : 'invalid_address'
    }
  }
}

// the list fields whose items have a name (or a key) that identifies them, for paths by names
const NAMED_BY: Readonly<Record<string, 'name' | 'key'>> = {
  switches: 'name',
  routers: 'name',
  ports: 'name',
  portGroups: 'name',
  addressSets: 'name',
  loadBalancers: 'name',
  loadBalancerGroups: 'name',
  meters: 'name',
  haChassisGroups: 'name',
  copps: 'name',
  mirrors: 'name',
  mirrorRules: 'name',
  forwardingGroups: 'name',
  gatewayChassis: 'name',
  dhcpOptions: 'key',
  dns: 'key',
  dnsRecords: 'key',
}

/**
 * A path with the indexes of named list items replaced by their names, found by walking
 * `input` along it: `['switches', 0, 'ports', 1]` becomes `['switches', 'vmnet', 'ports',
 * 'vm-a']`. Items without a name (ACLs, routes) keep their index; a name segment already
 * there is followed by looking the item up by name. A DHCP options entry without a `key`
 * is named by its `cidr`, as its key defaults to it.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { nameIssuePath } from 'ovn-nb'
 * nameIssuePath({ switches: [{ name: 'vmnet', ports: [{ name: 'vm-a' }] }] }, ['switches', 0, 'ports', 0, 'addresses', 0])
 * // ['switches', 'vmnet', 'ports', 'vm-a', 'addresses', 0]
 */
export const nameIssuePath = (input: unknown, path: IssuePath): IssuePath => {
  const out: Array<string | number> = []
  let at: unknown = input
  let field: string | number | undefined
  for (const seg of path) {
    const by = typeof field === 'string' ? NAMED_BY[field] : undefined
    if (Array.isArray(at)) {
      const item: unknown = typeof seg === 'number' ? at[seg] : at.find((x) => nameOf(x, by) === seg)
      const name = nameOf(item, by)
      out.push(name !== undefined && typeof seg === 'number' && at.filter((x) => nameOf(x, by) === name).length === 1 ? name : seg)
      at = item
    } else {
      out.push(seg)
      at = typeof at === 'object' && at !== null ? (at as Record<string | number, unknown>)[seg] : undefined
    }
    field = seg
  }
  return out
}

const nameOf = (x: unknown, by: 'name' | 'key' | undefined): string | undefined => {
  if (by === undefined || typeof x !== 'object' || x === null) return undefined
  const o = x as Record<string, unknown>
  const v = o[by] ?? (by === 'key' ? o['cidr'] : undefined)
  return typeof v === 'string' && v !== '' ? v : undefined
}

/** What names an input in an error: its name, or the fields that identify an object without one. */
const labelOf = (input: unknown): string | undefined => {
  if (typeof input !== 'object' || input === null) return undefined
  const i = input as Readonly<Record<string, unknown>>
  const text = (k: string): string | undefined => (typeof i[k] === 'string' || typeof i[k] === 'number' ? String(i[k]) : undefined)
  for (const k of ['name', 'key', 'logicalPort', 'chassisName']) if (text(k) !== undefined) return text(k)
  const parts = (ks: ReadonlyArray<string>): string | undefined => {
    const xs = ks.map(text).filter((x): x is string => x !== undefined)
    return xs.length > 0 ? xs.join(' ') : undefined
  }
  if ('match' in i) return parts(['direction', 'priority', 'match'])
  if ('ipPrefix' in i) return parts(['ipPrefix', 'nexthop'])
  if ('externalIp' in i || 'logicalIp' in i) return parts(['type', 'externalIp', 'logicalIp'])
  return undefined
}

/**
 * A DSL error in one line per problem, naming the object:
 * `acl "to-lport 40000 ip4": priority: must be an integer from 0 to 32767, got 40000`.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { acl, formatDslError } from 'ovn-nb'
 * const r = acl({ direction: 'to-lport', priority: 40000, match: 'ip4', action: 'drop' })
 * if (r._tag === 'Left') console.error(formatDslError(r.left))
 */
export const formatDslError = (e: DslError): string => {
  const who = e.name === undefined ? e.what : `${e.what} ${JSON.stringify(e.name)}`
  return dslIssues(e).map((i) => `${who}: ${formatIssue(i)}`).join('\n')
}

// -------------------------------------------------------------------------------------
// checks
// -------------------------------------------------------------------------------------

/**
 * Checks a name: a non-empty string without control characters.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems, checkName } from 'ovn-nb'
 * checkName(new Problems('x'), 'name', 'sw0') // true
 */
export const checkName = (p: Problems, path: string, name: unknown): name is string => {
  if (typeof name !== 'string' || name.length === 0) {
    p.add(path, 'must be a non-empty string', typeof name === 'string' ? 'invalid_name' : 'invalid_type')
    return false
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    p.add(path, 'must not contain control characters', 'invalid_name')
    return false
  }
  return true
}

/**
 * Checks an integer in a range.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems, checkInt } from 'ovn-nb'
 * checkInt(new Problems('acl'), 'priority', 40000, 0, 32767) // false, with the problem recorded
 */
export const checkInt = (p: Problems, path: string, n: unknown, min: number, max: number): n is number => {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    p.add(path, `must be an integer from ${min} to ${max}, got ${JSON.stringify(n)}`, typeof n === 'number' ? 'out_of_range' : 'invalid_type')
    return false
  }
  return true
}

/**
 * Checks a string-to-string map and returns a copy with sorted keys.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems, checkStringMap } from 'ovn-nb'
 * checkStringMap(new Problems('x'), 'external_ids', { b: '2', a: '1' }) // { a: '1', b: '2' }
 */
export const checkStringMap = (p: Problems, path: string, m: unknown): StringMap => {
  if (m === undefined) return {}
  if (typeof m !== 'object' || m === null || Array.isArray(m)) {
    p.add(path, 'must be an object of strings', 'invalid_type')
    return {}
  }
  const out: Record<string, string> = {}
  for (const k of Object.keys(m).sort()) {
    const v = (m as Record<string, unknown>)[k]
    if (typeof v !== 'string') p.add([...parsePath(path), k], `must be a string, got ${JSON.stringify(v)}`, 'invalid_type')
    else out[k] = v
  }
  return out
}

/**
 * Checks a value is one of some literals.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems, checkOneOf } from 'ovn-nb'
 * checkOneOf(new Problems('acl'), 'direction', 'to-lport', ['from-lport', 'to-lport'] as const) // true
 */
export const checkOneOf = <A extends string>(p: Problems, path: string, v: unknown, allowed: ReadonlyArray<A>): v is A => {
  if (typeof v !== 'string' || !(allowed as ReadonlyArray<string>).includes(v)) {
    p.add(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(v)}`, 'invalid_enum')
    return false
  }
  return true
}

/**
 * An optional list field: the list, or (recording a problem) an empty one when the
 * value is not an array. Keeps constructors total on input from untyped callers.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { Problems, checkList } from 'ovn-nb'
 * checkList(new Problems('x'), 'addresses', 'oops', []) // [] and a problem at "addresses"
 */
export const checkList = <A>(p: Problems, path: string, v: ReadonlyArray<A> | undefined, fallback: ReadonlyArray<A>): ReadonlyArray<A> => {
  if (v === undefined) return fallback
  if (!Array.isArray(v)) {
    p.add(path, 'must be an array', 'invalid_type')
    return []
  }
  // a copy: values are frozen, and the caller's array must stay the caller's
  return v.slice()
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * Freezes a value and everything in it.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { deepFreeze } from 'ovn-nb'
 * const v = deepFreeze({ a: [1] })
 * Object.isFrozen(v.a) // true
 */
export const deepFreeze = <A>(a: A): A => {
  if (typeof a === 'object' && a !== null && !Object.isFrozen(a)) {
    Object.freeze(a)
    for (const v of Object.values(a)) deepFreeze(v)
  }
  return a
}

/**
 * Structural equality of plain data (what DSL values are): primitives, arrays and
 * objects compared member by member; `undefined` members count as absent.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { structuralEquals } from 'ovn-nb'
 * structuralEquals({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }) // true
 */
export const structuralEquals = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    return a.length === bb.length && a.every((x, i) => structuralEquals(x, bb[i]))
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => structuralEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/**
 * The structural `Eq` of DSL values.
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { EqValue, logicalSwitch } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const a = logicalSwitch({ name: 'sw0' })
 * const b = logicalSwitch({ name: 'sw0' })
 * E.isRight(a) && E.isRight(b) && EqValue.equals(a.right, b.right) // true
 */
export const EqValue: Eq_.Eq<unknown> = Eq_.fromEquals(structuralEquals)
