/**
 * The diff: desired state + the database as it is (a replica) -> a {@link Plan}, a value
 * that lists, row by row, what to create, what to change (each column with its old and
 * new value, and whether it is written whole or changed element by element) and what to
 * delete. Pure: no I/O, no clocks, no randomness; the same inputs give the same plan.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { columnKind, getTable, type ColumnSchema, type ColumnType, type DatabaseSchema, type TableSchema } from '../ovsdb/schema.js'
import { checkValue } from '../ovsdb/validate.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { Condition } from '../ovsdb/wire/operation.js'
import { isRefTo, type DesiredAtom, type DesiredRow, type DesiredState, type DesiredValue } from './desired.js'
import { identityRule, type IdentityRule, type IdentityRules } from './identity.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What the engine reads the database through: the rows of a table by UUID, in the
 * canonical form of the replica (every column present, sets as `["set", ...]`).
 * A {@link Replica} is one.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CurrentState } from 'ovn-nb'
 * const empty: CurrentState = { rows: () => new Map() }
 */
export interface CurrentState {
  readonly rows: (table: string) => ReadonlyMap<string, Row>
}

/**
 * Options of {@link diff}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PlanOptions } from 'ovn-nb'
 * const o: PlanOptions = { adopt: true, ownerKey: 'ovn-nb/owner' }
 */
export interface PlanOptions {
  /** Identity rules by table; tables without one use {@link defaultIdentity}. */
  readonly rules?: IdentityRules
  /** The `external_ids` key holding the owner (default `ovn-nb/owner`). */
  readonly ownerKey?: string
  /** The `external_ids` key holding a row's desired id, for `{ key: 'id' }` identities (default `ovn-nb/id`). */
  readonly idKey?: string
  /**
   * Take over existing rows that match desired rows but carry no owner (true), or no
   * owner or one of these owners (a list). Off by default: such a row is a conflict.
   */
  readonly adopt?: boolean | ReadonlyArray<string>
  /** Delete rows of this owner that the desired state no longer holds (default true). */
  readonly gc?: boolean
  /** Tables whose rows of this owner are garbage-collected (default: every table of the schema). */
  readonly gcTables?: ReadonlyArray<string>
}

/**
 * A value in a plan: an OVSDB value whose UUIDs may be named-uuids of rows the same
 * plan creates.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PlanValue } from 'ovn-nb'
 * const v: PlanValue = ['set', [['named-uuid', 'new_vm1']]]
 */
export type PlanValue = Value

/**
 * One column's change on an existing row. `set`: the column is written whole (scalars
 * and optional values). `mutate`: elements or keys are inserted and deleted one by one,
 * so that what others put in the same set or map is left alone.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ColumnChange } from 'ovn-nb'
 * const c: ColumnChange = { column: 'priority', mode: 'set', old: 1000, new: 1001 }
 */
export type ColumnChange =
  | { readonly column: string; readonly mode: 'set'; readonly old: Value; readonly new: PlanValue }
  | {
      readonly column: string
      readonly mode: 'mutate'
      readonly old: Value
      /** Elements (set) or pairs (map) to insert. */
      readonly insert: ReadonlyArray<Atom | readonly [Atom, Atom]>
      /** Elements (set) or keys (map) to delete. */
      readonly delete: ReadonlyArray<Atom>
    }

/**
 * A row to create.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CreateRow } from 'ovn-nb'
 * const c: CreateRow = { action: 'create', table: 'Logical_Switch', id: 'Logical_Switch:sw0', identity: 'sw0', uuidName: 'new_0', row: { name: 'sw0' }, guard: [['name', '==', 'sw0']] }
 */
export interface CreateRow {
  readonly action: 'create'
  readonly table: string
  readonly id: string
  /** The identity key, for people. */
  readonly identity: string
  /** The named-uuid the insert declares. */
  readonly uuidName: string
  readonly row: Readonly<Record<string, PlanValue>>
  /**
   * For natural keys the schema does not index: a condition matching a row with the
   * same key, so that the transaction fails rather than create a duplicate.
   */
  readonly guard?: ReadonlyArray<Condition>
}

/**
 * A row to change.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { UpdateRow } from 'ovn-nb'
 * const u: UpdateRow = { action: 'update', table: 'ACL', id: 'ACL:a', identity: 'to-lport 1000 ip4', uuid: '550e8400-e29b-41d4-a716-446655440000', changes: [] }
 */
export interface UpdateRow {
  readonly action: 'update'
  readonly table: string
  /** The desired row's id, or undefined for a row changed only to drop a child. */
  readonly id?: string
  readonly identity: string
  readonly uuid: string
  readonly changes: ReadonlyArray<ColumnChange>
}

/**
 * A row to delete: a root row with `delete`; a row of a non-root table by removing it
 * from the column that holds it (`via`), after which the server collects it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DeleteRow } from 'ovn-nb'
 * const d: DeleteRow = { action: 'delete', table: 'Address_Set', identity: 'as1', uuid: '550e8400-e29b-41d4-a716-446655440000' }
 */
export interface DeleteRow {
  readonly action: 'delete'
  readonly table: string
  readonly identity: string
  readonly uuid: string
  readonly via?: { readonly table: string; readonly uuid: string; readonly column: string }
}

/**
 * A plan entry.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PlanEntry } from 'ovn-nb'
 * const isCreate = (e: PlanEntry): boolean => e.action === 'create'
 */
export type PlanEntry = CreateRow | UpdateRow | DeleteRow

/**
 * The plan: entries in a deterministic order (creates, updates, deletes; each by table
 * then identity) and their counts.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Plan } from 'ovn-nb'
 * const isEmpty = (p: Plan): boolean => p.entries.length === 0
 */
export interface Plan {
  readonly database: string
  readonly owner: string
  readonly ownerKey: string
  readonly entries: ReadonlyArray<PlanEntry>
  readonly summary: { readonly create: number; readonly update: number; readonly delete: number }
}

/**
 * Why no plan could be made: the desired state is invalid (every problem, with its
 * path), or it claims rows that exist and belong to someone else.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PlanError } from 'ovn-nb'
 * const e: PlanError = { _tag: 'InvalidDesired', problems: [{ path: 'rows[0].table', message: 'no table "Logical_Swich"' }] }
 */
export type PlanError =
  | { readonly _tag: 'InvalidDesired'; readonly problems: ReadonlyArray<{ readonly path: string; readonly message: string }> }
  | {
      readonly _tag: 'Conflict'
      readonly conflicts: ReadonlyArray<{
        readonly table: string
        readonly id: string
        readonly uuid: string
        readonly owner: string | undefined
        readonly message: string
      }>
    }

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

const atomKey = (a: Atom | DesiredAtom): string => (typeof a === 'object' ? `${a[0]}:${a[1]}` : `${typeof a}:${String(a)}`)

/** A canonical text of a value: set elements and map pairs sorted. */
const valueKey = (v: Value): string => {
  if (Array.isArray(v) && v[0] === 'set') return `s[${(v[1] as ReadonlyArray<Atom>).map(atomKey).sort().join(',')}]`
  if (Array.isArray(v) && v[0] === 'map')
    return `m[${(v[1] as ReadonlyArray<readonly [Atom, Atom]>).map((p) => `${atomKey(p[0])}=${atomKey(p[1])}`).sort().join(',')}]`
  return atomKey(v as Atom)
}

const setElements = (v: Value): ReadonlyArray<Atom> =>
  Array.isArray(v) && v[0] === 'set' ? (v[1] as ReadonlyArray<Atom>) : [v as Atom]

const mapPairs = (v: Value): ReadonlyArray<readonly [Atom, Atom]> =>
  Array.isArray(v) && v[0] === 'map' ? (v[1] as ReadonlyArray<readonly [Atom, Atom]>) : []

const mapGet = (v: Value | undefined, key: string): Atom | undefined =>
  v === undefined ? undefined : mapPairs(v).find((p) => p[0] === key)?.[1]

const canonical = (ct: ColumnType, v: Value): Value => {
  const kind = columnKind(ct)
  if (kind === 'atom' || kind === 'map') return v
  return Array.isArray(v) && v[0] === 'set' ? v : ['set', [v as Atom]]
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000'

// -------------------------------------------------------------------------------------
// diff
// -------------------------------------------------------------------------------------

interface Parent {
  readonly table: string
  readonly uuid: string
  readonly column: string
}

interface Ctx {
  readonly schema: DatabaseSchema
  readonly current: CurrentState
  readonly rules: IdentityRules
  readonly owner: string
  readonly ownerKey: string
  readonly idKey: string
}

/** Non-root tables and, for each, the strong reference columns that hold its rows. */
const childColumns = (schema: DatabaseSchema): Map<string, Array<{ table: string; column: string }>> => {
  const out = new Map<string, Array<{ table: string; column: string }>>()
  for (const t of Object.values(schema.tables))
    for (const c of Object.values(t.columns)) {
      const rt = c.type.key.refTable
      if (rt === undefined || c.type.key.refType === 'weak') continue
      const target = getTable(schema, rt)
      if (target === undefined || target.isRoot) continue
      let l = out.get(rt)
      if (l === undefined) out.set(rt, (l = []))
      l.push({ table: t.name, column: c.name })
    }
  return out
}

const sanitize = (s: string): string => s.replace(/[^a-zA-Z0-9_]/g, '_').slice(0, 48)

/**
 * Compares a desired state with the database and returns the plan that makes one into
 * the other, or why it cannot. `diff(state, database already equal to it)` is empty.
 *
 * @category diff
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { diff, type DatabaseSchema } from 'ovn-nb'
 * declare const nb: DatabaseSchema
 * const plan = diff(nb, { rows: () => new Map() }, {
 *   owner: 'demo',
 *   rows: [{ table: 'Logical_Switch', id: 'Logical_Switch:sw0', columns: { name: 'sw0' } }],
 * })
 * // Right({ entries: [{ action: 'create', table: 'Logical_Switch', ... }], summary: { create: 1, update: 0, delete: 0 }, ... })
 */
export const diff = (
  schema: DatabaseSchema,
  current: CurrentState,
  desired: DesiredState,
  options: PlanOptions = {},
): E.Either<PlanError, Plan> => {
  const ctx: Ctx = {
    schema,
    current,
    rules: options.rules ?? {},
    owner: desired.owner,
    ownerKey: options.ownerKey ?? 'ovn-nb/owner',
    idKey: options.idKey ?? 'ovn-nb/id',
  }
  const problems: Array<{ path: string; message: string }> = []
  if (desired.owner === '') problems.push({ path: 'owner', message: 'the owner must not be empty' })

  // ---- the desired rows: checks, parents -------------------------------------------
  const byId = new Map<string, { readonly row: DesiredRow; readonly index: number; readonly table: TableSchema }>()
  desired.rows.forEach((row, index) => {
    const t = getTable(schema, row.table)
    if (t === undefined) problems.push({ path: `rows[${index}].table`, message: `no table "${row.table}" in ${schema.name}` })
    else if (byId.has(row.id)) problems.push({ path: `rows[${index}].id`, message: `duplicate id "${row.id}"` })
    else byId.set(row.id, { row, index, table: t })
  })
  const desiredParent = new Map<string, { id: string; column: string }>()
  for (const [id, { row, index, table }] of byId) {
    for (const [name, v] of Object.entries(row.columns)) {
      const path = `rows[${index}].columns.${name}`
      const c = table.columns[name]
      if (c === undefined || !Object.prototype.hasOwnProperty.call(table.columns, name)) {
        problems.push({ path, message: `no column "${name}" in table ${row.table}` })
        continue
      }
      for (const a of atomsIn(v)) {
        if (!isRefTo(a)) continue
        const target = byId.get(a[1])
        const refTable = refTableOf(c, a, v)
        if (target === undefined) problems.push({ path, message: `reference to "${a[1]}", which is not in the desired state` })
        else if (refTable === undefined || target.row.table !== refTable)
          problems.push({ path, message: `"${a[1]}" is a ${target.row.table} row; ${row.table}.${name} refers to ${refTable ?? 'no table'}` })
        else if (!target.table.isRoot && c.type.key.refType !== 'weak') {
          const prev = desiredParent.get(a[1])
          if (prev !== undefined && (prev.id !== id || prev.column !== name))
            problems.push({ path, message: `"${a[1]}" is held by both "${prev.id}" and "${id}"` })
          desiredParent.set(a[1], { id, column: name })
        }
      }
      const e = checkValue(c.type, placeholderRefs(v))
      if (e !== undefined) problems.push({ path, message: e })
    }
  }
  for (const [id, { row, index, table }] of byId)
    if (!table.isRoot && !desiredParent.has(id))
      problems.push({ path: `rows[${index}]`, message: `"${id}" (${row.table}) is held by no desired row: the server would delete it` })
  if (problems.length > 0) return E.left({ _tag: 'InvalidDesired', problems })

  // ---- the existing rows: parents, identities ---------------------------------------
  const holders = childColumns(schema)
  const existingParent = new Map<string, Parent>() // child uuid -> parent
  for (const [child, cols] of holders) {
    void child
    for (const { table, column } of cols)
      for (const [uuid, r] of current.rows(table)) {
        const v = r[column]
        if (v === undefined) continue
        for (const a of setElements(v)) if (Array.isArray(a) && a[0] === 'uuid') existingParent.set(a[1], { table, uuid, column })
      }
  }
  const ownerOf = (r: Row): string | undefined => {
    const o = mapGet(r['external_ids'], ctx.ownerKey)
    return typeof o === 'string' ? o : undefined
  }
  const existingKeyMemo = new Map<string, string>()
  const existingKey = (table: string, uuid: string, r: Row): string => {
    const memo = existingKeyMemo.get(uuid)
    if (memo !== undefined) return memo
    const rule = identityRule(schema, ctx.rules, table)
    let key: string
    if ('key' in rule) {
      const id = mapGet(r['external_ids'], ctx.idKey)
      key = `${ownerOf(r) ?? ''}\u0001${typeof id === 'string' ? id : `uuid:${uuid}`}`
    } else {
      key = rule.columns.map((c) => valueKey(r[c] ?? ['set', []])).join('\u0001')
      if (rule.parent === true) {
        const p = existingParent.get(uuid)
        const pr = p === undefined ? undefined : current.rows(p.table).get(p.uuid)
        key = `${p === undefined || pr === undefined ? 'orphan' : `${p.table}.${p.column}:${existingKey(p.table, p.uuid, pr)}`}\u0002${key}`
      }
    }
    existingKeyMemo.set(uuid, key)
    return key
  }

  // desired identities (references resolved only as far as identity needs: parent keys)
  const desiredKeyMemo = new Map<string, string>()
  const desiredKey = (id: string): string => {
    const memo = desiredKeyMemo.get(id)
    if (memo !== undefined) return memo
    const { row, table } = byId.get(id)!
    const rule = identityRule(schema, ctx.rules, row.table)
    let key: string
    if ('key' in rule) key = `${ctx.owner}\u0001${id}`
    else {
      key = rule.columns
        .map((c) => {
          const v = row.columns[c]
          const cs = table.columns[c]
          return v === undefined || cs === undefined || atomsIn(v).some(isRefTo) ? valueKey(cs ? defaultOf(cs.type) : ['set', []]) : valueKey(canonical(cs.type, v as Value))
        })
        .join('\u0001')
      if (rule.parent === true) {
        const p = desiredParent.get(id)
        key = `${p === undefined ? 'orphan' : `${byId.get(p.id)!.row.table}.${p.column}:${desiredKey(p.id)}`}\u0002${key}`
      }
    }
    desiredKeyMemo.set(id, key)
    return key
  }

  // ---- matching -----------------------------------------------------------------------
  const adoptable = (o: string | undefined): boolean =>
    o === ctx.owner ||
    (options.adopt === true && o === undefined) ||
    (Array.isArray(options.adopt) && (o === undefined || options.adopt.includes(o)))
  const byTable = new Map<string, string[]>()
  for (const [id, { row }] of byId) {
    let l = byTable.get(row.table)
    if (l === undefined) byTable.set(row.table, (l = []))
    l.push(id)
  }
  const matched = new Map<string, string>() // desired id -> existing uuid
  const claimed = new Set<string>() // existing uuids matched
  const conflicts: Array<{ table: string; id: string; uuid: string; owner: string | undefined; message: string }> = []
  for (const [table, ids] of [...byTable].sort((a, b) => a[0].localeCompare(b[0]))) {
    const index = new Map<string, string[]>()
    for (const [uuid, r] of current.rows(table)) {
      const k = existingKey(table, uuid, r)
      let l = index.get(k)
      if (l === undefined) index.set(k, (l = []))
      l.push(uuid)
    }
    for (const id of ids.sort()) {
      const cands = (index.get(desiredKey(id)) ?? []).filter((u) => !claimed.has(u))
      if (cands.length === 0) continue
      const rows = current.rows(table)
      const hasOwner = getTable(schema, table)?.columns['external_ids'] !== undefined
      const mine = cands.find((u) => ownerOf(rows.get(u)!) === ctx.owner)
      const pick = mine ?? cands.sort()[0]!
      const owner = ownerOf(rows.get(pick)!)
      const { row } = byId.get(id)!
      if (mine === undefined && hasOwner && row.shared !== true && !adoptable(owner)) {
        conflicts.push({
          table,
          id,
          uuid: pick,
          owner,
          message:
            owner === undefined
              ? `${table} ${describeKey(desiredKey(id))} exists without an owner; adopt it (adopt: true) or mark it shared`
              : `${table} ${describeKey(desiredKey(id))} belongs to "${owner}"; mark it shared or adopt it from "${owner}"`,
        })
        continue
      }
      matched.set(id, pick)
      claimed.add(pick)
    }
  }
  if (conflicts.length > 0) return E.left({ _tag: 'Conflict', conflicts })

  // ---- named-uuids of new rows, in a deterministic order --------------------------------
  const toCreate = [...byId.keys()]
    .filter((id) => !matched.has(id))
    .sort((a, b) => {
      const ta = byId.get(a)!.row.table
      const tb = byId.get(b)!.row.table
      return ta === tb ? desiredKey(a).localeCompare(desiredKey(b)) || a.localeCompare(b) : ta.localeCompare(tb)
    })
  const uuidNames = new Map<string, string>()
  toCreate.forEach((id, i) => uuidNames.set(id, `new${i}_${sanitize(id)}`))
  const resolve = (a: DesiredAtom): Atom =>
    isRefTo(a) ? (matched.has(a[1]) ? ['uuid', matched.get(a[1])!] : ['named-uuid', uuidNames.get(a[1])!]) : a
  const resolveValue = (ct: ColumnType, v: DesiredValue): Value => {
    if (Array.isArray(v) && v[0] === 'set') return ['set', (v[1] as ReadonlyArray<DesiredAtom>).map(resolve)]
    if (Array.isArray(v) && v[0] === 'map')
      return ['map', (v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).map((p) => [resolve(p[0]), resolve(p[1])] as const)]
    return canonical(ct, resolve(v as DesiredAtom))
  }
  // rows the engine writes get the owner (and, for id identities, the id) in external_ids
  const withMarks = (id: string, row: DesiredRow, table: TableSchema, cols: Record<string, DesiredValue>): void => {
    if (row.shared === true || table.columns['external_ids'] === undefined) return
    const ext = cols['external_ids']
    const pairs = (ext !== undefined && Array.isArray(ext) && ext[0] === 'map' ? [...(ext[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>)] : []).filter(
      (p) => p[0] !== ctx.ownerKey && p[0] !== ctx.idKey,
    )
    pairs.push([ctx.ownerKey, ctx.owner])
    if ('key' in identityRule(schema, ctx.rules, row.table)) pairs.push([ctx.idKey, id])
    cols['external_ids'] = ['map', pairs]
  }

  const entries: PlanEntry[] = []
  // ---- creates --------------------------------------------------------------------------
  for (const id of toCreate) {
    const { row, table } = byId.get(id)!
    const cols: Record<string, DesiredValue> = { ...row.columns }
    withMarks(id, row, table, cols)
    const out: Record<string, PlanValue> = {}
    for (const [name, v] of Object.entries(cols)) out[name] = resolveValue(table.columns[name]!.type, v)
    const rule = identityRule(schema, ctx.rules, row.table)
    const indexed = table.indexes.some((ix) => 'columns' in rule && ix.length === rule.columns.length && ix.every((c) => rule.columns.includes(c)))
    const guard =
      table.isRoot && 'columns' in rule && rule.parent !== true && !indexed && rule.columns.length > 0
        ? rule.columns.map((c): Condition => [c, '==', out[c] ?? defaultOf(table.columns[c]!.type)])
        : undefined
    entries.push({
      action: 'create',
      table: row.table,
      id,
      identity: describeKey(desiredKey(id)),
      uuidName: uuidNames.get(id)!,
      row: out,
      ...(guard !== undefined ? { guard } : {}),
    })
  }

  // ---- what the state no longer holds ---------------------------------------------------
  const deleting = new Set<string>()
  const deletes: DeleteRow[] = []
  // parent uuid -> its table and, per column, the child uuids to remove from it
  const dropChild = new Map<string, { readonly table: string; readonly cols: Map<string, Set<string>> }>()
  if (options.gc !== false) {
    const tables = options.gcTables ?? Object.keys(schema.tables)
    // roots first, so that children of deleted roots are left to the server
    const order = [...tables].sort((a, b) => Number(getTable(schema, b)?.isRoot) - Number(getTable(schema, a)?.isRoot) || a.localeCompare(b))
    for (const table of order) {
      const ts = getTable(schema, table)
      if (ts === undefined || ts.columns['external_ids'] === undefined) continue
      for (const [uuid, r] of current.rows(table)) {
        if (claimed.has(uuid) || ownerOf(r) !== ctx.owner) continue
        const identity = describeKey(existingKey(table, uuid, r))
        if (ts.isRoot) {
          deleting.add(uuid)
          deletes.push({ action: 'delete', table, identity, uuid })
          continue
        }
        const p = existingParent.get(uuid)
        if (p === undefined || deleting.has(p.uuid) || hasDeletedAncestor(p, existingParent, deleting)) {
          deleting.add(uuid)
          continue
        }
        deleting.add(uuid)
        deletes.push({ action: 'delete', table, identity, uuid, via: p })
        let d = dropChild.get(p.uuid)
        if (d === undefined) dropChild.set(p.uuid, (d = { table: p.table, cols: new Map() }))
        let s = d.cols.get(p.column)
        if (s === undefined) d.cols.set(p.column, (s = new Set()))
        s.add(uuid)
      }
    }
  }

  // ---- updates --------------------------------------------------------------------------
  const isOwnedUuid = (uuid: string, table: string | undefined): boolean => {
    if (table === undefined) return false
    const r = current.rows(table).get(uuid)
    return r !== undefined && ownerOf(r) === ctx.owner
  }
  const updates = new Map<string, UpdateRow>()
  const matchedIds = [...matched.keys()].sort()
  for (const id of matchedIds) {
    const uuid = matched.get(id)!
    const { row, table } = byId.get(id)!
    const existing = current.rows(row.table).get(uuid)!
    const shared = row.shared === true
    const cols: Record<string, DesiredValue> = { ...row.columns }
    withMarks(id, row, table, cols)
    const changes: ColumnChange[] = []
    for (const name of Object.keys(cols).sort()) {
      const cs = table.columns[name]!
      const want = resolveValue(cs.type, cols[name]!)
      const have = existing[name] ?? defaultOf(cs.type)
      const kind = columnKind(cs.type)
      // a bounded set or map (min > 0 or a finite max) is written whole: ovsdb-server checks
      // the size after each mutation, so delete-then-insert could pass through an illegal size
      const bounded = (kind === 'set' || kind === 'map') && (cs.type.min > 0 || cs.type.max !== 'unlimited')
      if (kind === 'atom' || kind === 'optional' || bounded) {
        if (shared || valueKey(want) === valueKey(have)) continue
        if (!cs.mutable) continue // an immutable column cannot change; identity should cover it
        changes.push({ column: name, mode: 'set', old: have, new: want })
        continue
      }
      if (kind === 'set') {
        const haveKeys = new Map(setElements(have).map((a) => [atomKey(a), a]))
        const wantKeys = new Map(setElements(want).map((a) => [atomKey(a), a]))
        const ins = [...wantKeys].filter(([k]) => !haveKeys.has(k)).map(([, a]) => a)
        const refTable = cs.type.key.refTable
        const drop = dropChild.get(uuid)?.cols.get(name)
        const del = [...haveKeys]
          .filter(([k, a]) => {
            if (wantKeys.has(k)) return false
            if (refTable !== undefined) return Array.isArray(a) && (isOwnedUuid(a[1] as string, refTable) || drop?.has(a[1] as string) === true)
            return !shared
          })
          .map(([, a]) => a)
        dropChild.get(uuid)?.cols.delete(name)
        if (ins.length > 0 || del.length > 0) changes.push({ column: name, mode: 'mutate', old: have, insert: ins, delete: del })
        continue
      }
      // map: key by key
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
      if (!shared) for (const [k, p] of haveMap) if (!wantMap.has(k)) del.push(p[0])
      if (ins.length > 0 || del.length > 0) changes.push({ column: name, mode: 'mutate', old: have, insert: ins, delete: del })
    }
    if (changes.length > 0) updates.set(uuid, { action: 'update', table: row.table, id, identity: describeKey(desiredKey(id)), uuid, changes })
  }
  // children to drop from parents the desired state does not describe (or not that column)
  for (const [parentUuid, { table: ptable, cols }] of dropChild) {
    for (const [column, uuids] of cols) {
      if (uuids.size === 0) continue
      const pr = current.rows(ptable).get(parentUuid)
      if (pr === undefined) continue
      const change: ColumnChange = { column, mode: 'mutate', old: pr[column] ?? ['set', []], insert: [], delete: [...uuids].sort().map((u) => ['uuid', u] as const) }
      const prev = updates.get(parentUuid)
      if (prev !== undefined) updates.set(parentUuid, { ...prev, changes: [...prev.changes, change] })
      else updates.set(parentUuid, { action: 'update', table: ptable, identity: describeKey(existingKey(ptable, parentUuid, pr)), uuid: parentUuid, changes: [change] })
    }
  }
  const sortedUpdates = [...updates.values()].sort((a, b) => a.table.localeCompare(b.table) || a.identity.localeCompare(b.identity) || a.uuid.localeCompare(b.uuid))
  const sortedDeletes = deletes.sort((a, b) => a.table.localeCompare(b.table) || a.identity.localeCompare(b.identity) || a.uuid.localeCompare(b.uuid))
  entries.push(...sortedUpdates, ...sortedDeletes)
  return E.right({
    database: schema.name,
    owner: ctx.owner,
    ownerKey: ctx.ownerKey,
    entries,
    summary: { create: toCreate.length, update: sortedUpdates.length, delete: sortedDeletes.length },
  })
}

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const atomsIn = (v: DesiredValue): ReadonlyArray<DesiredAtom> => {
  if (Array.isArray(v) && v[0] === 'set') return v[1] as ReadonlyArray<DesiredAtom>
  if (Array.isArray(v) && v[0] === 'map') return (v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).flat()
  return [v as DesiredAtom]
}

const refTableOf = (c: ColumnSchema, a: DesiredAtom, v: DesiredValue): string | undefined => {
  if (Array.isArray(v) && v[0] === 'map') {
    const pairs = v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
    if (pairs.some((p) => p[0] === a)) return c.type.key.refTable
    return c.type.value?.refTable
  }
  return c.type.key.refTable
}

const PLACEHOLDER: Atom = ['uuid', ZERO_UUID]
const placeholderRefs = (v: DesiredValue): Value => {
  const fix = (a: DesiredAtom): Atom => (isRefTo(a) ? PLACEHOLDER : a)
  if (Array.isArray(v) && v[0] === 'set') {
    // distinct refs must stay distinct for the duplicate check
    const xs = v[1] as ReadonlyArray<DesiredAtom>
    return ['set', xs.map((a, i) => (isRefTo(a) ? (['uuid', `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`] as const) : a))]
  }
  if (Array.isArray(v) && v[0] === 'map')
    return ['map', (v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).map((p) => [fix(p[0]), fix(p[1])] as const)]
  return fix(v as DesiredAtom)
}

const defaultOf = (ct: ColumnType): Value => {
  const kind = columnKind(ct)
  if (kind === 'map') return ['map', []]
  if (kind !== 'atom') return ['set', []]
  switch (ct.key.type) {
    case 'integer':
    case 'real':
      return 0
    case 'boolean':
      return false
    case 'string':
      return ''
    case 'uuid':
      return ['uuid', ZERO_UUID]
  }
}

const hasDeletedAncestor = (p: Parent, parents: ReadonlyMap<string, Parent>, deleting: ReadonlySet<string>): boolean => {
  let cur: Parent | undefined = p
  for (let i = 0; cur !== undefined && i < 16; i++) {
    if (deleting.has(cur.uuid)) return true
    cur = parents.get(cur.uuid)
  }
  return false
}

/** Identity keys are internal strings; this makes them readable: `sw0 / to-lport 1000 "ip4"`. */
const describeKey = (k: string): string =>
  k
    .split('\u0002')
    .map((part) => {
      const at = part.indexOf(':')
      // a parent part is "Table.column:key"; keep only the key
      const body = /^[A-Z][A-Za-z_]*\.[a-z_]+:/.test(part) ? part.slice(at + 1) : part
      return body
        .split('\u0001')
        .map((s) => (s === 's[]' ? '-' : s.replace(/^(string|number|boolean|uuid):/, '')))
        .join(' ')
    })
    .join(' / ')

/**
 * The rule a plan used for a table (re-exported for renderers and tests).
 *
 * @category diff
 * @since 0.1.0
 * @example
 * import { ruleFor, type DatabaseSchema } from 'ovn-nb'
 * declare const nb: DatabaseSchema
 * ruleFor(nb, {}, 'Logical_Switch') // { columns: ['name'] }
 */
export const ruleFor = (schema: DatabaseSchema, rules: IdentityRules, table: string): IdentityRule => identityRule(schema, rules, table)

/**
 * Whether a plan changes nothing.
 *
 * @category diff
 * @since 0.1.0
 * @example
 * import { isEmptyPlan, type Plan } from 'ovn-nb'
 * declare const plan: Plan
 * if (isEmptyPlan(plan)) console.log('nothing to do')
 */
export const isEmptyPlan = (p: Plan): boolean => p.entries.length === 0
