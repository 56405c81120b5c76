/**
 * Saved plans in the CLI: `ovn-nb plan FILE --out PLAN.json` writes the plan with what it
 * read (see `plan/saved.ts`); `ovn-nb apply PLAN.json` — told from a topology module by
 * its content (`"format": "ovn-nb-plan"`), not its name — checks the file before any I/O,
 * checks the database is the one the plan was made on, and sends the reads' `wait`s and
 * the plan's operations in one transaction. When a wait fails, nothing was changed: each
 * read is checked again on its own to name every row that moved, and how.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { Client } from '../ovsdb/client.js'
import { formatError } from '../errors.js'
import { syncReplica, type Replica } from '../ovsdb/replica.js'
import type { DatabaseSchema } from '../ovsdb/schema.js'
import type { DesiredState } from '../ovsdb/desired.js'
import type { Operation, Wait } from '../ovsdb/wire/operation.js'
import { nbIdentity } from '../nb/identity.js'
import { diff, type PlanError, type PlanOptions } from '../plan/plan.js'
import { createdUuids } from '../plan/compile.js'
import {
  identityMismatch,
  savedOperations,
  savePlan,
  type DatabaseIdentity,
  type PlanRead,
  type SavedPlan,
} from '../plan/saved.js'

// -------------------------------------------------------------------------------------
// making one
// -------------------------------------------------------------------------------------

/**
 * The identity of the database a client is connected to: its schema, and from
 * `_Server.Database` its model and cluster id, and the UUID of its `NB_Global` row.
 *
 * @category making
 * @since 0.1.0
 * @example
 * import { databaseIdentity } from './saved.js'
 * import type { Client, DatabaseSchema } from '../ovsdb/index.js'
 * declare const client: Client
 * declare const schema: DatabaseSchema
 * const id = await databaseIdentity(client, schema) // Right({ name: 'OVN_Northbound', version: '7.0.0', cksum: '...', model: 'standalone' })
 */
export const databaseIdentity = async (client: Client, schema: DatabaseSchema): Promise<E.Either<string, DatabaseIdentity>> => {
  let base: DatabaseIdentity = { name: schema.name, version: schema.version, ...(schema.cksum !== undefined ? { cksum: schema.cksum } : {}) }
  if (schema.tables['NB_Global'] !== undefined) {
    const g = await client.transact(schema.name, [{ op: 'select', table: 'NB_Global', where: [], columns: ['_uuid'] }], { validate: false })()
    if (E.isLeft(g)) return E.left(formatError(g.left))
    const u = g.right[0].rows.length === 1 ? g.right[0].rows[0]!['_uuid'] : undefined
    if (Array.isArray(u) && u[0] === 'uuid') base = { ...base, instance: String(u[1]) }
  }
  const r = await client.transact('_Server', [{ op: 'select', table: 'Database', where: [['name', '==', schema.name]], columns: ['model', 'cid'] }], { validate: false })()
  // a server without _Server (the embedded one, old versions): the schema alone
  if (E.isLeft(r)) return E.right(base)
  const row = r.right[0].rows[0]
  if (row === undefined) return E.right(base)
  const cid = row['cid']
  const cidText = Array.isArray(cid) && cid[0] === 'uuid' ? String(cid[1]) : undefined
  return E.right({ ...base, ...(typeof row['model'] === 'string' ? { model: row['model'] } : {}), ...(cidText !== undefined ? { cid: cidText } : {}) })
}

/**
 * Plans `desired` against what the database holds now (a snapshot: a monitor opened for
 * the initial rows and cancelled) and returns the plan saved with what it read.
 *
 * @category making
 * @since 0.1.0
 * @example
 * import { planToSave } from './saved.js'
 * import type { Client, DatabaseSchema } from '../ovsdb/index.js'
 * import type { DesiredState } from '../ovsdb/desired.js'
 * declare const client: Client
 * declare const schema: DatabaseSchema
 * declare const desired: DesiredState
 * const r = await planToSave(client, schema, desired, { adopt: true }) // Right(saved plan)
 */
export const planToSave = async (
  client: Client,
  schema: DatabaseSchema,
  desired: DesiredState,
  options: Pick<PlanOptions, 'adopt' | 'cascade'>,
): Promise<E.Either<{ readonly _tag: 'Db'; readonly message: string } | PlanError, SavedPlan>> => {
  const id = await databaseIdentity(client, schema)
  if (E.isLeft(id)) return E.left({ _tag: 'Db', message: id.left })
  const ownerKey = 'ovn-nb/owner'
  const monitorId = 'ovn-nb-plan-out'
  const r = await syncReplica(client, schema.name, { externalIdKeys: [ownerKey], monitorId })()
  if (E.isLeft(r)) return E.left({ _tag: 'Db', message: formatError(r.left) })
  const replica: Replica = r.right
  const cancelled = await client.monitorCancel(monitorId)()
  if (E.isLeft(cancelled)) return E.left({ _tag: 'Db', message: formatError(cancelled.left) })
  const plan = diff(replica.schema, replica, desired, { rules: schema.name === 'OVN_Northbound' ? nbIdentity : {}, ...options })
  if (E.isLeft(plan)) return plan
  return E.right(savePlan(replica.schema, replica, plan.right, id.right, { comment: `ovn-nb apply of a saved plan by ${desired.owner}` }))
}

// -------------------------------------------------------------------------------------
// applying one
// -------------------------------------------------------------------------------------

/**
 * Why a saved plan was not applied: the database is another one, it moved since the
 * plan was made (every read that no longer holds, in words), or the server failed.
 *
 * @category applying
 * @since 0.1.0
 * @example
 * import type { SavedApplyError } from './saved.js'
 * const e: SavedApplyError = { _tag: 'Moved', moved: ['Logical_Switch sw0: other_config changed'] }
 */
export type SavedApplyError =
  | { readonly _tag: 'OtherDatabase'; readonly message: string }
  | { readonly _tag: 'Moved'; readonly moved: ReadonlyArray<string> }
  | { readonly _tag: 'Failed'; readonly message: string }

/**
 * A {@link SavedApplyError} as one line.
 *
 * @category applying
 * @since 0.1.0
 * @example
 * import { formatSavedApplyError } from './saved.js'
 * formatSavedApplyError({ _tag: 'Moved', moved: ['Logical_Switch sw0: other_config changed'] })
 * // 'the database changed since the plan was made; nothing was changed: Logical_Switch sw0: other_config changed; run "ovn-nb plan" again'
 */
export const formatSavedApplyError = (e: SavedApplyError): string => {
  switch (e._tag) {
    case 'OtherDatabase':
      return `the plan was made on another database; nothing was changed: ${e.message}`
    case 'Moved': {
      const shown = e.moved.length <= 10 ? e.moved.join('; ') : `${e.moved.slice(0, 10).join('; ')}; and ${e.moved.length - 10} more`
      return `the database changed since the plan was made; nothing was changed: ${shown}; run "ovn-nb plan" again`
    }
    case 'Failed':
      return e.message
  }
}

const holds = async (client: Client, db: string, wait: Wait): Promise<boolean | string> => {
  const r = await client.transact(db, [wait], { validate: false })()
  if (E.isRight(r)) return true
  return r.left._tag === 'OperationError' && r.left.error === 'timed out' ? false : formatError(r.left)
}

/** What no longer holds of a read, in words; undefined when it holds. */
const howMoved = async (client: Client, db: string, read: PlanRead): Promise<string | undefined> => {
  const ok = await holds(client, db, read.wait)
  if (ok === true) return undefined
  if (typeof ok === 'string') return `${read.label}: cannot be checked (${ok})`
  switch (read.kind) {
    case 'absent':
      return `${read.label}: exists now`
    case 'exists':
      return `${read.label}: deleted`
    case 'row': {
      const exists = await holds(client, db, { ...read.wait, columns: [], rows: [{}] })
      if (exists === false) return `${read.label}: deleted`
      const row = read.wait.rows[0] ?? {}
      const changed: string[] = []
      for (const c of read.wait.columns ?? []) {
        const same = await holds(client, db, { ...read.wait, columns: [c], rows: [{ [c]: row[c]! }] })
        if (same !== true) changed.push(c)
      }
      return `${read.label}: ${changed.length > 0 ? changed.join(', ') : 'its columns'} changed`
    }
  }
}

/**
 * Every read of a saved plan that no longer holds, in words (each checked on its own,
 * after the plan's transaction failed on the first of them).
 *
 * @category applying
 * @since 0.1.0
 * @example
 * import { movedReads } from './saved.js'
 * import type { Client } from '../ovsdb/index.js'
 * import type { SavedPlan } from '../plan/saved.js'
 * declare const client: Client
 * declare const saved: SavedPlan
 * const moved = await movedReads(client, saved) // ['Logical_Switch_Port vm1: addresses changed']
 */
export const movedReads = async (client: Client, saved: SavedPlan): Promise<ReadonlyArray<string>> => {
  const out: string[] = []
  // one at a time: this runs only after a refusal, and must not flood the server
  for (const read of saved.reads) {
    const m = await howMoved(client, saved.plan.database, read)
    if (m !== undefined) out.push(m)
  }
  return out
}

/**
 * Applies a saved plan: checks the database is the one it was made on, then sends its
 * reads and operations in one transaction; resolves with the number of operations of
 * the plan sent (0 for an empty plan: nothing is sent) and the UUIDs of the rows it
 * created, by desired id.
 *
 * @category applying
 * @since 0.1.0
 * @example
 * import { applySaved } from './saved.js'
 * import type { Client, DatabaseSchema } from '../ovsdb/index.js'
 * import type { SavedPlan } from '../plan/saved.js'
 * declare const client: Client
 * declare const schema: DatabaseSchema
 * declare const saved: SavedPlan
 * const r = await applySaved(client, schema, saved) // Right({ operations: 12, created: Map {...} }) or Left({ _tag: 'Moved', moved: [...] })
 */
export const applySaved = async (
  client: Client,
  schema: DatabaseSchema,
  saved: SavedPlan,
): Promise<E.Either<SavedApplyError, { readonly operations: number; readonly created: ReadonlyMap<string, string> }>> => {
  const id = await databaseIdentity(client, schema)
  if (E.isLeft(id)) return E.left({ _tag: 'Failed', message: id.left })
  const other = identityMismatch(saved.database, id.right)
  if (other !== undefined) return E.left({ _tag: 'OtherDatabase', message: other })
  const ops: ReadonlyArray<Operation> = savedOperations(saved)
  if (ops.length === 0) return E.right({ operations: 0, created: new Map() })
  // checked against the schema: the file came from outside
  const r = await client.transact(saved.plan.database, ops)()
  if (E.isRight(r)) return E.right({ operations: saved.operations.length, created: createdUuids(saved.plan, ops, r.right) })
  const e = r.left
  if (e._tag === 'OperationError' && e.error === 'timed out' && e.index < saved.reads.length) {
    const moved = await movedReads(client, saved)
    // moved back meanwhile: still refused, and said as such
    return E.left({ _tag: 'Moved', moved: moved.length > 0 ? moved : [`${saved.reads[e.index]!.label}: changed (and changed back since)`] })
  }
  if (e._tag === 'ConnectionClosed' || e._tag === 'Timeout')
    return E.left({ _tag: 'Failed', message: `the outcome of the transaction is unknown: ${formatError(e)}; "ovn-nb plan" tells what the database now holds` })
  return E.left({ _tag: 'Failed', message: `the server refused the saved plan; nothing was changed: ${formatError(e)}` })
}
