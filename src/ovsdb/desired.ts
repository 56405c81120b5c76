/**
 * The desired state the engine works from, generic over any schema: rows given by
 * value, each with a stable id, whose reference columns point at other desired rows by
 * id (`["ref", id]`) or at existing rows by UUID. The NB DSL builds one of these from a
 * topology; any schema's rows can be written this way.
 *
 * @module
 */
import type { Atom } from './wire/atom.js'
import type { Issue } from '../issue.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A reference to another row of the desired state, by its id.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { ref } from 'ovn-nb'
 * import type { RefTo } from 'ovn-nb/ovsdb'
 * const r: RefTo = ref('Logical_Switch_Port:vm1')
 */
export type RefTo = readonly ['ref', string]

/**
 * An atom of a desired row: an OVSDB atom, or a reference to a desired row.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DesiredAtom } from 'ovn-nb/ovsdb'
 * const a: DesiredAtom = ['ref', 'DHCP_Options:net1']
 */
export type DesiredAtom = Atom | RefTo

/**
 * A value of a desired row, in the OVSDB wire forms (bare atom, `["set", ...]`,
 * `["map", ...]`) with {@link RefTo} allowed wherever a UUID is.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DesiredValue } from 'ovn-nb/ovsdb'
 * const ports: DesiredValue = ['set', [['ref', 'Logical_Switch_Port:vm1'], ['ref', 'Logical_Switch_Port:vm2']]]
 */
export type DesiredValue =
  | DesiredAtom
  | readonly ['set', ReadonlyArray<DesiredAtom>]
  | readonly ['map', ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>]

/**
 * One desired row. `id` is unique in the state and stable across runs (the NB DSL uses
 * `Table:natural-key`). Columns left out are not managed: the engine neither sets nor
 * clears them on existing rows, and new rows get their defaults.
 *
 * A `shared` row is one several owners use (a switch that holds ports of two
 * controllers): the engine creates it when missing and adds this state's children and
 * set elements to it, but never changes or removes what it did not put there, and
 * never deletes the row.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DesiredRow } from 'ovn-nb'
 * const sw: DesiredRow = {
 *   table: 'Logical_Switch',
 *   id: 'Logical_Switch:sw0',
 *   columns: { name: 'sw0', ports: ['set', [['ref', 'Logical_Switch_Port:vm1']]] },
 * }
 */
export interface DesiredRow {
  readonly table: string
  readonly id: string
  readonly columns: Readonly<Record<string, DesiredValue>>
  readonly shared?: boolean
}

/**
 * A desired state: the owner that marks the rows the engine creates (in
 * `external_ids`), and the rows.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DesiredState } from 'ovn-nb'
 * const state: DesiredState = { owner: 'my-controller', rows: [] }
 */
export interface DesiredState {
  readonly owner: string
  readonly rows: ReadonlyArray<DesiredRow>
  /**
   * Findings about rows that are sent anyway (issues of the one shape: a path, a code, a
   * message): a topology's generic rows the DSL would refuse, as `ovn-nb export` wrote
   * them. The engine ignores them; `ovn-nb plan` and `apply` print them as warnings.
   */
  readonly warnings?: ReadonlyArray<Issue> | undefined
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A reference to a desired row by id.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { ref } from 'ovn-nb'
 * ref('Logical_Switch:sw0') // ['ref', 'Logical_Switch:sw0']
 */
export const ref = (id: string): RefTo => ['ref', id]

// -------------------------------------------------------------------------------------
// refinements
// -------------------------------------------------------------------------------------

/**
 * Whether an atom is a reference to a desired row.
 *
 * @category refinements
 * @since 0.1.0
 * @example
 * import { isRefTo } from 'ovn-nb/ovsdb'
 * isRefTo(['ref', 'x']) // true
 * isRefTo(['uuid', '550e8400-e29b-41d4-a716-446655440000']) // false
 */
export const isRefTo = (a: unknown): a is RefTo =>
  Array.isArray(a) && a.length === 2 && a[0] === 'ref' && typeof a[1] === 'string'

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The atoms of a desired value (the elements of a set, the keys and values of a map).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { atomsOf } from 'ovn-nb/ovsdb'
 * atomsOf(['map', [['a', ['ref', 'x']]]]) // ['a', ['ref', 'x']]
 */
export const atomsOf = (v: DesiredValue): ReadonlyArray<DesiredAtom> => {
  if (Array.isArray(v) && v[0] === 'set') return v[1] as ReadonlyArray<DesiredAtom>
  if (Array.isArray(v) && v[0] === 'map') return (v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).flat()
  return [v as DesiredAtom]
}
