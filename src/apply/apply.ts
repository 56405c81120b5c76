/**
 * apply: make the database hold a desired state. Read the database (the caller's
 * replica, or a snapshot), plan, compile, transact; when a guard fails or a constraint is
 * violated because the database changed underneath, plan again from the (already
 * updated) replica or a new snapshot, a bounded number of times. Optionally wait, like
 * `ovn-nbctl --wait=sb|hv`, until ovn-northd (and the chassis) have caught up.
 *
 * Under faults it tells the truth: it never plans from a replica that is not current
 * (it waits for the re-attach, bounded); a transaction whose reply is lost is
 * `OutcomeUnknown`, never retried blindly (or, given the session, resolved by planning
 * again from the re-attached replica); a refusal that planning again does not change is
 * `Refused`, in words; weak references the server dropped are `ReferencesDropped`.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import type { Client } from '../ovsdb/client.js'
import type { OperationError, OvsdbError } from '../ovsdb/errors.js'
import { syncReplica, type Replica } from '../ovsdb/replica.js'
import type { Session } from '../ovsdb/session.js'
import { droppedReferences, type DroppedReference } from './dropped.js'
import { currentReplica } from './current.js'
import { MAX_SCOPED_ROWS, scopedRead, type ScopedRead } from './scope.js'
import type { Operation } from '../ovsdb/wire/operation.js'
import { compile, createdUuids, type CompileOptions } from '../plan/compile.js'
import type { DesiredState } from '../ovsdb/desired.js'
import { diff, type Plan, type PlanError, type PlanOptions } from '../plan/plan.js'
import type { FallbackReason, Planner, PlanPath } from '../plan/planner.js'
import { nbIdentity } from '../nb/identity.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link apply}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ApplyOptions } from 'ovn-nb'
 * const o: ApplyOptions = { wait: 'sb', waitTimeoutMs: 10_000, retries: 5 }
 */
export interface ApplyOptions extends PlanOptions, CompileOptions {
  /** The database (default `OVN_Northbound`). */
  readonly database?: string
  /**
   * A replica kept by the caller (a controller keeps one for its lifetime); apply then
   * keeps an incremental {@link Planner} beside it (by owner), so that planning again
   * costs what changed since the last plan, not the whole state. Without one,
   * each attempt reads a snapshot: a monitor opened for the initial rows and cancelled
   * before the transaction, so the server sends no updates for a copy nobody keeps.
   */
  readonly replica?: Replica
  /** How many times to plan again after a conflict (default 3). */
  readonly retries?: number
  /** Wait for ovn-northd (`sb`) or for the chassis too (`hv`) to process the change, as `ovn-nbctl --wait`. */
  readonly wait?: 'none' | 'sb' | 'hv'
  /** How long to wait (default 30000 ms). */
  readonly waitTimeoutMs?: number
  /** Plan only; send nothing. */
  readonly dryRun?: boolean
  /**
   * How long to wait for the caller's replica to be current before planning (default
   * 30000 ms): after a reconnection, the replica must have re-attached, or it may lack
   * what was committed meanwhile (see {@link Replica.current}).
   */
  readonly replicaTimeoutMs?: number
  /**
   * The session `client` belongs to, when the replica follows it ({@link ovn-nb/ovsdb!followReplica}).
   * Then a transaction whose reply is lost with the connection is not reported as
   * `OutcomeUnknown` at once: apply waits (up to `replicaTimeoutMs`) for the session to
   * reconnect and the replica to re-attach — it then holds the transaction's outcome —
   * plans again from it and sends what is still missing on the new connection, within
   * `retries`.
   */
  readonly session?: Session
  /**
   * Without a caller's replica, what the snapshot reads: `full` (default) every table
   * whole; `scoped` only the rows the plan can depend on — the owner's rows, the rows
   * the desired state names by identity or UUID, their children, the rows they refer
   * to, and the rows holding them — through conditional monitors, round by round until
   * nothing is missing. The plan is the one a full read gives (property-tested); on a
   * large database a small state reads a few rows instead of all of them. A state of
   * more than 2000 rows is read in full either way. `ovn-nb plan` and `apply` read
   * scoped.
   */
  readonly read?: 'full' | 'scoped'
  /**
   * Called with each plan whose transaction is about to be sent (again with the next
   * plan after a conflict), so that the time the server takes to commit it can be put to
   * use: `ovn-nb apply` renders the plan's text meanwhile. Not called for a dry run or
   * when there is nothing to send. It must return quickly: the transaction is sent after it.
   */
  readonly onSend?: (plan: Plan) => void
}

/**
 * What {@link apply} did: the plan it applied (the last one, after retries), how many
 * operations it sent, how many attempts it took, and the UUIDs of the rows it created,
 * by desired id.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ApplyResult } from 'ovn-nb'
 * const report = (r: ApplyResult): string => `${r.plan.summary.create} created in ${r.attempts} attempt(s)`
 */
export interface ApplyResult {
  readonly plan: Plan
  readonly operations: number
  readonly attempts: number
  readonly created: ReadonlyMap<string, string>
  /** The NB_Global.nb_cfg this change was given, when waiting. */
  readonly nbCfg?: number
  /**
   * With a kept replica: how the incremental planner made the last plan, and why it was
   * made in full when it was.
   */
  readonly planned?: { readonly path: PlanPath; readonly fallback?: FallbackReason }
}

/**
 * Why apply failed: a plan error, an OVSDB error, conflicts that kept coming back, or
 * northd not catching up in time.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ApplyError } from 'ovn-nb'
 * const retryable = (e: ApplyError): boolean => e._tag === 'ConflictRetriesExhausted'
 */
export type ApplyError =
  | PlanError
  | OvsdbError
  | { readonly _tag: 'ConflictRetriesExhausted'; readonly attempts: number; readonly last: OvsdbError }
  /**
   * The caller's replica did not become current within `replicaTimeoutMs`: nothing was
   * planned or sent (`reason` says why it is stale, e.g. its connection closed).
   */
  | { readonly _tag: 'ReplicaNotCurrent'; readonly ms: number; readonly reason: string }
  /**
   * The transaction was sent, and the connection closed (or the request timed out)
   * before its reply: it may or may not have committed. Nothing is retried blindly;
   * the next apply plans from a replica that has seen the outcome (or a new snapshot)
   * and sends only what is still missing.
   */
  | { readonly _tag: 'OutcomeUnknown'; readonly operations: number; readonly cause: OvsdbError }
  /**
   * The server refused the transaction, and planning again from a current copy of the
   * database gave the same operations: the refusal is permanent (a reference to a row
   * that is gone, a value the server refuses), not a conflict, so nothing is sent again.
   * `operation` says which operation failed, and on which row of the plan.
   */
  | {
      readonly _tag: 'Refused'
      readonly attempts: number
      readonly operation: string
      readonly error: OperationError
      /** The plan's row the failed operation writes, when it writes one: its table and identity. */
      readonly row?: { readonly table: string; readonly identity: string }
    }
  /**
   * The transaction committed, but the server dropped weak references it wrote, to rows
   * that do not exist: the database cannot hold the desired state until they do (seen
   * with a caller's replica, which shows the transaction when it resolves).
   */
  | { readonly _tag: 'ReferencesDropped'; readonly dropped: ReadonlyArray<DroppedReference> }
  | { readonly _tag: 'WaitTimeout'; readonly wait: 'sb' | 'hv'; readonly nbCfg: number; readonly reached: number; readonly ms: number }

// -------------------------------------------------------------------------------------
// apply
// -------------------------------------------------------------------------------------

// Errors that mean "the database changed under the plan": plan again.
const CONFLICTS = new Set(['timed out', 'constraint violation', 'referential integrity violation'])

let applyCounter = 0

// the incremental planners kept beside callers' replicas, by owner
const planners = new WeakMap<Replica, Map<string, Planner>>()
const PLAN_OPTIONS = ['rules', 'ownerKey', 'idKey', 'adopt', 'gc', 'gcTables', 'managedKey', 'cascade'] as const

/** The planner of a replica for an owner and options (a new one when the options changed). */
const plannerFor = (P: typeof Planner, replica: Replica, owner: string, options: PlanOptions): Planner => {
  let byOwner = planners.get(replica)
  if (byOwner === undefined) planners.set(replica, (byOwner = new Map()))
  const p = byOwner.get(owner)
  if (p !== undefined && PLAN_OPTIONS.every((k) => p.options[k] === options[k])) return p
  p?.close()
  const fresh = new P(replica.schema, replica, options, replica)
  byOwner.set(owner, fresh)
  return fresh
}

const isConflict = (e: OvsdbError): e is OperationError => e._tag === 'OperationError' && CONFLICTS.has(e.error)

// Errors after which a sent transaction may or may not have committed.
const isAmbiguous = (e: OvsdbError): boolean => e._tag === 'ConnectionClosed' || e._tag === 'Timeout'


const nbGlobal = (replica: Replica): { nb: number; sb: number; hv: number } | undefined => {
  for (const r of replica.rows('NB_Global').values()) {
    const n = (k: string) => (typeof r[k] === 'number' ? (r[k] as number) : 0)
    return { nb: n('nb_cfg'), sb: n('sb_cfg'), hv: n('hv_cfg') }
  }
  return undefined
}

const waitFor = (replica: Replica, wait: 'sb' | 'hv', target: number, ms: number): Promise<E.Either<ApplyError, void>> =>
  new Promise((resolve) => {
    const reached = () => nbGlobal(replica)?.[wait] ?? 0
    if (reached() >= target) return resolve(E.right(undefined))
    const timer = setTimeout(() => {
      stop()
      resolve(E.left({ _tag: 'WaitTimeout', wait, nbCfg: target, reached: reached(), ms }))
    }, ms)
    const stop = replica.onChange(() => {
      if (reached() >= target) {
        stop()
        clearTimeout(timer)
        resolve(E.right(undefined))
      }
    })
  })

/**
 * After a lost connection: the session's next connection, once the replica has
 * re-attached on it (undefined when that does not happen in time).
 */
const reattached = async (replica: Replica, session: Session, lost: Client, ms: number): Promise<Client | undefined> => {
  const deadline = Date.now() + ms
  // the replica turns stale when the connection ends; a timed-out request may leave
  // the connection up, and then there is nothing to wait for
  if (lost.isOpen) return undefined
  while (Date.now() < deadline) {
    const r = await replica.whenCurrent(Math.max(1, deadline - Date.now()))()
    if (E.isLeft(r)) return undefined
    const c = session.client
    if (c !== undefined && c !== lost && c.isOpen && replica.current) return c
    // current on a connection the session has already dropped: wait for the next one
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return undefined
}

/** The failed operation in words: its index, what it does, and the plan's row it serves. */
const describeOperation = (plan: Plan, ops: ReadonlyArray<Operation>, index: number): { readonly text: string; readonly row?: { readonly table: string; readonly identity: string } } => {
  const op = ops[index]
  if (op === undefined) return { text: `the commit of ${ops.length} operations` }
  const text = `operation ${index} (${op.op}${'table' in op ? ` ${op.table}` : ''})`
  let entry: Plan['entries'][number] | undefined
  if (op.op === 'insert') entry = plan.entries.find((e) => e.action === 'create' && e.uuidName === op['uuid-name'])
  else if ('where' in op) {
    const w = op.where[0] as readonly [string, string, unknown] | undefined
    const uuid = w !== undefined && w[0] === '_uuid' && Array.isArray(w[2]) ? (w[2] as unknown as readonly [string, string])[1] : undefined
    if (uuid !== undefined) entry = plan.entries.find((e) => e.action !== 'create' && e.uuid === uuid)
  }
  return entry === undefined ? { text } : { text: `${text}: ${entry.action} ${entry.table} ${entry.identity}`, row: { table: entry.table, identity: entry.identity } }
}

/**
 * Makes the database hold `desired`; see the module description. Applying the same
 * state again sends no transaction at all.
 *
 * @category apply
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { apply, connect, type DesiredState } from 'ovn-nb'
 * declare const desired: DesiredState
 * const client = await connect('unix:/var/run/ovn/ovnnb_db.sock')()
 * if (E.isRight(client)) {
 *   const r = await apply(client.right, desired, { wait: 'sb' })()
 *   if (E.isRight(r)) console.log(r.right.plan.summary)
 * }
 */
export const apply =
  (first: Client, desired: DesiredState, options: ApplyOptions = {}): TE.TaskEither<ApplyError, ApplyResult> =>
  async () => {
    // the connection in use: the session's next one after a lost reply (see options.session)
    let client = first
    const db = options.database ?? 'OVN_Northbound'
    // without a caller's replica, each attempt reads a snapshot: a monitor opened for the
    // initial rows and cancelled at once, so the server computes no updates of our own
    // transaction for a copy nobody keeps (with a monitor open, ovsdb-server spends about
    // as much again on a large transaction)
    const owned = options.replica === undefined
    const rules = options.rules ?? (db === 'OVN_Northbound' ? nbIdentity : {})
    const snapshotOf = async (): Promise<E.Either<OvsdbError, Replica>> => {
      const monitorId = `ovn-nb-apply-${++applyCounter}`
      if (options.read === 'scoped' && desired.rows.length <= MAX_SCOPED_ROWS) {
        let schema = client.schemaOf(db)
        if (schema === undefined) {
          const g = await client.getSchema(db)()
          if (E.isLeft(g)) return g
          schema = g.right
        }
        const s = await scopedRead(client, db, schema, desired, { rules, monitorId, ...(options.ownerKey !== undefined ? { ownerKey: options.ownerKey } : {}), ...(options.adopt !== undefined ? { adopt: options.adopt } : {}) })
        return E.map((x: ScopedRead) => x.replica)(s)
      }
      const r = await syncReplica(client, db, { externalIdKeys: [options.ownerKey ?? 'ovn-nb/owner'], monitorId })()
      if (E.isLeft(r)) return r
      const cancelled = await client.monitorCancel(monitorId)()
      return E.isLeft(cancelled) ? cancelled : r
    }
    // the incremental planner (a large module) is loaded only for a caller's replica: a
    // one-shot apply (the CLI) plans once, with the diff
    const P = options.replica !== undefined ? (await import('../plan/planner.js')).Planner : undefined
    let replica: Replica
    if (options.replica !== undefined) replica = options.replica
    else {
      const r = await snapshotOf()
      if (E.isLeft(r)) return r
      replica = r.right
    }
    // the options that make a plan (a planner is kept per set of them)
    const planOptions: PlanOptions = { rules }
    for (const k of PLAN_OPTIONS) if (k !== 'rules' && options[k] !== undefined) Object.assign(planOptions, { [k]: options[k] })
    const retries = options.retries ?? 3
    let last: OvsdbError | undefined
    // the operations the server refused last: the same ones planned again from a current
    // copy mean the refusal is permanent
    let refused: { readonly ops: string; readonly error: OperationError; readonly operation: { readonly text: string; readonly row?: { readonly table: string; readonly identity: string } } } | undefined
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
      // never plan from a copy that may lack what was committed while it was disconnected
      if (!owned) {
        const cur = await currentReplica(replica, options.replicaTimeoutMs ?? 30000)
        if (E.isLeft(cur)) return cur
      }
      // a caller's replica keeps an incremental planner beside it; a snapshot is planned once
      const planner = P === undefined ? undefined : plannerFor(P, replica, desired.owner, planOptions)
      const plan = planner === undefined ? diff(replica.schema, replica, desired, planOptions) : planner.plan(desired)
      if (E.isLeft(plan)) return plan
      const why = planner?.lastFallback
      const planned = planner?.lastPath === undefined ? {} : { planned: { path: planner.lastPath, ...(why !== undefined ? { fallback: why } : {}) } }
      const ops = compile(plan.right, options)
      const wait = options.wait ?? 'none'
      if (options.dryRun === true || (ops.length === 0 && wait === 'none'))
        return E.right({ plan: plan.right, operations: 0, attempts: attempt, created: new Map(), ...planned })
      if (refused !== undefined) {
        if (refused.ops === JSON.stringify(ops)) return E.left({ _tag: 'Refused', attempts: attempt - 1, operation: refused.operation.text, error: refused.error, ...(refused.operation.row !== undefined ? { row: refused.operation.row } : {}) })
        refused = undefined
      }
      const all: Operation[] = [...ops]
      const waiting = wait !== 'none' && nbGlobal(replica) !== undefined
      if (waiting) {
        all.push({ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=', 1]] })
        all.push({ op: 'select', table: 'NB_Global', where: [], columns: ['nb_cfg'] })
      }
      // the plan's values were checked against the schema when it was made, and compile
      // only arranges them: checking every operation again would cost as much as the diff
      // (guards, such as the NB model's schema check, still run)
      // a connection already closed sends nothing: no doubt about the outcome then
      if (!client.isOpen) return E.left({ _tag: 'ConnectionClosed', message: 'the connection is closed; nothing was sent' })
      options.onSend?.(plan.right)
      const r = await client.transact(db, all, { validate: false })()
      if (E.isLeft(r)) {
        if (isAmbiguous(r.left)) {
          // resolved by planning again from a replica that has seen the outcome, on the
          // session's next connection; else said as it is
          const next = options.session !== undefined && !owned && attempt <= retries ? await reattached(replica, options.session, client, options.replicaTimeoutMs ?? 30000) : undefined
          if (next === undefined) return E.left({ _tag: 'OutcomeUnknown', operations: ops.length, cause: r.left })
          client = next
          continue
        }
        if (isConflict(r.left) && attempt <= retries) {
          last = r.left
          refused = { ops: JSON.stringify(ops), error: r.left, operation: describeOperation(plan.right, all, r.left.index) }
          if (owned) {
            const again = await snapshotOf()
            if (E.isLeft(again)) return again
            replica = again.right
          }
          continue
        }
        return isConflict(r.left) ? E.left({ _tag: 'ConflictRetriesExhausted', attempts: attempt, last: r.left }) : r
      }
      const created = createdUuids(plan.right, all, r.right)
      // the planner takes what this transaction did as expected at its next plan
      planner?.committed(plan.right, created)
      // a weak reference to a missing row is dropped by the server without an error
      if (!owned) {
        const dropped = droppedReferences(replica.schema, replica, plan.right, created)
        if (dropped.length > 0) return E.left({ _tag: 'ReferencesDropped', dropped })
      }
      let nbCfg: number | undefined
      if (waiting) {
        const sel = r.right[all.length - 1] as { rows: ReadonlyArray<{ nb_cfg?: unknown }> }
        nbCfg = typeof sel.rows[0]?.nb_cfg === 'number' ? sel.rows[0].nb_cfg : undefined
        if (nbCfg !== undefined) {
          // a snapshot does not follow the database: watch NB_Global alone while waiting
          let watched = replica
          let watchId: string | undefined
          if (owned) {
            watchId = `ovn-nb-apply-${++applyCounter}`
            const n = await syncReplica(client, db, { tables: ['NB_Global'], monitorId: watchId })()
            if (E.isLeft(n)) return n
            watched = n.right
          }
          const w = await waitFor(watched, wait as 'sb' | 'hv', nbCfg, options.waitTimeoutMs ?? 30000)
          if (watchId !== undefined) await client.monitorCancel(watchId)()
          if (E.isLeft(w)) return w
        }
      }
      return E.right({ plan: plan.right, operations: ops.length, attempts: attempt, created, ...(nbCfg !== undefined ? { nbCfg } : {}), ...planned })
    }
    return E.left({ _tag: 'ConflictRetriesExhausted', attempts: retries + 1, last: last! })
  }
