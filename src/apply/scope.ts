/**
 * A scoped read: the rows a one-shot plan can depend on, and not the whole database.
 * `ovn-nb plan` of a 4-row state against a loaded W100k used to read all 136k rows
 * (5.9–7.3 s, 600 MB); the plan reads only a few of them. Which ones, rule by rule (each
 * rule is what a phase of the diff reads, see `plan/engine.ts`):
 *
 * - **core rows** — rows the plan may match, update, delete or keep: the owner's rows
 *   (every table with `external_ids`; also the owners adopted from), the rows whose
 *   identity (first identity column; a superset) is a desired row's, the rows the
 *   desired state names by UUID, whole tables of `{ key }` identities when adopting (by
 *   content), whole tables identified by no column (NB_Global), and the children of core
 *   rows (through columns holding non-root rows, recursively: a matched parent's
 *   children are the candidates of the desired children; an owned row's children are
 *   what GC must protect);
 * - for every core row, the rows it references (labels, the element-by-element updates
 *   of reference sets, others' children);
 * - for every owned root row, the rows holding it by a strong reference (GC keeps it
 *   then);
 * - for every row read, non-root, the rows holding it (its identity has its parent's).
 *
 * Each round reads, in one transaction of `select`s, what the rows read so far need and
 * the replica lacks, until nothing is missing (a table with many scanning clauses in a
 * round through one `monitor_cond`, whose clauses the server ORs). A table asked for by
 * more than {@link MAX_CLAUSES} clauses is read whole instead (a superset is always
 * correct: thousands of clauses per row cost the server more than sending the table).
 * Rounds are separate transactions: a row another writer changes between two rounds can
 * be seen before in one and after in the next, as a full read sees the database at one
 * moment and the transaction lands at a later one; the plan's guards (`wait` on updated
 * values, on unindexed names, on children of deleted rows) make such a transaction
 * fail, and apply plans again from a new read. The result is the replica a full read would give, restricted to those
 * rows: the diff makes the same plan from it (property-tested against a full read,
 * test/apply/scope.test.ts).
 *
 * @module
 * @internal
 */
import * as E from '../deps/Either.js'
import type { Client } from '../ovsdb/client.js'
import type { OvsdbError } from '../ovsdb/errors.js'
import { identityRule, type IdentityRules } from '../ovsdb/identity.js'
import { Replica } from '../ovsdb/replica.js'
import { getTable, type ColumnSchema, type DatabaseSchema } from '../ovsdb/schema.js'
import { checkValue } from '../ovsdb/validate.js'
import { canonicalValue, defaultValue } from '../ovsdb/values.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { Condition, Select } from '../ovsdb/wire/operation.js'
import type { MonitorRequests, TableUpdates2 } from '../ovsdb/wire/update.js'
import type { DesiredState, DesiredValue } from '../ovsdb/desired.js'
import { hasRef, mapGet, valueKey } from '../plan/values.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** What a scoped read needs to know of the plan it serves. @internal */
export interface ScopeOptions {
  readonly rules: IdentityRules
  readonly ownerKey?: string
  readonly adopt?: boolean | ReadonlyArray<string>
  /** Monitor ids are this prefix and the round. */
  readonly monitorId: string
}

/** A scoped read: the replica, and what it took. @internal */
export interface ScopedRead {
  readonly replica: Replica
  /** Round trips (transactions of selects) it took. */
  readonly rounds: number
  /** Tables read whole. */
  readonly whole: ReadonlyArray<string>
}

/**
 * Past this many clauses, a table is read whole. ovsdb-server evaluates every clause
 * of a monitor against every row of its table: 1000 name clauses on a 100k-row table
 * are 10^8 comparisons, about what sending the table costs.
 */
export const MAX_CLAUSES = 1000

/**
 * Past this many desired rows, the read is not scoped at all: such a state asks for
 * most of its tables whole anyway (W10k's 10k ports), and a single full monitor is then
 * one round trip instead of several.
 */
export const MAX_SCOPED_ROWS = 2000

// -------------------------------------------------------------------------------------
// schema facts, per schema
// -------------------------------------------------------------------------------------

interface RefColumn {
  readonly table: string
  readonly column: ColumnSchema
  /** Holds rows of a non-root table by strong reference (its children). */
  readonly child: boolean
}

interface Facts {
  /** Per table, its columns holding references. */
  readonly refs: ReadonlyMap<string, ReadonlyArray<RefColumn & { readonly refTables: ReadonlyArray<string> }>>
  /** Per table, the columns (of any table) holding its rows by strong reference. */
  readonly holders: ReadonlyMap<string, ReadonlyArray<RefColumn>>
}

const factsMemo = new WeakMap<DatabaseSchema, Facts>()

const factsOf = (schema: DatabaseSchema): Facts => {
  const memo = factsMemo.get(schema)
  if (memo !== undefined) return memo
  const refs = new Map<string, Array<RefColumn & { readonly refTables: ReadonlyArray<string> }>>()
  const holders = new Map<string, RefColumn[]>()
  for (const t of Object.values(schema.tables))
    for (const c of Object.values(t.columns)) {
      const refTables: string[] = []
      for (const bt of [c.type.key, c.type.value]) {
        if (bt?.refTable === undefined || getTable(schema, bt.refTable) === undefined) continue
        refTables.push(bt.refTable)
        if (bt.refType === 'weak') continue
        const child = bt === c.type.key && getTable(schema, bt.refTable)?.isRoot === false
        let l = holders.get(bt.refTable)
        if (l === undefined) holders.set(bt.refTable, (l = []))
        l.push({ table: t.name, column: c, child })
      }
      if (refTables.length === 0) continue
      let l = refs.get(t.name)
      if (l === undefined) refs.set(t.name, (l = []))
      const rt = c.type.key.refTable
      l.push({ table: t.name, column: c, child: rt !== undefined && c.type.key.refType !== 'weak' && getTable(schema, rt)?.isRoot === false, refTables })
    }
  const f = { refs, holders }
  factsMemo.set(schema, f)
  return f
}

// -------------------------------------------------------------------------------------
// the read
// -------------------------------------------------------------------------------------

const uuidAtoms = (v: Value | DesiredValue, out: string[]): void => {
  const visit = (a: unknown): void => {
    if (Array.isArray(a) && a[0] === 'uuid' && typeof a[1] === 'string') out.push(a[1])
  }
  if (Array.isArray(v) && v[0] === 'map') for (const p of v[1] as ReadonlyArray<readonly [unknown, unknown]>) (visit(p[0]), visit(p[1]))
  else if (Array.isArray(v) && v[0] === 'set') for (const a of v[1] as ReadonlyArray<unknown>) visit(a)
  else visit(v)
}

/**
 * Reads the rows a plan of `desired` can depend on (see the module description) into a
 * new replica of every table of the schema.
 *
 * @internal
 */
export const scopedRead = async (client: Client, db: string, schema: DatabaseSchema, desired: DesiredState, options: ScopeOptions): Promise<E.Either<OvsdbError, ScopedRead>> => {
  const ownerKey = options.ownerKey ?? 'ovn-nb/owner'
  const owner = desired.owner
  const owners = new Set([owner, ...(Array.isArray(options.adopt) ? options.adopt : [])])
  const adopting = options.adopt !== undefined && options.adopt !== false
  const facts = factsOf(schema)
  const replica = new Replica(schema, Object.keys(schema.tables), [ownerKey])

  // ---- what is asked for ----------------------------------------------------------------
  const whole = new Set<string>()
  const sent = new Map<string, Set<string>>()
  const pending = new Map<string, Condition[] | 'whole'>()
  const askWhole = (table: string): void => {
    if (whole.has(table)) return
    whole.add(table)
    pending.set(table, 'whole')
  }
  const ask = (table: string, clause: Condition): void => {
    if (whole.has(table)) return
    let s = sent.get(table)
    if (s === undefined) sent.set(table, (s = new Set()))
    const k = JSON.stringify(clause)
    if (s.has(k)) return
    s.add(k)
    if (s.size > MAX_CLAUSES) return askWhole(table)
    let p = pending.get(table)
    if (p === undefined) pending.set(table, (p = []))
    if (p !== 'whole') p.push(clause)
  }
  const askRow = (table: string, uuid: string): void => {
    if (replica.get(table, uuid) === undefined) ask(table, ['_uuid', '==', ['uuid', uuid]])
  }
  // a clause whose value the server would refuse (a desired value the diff will report)
  // is left out rather than failing the whole read
  const askValue = (table: string, c: ColumnSchema, v: Value): void => {
    if (checkValue(c.type, v) === undefined) ask(table, [c.name, '==', v])
  }

  // ---- seeds ----------------------------------------------------------------------------
  // UUIDs of rows that are core because of where they hang or what names them
  const coreUuids = new Set<string>()
  // per table, the first identity column's value keys of the desired rows
  const identities = new Map<string, { readonly column: string; readonly keys: Set<string> }>()
  for (const t of Object.values(schema.tables)) {
    if (t.columns['external_ids'] !== undefined) for (const o of owners) ask(t.name, ['external_ids', 'includes', ['map', [[ownerKey, o]]]])
    // tables of one row (NB_Global): read whole, whether the state names them or not
    // (apply --wait reads nb_cfg from it)
    const rule = identityRule(schema, options.rules, t.name)
    if ('columns' in rule && rule.columns.length === 0) askWhole(t.name)
  }
  for (const row of desired.rows) {
    const ts = getTable(schema, row.table)
    if (ts === undefined) continue
    const rule = identityRule(schema, options.rules, row.table)
    if ('key' in rule) {
      // adopted by content (any row of the table may be the one): read whole
      if (adopting) askWhole(row.table)
    } else if (rule.columns.length > 0 && !(rule.parent === true && !ts.isRoot)) {
      // (tables of one row are read whole; rows under a parent are found as children of
      // the parent's candidates)
      const col = ts.columns[rule.columns[0]!]
      if (col !== undefined) {
        const v = row.columns[col.name]
        const value = v === undefined || hasRef(v) ? defaultValue(col.type) : canonicalValue(col.type, v as Value)
        let id = identities.get(row.table)
        if (id === undefined) identities.set(row.table, (id = { column: col.name, keys: new Set() }))
        id.keys.add(valueKey(value))
        askValue(row.table, col, value)
      }
    }
    // rows named by UUID
    for (const name in row.columns) {
      const c = ts.columns[name]
      if (c === undefined) continue
      const found: string[] = []
      uuidAtoms(row.columns[name]!, found)
      const rt = c.type.key.refTable ?? c.type.value?.refTable
      if (rt === undefined || getTable(schema, rt) === undefined) continue
      for (const u of found) {
        coreUuids.add(u)
        askRow(rt, u)
      }
    }
  }

  const ownerOf = (r: Row): string | undefined => {
    const o = mapGet(r['external_ids'], ownerKey)
    return typeof o === 'string' ? o : undefined
  }
  const isCore = (table: string, uuid: string, r: Row): boolean => {
    if (coreUuids.has(uuid)) return true
    const o = ownerOf(r)
    if (o !== undefined && owners.has(o)) return true
    const id = identities.get(table)
    if (id !== undefined && id.keys.has(valueKey(r[id.column]!))) return true
    if (!adopting) return false
    const rule = identityRule(schema, options.rules, table)
    return 'key' in rule || whole.has(table)
  }

  // ---- closure --------------------------------------------------------------------------
  // what each row read asked for already: 1 as context, 2 as core
  const done = new Map<string, 1 | 2>()
  const visit = (table: string, uuid: string, r: Row): void => {
    if (done.get(uuid) === 2) return
    const core = isCore(table, uuid, r)
    const level = core ? 2 : 1
    if ((done.get(uuid) ?? 0) >= level) return
    const before = done.get(uuid)
    done.set(uuid, level)
    const ts = schema.tables[table]!
    if (before === undefined && !ts.isRoot)
      for (const h of facts.holders.get(table) ?? [])
        if (h.child) ask(h.table, [h.column.name, 'includes', ['set', [['uuid', uuid]]]])
    if (!core) return
    for (const rc of facts.refs.get(table) ?? []) {
      const v = r[rc.column.name]
      if (v === undefined) continue
      const found: string[] = []
      uuidAtoms(v, found)
      if (found.length === 0) continue
      const keyRef = rc.column.type.key.refTable
      for (const u of found) {
        // a map column referring on both sides: the atom's table is not known, ask both
        for (const rt of rc.refTables) {
          if (rc.child && rt === keyRef) coreUuids.add(u)
          askRow(rt, u)
        }
      }
    }
    // an owned root row that another row holds strongly is kept by GC, not deleted
    if (ts.isRoot && ownerOf(r) === owner)
      for (const h of facts.holders.get(table) ?? []) {
        if (h.column.type.value !== undefined) askWhole(h.table)
        else ask(h.table, [h.column.name, 'includes', ['set', [['uuid', uuid]]]])
      }
  }

  // ---- rounds ---------------------------------------------------------------------------
  // Each round is one transaction of `select`s (a consistent read of what it asks for):
  // a monitor would cost more here, since ovsdb-server copies every row of a monitored
  // table before it applies the conditions (measured on W100k, loaded machine: a
  // monitor_cond of Logical_Switch_Port with the condition `false` 330–380 ms; a select
  // by name 70–80 ms, by _uuid well under 1 ms). A select ANDs its clauses, so each
  // clause is its own select (each a scan of its table, `_uuid ==` a lookup); a table
  // with more than MAX_SCANS scans in a round is read through one monitor_cond instead
  // (the server ORs its clauses: one pass), cancelled at once.
  let rounds = 0
  const put = (updates: Record<string, Record<string, { initial: Row }>>): void => void replica.applyUpdates2(updates)
  while (pending.size > 0) {
    rounds++
    const ops: Select[] = []
    const monitored: Record<string, { readonly where: ReadonlyArray<Condition> }> = {}
    for (const [t, p] of pending) {
      if (p === 'whole') ops.push({ op: 'select', table: t, where: [] })
      else if (p.filter((c) => !isUuidLookup(c)).length > MAX_SCANS) monitored[t] = { where: p }
      else for (const c of p) ops.push({ op: 'select', table: t, where: [c] })
    }
    pending.clear()
    if (ops.length > 0) {
      const r = await client.transact(db, ops, { validate: false })()
      if (E.isLeft(r)) return r
      const updates: Record<string, Record<string, { initial: Row }>> = {}
      r.right.forEach((res, i) => {
        const byUuid = (updates[ops[i]!.table] ??= {})
        for (const row of (res as { readonly rows: ReadonlyArray<Row> }).rows) {
          const { _uuid, _version, ...rest } = row
          void _version
          byUuid[(_uuid as readonly [string, string])[1]] = { initial: rest }
        }
      })
      put(updates)
    }
    if (Object.keys(monitored).length > 0) {
      const id = `${options.monitorId}-${rounds}`
      const r = await client.monitorCond(db, id, monitored as MonitorRequests, () => undefined)()
      if (E.isLeft(r)) return r
      const c = await client.monitorCancel(id)()
      if (E.isLeft(c)) return c
      replica.applyUpdates2(r.right as TableUpdates2)
    }
    // every row read so far: the ones read this round, and the ones that became core
    // (children of core rows found in this pass: again until none is found)
    for (let n = -1; n !== coreUuids.size; ) {
      n = coreUuids.size
      for (const table of replica.tableNames) for (const [uuid, row] of replica.rows(table)) visit(table, uuid, row)
    }
  }
  return E.right({ replica, rounds, whole: [...whole] })
}

const isUuidLookup = (c: Condition): boolean => typeof c !== 'boolean' && c[0] === '_uuid' && c[1] === '=='

/** Past this many scanning clauses on one table in a round, one monitor_cond reads them (see the rounds). */
const MAX_SCANS = 8
