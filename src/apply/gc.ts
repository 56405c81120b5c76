/**
 * gc: the owner-scoped sweep alone, for a controller's start-up repair (the CNI `GC`
 * verb): every row whose `external_ids` carry this owner and that the rows to keep do
 * not describe is removed — root rows (Logical_Switch, Port_Group, Address_Set,
 * DHCP_Options, Load_Balancer, ...) by `delete`, other rows (ports, ACLs, routes, NAT)
 * by removing them from their parent's column. Nothing is ever created or updated:
 * rows to keep that are missing or differ are left as they are, and rows of other
 * owners or of no owner are never touched.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { issueOf } from '../issue.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import type { Client } from '../ovsdb/client.js'
import type { OvsdbError } from '../ovsdb/errors.js'
import { syncReplica, type Replica } from '../ovsdb/replica.js'
import { currentReplica } from './current.js'
import { getTable } from '../ovsdb/schema.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import { compile } from '../plan/compile.js'
import type { DesiredRow, DesiredState } from '../ovsdb/desired.js'
import type { IdentityRules } from '../ovsdb/identity.js'
import { diff, type ColumnChange, type DeleteRow, type Plan, type PlanEntry } from '../plan/plan.js'
import { cmp } from '../plan/values.js'
import { nbIdentity } from '../nb/identity.js'
import type { ApplyError } from './apply.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What to keep: the desired rows (a {@link DesiredState}'s `rows`, or the state
 * itself), matched with the database by the same identity rules as `apply`. A kept
 * row is never removed, whether or not it matches the database in every column.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { GcKeep } from 'ovn-nb/apply'
 * const keep: GcKeep = [{ table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0' } }]
 */
export type GcKeep = ReadonlyArray<DesiredRow> | DesiredState

/**
 * Options of {@link gc}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { GcOptions } from 'ovn-nb'
 * const o: GcOptions = { gcTables: ['Logical_Switch', 'DHCP_Options'], dryRun: true }
 */
export interface GcOptions {
  /** The database (default `OVN_Northbound`). */
  readonly database?: string
  /** A replica kept by the caller; synced anew otherwise. */
  readonly replica?: Replica
  /** How long to wait for the caller's replica to be current (default 30000 ms). */
  readonly replicaTimeoutMs?: number
  /** Identity rules (default the NB rules on `OVN_Northbound`). */
  readonly rules?: IdentityRules
  /** The `external_ids` key holding the owner (default `ovn-nb/owner`). */
  readonly ownerKey?: string
  /** The `external_ids` key holding a row's desired id (default `ovn-nb/id`). */
  readonly idKey?: string
  /** Sweep only these tables (default every table of the schema). */
  readonly gcTables?: ReadonlyArray<string>
  /** The `external_ids` key of the record of managed map keys (default `ovn-nb/managed`). */
  readonly managedKey?: string
  /**
   * Remove rows of the owner even when they hold rows of other writers, which go with
   * them (listed in the plan). Off by default: such rows are kept and reported.
   */
  readonly cascade?: boolean
  /** How many times to plan again after a conflict (default 3). */
  readonly retries?: number
  /** Plan only; send nothing. */
  readonly dryRun?: boolean
  /** Add a `comment` operation to the transaction. */
  readonly comment?: string
}

/**
 * What {@link gc} did: the plan of removals it applied (only `delete` entries, and
 * `update` entries that do nothing but drop a removed child from its parent), the
 * number of operations sent, the attempts, and the number of rows removed per table
 * (counting the children the server collects with a deleted parent: the ACLs of a
 * deleted switch, the routes of a deleted router).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { GcResult } from 'ovn-nb'
 * const line = (r: GcResult): string => Object.entries(r.removed).map(([t, n]) => `${t}: ${n}`).join(', ')
 */
export interface GcResult {
  readonly plan: Plan
  readonly operations: number
  readonly attempts: number
  readonly removed: Readonly<Record<string, number>>
}

// -------------------------------------------------------------------------------------
// removal-only plans
// -------------------------------------------------------------------------------------

const uuidOfAtom = (a: Atom | readonly [Atom, Atom]): string | undefined =>
  Array.isArray(a) && a.length === 2 && a[0] === 'uuid' && typeof a[1] === 'string' ? a[1] : undefined

/**
 * Keeps, of a plan, only what removes rows: its `delete` entries, and of its `update`
 * entries only the `mutate` deletions of those rows' UUIDs from the columns holding
 * them (for a root row, the strong references that would otherwise block its
 * deletion). Creates and every other change are dropped. Pure.
 *
 * @category gc
 * @since 0.1.0
 * @example
 * import { removalsOnly } from 'ovn-nb/apply'
 * import type { Plan } from 'ovn-nb'
 * declare const plan: Plan
 * removalsOnly(plan).summary.create // 0
 */
export const removalsOnly = (plan: Plan): Plan => {
  const deletes = plan.entries.filter((e): e is DeleteRow => e.action === 'delete')
  const gone = new Set(deletes.map((d) => d.uuid))
  const updates: PlanEntry[] = []
  for (const e of plan.entries) {
    if (e.action !== 'update') continue
    const changes: ColumnChange[] = []
    for (const c of e.changes) {
      if (c.mode !== 'mutate') continue
      const del = c.delete.filter((a) => {
        const u = uuidOfAtom(a)
        return u !== undefined && gone.has(u)
      })
      if (del.length > 0) changes.push({ column: c.column, mode: 'mutate', old: c.old, insert: [], delete: del })
    }
    if (changes.length > 0) {
      const { id, ...rest } = e
      void id
      // the row is touched only to drop children: it is no longer "the desired row's" change
      updates.push({ ...rest, changes })
    }
  }
  return {
    database: plan.database,
    owner: plan.owner,
    ownerKey: plan.ownerKey,
    entries: [...updates, ...deletes],
    summary: { create: 0, update: updates.length, delete: deletes.length },
    ...(plan.retained !== undefined ? { retained: plan.retained } : {}),
    ...(plan.labels !== undefined ? { labels: plan.labels } : {}),
  }
}

/**
 * The rows a removal plan takes away, per table: its deleted rows and, below them, the
 * children (rows of non-root tables held through strong references) that the server
 * collects with them.
 */
const removedRows = (replica: Replica, plan: Plan): Record<string, number> => {
  const schema = replica.schema
  const seen = new Set<string>()
  const queue: Array<{ table: string; uuid: string }> = []
  for (const e of plan.entries)
    if (e.action === 'delete' && !seen.has(e.uuid)) {
      seen.add(e.uuid)
      queue.push({ table: e.table, uuid: e.uuid })
    }
  const removed: Record<string, number> = {}
  for (let i = 0; i < queue.length; i++) {
    const { table, uuid } = queue[i]!
    removed[table] = (removed[table] ?? 0) + 1
    const row = replica.get(table, uuid)
    const ts = getTable(schema, table)
    if (row === undefined || ts === undefined) continue
    for (const c of Object.values(ts.columns)) {
      const rt = c.type.key.refTable
      if (rt === undefined || c.type.key.refType === 'weak' || getTable(schema, rt)?.isRoot !== false) continue
      const v = row[c.name]
      const atoms = Array.isArray(v) && v[0] === 'set' ? (v[1] as ReadonlyArray<Atom>) : v === undefined ? [] : [v as Atom]
      for (const a of atoms) {
        const child = uuidOfAtom(a)
        if (child === undefined || seen.has(child) || replica.get(rt, child) === undefined) continue
        seen.add(child)
        queue.push({ table: rt, uuid: child })
      }
    }
  }
  // code-unit order, as everywhere else: the same whatever the machine's locale
  return Object.fromEntries(Object.entries(removed).sort(([a], [b]) => cmp(a, b)))
}

// -------------------------------------------------------------------------------------
// gc
// -------------------------------------------------------------------------------------

const CONFLICTS = new Set(['timed out', 'constraint violation', 'referential integrity violation'])
const isConflict = (e: OvsdbError): boolean => e._tag === 'OperationError' && CONFLICTS.has(e.error)

/**
 * Removes every row of `owner` that `keep` does not describe; see the module
 * description. With nothing to keep, every row of the owner goes. Rows to keep are
 * matched whoever owns them (they are treated as shared), so a kept row never makes
 * the sweep fail with a conflict. Sweeping twice sends nothing the second time.
 *
 * @category gc
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { connect, gc, type DesiredState } from 'ovn-nb'
 * declare const desired: DesiredState // what the controller still wants
 * const c = await connect('unix:/var/run/ovn/ovnnb_db.sock')()
 * if (E.isRight(c)) {
 *   const r = await gc(c.right, 'my-controller', desired)()
 *   if (E.isRight(r)) console.log(r.right.removed) // { DHCP_Options: 2, Logical_Switch_Port: 5 }
 * }
 */
export const gc =
  (client: Client, owner: string, keep: GcKeep = [], options: GcOptions = {}): TE.TaskEither<ApplyError, GcResult> =>
  async () => {
    if (owner === '') return E.left({ _tag: 'InvalidDesired', problems: [{ path: 'owner', message: 'the owner must not be empty' }], issues: [issueOf('owner', 'the owner must not be empty', 'required')] })
    const db = options.database ?? 'OVN_Northbound'
    const ownerKey = options.ownerKey ?? 'ovn-nb/owner'
    let replica = options.replica
    if (replica === undefined) {
      const r = await syncReplica(client, db, { externalIdKeys: [ownerKey] })()
      if (E.isLeft(r)) return r
      replica = r.right
    }
    const rows = 'rows' in keep ? (keep as DesiredState).rows : (keep as ReadonlyArray<DesiredRow>)
    // shared: matched whoever owns it, and never a conflict; nothing of it is written anyway
    const desired: DesiredState = { owner, rows: rows.map((r) => ({ ...r, shared: true })) }
    const retries = options.retries ?? 3
    let last: OvsdbError | undefined
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      // a caller's replica may lack rows made while it was disconnected: wait for its re-attach
      if (options.replica !== undefined) {
        const cur = await currentReplica(options.replica, options.replicaTimeoutMs ?? 30000)
        if (E.isLeft(cur)) return cur
      }
      const full = diff(replica.schema, replica, desired, {
        rules: options.rules ?? (db === 'OVN_Northbound' ? nbIdentity : {}),
        ownerKey,
        ...(options.idKey !== undefined ? { idKey: options.idKey } : {}),
        ...(options.gcTables !== undefined ? { gcTables: options.gcTables } : {}),
        ...(options.managedKey !== undefined ? { managedKey: options.managedKey } : {}),
        ...(options.cascade !== undefined ? { cascade: options.cascade } : {}),
        gc: true,
      })
      if (E.isLeft(full)) return full
      const plan = removalsOnly(full.right)
      const removed = removedRows(replica, plan)
      const ops = compile(plan, options.comment !== undefined ? { comment: options.comment } : {})
      if (options.dryRun === true || ops.length === 0) return E.right({ plan, operations: 0, attempts: attempt, removed })
      const r = await client.transact(db, ops)()
      if (E.isLeft(r)) {
        if (isConflict(r.left) && attempt <= retries) {
          last = r.left
          continue
        }
        return isConflict(r.left) ? E.left({ _tag: 'ConflictRetriesExhausted', attempts: attempt, last: r.left }) : r
      }
      return E.right({ plan, operations: ops.length, attempts: attempt, removed })
    }
    return E.left({ _tag: 'ConflictRetriesExhausted', attempts: retries + 1, last: last! })
  }
