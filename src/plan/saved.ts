/**
 * Saved plans, as `terraform plan -out`: a {@link Plan}, the operations it compiles to,
 * and what the plan read — each row its operations touch as it was seen, the absence of
 * each row it creates, the existence of each row it refers to, and the database's
 * identity — so that the plan can be applied later exactly as it was shown, or refused
 * when the database moved since. Pure: building, encoding and decoding; sending is the
 * CLI's (`ovn-nb apply PLAN.json`).
 *
 * What a saved plan guards, and what it does not: the rows it read, each by a `wait`
 * sent in the same transaction before its operations (a change to any of them fails
 * the whole transaction: nothing is changed). A change to a row the plan did not read —
 * another switch, a row of another owner the plan neither touches nor refers to — does
 * not stop it: the plan's operations mean the same on it, and the next `ovn-nb plan`
 * shows that drift (this is also what Terraform does with resources outside a plan).
 *
 * @module
 */
import * as E from '../deps/Either.js'
import * as t from '../deps/io-ts.js'
import { getTable, type DatabaseSchema } from '../ovsdb/schema.js'
import { setElements } from '../ovsdb/values.js'
import { AtomC } from '../ovsdb/wire/atom.js'
import { ValueC, type Row, type Value } from '../ovsdb/wire/datum.js'
import { ConditionC, OperationC, type Condition, type Operation, type Wait } from '../ovsdb/wire/operation.js'
import { toPathErrors } from '../ovsdb/wire/paths.js'
import { compile, type CompileOptions } from './compile.js'
import type { CurrentState, Plan, PlanEntry } from './plan.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The format marker of a saved plan file (its `format` member).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { SAVED_PLAN_FORMAT } from 'ovn-nb/plan'
 * SAVED_PLAN_FORMAT // 'ovn-nb-plan'
 */
export const SAVED_PLAN_FORMAT = 'ovn-nb-plan'

/**
 * The version of the saved plan format this library writes and reads.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { SAVED_PLAN_VERSION } from 'ovn-nb/plan'
 * SAVED_PLAN_VERSION // 1
 */
export const SAVED_PLAN_VERSION = 1

/**
 * Which database a plan was made on: its schema (name, version, checksum), its model
 * (`standalone`, `clustered`), the cluster's id for a clustered one, and the UUID of
 * its `NB_Global` row (made once per database by `ovn-nbctl init` or ovn-northd), which
 * tells two standalone databases of the same schema apart.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DatabaseIdentity } from 'ovn-nb/plan'
 * const id: DatabaseIdentity = { name: 'OVN_Northbound', version: '7.0.0', cksum: '94023179 33468', model: 'standalone' }
 */
export interface DatabaseIdentity {
  readonly name: string
  readonly version: string
  readonly cksum?: string
  readonly model?: string
  /** The cluster id (`_Server.Database.cid`), for a clustered database. */
  readonly cid?: string
  /** The UUID of the database's `NB_Global` row, when it has one. */
  readonly instance?: string
}

/**
 * One thing a saved plan read, and the `wait` that checks it still holds: `row`, a row
 * its operations touch, with every column as seen; `absent`, no row has the identity of
 * a row it creates; `exists`, a row it refers to (or the database's `NB_Global` row) is
 * still there.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PlanRead } from 'ovn-nb/plan'
 * const r: PlanRead = {
 *   kind: 'absent',
 *   label: 'Logical_Switch_Port vm1',
 *   wait: { op: 'wait', table: 'Logical_Switch_Port', timeout: 0, where: [['name', '==', 'vm1']], columns: ['name'], until: '==', rows: [] },
 * }
 */
export interface PlanRead {
  readonly kind: 'row' | 'absent' | 'exists'
  /** `Table identity`, for people. */
  readonly label: string
  readonly wait: Wait
}

/**
 * A saved plan: what `ovn-nb plan --out FILE` writes and `ovn-nb apply FILE` sends —
 * the reads' `wait`s, then `operations` (the plan compiled, named-uuids included), in
 * one transaction.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { SAVED_PLAN_FORMAT, type SavedPlan } from 'ovn-nb/plan'
 * declare const saved: SavedPlan
 * saved.format === SAVED_PLAN_FORMAT // true
 */
export interface SavedPlan {
  readonly format: typeof SAVED_PLAN_FORMAT
  readonly version: typeof SAVED_PLAN_VERSION
  readonly database: DatabaseIdentity
  readonly plan: Plan
  readonly reads: ReadonlyArray<PlanRead>
  readonly operations: ReadonlyArray<Operation>
}

// -------------------------------------------------------------------------------------
// building
// -------------------------------------------------------------------------------------

const byUuid = (uuid: string): ReadonlyArray<Condition> => [['_uuid', '==', ['uuid', uuid]]]

const hasNamedUuid = (v: unknown): boolean => Array.isArray(v) && (v[0] === 'named-uuid' || v.some(hasNamedUuid))

/** The uuids of existing rows the entries' values refer to: the plan's labels, and the parents deletes go through. */
const referred = (plan: Plan): ReadonlyArray<string> => {
  const out = new Set(Object.keys(plan.labels ?? {}))
  for (const e of plan.entries) if (e.action === 'delete' && e.via !== undefined) out.add(e.via.uuid)
  return [...out].sort()
}

const touched = (e: PlanEntry): string | undefined => (e.action === 'create' ? undefined : e.uuid)

/**
 * The reads of a plan made from `current`: the `wait`s a saved plan sends before its
 * operations. Rows are waited on whole (every column as seen), so any change to a row
 * the plan touches refuses it; see the module description for what is not guarded.
 *
 * @category building
 * @since 0.1.0
 * @example
 * import { planReads, type CurrentState, type Plan } from 'ovn-nb/plan'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * declare const current: CurrentState
 * declare const plan: Plan
 * const reads = planReads(nb, current, plan) // [{ kind: 'row', label: 'Logical_Switch sw0', wait: { op: 'wait', ... } }, ...]
 */
export const planReads = (schema: DatabaseSchema, current: CurrentState, plan: Plan): ReadonlyArray<PlanRead> => {
  const reads: PlanRead[] = []
  const seen = new Set<string>()
  const labels = plan.labels ?? {}
  const rowRead = (table: string, uuid: string, label: string): void => {
    if (seen.has(uuid)) return
    const row = current.rows(table).get(uuid)
    if (row === undefined) return
    seen.add(uuid)
    const columns = Object.keys(row).sort()
    const rows = [Object.fromEntries(columns.map((c) => [c, row[c] as Value]))] as ReadonlyArray<Row>
    reads.push({ kind: 'row', label, wait: { op: 'wait', table, timeout: 0, where: byUuid(uuid), columns, until: '==', rows } })
  }
  for (const e of plan.entries) {
    const uuid = touched(e)
    if (uuid !== undefined) rowRead(e.table, uuid, `${e.table} ${e.identity}`)
    if (e.action === 'delete' && e.via !== undefined) rowRead(e.via.table, e.via.uuid, labels[e.via.uuid] ?? `${e.via.table} ${e.via.uuid}`)
  }
  for (const e of plan.entries) {
    if (e.action !== 'create') continue
    const label = `${e.table} ${e.identity}`
    const absent = (where: ReadonlyArray<Condition>): void => {
      const columns = where.map((c) => (c as readonly [string, string, unknown])[0])
      reads.push({ kind: 'absent', label, wait: { op: 'wait', table: e.table, timeout: 0, where, columns, until: '==', rows: [] } })
    }
    if (e.guard !== undefined) absent(e.guard)
    // an index the server enforces would refuse the insert anyway: the wait names the row
    for (const index of getTable(schema, e.table)?.indexes ?? []) {
      const values = index.map((c) => e.row[c])
      if (values.some((v) => v === undefined || hasNamedUuid(v) || setElements(v).length !== 1)) continue
      absent(index.map((c, i): Condition => [c, '==', values[i]!]))
    }
  }
  for (const uuid of referred(plan)) {
    if (seen.has(uuid)) continue
    const label = labels[uuid]
    const table = label?.split(' ')[0]
    if (table === undefined || current.rows(table).get(uuid) === undefined) continue
    seen.add(uuid)
    reads.push({ kind: 'exists', label: label!, wait: { op: 'wait', table, timeout: 0, where: byUuid(uuid), columns: [], until: '==', rows: [{}] } })
  }
  return reads
}

/**
 * A saved plan of `plan`, made from `current` on the database `database` identifies;
 * its operations are `compile(plan, options)`.
 *
 * @category building
 * @since 0.1.0
 * @example
 * import { savePlan, type CurrentState, type Plan } from 'ovn-nb/plan'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * declare const current: CurrentState
 * declare const plan: Plan
 * const saved = savePlan(nb, current, plan, { name: 'OVN_Northbound', version: '7.0.0' })
 * const text = JSON.stringify(saved) // what `ovn-nb plan --out` writes
 */
export const savePlan = (schema: DatabaseSchema, current: CurrentState, plan: Plan, database: DatabaseIdentity, options: CompileOptions = {}): SavedPlan => {
  // the NB_Global row tells this database from another of the same schema
  const globals = current.rows('NB_Global')
  const instance = globals.size === 1 ? [...globals.keys()][0] : undefined
  const identity: DatabaseIdentity = instance !== undefined && database.instance === undefined ? { ...database, instance } : database
  const reads = [...planReads(schema, current, plan)]
  if (identity.instance !== undefined && !reads.some((r) => r.wait.table === 'NB_Global'))
    reads.push({ kind: 'exists', label: 'NB_Global (the database instance)', wait: { op: 'wait', table: 'NB_Global', timeout: 0, where: byUuid(identity.instance), columns: [], until: '==', rows: [{}] } })
  return { format: SAVED_PLAN_FORMAT, version: SAVED_PLAN_VERSION, database: identity, plan, reads, operations: compile(plan, options) }
}

/**
 * The operations a saved plan sends, in one transaction: its reads' `wait`s, then its
 * operations.
 *
 * @category building
 * @since 0.1.0
 * @example
 * import { savedOperations, type SavedPlan } from 'ovn-nb/plan'
 * declare const saved: SavedPlan
 * const ops = savedOperations(saved) // [{ op: 'wait', ... }, ..., { op: 'insert', ... }]
 */
export const savedOperations = (saved: SavedPlan): ReadonlyArray<Operation> =>
  saved.operations.length === 0 ? [] : [...saved.reads.map((r) => r.wait), ...saved.operations]

/**
 * How the database a plan is applied to differs from the one it was made on (schema,
 * model, cluster, instance), in words; undefined when it is the same.
 *
 * @category building
 * @since 0.1.0
 * @example
 * import { identityMismatch } from 'ovn-nb/plan'
 * identityMismatch({ name: 'OVN_Northbound', version: '7.0.0' }, { name: 'OVN_Northbound', version: '7.1.0' })
 * // 'schema OVN_Northbound 7.0.0 in the plan, 7.1.0 in the database'
 */
export const identityMismatch = (planned: DatabaseIdentity, now: DatabaseIdentity): string | undefined => {
  if (planned.name !== now.name) return `database ${planned.name} in the plan, ${now.name} on the server`
  if (planned.version !== now.version) return `schema ${planned.name} ${planned.version} in the plan, ${now.version} in the database`
  if (planned.cksum !== undefined && now.cksum !== undefined && planned.cksum !== now.cksum)
    return `schema checksum ${planned.cksum} in the plan, ${now.cksum} in the database`
  if (planned.model !== undefined && now.model !== undefined && planned.model !== now.model) return `a ${planned.model} database in the plan, ${now.model} on the server`
  if (planned.cid !== now.cid) return `cluster ${planned.cid ?? '(none)'} in the plan, ${now.cid ?? '(none)'} on the server`
  if (planned.instance !== undefined && now.instance !== undefined && planned.instance !== now.instance)
    return `NB_Global ${planned.instance} in the plan, ${now.instance} in the database: another database`
  return undefined
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

const ChangeC = t.union([
  t.type({ column: t.string, mode: t.literal('set'), old: ValueC, new: ValueC }),
  t.type({ column: t.string, mode: t.literal('mutate'), old: ValueC, insert: t.array(t.union([AtomC, t.tuple([AtomC, AtomC])])), delete: t.array(AtomC) }),
])

const OtherRowC = t.type({ table: t.string, uuid: t.string, identity: t.string, owner: t.union([t.string, t.undefined]) })

const EntryC = t.union([
  t.intersection([
    t.type({ action: t.literal('create'), table: t.string, id: t.string, identity: t.string, uuidName: t.string, row: t.record(t.string, ValueC) }),
    t.partial({ guard: t.array(ConditionC), guardParent: t.boolean }),
  ]),
  t.intersection([
    t.type({ action: t.literal('update'), table: t.string, identity: t.string, uuid: t.string, changes: t.array(ChangeC) }),
    t.partial({ id: t.string, adopt: t.literal(true) }),
  ]),
  t.intersection([
    t.type({ action: t.literal('delete'), table: t.string, identity: t.string, uuid: t.string }),
    t.partial({ via: t.type({ table: t.string, uuid: t.string, column: t.string }), cascade: t.array(OtherRowC), seen: t.record(t.string, ValueC) }),
  ]),
])

const PlanC = t.intersection([
  t.type({
    database: t.string,
    owner: t.string,
    ownerKey: t.string,
    entries: t.array(EntryC),
    summary: t.intersection([t.type({ create: t.number, update: t.number, delete: t.number }), t.partial({ adopt: t.number })]),
  }),
  t.partial({
    retained: t.array(t.intersection([t.type({ table: t.string, uuid: t.string, identity: t.string, reason: t.string }), t.partial({ holds: t.array(OtherRowC) })])),
    labels: t.record(t.string, t.string),
  }),
])

const WaitC = new t.Type<Wait, Wait, unknown>(
  'Wait',
  (u): u is Wait => OperationC.is(u) && u.op === 'wait',
  (u, c) => {
    const r = OperationC.validate(u, c)
    if (E.isLeft(r)) return r
    return r.right.op === 'wait' ? t.success(r.right) : t.failure(u, c, 'expected a wait operation')
  },
  (a) => a,
)

const SavedPlanC = t.type({
  format: t.literal(SAVED_PLAN_FORMAT),
  version: t.literal(SAVED_PLAN_VERSION),
  database: t.intersection([
    t.type({ name: t.string, version: t.string }),
    t.partial({ cksum: t.string, model: t.string, cid: t.string, instance: t.string }),
  ]),
  plan: PlanC,
  reads: t.array(t.type({ kind: t.union([t.literal('row'), t.literal('absent'), t.literal('exists')]), label: t.string, wait: WaitC })),
  operations: t.array(OperationC),
})

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * Whether a parsed JSON value says it is a saved plan (its `format` member), whatever
 * its version: how `ovn-nb apply` tells a saved plan from a topology module.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { isSavedPlanLike } from 'ovn-nb/plan'
 * isSavedPlanLike({ format: 'ovn-nb-plan', version: 9 }) // true
 * isSavedPlanLike({ owner: 'demo', rows: [] }) // false
 */
export const isSavedPlanLike = (u: unknown): boolean => isObject(u) && u['format'] === SAVED_PLAN_FORMAT

/**
 * Decodes a parsed saved plan file: `Left` is one line saying what is wrong (an
 * unknown version first, then every problem with its path, capped).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { decodeSavedPlan } from 'ovn-nb/plan'
 * decodeSavedPlan({ format: 'ovn-nb-plan', version: 2 })
 * // Left('a saved plan of format version 2; this ovn-nb reads version 1: make the plan again with this version')
 */
export const decodeSavedPlan = (u: unknown): E.Either<string, SavedPlan> => {
  if (!isSavedPlanLike(u)) return E.left(`not a saved plan (no "format": "${SAVED_PLAN_FORMAT}")`)
  const version = (u as Record<string, unknown>)['version']
  if (version !== SAVED_PLAN_VERSION)
    return E.left(`a saved plan of format version ${JSON.stringify(version) ?? 'undefined'}; this ovn-nb reads version ${SAVED_PLAN_VERSION}: make the plan again with this version`)
  const r = SavedPlanC.decode(u)
  if (E.isLeft(r))
    return E.left(`an invalid saved plan: ${toPathErrors(r.left).map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`)).join('; ')}`)
  const saved = r.right as unknown as SavedPlan
  // every named-uuid an operation uses must be declared by an insert of the plan
  const declared = new Set(saved.operations.flatMap((o) => (o.op === 'insert' && o['uuid-name'] !== undefined ? [o['uuid-name']] : [])))
  const undeclared = new Set<string>()
  const visit = (v: unknown): void => {
    if (!Array.isArray(v)) {
      if (isObject(v)) for (const x of Object.values(v)) visit(x)
      return
    }
    if (v[0] === 'named-uuid' && typeof v[1] === 'string' && !declared.has(v[1])) undeclared.add(v[1])
    else for (const x of v) visit(x)
  }
  visit(saved.operations)
  if (undeclared.size > 0) return E.left(`an invalid saved plan: named-uuid ${[...undeclared].sort().join(', ')} used and not inserted`)
  return E.right(saved)
}

/**
 * A saved plan as the text of its file: JSON, two-space indented, ending with a newline.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { encodeSavedPlan, type SavedPlan } from 'ovn-nb/plan'
 * declare const saved: SavedPlan
 * const text = encodeSavedPlan(saved) // '{\n  "format": "ovn-nb-plan",\n  "version": 1, ...'
 */
export const encodeSavedPlan = (saved: SavedPlan): string => `${JSON.stringify(saved, null, 2)}\n`
