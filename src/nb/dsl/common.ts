/**
 * What every DSL constructor shares: the error type (every problem with its path),
 * a collector that accumulates problems, deep freezing, structural equality, and the
 * checks of plain fields (names, maps of strings, integers in a range).
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import * as Eq_ from 'fp-ts/lib/Eq.js'
import { NetError } from '../net/index.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * One problem in a DSL value, at a path such as `ports[2].addresses[0]`.
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
 * const e: DslError = { _tag: 'DslError', what: 'acl', problems: [{ path: 'direction', message: 'must be "from-lport" or "to-lport"' }] }
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
  readonly problems: ReadonlyArray<DslProblem>
}

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
 * problem.
 *
 * @category collecting
 * @since 0.1.0
 * @example
 * import { Problems } from 'ovn-nb'
 * const p = new Problems('demo')
 * p.check(false, 'name', 'must not be empty')
 * p.result(() => 'never') // Left({ _tag: 'DslError', what: 'demo', problems: [{ path: 'name', message: 'must not be empty' }] })
 */
export class Problems {
  readonly list: DslProblem[] = []
  /** Which object is checked, for the error (see {@link DslError.name}). */
  readonly name: string | undefined
  constructor(
    readonly what: string,
    input?: unknown,
  ) {
    this.name = labelOf(input)
  }

  /** Records a problem. */
  add(path: string, message: string): void {
    this.list.push({ path, message })
  }

  /** Records a problem unless `ok`. */
  check(ok: boolean, path: string, message: string): void {
    if (!ok) this.add(path, message)
  }

  /** Records the problems of a nested value under a path prefix. */
  nested(prefix: string, e: DslError): void {
    for (const p of e.problems) this.add(p.path === '' ? prefix : prefix === '' ? p.path : `${prefix}.${p.path}`, p.message)
  }

  /** The value of an Either, recording its error under a path. */
  take<A>(path: string, r: E.Either<DslError | NetError.NetError | { readonly message: string }, A>): A | undefined {
    if (E.isRight(r)) return r.right
    const e = r.left
    if ('_tag' in e && e._tag === 'DslError') this.nested(path, e)
    else if ('_tag' in e) this.add(path, NetError.format(e as NetError.NetError))
    else this.add(path, e.message)
    return undefined
  }

  /** The built value, deep-frozen, or every problem. */
  result<A>(build: () => A): E.Either<DslError, A> {
    return this.list.length > 0
      ? E.left({ _tag: 'DslError', what: this.what, ...(this.name !== undefined ? { name: this.name } : {}), problems: this.list })
      : E.right(deepFreeze(build()))
  }
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
  return e.problems.map((p) => `${who}${p.path === '' ? '' : `: ${p.path}`}: ${p.message}`).join('\n')
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
    p.add(path, 'must be a non-empty string')
    return false
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) {
    p.add(path, 'must not contain control characters')
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
    p.add(path, `must be an integer from ${min} to ${max}, got ${JSON.stringify(n)}`)
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
    p.add(path, 'must be an object of strings')
    return {}
  }
  const out: Record<string, string> = {}
  for (const k of Object.keys(m).sort()) {
    const v = (m as Record<string, unknown>)[k]
    if (typeof v !== 'string') p.add(`${path}.${k}`, `must be a string, got ${JSON.stringify(v)}`)
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
    p.add(path, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${JSON.stringify(v)}`)
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
    p.add(path, 'must be an array')
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
