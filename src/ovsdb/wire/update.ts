/**
 * Monitor requests and the bodies of `update`, `update2` and `update3` notifications
 * (RFC 7047 §4.1.5–4.1.6 and ovsdb-server(7) for the `monitor_cond*` extensions).
 *
 * @module
 */
import * as t from '../../deps/io-ts.js'
import { preview } from './preview.js'
import { MAX_PROBLEMS, moreError } from './paths.js'
import { isUuidString } from './atom.js'
import { isRow, type Row } from './datum.js'
import { ConditionC, type Condition } from './operation.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Which changes a monitor reports; every kind is reported when omitted.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MonitorSelect } from 'ovn-nb/ovsdb'
 * const changesOnly: MonitorSelect = { initial: false }
 */
export interface MonitorSelect {
  readonly initial?: boolean
  readonly insert?: boolean
  readonly delete?: boolean
  readonly modify?: boolean
}

/**
 * What to monitor in one table: the columns (all when omitted), which changes, and with
 * `monitor_cond*` a `where` clause selecting rows.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MonitorRequest } from 'ovn-nb/ovsdb'
 * const req: MonitorRequest = { columns: ['name', 'ports'], where: [['name', '==', 'sw0']] }
 */
export interface MonitorRequest {
  readonly columns?: ReadonlyArray<string>
  readonly select?: MonitorSelect
  readonly where?: ReadonlyArray<Condition>
}

/**
 * Monitor requests by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MonitorRequests } from 'ovn-nb/ovsdb'
 * const reqs: MonitorRequests = { Logical_Switch: {}, ACL: [{ columns: ['match'] }] }
 */
export type MonitorRequests = { readonly [table: string]: MonitorRequest | ReadonlyArray<MonitorRequest> }

/**
 * A row change of a plain `monitor` (`update` notification): `old` and/or `new`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RowUpdate } from 'ovn-nb/ovsdb'
 * const inserted: RowUpdate = { new: { name: 'sw0' } }
 */
export interface RowUpdate {
  readonly old?: Row
  readonly new?: Row
}

/**
 * Row changes by table and row UUID (`update` notification and `monitor` result).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TableUpdates } from 'ovn-nb/ovsdb'
 * const u: TableUpdates = { Logical_Switch: { '550e8400-e29b-41d4-a716-446655440000': { new: { name: 'sw0' } } } }
 */
export type TableUpdates = { readonly [table: string]: { readonly [uuid: string]: RowUpdate } }

/**
 * A row change of `monitor_cond` / `monitor_cond_since` (`update2`/`update3`):
 * `initial` and `insert` carry the row, `modify` the changed columns as a diff (for
 * sets and maps, the elements to toggle), `delete` null.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RowUpdate2 } from 'ovn-nb/ovsdb'
 * const m: RowUpdate2 = { modify: { ports: ['set', []] } }
 */
export type RowUpdate2 =
  | { readonly initial: Row }
  | { readonly insert: Row }
  | { readonly modify: Row }
  | { readonly delete: null }

/**
 * Row changes by table and row UUID (`update2`/`update3` and `monitor_cond*` results).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TableUpdates2 } from 'ovn-nb/ovsdb'
 * const u: TableUpdates2 = { ACL: { '550e8400-e29b-41d4-a716-446655440000': { delete: null } } }
 */
export type TableUpdates2 = { readonly [table: string]: { readonly [uuid: string]: RowUpdate2 } }

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { MonitorRequestC } from 'ovn-nb/ovsdb'
 * MonitorRequestC.is({ columns: ['name'] }) // true
 */
export const MonitorRequestC: t.Type<MonitorRequest, MonitorRequest, unknown> = t.partial({
  columns: t.readonlyArray(t.string),
  select: t.partial({ initial: t.boolean, insert: t.boolean, delete: t.boolean, modify: t.boolean }),
  where: t.readonlyArray(ConditionC),
}) as t.Type<MonitorRequest, MonitorRequest, unknown>

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { MonitorRequestsC } from 'ovn-nb/ovsdb'
 * MonitorRequestsC.is({ Logical_Switch: {} }) // true
 */
export const MonitorRequestsC: t.Type<MonitorRequests, MonitorRequests, unknown> = t.record(
  t.string,
  t.union([MonitorRequestC, t.readonlyArray(MonitorRequestC)]),
) as t.Type<MonitorRequests, MonitorRequests, unknown>

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

const isRowUpdate = (u: unknown): u is RowUpdate => {
  if (!isObject(u)) return false
  let n = 0
  for (const k in u) {
    if ((k !== 'old' && k !== 'new') || !isRow(u[k])) return false
    n++
  }
  return n > 0
}

const isRowUpdate2 = (u: unknown): u is RowUpdate2 => {
  if (!isObject(u)) return false
  let key: string | undefined
  for (const k in u) {
    if (key !== undefined) return false
    key = k
  }
  switch (key) {
    case 'initial':
    case 'insert':
    case 'modify':
      return isRow(u[key])
    case 'delete':
      return u[key] === null
    default:
      return false
  }
}

const tableUpdatesCodec = <A>(name: string, isRowChange: (u: unknown) => boolean, expected: string) =>
  new t.Type<A, A, unknown>(
    name,
    (u): u is A => validateTables(u, isRowChange, 0).total === 0,
    (u, c) => {
      const { bad, total } = validateTables(u, isRowChange, MAX_PROBLEMS)
      if (total === 0) return t.success(u as A)
      const errors: t.ValidationError[] = bad.map(([path, value]) => ({
        value,
        context: [...c, ...path.map((key) => ({ key, type: t.unknown, actual: value }))],
        message: path.length === 2 ? `expected ${expected}, got ${preview(value)}` : 'expected an object',
      }))
      if (total > bad.length) errors.push(moreError(c, total - bad.length))
      return t.failures(errors)
    },
    (a) => a,
  )

// the first `keep` problems with their paths, and how many there are in all (a
// hostile update can hold millions of wrong rows: only the count grows with them)
const validateTables = (
  u: unknown,
  isRowChange: (u: unknown) => boolean,
  keep: number,
): { readonly bad: ReadonlyArray<readonly [ReadonlyArray<string>, unknown]>; readonly total: number } => {
  if (!isObject(u)) return { bad: [[[], u]], total: 1 }
  const bad: Array<readonly [ReadonlyArray<string>, unknown]> = []
  let total = 0
  for (const table in u) {
    const rows = u[table]
    if (!isObject(rows)) {
      if (total++ < keep) bad.push([[table], rows])
      else if (keep === 0) return { bad, total }
      continue
    }
    for (const id in rows) {
      if (!isUuidString(id) || !isRowChange(rows[id])) {
        if (total++ < keep) bad.push([[table, id], rows[id]])
        else if (keep === 0) return { bad, total }
      }
    }
  }
  return { bad, total }
}

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { TableUpdatesC } from 'ovn-nb/ovsdb'
 * TableUpdatesC.is({}) // true
 */
export const TableUpdatesC: t.Type<TableUpdates, TableUpdates, unknown> = tableUpdatesCodec<TableUpdates>(
  'TableUpdates',
  isRowUpdate,
  'a row update {"old"?, "new"?}',
)

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { TableUpdates2C } from 'ovn-nb/ovsdb'
 * TableUpdates2C.is({ ACL: { '550e8400-e29b-41d4-a716-446655440000': { delete: null } } }) // true
 */
export const TableUpdates2C: t.Type<TableUpdates2, TableUpdates2, unknown> = tableUpdatesCodec<TableUpdates2>(
  'TableUpdates2',
  isRowUpdate2,
  'a row update2 {"initial"|"insert"|"modify"|"delete"}',
)
