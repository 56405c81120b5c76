/**
 * The diff's machinery, internal to the library: {@link diffState} makes a plan and
 * keeps what it learned on the way (which desired row matched which existing row, the
 * identity keys, how to recompute one row's update), so that the incremental
 * {@link Planner} can patch a plan instead of making it again. Not exported from the
 * package.
 *
 * The diff is a pipeline of phases, each its own module, in this order:
 *
 * 1. validate the desired rows on their own (`validate.ts`);
 * 2. index the existing rows and the identities of both sides (`keys.ts`);
 * 3. match desired rows with existing ones (`match.ts`);
 * 4. name the rows to create and resolve references (here);
 * 5. the creates, with the owner's marks (here; marks in `managed.ts`);
 * 6. sweep what the state no longer holds, protecting others' rows (`sweep.ts`);
 * 7. the updates of matched rows, and children dropped from parents (`updates.ts`);
 * 8. the labels of the plan (`labels.ts`).
 *
 * @module
 * @internal
 */
import * as E from '../deps/Either.js'
import { issueOf } from '../issue.js'
import { columnKind, type ColumnType, type DatabaseSchema, type TableSchema } from '../ovsdb/schema.js'
import { canonicalValue, defaultValue } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { Condition } from '../ovsdb/wire/operation.js'
import { isRefTo, type DesiredAtom, type DesiredRow, type DesiredState, type DesiredValue } from '../ovsdb/desired.js'
import type { IdentityRule, IdentityRules } from '../ovsdb/identity.js'
import { summaryOf, type CreateRow, type CurrentState, type DeleteRow, type Plan, type PlanEntry, type PlanError, type PlanOptions, type PlanValue, type RetainedRow, type UpdateRow } from './plan.js'
import { checkRow, validateDesired, type Slot } from './validate.js'
import { Keys } from './keys.js'
import { match } from './match.js'
import { adjacentDuplicates, textProblem } from './duplicates.js'
import { Marks } from './managed.js'
import { sweep, type SweepInput } from './sweep.js'
import { Updates } from './updates.js'
import { labels as labelsIn } from './labels.js'
import { createdName, describeKey } from './names.js'
import { atomsHaveRef, cmp, pairsHaveRef } from './values.js'

// -------------------------------------------------------------------------------------
// diff
// -------------------------------------------------------------------------------------

interface Ctx {
  readonly rules: IdentityRules
  readonly owner: string
  readonly ownerKey: string
  readonly idKey: string
  readonly managedKey: string
}

/** What a diff knows when it is done, for patching its plan (see {@link Planner}). @internal */
export interface DiffState {
  readonly plan: Plan
  /** The desired rows by id (the planner swaps in a row that changed in place). */
  readonly byId: ReadonlyMap<string, Slot>
  /** Desired id -> the UUID of the existing row it matched. */
  readonly matched: ReadonlyMap<string, string>
  /** The UUIDs matched. */
  readonly claimed: ReadonlySet<string>
  /** The updates by UUID, before sorting. */
  readonly updates: ReadonlyMap<string, UpdateRow>
  /** One matched row's update, made again from the rows as they are now. */
  readonly updateOf: (id: string, uuid: string) => UpdateRow | undefined
  /** The owner an existing row carries. */
  readonly ownerOf: (r: Row) => string | undefined
  /** An existing row's identity, without its parent's part. */
  readonly ownKey: (table: string, r: Row) => string
  /**
   * Records rows created by a committed plan as matched (desired id -> UUID), with their
   * parents, as the full diff would find them.
   */
  readonly adopt: (created: Iterable<readonly [string, string]>) => void
  /** Forgets desired rows removed from the state: their rows are no longer claimed. */
  readonly release: (ids: Iterable<string>) => void
  /**
   * Garbage collection again, of these rows only (as the full diff would treat them):
   * the deletes and retained rows, and the parents that children are dropped from
   * (compare them again, then call `dropsLeft`).
   */
  readonly sweepAgain: (
    uuids: ReadonlySet<string>,
    tables: ReadonlySet<string>,
  ) => { readonly deletes: ReadonlyArray<DeleteRow>; readonly retained: ReadonlyArray<RetainedRow>; readonly dropping: ReadonlyArray<string> }
  /** What the UUIDs in these entries' values stand for (see {@link Plan.labels}). */
  readonly labelsOf: (entries: ReadonlyArray<PlanEntry>) => Readonly<Record<string, string>> | undefined
  /** Children still to drop from parents no update took them from: into the updates. */
  readonly dropsLeft: () => void
  /** The rows the last sweep deletes (children of deleted rows included), with their tables. */
  readonly deleting: () => ReadonlyMap<string, string>
  /** Records the row as the parent of the children it holds now (a transaction of ours moved some). */
  readonly reparent: (uuid: string, table: string) => void
  /** Registers a new desired row (the planner adds rows in place). */
  readonly addSlot: (row: DesiredRow, index: number, table: TableSchema) => Slot
  /** A desired row's identity key (its parent's first). */
  readonly keyOf: (slot: Slot) => string
  /** The identity keys of a table's existing rows, as they are now (a new set each call). */
  readonly existingKeys: (table: string) => Set<string>
  /** The identity key of one existing row, as it is now (undefined: no such row). */
  readonly existingKeyOf: (table: string, uuid: string) => string | undefined
  /** The create entry of a desired row, its named-uuid set. */
  readonly createEntry: (slot: Slot) => CreateRow
  /** The problems of one desired row's values (references aside), as the diff reports them. */
  readonly checkRow: (row: DesiredRow, index: number, table: TableSchema) => ReadonlyArray<{ readonly path: string; readonly message: string }>
}

/** The diff, keeping its state. @internal */
export const diffState = (
  schema: DatabaseSchema,
  current: CurrentState,
  desired: DesiredState,
  options: PlanOptions = {},
): E.Either<PlanError, DiffState> => {
  const ctx: Ctx = {
    rules: options.rules ?? {},
    owner: desired.owner,
    ownerKey: options.ownerKey ?? 'ovn-nb/owner',
    idKey: options.idKey ?? 'ovn-nb/id',
    managedKey: options.managedKey ?? 'ovn-nb/managed',
  }
  const valid = validateDesired(schema, current, desired)
  if (E.isLeft(valid)) return valid
  const byId = valid.right

  // ---- identities of both sides ------------------------------------------------------
  const keys = new Keys(schema, current, ctx.rules, ctx.owner, ctx.ownerKey, ctx.idKey)
  const ownerOf = keys.ownerOf
  const ruleOf = (table: string): IdentityRule => keys.ruleOf(table)
  const existingKey = (table: string, uuid: string, r: Row): string => keys.existing(table, uuid, r)
  const desiredKeyOf = (slot: Slot): string => keys.desired(slot)
  const described = new Map<string, string>()
  const describe = (k: string): string => describeKey(k, described)
  // an existing row's identity, for people
  const existingIdentity = (table: string, uuid: string, r: Row): string => describe(existingKey(table, uuid, r))

  // ---- matching -----------------------------------------------------------------------
  const m = match({ schema, current, byId, keys, owner: ctx.owner, adopt: options.adopt, describe })
  if (E.isLeft(m)) return m
  const matches = m.right
  const maps = matches.maps
  const same = [...m.right.same] // desired rows of one identity (see duplicates.ts)

  // ---- named-uuids of new rows, in a deterministic order --------------------------------
  // the rows to create, sorted by table, then identity key, then id; each slot carries
  // what the plan needs of it, so that nothing is looked up by id once they are sorted
  // (a sorted walk through a large map misses the cache)
  const toCreate: Slot[] = []
  // every row matched (a no-op): no lookup of each
  if (matches.slots.length < byId.size)
    for (const slot of byId.values())
      if (slot.uuid === undefined) {
        desiredKeyOf(slot)
        toCreate.push(slot)
      }
  toCreate.sort((a, b) => (a.row.table === b.row.table ? cmp(a.key!, b.key!) || cmp(a.row.id, b.row.id) : cmp(a.row.table, b.row.table)))
  same.push(...adjacentDuplicates(toCreate, describe))
  if (same.length > 0) return E.left({ _tag: 'InvalidDesired', problems: same.map(textProblem), issues: same.map((x) => issueOf(x.path, x.message, x.code)) })
  // what a reference becomes: the UUID of the row it matched, or the named-uuid of the row
  // created; one atom per referenced row, shared by every value that refers to it
  for (let i = 0; i < toCreate.length; i++) {
    const p = toCreate[i]!
    p.name = createdName(i, p.row.id)
    p.atom = ['named-uuid', p.name]
  }
  const atomOf = (slot: Slot): Atom => (slot.atom ??= ['uuid', slot.uuid!])
  const resolve = (a: DesiredAtom): Atom => (isRefTo(a) ? atomOf(byId.get(a[1])!) : a)
  // values without references are used as they are (they are immutable)
  const resolveValue = (ct: ColumnType, v: DesiredValue): Value => {
    if (Array.isArray(v) && v[0] === 'set') {
      const xs = v[1] as ReadonlyArray<DesiredAtom>
      return atomsHaveRef(xs) ? ['set', xs.map(resolve)] : (v as Value)
    }
    if (Array.isArray(v) && v[0] === 'map') {
      const ps = v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
      return pairsHaveRef(ps) ? ['map', ps.map((p) => [resolve(p[0]), resolve(p[1])] as const)] : (v as Value)
    }
    if (!isRefTo(v)) return canonicalValue(ct, v as Value)
    // one reference in an optional or set column: the set of it, shared by every row
    // that refers to that row alone (values are immutable)
    const slot = byId.get(v[1])!
    const atom = atomOf(slot)
    const kind = columnKind(ct)
    if (kind === 'atom' || kind === 'map') return atom
    const one = slot.one as readonly ['set', ReadonlyArray<Atom>] | undefined
    return one !== undefined && one[1][0] === atom ? one : (slot.one = ['set', [atom]])
  }
  // rows the engine writes get the owner (and, for id identities, the id, and the record
  // of the map keys it set) in external_ids
  const marks = new Marks(ctx.owner, ctx.ownerKey, ctx.idKey, ctx.managedKey, ownerOf)
  const markedIds = (id: string, table: string, ext: DesiredValue | undefined, managed: string): DesiredValue => marks.marked(id, 'key' in ruleOf(table), ext, managed)
  const entries: PlanEntry[] = []
  // ---- creates --------------------------------------------------------------------------
  // what a table's creates share: whether they carry marks, and the guard's columns
  const createInfo = new Map<string, { readonly marked: boolean; readonly guard: ReadonlyArray<string> | undefined; readonly byId: boolean; readonly viaParent: boolean }>()
  const createInfoOf = (name: string, table: TableSchema) => {
    let info = createInfo.get(name)
    if (info === undefined) {
      const rule = ruleOf(name)
      const indexed = table.indexes.some((ix) => 'columns' in rule && ix.length === rule.columns.length && ix.every((c) => rule.columns.includes(c)))
      const guarded = table.isRoot && 'columns' in rule && rule.parent !== true && !indexed && rule.columns.length > 0
      const marked = table.columns['external_ids'] !== undefined
      // rows no index can refuse a second copy of: guarded below
      const byId = table.isRoot && 'key' in rule && marked
      createInfo.set(name, (info = { marked, guard: guarded ? (rule as { columns: ReadonlyArray<string> }).columns : undefined, byId, viaParent: !table.isRoot && !indexed }))
    }
    return info
  }
  const createEntry = (slot: Slot): CreateRow => {
    const { row, table, key, name: uuidName } = slot
    const id = row.id
    const info = createInfoOf(row.table, table)
    const marked = info.marked && row.shared !== true
    const managed = marked ? marks.recordOf(row, table) : ''
    const out: Record<string, PlanValue> = {}
    const columns = row.columns
    for (const name in columns)
      out[name] = resolveValue(table.columns[name]!.type, marked && name === 'external_ids' ? markedIds(id, row.table, columns[name], managed) : columns[name]!)
    if (marked && out['external_ids'] === undefined) out['external_ids'] = resolveValue(table.columns['external_ids']!.type, markedIds(id, row.table, undefined, managed))
    const entry: { -readonly [K in keyof CreateRow]: CreateRow[K] } = { action: 'create', table: row.table, id, identity: describe(key!), uuidName, row: out }
    if (info.guard !== undefined) entry.guard = info.guard.map((c): Condition => [c, '==', out[c] ?? defaultValue(table.columns[c]!.type)])
    // a row identified by the id in its marks: a wait that no row of ours carries it yet
    else if (info.byId && marked) entry.guard = [['external_ids', 'includes', ['map', [[ctx.ownerKey, ctx.owner], [ctx.idKey, id]]]]]
    // a row held by its parent: compile guards the parent's column (see CreateRow.guardParent)
    else if (info.viaParent) entry.guardParent = true
    return entry
  }
  for (const slot of toCreate) entries.push(createEntry(slot))

  // ---- what the state no longer holds: deleted, or retained ----------------------------
  const sweepInput: SweepInput = {
    schema,
    current,
    owner: ctx.owner,
    gc: options.gc !== false,
    ...(options.gcTables !== undefined ? { gcTables: options.gcTables } : {}),
    cascade: options.cascade === true,
    // the set of every UUID matched is made only if the sweep asks for it (a table some of
    // whose rows are matched, or a row kept whose children are looked at)
    claimed: { has: (uuid: string) => maps.claimed.has(uuid) },
    claimedIn: matches.claimedIn,
    parents: keys.parents,
    ownerOf,
    identity: existingIdentity,
  }
  let swept = sweep(sweepInput)
  const dropChild = swept.drops

  // ---- updates --------------------------------------------------------------------------
  const updates = new Map<string, UpdateRow>()
  const updater = new Updates({
    current,
    byId,
    uuidOf: (id: string): string | undefined => byId.get(id)?.uuid,
    ownerOf,
    owner: ctx.owner,
    marks,
    withId: (table: string) => 'key' in ruleOf(table),
    resolveValue,
    drops: dropChild,
    updates,
    identityOf: (slot: Slot) => describe(desiredKeyOf(slot)),
    existingIdentity,
  })
  const updateOf = (id: string, uuid: string): UpdateRow | undefined => updater.updateOf(id, uuid)
  const dropsLeft = (): void => updater.dropsLeft()
  // in the order of the matches, each with its rows (no lookup by id or UUID)
  for (let i = 0; i < matches.slots.length; i++) {
    const slot = matches.slots[i]!
    const u = updater.compare(slot, slot.uuid!, matches.rows[i]!)
    if (u !== undefined) updates.set(slot.uuid!, u)
  }
  dropsLeft()
  const labelsOf = (list: ReadonlyArray<PlanEntry>): Readonly<Record<string, string>> | undefined =>
    labelsIn(schema, current, list, existingIdentity)
  const sortedUpdates = [...updates.values()].sort((a, b) => cmp(a.table, b.table) || cmp(a.identity, b.identity) || cmp(a.uuid, b.uuid))
  const { retained } = swept
  const sortedDeletes = [...swept.deletes].sort((a, b) => cmp(a.table, b.table) || cmp(a.identity, b.identity) || cmp(a.uuid, b.uuid))
  entries.push(...sortedUpdates, ...sortedDeletes)
  const labels = labelsOf(entries)
  return E.right({
    plan: {
      database: schema.name,
      owner: ctx.owner,
      ownerKey: ctx.ownerKey,
      entries,
      summary: summaryOf(entries),
      ...(retained.length > 0 ? { retained } : {}),
      ...(labels !== undefined ? { labels } : {}),
    },
    labelsOf,
    byId,
    get matched() {
      return maps.matched
    },
    get claimed() {
      return maps.claimed
    },
    updates,
    updateOf,
    ownerOf,
    ownKey: (table: string, r: Row) => keys.own(table, r),
    checkRow: (row: DesiredRow, index: number, table: TableSchema) => checkRow(schema, current, row, index, table),
    adopt: (created: Iterable<readonly [string, string]>) => {
      const slots: Slot[] = []
      for (const [id, uuid] of created) {
        const slot = byId.get(id)
        if (slot === undefined) continue
        maps.matched.set(id, uuid)
        maps.claimed.add(uuid)
        slot.uuid = uuid
        slot.atom = ['uuid', uuid]
        slots.push(slot)
      }
      // then their parents (created in the same transaction, some of them), for the
      // identities of rows under them
      for (const slot of slots) {
        const p = slot.parent
        const pu = p === undefined ? undefined : maps.matched.get(p.row.id)
        if (p !== undefined && pu !== undefined) keys.parents.set(maps.matched.get(slot.row.id)!, slot.row.table, { table: p.row.table, uuid: pu, column: slot.parentColumn })
      }
    },
    addSlot: (row: DesiredRow, index: number, table: TableSchema): Slot => {
      const slot: Slot = { row, index, table, parent: undefined, parentColumn: '', key: undefined, name: '', atom: undefined, one: undefined, managed: '', managedFor: undefined, uuid: undefined }
      byId.set(row.id, slot)
      return slot
    },
    keyOf: desiredKeyOf,
    existingKeyOf: (table: string, uuid: string): string | undefined => {
      const r = current.rows(table).get(uuid)
      return r === undefined ? undefined : existingKey(table, uuid, r)
    },
    existingKeys: (table: string): Set<string> => {
      const keys = new Set<string>()
      for (const [uuid, r] of current.rows(table)) keys.add(existingKey(table, uuid, r))
      return keys
    },
    createEntry,
    release: (ids: Iterable<string>) => {
      for (const id of ids) {
        const u = maps.matched.get(id)
        if (u !== undefined) maps.claimed.delete(u)
        maps.matched.delete(id)
        byId.delete(id)
      }
    },
    sweepAgain: (uuids: ReadonlySet<string>, tables: ReadonlySet<string>) => {
      // a new sweep of these rows (the last plan holds the old lists); its drops replace
      // the old ones, which the updates took
      swept = sweep(sweepInput, { uuids, tables })
      dropChild.clear()
      for (const [k, v] of swept.drops) dropChild.set(k, v)
      return { deletes: swept.deletes, retained: swept.retained, dropping: [...dropChild.keys()] }
    },
    dropsLeft,
    deleting: () => swept.deleting,
    reparent: (uuid: string, table: string) => keys.reparent(uuid, table),
  })
}

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------
