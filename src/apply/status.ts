/**
 * status: what a CNI `STATUS` verb (or a controller's readiness probe) reports about
 * the Northbound database behind a connection — the remote, the database model
 * (standalone, clustered, relay) and, for a cluster member, whether it is the leader
 * and the cluster and server ids, read from the `_Server` database; the schema version
 * and what the model has that the server lacks; and how far ovn-northd and the
 * chassis have got (`NB_Global` `nb_cfg`, `sb_cfg`, `hv_cfg`).
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import type { DatabaseModel } from '../codegen/runtime.js'
import type { Client } from '../ovsdb/client.js'
import type { OvsdbError } from '../ovsdb/errors.js'
import type { DatabaseSchema } from '../ovsdb/schema.js'
import type { Row } from '../ovsdb/wire/datum.js'
import { compareWithServer } from '../nb/compat.js'
import { model as nbModel } from '../nb/generated/index.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The database as the server sees it (one row of `_Server.Database`).
 *
 * - `model`: `standalone`, `clustered` (Raft) or `relay`.
 * - `connected`: for a cluster member, whether it is connected to the cluster (a
 *   member cut off from the majority says false); always true for a standalone one,
 *   and for a relay (ovsdb-server 3.1 keeps it true while the relay's source is away:
 *   reads are then answered from the relay's copy and writes wait for the source, so
 *   give the client a `requestTimeoutMs`).
 * - `leader`: whether this server is the cluster leader (true for a standalone
 *   database, which takes writes itself; false for a relay, which forwards them).
 * - `clusterId`, `serverId`: the cluster's and this member's UUIDs (clustered only).
 * - `index`: the Raft log index this member has applied (clustered only).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DatabaseStatus } from 'ovn-nb/apply'
 * const d: DatabaseStatus = { name: 'OVN_Northbound', model: 'standalone', connected: true, leader: true }
 */
export interface DatabaseStatus {
  readonly name: string
  readonly model: 'standalone' | 'clustered' | 'relay'
  readonly connected: boolean
  readonly leader: boolean
  readonly clusterId?: string
  readonly serverId?: string
  readonly index?: number
}

/**
 * The schema the server has, against the model the library was generated from:
 * the versions, whether the server is older, the same or newer, and the model's
 * tables and columns the server lacks (writes naming them are refused before any I/O).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SchemaStatus } from 'ovn-nb/apply'
 * const s: SchemaStatus = {
 *   version: '7.0.0', modelVersion: '7.19.0', server: 'older',
 *   missingTables: [{ table: 'Sample', since: '7.5.0' }],
 *   missingColumns: [{ table: 'ACL', column: 'tier', since: '7.3.0' }],
 * }
 */
export interface SchemaStatus {
  readonly version: string
  readonly modelVersion: string
  readonly server: 'older' | 'same' | 'newer'
  readonly missingTables: ReadonlyArray<{ readonly table: string; readonly since?: string }>
  readonly missingColumns: ReadonlyArray<{ readonly table: string; readonly column: string; readonly since?: string }>
}

/**
 * How far ovn-northd (`sbCfg`) and the chassis (`hvCfg`) have got with the
 * configuration generation the Northbound database asked for (`nbCfg`): each has
 * caught up when it has reached `nbCfg`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { NorthdStatus } from 'ovn-nb/apply'
 * const n: NorthdStatus = { nbCfg: 3, sbCfg: 3, hvCfg: 2, sbCaughtUp: true, hvCaughtUp: false }
 */
export interface NorthdStatus {
  readonly nbCfg: number
  readonly sbCfg: number
  readonly hvCfg: number
  readonly sbCaughtUp: boolean
  readonly hvCaughtUp: boolean
}

/**
 * The status of one connection to a Northbound database; see the module description.
 *
 * `ready` is true when the server answers and holds the database connected (a
 * cluster member in contact with its cluster). `northd` is undefined when the
 * database has no `NB_Global` row yet (neither ovn-northd nor `ovn-nbctl init` has
 * run). `warnings` says, one line each, what a person should know and what does not
 * make the database unusable: no `NB_Global` row, northd or the chassis behind, a
 * server schema older than the model.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Status } from 'ovn-nb'
 * const line = (s: Status): string =>
 *   `${s.remote}: ${s.database.model}${s.database.leader ? ' leader' : ''}, schema ${s.schema.version}`
 */
export interface Status {
  readonly remote: string
  readonly ready: boolean
  readonly database: DatabaseStatus
  readonly schema: SchemaStatus
  readonly northd?: NorthdStatus
  readonly warnings: ReadonlyArray<string>
}

/**
 * Options of {@link status}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { StatusOptions } from 'ovn-nb'
 * const o: StatusOptions = { timeoutMs: 2000 }
 */
export interface StatusOptions {
  /** The database (default the model's, `OVN_Northbound`). */
  readonly database?: string
  /** The model to compare the server's schema with (default the generated NB model). */
  readonly model?: DatabaseModel
  /** A timeout for each request (default none beyond the client's). */
  readonly timeoutMs?: number
}

// -------------------------------------------------------------------------------------
// reading rows
// -------------------------------------------------------------------------------------

const optional = (v: unknown): unknown => {
  if (Array.isArray(v) && v[0] === 'set') return (v[1] as ReadonlyArray<unknown>)[0]
  return v
}

const uuidOf = (v: unknown): string | undefined => {
  const a = optional(v)
  return Array.isArray(a) && a[0] === 'uuid' && typeof a[1] === 'string' ? a[1] : undefined
}

const numberOf = (v: unknown): number | undefined => {
  const a = optional(v)
  return typeof a === 'number' ? a : undefined
}

const databaseStatus = (name: string, r: Row): DatabaseStatus => {
  const model = r['model']
  const clusterId = uuidOf(r['cid'])
  const serverId = uuidOf(r['sid'])
  const index = numberOf(r['index'])
  return {
    name,
    model: model === 'clustered' || model === 'relay' ? model : 'standalone',
    connected: r['connected'] === true,
    leader: r['leader'] === true,
    ...(clusterId !== undefined ? { clusterId } : {}),
    ...(serverId !== undefined ? { serverId } : {}),
    ...(index !== undefined ? { index } : {}),
  }
}

const northdOf = (r: Row): NorthdStatus => {
  const n = (k: string) => numberOf(r[k]) ?? 0
  const nbCfg = n('nb_cfg')
  const sbCfg = n('sb_cfg')
  const hvCfg = n('hv_cfg')
  return { nbCfg, sbCfg, hvCfg, sbCaughtUp: sbCfg >= nbCfg, hvCaughtUp: hvCfg >= nbCfg }
}

// -------------------------------------------------------------------------------------
// status
// -------------------------------------------------------------------------------------

/**
 * Reads the status of the Northbound database behind `client`: one `select` on
 * `_Server.Database`, the schema (the one the client already holds, else
 * `get_schema`), one `select` on `NB_Global`. Fails only when the server cannot be
 * asked (or has no such database); everything else is data in the {@link Status}.
 *
 * @category status
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { connect, status } from 'ovn-nb'
 * const c = await connect('unix:/var/run/ovn/ovnnb_db.sock')()
 * if (E.isRight(c)) {
 *   const s = await status(c.right)()
 *   if (E.isRight(s)) console.log(s.right.database.model, s.right.database.leader, s.right.northd?.sbCaughtUp)
 * }
 */
export const status =
  (client: Client, options: StatusOptions = {}): TE.TaskEither<OvsdbError, Status> =>
  async () => {
    const model = options.model ?? nbModel
    const db = options.database ?? model.name
    const t = options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}
    const [server, schema, global] = await Promise.all([
      client.transact(
        '_Server',
        [{ op: 'select', table: 'Database', where: [['name', '==', db]], columns: ['name', 'model', 'connected', 'leader', 'cid', 'sid', 'index'] }],
        { ...t, validate: false },
      )(),
      client.schemaOf(db) !== undefined ? Promise.resolve(E.right<OvsdbError, DatabaseSchema>(client.schemaOf(db)!)) : client.getSchema(db)(),
      client.transact(db, [{ op: 'select', table: 'NB_Global', where: [], columns: ['nb_cfg', 'sb_cfg', 'hv_cfg'] }], { ...t, validate: false })(),
    ])
    if (E.isLeft(schema)) return schema
    if (E.isLeft(server)) return server
    const row = server.right[0].rows[0]
    if (row === undefined) return E.left({ _tag: 'RpcError', method: 'transact', error: 'unknown database', details: `_Server has no database "${db}"` })
    const database = databaseStatus(db, row)
    const c = compareWithServer(model, schema.right)
    const schemaStatus: SchemaStatus = {
      version: c.serverVersion,
      modelVersion: c.modelVersion,
      server: c.server,
      missingTables: c.missingTables,
      missingColumns: c.missingColumns,
    }
    // a database without NB_Global (or a schema without it) is still usable
    const nbRow = E.isRight(global) ? global.right[0].rows[0] : undefined
    const northd = nbRow !== undefined ? northdOf(nbRow) : undefined
    const warnings: string[] = []
    if (!database.connected) warnings.push(`${db} is not connected to its cluster`)
    if (northd === undefined) warnings.push('no NB_Global row: ovn-northd has not run (or "ovn-nbctl init" was not done)')
    else {
      if (!northd.sbCaughtUp) warnings.push(`ovn-northd is behind: sb_cfg ${northd.sbCfg} < nb_cfg ${northd.nbCfg}`)
      if (!northd.hvCaughtUp) warnings.push(`chassis are behind: hv_cfg ${northd.hvCfg} < nb_cfg ${northd.nbCfg}`)
    }
    if (c.server === 'older' && (c.missingTables.length > 0 || c.missingColumns.length > 0))
      warnings.push(
        `server schema ${c.serverVersion} is older than the model's ${c.modelVersion}: ${c.missingTables.length} tables and ${c.missingColumns.length} columns unavailable`,
      )
    return E.right({ remote: client.remote, ready: database.connected, database, schema: schemaStatus, ...(northd !== undefined ? { northd } : {}), warnings })
  }
