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
import { getTable, type ColumnSchema, type DatabaseSchema } from '../ovsdb/schema.js'
import type { DesiredAtom, DesiredValue } from '../ovsdb/desired.js'
import type { CurrentState } from './plan.js'
import type { Problem } from './duplicates.js'

// a UUID atom (not a reference to a desired row, nor a named-uuid)
const uuidIn = (a: DesiredAtom): string | undefined => (typeof a === 'object' && a[0] === 'uuid' ? (a[1] as string) : undefined)

/** Adds the problem of one UUID atom, if the database lacks its row. */
const judge = (
  schema: DatabaseSchema,
  current: CurrentState,
  index: number,
  c: ColumnSchema,
  uuid: string,
  refTable: string | undefined,
  weak: boolean,
  out: Problem[],
): void => {
  if (refTable === undefined || getTable(schema, refTable) === undefined || current.rows(refTable).has(uuid)) return
  const held = (current as { readonly tableNames?: ReadonlyArray<string> }).tableNames
  if (held !== undefined && !held.includes(refTable)) return
  out.push({
    path: `rows[${index}].columns.${c.name}`,
    message: weak
      ? `a weak reference to ${refTable} ${uuid}, which the database does not hold: the server would drop it, and the row would never hold what is wanted`
      : `a reference to ${refTable} ${uuid}, which the database does not hold: the server would refuse the transaction`,
    code: 'unknown_reference',
  })
}

/**
 * Adds the problems of one desired column's UUID references to rows `current` lacks
 * (the diff calls it for each reference column it checks, and the incremental planner
 * through the diff's check of a changed row). Tables `current` does not
 * hold (a replica of some tables) are not judged. Nothing is allocated unless a UUID
 * is found.
 */
export const missingReferences = (schema: DatabaseSchema, current: CurrentState, index: number, c: ColumnSchema, v: DesiredValue, out: Problem[]): void => {
  const kt = c.type.key
  const vt = c.type.value
  if (Array.isArray(v) && v[0] === 'set') {
    const xs = v[1] as ReadonlyArray<DesiredAtom>
    for (let j = 0; j < xs.length; j++) {
      const u = uuidIn(xs[j]!)
      if (u !== undefined) judge(schema, current, index, c, u, kt.refTable, kt.refType === 'weak', out)
    }
  } else if (Array.isArray(v) && v[0] === 'map') {
    const ps = v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
    for (let j = 0; j < ps.length; j++) {
      const k = uuidIn(ps[j]![0])
      if (k !== undefined) judge(schema, current, index, c, k, kt.refTable, kt.refType === 'weak', out)
      const w = uuidIn(ps[j]![1])
      if (w !== undefined) judge(schema, current, index, c, w, vt?.refTable, vt?.refType === 'weak', out)
    }
  } else {
    const u = uuidIn(v as DesiredAtom)
    if (u !== undefined) judge(schema, current, index, c, u, kt.refTable, kt.refType === 'weak', out)
  }
}
