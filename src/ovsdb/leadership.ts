/**
 * Watching a server's view of one database in `_Server.Database` (model, leader,
 * connected) with a monitor, so that a session learns when the member it is on stops
 * being the leader or loses the cluster, instead of finding out at its next connect.
 * ovsdb-server rewrites those rows as its Raft state changes; the Python IDL and
 * `ovn-nbctl --leader-only` watch the same table.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { Client, MonitorEvent, OvsdbTask } from './client.js'
import type { OvsdbError } from './errors.js'
import type { RequestOptions } from './rpc.js'
// a cycle with session.ts, which uses this module: only at call time, never at load
import { serverDatabase, type ServerDatabase } from './session.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

const COLUMNS = ['name', 'model', 'leader', 'connected'] as const

let counter = 0

/** The row's fields as a ServerDatabase; fields a `modify` does not name keep their value. */
const merge = (prev: ServerDatabase | undefined, row: Readonly<Record<string, unknown>>): ServerDatabase => ({
  model: typeof row['model'] === 'string' ? row['model'] : prev?.model ?? '',
  leader: typeof row['leader'] === 'boolean' ? row['leader'] : prev?.leader ?? false,
  connected: typeof row['connected'] === 'boolean' ? row['connected'] : prev?.connected ?? false,
})

/** The state after one update of the watched row; `undefined` when the row is gone. */
const step = (prev: ServerDatabase | undefined, e: MonitorEvent): ServerDatabase | undefined => {
  let state = prev
  type Rows = Readonly<Record<string, Readonly<Record<string, unknown>>>>
  const rows = (e.updates as Readonly<Record<string, Rows>>)['Database'] ?? {}
  for (const uuid in rows) {
    const u = rows[uuid]!
    if ('delete' in u || ('old' in u && !('new' in u))) state = undefined
    else {
      const row = (u['initial'] ?? u['insert'] ?? u['modify'] ?? u['new']) as Readonly<Record<string, unknown>> | undefined
      if (row !== undefined) state = merge(state, row)
    }
  }
  return state
}

// -------------------------------------------------------------------------------------
// watching
// -------------------------------------------------------------------------------------

/**
 * Whether a server's view of a database lets a leader-only session use it: a standalone
 * (or relay) database always does; a clustered one when this server is the leader and
 * connected to the cluster.
 *
 * @category leadership
 * @since 0.1.0
 * @example
 * import { isUsableLeader } from 'ovn-nb/ovsdb'
 * isUsableLeader({ model: 'clustered', leader: false, connected: true }) // false
 */
export const isUsableLeader = (d: ServerDatabase): boolean => d.model !== 'clustered' || (d.leader && d.connected)

/**
 * Monitors this server's `_Server.Database` row of `database`: resolves with its
 * current state, then calls `onChange` with each new state (`undefined` when the row
 * is gone: the database was removed). Falls back to a one-time `select` (no later
 * changes) when the server refuses `monitor_cond` on `_Server`.
 *
 * @category leadership
 * @since 0.1.0
 * @example
 * import { watchServerDatabase, type Client } from 'ovn-nb/ovsdb'
 * declare const client: Client
 * const r = await watchServerDatabase(client, 'OVN_Northbound', (d) => {
 *   if (d === undefined || !d.leader) console.log('no longer the leader')
 * })() // Right({ model: 'clustered', leader: true, connected: true })
 */
export const watchServerDatabase =
  (
    client: Client,
    database: string,
    onChange: (d: ServerDatabase | undefined) => void,
    options: RequestOptions = {},
  ): OvsdbTask<ServerDatabase> =>
  async () => {
    let state: ServerDatabase | undefined
    let ready = false
    const early: MonitorEvent[] = []
    const onEvent = (e: MonitorEvent): void => {
      if (!ready) {
        early.push(e)
        return
      }
      state = step(state, e)
      onChange(state)
    }
    const r = await client.monitorCond(
      '_Server',
      `ovn-nb-leadership-${++counter}`,
      { Database: { columns: [...COLUMNS], where: [['name', '==', database]] } },
      onEvent,
      options,
    )()
    if (E.isLeft(r)) {
      if (r.left._tag !== 'RpcError') return r
      // a server without monitors on _Server: what a select says, with no later changes
      return serverDatabase(client, database, options)()
    }
    state = step(undefined, { method: 'update2', updates: r.right })
    ready = true
    for (const e of early.splice(0)) {
      state = step(state, e)
    }
    if (state === undefined) return E.left<OvsdbError, ServerDatabase>({ _tag: 'RpcError', method: 'monitor_cond', error: 'unknown database', details: `_Server has no database ${database}` })
    return E.right(state)
  }
