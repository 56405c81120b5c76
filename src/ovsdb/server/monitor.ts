/**
 * Monitors (`monitor`, `monitor_cond`, `monitor_cond_since`): parsing their requests and
 * composing `update`, `update2` and `update3` bodies exactly as ovsdb-server does
 * (`ovsdb/monitor.c`): `update` carries the changed columns in `old` and every column in
 * `new`; `update2` carries non-default columns for `initial`/`insert`, and for `modify`
 * the new value of single-valued columns and the elements to toggle of sets and maps.
 * A row entering or leaving a monitor's condition is reported as `insert` or `delete`.
 *
 * @internal
 * @module
 */
import { conditionColumns, matchesAny, parseCondition, TRUE_CONDITION, type Condition } from './condition.js'
import { datumEquals, datumToJson, diff, isDefault } from './datum.js'
import type { Change, Commit, Database, TableState } from './database.js'
import { isDbError, syntaxError, type DbError } from './errors.js'
import { shashOrder, type JsonObject } from './json.js'
import { fieldOf, UUID_INDEX, type Column, type Row } from './model.js'
import { Parser, PARSE } from './transaction.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const INITIAL = 1
const INSERT = 2
const DELETE = 4
const MODIFY = 8
const ALL = INITIAL | INSERT | DELETE | MODIFY

/** A column of a monitored table; columns only read by the condition are not `monitored`. */
interface MonitorColumn {
  readonly column: Column
  select: number
  readonly monitored: boolean
}

/** What one monitor watches in one table. */
export interface MonitorTable {
  readonly table: TableState
  readonly columns: MonitorColumn[]
  select: number
  /** The condition (`monitor_cond*` only). */
  condition: Condition | undefined
}

/** 1: `monitor`/`update`; 2: `monitor_cond`/`update2`; 3: `monitor_cond_since`/`update3`. */
export type MonitorVersion = 1 | 2 | 3

/** One monitor of a session. */
export interface Monitor {
  readonly id: unknown
  key: string
  readonly version: MonitorVersion
  readonly db: Database
  readonly tables: ReadonlyMap<string, MonitorTable>
}

/** Table name to row UUID to row update, as sent. */
export type Updates = Record<string, Record<string, unknown>>

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

const addConditionColumns = (mt: MonitorTable, cond: Condition): void => {
  for (const c of conditionColumns(cond))
    if (!mt.columns.some((mc) => mc.column === c)) mt.columns.push({ column: c, select: 0, monitored: false })
}

const parseRequest = (
  mt: MonitorTable,
  version: MonitorVersion,
  json: unknown,
): DbError | undefined => {
  const ti = mt.table.info
  const p = new Parser(json, `table ${ti.name}`)
  const where = version > 1 ? p.member('where', PARSE.OP_ARRAY | PARSE.OP_OPTIONAL) : undefined
  const columns = p.member('columns', PARSE.OP_ARRAY | PARSE.OP_OPTIONAL)
  const selectJson = p.member('select', PARSE.OP_OBJECT | PARSE.OP_OPTIONAL)
  const e = p.finish()
  if (e !== undefined) return e
  let select = ALL
  if (selectJson !== undefined) {
    select = 0
    const sp = new Parser(selectJson, `table ${ti.name} select`)
    const flag = (name: string, bit: number) => {
      const v = sp.member(name, PARSE.OP_BOOLEAN | PARSE.OP_OPTIONAL)
      if (v === undefined || v === true) select |= bit
    }
    flag('initial', INITIAL)
    flag('insert', INSERT)
    flag('delete', DELETE)
    flag('modify', MODIFY)
    const se = sp.finish()
    if (se !== undefined) return se
  }
  mt.select |= select
  const add = (c: Column): DbError | undefined => {
    const existing = mt.columns.find((mc) => mc.column === c)
    if (existing !== undefined && existing.monitored)
      return syntaxError(columns, undefined, `column ${c.name} mentioned more than once`)
    if (existing !== undefined) {
      mt.columns.splice(mt.columns.indexOf(existing), 1, { column: c, select, monitored: true })
    } else mt.columns.push({ column: c, select, monitored: true })
    return undefined
  }
  if (columns !== undefined) {
    for (const s of columns as ReadonlyArray<unknown>) {
      if (typeof s !== 'string') return syntaxError(columns, undefined, 'array of column names expected')
      const c = ti.byName.get(s)
      if (c === undefined) return syntaxError(columns, undefined, `${s} is not a valid column name`)
      const err = add(c)
      if (err !== undefined) return err
    }
  } else {
    const err = add(ti.byName.get('_version')!) ?? ti.columns.map(add).find((x) => x !== undefined)
    if (err !== undefined) return err
  }
  if (version > 1 && mt.condition === undefined) {
    const cond = where === undefined ? TRUE_CONDITION : parseCondition(ti, where as ReadonlyArray<unknown>, undefined)
    if (isDbError(cond)) return cond
    mt.condition = cond
    addConditionColumns(mt, cond)
  }
  return undefined
}

/** Parses the `<monitor-requests>` object of a monitor. */
export const parseRequests = (
  db: Database,
  requests: JsonObject,
  version: MonitorVersion,
): ReadonlyMap<string, MonitorTable> | DbError => {
  const tables = new Map<string, MonitorTable>()
  // in ovsdb-server's order, so that the same table is blamed for an error
  for (const name of shashOrder(Object.keys(requests))) {
    const table = db.table(name)
    if (table === undefined) return syntaxError(undefined, undefined, `no table named ${name}`)
    let mt = tables.get(name)
    if (mt === undefined) tables.set(name, (mt = { table, columns: [], select: 0, condition: undefined }))
    const value = requests[name]
    for (const r of Array.isArray(value) ? value : [value]) {
      const e = parseRequest(mt, version, r)
      if (e !== undefined) return e
    }
  }
  return tables
}

/**
 * Parses a `monitor_cond_change` request object and returns the table's new condition.
 */
export const parseCondChange = (mt: MonitorTable, json: unknown): Condition | DbError => {
  const ti = mt.table.info
  const p = new Parser(json, `table ${ti.name}`)
  const columns = p.member('columns', PARSE.OP_ARRAY | PARSE.OP_OPTIONAL)
  const where = p.member('where', PARSE.OP_ARRAY | PARSE.OP_OPTIONAL)
  const e = p.finish()
  if (e !== undefined) return e
  if (columns !== undefined) return syntaxError(json, undefined, 'changing columns is unsupported')
  return where === undefined ? TRUE_CONDITION : parseCondition(ti, where as ReadonlyArray<unknown>, undefined)
}

/** Installs a new condition (after a successful `monitor_cond_change`). */
export const setCondition = (mt: MonitorTable, cond: Condition): void => {
  mt.condition = cond
  addConditionColumns(mt, cond)
}

// -------------------------------------------------------------------------------------
// composing
// -------------------------------------------------------------------------------------

const rowType = (
  m: Monitor,
  mt: MonitorTable,
  old: Row | null,
  neu: Row | null,
  initial: boolean,
  oldCond?: Condition,
): number => {
  let type = initial ? INITIAL : old === null ? INSERT : neu === null ? DELETE : MODIFY
  if (m.version > 1 && mt.condition !== undefined) {
    const oc = old !== null && matchesAny(old, oldCond ?? mt.condition)
    const nc = neu !== null && matchesAny(neu, mt.condition)
    if (!oc && !nc) return 0
    switch (type) {
      case INITIAL:
      case INSERT:
        if (!nc) type = 0
        break
      case MODIFY:
        type = !oc ? INSERT : !nc ? DELETE : MODIFY
        break
      case DELETE:
        if (!oc) type = 0
        break
    }
  }
  return type
}

/** The `<row-update>` (or `<row-update2>`) of one row, or `undefined` when none is due. */
export const composeRow = (
  m: Monitor,
  mt: MonitorTable,
  old: Row | null,
  neu: Row | null,
  initial: boolean,
  oldCond?: Condition,
): unknown => {
  const type = rowType(m, mt, old, neu, initial, oldCond)
  if ((mt.select & type) === 0) return undefined
  let changed: boolean[] | undefined
  if (type === MODIFY) {
    let any = false
    changed = mt.columns.map((mc) => {
      const c = !datumEquals(fieldOf(old!, mc.column), fieldOf(neu!, mc.column))
      any ||= c
      return c
    })
    if (!any) return undefined
  }
  if (m.version === 1) {
    const oldJson: Record<string, unknown> | undefined = type & (DELETE | MODIFY) ? {} : undefined
    const newJson: Record<string, unknown> | undefined = type & (INITIAL | INSERT | MODIFY) ? {} : undefined
    mt.columns.forEach((mc, i) => {
      if (!mc.monitored || (type & mc.select) === 0) return
      const c = mc.column
      if ((type === MODIFY && changed![i]) || type === DELETE) oldJson![c.name] = datumToJson(fieldOf(old!, c), c.type)
      if (newJson !== undefined) newJson[c.name] = datumToJson(fieldOf(neu!, c), c.type)
    })
    return { ...(newJson !== undefined ? { new: newJson } : {}), ...(oldJson !== undefined ? { old: oldJson } : {}) }
  }
  if (type === DELETE) return { delete: null }
  const out: Record<string, unknown> = {}
  mt.columns.forEach((mc, i) => {
    if (!mc.monitored || (type & mc.select) === 0) return
    const c = mc.column
    if (type === MODIFY) {
      if (!changed![i]) return
      out[c.name] = datumToJson(diff(fieldOf(old!, c), fieldOf(neu!, c), c.type), c.type)
    } else {
      const d = fieldOf(neu!, c)
      if (c.index === UUID_INDEX || !isDefault(d, c.type)) out[c.name] = datumToJson(d, c.type)
    }
  })
  return { [type === INITIAL ? 'initial' : type === MODIFY ? 'modify' : 'insert']: out }
}

const put = (out: Updates | undefined, table: string, uuid: string, row: unknown): Updates => {
  const o = out ?? {}
  ;(o[table] ??= {})[uuid] = row
  return o
}

/** The initial contents of a monitor. */
export const composeInitial = (m: Monitor): Updates | undefined => {
  let out: Updates | undefined
  for (const [name, mt] of m.tables)
    for (const row of mt.table.rows.values()) {
      const r = composeRow(m, mt, row, row, true)
      if (r !== undefined) out = put(out, name, row.uuid, r)
    }
  return out
}

/** The updates a monitor gets for committed changes. */
export const composeChanges = (m: Monitor, changes: ReadonlyArray<Change>): Updates | undefined => {
  let out: Updates | undefined
  for (const ch of changes) {
    const mt = m.tables.get(ch.table.info.name)
    if (mt === undefined) continue
    const r = composeRow(m, mt, ch.old, ch.new, false)
    if (r !== undefined) out = put(out, ch.table.info.name, ch.uuid, r)
  }
  return out
}

/** Several commits merged into one set of changes: the first old and the last new row. */
export const mergeCommits = (commits: ReadonlyArray<Commit>): ReadonlyArray<Change> => {
  const merged = new Map<string, { table: TableState; uuid: string; old: Row | null; new: Row | null }>()
  for (const c of commits)
    for (const ch of c.changes) {
      const k = `${ch.table.info.name}\u0000${ch.uuid}`
      const prev = merged.get(k)
      if (prev === undefined) merged.set(k, { table: ch.table, uuid: ch.uuid, old: ch.old, new: ch.new })
      else prev.new = ch.new
    }
  return [...merged.values()].filter((c) => c.old !== null || c.new !== null)
}

/** What a monitor is told when a table's condition changes: rows entering and leaving. */
export const composeConditionChange = (
  m: Monitor,
  changes: ReadonlyArray<readonly [MonitorTable, Condition]>,
): Updates | undefined => {
  let out: Updates | undefined
  for (const [mt, oldCond] of changes)
    for (const row of mt.table.rows.values()) {
      const r = composeRow(m, mt, row, row, false, oldCond)
      if (r !== undefined) out = put(out, mt.table.info.name, row.uuid, r)
    }
  return out
}
