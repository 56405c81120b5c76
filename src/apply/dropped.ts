/**
 * Weak references a committed transaction wrote and the server dropped: OVSDB removes
 * a weak reference to a row that does not exist without failing the transaction, so a
 * desired row holding one never converges (every apply would send it again and report
 * success). After a commit, the caller's replica already shows the transaction (its
 * update comes before the reply), so what was dropped is read back from it.
 *
 * @module
 * @internal
 */
import { columnKind, getTable, type ColumnSchema, type DatabaseSchema, type TableSchema } from '../ovsdb/schema.js'
import type { Replica } from '../ovsdb/replica.js'
import { atomKey, setElements } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Value } from '../ovsdb/wire/datum.js'
import type { Plan, PlanValue } from '../plan/plan.js'

/**
 * A weak reference the server dropped.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { DroppedReference } from 'ovn-nb/apply'
 * const d: DroppedReference = { table: 'Logical_Switch_Port', identity: 'vm1', column: 'dhcpv4_options', refTable: 'DHCP_Options', uuid: '550e8400-e29b-41d4-a716-446655440000' }
 */
export interface DroppedReference {
  readonly table: string
  readonly identity: string
  readonly column: string
  readonly refTable: string
  readonly uuid: string
}

// the weak reference columns of a table (empty for most), made once per table
const weakColumns = new WeakMap<TableSchema, ReadonlyMap<string, ColumnSchema>>()
const weakColumnsOf = (t: TableSchema): ReadonlyMap<string, ColumnSchema> => {
  let m = weakColumns.get(t)
  if (m === undefined) {
    m = new Map(Object.values(t.columns).filter((c) => c.type.key.refType === 'weak' || c.type.value?.refType === 'weak').map((c) => [c.name, c]))
    weakColumns.set(t, m)
  }
  return m
}

/**
 * The UUIDs (not named-uuids) written to a weak column: the value of a create or a
 * `set` change, or the elements (pairs, for a map) a `mutate` inserts.
 */
const writtenUuids = (c: ColumnSchema, v: PlanValue | undefined, inserted: ReadonlyArray<Atom | readonly [Atom, Atom]> | undefined): string[] => {
  const out: string[] = []
  const keyWeak = c.type.key.refType === 'weak'
  const valueWeak = c.type.value?.refType === 'weak'
  const atom = (a: unknown, weak: boolean): void => {
    if (weak && Array.isArray(a) && a[0] === 'uuid' && typeof a[1] === 'string') out.push(a[1])
  }
  const isMap = columnKind(c.type) === 'map'
  const items: ReadonlyArray<unknown> =
    inserted ?? (Array.isArray(v) && (v[0] === 'set' || v[0] === 'map') && Array.isArray(v[1]) ? (v[1] as ReadonlyArray<unknown>) : [v])
  for (const x of items)
    if (isMap && Array.isArray(x)) {
      atom(x[0], keyWeak)
      atom(x[1], valueWeak)
    } else atom(x, keyWeak)
  return out
}

/** Whether a column's value holds a UUID (as a set element, a map key or a map value). */
const holds = (c: ColumnSchema, have: Value | undefined, uuid: string): boolean => {
  if (have === undefined) return false
  const k = atomKey(['uuid', uuid])
  if (columnKind(c.type) === 'map') {
    for (const p of (have as readonly ['map', ReadonlyArray<readonly [Atom, Atom]>])[1]) if (atomKey(p[0]) === k || atomKey(p[1]) === k) return true
    return false
  }
  for (const a of setElements(have)) if (atomKey(a) === k) return true
  return false
}

/**
 * The weak references to existing rows (by UUID) that a committed plan wrote and that
 * the replica, which has seen the transaction, does not show.
 */
export const droppedReferences = (schema: DatabaseSchema, replica: Replica, plan: Plan, created: ReadonlyMap<string, string>): ReadonlyArray<DroppedReference> => {
  let out: DroppedReference[] | undefined
  for (const e of plan.entries) {
    if (e.action === 'delete') continue
    const t = getTable(schema, e.table)
    if (t === undefined) continue
    const weak = weakColumnsOf(t)
    if (weak.size === 0) continue
    const uuid = e.action === 'create' ? created.get(e.id) : e.uuid
    const row = uuid === undefined ? undefined : replica.get(e.table, uuid)
    if (row === undefined) continue // not replicated, or gone since
    const check = (column: string, v: PlanValue | undefined, inserted?: ReadonlyArray<Atom | readonly [Atom, Atom]>): void => {
      const c = weak.get(column)
      if (c === undefined) return
      for (const u of writtenUuids(c, v, inserted))
        if (!holds(c, row[column], u)) (out ??= []).push({ table: e.table, identity: e.identity, column, refTable: (c.type.key.refType === 'weak' ? c.type.key.refTable : c.type.value?.refTable) ?? '', uuid: u })
    }
    if (e.action === 'create') for (const column in e.row) check(column, e.row[column]!)
    else for (const ch of e.changes) if (ch.mode === 'set') check(ch.column, ch.new)
      else check(ch.column, undefined, ch.insert)
  }
  return out ?? []
}
