/**
 * The state of one database in the embedded server: tables of rows keyed by UUID, the
 * committed unique indexes, the reverse index of weak references, and a bounded history
 * of committed transactions for `monitor_cond_since`.
 *
 * @internal
 * @module
 */
import { randomUUID } from 'node:crypto'
import type { DatabaseSchema } from '../schema.js'
import type { Datum } from './datum.js'
import { ZERO_UUID } from './json.js'
import { compile, fieldOf, type Column, type DbInfo, type Row, type TableInfo } from './model.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** A row in a transaction: `old` is the committed row, `new` the row as it will be. */
export interface TxnRow {
  readonly table: TableState
  readonly uuid: string
  readonly old: Row | null
  new: Row | null
  /** Strong references to this row, as the transaction leaves them. */
  nRefs: number
  /** Changed columns: `null` none (yet), `'all'` for inserts and deletes. */
  changed: boolean[] | 'all' | null
  /** The pass of the commit that last visited this row. */
  serial: number
}

/** One committed row change. */
export interface Change {
  readonly table: TableState
  readonly uuid: string
  readonly old: Row | null
  readonly new: Row | null
}

/** A committed transaction as monitors see it. */
export interface Commit {
  /** The transaction id (all zeros when the database keeps no history). */
  readonly id: string
  readonly changes: ReadonlyArray<Change>
}

/** The rows and indexes of one table. */
export class TableState {
  readonly rows = new Map<string, Row>()
  /** Committed unique indexes: key of the index columns' values to row UUID. */
  readonly indexes: ReadonlyArray<Map<string, string>>
  /** The rows of the transaction in progress, if it touched this table. */
  txn: Map<string, TxnRow> | undefined = undefined

  constructor(readonly info: TableInfo) {
    this.indexes = info.indexes.map(() => new Map<string, string>())
  }
}

/** The key of a row's values in the columns of an index. */
export const indexKey = (row: Row, columns: ReadonlyArray<Column>): string => {
  if (columns.length === 1) {
    const d: Datum = fieldOf(row, columns[0]!)
    // the common case, one string column: the string itself (other keys start with "[")
    if (d.values === undefined && d.keys.length === 1 && typeof d.keys[0] === 'string') return `s${d.keys[0]}`
  }
  let s = '['
  for (const c of columns) {
    const d: Datum = fieldOf(row, c)
    s += JSON.stringify(d.keys)
    if (d.values !== undefined) s += JSON.stringify(d.values)
    s += ','
  }
  return s
}

const refKey = (table: string, uuid: string): string => `${table}\u0000${uuid}`

/** Atoms of a row as ovsdb-server counts them: `_uuid`, `_version`, and every key and value. */
const rowAtoms = (t: TableInfo, row: Row): number => {
  let n = 2
  for (const c of t.columns) {
    const d = row.fields[c.index]!
    n += d.values === undefined ? d.keys.length : 2 * d.keys.length
  }
  return n
}

// -------------------------------------------------------------------------------------
// database
// -------------------------------------------------------------------------------------

/** One database. */
export class Database {
  readonly info: DbInfo
  readonly tables = new Map<string, TableState>()
  /** Weak references: target `table\0uuid` to the set of source `table\0uuid`. */
  private readonly weakRefs = new Map<string, Set<string>>()
  private readonly history: Array<Commit & { readonly atoms: number }> = []
  /** Atoms in the remembered transactions, and in the database (as ovsdb-server counts them). */
  private historyAtoms = 0
  private dbAtoms = 0

  constructor(
    schema: DatabaseSchema,
    /** How many committed transactions to remember; 0 behaves like a standalone ovsdb-server. */
    readonly historyLimit: number,
    /** `_Server`: reads only. */
    readonly reserved = false,
  ) {
    this.info = compile(schema)
    for (const t of this.info.tables.values()) this.tables.set(t.name, new TableState(t))
  }

  get name(): string {
    return this.info.name
  }

  /** The table, or undefined. */
  table(name: string): TableState | undefined {
    return this.tables.get(name)
  }

  /** The rows weakly referring to a row, as `[table, uuid]`. */
  weakReferrers(table: string, uuid: string): ReadonlyArray<readonly [TableState, string]> {
    const srcs = this.weakRefs.get(refKey(table, uuid))
    if (srcs === undefined) return []
    const out: Array<readonly [TableState, string]> = []
    for (const s of srcs) {
      const i = s.indexOf('\u0000')
      const t = this.tables.get(s.slice(0, i))
      if (t !== undefined) out.push([t, s.slice(i + 1)])
    }
    return out
  }

  /** Records the weak references and indexes of committed changes. */
  applyIndexes(changes: ReadonlyArray<Change>): void {
    for (const ch of changes) {
      if (ch.old === null) continue
      const ti = ch.table.info
      for (let i = 0; i < ti.indexes.length; i++) {
        const m = ch.table.indexes[i]!
        const k = indexKey(ch.old, ti.indexes[i]!)
        if (m.get(k) === ch.uuid) m.delete(k)
      }
      if (ti.weakColumns.length > 0) this.weak(ti, ch.old, false)
    }
    for (const ch of changes) {
      if (ch.new === null) continue
      const ti = ch.table.info
      for (let i = 0; i < ti.indexes.length; i++) ch.table.indexes[i]!.set(indexKey(ch.new, ti.indexes[i]!), ch.uuid)
      if (ti.weakColumns.length > 0) this.weak(ti, ch.new, true)
    }
  }

  private weak(ti: TableInfo, row: Row, add: boolean): void {
    let src: string | undefined
    for (const c of ti.weakColumns) {
      const d = row.fields[c.index]!
      if (d.keys.length === 0) continue
      src ??= refKey(ti.name, row.uuid)
      if (c.weakKey) for (const k of d.keys) this.weakRef(refKey(c.type.key.refTable!, k as string), src, add)
      if (c.weakValue) for (const v of d.values!) this.weakRef(refKey(c.type.value!.refTable!, v as string), src, add)
    }
  }

  private weakRef(target: string, src: string, add: boolean): void {
    let set = this.weakRefs.get(target)
    if (add) {
      if (set === undefined) this.weakRefs.set(target, (set = new Set()))
      set.add(src)
    } else if (set !== undefined) {
      set.delete(src)
      if (set.size === 0) this.weakRefs.delete(target)
    }
  }

  /**
   * Assigns a transaction id and remembers the transaction (when history is kept). Like
   * ovsdb-server, it keeps at most `historyLimit` transactions, and fewer when they hold
   * more atoms than the whole database (then a snapshot is cheaper than the changes).
   */
  record(changes: ReadonlyArray<Change>): Commit {
    let atoms = 0
    for (const ch of changes) {
      const a = ch.old === null ? 0 : rowAtoms(ch.table.info, ch.old)
      const b = ch.new === null ? 0 : rowAtoms(ch.table.info, ch.new)
      atoms += a + b
      this.dbAtoms += b - a
    }
    if (this.historyLimit <= 0) return { id: ZERO_UUID, changes }
    const c = { id: randomUUID(), changes, atoms }
    this.history.push(c)
    this.historyAtoms += atoms
    while (this.history.length > 1 && (this.history.length > this.historyLimit || this.historyAtoms > this.dbAtoms))
      this.historyAtoms -= this.history.shift()!.atoms
    return c
  }

  /** The id of the newest remembered transaction, or all zeros. */
  lastTxnId(): string {
    return this.history.length === 0 ? ZERO_UUID : this.history[this.history.length - 1]!.id
  }

  /**
   * The transactions after `id`, when `id` is remembered (an empty list when it is the
   * newest); `undefined` when it is not (or is all zeros).
   */
  since(id: string): ReadonlyArray<Commit> | undefined {
    if (id === ZERO_UUID) return undefined
    const i = this.history.findIndex((c) => c.id === id)
    return i < 0 ? undefined : this.history.slice(i + 1)
  }

  /** Inserts a row outside any transaction (the `_Server` rows). */
  seed(table: string, uuid: string, fields: Datum[]): void {
    const t = this.tables.get(table)
    if (t === undefined) return
    const row: Row = { uuid, version: randomUUID(), fields, nRefs: 0 }
    t.rows.set(uuid, row)
    this.applyIndexes([{ table: t, uuid, old: null, new: row }])
  }
}
