/**
 * Schema-aware helpers on OVSDB values, shared by the replica, the engine and anything
 * that compares values: the default a column has, the canonical form sets take, a
 * stable key for an atom.
 *
 * @module
 */
import { columnKind, type ColumnType } from './schema.js'
import type { Atom } from './wire/atom.js'
import type { Value } from './wire/datum.js'

/**
 * The all-zero UUID ovsdb-server gives a `uuid` column nothing was written to.
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { ZERO_UUID } from 'ovn-nb/ovsdb'
 * ZERO_UUID // '00000000-0000-0000-0000-000000000000'
 */
export const ZERO_UUID = '00000000-0000-0000-0000-000000000000'

/**
 * A string that identifies an atom, type included (`"number:1"` is not `"string:1"`),
 * for sets and maps keyed by atoms.
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { atomKey } from 'ovn-nb/ovsdb'
 * atomKey(['uuid', '550e8400-e29b-41d4-a716-446655440000']) // 'uuid:550e8400-e29b-41d4-a716-446655440000'
 */
export const atomKey = (a: Atom | readonly [string, string]): string =>
  typeof a === 'string' ? `string:${a}` : typeof a === 'object' ? `${a[0]}:${a[1]}` : `${typeof a}:${String(a)}`

/**
 * The elements of a set value (a bare atom is a set of one).
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { setElements } from 'ovn-nb/ovsdb'
 * setElements('x') // ['x']
 */
export const setElements = (v: Value): ReadonlyArray<Atom> =>
  Array.isArray(v) && v[0] === 'set' ? (v[1] as ReadonlyArray<Atom>) : [v as Atom]


const defaultAtom = (ct: ColumnType): Atom => {
  switch (ct.key.type) {
    case 'integer':
    case 'real':
      return 0
    case 'boolean':
      return false
    case 'string':
      return ''
    case 'uuid':
      return ['uuid', ZERO_UUID]
  }
}

/**
 * The value a column has when nothing was written to it (what ovsdb-server leaves out
 * of `initial` and `insert` rows).
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { defaultValue } from 'ovn-nb/ovsdb'
 * defaultValue({ key: { type: 'string' }, value: { type: 'string' }, min: 0, max: 'unlimited' }) // ['map', []]
 */
export const defaultValue = (ct: ColumnType): Value => {
  const kind = columnKind(ct)
  return kind === 'map' ? ['map', []] : kind === 'atom' ? defaultAtom(ct) : ['set', []]
}

/**
 * A value in the canonical form the replica stores: sets and optional values always as
 * `["set", [...]]` (the wire may send one element as a bare atom), maps as `["map", ...]`.
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { canonicalValue } from 'ovn-nb/ovsdb'
 * canonicalValue({ key: { type: 'integer' }, min: 0, max: 1 }, 7) // ['set', [7]]
 */
export const canonicalValue = (ct: ColumnType, v: Value): Value => {
  const kind = columnKind(ct)
  if (kind === 'atom' || kind === 'map') return v
  return Array.isArray(v) && v[0] === 'set' ? v : ['set', [v as Atom]]
}
