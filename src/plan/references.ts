/**
 * References a desired state makes by UUID (an atom `["uuid", ...]`, not a reference to
 * another desired row) to rows the database does not hold. A strong one would fail the
 * whole transaction (referential integrity violation) at every attempt; a weak one is
 * dropped by the server without a word, so the row never holds what is wanted and
 * every apply sends it again. Both are refused before any I/O, with their path.
 *
 * @module
 * @internal
 */
import { getTable, type ColumnSchema, type DatabaseSchema, type TableSchema } from '../ovsdb/schema.js'
import type { DesiredAtom, DesiredValue } from '../ovsdb/desired.js'
import type { CurrentState } from './plan.js'
import type { Slot } from './engine.js'
import type { Problem } from './duplicates.js'

const NONE: ReadonlyArray<Problem> = []

// the columns of a table that refer to rows (keys or values), made once per table
const refColumns = new WeakMap<TableSchema, ReadonlyArray<ColumnSchema>>()
const refColumnsOf = (t: TableSchema): ReadonlyArray<ColumnSchema> => {
  let cs = refColumns.get(t)
  if (cs === undefined) refColumns.set(t, (cs = Object.values(t.columns).filter((c) => c.type.key.refTable !== undefined || c.type.value?.refTable !== undefined)))
  return cs
}

const isUuidAtom = (a: DesiredAtom): a is readonly ['uuid', string] => Array.isArray(a) && a[0] === 'uuid'

/**
 * The problems of the desired rows' UUID references to rows `current` lacks. Tables
 * `current` does not hold (a replica of some tables) are not judged.
 */
export const missingReferences = (schema: DatabaseSchema, current: CurrentState, slots: Iterable<Slot>): ReadonlyArray<Problem> => {
  const held = (current as { readonly tableNames?: ReadonlyArray<string> }).tableNames
  let out: Problem[] | undefined
  for (const slot of slots) {
    const cols = refColumnsOf(slot.table)
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!
      const v: DesiredValue | undefined = slot.row.columns[c.name]
      if (v === undefined) continue
      const check = (a: DesiredAtom, refTable: string | undefined, weak: boolean): void => {
        if (refTable === undefined || !isUuidAtom(a) || (held !== undefined && !held.includes(refTable)) || getTable(schema, refTable) === undefined) return
        if (current.rows(refTable).has(a[1])) return
        ;(out ??= []).push({
          path: `rows[${slot.index}].columns.${c.name}`,
          message: weak
            ? `a weak reference to ${refTable} ${a[1]}, which the database does not hold: the server would drop it, and the row would never hold what is wanted`
            : `a reference to ${refTable} ${a[1]}, which the database does not hold: the server would refuse the transaction`,
        })
      }
      const kt = c.type.key
      const vt = c.type.value
      if (Array.isArray(v) && v[0] === 'set') for (const a of v[1] as ReadonlyArray<DesiredAtom>) check(a, kt.refTable, kt.refType === 'weak')
      else if (Array.isArray(v) && v[0] === 'map')
        for (const p of v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>) {
          check(p[0], kt.refTable, kt.refType === 'weak')
          check(p[1], vt?.refTable, vt?.refType === 'weak')
        }
      else check(v as DesiredAtom, kt.refTable, kt.refType === 'weak')
    }
  }
  return out ?? NONE
}
