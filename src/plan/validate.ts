/**
 * The first phase of the diff: the desired rows checked on their own — each row's
 * table, columns and values against the schema, ids unique, every reference to a
 * desired row of the column's table, every row of a non-root table held by exactly one
 * desired row (its parent, recorded in its slot) — and every reference by UUID to a row
 * the database has (references.ts).
 * Every problem is reported, with its path. Pure; internal to the library.
 *
 * @module
 * @internal
 */
import * as E from '../deps/Either.js'
import { issueOf } from '../issue.js'
import { getTable, type ColumnSchema, type DatabaseSchema, type TableSchema } from '../ovsdb/schema.js'
import { checkValue } from '../ovsdb/validate.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Value } from '../ovsdb/wire/datum.js'
import { isRefTo, type DesiredAtom, type DesiredRow, type DesiredState, type RefTo } from '../ovsdb/desired.js'
import type { CurrentState, PlanError } from './plan.js'
import { textProblem, type Problem } from './duplicates.js'
import { missingReferences } from './references.js'
import { checkWithRefs, hasRef } from './values.js'

/** Whether a column holds rows of a non-root table (strong references): their parent's. @internal */
export const holdsChildren = (schema: DatabaseSchema, c: ColumnSchema): boolean => {
  const rt = c.type.key.refTable
  return rt !== undefined && c.type.key.refType !== 'weak' && getTable(schema, rt)?.isRoot === false
}

// a table's columns by name (a map: no prototype to guard against, and cheaper than
// `hasOwnProperty` on every column of every desired row)
const columnMaps = new WeakMap<TableSchema, ReadonlyMap<string, ColumnSchema>>()
/** A table's columns, as a map by name. @internal */
export const columnsOf = (t: TableSchema): ReadonlyMap<string, ColumnSchema> => {
  let m = columnMaps.get(t)
  if (m === undefined) columnMaps.set(t, (m = new Map(Object.entries(t.columns))))
  return m
}

/**
 * One desired row and what the diff learns of it on the way, so that no phase looks it
 * up by id again. @internal
 */
export interface Slot {
  /** The row (the planner swaps in a row changed in place). */
  row: DesiredRow
  index: number
  readonly table: TableSchema
  /** The desired row that holds it by a strong reference (rows of non-root tables). */
  parent: Slot | undefined
  parentColumn: string
  /** Its identity key, once made. */
  key: string | undefined
  /** The named-uuid of a row to create. */
  name: string
  /** What a reference to it becomes: its UUID, or its named-uuid. */
  atom: Atom | undefined
  /**
   * `["set", [atom]]`, made once for every optional or set column that refers to this
   * row alone (many ports to one DHCP_Options row); stale once `atom` changes.
   */
  one: Value | undefined
  /**
   * The record of the map keys the row sets (see managed.ts), made for the row object
   * `managedFor`: kept here rather than in a map by row (a lookup in a map of every row).
   */
  managed: string
  managedFor: DesiredRow | undefined
  /** The UUID of the existing row it matched (what the diff's `matched` holds for its id). */
  uuid: string | undefined
}

/**
 * The desired rows by id, each in a slot with its parent, or every problem found. @internal
 */
export const validateDesired = (schema: DatabaseSchema, current: CurrentState, desired: DesiredState): E.Either<Extract<PlanError, { _tag: 'InvalidDesired' }>, Map<string, Slot>> => {
  const problems: Problem[] = []
  if (desired.owner === '') problems.push({ path: 'owner', message: 'the owner must not be empty', code: 'required' })

  // ---- the desired rows: checks, parents -------------------------------------------
  const byId = new Map<string, Slot>()
  const rowsIn = desired.rows
  for (let index = 0; index < rowsIn.length; index++) {
    const row = rowsIn[index]!
    const t = getTable(schema, row.table)
    if (t === undefined) {
      problems.push({ path: `rows[${index}].table`, message: `no table "${row.table}" in ${schema.name}`, code: 'invalid_value' })
      continue
    }
    // one lookup per row: a set that does not grow the map replaced an earlier row
    const before = byId.size
    byId.set(row.id, { row, index, table: t, parent: undefined, parentColumn: '', key: undefined, name: '', atom: undefined, one: undefined, managed: '', managedFor: undefined, uuid: undefined })
    if (byId.size === before) {
      problems.push({ path: `rows[${index}].id`, message: `duplicate id "${row.id}"`, code: 'duplicate_name' })
      // the first row of that id stays
      for (let j = 0; j < index; j++) {
        const first = rowsIn[j]!
        const ft = first.id === row.id ? getTable(schema, first.table) : undefined
        if (ft !== undefined) {
          byId.set(row.id, { row: first, index: j, table: ft, parent: undefined, parentColumn: '', key: undefined, name: '', atom: undefined, one: undefined, managed: '', managedFor: undefined, uuid: undefined })
          break
        }
      }
    }
  }
  const checkRef = (a: RefTo, refTable: string | undefined, holder: Slot, name: string, c: ColumnSchema): number => {
    const target = byId.get(a[1])
    const { index, row } = holder
    if (target === undefined) problems.push({ path: `rows[${index}].columns.${name}`, message: `reference to "${a[1]}", which is not in the desired state`, code: 'unknown_reference' })
    else if (refTable === undefined || target.row.table !== refTable)
      problems.push({ path: `rows[${index}].columns.${name}`, message: `"${a[1]}" is a ${target.row.table} row; ${row.table}.${name} refers to ${refTable ?? 'no table'}`, code: 'invalid_value' })
    else if (!target.table.isRoot && c.type.key.refType !== 'weak') {
      const prev = target.parent
      if (prev !== undefined && (prev !== holder || target.parentColumn !== name))
        problems.push({ path: `rows[${index}].columns.${name}`, message: `"${a[1]}" is held by both "${prev.row.id}" and "${row.id}"`, code: 'conflict' })
      target.parent = holder
      target.parentColumn = name
    }
    return 1
  }
  for (const slot of byId.values()) {
    const { row, index, table } = slot
    const columns = row.columns
    const cols = columnsOf(table)
    for (const name in columns) {
      const v = columns[name]!
      const c = cols.get(name)
      if (c === undefined) {
        problems.push({ path: `rows[${index}].columns.${name}`, message: `no column "${name}" in table ${row.table}`, code: 'invalid_value' })
        continue
      }
      // references: each must name a desired row of the table the column refers to; a
      // row of a non-root table is held by one (strong) parent only
      let refs = 0
      if (Array.isArray(v) && v[0] === 'set') {
        const xs = v[1] as ReadonlyArray<DesiredAtom>
        for (let i = 0; i < xs.length; i++) {
          const a = xs[i]!
          if (typeof a === 'object' && isRefTo(a)) refs += checkRef(a, c.type.key.refTable, slot, name, c)
        }
      } else if (Array.isArray(v) && v[0] === 'map') {
        const ps = v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
        for (let i = 0; i < ps.length; i++) {
          const p = ps[i]!
          if (typeof p[0] === 'object' && isRefTo(p[0])) refs += checkRef(p[0], c.type.key.refTable, slot, name, c)
          if (typeof p[1] === 'object' && isRefTo(p[1])) refs += checkRef(p[1], c.type.value?.refTable, slot, name, c)
        }
      } else if (typeof v === 'object' && isRefTo(v)) refs += checkRef(v, c.type.key.refTable, slot, name, c)
      const e = refs === 0 ? checkValue(c.type, v) : checkWithRefs(c.type, v)
      if (e !== undefined) problems.push({ path: `rows[${index}].columns.${name}`, message: e, code: 'invalid_value' })
      else if (c.type.key.refTable !== undefined || c.type.value?.refTable !== undefined) missingReferences(schema, current, index, c, v, problems)
    }
  }
  for (const { row, index, table, parent } of byId.values())
    if (!table.isRoot && parent === undefined)
      problems.push({ path: `rows[${index}]`, message: `"${row.id}" (${row.table}) is held by no desired row: the server would delete it`, code: 'invalid_value' })
  return problems.length > 0 ? E.left({ _tag: 'InvalidDesired', problems: problems.map(textProblem), issues: problems.map((x) => issueOf(x.path, x.message, x.code)) }) : E.right(byId)
}

/** The problems of one desired row's values (references aside), as the diff reports them. @internal */
export const checkRow = (schema: DatabaseSchema, current: CurrentState, row: DesiredRow, index: number, table: TableSchema): Problem[] => {
  const out: Problem[] = []
  const cols = columnsOf(table)
  for (const name in row.columns) {
    const v = row.columns[name]!
    const c = cols.get(name)
    const e = c === undefined ? `no column "${name}" in table ${row.table}` : hasRef(v) ? checkWithRefs(c.type, v) : checkValue(c.type, v)
    if (e !== undefined) out.push({ path: `rows[${index}].columns.${name}`, message: e, code: 'invalid_value' })
    else if (c !== undefined && (c.type.key.refTable !== undefined || c.type.value?.refTable !== undefined)) missingReferences(schema, current, index, c, v, out)
  }
  return out
}
