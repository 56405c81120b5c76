/**
 * Labels of a plan: what each existing row's UUID in its entries' values stands for
 * (`Logical_Switch_Port vm1`), so that a plan shows references by identity, not by
 * UUID. Rows the plan creates need none (their named-uuids lead to their create
 * entries). Pure; internal to the library.
 *
 * @module
 * @internal
 */
import { getTable, type DatabaseSchema } from '../ovsdb/schema.js'
import { setElements } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { CurrentState, PlanEntry } from './plan.js'

interface RefColumn {
  readonly column: string
  /** The table the keys refer to (a set's elements, a map's keys). */
  readonly key: string | undefined
  /** The table a map's values refer to. */
  readonly value: string | undefined
  readonly isMap: boolean
}

const refColumnsMemo = new WeakMap<DatabaseSchema, Map<string, ReadonlyArray<RefColumn>>>()

const refColumnsOf = (schema: DatabaseSchema, table: string): ReadonlyArray<RefColumn> => {
  let byTable = refColumnsMemo.get(schema)
  if (byTable === undefined) refColumnsMemo.set(schema, (byTable = new Map()))
  let l = byTable.get(table)
  if (l === undefined) {
    const ts = getTable(schema, table)
    l =
      ts === undefined
        ? []
        : Object.values(ts.columns)
            .filter((c) => c.type.key.refTable !== undefined || c.type.value?.refTable !== undefined)
            .map((c) => ({ column: c.name, key: c.type.key.refTable, value: c.type.value?.refTable, isMap: c.type.value !== undefined }))
    byTable.set(table, l)
  }
  return l
}

/**
 * UUID -> `Table identity` of every existing row the entries' values refer to (and the
 * parents deletes go through), sorted by UUID; undefined for none. @internal
 */
export const labels = (
  schema: DatabaseSchema,
  current: CurrentState,
  entries: ReadonlyArray<PlanEntry>,
  identity: (table: string, uuid: string, r: Row) => string,
): Readonly<Record<string, string>> | undefined => {
  let out: Record<string, string> | undefined
  const label = (a: unknown, refTable: string | undefined): void => {
    if (refTable === undefined || !Array.isArray(a) || a[0] !== 'uuid' || typeof a[1] !== 'string') return
    const u = a[1]
    if (out !== undefined && out[u] !== undefined) return
    // a matched row's identity is its desired row's
    const r = current.rows(refTable).get(u)
    if (r !== undefined) (out ??= {})[u] = `${refTable} ${identity(refTable, u, r)}`
  }
  const labelValue = (v: Value | undefined, c: RefColumn): void => {
    if (v === undefined) return
    if (Array.isArray(v) && v[0] === 'map')
      for (const p of v[1] as ReadonlyArray<readonly [Atom, Atom]>) {
        label(p[0], c.key)
        label(p[1], c.value)
      }
    else for (const a of setElements(v)) label(a, c.key)
  }
  for (const e of entries) {
    if (e.action === 'delete' && e.via !== undefined) label(['uuid', e.via.uuid], e.via.table)
    const cols = refColumnsOf(schema, e.table)
    if (cols.length === 0) continue
    if (e.action === 'create') for (const c of cols) labelValue(e.row[c.column], c)
    else if (e.action === 'update')
      for (const ch of e.changes) {
        const c = cols.find((x) => x.column === ch.column)
        if (c === undefined) continue
        if (ch.mode === 'set') {
          labelValue(ch.old, c)
          labelValue(ch.new, c)
          continue
        }
        for (const x of ch.delete) label(x, c.key)
        for (const x of ch.insert)
          if (c.isMap) {
            const p = x as readonly [Atom, Atom]
            label(p[0], c.key)
            label(p[1], c.value)
          } else label(x, c.key)
      }
  }
  if (out === undefined) return undefined
  const sorted: Record<string, string> = {}
  for (const k of Object.keys(out).sort()) sorted[k] = out[k]!
  return sorted
}
