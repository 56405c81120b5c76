/**
 * The embedded OVSDB server: databases, connections (sessions) speaking JSON-RPC 1.0 as
 * ovsdb-server does, monitors, locks, and transactions waiting on `wait` operations.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import * as E from '../../deps/Either.js'
import { Framer } from '../framer.js'
import type { Channel } from '../rpc.js'
import type { DatabaseSchema } from '../schema.js'
import { EMPTY, single, type Datum } from './datum.js'
import { Database, type Commit } from './database.js'
import { errorToJson, isDbError, syntaxError, type DbError } from './errors.js'
import { has, HmapOrder, isId, isObject, isUuidText, jsonHash, shashOrder, sortedStringify, type JsonObject } from './json.js'
import { schemaText, serverSchema } from './model.js'
import {
  composeChanges,
  composeConditionChange,
  composeInitial,
  mergeCommits,
  parseCondChange,
  parseRequests,
  setCondition,
  type Monitor,
  type MonitorTable,
  type MonitorVersion,
  type Updates,
} from './monitor.js'
import type { Condition } from './condition.js'
import { execute } from './transaction.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link createServer}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ServerOptions } from 'ovn-nb/ovsdb/server'
 * const standalone: ServerOptions = { txnHistory: 0 } // last-txn-id always zeros, like a standalone ovsdb-server
 */
export interface ServerOptions {
  /**
   * How many committed transactions each database remembers for `monitor_cond_since`
   * (default 100, the limit of a clustered ovsdb-server). With 0 the server behaves like
   * a standalone ovsdb-server: transaction ids are all zeros and a resuming client never
   * gets `found: true`.
   */
  readonly txnHistory?: number
  /**
   * Send an `echo` to a connection idle this long, and drop it when another interval
   * passes without a word (ovsdb-server's inactivity probe). Default 0: never.
   */
  readonly inactivityProbeMs?: number
  /** The server's UUID (`get_server_id`); random by default. */
  readonly serverId?: string
}

/**
 * Why a server could not be created.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ServerError } from 'ovn-nb/ovsdb/server'
 * const e: ServerError = { _tag: 'ServerError', message: 'duplicate database "OVN_Northbound"' }
 */
export interface ServerError {
  readonly _tag: 'ServerError'
  readonly message: string
}

interface Trigger {
  readonly id: unknown
  readonly key: string
  readonly db: Database
  readonly ops: ReadonlyArray<unknown>
  readonly created: number
  readonly seq: number
  timer: NodeJS.Timeout | undefined
}

// -------------------------------------------------------------------------------------
// server
// -------------------------------------------------------------------------------------

/**
 * An embedded, in-memory OVSDB server: serves any number of connections
 * ({@link serveChannel}, {@link listen}) on databases made from schemas. Create it with
 * {@link createServer}.
 *
 * @category server
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { createServer, type OvsdbServer } from 'ovn-nb/ovsdb/server'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * const r = createServer([nb])
 * if (E.isRight(r)) {
 *   const server: OvsdbServer = r.right
 *   console.log(server.databases) // ['OVN_Northbound', '_Server']
 *   server.close()
 * }
 */
export class OvsdbServer {
  /** The server's UUID (`get_server_id`). */
  readonly id: string
  private readonly dbs = new Map<string, Database>()
  private readonly sessions = new Set<Session>()
  private readonly locks = new Map<string, Session[]>()
  private seq = 0
  private runningTriggers = false
  private triggersAgain = false
  private closed = false

  /** @internal */
  constructor(
    schemas: ReadonlyArray<DatabaseSchema>,
    /** @internal */
    readonly options: ServerOptions,
  ) {
    this.id = options.serverId ?? randomUUID()
    const history = Math.max(0, options.txnHistory ?? 100)
    for (const s of schemas) this.dbs.set(s.name, new Database(s, history))
    const server = new Database(serverSchema(), 0, true)
    this.dbs.set('_Server', server)
    for (const db of this.dbs.values()) {
      const row: Record<string, Datum> = {
        name: single(db.name),
        model: single('standalone'),
        connected: single(true),
        leader: single(true),
        schema: single(schemaText(db.info)),
        sid: EMPTY,
        cid: EMPTY,
        index: EMPTY,
      }
      const ti = server.table('Database')!.info
      server.seed('Database', randomUUID(), ti.columns.map((c) => row[c.name] ?? ti.defaults[c.index]!))
    }
  }

  /** The names of the databases, in the order `list_dbs` gives them. */
  get databases(): ReadonlyArray<string> {
    // ovsdb-server adds the databases of its files first, then _Server
    return shashOrder([...[...this.dbs.keys()].filter((n) => n !== '_Server'), '_Server'])
  }

  /** Whether {@link OvsdbServer.close} was called. */
  get isClosed(): boolean {
    return this.closed
  }

  /** The number of open connections. */
  get connections(): number {
    return this.sessions.size
  }

  /**
   * Serves a connection over a channel until either side closes it; returns a function
   * that closes it from the server's side.
   */
  serve(channel: Channel): () => void {
    if (this.closed) {
      channel.close()
      return () => {}
    }
    const s = new Session(this, channel)
    this.sessions.add(s)
    return () => s.drop('closed by server')
  }

  /** Closes every connection; the server serves no new ones. */
  close(): void {
    this.closed = true
    for (const s of [...this.sessions]) s.drop('server closed')
  }

  // -----------------------------------------------------------------------------------
  // internals used by sessions
  // -----------------------------------------------------------------------------------

  /** @internal */
  db(name: string): Database | undefined {
    return this.dbs.get(name)
  }

  /** @internal */
  removeSession(s: Session): void {
    this.sessions.delete(s)
  }

  /** @internal */
  lock(s: Session, name: string, steal: boolean): boolean {
    let q = this.locks.get(name)
    if (q === undefined) this.locks.set(name, (q = []))
    const victim = steal && q.length > 0 ? q[0] : undefined
    if (steal) q.unshift(s)
    else q.push(s)
    if (victim !== undefined) victim.notify('stolen', [name])
    return q[0] === s
  }

  /** @internal */
  unlock(s: Session, name: string): void {
    const q = this.locks.get(name)
    if (q === undefined) return
    const i = q.indexOf(s)
    if (i >= 0) q.splice(i, 1)
    if (q.length === 0) this.locks.delete(name)
    // ovsdb-server tells the owner after any waiter leaves, even when it owned the lock already
    else q[0]!.notify('locked', [name])
  }

  /** @internal */
  owns(s: Session, name: string): boolean {
    return this.locks.get(name)?.[0] === s
  }

  /** @internal */
  nextSeq(): number {
    return ++this.seq
  }

  /**
   * Tries a transaction: replies when it completes, or leaves it pending until a later
   * commit or its `wait` timeout. @internal
   */
  tryTrigger(s: Session, t: Trigger, elapsedMs?: number): void {
    const elapsed = elapsedMs ?? Date.now() - t.created
    const outcome = execute(t.db, t.ops, { hasLock: (n) => this.owns(s, n), elapsedMs: elapsed })
    if (outcome.kind === 'blocked') {
      s.triggers.set(t.key, t)
      if (t.timer === undefined && outcome.timeoutMs !== Infinity) {
        const timeout = outcome.timeoutMs
        t.timer = setTimeout(
          () => {
            t.timer = undefined
            // a timer may fire a millisecond early: the wait has had its full timeout
            if (s.triggers.get(t.key) === t) this.tryTrigger(s, t, Math.max(Date.now() - t.created, timeout))
          },
          Math.max(0, t.created + timeout - Date.now()),
        )
      }
      return
    }
    s.triggers.delete(t.key)
    if (t.timer !== undefined) clearTimeout(t.timer)
    if (outcome.changes !== undefined) {
      const commit = t.db.record(outcome.changes)
      for (const other of this.sessions) other.committed(t.db, commit)
    }
    s.reply(t.id, outcome.results)
    if (outcome.changes !== undefined) this.runTriggers()
  }

  /** Retries pending transactions after a commit, oldest first, until nothing changes. */
  private runTriggers(): void {
    if (this.runningTriggers) {
      this.triggersAgain = true
      return
    }
    this.runningTriggers = true
    try {
      do {
        this.triggersAgain = false
        const pending: Array<readonly [Session, Trigger]> = []
        for (const s of this.sessions) for (const t of s.triggers.values()) pending.push([s, t])
        pending.sort((a, b) => a[1].seq - b[1].seq)
        for (const [s, t] of pending) if (s.triggers.get(t.key) === t) this.tryTrigger(s, t)
      } while (this.triggersAgain)
    } finally {
      this.runningTriggers = false
    }
  }
}

// -------------------------------------------------------------------------------------
// session
// -------------------------------------------------------------------------------------

const MEMBERS: ReadonlySet<string> = new Set(['method', 'params', 'result', 'error', 'id'])

type Message =
  | { readonly type: 'request'; readonly method: string; readonly params: ReadonlyArray<unknown>; readonly id: unknown }
  | { readonly type: 'notify'; readonly method: string; readonly params: ReadonlyArray<unknown> }
  | { readonly type: 'reply'; readonly id: unknown }
  | { readonly type: 'error'; readonly id: unknown }

/** `jsonrpc_msg_from_json` + `jsonrpc_msg_is_valid`: a message, or why it is not one. */
const classify = (m: unknown): Message | string => {
  if (!isObject(m)) return 'message is not a JSON object'
  const method = m['method']
  if (has(m, 'method') && typeof method !== 'string') return 'method is not a JSON string'
  for (const k of Object.keys(m)) if (!MEMBERS.has(k)) return `message has unexpected member "${k}"`
  const present = (k: string) => has(m, k) && m[k] !== null
  const params = present('params') ? m['params'] : undefined
  if (params !== undefined && !Array.isArray(params)) return '"params" must be JSON array'
  const type = present('result') ? 'reply' : present('error') ? 'error' : present('id') ? 'request' : 'notify'
  // method, params, result, error, id
  const pattern = { request: [1, 1, 0, 0, 1], notify: [1, 1, 0, 0, 0], reply: [0, 0, 1, 0, 1], error: [0, 0, 0, 1, 1] }[type]
  const got = [method !== undefined ? 1 : 0, params !== undefined ? 1 : 0, present('result') ? 1 : 0, present('error') ? 1 : 0, present('id') ? 1 : 0]
  const names = ['method', 'params', 'result', 'error', 'id']
  const typeName = type === 'notify' ? 'notification' : type
  for (let i = 0; i < 5; i++)
    if (got[i] !== pattern[i]) return `${typeName} must${pattern[i] === 1 ? '' : ' not'} have "${names[i]}"`
  switch (type) {
    case 'request':
      return { type, method: method as string, params: params as ReadonlyArray<unknown>, id: m['id'] }
    case 'notify':
      return { type, method: method as string, params: params as ReadonlyArray<unknown> }
    default:
      return { type, id: m['id'] }
  }
}

/** One connection. @internal */
export class Session {
  readonly triggers = new Map<string, Trigger>()
  private readonly monitors = new Map<string, Monitor>()
  /** The monitors in ovsdb-server's order (a session's hmap by `json_hash` of the id): their updates go out in this order. */
  private readonly monitorOrder = new HmapOrder()
  private readonly waiting = new Set<string>()
  private readonly framer = new Framer()
  private closed = false
  private dbChangeAware = false
  private lastHeard = Date.now()
  private probeSent = false
  private probeTimer: NodeJS.Timeout | undefined

  constructor(
    private readonly server: OvsdbServer,
    private readonly channel: Channel,
  ) {
    channel.onData((chunk) => this.receive(chunk))
    channel.onClose(() => this.cleanup())
    const probe = server.options.inactivityProbeMs ?? 0
    if (probe > 0) {
      this.probeTimer = setInterval(() => this.probe(probe), Math.max(10, Math.floor(probe / 2)))
      this.probeTimer.unref()
    }
  }

  /** Whether `set_db_change_aware` was set (kept for completeness: schemas never change here). */
  get changeAware(): boolean {
    return this.dbChangeAware
  }

  // -----------------------------------------------------------------------------------
  // output
  // -----------------------------------------------------------------------------------

  private send(msg: object): void {
    if (!this.closed) this.channel.write(JSON.stringify(msg))
  }

  reply(id: unknown, result: unknown): void {
    this.send({ id, result, error: null })
  }

  private replyError(id: unknown, error: unknown): void {
    this.send({ id, error })
  }

  notify(method: string, params: ReadonlyArray<unknown>): void {
    this.send({ id: null, method, params })
  }

  /** Sends monitor updates for a commit. */
  committed(db: Database, commit: Commit): void {
    for (const key of this.monitorOrder.keys()) {
      const m = this.monitors.get(key)!
      if (m.db !== db) continue
      const u = composeChanges(m, commit.changes)
      if (u !== undefined) this.sendUpdate(m, commit.id, u)
    }
  }

  private sendUpdate(m: Monitor, txnId: string, u: Updates): void {
    if (m.version === 1) this.notify('update', [m.id, u])
    else if (m.version === 2) this.notify('update2', [m.id, u])
    else this.notify('update3', [m.id, txnId, u])
  }

  // -----------------------------------------------------------------------------------
  // input
  // -----------------------------------------------------------------------------------

  private receive(chunk: Uint8Array): void {
    if (this.closed) return
    this.lastHeard = Date.now()
    this.probeSent = false
    const r = this.framer.push(chunk)
    if (E.isLeft(r)) {
      this.drop(r.left.message)
      return
    }
    for (const m of r.right) {
      if (this.closed) return
      this.handle(m)
    }
  }

  private handle(raw: unknown): void {
    const m = classify(raw)
    if (typeof m === 'string') {
      // ovsdb-server drops a connection that breaks JSON-RPC
      this.drop(m)
      return
    }
    switch (m.type) {
      case 'request':
        try {
          this.request(m.method, m.params, m.id)
        } catch (e) {
          // a bug must not take the server down: answer the request with an error
          this.replyError(m.id, { error: 'internal error', details: e instanceof Error ? e.message : String(e) })
        }
        return
      case 'notify':
        if (m.method === 'cancel' && m.params.length === 1) {
          const t = this.triggers.get(sortedStringify(m.params[0]))
          if (t !== undefined) {
            // ovsdb-server 3.1 drops a cancelled transaction without a reply
            if (t.timer !== undefined) clearTimeout(t.timer)
            this.triggers.delete(t.key)
          }
        }
        return
      case 'reply':
        if (m.id === 'echo') return
        this.drop('received unexpected reply message')
        return
      case 'error':
        this.drop('received unexpected error message')
        return
    }
  }

  private lookupDb(method: string, params: ReadonlyArray<unknown>, id: unknown): Database | undefined {
    const name = params[0]
    if (typeof name !== 'string') {
      this.replyError(id, errorToJson(syntaxError(params, undefined, `${method} request params must begin with <db-name>`)))
      return undefined
    }
    const db = this.server.db(name)
    if (db === undefined)
      this.replyError(
        id,
        errorToJson(syntaxError(params, 'unknown database', `${method} request specifies unknown database ${name}`)),
      )
    return db
  }

  private request(method: string, params: ReadonlyArray<unknown>, id: unknown): void {
    switch (method) {
      case 'transact': {
        const db = this.lookupDb(method, params, id)
        if (db === undefined) return
        const key = sortedStringify(id)
        if (this.triggers.has(key)) {
          this.replyError(id, errorToJson(syntaxError(params, undefined, 'transact: duplicate request ID')))
          return
        }
        const t: Trigger = { id, key, db, ops: params.slice(1), created: Date.now(), seq: this.server.nextSeq(), timer: undefined }
        this.server.tryTrigger(this, t, 0)
        return
      }
      case 'monitor':
      case 'monitor_cond':
      case 'monitor_cond_since': {
        const db = this.lookupDb(method, params, id)
        if (db === undefined) return
        const version: MonitorVersion = method === 'monitor' ? 1 : method === 'monitor_cond' ? 2 : 3
        const r = this.createMonitor(db, params, version)
        if (isDbError(r)) this.replyError(id, errorToJson(r))
        else this.reply(id, r)
        return
      }
      case 'monitor_cond_change': {
        const r = this.condChange(params)
        if (isDbError(r)) this.replyError(id, errorToJson(r))
        else this.reply(id, {})
        return
      }
      case 'monitor_cancel': {
        if (params.length !== 1) return this.replyError(id, 'invalid parameters')
        const key = sortedStringify(params[0])
        if (!this.monitors.has(key)) return this.replyError(id, 'unknown monitor')
        this.monitors.delete(key)
        this.monitorOrder.delete(key)
        return this.reply(id, {})
      }
      case 'get_schema': {
        const db = this.lookupDb(method, params, id)
        if (db !== undefined) this.reply(id, db.info.json)
        return
      }
      case 'list_dbs':
        return this.reply(id, this.server.databases)
      case 'get_server_id':
        return this.reply(id, this.server.id)
      case 'lock':
      case 'steal':
      case 'unlock': {
        const name = params[0]
        if (params.length !== 1 || typeof name !== 'string' || !isId(name))
          return this.replyError(id, errorToJson(syntaxError(params, undefined, `${method} request params must be <id>`)))
        if (method === 'unlock') {
          if (!this.waiting.has(name))
            return this.replyError(
              id,
              errorToJson(syntaxError(params, undefined, 'unlock: "unlock" without "lock" or "steal"')),
            )
          this.waiting.delete(name)
          this.server.unlock(this, name)
          return this.reply(id, {})
        }
        if (this.waiting.has(name))
          return this.replyError(id, errorToJson(syntaxError(params, undefined, `must issue "unlock" before new "${method}"`)))
        this.waiting.add(name)
        const locked = this.server.lock(this, name, method === 'steal')
        return this.reply(id, { locked })
      }
      case 'echo':
        return this.reply(id, params)
      case 'set_db_change_aware':
        if (params.length !== 1 || typeof params[0] !== 'boolean')
          return this.replyError(
            id,
            errorToJson(syntaxError(params, undefined, 'set_db_change_aware: true or false parameter expected')),
          )
        this.dbChangeAware = params[0]
        return this.reply(id, {})
      default:
        return this.replyError(id, 'unknown method')
    }
  }

  // -----------------------------------------------------------------------------------
  // monitors
  // -----------------------------------------------------------------------------------

  private createMonitor(db: Database, params: ReadonlyArray<unknown>, version: MonitorVersion): unknown {
    if (params.length !== (version === 3 ? 4 : 3)) return syntaxError(params, undefined, 'invalid parameters')
    const id = params[1]
    const requests = params[2]
    if (!isObject(requests)) return syntaxError(requests, undefined, 'monitor-requests must be object')
    const key = sortedStringify(id)
    if (this.monitors.has(key)) return syntaxError(id, undefined, 'duplicate monitor ID')
    const tables = parseRequests(db, requests, version)
    if (isDbError(tables)) return tables
    let since: ReturnType<Database['since']>
    if (version === 3) {
      const last = params[3]
      if (typeof last !== 'string') return syntaxError(last, undefined, 'last-txn-id must be string')
      if (!isUuidText(last)) return syntaxError(last, undefined, 'last-txn-id must be UUID format.')
      since = db.since(last.toLowerCase())
    }
    const m: Monitor = { id, key, version, db, tables }
    this.monitors.set(key, m)
    this.monitorOrder.add(key, jsonHash(id))
    if (version !== 3) return composeInitial(m) ?? {}
    const updates = since !== undefined ? composeChanges(m, mergeCommits(since)) : composeInitial(m)
    return [since !== undefined, db.lastTxnId(), updates ?? {}]
  }

  private condChange(params: ReadonlyArray<unknown>): DbError | undefined {
    if (params.length !== 3) return syntaxError(params, undefined, 'invalid parameters')
    const requests = params[2]
    if (!isObject(requests)) return syntaxError(undefined, undefined, 'monitor-cond-change-requests must be object')
    const m = this.monitors.get(sortedStringify(params[0]))
    if (m === undefined) return syntaxError(params[0], undefined, 'unknown monitor session')
    const newKey = sortedStringify(params[1])
    if (newKey !== m.key && this.monitors.has(newKey)) return syntaxError(params[1], undefined, 'duplicate monitor ID')
    const updates: Array<readonly [MonitorTable, Condition]> = []
    for (const name of shashOrder(Object.keys(requests as JsonObject))) {
      if (m.db.table(name) === undefined) return syntaxError(undefined, undefined, `no table named ${name}`)
      const mt = m.tables.get(name)
      if (mt === undefined) return syntaxError(undefined, undefined, `no table named ${name} in monitor session`)
      const value = (requests as JsonObject)[name]
      if (!Array.isArray(value)) return syntaxError(undefined, undefined, `table ${name} no monitor-cond-change JSON array`)
      for (const r of value) {
        const cond = parseCondChange(mt, r)
        if (isDbError(cond)) return cond
        if (m.version > 1) updates.push([mt, cond])
      }
    }
    if (newKey !== m.key) {
      this.monitors.delete(m.key)
      this.monitorOrder.delete(m.key)
      const renamed: Monitor = { ...m, id: params[1], key: newKey }
      this.monitors.set(newKey, renamed)
      this.monitorOrder.add(newKey, jsonHash(params[1]))
      return this.applyCondChange(renamed, updates)
    }
    return this.applyCondChange(m, updates)
  }

  private applyCondChange(m: Monitor, updates: ReadonlyArray<readonly [MonitorTable, Condition]>): undefined {
    const olds: Array<readonly [MonitorTable, Condition]> = []
    for (const [mt, cond] of updates) {
      olds.push([mt, mt.condition ?? { clauses: [], uuid: undefined }])
      setCondition(mt, cond)
    }
    const u = composeConditionChange(m, olds)
    if (u !== undefined) this.sendUpdate(m, m.db.lastTxnId(), u)
    return undefined
  }

  // -----------------------------------------------------------------------------------
  // lifetime
  // -----------------------------------------------------------------------------------

  private probe(interval: number): void {
    if (this.closed) return
    const idle = Date.now() - this.lastHeard
    if (this.probeSent) {
      if (idle >= 2 * interval) this.drop('inactivity probe timed out')
      return
    }
    if (idle >= interval) {
      this.probeSent = true
      this.send({ id: 'echo', method: 'echo', params: [] })
    }
  }

  /** Closes the connection from the server's side. */
  drop(_reason: string): void {
    if (this.closed) return
    this.cleanup()
    this.channel.close()
  }

  private cleanup(): void {
    if (this.closed) return
    this.closed = true
    if (this.probeTimer !== undefined) clearInterval(this.probeTimer)
    for (const t of this.triggers.values()) if (t.timer !== undefined) clearTimeout(t.timer)
    this.triggers.clear()
    this.monitors.clear()
    for (const name of this.waiting) this.server.unlock(this, name)
    this.waiting.clear()
    this.server.removeSession(this)
  }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Creates an embedded server with one database per schema, plus `_Server` (whose
 * `Database` table lists every database as a connected standalone leader). Fails when
 * two schemas have the same name or one is called `_Server`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { readFileSync } from 'node:fs'
 * import { decodeSchema } from 'ovn-nb/ovsdb'
 * import { createServer } from 'ovn-nb/ovsdb/server'
 * const nb = decodeSchema(JSON.parse(readFileSync('/usr/share/ovn/ovn-nb.ovsschema', 'utf8')))
 * if (E.isRight(nb)) {
 *   const server = createServer([nb.right], { txnHistory: 100 }) // Right(OvsdbServer)
 * }
 */
export const createServer = (
  schemas: ReadonlyArray<DatabaseSchema>,
  options: ServerOptions = {},
): E.Either<ServerError, OvsdbServer> => {
  const seen = new Set<string>()
  for (const s of schemas) {
    if (s.name === '_Server') return E.left({ _tag: 'ServerError', message: 'the database name "_Server" is reserved' })
    if (seen.has(s.name)) return E.left({ _tag: 'ServerError', message: `duplicate database "${s.name}"` })
    seen.add(s.name)
  }
  if (options.serverId !== undefined && !isUuidText(options.serverId))
    return E.left({ _tag: 'ServerError', message: `serverId "${options.serverId}" is not a UUID` })
  return E.right(new OvsdbServer(schemas, options))
}

/**
 * Serves one connection over a {@link Channel} (an in-memory pair from
 * {@link memoryPair}, a socket, any byte stream). Returns a function that closes the
 * connection from the server's side.
 *
 * @category serving
 * @since 0.1.0
 * @example
 * import { clientOver } from 'ovn-nb/ovsdb'
 * import { memoryPair, serveChannel, type OvsdbServer } from 'ovn-nb/ovsdb/server'
 * declare const server: OvsdbServer
 * const [serverEnd, clientEnd] = memoryPair()
 * const disconnect = serveChannel(server, serverEnd)
 * const client = clientOver(clientEnd, 'memory:', { probeIntervalMs: 0 })
 */
export const serveChannel = (server: OvsdbServer, channel: Channel): (() => void) => server.serve(channel)
