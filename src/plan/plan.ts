/**
 * The diff: desired state + the database as it is (a replica) -> a {@link Plan}, a value
 * that lists, row by row, what to create, what to change (each column with its old and
 * new value, and whether it is written whole or changed element by element) and what to
 * delete. Pure: no I/O, no clocks, no randomness; the same inputs give the same plan.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { Issue } from '../issue.js'
import type { DatabaseSchema } from '../ovsdb/schema.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { Condition } from '../ovsdb/wire/operation.js'
import type { DesiredState } from '../ovsdb/desired.js'
import { identityRule, type IdentityRule, type IdentityRules } from '../ovsdb/identity.js'
import { diffState, type DiffState } from './engine.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What the engine reads the database through: the rows of a table by UUID, in the
 * canonical form of the replica (every column present, sets as `["set", ...]`).
 * A {@link ovn-nb/ovsdb!Replica} is one.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CurrentState } from 'ovn-nb/plan'
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
  /** Identity rules by table; tables without one use {@link ovn-nb/plan!defaultIdentity}. */
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
  /**
   * The `external_ids` key recording which keys of the row's map columns this owner set
   * (default `ovn-nb/managed`): only those are ever removed; see {@link Plan}.
   */
  readonly managedKey?: string
  /**
   * Delete rows of this owner that the state no longer holds even when they hold rows of
   * other writers (children through strong references, which the server deletes with
   * them). Off by default: such a row is kept, its own children removed, and the plan
   * says why ({@link Plan.retained}); with it, each delete lists the other writers' rows
   * that go with it ({@link DeleteRow.cascade}).
   */
  readonly cascade?: boolean
}

/**
 * A value in a plan: an OVSDB value whose UUIDs may be named-uuids of rows the same
 * plan creates.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PlanValue } from 'ovn-nb/plan'
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
 * import type { ColumnChange } from 'ovn-nb/plan'
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
 * import type { CreateRow } from 'ovn-nb/plan'
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
   * For natural keys the schema does not index, and for rows identified by the id in
   * their `external_ids` marks: a condition matching a row with the same key, so that
   * the transaction fails rather than create a duplicate.
   */
  readonly guard?: ReadonlyArray<Condition>
  /**
   * For rows of non-root tables that no schema index identifies (ACLs, NAT, routes...):
   * created through their parent's column, which {@link compile} guards with a `wait`
   * that it still holds what the plan saw, so that the same creation sent twice (a
   * retry after a lost reply) fails instead of adding a second row.
   */
  readonly guardParent?: boolean
}

/**
 * A row to change.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { UpdateRow } from 'ovn-nb/plan'
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
  /**
   * True when the row has no owner or another one ({@link PlanOptions.adopt}): this
   * update takes it over. Its changes are compiled like any other: the owner's marks
   * are written key by key into `external_ids`, nothing of others' keys is removed.
   */
  readonly adopt?: true
}

/**
 * A row to delete: a root row with `delete`; a row of a non-root table by removing it
 * from the column that holds it (`via`), after which the server collects it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DeleteRow } from 'ovn-nb/plan'
 * const d: DeleteRow = { action: 'delete', table: 'Address_Set', identity: 'as1', uuid: '550e8400-e29b-41d4-a716-446655440000' }
 */
export interface DeleteRow {
  readonly action: 'delete'
  readonly table: string
  readonly identity: string
  readonly uuid: string
  readonly via?: { readonly table: string; readonly uuid: string; readonly column: string }
  /** With {@link PlanOptions.cascade}: the rows of other writers deleted with this one. */
  readonly cascade?: ReadonlyArray<OtherRow>
  /**
   * The columns holding children (rows the server deletes with this one) as the plan
   * saw them: the delete is guarded by a `wait` on them, so that a child another writer
   * puts in meanwhile fails the transaction instead of being deleted unseen.
   */
  readonly seen?: Readonly<Record<string, Value>>
}

/**
 * A row of another writer (another owner, or none) inside a row of this owner.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { OtherRow } from 'ovn-nb/plan'
 * const o: OtherRow = { table: 'Logical_Switch_Port', uuid: '550e8400-e29b-41d4-a716-446655440000', identity: 'p-nbctl', owner: undefined }
 */
export interface OtherRow {
  readonly table: string
  readonly uuid: string
  readonly identity: string
  /** Its owner; undefined for a row without one (written by ovn-nbctl, a CMS, ...). */
  readonly owner: string | undefined
}

/**
 * A row of this owner the state no longer holds, kept: it holds rows of other writers
 * (`holds`, deleted with it otherwise), or another writer's row refers to it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RetainedRow } from 'ovn-nb/plan'
 * const r: RetainedRow = { table: 'Logical_Switch', uuid: '550e8400-e29b-41d4-a716-446655440000', identity: 'sw0', reason: 'holds 1 Logical_Switch_Port of other writers' }
 */
export interface RetainedRow {
  readonly table: string
  readonly uuid: string
  readonly identity: string
  readonly reason: string
  /** The rows of other writers it holds. */
  readonly holds?: ReadonlyArray<OtherRow>
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
  /** The counts of entries; `update` leaves out the adoptions, counted in `adopt` when there are any. */
  readonly summary: { readonly create: number; readonly update: number; readonly delete: number; readonly adopt?: number }
  /**
   * Rows of this owner the state no longer holds that are kept, and why: they hold rows
   * of other writers, or another writer's row holds them by a strong reference.
   */
  readonly retained?: ReadonlyArray<RetainedRow>
  /**
   * What the UUIDs in the entries' values stand for, for people: `Table identity` of
   * each existing row referred to (rows the plan creates are found by their
   * named-uuid among its entries).
   */
  readonly labels?: Readonly<Record<string, string>>
}

/**
 * Why no plan could be made: the desired state is invalid (every problem, with its
 * path), or it claims rows that exist and belong to someone else.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PlanError } from 'ovn-nb/plan'
 * const e: PlanError = { _tag: 'InvalidDesired', problems: [{ path: 'rows[0].table', message: 'no table "Logical_Swich"' }] }
 */
export type PlanError =
  | {
      readonly _tag: 'InvalidDesired'
      readonly problems: ReadonlyArray<{ readonly path: string; readonly message: string }>
      /** The same problems in the library's one issue shape (path segments, code, message). */
      readonly issues?: ReadonlyArray<Issue>
    }
  | {
      readonly _tag: 'Conflict'
      readonly conflicts: ReadonlyArray<{
        readonly table: string
        readonly id: string
        readonly uuid: string
        readonly owner: string | undefined
        /** The row's identity as people read it (`sw0`, `vm-a`, an ACL's direction, priority and match). */
        readonly identity?: string
        readonly message: string
      }>
    }

/**
 * The counts of a plan's entries, as {@link Plan.summary} holds them: updates that adopt
 * a row counted apart (`adopt`, present only when there are any).
 *
 * @category diff
 * @since 0.1.0
 * @example
 * import { summaryOf } from 'ovn-nb/plan'
 * summaryOf([]) // { create: 0, update: 0, delete: 0 }
 */
export const summaryOf = (entries: ReadonlyArray<PlanEntry>): Plan['summary'] => {
  let create = 0
  let update = 0
  let del = 0
  let adopt = 0
  for (const e of entries)
    if (e.action === 'create') create++
    else if (e.action === 'delete') del++
    else if (e.adopt === true) adopt++
    else update++
  return adopt > 0 ? { create, update, delete: del, adopt } : { create, update, delete: del }
}

/**
 * Compares a desired state with the database and returns the plan that makes one into
 * the other, or why it cannot. `diff(state, database already equal to it)` is empty.
 *
 * @category diff
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { diff } from 'ovn-nb'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
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
): E.Either<PlanError, Plan> => E.map((s: DiffState) => s.plan)(diffState(schema, current, desired, options))

/**
 * The rule a plan used for a table (re-exported for renderers and tests).
 *
 * @category diff
 * @since 0.1.0
 * @example
 * import { ruleFor } from 'ovn-nb/plan'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
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
 * import type { Plan } from 'ovn-nb'
 * import { isEmptyPlan } from 'ovn-nb/plan'
 * declare const plan: Plan
 * if (isEmptyPlan(plan)) console.log('nothing to do')
 */
export const isEmptyPlan = (p: Plan): boolean => p.entries.length === 0
