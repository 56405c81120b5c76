/**
 * The sweep (garbage collection) phase of the diff: the rows of an owner that no desired
 * row claims are deleted — a root row by `delete`, a row of a non-root table by removing
 * it from the column that holds it — or retained, with the reason:
 *
 * - a root row another writer holds by a strong reference (deleting it would fail the
 *   whole transaction);
 * - a row that holds rows of other writers through strong references (the server would
 *   delete them with it), unless `cascade`: then it is deleted, and the delete lists
 *   them. A retained row gives up the owner's rows the desired state holds elsewhere.
 *
 * Each delete of a row that can hold other writers' rows carries the children it holds
 * as seen (`seen`), for the `wait` that guards it. Pure; internal to the library.
 *
 * @module
 * @internal
 */
import { getTable, type DatabaseSchema } from '../ovsdb/schema.js'
import { setElements } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { CurrentState, DeleteRow, OtherRow, RetainedRow } from './plan.js'
import { holdsChildren } from './validate.js'
import { cmp, EMPTY_SET } from './values.js'

/** The row holding a row of a non-root table, and the column. @internal */
export interface Parent {
  readonly table: string
  readonly uuid: string
  readonly column: string
}

/** Child UUID -> its parent (a map, or the diff's index of them, which is told the child's table). @internal */
export interface ParentIndex {
  readonly get: (uuid: string, table: string) => Parent | undefined
}

/** Parent UUID -> its table and, per column, the UUIDs of children to remove from it. @internal */
export type Drops = Map<string, { readonly table: string; readonly cols: Map<string, Set<string>> }>

/** What the sweep reads. @internal */
export interface SweepInput {
  readonly schema: DatabaseSchema
  readonly current: CurrentState
  readonly owner: string
  /** Off: nothing is swept. */
  readonly gc: boolean
  readonly gcTables?: ReadonlyArray<string>
  readonly cascade: boolean
  /** The existing rows desired rows matched. */
  readonly claimed: { readonly has: (uuid: string) => boolean }
  /**
   * How many rows of each table `claimed` held when the diff matched them (none for a
   * table missing): a table whose rows are all claimed has nothing to sweep, and one with
   * none claimed needs no lookup per row. Read by the full sweep only (a sweep of some
   * rows looks each one up).
   */
  readonly claimedIn?: ReadonlyMap<string, number>
  /** Child UUID -> its parent, as the database holds them (the child's table given: see parents.ts). */
  readonly parents: ParentIndex
  readonly ownerOf: (r: Row) => string | undefined
  /** An existing row's identity, for people. */
  readonly identity: (table: string, uuid: string, r: Row) => string
}

/** What the sweep decided. @internal */
export interface Swept {
  readonly deletes: ReadonlyArray<DeleteRow>
  readonly retained: ReadonlyArray<RetainedRow>
  /** Every row that goes (children of deleted rows included), with its table. */
  readonly deleting: ReadonlyMap<string, string>
  /** Children to remove from parents that stay. */
  readonly drops: Drops
}

// per schema and table: the columns holding children, with the table of each
const childColumnsMemo = new WeakMap<DatabaseSchema, Map<string, ReadonlyArray<{ readonly column: string; readonly refTable: string }>>>()

/** The columns of a table that hold rows of non-root tables, with their tables. */
const childColumnsOf = (schema: DatabaseSchema, table: string): ReadonlyArray<{ readonly column: string; readonly refTable: string }> => {
  let byTable = childColumnsMemo.get(schema)
  if (byTable === undefined) childColumnsMemo.set(schema, (byTable = new Map()))
  let l = byTable.get(table)
  if (l === undefined) {
    const ts = getTable(schema, table)
    l = ts === undefined ? [] : Object.values(ts.columns).filter((c) => holdsChildren(schema, c)).map((c) => ({ column: c.name, refTable: c.type.key.refTable! }))
    byTable.set(table, l)
  }
  return l
}

/**
 * Garbage collection of the owner's unclaimed rows; `only`: just these rows, in these
 * tables (the incremental planner's sweep after rows were removed). @internal
 */
export const sweep = (input: SweepInput, only?: { readonly uuids: ReadonlySet<string>; readonly tables: ReadonlySet<string> }): Swept => {
  const { schema, current, owner, claimed, parents, ownerOf } = input
  const deleting = new Map<string, string>()
  const deletes: DeleteRow[] = []
  const retained: RetainedRow[] = []
  const drops: Drops = new Map()
  if (!input.gc) return { deletes, retained, deleting, drops }
  const holders = lazy(() => strongHolders(schema, current))
  const drop = (parent: Parent, child: string): void => {
    let d = drops.get(parent.uuid)
    if (d === undefined) drops.set(parent.uuid, (d = { table: parent.table, cols: new Map() }))
    let s = d.cols.get(parent.column)
    if (s === undefined) d.cols.set(parent.column, (s = new Set()))
    s.add(child)
  }
  // a row of ours kept for the others' rows it holds: the rows of ours the desired state
  // holds elsewhere leave it (the ones it no longer holds are deleted from it below)
  const retain = (table: string, uuid: string, r: Row, identity: string, others: ReadonlyArray<OtherRow>): void => {
    retained.push({ table, uuid, identity, reason: holdsReason(others), holds: others })
    for (const { column, refTable } of childColumnsOf(schema, table)) {
      const v = r[column]
      if (v === undefined) continue
      for (const a of setElements(v)) {
        if (!Array.isArray(a) || a[0] !== 'uuid' || !claimed.has(a[1])) continue
        const cr = current.rows(refTable).get(a[1])
        if (cr !== undefined && ownerOf(cr) === owner) drop({ table, uuid, column }, a[1])
      }
    }
  }
  const tables = input.gcTables ?? Object.keys(schema.tables)
  // roots first, so that children of deleted roots are left to the server
  const order = [...tables].sort((a, b) => Number(getTable(schema, b)?.isRoot) - Number(getTable(schema, a)?.isRoot) || cmp(a, b))
  for (const table of order) {
    const ts = getTable(schema, table)
    if (ts === undefined || ts.columns['external_ids'] === undefined || (only !== undefined && !only.tables.has(table))) continue
    const rows = current.rows(table)
    const n = only === undefined && input.claimedIn !== undefined ? (input.claimedIn.get(table) ?? 0) : -1
    if (n === rows.size) continue
    for (const [uuid, r] of rows) {
      // n: 0 when no row of the table is claimed (no lookup), -1 when unknown
      if ((only !== undefined && !only.uuids.has(uuid)) || (n !== 0 && claimed.has(uuid)) || ownerOf(r) !== owner) continue
      const identity = input.identity(table, uuid, r)
      let via: Parent | undefined
      if (ts.isRoot) {
        // a row someone else still holds by a strong reference cannot go: deleting it
        // would fail the whole transaction (referential integrity); keep it and say so
        const holder = holders().get(uuid)?.find((h) => ownerOf(current.rows(h.table).get(h.uuid)!) !== owner)
        if (holder !== undefined) {
          const hr = current.rows(holder.table).get(holder.uuid)
          const by = hr === undefined ? holder.uuid : input.identity(holder.table, holder.uuid, hr)
          retained.push({ table, uuid, identity, reason: `still referenced by ${holder.table} ${by} (${holder.column}), which this owner does not manage` })
          continue
        }
      } else {
        via = parents.get(uuid, table)
        // it goes with its parent (or has none): nothing to do
        if (via === undefined || deleting.has(via.uuid) || hasDeletedAncestor(via, parents, deleting)) {
          deleting.set(uuid, table)
          continue
        }
      }
      const others = othersUnder(input, table, uuid)
      if (others.length > 0 && !input.cascade) {
        retain(table, uuid, r, identity, others)
        continue
      }
      deleting.set(uuid, table)
      const entry: DeleteRow = via === undefined ? { action: 'delete', table, identity, uuid } : { action: 'delete', table, identity, uuid, via }
      deletes.push(withGuard(schema, entry, others, table, r))
      if (via !== undefined) drop(via, uuid)
    }
  }
  return { deletes, retained, deleting, drops }
}

/**
 * The rows of other writers (another owner, or none) below a row of ours, through the
 * columns that hold children: the server deletes them with it. Rows of tables without
 * external_ids carry no owner: they count as their parent's.
 */
const othersUnder = (input: SweepInput, table: string, uuid: string): ReadonlyArray<OtherRow> => {
  const { schema, current, owner, ownerOf } = input
  const out: OtherRow[] = []
  const walk = (t: string, u: string, depth: number): void => {
    const r = current.rows(t).get(u)
    if (r === undefined || depth > 16) return
    for (const { column, refTable } of childColumnsOf(schema, t)) {
      const v = r[column]
      if (v === undefined) continue
      const hasIds = getTable(schema, refTable)?.columns['external_ids'] !== undefined
      for (const a of setElements(v)) {
        if (!Array.isArray(a) || a[0] !== 'uuid') continue
        const cr = current.rows(refTable).get(a[1])
        if (cr === undefined) continue
        const o = ownerOf(cr)
        if (hasIds && o !== owner) out.push({ table: refTable, uuid: a[1], identity: input.identity(refTable, a[1], cr), owner: o })
        walk(refTable, a[1], depth + 1)
      }
    }
  }
  walk(table, uuid, 0)
  return out.sort((a, b) => cmp(a.table, b.table) || cmp(a.identity, b.identity) || cmp(a.uuid, b.uuid))
}

/**
 * A delete with the other writers' rows that go with it (cascade), and the columns
 * holding rows that can belong to someone else (their table has external_ids) as seen:
 * compile guards the delete with them.
 */
const withGuard = (schema: DatabaseSchema, d: DeleteRow, others: ReadonlyArray<OtherRow>, table: string, r: Row): DeleteRow => {
  let seen: Record<string, Value> | undefined
  for (const { column, refTable } of childColumnsOf(schema, table))
    if (getTable(schema, refTable)?.columns['external_ids'] !== undefined) (seen ??= {})[column] = r[column] ?? EMPTY_SET
  return others.length === 0 && seen === undefined ? d : { ...d, ...(others.length > 0 ? { cascade: others } : {}), ...(seen !== undefined ? { seen } : {}) }
}

/** Root UUID -> the rows that hold it by a strong reference. */
const strongHolders = (schema: DatabaseSchema, current: CurrentState): Map<string, Parent[]> => {
  const out = new Map<string, Parent[]>()
  for (const t of Object.values(schema.tables))
    for (const c of Object.values(t.columns))
      for (const bt of [c.type.key, c.type.value]) {
        if (bt?.refTable === undefined || bt.refType === 'weak' || getTable(schema, bt.refTable)?.isRoot !== true) continue
        for (const [uuid, r] of current.rows(t.name)) {
          const v = r[c.name]
          if (v === undefined) continue
          const atoms = Array.isArray(v) && v[0] === 'map' ? (v[1] as ReadonlyArray<readonly [Atom, Atom]>).flat() : setElements(v)
          for (const a of atoms)
            if (Array.isArray(a) && a[0] === 'uuid') {
              let l = out.get(a[1] as string)
              if (l === undefined) out.set(a[1] as string, (l = []))
              l.push({ table: t.name, uuid, column: c.name })
            }
        }
      }
  return out
}

const lazy = <A>(f: () => A): (() => A) => {
  let a: { readonly v: A } | undefined
  return () => (a ??= { v: f() }).v
}

/** Why a row is kept: `holds 1 Logical_Switch_Port and 2 ACL of other writers`. */
const holdsReason = (others: ReadonlyArray<OtherRow>): string => {
  const counts = new Map<string, number>()
  for (const o of others) counts.set(o.table, (counts.get(o.table) ?? 0) + 1)
  const parts = [...counts].map(([t, n]) => `${n} ${t}`)
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
  return `holds ${list} of other writers`
}

const hasDeletedAncestor = (p: Parent, parents: ParentIndex, deleting: { has: (uuid: string) => boolean }): boolean => {
  let cur: Parent | undefined = p
  for (let i = 0; cur !== undefined && i < 16; i++) {
    if (deleting.has(cur.uuid)) return true
    cur = parents.get(cur.uuid, cur.table)
  }
  return false
}
