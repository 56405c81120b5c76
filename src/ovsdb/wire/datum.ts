/**
 * OVSDB values (RFC 7047 §5.1): an atom, a set `["set", [...]]` or a map
 * `["map", [[k, v], ...]]`; and rows, objects from column name to value.
 *
 * @module
 */
import * as t from '../../deps/io-ts.js'
import { preview } from './preview.js'
import { MAX_PROBLEMS, moreError } from './paths.js'
import { isAtom, type Atom } from './atom.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A set on the wire. A set of exactly one element may also be sent as the bare atom.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { set } from 'ovn-nb/ovsdb'
 * const s = set(['00:00:00:00:00:01 10.0.0.1']) // ['set', ['00:00:00:00:00:01 10.0.0.1']]
 */
export type OvsSet<A extends Atom = Atom> = readonly ['set', ReadonlyArray<A>]

/**
 * A map on the wire.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { map } from 'ovn-nb/ovsdb'
 * const m = map([['owner', 'ctl']]) // ['map', [['owner', 'ctl']]]
 */
export type OvsMap<K extends Atom = Atom, V extends Atom = Atom> = readonly [
  'map',
  ReadonlyArray<readonly [K, V]>,
]

/**
 * Any OVSDB value: an atom, a set or a map.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Value } from 'ovn-nb/ovsdb'
 * const v: Value = ['set', [1, 2, 3]]
 */
export type Value = Atom | OvsSet | OvsMap

/**
 * A row: column name to value. Rows in results also carry `_uuid` and `_version`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Row } from 'ovn-nb/ovsdb'
 * const r: Row = { name: 'sw0', external_ids: ['map', [['owner', 'ctl']]] }
 */
export type Row = { readonly [column: string]: Value }

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * @category constructors
 * @since 0.1.0
 * @example
 * import { set } from 'ovn-nb/ovsdb'
 * set([1, 2]) // ['set', [1, 2]]
 */
export const set = <A extends Atom>(elements: ReadonlyArray<A>): OvsSet<A> => ['set', elements]

/**
 * A map from entries, or from a plain object of string keys.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { map } from 'ovn-nb/ovsdb'
 * map({ a: '1' }) // ['map', [['a', '1']]]
 * map([[1, 'x']]) // ['map', [[1, 'x']]]
 */
export const map: {
  <K extends Atom, V extends Atom>(entries: ReadonlyArray<readonly [K, V]>): OvsMap<K, V>
  <V extends Atom>(record: Readonly<Record<string, V>>): OvsMap<string, V>
} = ((x: ReadonlyArray<readonly [Atom, Atom]> | Readonly<Record<string, Atom>>): OvsMap =>
  Array.isArray(x) ? ['map', x as ReadonlyArray<readonly [Atom, Atom]>] : ['map', Object.entries(x)]) as never

// -------------------------------------------------------------------------------------
// refinements
// -------------------------------------------------------------------------------------

const isPair = (p: unknown): p is readonly [Atom, Atom] =>
  Array.isArray(p) && p.length === 2 && isAtom(p[0]) && isAtom(p[1])

/**
 * @category refinements
 * @since 0.1.0
 * @example
 * import { isSet } from 'ovn-nb/ovsdb'
 * isSet(['set', [1]]) // true
 */
export const isSet = (u: unknown): u is OvsSet => {
  if (!Array.isArray(u) || u.length !== 2 || u[0] !== 'set' || !Array.isArray(u[1])) return false
  const xs: ReadonlyArray<unknown> = u[1]
  for (let i = 0; i < xs.length; i++) if (!isAtom(xs[i])) return false
  return true
}

/**
 * @category refinements
 * @since 0.1.0
 * @example
 * import { isMap } from 'ovn-nb/ovsdb'
 * isMap(['map', [['k', 'v']]]) // true
 */
export const isMap = (u: unknown): u is OvsMap => {
  if (!Array.isArray(u) || u.length !== 2 || u[0] !== 'map' || !Array.isArray(u[1])) return false
  const xs: ReadonlyArray<unknown> = u[1]
  for (let i = 0; i < xs.length; i++) if (!isPair(xs[i])) return false
  return true
}

/**
 * @category refinements
 * @since 0.1.0
 * @example
 * import { isValue } from 'ovn-nb/ovsdb'
 * isValue(['map', []]) // true
 */
export const isValue = (u: unknown): u is Value => isAtom(u) || isSet(u) || isMap(u)

/**
 * @category refinements
 * @since 0.1.0
 * @example
 * import { isRow } from 'ovn-nb/ovsdb'
 * isRow({ name: 'sw0' }) // true
 */
export const isRow = (u: unknown): u is Row => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return false
  for (const k in u) if (!isValue((u as Record<string, unknown>)[k])) return false
  return true
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const identity = <A>(a: A): A => a

/**
 * io-ts codec of any value.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { ValueC } from 'ovn-nb/ovsdb'
 * ValueC.is(['set', ['a', 'b']]) // true
 */
export const ValueC: t.Type<Value, Value, unknown> = new t.Type<Value, Value, unknown>(
  'Value',
  isValue,
  (u, c) => (isValue(u) ? t.success(u) : t.failure(u, c, `expected an OVSDB value, got ${preview(u)}`)),
  identity,
)

/**
 * io-ts codec of a row; on failure it names each bad column.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { RowC } from 'ovn-nb/ovsdb'
 * RowC.decode({ name: 'sw0' }) // Right({ name: 'sw0' })
 */
export const RowC: t.Type<Row, Row, unknown> = new t.Type<Row, Row, unknown>(
  'Row',
  isRow,
  (u, c) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c, 'expected a row object')
    const errors: t.ValidationError[] = []
    let more = 0
    for (const k in u) {
      const v = (u as Record<string, unknown>)[k]
      if (isValue(v)) continue
      // a row of a million wrong columns: list the first few, count the rest
      if (errors.length >= MAX_PROBLEMS) more++
      else
        errors.push({
          value: v,
          context: [...c, { key: k, type: ValueC, actual: v }],
          message: `expected an OVSDB value, got ${preview(v)}`,
        })
    }
    if (more > 0) errors.push(moreError(c, more))
    return errors.length === 0 ? t.success(u as Row) : t.failures(errors)
  },
  identity,
)
