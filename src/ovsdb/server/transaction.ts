/**
 * Executing a `transact` the way ovsdb-server does (`ovsdb/execution.c`,
 * `ovsdb/transaction.c`): operations run in order against the live tables and are undone
 * on the first error; at commit, reference counts are checked and non-root rows nobody
 * refers to are collected, `maxRows`, weak references and unique indexes are enforced,
 * and `_version` changes for every modified row.
 *
 * @internal
 * @module
 */
import { randomUUID } from 'node:crypto'
import { matchesAll, parseCondition, TRUE_CONDITION, type Condition } from './condition.js'
import {
  checkDatum,
  datumEquals,
  datumFromJson,
  datumToJson,
  datumToString,
  compareDatums,
  subtract,
  type Atom,
  type Datum,
  type Symtab,
} from './datum.js'
import { indexKey, type Change, type Database, type TableState, type TxnRow } from './database.js'
import { dbError, errorToJson, isDbError, syntaxError, type DbError } from './errors.js'
import { englishList, has, isId, isObject, isUuidText, shashOrder, ZERO_UUID, type JsonObject } from './json.js'
import { fieldOf, UUID_INDEX, VERSION_INDEX, type Column, type Row, type TableInfo } from './model.js'
import { applyMutations, parseMutations } from './mutation.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** What the session running a transaction provides. */
export interface ExecContext {
  /** Whether the session holds a lock (`assert`). */
  readonly hasLock: (name: string) => boolean
  /** Milliseconds since the transaction was first tried (timed `wait`s). */
  readonly elapsedMs: number
}

/** The outcome of trying a transaction. */
export type Outcome =
  | {
      readonly kind: 'done'
      readonly results: ReadonlyArray<unknown>
      /** The committed changes, when the transaction changed anything. */
      readonly changes: ReadonlyArray<Change> | undefined
    }
  | {
      /** A `wait` is not satisfied yet: try again after a commit, or at its `timeoutMs`. */
      readonly kind: 'blocked'
      readonly timeoutMs: number
    }

// -------------------------------------------------------------------------------------
// parser (ovsdb_parser)
// -------------------------------------------------------------------------------------

const OP_NULL = 1
const OP_FALSE = 2
const OP_TRUE = 4
const OP_OBJECT = 8
const OP_ARRAY = 16
const OP_STRING = 32
const OP_INTEGER = 64
const OP_REAL = 128
const OP_BOOLEAN = OP_FALSE | OP_TRUE
const OP_ID = 256
const OP_OPTIONAL = 512

const typeBit = (v: unknown): number => {
  if (v === null) return OP_NULL
  if (v === false) return OP_FALSE
  if (v === true) return OP_TRUE
  if (Array.isArray(v)) return OP_ARRAY
  switch (typeof v) {
    case 'object':
      return OP_OBJECT
    case 'string':
      return OP_STRING
    case 'number':
      return Number.isInteger(v) && Math.abs(v) < 2 ** 63 ? OP_INTEGER : OP_REAL
    default:
      return 0
  }
}

/** Reads the members of a JSON object, remembering the first problem and unused members. */
export class Parser {
  readonly json: JsonObject | undefined
  private used: string[] | undefined
  error: DbError | undefined = undefined

  constructor(
    json: unknown,
    private readonly name: string,
  ) {
    this.json = isObject(json) ? json : undefined
    if (this.json === undefined) this.raise('Object expected.')
  }

  /** A member of the expected types, or `undefined` (and an error unless optional). */
  member(name: string, types: number): unknown {
    if (this.json === undefined) return undefined
    if (!has(this.json, name)) {
      if ((types & OP_OPTIONAL) === 0) this.raise(`Required '${name}' member is missing.`)
      return undefined
    }
    const v = this.json[name]
    if ((types & typeBit(v)) !== 0 || ((types & OP_ID) !== 0 && typeof v === 'string' && isId(v))) {
      ;(this.used ??= []).push(name)
      return v
    }
    this.raise(`Type mismatch for member '${name}'.`)
    return undefined
  }

  raise(message: string): void {
    if (this.error === undefined)
      this.error = syntaxError(this.json, undefined, `Parsing ${this.name} failed: ${message}`)
  }

  /** The first error, or one about members that were never read. */
  finish(): DbError | undefined {
    if (this.error === undefined && this.json !== undefined) {
      const keys = Object.keys(this.json)
      const used = this.used ?? []
      const unused = keys.length === used.length ? [] : shashOrder(keys).filter((k) => !used.includes(k))
      if (unused.length > 1)
        this.raise(
          `Member '${unused[0]}' and ${unused.length - 1} other member${unused.length > 2 ? 's' : ''} are present but not allowed here.`,
        )
      else if (unused.length === 1) this.raise(`Member '${unused[0]}' is present but not allowed here.`)
    }
    return this.error
  }
}

/** Member type flags of {@link Parser.member}. */
export const PARSE = { OP_OBJECT, OP_ARRAY, OP_STRING, OP_BOOLEAN, OP_ID, OP_OPTIONAL, OP_INTEGER } as const

// -------------------------------------------------------------------------------------
// transaction rows
// -------------------------------------------------------------------------------------

const hasChanges = (tr: TxnRow): boolean =>
  tr.changed === 'all' || (tr.changed !== null && tr.changed.includes(true))

const isChanged = (tr: TxnRow, c: Column): boolean =>
  tr.changed === 'all' || (tr.changed !== null && tr.changed[c.index] === true)

const markChanged = (tr: TxnRow, index: number): void => {
  if (tr.changed === 'all') return
  if (tr.changed === null) tr.changed = new Array<boolean>(tr.table.info.columns.length).fill(false)
  tr.changed[index] = true
}

const clone = (row: Row): Row => ({ uuid: row.uuid, version: row.version, fields: row.fields.slice(), nRefs: row.nRefs })

/** A transaction in progress over one database. */
export class Txn {
  private readonly touched: TableState[] = []
  private serial = 0

  constructor(readonly db: Database) {}

  private rowsOf(t: TableState): Map<string, TxnRow> {
    if (t.txn === undefined) {
      t.txn = new Map()
      this.touched.push(t)
    }
    return t.txn
  }

  /** The writable copy of a row (made on first write). */
  modify(t: TableState, row: Row): Row {
    const tr = t.txn?.get(row.uuid)
    if (tr !== undefined && tr.new === row) return row
    const copy = clone(row)
    this.rowsOf(t).set(row.uuid, { table: t, uuid: row.uuid, old: row, new: copy, nRefs: row.nRefs, changed: null, serial: 0 })
    t.rows.set(row.uuid, copy)
    return copy
  }

  insert(t: TableState, row: Row): void {
    this.rowsOf(t).set(row.uuid, { table: t, uuid: row.uuid, old: null, new: row, nRefs: 0, changed: null, serial: 0 })
    t.rows.set(row.uuid, row)
  }

  delete(t: TableState, row: Row): void {
    t.rows.delete(row.uuid)
    const tr = t.txn?.get(row.uuid)
    if (tr === undefined) this.rowsOf(t).set(row.uuid, { table: t, uuid: row.uuid, old: row, new: null, nRefs: row.nRefs, changed: null, serial: 0 })
    else if (tr.old !== null) tr.new = null
    else t.txn!.delete(row.uuid)
  }

  /** Whether a new row may take this UUID (not in the table, not touched by this transaction). */
  mayCreate(t: TableState, uuid: string): boolean {
    return !t.rows.has(uuid) && t.txn?.has(uuid) !== true
  }

  private findOrMake(t: TableState, uuid: string): TxnRow | undefined {
    const tr = t.txn?.get(uuid)
    if (tr !== undefined) return tr
    const row = t.rows.get(uuid)
    if (row === undefined) return undefined
    this.modify(t, row)
    return t.txn!.get(uuid)
  }

  /** Undoes every change. */
  abort(): void {
    for (const t of this.touched) {
      if (t.txn === undefined) continue
      for (const tr of t.txn.values()) {
        if (tr.old !== null) t.rows.set(tr.uuid, tr.old)
        else t.rows.delete(tr.uuid)
      }
      t.txn = undefined
    }
  }

  /** Calls `cb` once for every transaction row, including rows added by `cb`. */
  private forEach(cb: (tr: TxnRow) => DbError | undefined): DbError | undefined {
    const serial = ++this.serial
    let any = true
    while (any) {
      any = false
      for (let i = 0; i < this.touched.length; i++) {
        const m = this.touched[i]!.txn
        if (m === undefined) continue
        for (const tr of m.values()) {
          if (tr.serial === serial) continue
          tr.serial = serial
          any = true
          const e = cb(tr)
          if (e !== undefined) return e
        }
      }
    }
    return undefined
  }

  // -----------------------------------------------------------------------------------
  // commit
  // -----------------------------------------------------------------------------------

  /**
   * Checks and completes the transaction: the committed changes (empty when nothing
   * changed), or the error that makes it fail (the caller then aborts).
   */
  commit(): ReadonlyArray<Change> | DbError {
    // what actually changed; rows written back unchanged leave the transaction
    this.forEach((tr) => {
      if (tr.old !== null && tr.new !== null) {
        const n = tr.old.fields.length
        let ch: boolean[] | null = null
        for (let i = 0; i < n; i++)
          if (!datumEquals(tr.old.fields[i]!, tr.new.fields[i]!)) (ch ??= new Array<boolean>(n).fill(false))[i] = true
        if (ch === null) {
          tr.table.txn!.delete(tr.uuid)
          tr.table.rows.set(tr.uuid, tr.old)
        } else tr.changed = ch
      } else tr.changed = 'all'
      return undefined
    })
    let empty = true
    for (const t of this.touched) if (t.txn !== undefined && t.txn.size > 0) empty = false
    if (empty) {
      this.finish()
      return []
    }
    let e = this.forEach((tr) => this.updateRefCounts(tr))
    e ??= this.forEach((tr) =>
      tr.new === null && tr.nRefs > 0
        ? dbError(
            'referential integrity violation',
            `cannot delete ${tr.table.info.name} row ${tr.uuid} because of ${tr.nRefs} remaining reference(s)`,
          )
        : undefined,
    )
    if (e !== undefined) return e
    this.forEach((tr) => {
      if (tr.new !== null && tr.nRefs === 0) this.deleteGarbage(tr)
      return undefined
    })
    for (const t of this.touched)
      if (t.txn !== undefined && t.rows.size > t.info.maxRows)
        return dbError(
          'constraint violation',
          `transaction causes "${t.info.name}" table to contain ${t.rows.size} rows, greater than the schema-defined limit of ${t.info.maxRows} row(s)`,
        )
    e = this.forEach((tr) => this.assessWeakRefs(tr))
    if (e !== undefined) return e
    const txnIndexes = new Map<TableState, Array<Map<string, TxnRow>>>()
    e = this.forEach((tr) => this.checkIndexes(tr, txnIndexes))
    if (e !== undefined) return e
    this.forEach((tr) => {
      if (tr.old !== null && tr.new !== null && hasChanges(tr)) tr.new.version = randomUUID()
      return undefined
    })
    return this.finish()
  }

  private finish(): ReadonlyArray<Change> {
    const changes: Change[] = []
    for (const t of this.touched) {
      if (t.txn === undefined) continue
      for (const tr of t.txn.values()) {
        if (tr.new !== null) tr.new.nRefs = tr.nRefs
        if (tr.old === null && tr.new === null) continue
        if (tr.old !== null && tr.new !== null && !hasChanges(tr)) continue
        changes.push({ table: t, uuid: tr.uuid, old: tr.old, new: tr.new })
      }
      t.txn = undefined
    }
    this.db.applyIndexes(changes)
    return changes
  }

  private adjust(src: TableInfo, row: Row, col: Column, d: Datum, delta: number): DbError | undefined {
    if (col.strongKey) {
      const e = this.adjustAtoms(src, row, col, col.type.key.refTable!, d.keys, delta)
      if (e !== undefined) return e
    }
    if (col.strongValue) return this.adjustAtoms(src, row, col, col.type.value!.refTable!, d.values!, delta)
    return undefined
  }

  private adjustAtoms(
    src: TableInfo,
    row: Row,
    col: Column,
    refTable: string,
    atoms: ReadonlyArray<Atom>,
    delta: number,
  ): DbError | undefined {
    const target = this.db.table(refTable)
    if (target === undefined) return undefined
    for (const a of atoms) {
      const u = a as string
      // self-references do not count
      if (u === row.uuid) continue
      const tr = this.findOrMake(target, u)
      if (tr === undefined) {
        if (delta < 0) continue
        return dbError(
          'referential integrity violation',
          `Table ${src.name} column ${col.name} row ${row.uuid} references nonexistent row ${u} in table ${refTable}.`,
        )
      }
      tr.nRefs += delta
    }
    return undefined
  }

  private updateRefCounts(tr: TxnRow): DbError | undefined {
    const ti = tr.table.info
    if (ti.strongColumns.length === 0 || tr.changed === null) return undefined
    for (const col of ti.strongColumns) {
      if (!isChanged(tr, col)) continue
      let e: DbError | undefined
      if (tr.old !== null && tr.new === null) e = this.adjust(ti, tr.old, col, tr.old.fields[col.index]!, -1)
      else if (tr.old === null && tr.new !== null) e = this.adjust(ti, tr.new, col, tr.new.fields[col.index]!, 1)
      else if (tr.old !== null && tr.new !== null) {
        const a = tr.old.fields[col.index]!
        const b = tr.new.fields[col.index]!
        e = this.adjust(ti, tr.old, col, subtract(a, col.type, b), -1)
        e ??= this.adjust(ti, tr.new, col, subtract(b, col.type, a), 1)
      }
      if (e !== undefined) return e
    }
    return undefined
  }

  private deleteGarbage(tr: TxnRow): void {
    if (tr.table.info.isRoot || tr.new === null) return
    const row = tr.new
    tr.new = null
    tr.changed = 'all'
    tr.table.rows.delete(tr.uuid)
    for (const col of tr.table.info.strongColumns) {
      const d = row.fields[col.index]!
      if (col.strongKey) this.dropRefs(row, col.type.key.refTable!, d.keys)
      if (col.strongValue) this.dropRefs(row, col.type.value!.refTable!, d.values!)
    }
  }

  private dropRefs(row: Row, refTable: string, atoms: ReadonlyArray<Atom>): void {
    const t = this.db.table(refTable)
    if (t === undefined) return
    for (const a of atoms) {
      if (a === row.uuid) continue
      const tr = this.findOrMake(t, a as string)
      if (tr === undefined || tr.new === null || tr.nRefs <= 0) continue
      if (--tr.nRefs === 0) this.deleteGarbage(tr)
    }
  }

  private assessWeakRefs(tr: TxnRow): DbError | undefined {
    const ti = tr.table.info
    if (tr.old !== null && tr.new === null) {
      for (const [st, su] of this.db.weakReferrers(ti.name, tr.uuid)) this.findOrMake(st, su)
      return undefined
    }
    if (tr.new === null || ti.weakColumns.length === 0) return undefined
    for (const col of ti.weakColumns) {
      const d = tr.new.fields[col.index]!
      const n = d.keys.length
      if (n === 0) continue
      const kt = col.weakKey ? this.db.table(col.type.key.refTable!) : undefined
      const vt = col.weakValue ? this.db.table(col.type.value!.refTable!) : undefined
      let keep: number[] | undefined
      let zero = false
      for (let i = 0; i < n; i++) {
        const k = d.keys[i] as string
        const v = d.values?.[i] as string | undefined
        const okKey = kt === undefined || kt.rows.has(k)
        const okValue = vt === undefined || vt.rows.has(v!)
        if (okKey && okValue) {
          keep?.push(i)
          continue
        }
        if ((!okKey && k === ZERO_UUID) || (!okValue && v === ZERO_UUID)) zero = true
        keep ??= Array.from({ length: i }, (_, j) => j)
      }
      if (keep === undefined) continue
      tr.new.fields[col.index] = {
        keys: keep.map((i) => d.keys[i]!),
        values: d.values === undefined ? undefined : keep.map((i) => d.values![i]!),
      }
      markChanged(tr, col.index)
      if (keep.length < col.type.min) {
        if (zero && tr.old === null)
          return dbError(
            'constraint violation',
            `Weak reference column "${col.name}" in "${ti.name}" row ${tr.uuid} (inserted within this transaction) contained all-zeros UUID (probably as the default value for this column) but deleting this value caused a constraint volation because this column is not allowed to be empty.`,
          )
        return dbError(
          'constraint violation',
          `Deletion of ${n - keep.length} weak reference(s) to deleted (or never-existing) rows from column "${col.name}" in "${ti.name}" row ${tr.uuid} ${tr.old === null ? '(inserted within this transaction) ' : ''}caused this column to become empty, but constraints on this column disallow an empty column.`,
        )
      }
    }
    return undefined
  }

  private checkIndexes(tr: TxnRow, txnIndexes: Map<TableState, Array<Map<string, TxnRow>>>): DbError | undefined {
    const row = tr.new
    const ti = tr.table.info
    if (row === null || ti.indexes.length === 0) return undefined
    let maps = txnIndexes.get(tr.table)
    if (maps === undefined) txnIndexes.set(tr.table, (maps = ti.indexes.map(() => new Map<string, TxnRow>())))
    for (let i = 0; i < ti.indexes.length; i++) {
      const cols = ti.indexes[i]!
      const key = indexKey(row, cols)
      const other = maps[i]!.get(key)
      if (other !== undefined && other.new !== null) return this.duplicate(ti, cols, other.new, other, row, tr)
      const committed = tr.table.indexes[i]!.get(key)
      if (committed !== undefined && tr.table.txn?.has(committed) !== true) {
        const irow = tr.table.rows.get(committed)
        if (irow !== undefined) return this.duplicate(ti, cols, irow, undefined, row, tr)
      }
      maps[i]!.set(key, tr)
    }
    return undefined
  }

  private duplicate(
    ti: TableInfo,
    cols: ReadonlyArray<Column>,
    a0: Row,
    ta0: TxnRow | undefined,
    b0: Row,
    tb0: TxnRow | undefined,
  ): DbError {
    // ovsdb-server orders the two rows by comparing every column; which one comes
    // first depends on its hash order, so any fixed order is as good
    const swap = a0.uuid < b0.uuid
    const [a, ta, b, tb] = swap ? [b0, tb0, a0, ta0] : [a0, ta0, b0, tb0]
    const values = (r: Row) => englishList(cols.map((c) => datumToString(fieldOf(r, c), c.type)))
    const names = englishList(cols.map((c) => `"${c.name}"`))
    const describe = (r: Row, tr: TxnRow | undefined, title: string): string => {
      const head = `${title} row, with UUID ${r.uuid}, `
      if (tr === undefined || !hasChanges(tr))
        return `${head}existed in the database before this transaction and was not modified by the transaction.`
      if (tr.old === null) return `${head}was inserted by this transaction.`
      if (cols.every((c) => datumEquals(fieldOf(tr.old!, c), fieldOf(r, c))))
        return `${head}existed in the database before this transaction, which modified some of the row's columns but not any columns in this index.`
      return `${head}had the following index values before the transaction: ${values(tr.old)}.`
    }
    return dbError(
      'constraint violation',
      `Transaction causes multiple rows in "${ti.name}" table to have identical values (${values(a)}) for index on ${cols.length === 1 ? 'column' : 'columns'} ${names}.  ${describe(a, ta, 'First')}  ${describe(b, tb, 'Second')}`,
    )
  }
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

interface Symbol {
  uuid: string
  created: boolean
}

interface Exec {
  readonly db: Database
  readonly txn: Txn
  readonly symbols: Map<string, Symbol>
  readonly symtab: Symtab
  readonly ctx: ExecContext
  /** The timeout of the `wait` that is not satisfied (Infinity: none). */
  timeoutMs: number
}

type Executor = (x: Exec, p: Parser, result: Record<string, unknown>) => DbError | undefined

const parseTable = (x: Exec, p: Parser, member: string): TableState | undefined => {
  const name = p.member(member, OP_ID)
  if (name === undefined) return undefined
  const t = x.db.table(name as string)
  if (t === undefined) p.raise(`No table named ${name as string}.`)
  return t
}

const BAD_DEFAULTS = new WeakMap<TableInfo, ReadonlyArray<readonly [Column, DbError]>>()

/** The columns whose default value violates their own constraints (an enum without ""). */
const badDefaults = (ti: TableInfo): ReadonlyArray<readonly [Column, DbError]> => {
  let bad = BAD_DEFAULTS.get(ti)
  if (bad === undefined) {
    const out: Array<readonly [Column, DbError]> = []
    for (const c of ti.hashOrder) {
      if (c.index < 0) continue
      const d = ti.defaults[c.index]!
      const e = d.keys.length === 1 ? checkDatum(d, c.type) : undefined
      if (e !== undefined) out.push([c, e])
    }
    BAD_DEFAULTS.set(ti, (bad = out))
  }
  return bad
}

const parseRowIn = (
  t: TableInfo,
  json: JsonObject,
  names: ReadonlyArray<string>,
  symtab: Symtab | undefined,
): Array<readonly [Column, Datum]> | DbError => {
  const out: Array<readonly [Column, Datum]> = []
  for (const name of names) {
    const c = t.byName.get(name)
    if (c === undefined) return syntaxError(json, 'unknown column', `No column ${name} in table ${t.name}.`)
    const d = datumFromJson(c.type, json[name], symtab)
    if (isDbError(d)) return d
    out.push([c, d])
  }
  return out
}

/**
 * `ovsdb_row_from_json`: the given columns of a row, parsed and checked. ovsdb-server
 * walks the members in hash order; when one is wrong, the walk is redone in that order so
 * that the same member is blamed.
 */
const parseRow = (t: TableInfo, json: JsonObject, symtab: Symtab | undefined): Array<readonly [Column, Datum]> | DbError => {
  const names = Object.keys(json)
  const r = parseRowIn(t, json, names, symtab)
  return isDbError(r) && names.length > 1 ? parseRowIn(t, json, shashOrder(names), symtab) : r
}

const allColumns = (t: TableInfo): ReadonlyArray<Column> => [t.byName.get('_uuid')!, t.byName.get('_version')!, ...t.columns]

/** `ovsdb_column_set_from_json`: absent means every column. */
export const parseColumnSet = (json: unknown, t: TableInfo): ReadonlyArray<Column> | DbError => {
  if (json === undefined) return allColumns(t)
  const bad = () => syntaxError(json, undefined, 'array of distinct column names expected')
  if (!Array.isArray(json)) return bad()
  const out: Column[] = []
  for (const s of json) {
    if (typeof s !== 'string') return bad()
    const c = t.byName.get(s)
    if (c === undefined) return syntaxError(json, undefined, `${s} is not a valid column name`)
    if (out.includes(c)) return bad()
    out.push(c)
  }
  return out
}

const rowToJson = (row: Row, cols: ReadonlyArray<Column>): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const c of cols) out[c.name] = datumToJson(fieldOf(row, c), c.type)
  return out
}

const query = (t: TableState, cond: Condition): Row[] => {
  if (cond.uuid !== undefined) {
    const r = t.rows.get(cond.uuid)
    return r !== undefined && matchesAll(r, cond) ? [r] : []
  }
  const out: Row[] = []
  for (const r of t.rows.values()) if (matchesAll(r, cond)) out.push(r)
  return out
}

const projection = (row: Row, cols: ReadonlyArray<Column>): string => {
  let s = ''
  for (const c of cols) {
    const d = fieldOf(row, c)
    s += `${JSON.stringify(d.keys)}${d.values === undefined ? '' : JSON.stringify(d.values)}\u0000`
  }
  return s
}

const where = (x: Exec, t: TableState | undefined, json: unknown): Condition | DbError =>
  t === undefined || json === undefined ? TRUE_CONDITION : parseCondition(t.info, json as ReadonlyArray<unknown>, x.symtab)

const insert: Executor = (x, p, result) => {
  const t = parseTable(x, p, 'table')
  const uuidJson = p.member('uuid', OP_STRING | OP_OPTIONAL)
  const uuidName = p.member('uuid-name', OP_ID | OP_OPTIONAL)
  const rowJson = p.member('row', OP_OBJECT)
  if (p.error !== undefined) return p.error
  let uuid: string | undefined
  if (uuidJson !== undefined) {
    const s = uuidJson as string
    if (!isUuidText(s)) return syntaxError(uuidJson, undefined, 'bad uuid')
    uuid = s.toLowerCase()
    if (!x.txn.mayCreate(t!, uuid))
      return syntaxError(
        uuidJson,
        'duplicate uuid',
        'This UUID would duplicate a UUID already present within the table or deleted within the same transaction.',
      )
  }
  if (uuidName !== undefined) {
    const name = uuidName as string
    let sym = x.symbols.get(name)
    if (sym === undefined) x.symbols.set(name, (sym = { uuid: randomUUID(), created: false }))
    if (sym.created)
      return syntaxError(uuidName, 'duplicate uuid-name', 'This "uuid-name" appeared on an earlier "insert" operation.')
    if (uuid !== undefined) sym.uuid = uuid
    else uuid = sym.uuid
    sym.created = true
  } else uuid ??= randomUUID()
  const ti = t!.info
  const given = parseRow(ti, rowJson as JsonObject, x.symtab)
  if (isDbError(given)) return given
  const fields = ti.defaults.slice()
  for (const [c, d] of given) if (c.index >= 0) fields[c.index] = d
  // defaults are not checked when parsed: a default may violate a constraint
  for (const [c, e] of badDefaults(ti)) if (fields[c.index] === ti.defaults[c.index]) return e
  x.txn.insert(t!, { uuid, version: randomUUID(), fields, nRefs: 0 })
  result['uuid'] = ['uuid', uuid]
  return undefined
}

const select: Executor = (x, p, result) => {
  const t = parseTable(x, p, 'table')
  const w = p.member('where', OP_ARRAY)
  const columnsJson = p.member('columns', OP_ARRAY | OP_OPTIONAL)
  const sortJson = p.member('sort', OP_ARRAY | OP_OPTIONAL)
  if (p.error !== undefined) return p.error
  const ti = t!.info
  const cond = where(x, t, w)
  if (isDbError(cond)) return cond
  const cols = parseColumnSet(columnsJson, ti)
  if (isDbError(cols)) return cols
  const sort = sortJson === undefined ? [] : parseColumnSet(sortJson, ti)
  if (isDbError(sort)) return sort
  let rows = query(t!, cond)
  if (!cols.some((c) => c.index === UUID_INDEX)) {
    // rows equal in the selected columns are returned once
    const seen = new Set<string>()
    rows = rows.filter((r) => {
      const k = projection(r, cols)
      if (seen.has(k)) return false
      seen.add(k)
      return true
    })
  }
  // without "sort", ovsdb-server sorts by every column, in its column order
  const by = sortJson === undefined ? ti.hashOrder : sort
  if (rows.length > 1)
    rows.sort((a, b) => {
      for (const c of by) {
        const d = compareDatums(fieldOf(a, c), fieldOf(b, c), c.type)
        if (d !== 0) return d
      }
      return 0
    })
  result['rows'] = rows.map((r) => rowToJson(r, cols))
  return undefined
}

const update: Executor = (x, p, result) => {
  const t = parseTable(x, p, 'table')
  const w = p.member('where', OP_ARRAY)
  const rowJson = p.member('row', OP_OBJECT)
  if (p.error !== undefined) return p.error
  const ti = t!.info
  const given = parseRow(ti, rowJson as JsonObject, x.symtab)
  if (isDbError(given)) return given
  if (given.some(([c]) => !c.mutable))
    for (const name of shashOrder(given.map(([c]) => c.name)))
      if (!ti.byName.get(name)!.mutable)
        return syntaxError(
          p.json,
          'constraint violation',
          `Cannot update immutable column ${name} in table ${ti.name}.`,
        )
  const cond = where(x, t, w)
  if (isDbError(cond)) return cond
  const rows = query(t!, cond)
  for (const r of rows) {
    if (given.every(([c, d]) => datumEquals(r.fields[c.index]!, d))) continue
    const w2 = x.txn.modify(t!, r)
    for (const [c, d] of given) w2.fields[c.index] = d
  }
  result['count'] = rows.length
  return undefined
}

const mutate: Executor = (x, p, result) => {
  const t = parseTable(x, p, 'table')
  const w = p.member('where', OP_ARRAY)
  const mutationsJson = p.member('mutations', OP_ARRAY)
  if (p.error !== undefined) return p.error
  const ti = t!.info
  const mutations = parseMutations(ti, mutationsJson as ReadonlyArray<unknown>, x.symtab)
  if (isDbError(mutations)) return mutations
  const cond = where(x, t, w)
  if (isDbError(cond)) return cond
  const rows = query(t!, cond)
  for (const r of rows) {
    const e = applyMutations(x.txn.modify(t!, r).fields, mutations)
    if (e !== undefined) return e
  }
  result['count'] = rows.length
  return undefined
}

const del: Executor = (x, p, result) => {
  const w = p.member('where', OP_ARRAY)
  const t = parseTable(x, p, 'table')
  if (p.error !== undefined) return p.error
  const cond = where(x, t, w)
  if (isDbError(cond)) return cond
  const rows = query(t!, cond)
  for (const r of rows) x.txn.delete(t!, r)
  result['count'] = rows.length
  return undefined
}

const wait: Executor = (x, p) => {
  const timeoutJson = p.member('timeout', OP_INTEGER | OP_OPTIONAL)
  const w = p.member('where', OP_ARRAY)
  const columnsJson = p.member('columns', OP_ARRAY | OP_OPTIONAL)
  const until = p.member('until', OP_STRING)
  const rowsJson = p.member('rows', OP_ARRAY)
  const t = parseTable(x, p, 'table')
  if (p.error !== undefined) return p.error
  const ti = t!.info
  const cond = where(x, t, w)
  if (isDbError(cond)) return cond
  const cols = parseColumnSet(columnsJson, ti)
  if (isDbError(cols)) return cols
  let timeout = Infinity
  if (timeoutJson !== undefined) {
    timeout = timeoutJson as number
    if (timeout < 0) return syntaxError(timeoutJson, undefined, 'timeout must be nonnegative')
  }
  if (until !== '==' && until !== '!=') return syntaxError(until, undefined, '"until" must be "==" or "!="')
  const expected = new Set<string>()
  for (const rj of rowsJson as ReadonlyArray<unknown>) {
    if (!isObject(rj)) return syntaxError(rj, undefined, 'row must be JSON object')
    const given = parseRow(ti, rj, x.symtab)
    if (isDbError(given)) return given
    const row: Row = { uuid: ZERO_UUID, version: ZERO_UUID, fields: ti.defaults.slice(), nRefs: 0 }
    let uuid = ZERO_UUID
    let version = ZERO_UUID
    for (const [c, d] of given) {
      if (c.index >= 0) row.fields[c.index] = d
      else if (c.index === UUID_INDEX) uuid = d.keys[0] as string
      else if (c.index === VERSION_INDEX) version = d.keys[0] as string
    }
    expected.add(projection({ ...row, uuid, version }, cols))
  }
  let equal = true
  const actual = new Set<string>()
  for (const r of query(t!, cond)) {
    const k = projection(r, cols)
    if (!expected.has(k)) {
      equal = false
      break
    }
    actual.add(k)
  }
  if (equal) equal = actual.size === expected.size
  if ((until === '==') !== equal) {
    if (timeoutJson !== undefined && x.ctx.elapsedMs >= timeout)
      return x.ctx.elapsedMs > 0
        ? dbError('timed out', `"wait" timed out after ${x.ctx.elapsedMs} ms`)
        : dbError('timed out', '"where" clause test failed')
    // ovsdb-server retries the transaction after every commit and at the deadline
    x.timeoutMs = timeout
    return dbError('not supported', 'triggers not supported')
  }
  return undefined
}

const commit: Executor = (_x, p) => {
  p.member('durable', OP_BOOLEAN)
  return undefined
}

const abort: Executor = () => dbError('aborted', 'aborted by request')

const comment: Executor = (_x, p) => {
  p.member('comment', OP_STRING)
  return undefined
}

const assert: Executor = (x, p) => {
  const lock = p.member('lock', OP_ID)
  if (lock === undefined) return undefined
  return x.ctx.hasLock(lock as string) ? undefined : dbError('not owner', `Asserted lock ${lock as string} not held.`)
}

const EXECUTORS: Readonly<Record<string, readonly [Executor, boolean]>> = {
  insert: [insert, false],
  select: [select, true],
  update: [update, false],
  mutate: [mutate, false],
  delete: [del, false],
  wait: [wait, true],
  commit: [commit, false],
  abort: [abort, true],
  comment: [comment, true],
  assert: [assert, true],
}

// -------------------------------------------------------------------------------------
// transact
// -------------------------------------------------------------------------------------

/**
 * Runs the operations of a `transact` (the parameters after the database name) and
 * commits them: the result array as ovsdb-server builds it (results up to the failed
 * operation, its error, `null` for the rest, and a commit error after all of them), or
 * `blocked` when a `wait` has to wait.
 */
export const execute = (db: Database, ops: ReadonlyArray<unknown>, ctx: ExecContext): Outcome => {
  const symbols = new Map<string, Symbol>()
  const x: Exec = {
    db,
    txn: new Txn(db),
    symbols,
    symtab: (name) => {
      let s = symbols.get(name)
      if (s === undefined) symbols.set(name, (s = { uuid: randomUUID(), created: false }))
      return s.uuid
    },
    ctx,
    timeoutMs: Infinity,
  }
  const n = ops.length
  const results: unknown[] = []
  let error: DbError | undefined
  for (let i = 0; i < n; i++) {
    const p = new Parser(ops[i], `ovsdb operation ${i + 1} of ${n}`)
    const opName = p.member('op', OP_ID) as string | undefined
    const result: Record<string, unknown> = {}
    let readOnly = false
    if (opName !== undefined) {
      const ex = has(EXECUTORS, opName) ? EXECUTORS[opName] : undefined
      if (ex !== undefined) {
        readOnly = ex[1]
        error = ex[0](x, p, result)
      } else p.raise(`No operation "${opName}"`)
    }
    const parseError = p.finish()
    if (parseError !== undefined) error = parseError
    if (!readOnly && error === undefined && db.reserved)
      error = dbError('not allowed', `${opName!} operation not allowed on table in reserved database ${db.name}`)
    if (error !== undefined) {
      if (error.error === 'not supported') {
        x.txn.abort()
        return { kind: 'blocked', timeoutMs: x.timeoutMs }
      }
      results.push(errorToJson(error))
      break
    }
    results.push(result)
  }
  while (results.length < n) results.push(null)
  if (error !== undefined) {
    x.txn.abort()
    return { kind: 'done', results, changes: undefined }
  }
  const committed = x.txn.commit()
  if (isDbError(committed)) {
    x.txn.abort()
    results.push(errorToJson(committed))
    return { kind: 'done', results, changes: undefined }
  }
  return { kind: 'done', results, changes: committed.length > 0 ? committed : undefined }
}
