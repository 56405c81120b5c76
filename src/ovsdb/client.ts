/**
 * The OVSDB client: every RFC 7047 method and the OVS extensions, typed end to end and
 * returning `TaskEither<OvsdbError, A>`, and the server's notifications delivered to
 * subscribers.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import * as TE from '../deps/TaskEither.js'
import { pipe } from '../deps/function.js'
import * as t from '../deps/io-ts.js'
import { decodeError, protocolError, type OvsdbError, type PathError } from './errors.js'
import { DEFAULT_LONG_REQUEST_TIMEOUT_MS, RpcPeer, type Channel, type Notification, type ReplySplit, type RequestOptions, type RpcOptions } from './rpc.js'
import { depthAtMost, MAX_ECHO_DEPTH, preview } from './wire/preview.js'
import { openChannel, parseRemote, type ConnectOptions, type Remote } from './transport.js'
import { decodeSchema, type DatabaseSchema } from './schema.js'
import { validateOperations } from './validate.js'
import { ErrorResultC, resultCodec, type Operation, type Results } from './wire/operation.js'
import {
  MonitorRequestsC,
  TableUpdates2C,
  TableUpdatesC,
  type MonitorRequests,
  type TableUpdates,
  type TableUpdates2,
} from './wire/update.js'
import { MAX_PROBLEMS, moreProblems, toPathErrors } from './wire/paths.js'
import { cappedArray } from './wire/capped.js'
import { ZERO_UUID } from './values.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link connect}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ClientOptions } from 'ovn-nb/ovsdb'
 * const o: ClientOptions = { probeIntervalMs: 5000, requestTimeoutMs: 30000 }
 */
export interface ClientOptions extends RpcOptions, ConnectOptions {
  /**
   * Deadline of `transact`, `monitor`, `monitor_cond` and `monitor_cond_since` (whose
   * replies can carry whole tables) when the call names none, in ms; 0 or `Infinity`
   * means none. Default: `requestTimeoutMs` when that is given (one deadline for every
   * request), else {@link DEFAULT_LONG_REQUEST_TIMEOUT_MS} (30 s). Other requests use
   * `requestTimeoutMs` (default 10 s).
   */
  readonly transactTimeoutMs?: number
  /** Schemas to validate transactions with, by database name, without asking the server. */
  readonly schemas?: ReadonlyArray<DatabaseSchema>
  /** Checks every transaction goes through before it is sent (see {@link TransactGuard}). */
  readonly guards?: ReadonlyArray<TransactGuard>
}

/**
 * A check run on every transaction before it is sent; a `Left` refuses the
 * transaction with that error and nothing is sent. The NB model uses one to refuse
 * columns the server's schema is too old to have.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import type { TransactGuard } from 'ovn-nb/ovsdb'
 * const noDeletes: TransactGuard = (db, ops) => {
 *   const i = ops.findIndex((o) => o.op === 'delete')
 *   return i < 0 ? E.right(undefined)
 *     : E.left({ _tag: 'InvalidOperations', database: db, problems: [{ index: i, path: `[${i}]`, message: 'no deletes here' }] })
 * }
 */
export type TransactGuard = (db: string, ops: ReadonlyArray<Operation>) => E.Either<OvsdbError, void>

/**
 * Options of one transaction.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TransactOptions } from 'ovn-nb/ovsdb'
 * const o: TransactOptions = { timeoutMs: 5000 }
 */
export interface TransactOptions {
  /**
   * Cancel the transaction (RFC 7047 `cancel`) and fail with `Timeout` after this long
   * (default: the client's `transactTimeoutMs`, 30 s); 0 or `Infinity` means no deadline.
   */
  readonly timeoutMs?: number
  /** Check the operations against the database schema first (default true when known). */
  readonly validate?: boolean
}

/**
 * A monitor's identifier: any JSON value; strings are usual.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MonitorId } from 'ovn-nb/ovsdb'
 * const id: MonitorId = 'nb-replica'
 */
export type MonitorId = string | number | boolean | null | ReadonlyArray<unknown> | { readonly [k: string]: unknown }

/**
 * The reply of `monitor_cond_since`: whether the server still had the changes since the
 * given transaction (then `updates` holds just those), the id of the newest transaction,
 * and the updates.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MonitorSinceResult } from 'ovn-nb/ovsdb'
 * const r: MonitorSinceResult = { found: false, lastTxnId: '00000000-0000-0000-0000-000000000000', updates: {} }
 */
export interface MonitorSinceResult {
  readonly found: boolean
  readonly lastTxnId: string
  readonly updates: TableUpdates2
}

/**
 * What a monitor's listener receives: `update` from `monitor`, `update2` from
 * `monitor_cond`, `update3` (with the transaction id) from `monitor_cond_since`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MonitorEvent } from 'ovn-nb/ovsdb'
 * const onEvent = (e: MonitorEvent): void => {
 *   if (e.method === 'update3') console.log(e.lastTxnId, Object.keys(e.updates))
 * }
 */
export type MonitorEvent =
  | { readonly method: 'update'; readonly updates: TableUpdates }
  | { readonly method: 'update2'; readonly updates: TableUpdates2 }
  | { readonly method: 'update3'; readonly lastTxnId: string; readonly updates: TableUpdates2 }

/**
 * `locked` (a lock requested earlier was granted) and `stolen` (another client stole it).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LockEvent } from 'ovn-nb/ovsdb'
 * const e: LockEvent = { event: 'locked', lock: 'ovn_northd' }
 */
export interface LockEvent {
  readonly event: 'locked' | 'stolen'
  readonly lock: string
}

/**
 * What every client method returns: a lazy asynchronous computation that ends in an
 * {@link OvsdbError} or a value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { OvsdbTask } from 'ovn-nb/ovsdb'
 * declare const dbs: OvsdbTask<ReadonlyArray<string>>
 * const r = await dbs() // Either<OvsdbError, ReadonlyArray<string>>
 */
export type OvsdbTask<A> = TE.TaskEither<OvsdbError, A>

// -------------------------------------------------------------------------------------
// codecs of results
// -------------------------------------------------------------------------------------

const decodeWith =
  <A>(codec: t.Decoder<unknown, A>, what: string) =>
  (u: unknown): E.Either<OvsdbError, A> =>
    pipe(
      codec.decode(u),
      E.mapLeft((errs) => decodeError(what, toPathErrors(errs))),
    )

const StringArrayC = cappedArray(t.string)
const LockResultC = t.type({ locked: t.boolean })
const MonitorSinceC = t.tuple([t.boolean, t.string, TableUpdates2C])

// -------------------------------------------------------------------------------------
// client
// -------------------------------------------------------------------------------------

/**
 * A connection to one OVSDB server. Create it with {@link connect}.
 *
 * @category client
 * @since 0.1.0
 * @example
 * import { connect } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const c = await connect('unix:/run/ovn/ovnnb_db.sock')()
 * if (E.isRight(c)) {
 *   const dbs = await c.right.listDbs()() // Right(['OVN_Northbound', '_Server'])
 *   await c.right.close()()
 * }
 */
export class Client {
  private readonly monitors = new Map<string, (e: MonitorEvent) => void>()
  private readonly schemas = new Map<string, DatabaseSchema>()
  private readonly lockListeners: Array<(e: LockEvent) => void> = []
  private readonly guards: TransactGuard[] = []

  /**
   * Wraps an RPC peer; most users call {@link connect} instead.
   *
   * @since 0.1.0
   */
  constructor(
    /** The remote this client is connected to. */
    readonly remote: string,
    private readonly peer: RpcPeer,
    schemas: ReadonlyArray<DatabaseSchema> = [],
    guards: ReadonlyArray<TransactGuard> = [],
    /** Deadline of transact and monitors without their own (see {@link ClientOptions}). */
    private readonly transactTimeoutMs: number = DEFAULT_LONG_REQUEST_TIMEOUT_MS,
  ) {
    for (const s of schemas) this.schemas.set(s.name, s)
    this.guards.push(...guards)
    peer.onNotification((n) => this.notified(n))
  }

  /**
   * `list_dbs`: the names of the databases the server has.
   *
   * @since 0.1.0
   */
  listDbs(options: RequestOptions = {}): OvsdbTask<ReadonlyArray<string>> {
    return this.call('list_dbs', [], decodeWith(StringArrayC, 'list_dbs result'), options)
  }

  /**
   * `get_schema`: the schema of a database, decoded and normalized. The client keeps it
   * and validates later transactions on that database against it.
   *
   * @since 0.1.0
   */
  getSchema(db: string, options: RequestOptions = {}): OvsdbTask<DatabaseSchema> {
    return pipe(
      this.call('get_schema', [db], decodeSchema, options),
      TE.tap((s) => TE.fromIO(() => void this.schemas.set(s.name, s))),
    )
  }

  /**
   * The schema the client validates transactions on `db` with, if it has one.
   *
   * @since 0.1.0
   */
  schemaOf(db: string): DatabaseSchema | undefined {
    return this.schemas.get(db)
  }

  /**
   * `transact`: runs operations atomically. The results are typed after the operations
   * (an `insert` gives `{ uuid }`, a `select` gives `{ rows }`, ...). When the client
   * knows the database schema, the operations are checked first and refused with
   * `InvalidOperations` before any I/O. A failed operation gives `OperationError` with
   * its index; a timeout cancels the transaction.
   *
   * @since 0.1.0
   */
  transact<const Ops extends ReadonlyArray<Operation>>(
    db: string,
    ops: Ops,
    options: TransactOptions = {},
  ): OvsdbTask<Results<Ops>> {
    // guards first: a guard that knows better (the NB model's "needs a newer schema")
    // should speak before the generic "no such column"
    for (const g of this.guards) {
      const r = g(db, ops)
      if (E.isLeft(r)) return TE.left(r.left)
    }
    const schema = this.schemas.get(db)
    if (schema !== undefined && options.validate !== false) {
      const v = validateOperations(schema, ops)
      if (E.isLeft(v)) return TE.left(v.left)
    }
    return this.call(
      'transact',
      [db, ...ops],
      (u) => decodeTransactResult(ops, u) as E.Either<OvsdbError, Results<Ops>>,
      { timeoutMs: options.timeoutMs ?? this.transactTimeoutMs, cancelOnTimeout: true },
    )
  }

  /**
   * `cancel`: asks the server to cancel the outstanding request with this JSON-RPC id.
   * `transact` already does this by itself on timeout.
   *
   * @since 0.1.0
   */
  cancel(id: number): OvsdbTask<void> {
    return TE.fromIO(() => this.peer.notify('cancel', [id]))
  }

  /**
   * `monitor`: the initial contents of the monitored tables, then `update` events to
   * `listener` until the monitor is cancelled. An update the server sends right behind
   * its reply can reach `listener` before the task has resolved (it is dispatched as it
   * is read; the reply resolves a promise): apply such events after the initial
   * contents, as {@link Replica} does (the same holds for `monitorCond` and
   * `monitorCondSince`).
   *
   * @since 0.1.0
   */
  monitor(
    db: string,
    id: MonitorId,
    requests: MonitorRequests,
    listener: (e: MonitorEvent) => void,
    options: RequestOptions = {},
  ): OvsdbTask<TableUpdates> {
    return this.openMonitor('monitor', [db, id, requests], id, listener, decodeWith(TableUpdatesC, 'monitor result'), options)
  }

  /**
   * `monitor_cond`: like `monitor`, with `where` clauses and `update2` events.
   *
   * @since 0.1.0
   */
  monitorCond(
    db: string,
    id: MonitorId,
    requests: MonitorRequests,
    listener: (e: MonitorEvent) => void,
    options: RequestOptions = {},
  ): OvsdbTask<TableUpdates2> {
    return this.openMonitor('monitor_cond', [db, id, requests], id, listener, decodeWith(TableUpdates2C, 'monitor_cond result'), options)
  }

  /**
   * `monitor_cond_since`: like `monitor_cond`, resuming from the transaction id
   * `lastTxnId` (null for everything); `update3` events carry each transaction's id.
   *
   * @since 0.1.0
   */
  monitorCondSince(
    db: string,
    id: MonitorId,
    requests: MonitorRequests,
    lastTxnId: string | null,
    listener: (e: MonitorEvent) => void,
    options: RequestOptions = {},
  ): OvsdbTask<MonitorSinceResult> {
    return this.openMonitor(
      'monitor_cond_since',
      [db, id, requests, lastTxnId ?? ZERO_UUID],
      id,
      listener,
      (u) =>
        pipe(
          decodeWith(MonitorSinceC, 'monitor_cond_since result')(u),
          E.map(([found, lastTxnId, updates]) => ({ found, lastTxnId, updates })),
        ),
      options,
    )
  }

  /**
   * `monitor_cond_change`: changes the conditions of a monitor (and may rename it).
   * Updates for the new conditions arrive as events.
   *
   * @since 0.1.0
   */
  monitorCondChange(id: MonitorId, newId: MonitorId, requests: MonitorRequests): OvsdbTask<void> {
    const valid = MonitorRequestsC.decode(requests)
    if (E.isLeft(valid)) return TE.left(decodeError('monitor requests', toPathErrors(valid.left)))
    const key = JSON.stringify(id)
    const listener = this.monitors.get(key)
    const newKey = JSON.stringify(newId)
    if (listener !== undefined) this.monitors.set(newKey, listener)
    return pipe(
      this.call('monitor_cond_change', [id, newId, requests], () => E.right(undefined)),
      TE.tap(() =>
        TE.fromIO(() => {
          if (newKey !== key) this.monitors.delete(key)
        }),
      ),
      TE.tapError(() =>
        TE.fromIO(() => {
          if (newKey !== key) this.monitors.delete(newKey)
        }),
      ),
    )
  }

  /**
   * `monitor_cancel`: stops a monitor.
   *
   * @since 0.1.0
   */
  monitorCancel(id: MonitorId): OvsdbTask<void> {
    return pipe(
      this.call('monitor_cancel', [id], () => E.right(undefined)),
      TE.tap(() => TE.fromIO(() => void this.monitors.delete(JSON.stringify(id)))),
    )
  }

  /**
   * `lock`: asks for a lock; `locked: false` means it is queued and a `locked` event
   * follows when it is granted.
   *
   * @since 0.1.0
   */
  lock(id: string): OvsdbTask<{ readonly locked: boolean }> {
    return this.call('lock', [id], decodeWith(LockResultC, 'lock result'))
  }

  /**
   * `steal`: takes a lock from whoever holds it (they get `stolen`).
   *
   * @since 0.1.0
   */
  steal(id: string): OvsdbTask<{ readonly locked: boolean }> {
    return this.call('steal', [id], decodeWith(LockResultC, 'steal result'))
  }

  /**
   * `unlock`: releases or stops waiting for a lock.
   *
   * @since 0.1.0
   */
  unlock(id: string): OvsdbTask<void> {
    return this.call('unlock', [id], () => E.right(undefined))
  }

  /**
   * `echo`: the server sends back what it was given.
   *
   * @since 0.1.0
   */
  echo(...params: ReadonlyArray<unknown>): OvsdbTask<ReadonlyArray<unknown>> {
    return this.call('echo', params, decodeWith(t.readonlyArray(t.unknown), 'echo result'))
  }

  /**
   * `get_server_id`: the server's UUID, stable across reconnections to the same process.
   *
   * @since 0.1.0
   */
  getServerId(options: RequestOptions = {}): OvsdbTask<string> {
    return this.call('get_server_id', [], decodeWith(t.string, 'get_server_id result'), options)
  }

  /**
   * `set_db_change_aware`: when true, the server keeps this connection open when a
   * database's schema changes or the database is removed, and cancels monitors instead.
   *
   * @since 0.1.0
   */
  setDbChangeAware(aware: boolean): OvsdbTask<void> {
    return this.call('set_db_change_aware', [aware], () => E.right(undefined))
  }

  /**
   * Adds a check that every later transaction goes through before it is sent.
   *
   * @since 0.1.0
   */
  addGuard(guard: TransactGuard): void {
    this.guards.push(guard)
  }

  /**
   * Listens to `locked` and `stolen` notifications.
   *
   * @since 0.1.0
   */
  onLock(listener: (e: LockEvent) => void): void {
    this.lockListeners.push(listener)
  }

  /**
   * Listens to errors that belong to no request (protocol errors, replies with unknown
   * ids, notifications for unknown monitors).
   *
   * @since 0.1.0
   */
  onError(listener: (e: OvsdbError) => void): void {
    this.peer.onError(listener)
  }

  /**
   * Listens for the end of the connection.
   *
   * @since 0.1.0
   */
  onClose(listener: (reason: string) => void): void {
    this.peer.onClose(listener)
  }

  /**
   * Whether the connection is open.
   *
   * @since 0.1.0
   */
  get isOpen(): boolean {
    return this.peer.isOpen
  }

  /**
   * Closes the connection; pending requests fail with `ConnectionClosed` (with `reason`,
   * when given, as its message and the one close listeners hear).
   *
   * @since 0.1.0
   */
  close(reason?: string): TE.TaskEither<never, void> {
    return TE.fromIO(() => this.peer.close(reason))
  }

  // -----------------------------------------------------------------------------------
  // internals
  // -----------------------------------------------------------------------------------

  private call<A>(
    method: string,
    params: ReadonlyArray<unknown>,
    decode: (u: unknown) => E.Either<OvsdbError, A>,
    options: RequestOptions = {},
  ): OvsdbTask<A> {
    return () => this.peer.request(method, params, options).then(E.chain((u) => safely(method, decode, u)))
  }

  private openMonitor<A>(
    method: string,
    params: ReadonlyArray<unknown>,
    id: MonitorId,
    listener: (e: MonitorEvent) => void,
    decode: (u: unknown) => E.Either<OvsdbError, A>,
    options: RequestOptions,
  ): OvsdbTask<A> {
    const valid = MonitorRequestsC.decode(params[2])
    if (E.isLeft(valid)) return TE.left(decodeError('monitor requests', toPathErrors(valid.left)))
    const key = JSON.stringify(id)
    return () => {
      if (this.monitors.has(key))
        return Promise.resolve(E.left<OvsdbError, A>({ _tag: 'RpcError', method, error: 'duplicate monitor ID', details: key }))
      // registered before sending, so no update can slip between the reply and the listener
      this.monitors.set(key, listener)
      return this.call(method, params, decode, { timeoutMs: options.timeoutMs ?? this.transactTimeoutMs, ...(options.split !== undefined ? { split: options.split } : {}) })().then((r) => {
        if (E.isLeft(r)) this.monitors.delete(key)
        return r
      })
    }
  }

  private notified(n: Notification): void {
    switch (n.method) {
      case 'update':
      case 'update2':
      case 'update3': {
        const [id] = n.params
        // the id comes off the wire: serialized as a key only when shallow
        const listener = depthAtMost(id, MAX_ECHO_DEPTH) ? this.monitors.get(JSON.stringify(id)) : undefined
        if (listener === undefined) {
          this.peer.report(protocolError('unknown-monitor', `${n.method} for unknown monitor ${preview(id)}`))
          return
        }
        const event = decodeEvent(n)
        if (E.isLeft(event)) this.peer.report(event.left)
        else listener(event.right)
        return
      }
      case 'locked':
      case 'stolen': {
        const [lock] = n.params
        if (typeof lock !== 'string') {
          this.peer.report(protocolError('invalid-message', `${n.method} without a lock name`))
          return
        }
        for (const l of this.lockListeners) l({ event: n.method, lock })
        return
      }
      default:
        this.peer.report(protocolError('invalid-message', `unexpected notification "${n.method}"`))
    }
  }
}

// Decoding is ours and should never throw; should it (a bug, a stack overflow on input no
// check foresaw), the caller still gets a typed error, never a rejected promise.
const safely = <A>(method: string, decode: (u: unknown) => E.Either<OvsdbError, A>, u: unknown): E.Either<OvsdbError, A> => {
  try {
    return decode(u)
  } catch (e) {
    return E.left(decodeError(`${method} result`, [{ path: '', message: `cannot be decoded: ${e instanceof Error ? e.message : preview(e)}` }]))
  }
}

const decodeEvent = (n: Notification): E.Either<OvsdbError, MonitorEvent> => {
  switch (n.method) {
    case 'update':
      return pipe(
        decodeWith(TableUpdatesC, 'update notification')(n.params[1]),
        E.map((updates) => ({ method: 'update' as const, updates })),
      )
    case 'update2':
      return pipe(
        decodeWith(TableUpdates2C, 'update2 notification')(n.params[1]),
        E.map((updates) => ({ method: 'update2' as const, updates })),
      )
    default: {
      const txn = n.params[1]
      if (typeof txn !== 'string')
        return E.left(decodeError('update3 notification', [{ path: '[1]', message: 'expected a transaction id' }]))
      return pipe(
        decodeWith(TableUpdates2C, 'update3 notification')(n.params[2]),
        E.map((updates) => ({ method: 'update3' as const, lastTxnId: txn, updates })),
      )
    }
  }
}

/**
 * Turns the raw result array of a `transact` into typed results, or into the
 * `OperationError` of the first failed operation (or of the commit).
 *
 * @category client
 * @since 0.1.0
 * @example
 * import { decodeTransactResult } from 'ovn-nb/ovsdb'
 * decodeTransactResult([{ op: 'abort' }], [{ error: 'aborted' }])
 * // Left({ _tag: 'OperationError', index: 0, op: 'abort', error: 'aborted' })
 */
export const decodeTransactResult = (
  ops: ReadonlyArray<Operation>,
  u: unknown,
): E.Either<OvsdbError, ReadonlyArray<unknown>> => {
  if (!Array.isArray(u)) return E.left(decodeError('transact result', [{ path: '', message: 'expected an array' }]))
  const results: ReadonlyArray<unknown> = u
  for (let i = 0; i < results.length; i++) {
    const r = results[i]
    if (r !== null && typeof r === 'object' && 'error' in r && ErrorResultC.is(r)) {
      return E.left({
        _tag: 'OperationError',
        index: i,
        op: i < ops.length ? ops[i]!.op : 'commit',
        error: r.error,
        ...(r.details !== undefined ? { details: r.details } : {}),
      })
    }
  }
  if (results.length < ops.length)
    return E.left(decodeError('transact result', [{ path: '', message: `${results.length} results for ${ops.length} operations` }]))
  const errors: PathError[] = []
  let more = 0
  for (let i = 0; i < ops.length; i++) {
    // `is` first (no allocation): a large transaction has thousands of results
    const codec = resultCodec(ops[i]!.op)
    if (codec.is(results[i])) continue
    if (errors.length >= MAX_PROBLEMS) {
      more++
      continue
    }
    const d = codec.decode(results[i])
    if (E.isLeft(d)) for (const e of toPathErrors(d.left)) errors.push({ path: `[${i}]${e.path === '' ? '' : `.${e.path}`}`, message: e.message })
  }
  if (more > 0) errors.push(moreProblems('', more))
  return errors.length > 0 ? E.left(decodeError('transact result', errors)) : E.right(results.slice(0, ops.length))
}

// -------------------------------------------------------------------------------------
// the initial rows of a monitor_cond_since reply, in pieces
// -------------------------------------------------------------------------------------

/**
 * Takes the initial rows of a fresh monitor table by table, in runs, while the reply of
 * `monitor_cond_since` arrives (the replica stages them).
 *
 * @internal
 * @example
 * import type { InitialRows } from 'ovn-nb/ovsdb'
 * let count = 0
 * const counting: InitialRows = { table: () => {}, rows: (r) => ((count += Object.keys(r).length), true), done: () => {} }
 */
export interface InitialRows {
  /** The rows of `table` begin; a table named again replaces the rows given before (as `JSON.parse` of the reply would). */
  readonly table: (table: string) => void
  /** Rows of the current table, by UUID, parsed from one run; `false` when they cannot be taken as they are. */
  readonly rows: (rows: Record<string, unknown>) => boolean
  /** The reply ended as it should, with every row given. */
  readonly done: () => void
}

// JSON's own white space (not \s: JSON.parse refuses the rest) and strings
const WS = '[ \\t\\n\\r]*'
const STR = '"(?:[^"\\\\\\u0000-\\u001f]|\\\\.)*"'
// the reply around the tables, exactly as ovsdb-server writes it (white space aside):
// {"id":N,"result":[false,"TXN",{"T1":{ROWS},"T2":{ROWS}}],"error":null}
const SINCE_HEAD = new RegExp(`^${WS}"result"${WS}:${WS}\\[${WS}false${WS},${WS}(${STR})${WS},${WS}\\{${WS}(${STR})${WS}:${WS}\\{$`)
const SINCE_BETWEEN = new RegExp(`^\\}${WS},${WS}(${STR})${WS}:${WS}\\{$`)
const SINCE_END = new RegExp(`^\\}${WS}\\}${WS}\\]${WS}(?:,${WS}"error"${WS}:${WS}null${WS})?\\}$`)

/**
 * A {@link ReplySplit} for the reply of a `monitor_cond_since` with no transaction to
 * resume from: its rows go to `rows` as they arrive, and the reply's result becomes
 * `[false, TXN, {}]`. Anything else than that exact shape (an error, `found` true, a
 * result of another form) is left to be parsed whole and decoded as usual, and so is a
 * reply whose rows `rows` refuses; `done` is called only when every row was taken.
 *
 * @internal
 * @example
 * import { initialRowsSplit, type Client } from 'ovn-nb/ovsdb'
 * declare const client: Client
 * let count = 0
 * const split = initialRowsSplit({ table: () => {}, rows: (r) => ((count += Object.keys(r).length), true), done: () => {} })
 * await client.monitorCondSince('OVN_Northbound', 'm', { ACL: {} }, null, () => {}, { split })()
 */
export const initialRowsSplit =
  (rows: InitialRows): ReplySplit =>
  (head) => {
    const m = SINCE_HEAD.exec(head)
    if (m === null) return undefined
    const txn = JSON.parse(m[1]!) as string
    rows.table(JSON.parse(m[2]!) as string)
    return {
      members: (text) => {
        let parsed: unknown
        try {
          parsed = JSON.parse(`{${text}}`)
        } catch {
          return false
        }
        return rows.rows(parsed as Record<string, unknown>)
      },
      between: (text) => {
        const b = SINCE_BETWEEN.exec(text)
        if (b === null) return false
        rows.table(JSON.parse(b[1]!) as string)
        return true
      },
      end: (text) => {
        if (!SINCE_END.test(text)) return undefined
        rows.done()
        return { value: [false, txn, {}] }
      },
    }
  }

// -------------------------------------------------------------------------------------
// connecting
// -------------------------------------------------------------------------------------

/**
 * Connects to a remote (`unix:PATH`, `tcp:HOST:PORT`, `ssl:HOST:PORT`) and resolves
 * with a {@link Client}.
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import { connect } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const c = await connect('tcp:127.0.0.1:6641', { requestTimeoutMs: 10_000 })()
 * if (E.isLeft(c)) console.error(c.left) // { _tag: 'TransportError', message: 'connect ECONNREFUSED ...' }
 */
export const connect = (remote: string | Remote, options: ClientOptions = {}): OvsdbTask<Client> =>
  pipe(
    typeof remote === 'string' ? TE.fromEither(parseRemote(remote)) : TE.right(remote),
    TE.flatMap((r: Remote) => openChannel(r, options)),
    TE.map((channel) => clientOver(channel, typeof remote === 'string' ? remote : remote.text, options)),
  )

/**
 * A client over any {@link Channel} (an in-memory stream in tests, a custom transport).
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import { clientOver, type Channel } from 'ovn-nb/ovsdb'
 * declare const channel: Channel
 * const client = clientOver(channel, 'memory:', { probeIntervalMs: 0 })
 */
export const clientOver = (channel: Channel, remote: string, options: ClientOptions = {}): Client =>
  new Client(
    remote,
    new RpcPeer(channel, options),
    options.schemas ?? [],
    options.guards ?? [],
    options.transactTimeoutMs ?? options.requestTimeoutMs ?? DEFAULT_LONG_REQUEST_TIMEOUT_MS,
  )
