/**
 * A session: a client that stays connected. It tries the remotes in turn (a cluster's
 * members, `tcp:a:6641,tcp:b:6641,tcp:c:6641`), keeps only a connection to the leader
 * when asked (checked through the `_Server` database, as `ovn-nbctl` does), and
 * reconnects with exponential backoff and jitter when the connection drops. Listeners
 * hear of every (re)connection, so that monitors and replicas can resume — see
 * {@link followReplica}, which resumes with `monitor_cond_since` from the last
 * transaction seen instead of downloading the database again.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import { connect, type Client, type ClientOptions, type OvsdbTask } from './client.js'
import { formatError, type OvsdbError } from './errors.js'
import { isUsableLeader, watchServerDatabase } from './leadership.js'
import { DEFAULT_REQUEST_TIMEOUT_MS, type RequestOptions } from './rpc.js'
import { parseRemotes, type Remote } from './transport.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link openSession}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SessionOptions } from 'ovn-nb/ovsdb'
 * const o: SessionOptions = { remotes: 'tcp:10.0.0.1:6641,tcp:10.0.0.2:6641,tcp:10.0.0.3:6641', database: 'OVN_Northbound' }
 */
export interface SessionOptions extends ClientOptions {
  /** One remote, a comma-separated list, or an array. */
  readonly remotes: string | ReadonlyArray<string>
  /** The database whose leadership matters (default `OVN_Northbound`). */
  readonly database?: string
  /**
   * Keep only a connection to the cluster leader (default true; standalone servers always
   * qualify). Checked at connect and watched afterwards (a monitor on `_Server.Database`):
   * when the member stops being the leader or loses the cluster, the session drops it and
   * connects to the leader.
   */
  readonly leaderOnly?: boolean
  /** First wait before reconnecting (default 100 ms), doubled up to `maxBackoffMs` (default 8000 ms). */
  readonly initialBackoffMs?: number
  readonly maxBackoffMs?: number
  /**
   * Give up the first connection after this long (default 30000 ms), a server that
   * accepts and never answers included; later ones retry forever. Each server's check at
   * connect (leader or not; a `list_dbs` when `leaderOnly` is false) must answer within
   * `requestTimeoutMs` and two probe intervals, so a stopped member costs one such wait.
   */
  readonly firstConnectTimeoutMs?: number
}

/**
 * What a session tells its listeners.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SessionEvent } from 'ovn-nb/ovsdb'
 * const log = (e: SessionEvent) => console.log(e.type === 'connected' ? `up on ${e.remote}` : `down: ${e.reason}`)
 */
export type SessionEvent =
  | { readonly type: 'connected'; readonly remote: string; readonly client: Client; readonly reconnect: boolean }
  | { readonly type: 'disconnected'; readonly remote: string; readonly reason: string }

/**
 * A server's view of one database, from `_Server.Database`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ServerDatabase } from 'ovn-nb/ovsdb'
 * const d: ServerDatabase = { model: 'clustered', leader: false, connected: true }
 */
export interface ServerDatabase {
  readonly model: string
  readonly leader: boolean
  readonly connected: boolean
}

// -------------------------------------------------------------------------------------
// session
// -------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref())

/**
 * Reads this server's view of a database from `_Server.Database`: its model
 * (`standalone`, `clustered`, `relay`), whether this server is the leader, whether it is
 * connected to the cluster.
 *
 * @category session
 * @since 0.1.0
 * @example
 * import { serverDatabase, type Client } from 'ovn-nb/ovsdb'
 * declare const client: Client
 * const r = await serverDatabase(client, 'OVN_Northbound')() // Right({ model: 'clustered', leader: true, connected: true })
 */
export const serverDatabase =
  (client: Client, database: string, options: RequestOptions = {}): OvsdbTask<ServerDatabase> =>
  async () => {
    const r = await client.transact(
      '_Server',
      [{ op: 'select', table: 'Database', where: [['name', '==', database]], columns: ['model', 'leader', 'connected'] }],
      { validate: false, ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}) },
    )()
    if (E.isLeft(r)) return r
    const row = r.right[0].rows[0]
    if (row === undefined) return E.left({ _tag: 'RpcError', method: 'transact', error: 'unknown database', details: `_Server has no database ${database}` })
    return E.right({ model: String(row['model']), leader: row['leader'] === true, connected: row['connected'] === true })
  }

/**
 * A self-healing connection; create it with {@link openSession}.
 *
 * @category session
 * @since 0.1.0
 * @example
 * import { openSession } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const s = await openSession({ remotes: 'unix:/run/ovn/ovnnb_db.sock' })()
 * if (E.isRight(s)) {
 *   s.right.on((e) => console.log(e.type))
 *   const c = s.right.client // the current connection, if any
 * }
 */
export class Session {
  private current: Client | undefined
  private closed = false
  private readonly listeners: Array<(e: SessionEvent) => void> = []
  private next = 0

  /** @internal */
  constructor(
    private readonly remotes: ReadonlyArray<Remote>,
    private readonly options: SessionOptions,
  ) {}

  /**
   * The current connection (undefined while reconnecting).
   *
   * @since 0.1.0
   */
  get client(): Client | undefined {
    return this.current
  }

  /**
   * Listens to connections and disconnections.
   *
   * @since 0.1.0
   */
  on(listener: (e: SessionEvent) => void): void {
    this.listeners.push(listener)
  }

  /**
   * Closes the connection and stops reconnecting.
   *
   * @since 0.1.0
   */
  close(): TE.TaskEither<never, void> {
    return async () => {
      this.closed = true
      if (this.current !== undefined) await this.current.close()()
      this.current = undefined
      return E.right(undefined)
    }
  }

  /**
   * One pass over the remotes; the first that qualifies wins. Nothing in it waits past
   * `deadline` (ms since the epoch). @internal
   */
  async tryOnce(deadline = Infinity): Promise<E.Either<OvsdbError, Client>> {
    let last: OvsdbError = { _tag: 'TransportError', remote: '', message: 'no remote' }
    for (let i = 0; i < this.remotes.length && !this.closed; i++) {
      const remaining = deadline - Date.now()
      if (remaining <= 0) break
      const remote = this.remotes[(this.next + i) % this.remotes.length]!
      const c = await connect(remote, { ...this.options, connectTimeoutMs: Math.min(this.options.connectTimeoutMs ?? 10000, remaining) })()
      if (E.isLeft(c)) {
        last = c.left
        continue
      }
      const q = await this.qualify(c.right, remote, deadline)
      if (E.isLeft(q)) {
        last = q.left
        await c.right.close()()
        continue
      }
      this.next = (this.next + i) % this.remotes.length
      return E.right(c.right)
    }
    return E.left(last)
  }

  /**
   * Whether a fresh connection may be used: the server answers (a stopped one accepts
   * TCP connections and never replies) and, for a leader-only session, is the leader,
   * which is then watched. The check gets what the request deadline, two probe
   * intervals (the probe's own verdict) and the deadline allow, whichever is least.
   */
  private async qualify(client: Client, remote: Remote, deadline: number): Promise<E.Either<OvsdbError, void>> {
    // 0 and Infinity mean "no bound" for the options; a deadline already passed leaves 1 ms
    const bounds = [this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, 2 * (this.options.probeIntervalMs ?? 5000)].filter(
      (b) => b > 0 && Number.isFinite(b),
    )
    if (Number.isFinite(deadline)) bounds.push(Math.max(1, deadline - Date.now()))
    const timeoutMs = bounds.length > 0 ? Math.min(...bounds) : 0
    if (this.options.leaderOnly === false) {
      const r = await client.listDbs({ timeoutMs })()
      return E.isLeft(r) ? r : E.right(undefined)
    }
    const database = this.options.database ?? 'OVN_Northbound'
    const db = await watchServerDatabase(
      client,
      database,
      (d) => {
        // the session's close listener (adopt) reconnects, to the leader
        if (d === undefined || !isUsableLeader(d)) void client.close(`${remote.text} is no longer the leader of ${database}`)()
      },
      { timeoutMs },
    )()
    if (E.isLeft(db)) return db
    return isUsableLeader(db.right) ? E.right(undefined) : E.left({ _tag: 'TransportError', remote: remote.text, message: 'not the cluster leader' })
  }

  /** @internal */
  adopt(client: Client, reconnect: boolean): void {
    this.current = client
    client.onClose((reason) => {
      if (this.current !== client) return
      this.current = undefined
      this.emit({ type: 'disconnected', remote: client.remote, reason })
      if (!this.closed) void this.reconnect()
    })
    this.emit({ type: 'connected', remote: client.remote, client, reconnect })
  }

  private async reconnect(): Promise<void> {
    let wait = this.options.initialBackoffMs ?? 100
    const max = this.options.maxBackoffMs ?? 8000
    this.next = (this.next + 1) % this.remotes.length // the one that dropped goes last
    while (!this.closed) {
      const c = await this.tryOnce()
      if (E.isRight(c)) {
        if (this.closed) await c.right.close()()
        else this.adopt(c.right, true)
        return
      }
      // full jitter: many controllers restarting together must not stampede the leader
      await sleep(Math.random() * wait)
      wait = Math.min(max, wait * 2)
    }
  }

  private emit(e: SessionEvent): void {
    for (const l of this.listeners) l(e)
  }
}

/**
 * Opens a session: connects to the first remote that qualifies (the leader, for a
 * cluster), retrying with backoff until `firstConnectTimeoutMs`; after that, reconnects
 * on its own whenever the connection drops.
 *
 * @category session
 * @since 0.1.0
 * @example
 * import { openSession } from 'ovn-nb/ovsdb'
 * const s = await openSession({ remotes: ['tcp:127.0.0.1:6641', 'tcp:127.0.0.1:6643'], leaderOnly: true })()
 */
export const openSession =
  (options: SessionOptions): TE.TaskEither<OvsdbError, Session> =>
  async () => {
    const texts = typeof options.remotes === 'string' ? [options.remotes] : options.remotes
    const remotes: Remote[] = []
    for (const t of texts) {
      const r = parseRemotes(t)
      if (E.isLeft(r)) return r
      remotes.push(...r.right)
    }
    const session = new Session(remotes, options)
    const deadline = Date.now() + (options.firstConnectTimeoutMs ?? 30000)
    let wait = options.initialBackoffMs ?? 100
    for (;;) {
      const c = await session.tryOnce(deadline)
      if (E.isRight(c)) {
        session.adopt(c.right, false)
        return E.right(session)
      }
      if (Date.now() + wait > deadline)
        return E.left({ _tag: 'TransportError', remote: remotes.map((r) => r.text).join(','), message: `no usable server: ${formatError(c.left)}` })
      await sleep(wait)
      wait = Math.min(options.maxBackoffMs ?? 8000, wait * 2)
    }
  }
