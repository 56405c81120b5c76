/**
 * The incremental planner: {@link diff} kept beside a replica. A controller plans again
 * and again against a database that mostly holds what it wants already; making each
 * plan from scratch costs time in proportion to the whole state (seconds at 100k rows).
 * A {@link Planner} remembers its last plan and what it learned making it, listens to
 * the replica's changes, and makes the next plan from what changed since:
 *
 * - nothing that matters changed (desired rows that are the same objects, or equal ones
 *   of a state built again, and no change in the database that could touch the plan):
 *   the last plan, after one pass over the rows;
 * - rows changed in place (a desired row replaced by one with the same id and identity;
 *   a matched row changed by someone else, ovn-northd setting `up` or a person editing a
 *   column, without changing its identity, owner or references), rows added (checked as
 *   the diff checks them) and rows removed (their rows garbage-collected as the diff
 *   does it), and the changes of the planner's own committed transaction: only those
 *   rows are compared, created or deleted;
 * - anything else (identities, owners or references changed by others, a child moved, a
 *   desired state the diff would refuse): the full diff.
 *
 * The result is always the plan {@link diff} would make from the same inputs (property
 * tested against it). Immutable desired rows make "unchanged" a pointer comparison; a
 * state built again from scratch costs one structural comparison per row.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { DesiredRow, DesiredState, DesiredValue } from '../ovsdb/desired.js'
import { isRefTo } from '../ovsdb/desired.js'
import type { ReplicaChanges, RowChange } from '../ovsdb/replica.js'
import type { ColumnType, DatabaseSchema, TableSchema } from '../ovsdb/schema.js'
import { identityRule } from '../ovsdb/identity.js'
import type { Row } from '../ovsdb/wire/datum.js'
import { diffState, type DiffState } from './engine.js'
import { holdsChildren, type Slot } from './validate.js'
import { createdName } from './names.js'
import { cmp } from './values.js'
import { summaryOf, type CurrentState, type Plan, type PlanEntry, type PlanError, type PlanOptions, type UpdateRow } from './plan.js'

/**
 * Where a planner hears of the database's changes: a {@link ovn-nb/ovsdb!Replica} is one.
 *
 * @category planner
 * @since 0.1.0
 * @example
 * import type { ChangeFeed } from 'ovn-nb/plan'
 * const none: ChangeFeed = { onChange: () => () => undefined }
 */
export interface ChangeFeed {
  readonly onChange: (listener: (c: ReplicaChanges) => void) => () => void
}

/**
 * How a planner made its last plan: `full` (the whole diff), `patched` (only rows that
 * changed in place compared again) or `reused` (nothing that matters changed).
 *
 * @category planner
 * @since 0.1.0
 * @example
 * import type { PlanPath } from 'ovn-nb'
 * const cheap = (p: PlanPath): boolean => p !== 'full'
 */
export type PlanPath = 'full' | 'patched' | 'reused'

/**
 * Why a planner made its last plan in full ({@link Planner.lastFallback}): the first
 * plan, or what it found that the incremental path does not handle.
 *
 * - `no-last-plan`: the first plan, or after {@link Planner.reset} or a plan committed
 *   that was not the planner's last one; `no-feed`: the planner hears of no changes;
 *   `journal-overflow`: too many changes since the last plan;
 * - the desired side: `owner-changed`, `many-rows-changed`, `after-deletes` /
 *   `after-creates` (rows added, removed or replaced right after a plan that deleted or
 *   created rows), `desired-row-identity-changed`, `desired-references-changed`,
 *   `desired-invalid`, `desired-row-without-parent`, `desired-row-table-changed`,
 *   `duplicate-id`, `unknown-table`, `removed-row-unmatched`, `parent-removed`,
 *   `reference-to-removed-row`, `added-row-exists` (a row added to the desired state is
 *   in the database already);
 * - the database side: `our-row-changed-by-others`, `our-row-identity-changed-by-others`,
 *   `row-inserted-or-deleted-by-others`, `owner-changed-by-others`,
 *   `references-changed-by-others`, `identity-changed-by-others`, `child-moved`,
 *   `deleted-row-still-there`, `row-not-in-replica` (our transaction is not in the copy yet).
 *
 * @category planner
 * @since 0.1.0
 * @example
 * import type { FallbackReason } from 'ovn-nb/plan'
 * const expected = (r: FallbackReason): boolean => r === 'no-last-plan'
 */
export type FallbackReason =
  | 'no-last-plan'
  | 'no-feed'
  | 'journal-overflow'
  | 'owner-changed'
  | 'many-rows-changed'
  | 'after-deletes'
  | 'after-creates'
  | 'desired-row-identity-changed'
  | 'desired-references-changed'
  | 'desired-invalid'
  | 'desired-row-without-parent'
  | 'desired-row-table-changed'
  | 'duplicate-id'
  | 'unknown-table'
  | 'removed-row-unmatched'
  | 'parent-removed'
  | 'reference-to-removed-row'
  | 'added-row-exists'
  | 'added-row-may-be-adopted'
  | 'our-row-changed-by-others'
  | 'our-row-identity-changed-by-others'
  | 'row-inserted-or-deleted-by-others'
  | 'owner-changed-by-others'
  | 'references-changed-by-others'
  | 'identity-changed-by-others'
  | 'child-moved'
  | 'deleted-row-still-there'
  | 'row-not-in-replica'

// past this many changes unplanned, the journal is dropped and the next plan is full
const JOURNAL_LIMIT = 50_000

/**
 * Plans against one database copy (usually a {@link ovn-nb/ovsdb!Replica}), incrementally; see the
 * module description. Use one planner per owner and options.
 *
 * @category planner
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { Planner, type DesiredState, type Replica } from 'ovn-nb'
 * declare const replica: Replica
 * declare const desired: DesiredState
 * const planner = new Planner(replica.schema, replica, {}, replica)
 * const first = planner.plan(desired) // the full diff
 * const again = planner.plan(desired) // nothing changed: the same plan, at once
 * if (E.isRight(again)) console.log(planner.lastPath, again.right.summary) // 'reused' ...
 * planner.close()
 */
export class Planner {
  private last:
    | { readonly state: DiffState; readonly rows: ReadonlyArray<DesiredRow>; readonly owner: string; readonly tables: ReadonlySet<string>; readonly plan: Plan }
    | undefined
  private journal: RowChange[] = []
  // rows a committed plan of ours created or changed: their changes are expected, and
  // they are compared again at the next plan; by UUID, with the desired id of each row the
  // desired state holds
  private expected: Map<string, string | undefined> | undefined
  // rows a committed plan of ours deleted (children of deleted rows included), by table
  private gone: Map<string, string> | undefined
  // rows a committed plan of ours changed, by table: the children they hold now are
  // theirs (some may have moved in from another row), whether or not the desired state
  // still holds them
  private changed: Map<string, string> | undefined
  private overflow = false
  private path: PlanPath | undefined
  private reason: FallbackReason | undefined
  private readonly stop: (() => void) | undefined
  private readonly uuidTables = new Map<string, ReadonlyArray<string>>()
  // the identity keys of a table's existing rows, made for rows added to the desired state
  // and kept while that table changes only by rows our own transactions created (their
  // keys added); anything else in it, and every full diff, drops them (others' rows in a
  // table the desired state has rows in make the next plan a full one anyway: this keeps
  // the keys right whatever the rules for that become)
  private readonly keySets = new Map<string, Set<string>>()
  private readonly holders = new Map<string, ReadonlyArray<string>>()

  /**
   * A planner of `current`. Without a `feed`, it cannot know what changed in `current`
   * and makes every plan in full.
   *
   * @since 0.1.0
   */
  constructor(
    /** The schema of the database. */
    readonly schema: DatabaseSchema,
    /** The rows as they are. */
    readonly current: CurrentState,
    /** The options of every plan. */
    readonly options: PlanOptions = {},
    feed?: ChangeFeed,
  ) {
    this.stop = feed?.onChange((c) => {
      if (this.last === undefined || this.overflow) return
      if (this.journal.length + c.changes.length > JOURNAL_LIMIT) {
        this.overflow = true
        this.journal = []
      } else for (const ch of c.changes) this.journal.push(ch)
    })
    if (feed === undefined) this.overflow = true
  }

  /**
   * How the last plan was made.
   *
   * @since 0.1.0
   */
  get lastPath(): PlanPath | undefined {
    return this.path
  }

  /**
   * Why the last plan was made in full (undefined when it was not).
   *
   * @since 0.1.0
   */
  get lastFallback(): FallbackReason | undefined {
    return this.path === 'full' ? this.reason : undefined
  }

  /** Records why the incremental path gives up; the full diff follows. */
  private no(reason: FallbackReason): undefined {
    this.reason = reason
    return undefined
  }

  /**
   * Forgets the last plan: the next one is made in full.
   *
   * @since 0.1.0
   */
  reset(): void {
    this.last = undefined
    this.keySets.clear()
    this.expected = undefined
    this.gone = undefined
    this.changed = undefined
    this.journal = []
    this.overflow = this.stop === undefined
  }

  /**
   * Stops listening to the feed; the planner then plans in full.
   *
   * @since 0.1.0
   */
  close(): void {
    this.stop?.()
    this.last = undefined
    this.keySets.clear()
    this.journal = []
    this.overflow = true
  }

  /**
   * Tells the planner that its last plan was committed, with the UUIDs of the rows it
   * created (by desired id), so that the next plan takes the changes of that transaction
   * as expected instead of starting over: the rows it created are matched, and the rows
   * it created or changed are compared again, and the rows it deleted must be gone.
   * {@link ovn-nb/apply!apply} calls it. A plan that is not the planner's last one makes the next plan
   * a full one.
   *
   * @since 0.1.0
   */
  committed(plan: Plan, created: ReadonlyMap<string, string>): void {
    const last = this.last
    if (last === undefined || plan !== last.plan) {
      this.reset()
      return
    }
    if (plan.entries.length === 0) return
    const { state } = last
    for (const e of plan.entries) if (e.action === 'create' && !created.has(e.id)) return this.reset()
    const made: Array<readonly [string, string]> = []
    for (const e of plan.entries) if (e.action === 'create') made.push([e.id, created.get(e.id)!])
    state.adopt(made)
    const expected = this.expected ?? new Map<string, string | undefined>()
    // the rows it created, and the rows it changed (the parents of new children among them)
    for (const [id, uuid] of made) expected.set(uuid, id)
    const changed = this.changed ?? new Map<string, string>()
    for (const e of plan.entries)
      if (e.action === 'update') {
        expected.set(e.uuid, e.id ?? expected.get(e.uuid))
        changed.set(e.uuid, e.table)
      }
    this.expected = expected
    this.changed = changed
    if (plan.summary.delete > 0) {
      const gone = this.gone ?? new Map<string, string>()
      for (const [uuid, table] of state.deleting()) gone.set(uuid, table)
      this.gone = gone
    }
    // what the plan would be once the database shows the transaction: nothing to do
    const { labels, ...rest } = plan
    void labels
    this.last = { ...last, plan: { ...rest, entries: [], summary: { create: 0, update: 0, delete: 0 } } }
  }

  /**
   * The plan that makes the database hold `desired`: the same as {@link diff}'s.
   *
   * @since 0.1.0
   */
  plan(desired: DesiredState): E.Either<PlanError, Plan> {
    const expected: ReadonlyMap<string, string | undefined> = this.expected ?? new Map()
    const gone: ReadonlyMap<string, string> = this.gone ?? new Map()
    const changed: ReadonlyMap<string, string> = this.changed ?? new Map()
    this.expected = undefined
    this.gone = undefined
    this.changed = undefined
    if (this.last !== undefined) for (const [uuid, table] of changed) this.last.state.reparent(uuid, table)
    const patched =
      this.last === undefined
        ? this.no('no-last-plan')
        : this.overflow
          ? this.no(this.stop === undefined ? 'no-feed' : 'journal-overflow')
          : this.patch(desired, this.last, expected, gone)
    this.journal = []
    if (patched !== undefined) return E.right(patched)
    this.path = 'full'
    this.overflow = this.stop === undefined
    this.keySets.clear()
    const r = diffState(this.schema, this.current, desired, this.options)
    if (E.isLeft(r)) {
      this.last = undefined
      return r
    }
    const tables = new Set<string>()
    for (const row of desired.rows) tables.add(row.table)
    this.last = { state: r.right, rows: desired.rows, owner: desired.owner, tables, plan: r.right.plan }
    return E.right(r.right.plan)
  }

  /** The plan made from the last one, or undefined when the full diff is needed. */
  private patch(
    desired: DesiredState,
    last: NonNullable<Planner['last']>,
    expected: ReadonlyMap<string, string | undefined>,
    gone: ReadonlyMap<string, string>,
  ): Plan | undefined {
    const { state } = last
    if (desired.owner !== last.owner) return this.no('owner-changed')
    const patchable = last.plan.summary.delete === 0
    // the desired side: rows replaced in place
    let touched = new Set<string>(expected.keys()) // matched UUIDs to compare again
    let swaps: Array<{ readonly row: DesiredRow; readonly index: number }> = []
    let fresh: Slot[] = [] // rows added, to create
    let removed: ReadonlyArray<{ readonly uuid: string; readonly table: string }> = [] // rows removed, to delete
    const rows = desired.rows
    const before = last.rows
    // past this many rows replaced, the full diff costs less than comparing them one by one
    const most = Math.max(64, rows.length >> 3)
    let aligned = rows.length === before.length
    for (let i = 0; aligned && i < rows.length; i++) {
      const b = rows[i]!
      const a = before[i]!
      // the same object (compared before anything is read from either row: a pass over
      // two arrays of pointers), or a new one with the same content (a state built again)
      if (a === b) continue
      if (a.id !== b.id) {
        aligned = false
        break
      }
      if (sameRow(a, b)) continue
      if (swaps.length >= most) return this.no('many-rows-changed')
      if (!patchable) return this.no('after-deletes')
      if (a.id !== b.id || a.table !== b.table || a.shared !== b.shared) return this.no('desired-row-identity-changed')
      const uuid = state.matched.get(b.id)
      const slot = state.byId.get(b.id)
      if (uuid === undefined || slot === undefined || !this.sameIdentity(a, b)) return this.no('desired-row-identity-changed')
      if (state.checkRow(b, i, slot.table).length > 0) return this.no('desired-invalid')
      const delta = refDelta(a, b, slot.table)
      if (delta.added.length > 0 || delta.dropped.length > 0) return this.no('desired-references-changed')
      swaps.push({ row: b, index: i })
      touched.add(uuid)
    }
    if (!aligned) {
      // rows added (or moved): matched by id instead of position
      if (!patchable) return this.no('after-deletes')
      if (last.plan.summary.create > 0) return this.no('after-creates')
      touched = new Set<string>(expected.keys())
      swaps = []
      const r = this.realign(desired, before, state, touched, swaps, most)
      if (r === undefined) return undefined
      fresh = r.added
      removed = r.removed
    }
    // the database side: what changed since the last plan
    if (this.keySets.size > 0)
      for (const ch of this.journal) {
        const keys = this.keySets.get(ch.table)
        if (keys === undefined) continue
        const key = ch.old === undefined && ch.new !== undefined && expected.has(ch.uuid) ? state.existingKeyOf(ch.table, ch.uuid) : undefined
        if (key === undefined) this.keySets.delete(ch.table)
        else keys.add(key)
      }
    for (const ch of this.journal) {
      const { old, new: next } = ch
      // rows our committed transaction deleted: checked below to be gone
      if (gone.has(ch.uuid)) continue
      if (expected.has(ch.uuid)) {
        // what our committed transaction did: rows it created and rows it changed (their
        // references too), still ours and with the same identity; compared again below
        if (next === undefined || state.ownerOf(next) !== (old === undefined ? desired.owner : state.ownerOf(old))) return this.no('our-row-changed-by-others')
        if (old !== undefined && state.ownKey(ch.table, old) !== state.ownKey(ch.table, next)) return this.no('our-row-identity-changed-by-others')
        continue
      }
      if (old === undefined || next === undefined) {
        // an insert or delete matters when the row is ours, claimed, holds references, or
        // sits in a table the desired state has rows of
        const r = (old ?? next)!
        if (state.claimed.has(ch.uuid) || state.ownerOf(r) === desired.owner || this.holdsRefs(ch.table, r) || last.tables.has(ch.table) || fresh.some((f) => f.row.table === ch.table))
          return this.no('row-inserted-or-deleted-by-others')
        continue
      }
      if (state.ownerOf(old) !== state.ownerOf(next)) return this.no('owner-changed-by-others')
      if (!this.sameRefsOf(ch.table, old, next)) return this.no('references-changed-by-others')
      if (state.ownKey(ch.table, old) !== state.ownKey(ch.table, next)) return this.no('identity-changed-by-others')
      if (state.claimed.has(ch.uuid)) {
        if (!patchable) return this.no('after-deletes')
        touched.add(ch.uuid)
      }
    }
    for (const [uuid, table] of gone) if (this.current.rows(table).get(uuid) !== undefined) return this.no('deleted-row-still-there')
    if (expected.size > 0 && !this.childrenInPlace(state, expected)) return this.no('child-moved')
    // rows added: none may be there already (the full diff would match it)
    if (fresh.length > 0) {
      for (const f of fresh) {
        let k = this.keySets.get(f.row.table)
        if (k === undefined) this.keySets.set(f.row.table, (k = state.existingKeys(f.row.table)))
        if (k.has(state.keyOf(f))) return this.no('added-row-exists')
        // with adopt on, a row without a natural key may take over a row by its content
        // (content.ts): the full diff's matching decides
        if (this.options.adopt !== undefined && this.options.adopt !== false && 'key' in identityRule(this.schema, this.options.rules ?? {}, f.row.table))
          return this.no('added-row-may-be-adopted')
      }
      // named as the full diff names them: by table, identity key and id
      fresh.sort((a, b) => (a.row.table === b.row.table ? cmp(a.key!, b.key!) || cmp(a.row.id, b.row.id) : cmp(a.row.table, b.row.table)))
      fresh.forEach((f, i) => {
        f.name = createdName(i, f.row.id)
        f.atom = ['named-uuid', f.name]
      })
    }
    if (touched.size === 0 && fresh.length === 0 && removed.length === 0) {
      this.path = 'reused'
      this.last = { ...last, rows }
      return last.plan
    }
    // compare the touched rows again, with the replaced desired rows in place
    for (const { row, index } of swaps) {
      const slot = state.byId.get(row.id)!
      slot.row = row
      slot.index = index
    }
    const updates = state.updates as Map<string, UpdateRow>
    // rows removed: garbage collection of them (and of the rows kept last time), as the
    // full diff does it; the parents their children leave are compared again
    let swept: ReturnType<DiffState['sweepAgain']> | undefined
    if (removed.length > 0) {
      const uuids = new Set<string>()
      const tables = new Set<string>()
      for (const r of [...removed, ...(last.plan.retained ?? [])]) {
        uuids.add(r.uuid)
        tables.add(r.table)
        updates.delete(r.uuid)
      }
      swept = state.sweepAgain(uuids, tables)
      // as the full diff, which compares every matched row with the children to drop in
      // hand (here the parents are rows changed in place already: the desired state must
      // drop its references to removed rows)
      for (const u of swept.dropping) if (state.claimed.has(u)) touched.add(u)
    }
    const byUuid = new Map<string, string>()
    for (const [id, uuid] of state.matched) if (touched.has(uuid)) byUuid.set(uuid, id)
    // every row to compare again is matched and there (a transaction of ours whose update
    // has not reached the copy yet: plan in full)
    for (const uuid of touched) {
      const id = byUuid.get(uuid)
      if (id === undefined || this.current.rows(state.byId.get(id)!.row.table).get(uuid) === undefined) return this.no('row-not-in-replica')
    }
    for (const uuid of touched) {
      const id = byUuid.get(uuid)!
      const u = state.updateOf(id, uuid)
      if (u === undefined) updates.delete(uuid)
      else updates.set(uuid, u)
    }
    // children to drop from rows no update took them from (as the full diff; in this path
    // their parents are desired rows that describe the column, so none are left)
    if (swept !== undefined) state.dropsLeft()
    const creates: PlanEntry[] = last.plan.entries.filter((e) => e.action === 'create')
    for (const f of fresh) creates.push(state.createEntry(f))
    const byKey = (a: { readonly table: string; readonly identity: string; readonly uuid: string }, b: typeof a) => cmp(a.table, b.table) || cmp(a.identity, b.identity) || cmp(a.uuid, b.uuid)
    const sorted = [...updates.values()].sort(byKey)
    const deletes = swept === undefined ? [] : [...swept.deletes].sort(byKey)
    const retained = swept === undefined ? (last.plan.retained ?? []) : swept.retained
    const entries = [...creates, ...sorted, ...deletes]
    const labels = state.labelsOf(entries)
    const plan: Plan = {
      database: last.plan.database,
      owner: last.plan.owner,
      ownerKey: last.plan.ownerKey,
      entries,
      summary: summaryOf(entries),
      ...(retained.length > 0 ? { retained } : {}),
      ...(labels !== undefined ? { labels } : {}),
    }
    if (fresh.length > 0 || removed.length > 0) {
      const tables = new Set(last.tables)
      for (const f of fresh) tables.add(f.row.table)
      this.path = 'patched'
      this.last = { ...last, rows, tables, plan }
      return plan
    }
    this.path = 'patched'
    this.last = { ...last, rows, plan }
    return plan
  }

  /**
   * Matches the desired rows with the last ones by id, when rows were added: rows
   * replaced in place are recorded (`swaps`, `touched`) as with positions; rows added are
   * checked as the diff checks them, registered, and returned. Rows removed, references
   * dropped, a new row with no parent or two, or anything the diff would report: the full
   * diff (undefined).
   */
  private realign(
    desired: DesiredState,
    before: ReadonlyArray<DesiredRow>,
    state: DiffState,
    touched: Set<string>,
    swaps: Array<{ readonly row: DesiredRow; readonly index: number }>,
    most: number,
  ): { readonly added: Slot[]; readonly removed: ReadonlyArray<{ readonly uuid: string; readonly table: string }> } | undefined {
    const rows = desired.rows
    let fresh: Fresh[] = []
    let changed: Changed[] = []
    let gone: string[] = []
    // the usual case first: one walk of both lists (see walk); else by the ids of all rows
    const walked = walk(this.schema, rows, before, state, most)
    if (walked !== undefined) {
      fresh = walked.fresh
      changed = walked.changed
      // in the order of the desired rows' ids, as below
      if (walked.gone.size > 0) for (const id of state.byId.keys()) if (walked.gone.has(id)) gone.push(id)
    } else {
      const seen = new Set<string>()
      for (let i = 0; i < rows.length; i++) {
        const b = rows[i]!
        if (seen.has(b.id)) return this.no('duplicate-id')
        seen.add(b.id)
        const slot = state.byId.get(b.id)
        if (slot === undefined) {
          const table = this.schema.tables[b.table]
          if (table === undefined) return this.no('unknown-table')
          fresh.push({ row: b, index: i, table })
        } else if (slot.row.table !== b.table) return this.no('desired-row-table-changed')
        else if (slot.row !== b && !sameRow(slot.row, b)) changed.push({ slot, row: b, index: i })
      }
      // rows removed: their rows are garbage-collected; nothing left may refer to them
      if (seen.size - fresh.length !== state.byId.size) for (const id of state.byId.keys()) if (!seen.has(id)) gone.push(id)
    }
    if (fresh.length + changed.length + gone.length > most) return this.no('many-rows-changed')
    const isGone = new Set(gone)
    const removed: Array<{ readonly uuid: string; readonly table: string }> = []
    if (gone.length > 0) {
      for (const id of gone) {
        const uuid = state.matched.get(id)
        if (uuid === undefined) return this.no('removed-row-unmatched')
        removed.push({ uuid, table: state.byId.get(id)!.row.table })
      }
      const isChanged = new Set(changed.map((c) => c.row.id))
      for (const slot of state.byId.values()) {
        if (isGone.has(slot.row.id)) continue
        // a row held by a removed one would be held by none
        if (slot.parent !== undefined && isGone.has(slot.parent.row.id)) return this.no('parent-removed')
        // the rows changed are checked below, with their new references
        if (!isChanged.has(slot.row.id)) for (const r of refsIn(slot.row, slot.table)) if (isGone.has(r.id)) return this.no('reference-to-removed-row')
      }
      state.release(gone)
      for (const r of removed) touched.delete(r.uuid)
    }
    const added = fresh.map((f) => state.addSlot(f.row, f.index, f.table))
    const isAdded = new Set(added)
    // a reference from `holder`'s column to `id`: to a row of the column's table; a row of
    // a non-root table held by one parent, a new row
    const link = (holder: Slot, ref: Ref): boolean => {
      const target = state.byId.get(ref.id)
      if (target === undefined || target.row.table !== ref.refTable) return false
      if (target.table.isRoot || ref.weak) return true
      if (!isAdded.has(target) || target.parent !== undefined) return false
      target.parent = holder
      target.parentColumn = ref.column
      return true
    }
    for (const { slot, row, index } of changed) {
      const uuid = state.matched.get(row.id)
      if (uuid === undefined || slot.row.shared !== row.shared || !this.sameIdentity(slot.row, row)) return this.no('desired-row-identity-changed')
      if (state.checkRow(row, index, slot.table).length > 0) return this.no('desired-invalid')
      // references added must be valid; dropped ones, to a removed row, or to a row that
      // stays and is not held through them (a weak reference, a root row)
      if (gone.length > 0) for (const r of refsIn(row, slot.table)) if (isGone.has(r.id)) return this.no('reference-to-removed-row')
      const delta = refDelta(slot.row, row, slot.table)
      for (const r of delta.added) if (!link(slot, r)) return this.no('desired-references-changed')
      for (const r of delta.dropped) {
        if (isGone.has(r.id)) continue
        const target = state.byId.get(r.id)
        if (target === undefined || !(r.weak || target.table.isRoot)) return this.no('desired-references-changed')
      }
      swaps.push({ row, index })
      touched.add(uuid)
    }
    for (const slot of added) {
      if (state.checkRow(slot.row, slot.index, slot.table).length > 0) return this.no('desired-invalid')
      for (const r of refsIn(slot.row, slot.table)) if (!link(slot, r)) return this.no('desired-references-changed')
    }
    for (const slot of added) if (!slot.table.isRoot && slot.parent === undefined) return this.no('desired-row-without-parent')
    return { added, removed }
  }

  /** Whether two versions of a desired row have the same identity (rule columns). */
  private sameIdentity(a: DesiredRow, b: DesiredRow): boolean {
    const rule = identityRule(this.schema, this.options.rules ?? {}, a.table)
    if ('key' in rule) return true
    for (const c of rule.columns) if (!sameJson(a.columns[c], b.columns[c])) return false
    return true
  }

  /**
   * Whether the rows our transaction made or changed hold, in each column that holds rows
   * of non-root tables, exactly the children the desired state gives them (and, besides,
   * only rows that are not ours): someone may have moved a child meanwhile, and a child
   * under another parent has another identity.
   */
  private childrenInPlace(state: DiffState, expected: ReadonlyMap<string, string | undefined>): boolean {
    // the desired rows our transaction touched that are still matched to the same rows
    const slots = new Map<Slot, string>()
    for (const [uuid, id] of expected) {
      const slot = id !== undefined && state.matched.get(id) === uuid ? state.byId.get(id) : undefined
      if (slot !== undefined) slots.set(slot, uuid)
    }
    // their children: the rows their references hold (looked up from the parents, not
    // by a walk over every desired row)
    const kids = new Map<Slot, Set<Slot>>()
    for (const slot of slots.keys()) {
      const l = new Set<Slot>()
      for (const r of refsIn(slot.row, slot.table)) {
        const k = state.byId.get(r.id)
        if (k !== undefined && k.parent === slot && k.parentColumn === r.column) l.add(k)
      }
      if (l.size > 0) kids.set(slot, l)
    }
    for (const [slot, uuid] of slots) {
      const cols = this.holderColumns(slot.row.table)
      if (cols.length === 0) continue
      state.reparent(uuid, slot.row.table)
      const row = this.current.rows(slot.row.table).get(uuid)
      if (row === undefined) return false
      for (const col of cols) {
        const have = new Set<string>()
        const v = row[col]
        if (Array.isArray(v) && v[0] === 'set') for (const a of v[1] as ReadonlyArray<unknown>) if (Array.isArray(a) && a[0] === 'uuid') have.add(a[1] as string)
        for (const k of kids.get(slot) ?? []) {
          if (k.parentColumn !== col) continue
          const u = state.matched.get(k.row.id)
          if (u === undefined || !have.delete(u)) return false
        }
        for (const u of have) if (state.claimed.has(u)) return false
      }
    }
    return true
  }

  /** The columns of a table that hold rows of non-root tables (strong references). */
  private holderColumns(table: string): ReadonlyArray<string> {
    let cols = this.holders.get(table)
    if (cols === undefined) {
      const ts = this.schema.tables[table]
      cols = ts === undefined ? [] : Object.values(ts.columns).filter((c) => holdsChildren(this.schema, c)).map((c) => c.name)
      this.holders.set(table, cols)
    }
    return cols
  }

  private refColumns(table: string): ReadonlyArray<string> {
    let cols = this.uuidTables.get(table)
    if (cols === undefined) {
      const ts = this.schema.tables[table]
      cols = ts === undefined ? [] : Object.values(ts.columns).filter((c) => c.type.key.type === 'uuid' || c.type.value?.type === 'uuid').map((c) => c.name)
      this.uuidTables.set(table, cols)
    }
    return cols
  }

  private holdsRefs(table: string, r: Row): boolean {
    for (const c of this.refColumns(table)) {
      const v = r[c]
      if (v !== undefined && !(Array.isArray(v) && (v[0] === 'set' || v[0] === 'map') && (v[1] as ReadonlyArray<unknown>).length === 0)) return true
    }
    return false
  }

  private sameRefsOf(table: string, a: Row, b: Row): boolean {
    for (const c of this.refColumns(table)) if (a[c] !== b[c] && JSON.stringify(a[c]) !== JSON.stringify(b[c])) return false
    return true
  }
}


/** Whether two desired rows are equal in content: id, table, shared, and every column. */
type Fresh = { readonly row: DesiredRow; readonly index: number; readonly table: TableSchema }
type Changed = { readonly slot: Slot; readonly row: DesiredRow; readonly index: number }

/**
 * The rows added, changed and removed between the last desired rows (`before`, one per
 * id of `state.byId`) and `rows`, found by walking both lists side by side: where they
 * differ, a row whose id is new was added, and one whose id comes later in `before`
 * follows rows that were removed (at most `most` looked at). Ids are looked up only
 * there, and rows compared only where they are not the same object. Undefined when the
 * walk cannot tell (rows moved, an id repeated, a row of no table): then every row is
 * looked up by id instead, which finds the same lists whenever the walk finds them.
 */
const walk = (
  schema: DatabaseSchema,
  rows: ReadonlyArray<DesiredRow>,
  before: ReadonlyArray<DesiredRow>,
  state: DiffState,
  most: number,
): { readonly fresh: Fresh[]; readonly changed: Changed[]; readonly gone: ReadonlySet<string> } | undefined => {
  const fresh: Fresh[] = []
  const changed: Changed[] = []
  const gone = new Set<string>()
  const freshIds = new Set<string>()
  const m = before.length
  let j = 0
  for (let i = 0; i < rows.length; i++) {
    const b = rows[i]!
    let a = j < m ? before[j] : undefined
    if (a === undefined || (a !== b && a.id !== b.id)) {
      if (!state.byId.has(b.id)) {
        // a row added
        const table = schema.tables[b.table]
        if (table === undefined || freshIds.has(b.id)) return undefined
        freshIds.add(b.id)
        fresh.push({ row: b, index: i, table })
        continue
      }
      // a row there before: the rows up to it were removed (or it moved: undefined)
      let k = j
      while (k < m && before[k]!.id !== b.id) {
        if (k - j >= most) return undefined
        k++
      }
      if (k === m) return undefined
      for (; j < k; j++) gone.add(before[j]!.id)
      a = before[j]!
    }
    if (gone.size > 0 && gone.has(b.id)) return undefined
    j++
    if (a === b) continue
    if (a.table !== b.table) return undefined
    if (!sameRow(a, b)) {
      const slot = state.byId.get(b.id)
      if (slot === undefined) return undefined
      changed.push({ slot, row: b, index: i })
    }
  }
  if (m - j > most) return undefined
  for (; j < m; j++) gone.add(before[j]!.id)
  return { fresh, changed, gone }
}

const sameRow = (a: DesiredRow, b: DesiredRow): boolean => {
  if (a.id !== b.id || a.table !== b.table || a.shared !== b.shared) return false
  const ca = a.columns
  const cb = b.columns
  let n = 0
  for (const k in ca) {
    n++
    const vb = cb[k]
    if (vb === undefined || !sameJson(ca[k], vb)) return false
  }
  for (const k in cb) {
    void k
    n--
  }
  return n === 0
}

/** Whether two desired atoms are equal (a tuple atom is a tag and a string). */
const sameDesiredAtom = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && (a as Atomish)[0] === (b as Atomish)[0] && (a as Atomish)[1] === (b as Atomish)[1])
type Atomish = readonly [unknown, unknown]

/**
 * Structural equality of desired values (atoms, sets and maps of them), without
 * recursion: a state built again compares every value of every row.
 */
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const x = a as Atomish
  const y = b as Atomish
  const tag = x[0]
  if (tag !== y[0]) return false
  if (tag !== 'set' && tag !== 'map') return x[1] === y[1]
  const xs = x[1] as ReadonlyArray<unknown>
  const ys = y[1] as ReadonlyArray<unknown>
  if (xs === ys) return true
  const n = xs.length
  if (n !== ys.length) return false
  if (tag === 'set') {
    for (let i = 0; i < n; i++) if (!sameDesiredAtom(xs[i], ys[i])) return false
    return true
  }
  for (let i = 0; i < n; i++) {
    const p = xs[i] as Atomish
    const q = ys[i] as Atomish
    if (p !== q && (!sameDesiredAtom(p[0], q[0]) || !sameDesiredAtom(p[1], q[1]))) return false
  }
  return true
}

interface Ref {
  readonly column: string
  readonly id: string
  readonly refTable: string | undefined
  readonly weak: boolean
  /** column and id, to count references */
  readonly key: string
}

/**
 * The references a desired row `b` has that its last version `a` had not (added), and
 * those `a` had that `b` has not (dropped), each counted, in any order.
 */
const refDelta = (a: DesiredRow, b: DesiredRow, table: TableSchema): { readonly added: Ref[]; readonly dropped: Ref[] } => {
  const had = new Map<string, Ref[]>()
  for (const r of refsIn(a, table)) {
    const l = had.get(r.key)
    if (l === undefined) had.set(r.key, [r])
    else l.push(r)
  }
  const added: Ref[] = []
  for (const r of refsIn(b, table)) if (had.get(r.key)?.pop() === undefined) added.push(r)
  return { added, dropped: [...had.values()].flat() }
}

/** The references of a desired row, with the table and strength of each. */
const refsIn = (row: DesiredRow, table: TableSchema): Ref[] => {
  const out: Ref[] = []
  for (const column of Object.keys(row.columns)) {
    const ct = table.columns[column]?.type
    if (ct === undefined) continue
    // as the diff checks them: the table of the key or value, the strength of the key
    const weak = ct.key.refType === 'weak'
    const add = (x: unknown, bt: ColumnType['key'] | undefined): void => {
      if (typeof x === 'object' && x !== null && isRefTo(x as DesiredValue)) {
        const id = (x as readonly [string, string])[1]
        out.push({ column, id, refTable: bt?.refTable, weak, key: `${column}\u0000${id}` })
      }
    }
    const v = row.columns[column]!
    if (Array.isArray(v) && v[0] === 'set') for (const x of v[1] as ReadonlyArray<unknown>) add(x, ct.key)
    else if (Array.isArray(v) && v[0] === 'map')
      for (const p of v[1] as ReadonlyArray<readonly [unknown, unknown]>) {
        add(p[0], ct.key)
        add(p[1], ct.value)
      }
    else add(v, ct.key)
  }
  return out
}
