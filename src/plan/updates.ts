/**
 * The updates phase of the diff: for each desired row matched with an existing row, the
 * columns to change, each the least change that makes it hold what is wanted:
 *
 * - scalars and optional values (and bounded sets, which ovsdb-server checks after each
 *   mutation) are written whole (`set`), unless the row is `shared`;
 * - sets change element by element (`mutate`): in a set of references only the owner's
 *   rows and children the sweep drops are removed; in a shared row nothing is removed;
 * - maps change key by key: a key no longer wanted is removed only if the owner set it
 *   (its record of managed keys says so) or it is one of the owner's marks; keys of
 *   others stay, and a map column the desired row stops giving loses the owner's keys;
 *
 * and the children the sweep drops from rows no update took them from. Pure given what
 * it reads; internal to the library.
 *
 * @module
 * @internal
 */
import { columnKind, type ColumnType } from '../ovsdb/schema.js'
import { atomKey, defaultValue, setElements } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { DesiredRow, DesiredValue } from '../ovsdb/desired.js'
import type { TableSchema } from '../ovsdb/schema.js'
import { keyText, managedIn, type Marks } from './managed.js'
import type { ColumnChange, CurrentState, UpdateRow } from './plan.js'
import type { Drops } from './sweep.js'
import type { Slot } from './validate.js'
import { EMPTY_MAP, mapPairs, sameValue, valueKey } from './values.js'

/** What the updates read. @internal */
export interface UpdateInput {
  readonly current: CurrentState
  readonly byId: ReadonlyMap<string, Slot>
  /** The UUID a desired row matched. */
  readonly uuidOf: (id: string) => string | undefined
  readonly ownerOf: (r: Row) => string | undefined
  readonly owner: string
  readonly marks: Marks
  /** Whether a table is identified by the desired id (kept in external_ids). */
  readonly withId: (table: string) => boolean
  /** A desired value with its references resolved (UUIDs, named-uuids). */
  readonly resolveValue: (ct: ColumnType, v: DesiredValue) => Value
  /** The children the sweep removes from rows that stay: taken by the updates of those rows. */
  readonly drops: Drops
  /** The updates made, by UUID (children dropped are added to them). */
  readonly updates: Map<string, UpdateRow>
  readonly identityOf: (slot: Slot) => string
  readonly existingIdentity: (table: string, uuid: string, r: Row) => string
}

/** The updates of matched rows. @internal */
export class Updates {
  constructor(private readonly input: UpdateInput) {}

  /**
   * A matched row's changes, sorted by column; nothing is allocated for a row that holds
   * what is wanted (a no-op full diff asks this of every matched row).
   */
  updateOf(id: string, uuid: string): UpdateRow | undefined {
    const slot = this.input.byId.get(id)!
    return this.compare(slot, uuid, this.input.current.rows(slot.row.table).get(uuid)!)
  }

  /** The same, given the desired row's slot and the existing row (as matching found them). */
  compare(slot: Slot, uuid: string, existing: Row): UpdateRow | undefined {
    const { row, table } = slot
    const id = row.id
    const shared = row.shared === true
    const marked = !shared && table.columns['external_ids'] !== undefined
    let changes: ColumnChange[] | undefined
    for (const name in row.columns) {
      const c = this.columnChange(slot, existing, id, uuid, shared, marked, name)
      if (c !== undefined) (changes ??= []).push(c)
    }
    if (marked && !Object.prototype.hasOwnProperty.call(row.columns, 'external_ids')) {
      const c = this.columnChange(slot, existing, id, uuid, shared, marked, 'external_ids')
      if (c !== undefined) (changes ??= []).push(c)
    }
    if (marked) changes = this.droppedColumns(row, table, existing, changes)
    if (changes === undefined) return undefined
    if (changes.length > 1) changes.sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0))
    const u: UpdateRow = { action: 'update', table: row.table, id, identity: this.input.identityOf(slot), uuid, changes }
    // a row without this owner's mark that the update marks: an adoption
    return marked && this.input.ownerOf(existing) !== this.input.owner ? { ...u, adopt: true } : u
  }

  /** Children to drop from parents the desired state does not describe (or not that column): into the updates. */
  dropsLeft(): void {
    const { current, updates } = this.input
    for (const [parentUuid, { table: ptable, cols }] of this.input.drops) {
      for (const [column, uuids] of cols) {
        if (uuids.size === 0) continue
        const pr = current.rows(ptable).get(parentUuid)
        if (pr === undefined) continue
        const change: ColumnChange = { column, mode: 'mutate', old: pr[column] ?? ['set', []], insert: [], delete: [...uuids].sort().map((u) => ['uuid', u] as const) }
        const prev = updates.get(parentUuid)
        if (prev !== undefined) updates.set(parentUuid, { ...prev, changes: [...prev.changes, change] })
        else updates.set(parentUuid, { action: 'update', table: ptable, identity: this.input.existingIdentity(ptable, parentUuid, pr), uuid: parentUuid, changes: [change] })
      }
    }
  }

  private isOwnedUuid(uuid: string, table: string | undefined): boolean {
    if (table === undefined) return false
    const r = this.input.current.rows(table).get(uuid)
    return r !== undefined && this.input.ownerOf(r) === this.input.owner
  }

  // one column of a matched row: its change, or undefined when it holds what is wanted
  private columnChange(slot: Slot, existing: Row, id: string, uuid: string, shared: boolean, marked: boolean, name: string): ColumnChange | undefined {
    const { row, table } = slot
    const { marks, uuidOf, drops } = this.input
    const cs = table.columns[name]!
    const have = existing[name] ?? defaultValue(cs.type)
    const ids = marked && name === 'external_ids'
    const withId = ids && this.input.withId(row.table)
    // the owner's marks checked in place, without building the marked map (nor the record)
    if (ids && marks.sameFor(have, slot, withId, uuidOf)) return undefined
    const managed = ids ? marks.managedOf(slot) : ''
    const wanted = ids ? marks.marked(id, withId, row.columns['external_ids'], managed) : row.columns[name]!
    const kind = columnKind(cs.type)
    // a bounded set or map (min > 0 or a finite max) is written whole: ovsdb-server checks
    // the size after each mutation, so delete-then-insert could pass through an illegal size
    const bounded = (kind === 'set' || kind === 'map') && (cs.type.min > 0 || cs.type.max !== 'unlimited')
    // the usual case, checked without building anything: the column holds what is wanted
    if (sameValue(kind, wanted, have, uuidOf)) {
      if (kind === 'set' && !bounded) drops.get(uuid)?.cols.delete(name)
      return undefined
    }
    const want = this.input.resolveValue(cs.type, wanted)
    if (kind === 'atom' || kind === 'optional' || bounded) {
      if (shared || valueKey(want) === valueKey(have)) return undefined
      if (!cs.mutable) return undefined // an immutable column cannot change; identity should cover it
      return { column: name, mode: 'set', old: have, new: want }
    }
    if (kind === 'set') {
      const haveKeys = new Map(setElements(have).map((a) => [atomKey(a), a]))
      const wantKeys = new Map(setElements(want).map((a) => [atomKey(a), a]))
      const ins = [...wantKeys].filter(([k]) => !haveKeys.has(k)).map(([, a]) => a)
      const refTable = cs.type.key.refTable
      const drop = drops.get(uuid)?.cols.get(name)
      const del = [...haveKeys]
        .filter(([k, a]) => {
          if (wantKeys.has(k)) return false
          if (refTable !== undefined) return Array.isArray(a) && (this.isOwnedUuid(a[1] as string, refTable) || drop?.has(a[1] as string) === true)
          return !shared
        })
        .map(([, a]) => a)
      drops.get(uuid)?.cols.delete(name)
      return ins.length > 0 || del.length > 0 ? { column: name, mode: 'mutate', old: have, insert: ins, delete: del } : undefined
    }
    // map: key by key; a key no longer wanted is removed only if this owner set it
    // (its record says so) or it is one of the owner's marks: others' keys stay
    const haveMap = new Map(mapPairs(have).map((p) => [atomKey(p[0]), p]))
    const wantMap = new Map(mapPairs(want).map((p) => [atomKey(p[0]), p]))
    const ins: Array<readonly [Atom, Atom]> = []
    const del: Atom[] = []
    for (const [k, p] of wantMap) {
      const h = haveMap.get(k)
      if (h === undefined) ins.push(p)
      else if (atomKey(h[1]) !== atomKey(p[1]) && !shared) {
        del.push(p[0])
        ins.push(p)
      }
    }
    if (marked) {
      const mine = managedIn(marks.before(existing), name)
      for (const [k, p] of haveMap) if (!wantMap.has(k) && (mine.has(keyText(p[0])) || (ids && marks.isMark(p[0])))) del.push(p[0])
    }
    return ins.length > 0 || del.length > 0 ? { column: name, mode: 'mutate', old: have, insert: ins, delete: del } : undefined
  }

  // the keys this owner set in map columns the desired row no longer gives: removed
  private droppedColumns(row: DesiredRow, table: TableSchema, existing: Row, into: ColumnChange[] | undefined): ColumnChange[] | undefined {
    if (!this.input.marks.namesOtherColumns(existing)) return into
    const before = this.input.marks.before(existing)
    if (before.size === 0) return into
    for (const [name, keys] of before) {
      if (name === 'external_ids' || Object.prototype.hasOwnProperty.call(row.columns, name) || table.columns[name]?.type.value === undefined) continue
      const have = existing[name] ?? EMPTY_MAP
      const del: Atom[] = []
      for (const p of mapPairs(have)) if (keys.has(keyText(p[0]))) del.push(p[0])
      if (del.length > 0) (into ??= []).push({ column: name, mode: 'mutate', old: have, insert: [], delete: del })
    }
    return into
  }
}
