/**
 * An in-memory copy of monitored tables, kept current by a monitor: `monitor_cond_since`
 * where the server has it (falling back to `monitor_cond`, then `monitor`), applying
 * `update`, `update2` and `update3` exactly — including the `modify` diffs of sets and
 * maps (ovsdb-server(7)) — with indexes on the schema's indexes, on `name` columns and
 * on chosen `external_ids` keys.
 *
 * Reads are consistent with writes made through the same client: ovsdb-server sends a
 * transaction's update notification before its reply, and the replica applies it
 * synchronously, so when `transact` resolves the replica already shows its effect.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import * as TE from '../deps/TaskEither.js'
import { pipe } from '../deps/function.js'
import { initialRowsSplit, type Client, type InitialRows, type MonitorEvent, type MonitorId, type OvsdbTask } from './client.js'
import type { Session } from './session.js'
import { formatError, type OvsdbError } from './errors.js'
import { columnKind, getTable, type ColumnType, type DatabaseSchema, type TableSchema } from './schema.js'
import type { Atom } from './wire/atom.js'
import { atomKey, canonicalValue, defaultValue, setElements, ZERO_UUID } from './values.js'
import type { Row, Value } from './wire/datum.js'
import type { MonitorRequest, MonitorRequests, TableUpdates, TableUpdates2 } from './wire/update.js'
import { isUuidString } from './wire/atom.js'
import { isRow } from './wire/datum.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link syncReplica}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ReplicaOptions } from 'ovn-nb/ovsdb'
 * const o: ReplicaOptions = {
 *   tables: ['Logical_Switch', 'Logical_Switch_Port', 'ACL'],
 *   externalIdKeys: ['owner'],
 * }
 */
export interface ReplicaOptions {
  /** Tables to copy (all columns of each); every table of the schema by default. */
  readonly tables?: ReadonlyArray<string>
  /** Monitor method; `auto` (the default) tries the newest first. */
  readonly method?: 'auto' | 'monitor_cond_since' | 'monitor_cond' | 'monitor'
  /** `external_ids` keys to index in every table that has `external_ids`. */
  readonly externalIdKeys?: ReadonlyArray<string>
  /** The monitor id to use (default `"ovn-nb-replica"` plus a counter). */
  readonly monitorId?: string
}

/**
 * One row change applied to the replica.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RowChange } from 'ovn-nb/ovsdb'
 * const describe = (c: RowChange): string =>
 *   c.old === undefined ? `+ ${c.table}` : c.new === undefined ? `- ${c.table}` : `~ ${c.table}`
 */
export interface RowChange {
  readonly table: string
  readonly uuid: string
  readonly old?: Row
  readonly new?: Row
}

/**
 * The changes of one notification (one committed transaction, for update3).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ReplicaChanges } from 'ovn-nb/ovsdb'
 * const count = (c: ReplicaChanges): number => c.changes.length
 */
export interface ReplicaChanges {
  readonly lastTxnId?: string
  readonly changes: ReadonlyArray<RowChange>
}

/**
 * Applies the `modify` diff of `update2`/`update3` to one column's value: the new value
 * for scalars and optional values (at most one element); for sets, the elements to
 * toggle; for maps, pairs
 * whose key is new (added), whose key and value match (removed), or whose key exists
 * with another value (value replaced).
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { applyDiff } from 'ovn-nb/ovsdb'
 * const set = { key: { type: 'string' as const }, min: 0, max: 'unlimited' as const }
 * applyDiff(set, ['set', ['a', 'b']], ['set', ['b', 'c']]) // ['set', ['a', 'c']]
 */
export const applyDiff = (ct: ColumnType, old: Value, diff: Value): Value => {
  const kind = columnKind(ct)
  if (kind === 'atom') return diff
  // seen on ovsdb-server 3.1: a column of at most one element gets its new value, not a toggle
  if (kind === 'optional') return canonicalValue(ct, diff)
  if (kind === 'map') {
    const out = new Map<string, readonly [Atom, Atom]>()
    for (const p of (old as readonly ['map', ReadonlyArray<readonly [Atom, Atom]>])[1]) out.set(atomKey(p[0]), p)
    for (const p of (diff as readonly ['map', ReadonlyArray<readonly [Atom, Atom]>])[1]) {
      const k = atomKey(p[0])
      const cur = out.get(k)
      if (cur === undefined) out.set(k, p)
      else if (atomKey(cur[1]) === atomKey(p[1])) out.delete(k)
      else out.set(k, p)
    }
    return ['map', [...out.values()]]
  }
  const out = new Map<string, Atom>()
  for (const a of setElements(old)) out.set(atomKey(a), a)
  for (const a of setElements(diff)) {
    const k = atomKey(a)
    if (out.has(k)) out.delete(k)
    else out.set(k, a)
  }
  return ['set', [...out.values()]]
}

// -------------------------------------------------------------------------------------
// replica
// -------------------------------------------------------------------------------------

/** key -> the UUID of the one row with that key, or of the several */
type Index = Map<string, string | Set<string>>

interface TableState {
  readonly schema: TableSchema
  /** One map for the replica's life: `rows()` hands it out. */
  readonly rows: Map<string, Row>
  /** The columns, with what canonical rows need of each; defaults are shared, rows being read-only. */
  readonly columns: ReadonlyArray<{
    readonly name: string
    readonly wrap: boolean
    readonly type: ColumnType
    readonly empty: Value
    /** The name is also a property of every object (`constructor`, `toString`): read it as an own property only. */
    readonly inherited: boolean
  }>
  /** A row of defaults, of fast properties, that each row built starts as a copy of (see `fullRow`). */
  readonly template: Row
  /** index name -> the key of a row (undefined: not indexed) and key -> uuids */
  indexes: Map<string, { readonly key: (r: Row) => string | undefined; readonly map: Index }>
}

// index keys: strings as themselves (the usual case: names, external_ids values), other
// values as JSON after a \u0001
const valueKey = (v: Value | undefined): string => (typeof v === 'string' ? v : `\u0001${JSON.stringify(v ?? null)}`)

/**
 * The in-memory copy. Create it with {@link syncReplica}.
 *
 * @category replica
 * @since 0.1.0
 * @example
 * import { syncReplica, type Client } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * declare const client: Client
 * const r = await syncReplica(client, 'OVN_Northbound', { externalIdKeys: ['owner'] })()
 * if (E.isRight(r)) {
 *   const sw0 = r.right.lookup('Logical_Switch', 'name', 'sw0') // UUIDs of the rows named sw0
 * }
 */
export class Replica {
  private readonly tables = new Map<string, TableState>()
  private readonly listeners: Array<(c: ReplicaChanges) => void> = []
  private txnId: string | undefined
  private wasAttached = false
  private attachKind: 'initial' | 'resumed' | 'reloaded' | undefined
  private usedMethod: 'monitor_cond_since' | 'monitor_cond' | 'monitor' = 'monitor_cond_since'
  // currency: the connection the monitor runs on, and why the replica is not current
  // (undefined: it is); a replica nobody attached (filled by hand) is the caller's to keep
  private attachedTo: Client | undefined
  private staleBecause: string | undefined
  private readonly currentWaiters = new Set<() => void>()

  /**
   * Builds an empty replica of some tables of a schema; {@link syncReplica} fills it.
   *
   * @since 0.1.0
   */
  constructor(
    /** The database schema the rows follow. */
    readonly schema: DatabaseSchema,
    tables: ReadonlyArray<string>,
    externalIdKeys: ReadonlyArray<string> = [],
  ) {
    for (const name of tables) {
      const ts = getTable(schema, name)
      if (ts === undefined) continue
      const indexes: TableState['indexes'] = new Map()
      for (const cols of ts.indexes)
        indexes.set(cols.join('+'), {
          key: cols.length === 1 ? (r) => valueKey(r[cols[0]!]) : (r) => cols.map((c) => valueKey(r[c])).join('\u0000'),
          map: new Map(),
        })
      if ('name' in ts.columns && !indexes.has('name')) indexes.set('name', { key: (r) => valueKey(r['name']), map: new Map() })
      if ('external_ids' in ts.columns)
        for (const key of externalIdKeys)
          indexes.set(`external_ids:${key}`, {
            key: (r) => {
              const m = r['external_ids']
              if (!Array.isArray(m) || m[0] !== 'map') return undefined
              for (const p of m[1] as ReadonlyArray<readonly [Atom, Atom]>) if (p[0] === key) return valueKey(p[1])
              return undefined
            },
            map: new Map(),
          })
      const columns = Object.values(ts.columns).map((c) => {
        const kind = columnKind(c.type)
        return { name: c.name, wrap: kind === 'set' || kind === 'optional', type: c.type, empty: defaultValue(c.type), inherited: c.name in Object.prototype }
      })
      this.tables.set(name, { schema: ts, rows: new Map(), columns, indexes, template: rowTemplate(columns) })
    }
  }

  /**
   * The tables this replica holds.
   *
   * @since 0.1.0
   */
  get tableNames(): ReadonlyArray<string> {
    return [...this.tables.keys()]
  }

  /**
   * The id of the last transaction seen (monitor_cond_since only).
   *
   * @since 0.1.0
   */
  get lastTxnId(): string | undefined {
    return this.txnId
  }

  /**
   * The monitor method in use.
   *
   * @since 0.1.0
   */
  get method(): 'monitor_cond_since' | 'monitor_cond' | 'monitor' {
    return this.usedMethod
  }

  /**
   * The rows of a table, by UUID (empty for a table not replicated). Every row carries
   * `_uuid` and every column, with sets and optional values as `["set", [...]]`.
   *
   * @since 0.1.0
   */
  rows(table: string): ReadonlyMap<string, Row> {
    return this.tables.get(table)?.rows ?? new Map()
  }

  /**
   * One row by UUID.
   *
   * @since 0.1.0
   */
  get(table: string, uuid: string): Row | undefined {
    return this.tables.get(table)?.rows.get(uuid)
  }

  /**
   * How many rows all the tables hold.
   *
   * @since 0.1.0
   */
  get size(): number {
    let n = 0
    for (const t of this.tables.values()) n += t.rows.size
    return n
  }

  /**
   * UUIDs of the rows whose column (or columns of a schema index, joined by `+`) have
   * the given value(s), through an index: schema indexes, `name`, and
   * `external_ids:KEY` for the keys asked for. Unindexed lookups scan the table.
   *
   * @since 0.1.0
   */
  lookup(table: string, index: string, ...values: ReadonlyArray<Value>): ReadonlyArray<string> {
    const ts = this.tables.get(table)
    if (ts === undefined) return []
    const ix = ts.indexes.get(index)
    const key = values.length === 1 ? valueKey(values[0]) : values.map((v) => valueKey(v)).join('\u0000')
    if (ix !== undefined) {
      const hit = ix.map.get(key)
      return hit === undefined ? [] : typeof hit === 'string' ? [hit] : [...hit]
    }
    const cols = index.split('+')
    const out: string[] = []
    for (const [uuid, r] of ts.rows) if (cols.map((c) => valueKey(r[c])).join('\u0000') === key) out.push(uuid)
    return out
  }

  /**
   * Listens to every change applied after the initial copy; returns the function that
   * stops listening.
   *
   * @since 0.1.0
   */
  onChange(listener: (c: ReplicaChanges) => void): () => void {
    this.listeners.push(listener)
    return () => {
      const i = this.listeners.indexOf(listener)
      if (i >= 0) this.listeners.splice(i, 1)
    }
  }

  /**
   * Applies the body of an `update2`/`update3` (or the initial result of
   * `monitor_cond*`). Exposed for tests and custom monitors.
   *
   * @since 0.1.0
   */
  applyUpdates2(updates: TableUpdates2, lastTxnId?: string): ReplicaChanges {
    return this.apply2(updates, lastTxnId, [])
  }

  /**
   * Applies a first copy (the initial rows of a new monitor, a snapshot), whose changes
   * nobody listens to: no change record per row (135k objects and their array on W100k).
   *
   * @internal
   */
  load(updates: TableUpdates2, lastTxnId?: string): void {
    this.apply2(updates, lastTxnId, undefined)
  }

  /**
   * Takes the rows of a first copy in pieces while the monitor's reply arrives, into
   * tables of their own (the replica shows none of them), each row checked as the
   * reply's decoder would and built as `load` builds it; `commit` puts them in once the
   * reply is whole and valid. A row that is not an `initial` (or `insert`) makes
   * `rows` refuse the piece: the reply is then decoded whole, as without pieces, and
   * the staged rows are dropped.
   *
   * @internal
   */
  stageInitial(): { readonly sink: InitialRows; readonly complete: () => boolean; readonly commit: (lastTxnId?: string) => void } {
    const staged = new Map<string, TableState>()
    // the table whose rows come (undefined: one this replica does not hold, whose rows are only checked)
    let current: TableState | undefined
    let complete = false
    const sink: InitialRows = {
      table: (name) => {
        const ts = this.tables.get(name)
        current = ts === undefined ? undefined : { ...ts, rows: new Map(), indexes: new Map([...ts.indexes].map(([k, ix]) => [k, { key: ix.key, map: new Map() }])) }
        if (current !== undefined) staged.set(name, current)
      },
      rows: (rows) => {
        const into = current
        for (const uuid in rows) {
          // the checks the reply's decoder (TableUpdates2C) makes of a row, made as it is
          // built, in one pass (no wrapper object, no second loop; not measurable here under
          // load: CPU 1,731-1,941 ms vs 1,732-1,905 ms for W100k fed in 64 KiB chunks)
          const wire = initialOf(rows[uuid])
          if (wire === undefined || !isUuidString(uuid)) return false
          if (into !== undefined) this.put(into, uuid, into.rows.get(uuid), this.fullRow(into, uuid, wire))
        }
        return true
      },
      done: () => void (complete = true),
    }
    const commit = (lastTxnId?: string): void => {
      for (const [name, s] of staged) {
        const ts = this.tables.get(name)!
        if (ts.rows.size === 0) {
          // a first copy: the staged indexes become the table's; the rows are moved into the
          // table's own map, which a caller of rows() may already hold (~50 ms for W100k's
          // 135k rows, under 1% of its ~6 s sync)
          for (const [uuid, row] of s.rows) ts.rows.set(uuid, row)
          ts.indexes = s.indexes
        } else for (const [uuid, row] of s.rows) this.put(ts, uuid, ts.rows.get(uuid), row)
      }
      if (lastTxnId !== undefined) this.txnId = lastTxnId
    }
    return { sink, complete: () => complete, commit }
  }

  private apply2(updates: TableUpdates2, lastTxnId: string | undefined, changes: RowChange[] | undefined): ReplicaChanges {
    for (const table in updates) {
      const ts = this.tables.get(table)
      if (ts === undefined) continue
      const rows = updates[table]!
      for (const uuid in rows) {
        const u = rows[uuid]!
        const old = ts.rows.get(uuid)
        let next: Row | undefined
        if ('delete' in u) next = undefined
        else if ('modify' in u) {
          if (old === undefined) continue
          const row: Record<string, Value> = { ...old }
          for (const col in u.modify) {
            // an own-property lookup: a column named `constructor` or `__proto__` off the
            // wire must not find Object.prototype's
            const cs = Object.prototype.hasOwnProperty.call(ts.schema.columns, col) ? ts.schema.columns[col] : undefined
            if (cs === undefined) continue
            row[col] = applyDiff(cs.type, old[col] ?? defaultValue(cs.type), u.modify[col]!)
          }
          next = row
        } else next = this.fullRow(ts, uuid, 'initial' in u ? u.initial : u.insert)
        this.put(ts, uuid, old, next)
        if (changes !== undefined) changes.push(change(table, uuid, old, next))
      }
    }
    if (lastTxnId !== undefined) this.txnId = lastTxnId
    return { ...(lastTxnId !== undefined ? { lastTxnId } : {}), changes: changes ?? [] }
  }

  /**
   * Applies the body of an `update` (or the initial result of `monitor`).
   *
   * @since 0.1.0
   */
  applyUpdates(updates: TableUpdates): ReplicaChanges {
    const changes: RowChange[] = []
    for (const table in updates) {
      const ts = this.tables.get(table)
      if (ts === undefined) continue
      const rows = updates[table]!
      for (const uuid in rows) {
        const u = rows[uuid]!
        const old = ts.rows.get(uuid)
        const next = u.new === undefined ? undefined : this.fullRow(ts, uuid, u.new)
        this.put(ts, uuid, old, next)
        changes.push(change(table, uuid, old, next))
      }
    }
    return { changes }
  }

  /**
   * Replaces the whole content with a fresh copy (the initial rows of a new monitor),
   * as changes: rows gone are deleted, others inserted or replaced. Used when a monitor
   * is reopened and the server could not send just what changed.
   *
   * @since 0.1.0
   */
  replaceAll(updates: TableUpdates2, lastTxnId?: string): ReplicaChanges {
    const gone: Record<string, Record<string, { delete: null }>> = {}
    for (const [table, ts] of this.tables) {
      const keep = updates[table] ?? {}
      for (const uuid of ts.rows.keys())
        if (!(uuid in keep)) (gone[table] ??= {})[uuid] = { delete: null }
    }
    const a = this.applyUpdates2(gone)
    // rows present before and after come back as full rows: compare to report only real changes
    const b = this.applyUpdates2(updates, lastTxnId)
    const changed = b.changes.filter((c) => c.old === undefined || c.new === undefined || JSON.stringify(c.old) !== JSON.stringify(c.new))
    return { ...(lastTxnId !== undefined ? { lastTxnId } : {}), changes: [...a.changes, ...changed] }
  }

  /** @internal */
  setMethod(m: 'monitor_cond_since' | 'monitor_cond' | 'monitor'): void {
    this.usedMethod = m
  }

  /**
   * Whether a monitor has filled this replica before (so a new one resumes).
   *
   * @since 0.1.0
   */
  get attached(): boolean {
    return this.wasAttached
  }

  /**
   * How the last monitor filled the replica: `initial` (a first copy), `resumed` (only
   * the changes since the last transaction seen) or `reloaded` (a fresh copy replaced
   * the old one).
   *
   * @since 0.1.0
   */
  get lastAttach(): 'initial' | 'resumed' | 'reloaded' | undefined {
    return this.attachKind
  }

  /**
   * Whether the replica is current: its monitor's connection is open and the monitor
   * was (re)opened on it and its rows applied since the last (re)connection. A replica
   * that is not current may lack what was committed meanwhile — including the outcome
   * of a transaction whose reply was lost with the connection — so nothing should be
   * planned from it (`apply` waits, see {@link Replica.whenCurrent}). A replica filled
   * by hand (`applyUpdates*`, never attached) has no connection to follow: it counts as
   * current, and keeping it so is its owner's business.
   *
   * @since 0.2.0
   */
  get current(): boolean {
    return this.staleBecause === undefined && (this.attachedTo === undefined || this.attachedTo.isOpen)
  }

  /**
   * Why the replica is not current (undefined when it is): `not attached yet`,
   * `re-attaching on tcp:…`, `connection to tcp:… closed (…)`, `re-attach on tcp:… failed: …`.
   *
   * @since 0.2.0
   */
  get staleReason(): string | undefined {
    const c = this.attachedTo
    if (c === undefined || c.isOpen) return this.staleBecause
    // the reason of a closed connection is handed over at once (nothing is kept)
    let why: string | undefined
    c.onClose((r) => (why = r))
    return `connection to ${c.remote} closed${why !== undefined ? ` (${why})` : ''}`
  }

  /**
   * Resolves with the replica once it is current (at once if it is), or fails with a
   * `Timeout` naming why it is still not current after `timeoutMs`. A replica that
   * follows a session ({@link followReplica}) becomes current again when the session has
   * reconnected and the monitor has resumed; one attached to a plain client that closed
   * never does, and this says so after the deadline instead of waiting forever.
   *
   * @since 0.2.0
   */
  whenCurrent(timeoutMs: number): OvsdbTask<Replica> {
    return () =>
      new Promise((resolve) => {
        if (this.current) return resolve(E.right(this))
        const done = (): void => {
          clearTimeout(timer)
          this.currentWaiters.delete(done)
          resolve(E.right(this))
        }
        const timer = setTimeout(() => {
          this.currentWaiters.delete(done)
          resolve(E.left({ _tag: 'Timeout', method: `waiting for the replica to be current (${this.staleReason ?? 'current'})`, ms: timeoutMs }))
        }, timeoutMs)
        this.currentWaiters.add(done)
      })
  }

  /** A monitor is being opened on `client`: not current until its rows are in. @internal */
  markAttaching(client: Client): void {
    const resuming = this.wasAttached
    this.attachedTo = client
    this.staleBecause = `${resuming ? 're-attaching' : 'attaching'} on ${client.remote}`
    // the connection's end makes the copy stale at once (`current` asks the connection):
    // the caller of a transaction that failed with it must not plan again from this copy
    // before it has re-attached. No close listener: a client that outlives many replicas
    // (one-shot applies read snapshots) would keep every one of them.
  }

  /** The monitor could not be opened on `client`. @internal */
  markAttachFailed(client: Client, why: string): void {
    if (this.attachedTo === client && client.isOpen) this.staleBecause = `${this.wasAttached ? 're-attach' : 'attach'} on ${client.remote} failed: ${why}`
  }

  /** @internal */
  markAttached(kind: 'initial' | 'resumed' | 'reloaded', client?: Client): void {
    this.wasAttached = true
    this.attachKind = kind
    if (client === undefined || (this.attachedTo === client && client.isOpen)) {
      this.staleBecause = undefined
      for (const w of [...this.currentWaiters]) w()
    }
  }

  /** @internal */
  emit(c: ReplicaChanges): void {
    if (c.changes.length === 0) return
    // a copy: a listener may stop listening while called
    for (const l of [...this.listeners]) l(c)
  }

  private fullRow(ts: TableState, uuid: string, wire: Row): Row {
    // a copy of the table's row of defaults, then the columns the server sent: built one
    // property at a time instead, a row of more than about a dozen columns (Logical_Switch_Port's
    // 17) became a dictionary-mode object. Measured on W100k's 135,100 rows loaded from one
    // parsed reply (fresh processes, alternating, 2 runs each): 2,062-2,131 ms -> 1,430-1,488 ms,
    // and 1,096 -> 602 B/row of heap kept (Logical_Switch_Port rows now have fast properties)
    const row: Record<string, Value> = { ...ts.template }
    row['_uuid'] = ['uuid', uuid]
    for (const c of ts.columns) {
      // the own-property check only for the few names Object.prototype has: this runs for
      // every column of every row of an initial copy
      const v = c.inherited && !Object.prototype.hasOwnProperty.call(wire, c.name) ? undefined : wire[c.name]
      // canonicalValue, inlined: sets and optional values always as ["set", [...]]
      if (v !== undefined) row[c.name] = c.wrap && !(Array.isArray(v) && v[0] === 'set') ? ['set', [v as Atom]] : v
    }
    return row
  }

  private put(ts: TableState, uuid: string, old: Row | undefined, next: Row | undefined): void {
    for (const ix of ts.indexes.values()) {
      const ok = old === undefined ? undefined : ix.key(old)
      const nk = next === undefined ? undefined : ix.key(next)
      if (ok === nk) continue
      if (ok !== undefined) {
        const s = ix.map.get(ok)
        if (s === uuid) ix.map.delete(ok)
        else if (typeof s === 'object') {
          s.delete(uuid)
          if (s.size === 0) ix.map.delete(ok)
        }
      }
      if (nk !== undefined) {
        const s = ix.map.get(nk)
        if (s === undefined) ix.map.set(nk, uuid)
        else if (typeof s === 'string') {
          if (s !== uuid) ix.map.set(nk, new Set([s, uuid]))
        } else s.add(uuid)
      }
    }
    if (next === undefined) ts.rows.delete(uuid)
    else ts.rows.set(uuid, next)
  }
}

/**
 * The row of a row update that is an `initial` (or an `insert`), as TableUpdates2C checks
 * it: an object with that one member, holding a row; undefined for anything else.
 */
const initialOf = (u: unknown): Row | undefined => {
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return undefined
  let key: string | undefined
  for (const k in u) {
    if (key !== undefined) return undefined
    key = k
  }
  const v = key === 'initial' || key === 'insert' ? (u as Record<string, unknown>)[key] : undefined
  return v !== undefined && isRow(v) ? v : undefined
}

/**
 * A table's row of defaults (`_uuid` first, then every column), made by `JSON.parse`: its
 * objects have fast properties, and so do their copies (`{ ...template }`, one allocation
 * of the right size), whatever the number of columns. Every name is an own data property,
 * `__proto__` included.
 */
const rowTemplate = (columns: ReadonlyArray<{ readonly name: string; readonly empty: Value }>): Row => {
  const names = ['_uuid', ...columns.map((c) => c.name)]
  const template = JSON.parse(`{${names.map((n) => `${JSON.stringify(n)}:0`).join(',')}}`) as Record<string, Value>
  // the shared defaults (rows are read-only), and a uuid that every row replaces
  template['_uuid'] = ['uuid', ZERO_UUID]
  for (const c of columns) template[c.name] = c.empty
  return template
}

const change = (table: string, uuid: string, old: Row | undefined, next: Row | undefined): RowChange =>
  old === undefined
    ? next === undefined
      ? { table, uuid }
      : { table, uuid, new: next }
    : next === undefined
      ? { table, uuid, old }
      : { table, uuid, old, new: next }

// -------------------------------------------------------------------------------------
// syncing
// -------------------------------------------------------------------------------------

let counter = 0

const isUnknownMethod = (e: OvsdbError): boolean => e._tag === 'RpcError' && /unknown method/i.test(e.error)
// ovsdb-server's answer to a monitor request naming a column its schema lacks:
// {"error": "syntax error", "details": "NAME is not a valid column name"}
const refusesColumn = (e: OvsdbError): boolean => e._tag === 'RpcError' && /not a valid column name/i.test(`${e.error} ${e.details ?? ''}`)

/** A monitor request of every column of a table the schema knows, by name. */
const monitorColumns = (schema: DatabaseSchema, table: string): MonitorRequest => {
  const columns = Object.keys(getTable(schema, table)?.columns ?? {})
  // no columns named means every column: a table with none declared is asked for so
  return columns.length > 0 ? { columns } : {}
}

/**
 * Opens the replica's monitor on a client: on a new replica, the initial copy; on one
 * that was connected before (after a reconnection), `monitor_cond_since` from the last
 * transaction it saw, so that only the changes since come over the wire — or, when the
 * server no longer has that transaction (or lacks `monitor_cond_since`), a fresh copy
 * that replaces the old one, reported to listeners as changes.
 *
 * @category syncing
 * @since 0.1.0
 * @example
 * import { attachReplica, type Client, type Replica } from 'ovn-nb/ovsdb'
 * declare const replica: Replica
 * declare const reconnected: Client
 * await attachReplica(replica, reconnected, 'OVN_Northbound')()
 */
export const attachReplica = (replica: Replica, client: Client, db: string, options: ReplicaOptions = {}): OvsdbTask<Replica> => {
  const tables = replica.tableNames
  // every column by name rather than `{}`: asked for no columns, ovsdb-server also sends
  // `_version` in every row, which the replica drops (measured on W100k: 58 of the ~470
  // bytes of a row, 7.9 MB of a 64 MB reply, to serialize, send and parse for nothing)
  const named: MonitorRequests = Object.fromEntries(tables.map((t) => [t, monitorColumns(replica.schema, t)]))
  // a schema given to the client that is newer than the server's names columns the server
  // does not have, and it refuses them: the request without columns still works there
  const all: MonitorRequests = Object.fromEntries(tables.map((t) => [t, {}]))
  const id: MonitorId = options.monitorId ?? `ovn-nb-replica-${++counter}`
  const resuming = replica.attached
  replica.markAttaching(client)
  let kind: 'initial' | 'resumed' | 'reloaded' = resuming ? 'reloaded' : 'initial'
  const applyEvent = (e: MonitorEvent): void => {
    if (e.method === 'update') replica.emit(replica.applyUpdates(e.updates))
    else replica.emit(replica.applyUpdates2(e.updates, e.method === 'update3' ? e.lastTxnId : undefined))
  }
  // an update the server sends right behind the monitor's reply can be read before the
  // reply's rows are applied: such updates wait, and are applied just after them
  let ready = false
  const early: MonitorEvent[] = []
  const onEvent = (e: MonitorEvent): void => {
    if (ready) applyEvent(e)
    else early.push(e)
  }
  const started = (): void => {
    ready = true
    for (const e of early.splice(0)) applyEvent(e)
  }
  const initial = (updates: TableUpdates2, txn?: string) => {
    if (resuming) replica.emit(replica.replaceAll(updates, txn))
    else replica.load(updates, txn)
    started()
  }
  const method = options.method ?? 'auto'
  const since = (requests: MonitorRequests): OvsdbTask<void> => {
    // a first copy is taken in pieces while the reply arrives (staged, applied once whole).
    // Paired on W100k (56 MB, 135,100 rows; load 10-13 on 2 cores, 5 rounds each), against
    // the same build parsing the reply whole: CPU per sync 1,352 vs 1,887 ms, time from the
    // first byte to the replica 0.59x (2 ms after the last byte, was ~2.5 s), whole sync
    // 0.84x; bench/replica.js --vs the build before both steps: 0.864x (7 rounds)
    const staged = resuming ? undefined : replica.stageInitial()
    return pipe(
      client.monitorCondSince(db, id, requests, resuming ? replica.lastTxnId ?? null : null, onEvent, staged !== undefined ? { split: initialRowsSplit(staged.sink) } : {}),
      TE.map((r) => {
        replica.setMethod('monitor_cond_since')
        if (staged?.complete() === true) {
          staged.commit(r.lastTxnId)
          started()
        } else if (r.found) {
          kind = 'resumed'
          replica.emit(replica.applyUpdates2(r.updates, r.lastTxnId))
          started()
        } else initial(r.updates, r.lastTxnId)
      }),
    )
  }
  const cond = (requests: MonitorRequests): OvsdbTask<void> => pipe(
    client.monitorCond(db, id, requests, onEvent),
    TE.map((u) => {
      replica.setMethod('monitor_cond')
      initial(u)
    }),
  )
  const plain = (requests: MonitorRequests): OvsdbTask<void> => pipe(
    client.monitor(db, id, requests, onEvent),
    TE.map((u) => {
      replica.setMethod('monitor')
      // null prototype: the table names come off the wire (`__proto__` must be a key, not the prototype)
      const as2: Record<string, Record<string, { initial: Row }>> = Object.create(null) as Record<string, Record<string, { initial: Row }>>
      for (const [t, rows] of Object.entries(u)) for (const [uuid, ru] of Object.entries(rows)) if (ru.new !== undefined) (as2[t] ??= {})[uuid] = { initial: ru.new }
      initial(as2)
    }),
  )
  const orElse = (next: OvsdbTask<void>) => TE.orElse((e: OvsdbError) => (isUnknownMethod(e) ? next : TE.left(e)))
  const open = (requests: MonitorRequests): OvsdbTask<void> =>
    method === 'monitor'
      ? plain(requests)
      : method === 'monitor_cond'
        ? cond(requests)
        : method === 'monitor_cond_since'
          ? since(requests)
          : pipe(since(requests), orElse(pipe(cond(requests), orElse(plain(requests)))))
  const run = pipe(
    open(named),
    TE.orElse((e) => (refusesColumn(e) && client.isOpen ? open(all) : TE.left(e))),
  )
  return pipe(
    run,
    TE.mapLeft((e) => {
      replica.markAttachFailed(client, formatError(e))
      return e
    }),
    TE.map(() => {
      replica.markAttached(kind, client)
      return replica
    }),
  )
}

/**
 * Copies tables of a database into a new {@link Replica} and keeps it current: gets the
 * schema, opens a monitor (`monitor_cond_since`, else `monitor_cond`, else `monitor`) on
 * every column of the chosen tables, applies the initial contents, then every update.
 *
 * @category syncing
 * @since 0.1.0
 * @example
 * import { connect, syncReplica } from 'ovn-nb/ovsdb'
 * import * as TE from 'fp-ts/lib/TaskEither.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * const replica = await pipe(
 *   connect('unix:/var/run/ovn/ovnnb_db.sock'),
 *   TE.flatMap((c) => syncReplica(c, 'OVN_Northbound')),
 * )()
 */
export const syncReplica = (client: Client, db: string, options: ReplicaOptions = {}): OvsdbTask<Replica> =>
  pipe(
    client.schemaOf(db) !== undefined ? TE.right(client.schemaOf(db)!) : client.getSchema(db),
    TE.flatMap((schema) => {
      const tables = (options.tables ?? Object.keys(schema.tables)).filter((t) => getTable(schema, t) !== undefined)
      return attachReplica(new Replica(schema, tables, options.externalIdKeys ?? []), client, db, options)
    }),
  )

/**
 * A replica that follows a {@link Session}: synced on the session's connection, and
 * re-attached (resuming from the last transaction) on every reconnection. Changes made
 * while disconnected reach the replica's listeners when it catches up.
 *
 * @category syncing
 * @since 0.1.0
 * @example
 * import { followReplica, openSession } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const s = await openSession({ remotes: 'tcp:127.0.0.1:6641' })()
 * if (E.isRight(s)) {
 *   const r = await followReplica(s.right, 'OVN_Northbound')()
 * }
 */
export const followReplica = (session: Session, db: string, options: ReplicaOptions = {}): OvsdbTask<Replica> => {
  const client = session.client
  if (client === undefined) return TE.left({ _tag: 'ConnectionClosed', message: 'the session is not connected' })
  return pipe(
    syncReplica(client, db, options),
    TE.tap((replica) =>
      TE.fromIO(() =>
        session.on((e) => {
          if (e.type === 'connected' && e.reconnect) void reattach(session, replica, e.client, db, options)
        }),
      ),
    ),
  )
}

/**
 * Re-attaches on a new connection; a failure on a connection that stays up (a monitor
 * request that timed out on a large database, say) is retried with backoff for as long
 * as it is the session's connection, so that the replica does not stay stale for good.
 */
const reattach = async (session: Session, replica: Replica, client: Client, db: string, options: ReplicaOptions): Promise<void> => {
  for (let wait = 100; ; wait = Math.min(wait * 2, 5000)) {
    const r = await attachReplica(replica, client, db, options)()
    if (E.isRight(r) || !client.isOpen || session.client !== client) return
    await new Promise<void>((resolve) => setTimeout(resolve, wait).unref())
    if (!client.isOpen || session.client !== client) return
  }
}

/**
 * Reads whole tables with one `select` transaction and returns them as canonical rows
 * (the same shape as {@link Replica.rows}), without a monitor. For checks and tests.
 *
 * @category syncing
 * @since 0.1.0
 * @example
 * import { snapshot, type Client } from 'ovn-nb/ovsdb'
 * declare const client: Client
 * const tables = await snapshot(client, 'OVN_Northbound', ['Logical_Switch'])()
 */
export const snapshot = (
  client: Client,
  db: string,
  tables: ReadonlyArray<string>,
): OvsdbTask<ReadonlyMap<string, ReadonlyMap<string, Row>>> =>
  pipe(
    client.schemaOf(db) !== undefined ? TE.right(client.schemaOf(db)!) : client.getSchema(db),
    TE.flatMap((schema) =>
      pipe(
        client.transact(
          db,
          tables.map((table) => ({ op: 'select' as const, table, where: [] })),
        ),
        TE.flatMap((results) => {
          const replica = new Replica(schema, tables)
          const updates: Record<string, Record<string, { initial: Row }>> = {}
          results.forEach((r, i) => {
            const table = tables[i]!
            const rows: Record<string, { initial: Row }> = {}
            for (const row of r.rows) {
              const { _uuid, _version, ...rest } = row
              void _version
              rows[(_uuid as readonly [string, string])[1]] = { initial: rest }
            }
            updates[table] = rows
          })
          replica.load(updates)
          return TE.fromEither(E.right(new Map(tables.map((t) => [t, replica.rows(t)]))))
        }),
      ),
    ),
  )
