/**
 * The model and the server's schema side by side. The model is generated from the
 * newest NB schema the project knows; the server may be older (it lacks tables and
 * columns) or newer (it has more). Neither stops a client from starting: what the
 * server has and the model lacks is ignored, and an operation that names a table or
 * column the server lacks is refused before any I/O with an error naming it and the
 * schema version it needs.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import * as TE from '../deps/TaskEither.js'
import { pipe } from '../deps/function.js'
import { connect, type Client, type ClientOptions, type TransactGuard } from '../ovsdb/client.js'
import type { OvsdbError, SchemaMismatch } from '../ovsdb/errors.js'
import { compareVersions, getColumn, getTable, type ColumnType, type DatabaseSchema } from '../ovsdb/schema.js'
import type { Remote } from '../ovsdb/transport.js'
import type { Condition, Operation } from '../ovsdb/wire/operation.js'
import type { ColumnModel, DatabaseModel, TableModel } from '../codegen/runtime.js'
import { model as nbModel } from './generated/index.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How a server's schema differs from the model.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { compareWithServer } from 'ovn-nb/nb'
 * import { NB } from 'ovn-nb'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const server: DatabaseSchema // OVN_Northbound 7.0.0
 * const c = compareWithServer(NB.model, server)
 * c.missingColumns.find((m) => m.table === 'ACL' && m.column === 'tier') // { table: 'ACL', column: 'tier', since: '7.3.0' }
 */
export interface Compatibility {
  readonly database: string
  readonly modelVersion: string
  readonly serverVersion: string
  /** `older`, `same` or `newer`: the server's schema version against the model's. */
  readonly server: 'older' | 'same' | 'newer'
  /** Tables of the model the server lacks: operations on them are refused. */
  readonly missingTables: ReadonlyArray<{ readonly table: string; readonly since?: string }>
  /** Columns of the model the server lacks (in tables it has): operations naming them are refused. */
  readonly missingColumns: ReadonlyArray<{ readonly table: string; readonly column: string; readonly since?: string }>
  /** Tables the server has and the model lacks: ignored. */
  readonly extraTables: ReadonlyArray<string>
  /** Columns the server has and the model lacks: ignored (rows decode without them). */
  readonly extraColumns: ReadonlyArray<{ readonly table: string; readonly column: string }>
  /**
   * Columns both have with different types (an enum gained a value, a range changed):
   * the server checks values against its own type.
   */
  readonly changedColumns: ReadonlyArray<{
    readonly table: string
    readonly column: string
    readonly model: ColumnType
    readonly server: ColumnType
  }>
}

/**
 * Options of {@link connectNb}: the client's options, the database name (default the
 * model's) and the model (default the generated OVN_Northbound model).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { NbConnectOptions } from 'ovn-nb/nb'
 * const o: NbConnectOptions = { requestTimeoutMs: 10_000 }
 */
export interface NbConnectOptions extends ClientOptions {
  readonly database?: string
  readonly model?: DatabaseModel
}

/**
 * A connection made by {@link connectNb}: the client, the server's schema and how it
 * differs from the model.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { connectNb } from 'ovn-nb/nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const c = await connectNb('unix:/run/ovn/ovnnb_db.sock')()
 * if (E.isRight(c)) console.log(c.right.compatibility.server) // 'older'
 */
export interface NbConnection {
  readonly client: Client
  readonly schema: DatabaseSchema
  readonly compatibility: Compatibility
}

// -------------------------------------------------------------------------------------
// comparing
// -------------------------------------------------------------------------------------

const sameType = (a: ColumnType, b: ColumnType): boolean => JSON.stringify(a) === JSON.stringify(b)

const tablesOf = (m: DatabaseModel): ReadonlyArray<TableModel> => Object.values<TableModel>(m.tables)
const columnsOf = (t: TableModel): ReadonlyArray<ColumnModel> => Object.values<ColumnModel>(t.columns)

/**
 * Compares a server's schema with a model. Pure; never fails: every difference is
 * data.
 *
 * @category comparing
 * @since 0.1.0
 * @example
 * import { compareWithServer } from 'ovn-nb/nb'
 * import { NB } from 'ovn-nb'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const server: DatabaseSchema
 * const c = compareWithServer(NB.model, server)
 * if (c.server === 'older') console.log(`${c.missingColumns.length} columns unavailable`)
 */
export const compareWithServer = (model: DatabaseModel, server: DatabaseSchema): Compatibility => {
  const missingTables: Array<{ table: string; since?: string }> = []
  const missingColumns: Array<{ table: string; column: string; since?: string }> = []
  const extraTables: string[] = []
  const extraColumns: Array<{ table: string; column: string }> = []
  const changedColumns: Array<{ table: string; column: string; model: ColumnType; server: ColumnType }> = []
  const modelTables = new Map(tablesOf(model).map((t) => [t.name, t]))
  for (const t of tablesOf(model)) {
    const st = getTable(server, t.name)
    if (st === undefined) {
      missingTables.push({ table: t.name, ...(t.since !== undefined ? { since: t.since } : {}) })
      continue
    }
    for (const c of columnsOf(t)) {
      const sc = Object.prototype.hasOwnProperty.call(st.columns, c.name) ? st.columns[c.name] : undefined
      if (sc === undefined) missingColumns.push({ table: t.name, column: c.name, ...(c.since !== undefined ? { since: c.since } : {}) })
      else if (!sameType(c.type, sc.type)) changedColumns.push({ table: t.name, column: c.name, model: c.type, server: sc.type })
    }
    for (const cn of Object.keys(st.columns).sort())
      if (!Object.prototype.hasOwnProperty.call(t.columns, cn)) extraColumns.push({ table: t.name, column: cn })
  }
  for (const tn of Object.keys(server.tables).sort()) if (!modelTables.has(tn)) extraTables.push(tn)
  const cmp = compareVersions(server.version, model.version)
  return {
    database: model.name,
    modelVersion: model.version,
    serverVersion: server.version,
    server: cmp < 0 ? 'older' : cmp > 0 ? 'newer' : 'same',
    missingTables,
    missingColumns,
    extraTables,
    extraColumns,
    changedColumns,
  }
}

/**
 * The columns of a table both the model and the server have: what to ask a monitor
 * or a `select` for.
 *
 * @category comparing
 * @since 0.1.0
 * @example
 * import { sharedColumns } from 'ovn-nb/nb'
 * import { NB } from 'ovn-nb'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const server: DatabaseSchema // 7.0.0
 * sharedColumns(NB.model, server, 'ACL').includes('tier') // false
 */
export const sharedColumns = (model: DatabaseModel, server: DatabaseSchema, table: string): ReadonlyArray<string> => {
  const t = Object.prototype.hasOwnProperty.call(model.tables, table) ? (model.tables as Record<string, TableModel>)[table] : undefined
  const st = getTable(server, table)
  if (t === undefined || st === undefined) return []
  return columnsOf(t)
    .map((c) => c.name)
    .filter((c) => getColumn(st, c) !== undefined)
}

// -------------------------------------------------------------------------------------
// guarding
// -------------------------------------------------------------------------------------

/** The column names an operation uses. */
const columnsUsed = (op: Operation): ReadonlyArray<unknown> => {
  const where = (w: ReadonlyArray<Condition> | undefined): unknown[] =>
    Array.isArray(w) ? w.filter((c): c is readonly [string, never, never] => Array.isArray(c)).map((c) => c[0]) : []
  const keys = (r: unknown): string[] => (typeof r === 'object' && r !== null && !Array.isArray(r) ? Object.keys(r) : [])
  switch (op.op) {
    case 'insert':
      return keys(op.row)
    case 'select':
      return [...where(op.where), ...(Array.isArray(op.columns) ? op.columns : [])]
    case 'update':
      return [...where(op.where), ...keys(op.row)]
    case 'mutate':
      return [...where(op.where), ...(Array.isArray(op.mutations) ? op.mutations.map((m) => (Array.isArray(m) ? m[0] : undefined)) : [])]
    case 'delete':
      return where(op.where)
    case 'wait':
      return [
        ...where(op.where),
        ...(Array.isArray(op.columns) ? op.columns : []),
        ...(Array.isArray(op.rows) ? op.rows.flatMap(keys) : []),
      ]
    default:
      return []
  }
}

type Problem = SchemaMismatch['problems'][number]

const needs = (db: string, what: string, since: string | undefined, serverVersion: string): string =>
  since !== undefined && compareVersions(since, serverVersion) > 0
    ? `${what} needs ${db} >= ${since}; the server has ${serverVersion}`
    : `${what} is not in the server's ${db} ${serverVersion}` + (since !== undefined ? ` (the model has it since ${since})` : '')

/**
 * Checks operations against what the server lacks: each operation naming a table or
 * column that the model has and the server does not is a problem, e.g.
 * `ACL.tier needs OVN_Northbound >= 7.3.0; the server has 7.0.0`. Tables and columns
 * neither knows are left to schema validation.
 *
 * @category guarding
 * @since 0.1.0
 * @example
 * import { checkAgainstServer } from 'ovn-nb/nb'
 * import { NB } from 'ovn-nb'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const server: DatabaseSchema // 7.0.0
 * checkAgainstServer(NB.model, server, [{ op: 'insert', table: 'ACL', row: { tier: 1 } }])
 * // Left({ _tag: 'SchemaMismatch', problems: [{ index: 0, table: 'ACL', column: 'tier', needs: '7.3.0',
 * //   message: 'ACL.tier needs OVN_Northbound >= 7.3.0; the server has 7.0.0' }], ... })
 */
export const checkAgainstServer = (
  model: DatabaseModel,
  server: DatabaseSchema,
  ops: ReadonlyArray<Operation>,
): E.Either<SchemaMismatch, void> => {
  const problems: Problem[] = []
  const tables = model.tables as Readonly<Record<string, TableModel>>
  ops.forEach((op, index) => {
    if (typeof op !== 'object' || op === null || !('table' in op) || typeof op.table !== 'string') return
    const t = Object.prototype.hasOwnProperty.call(tables, op.table) ? tables[op.table] : undefined
    if (t === undefined) return
    const st = getTable(server, op.table)
    if (st === undefined) {
      problems.push({
        index,
        table: t.name,
        ...(t.since !== undefined ? { needs: t.since } : {}),
        message: needs(model.name, t.name, t.since, server.version),
      })
      return
    }
    const seen = new Set<string>()
    for (const cn of columnsUsed(op)) {
      if (typeof cn !== 'string' || seen.has(cn) || getColumn(st, cn) !== undefined) continue
      seen.add(cn)
      const c = Object.prototype.hasOwnProperty.call(t.columns, cn) ? (t.columns as Record<string, ColumnModel>)[cn] : undefined
      if (c === undefined) continue
      problems.push({
        index,
        table: t.name,
        column: cn,
        ...(c.since !== undefined ? { needs: c.since } : {}),
        message: needs(model.name, `${t.name}.${cn}`, c.since, server.version),
      })
    }
  })
  return problems.length === 0
    ? E.right(undefined)
    : E.left({ _tag: 'SchemaMismatch', database: model.name, serverVersion: server.version, problems })
}

/**
 * A {@link TransactGuard} refusing, before any I/O, transactions on the model's
 * database that name tables or columns the server lacks (see
 * {@link checkAgainstServer}).
 *
 * @category guarding
 * @since 0.1.0
 * @example
 * import { serverGuard } from 'ovn-nb/nb'
 * import { NB, connect } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const c = await connect('unix:/run/ovn/ovnnb_db.sock')()
 * if (E.isRight(c)) {
 *   const s = await c.right.getSchema('OVN_Northbound')()
 *   if (E.isRight(s)) c.right.addGuard(serverGuard(NB.model, s.right))
 * }
 */
export const serverGuard =
  (model: DatabaseModel, server: DatabaseSchema): TransactGuard =>
  (db, ops) =>
    db === server.name ? checkAgainstServer(model, server, ops) : E.right(undefined)

// -------------------------------------------------------------------------------------
// connecting
// -------------------------------------------------------------------------------------

/**
 * Connects to an OVN Northbound server, reads its schema, compares it with the model
 * and installs the guard. A server older or newer than the model is fine: only an
 * unreachable server or a missing database fails.
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import { connectNb } from 'ovn-nb/nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const c = await connectNb('tcp:127.0.0.1:6641')()
 * if (E.isRight(c)) {
 *   const { client, compatibility } = c.right
 *   console.log(`server ${compatibility.serverVersion}, model ${compatibility.modelVersion}`)
 *   await client.close()()
 * }
 */
export const connectNb = (
  remote: string | Remote,
  options: NbConnectOptions = {},
): TE.TaskEither<OvsdbError, NbConnection> => {
  const model = options.model ?? nbModel
  const database = options.database ?? model.name
  return pipe(
    connect(remote, options),
    TE.flatMap((client) =>
      pipe(
        client.getSchema(database),
        TE.orElse((e) =>
          pipe(
            client.close(),
            TE.flatMap(() => TE.left<OvsdbError, DatabaseSchema>(e)),
          ),
        ),
        TE.map((schema) => {
          // guards run before the client's own validation, so a column the server
          // lacks is reported with the version that has it
          client.addGuard(serverGuard(model, schema))
          return { client, schema, compatibility: compareWithServer(model, schema) }
        }),
      ),
    ),
  )
}
