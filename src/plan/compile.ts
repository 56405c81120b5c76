/**
 * compile: a {@link Plan} -> the OVSDB operations of one transaction. Pure.
 *
 * - new rows are inserted with their named-uuids, and reference each other (and are
 *   held by their parents) through them, in the same transaction;
 * - changed scalar columns are written with one `update` per row, guarded by a `wait`
 *   that the columns still hold the values the plan saw (so someone else's change
 *   makes the transaction fail instead of being clobbered);
 * - sets and maps change element by element with `mutate`, leaving others' elements;
 * - natural keys the schema does not index are guarded by a `wait` that no row has
 *   the key yet (two appliers must not create two `sw0`), rows identified by the id in
 *   their marks (DHCP_Options) by a `wait` that no row of the owner carries that id, and
 *   rows of non-root tables no index identifies (ACLs, NAT, routes) by a `wait` that
 *   their parent's column still holds what the plan saw: the same transaction sent
 *   again after a lost reply fails instead of creating a second copy;
 * - root rows are deleted; other rows are removed from the column that holds them;
 *   a deleted row that holds children is guarded by a `wait` that it holds just those
 *   the plan saw (the server deletes them with it).
 *
 * @module
 */
import { setElements } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row } from '../ovsdb/wire/datum.js'
import type { Mutation, Operation } from '../ovsdb/wire/operation.js'
import type { ColumnChange, Plan, PlanValue } from './plan.js'

/**
 * Options of {@link compile}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CompileOptions } from 'ovn-nb/plan'
 * const o: CompileOptions = { comment: 'ovn-nb apply by ctl-a' }
 */
export interface CompileOptions {
  /** Add a `comment` operation (it shows in the server's log). */
  readonly comment?: string
  /** Leave the `wait` guards out (not recommended). */
  readonly guards?: boolean
}

const byUuid = (uuid: string) => [['_uuid', '==', ['uuid', uuid]]] as const

const mutationsOf = (c: Extract<ColumnChange, { mode: 'mutate' }>): Mutation[] => {
  const out: Mutation[] = []
  const isMap = Array.isArray(c.old) && c.old[0] === 'map'
  if (c.delete.length > 0) out.push([c.column, 'delete', ['set', c.delete]])
  if (c.insert.length > 0)
    out.push([c.column, 'insert', isMap ? ['map', c.insert as ReadonlyArray<readonly [Atom, Atom]>] : ['set', c.insert as ReadonlyArray<Atom>]])
  return out
}

/**
 * The largest column (in elements) a parent guard carries whole; beyond it, the wait
 * would cost more than the insert it guards, and a create through such a parent relies
 * on `apply` planning from a current replica alone.
 */
const PARENT_GUARD_MAX = 1000

/** The named-uuids of creates whose parent's column is guarded (undefined: none). */
const guardedChildren = (plan: Plan): ReadonlySet<string> | undefined => {
  let out: Set<string> | undefined
  for (const e of plan.entries) if (e.action === 'create' && e.guardParent === true) (out ??= new Set()).add(e.uuidName)
  return out
}

const insertsAny = (c: Extract<ColumnChange, { mode: 'mutate' }>, names: ReadonlySet<string>): boolean => {
  for (const a of c.insert) if (Array.isArray(a) && a[0] === 'named-uuid' && names.has(a[1] as string)) return true
  return false
}

/**
 * The operations of a plan, in this order: guards (`wait`), inserts, updates and
 * mutations, deletes. An empty plan compiles to no operations at all.
 *
 * @category compile
 * @since 0.1.0
 * @example
 * import { compile } from 'ovn-nb/plan'
 * import type { Plan } from 'ovn-nb'
 * declare const plan: Plan
 * const ops = compile(plan)
 * // [{ op: 'wait', table: 'Logical_Switch', timeout: 0, where: [['name', '==', 'sw0']], columns: ['name'], until: '==', rows: [] },
 * //  { op: 'insert', table: 'Logical_Switch', 'uuid-name': 'new0_Logical_Switch_sw0', row: { name: 'sw0', ... } }]
 */
export const compile = (plan: Plan, options: CompileOptions = {}): ReadonlyArray<Operation> => {
  const guards = options.guards !== false
  const held = guards ? guardedChildren(plan) : undefined
  const waits: Operation[] = []
  const inserts: Operation[] = []
  const changes: Operation[] = []
  const deletes: Operation[] = []
  for (const e of plan.entries) {
    switch (e.action) {
      case 'create':
        if (guards && e.guard !== undefined)
          waits.push({ op: 'wait', table: e.table, timeout: 0, where: e.guard, columns: e.guard.map((g) => (g as readonly [string, string, unknown])[0]), until: '==', rows: [] })
        inserts.push({ op: 'insert', table: e.table, 'uuid-name': e.uuidName, row: e.row as Row })
        break
      case 'update': {
        const set = e.changes.filter((c): c is Extract<ColumnChange, { mode: 'set' }> => c.mode === 'set')
        const mut = e.changes.filter((c): c is Extract<ColumnChange, { mode: 'mutate' }> => c.mode === 'mutate')
        if (set.length > 0) {
          if (guards)
            waits.push({
              op: 'wait',
              table: e.table,
              timeout: 0,
              where: byUuid(e.uuid),
              columns: set.map((c) => c.column),
              until: '==',
              rows: [Object.fromEntries(set.map((c) => [c.column, c.old]))],
            })
          changes.push({ op: 'update', table: e.table, where: byUuid(e.uuid), row: Object.fromEntries(set.map((c) => [c.column, c.new as PlanValue])) })
        }
        if (mut.length > 0) changes.push({ op: 'mutate', table: e.table, where: byUuid(e.uuid), mutations: mut.flatMap(mutationsOf) })
        if (held !== undefined)
          for (const c of mut)
            if (insertsAny(c, held) && setElements(c.old).length <= PARENT_GUARD_MAX)
              waits.push({ op: 'wait', table: e.table, timeout: 0, where: byUuid(e.uuid), columns: [c.column], until: '==', rows: [{ [c.column]: c.old }] })
        break
      }
      case 'delete':
        // the children it holds are those the plan saw: one more, put in by another writer
        // meanwhile, would go with it unseen
        if (guards && e.seen !== undefined)
          waits.push({ op: 'wait', table: e.table, timeout: 0, where: byUuid(e.uuid), columns: Object.keys(e.seen), until: '==', rows: [e.seen as Row] })
        // rows of non-root tables go through their parent's column (a mutate above)
        if (e.via === undefined) deletes.push({ op: 'delete', table: e.table, where: byUuid(e.uuid) })
        break
    }
  }
  const ops = [...waits, ...inserts, ...changes, ...deletes]
  if (ops.length > 0 && options.comment !== undefined) ops.push({ op: 'comment', comment: options.comment })
  return ops
}

/**
 * The UUIDs of the rows a plan created, by desired id, read from the results of the
 * transaction that ran its compiled operations (`ops` as sent, comments or waits added
 * around them included): what {@link Planner.committed} and callers that transact a
 * compiled plan themselves need.
 *
 * @category compile
 * @since 0.1.0
 * @example
 * import { compile, createdUuids } from 'ovn-nb/plan'
 * import type { Client, Plan } from 'ovn-nb'
 * declare const client: Client
 * declare const plan: Plan
 * const ops = compile(plan)
 * const r = await client.transact('OVN_Northbound', ops)()
 * if (r._tag === 'Right') createdUuids(plan, ops, r.right) // Map { 'Logical_Switch:sw0' => '550e8400-...' }
 */
export const createdUuids = (plan: Plan, ops: ReadonlyArray<Operation>, results: ReadonlyArray<unknown>): ReadonlyMap<string, string> => {
  // compile's order: the inserts follow the plan's creates one for one, so both are
  // walked side by side; operations in another order are matched by name instead
  const inOrder = new Map<string, string>()
  const entries = plan.entries
  let j = 0
  let i = 0
  for (; i < ops.length; i++) {
    const op = ops[i]!
    if (op.op !== 'insert' || op['uuid-name'] === undefined) continue
    while (j < entries.length && entries[j]!.action !== 'create') j++
    const e = entries[j]
    if (e === undefined || e.action !== 'create' || e.uuidName !== op['uuid-name']) break
    const r = results[i] as { uuid?: readonly [string, string] } | undefined
    if (r?.uuid !== undefined) inOrder.set(e.id, r.uuid[1])
    j++
  }
  if (i === ops.length) return inOrder
  const byName = new Map<string, string>()
  ops.forEach((op, i) => {
    const r = results[i] as { uuid?: readonly [string, string] } | undefined
    if (op.op === 'insert' && op['uuid-name'] !== undefined && r?.uuid !== undefined) byName.set(op['uuid-name'], r.uuid[1])
  })
  const created = new Map<string, string>()
  for (const e of plan.entries)
    if (e.action === 'create') {
      const u = byName.get(e.uuidName)
      if (u !== undefined) created.set(e.id, u)
    }
  return created
}
