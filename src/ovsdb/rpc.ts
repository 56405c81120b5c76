/**
 * A JSON-RPC 1.0 peer for OVSDB, built on json-rpc-2.0 (id correlation, timeouts,
 * dispatch of the server's requests) through a codec that translates both ways:
 * ovsdb-server drops a connection whose messages carry `"jsonrpc":"2.0"`, sends
 * notifications with `"id": null`, puts both `result` and `error` in a reply (one of
 * them null), and reports errors as `{"error","details"}` objects or bare strings.
 *
 * The peer is transport-neutral: it talks to a {@link Channel}; Node sockets are
 * adapted in `transport`.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import {
  JSONRPCClient,
  JSONRPCServer,
  createJSONRPCErrorResponse,
  type JSONRPCID,
  type JSONRPCRequest,
  type JSONRPCResponse,
} from '../deps/json-rpc-2.0.js'
import { Framer, type PieceSink } from './framer.js'
import { protocolError, type OvsdbError, type ProtocolError, type Timeout } from './errors.js'
import { depthAtMost, MAX_ECHO_DEPTH, preview } from './wire/preview.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

// requests with more params than this are written in pieces of this many params
const STREAM_PARAMS = 512

/**
 * The deadline of a request that names none, when the peer's options name none either:
 * 10 s. Requests whose reply can carry whole tables (`transact` and the monitors) get
 * {@link DEFAULT_LONG_REQUEST_TIMEOUT_MS} from the client instead.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { DEFAULT_REQUEST_TIMEOUT_MS } from 'ovn-nb/ovsdb'
 * DEFAULT_REQUEST_TIMEOUT_MS // 10000
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000

/**
 * The default deadline of `transact`, `monitor`, `monitor_cond` and
 * `monitor_cond_since`: 30 s.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { DEFAULT_LONG_REQUEST_TIMEOUT_MS } from 'ovn-nb/ovsdb'
 * DEFAULT_LONG_REQUEST_TIMEOUT_MS // 30000
 */
export const DEFAULT_LONG_REQUEST_TIMEOUT_MS = 30_000

// Work a server is given takes time during which it says nothing, not even to an echo
// (ovsdb-server is single-threaded): measured, a W100k initial apply (135,100 rows, a
// 53 MB transact) gets no byte from it for ~10 s. Deadlines and the probe's patience grow by
// one second for each WORK_BYTES of requests awaiting their replies, so that a stopped
// server is still found in two probe intervals when little is pending.
const WORK_BYTES = 512 * 1024
const workAllowanceMs = (bytes: number): number => Math.floor(bytes / WORK_BYTES) * 1000

// late replies of this many timed-out requests are recognised and dropped quietly; older
// ones are forgotten (then reported as unknown ids) so a server that never answers
// cannot grow the set without bound
const MAX_ABANDONED = 4096

/** Whether a timeout in ms means a deadline (0 and Infinity mean none). */
const isDeadline = (ms: number): boolean => ms > 0 && Number.isFinite(ms)

/**
 * A bidirectional byte stream: what the peer needs from a transport.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Channel } from 'ovn-nb/ovsdb'
 * const loopback = (): Channel => ({
 *   write: () => {}, close: () => {}, onData: () => {}, onClose: () => {},
 * })
 */
export interface Channel {
  readonly write: (text: string) => void
  readonly close: () => void
  readonly onData: (listener: (chunk: Uint8Array) => void) => void
  /** Called once when the stream ends, with the reason when it was an error. */
  readonly onClose: (listener: (reason?: string) => void) => void
}

/**
 * Options of an {@link RpcPeer}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RpcOptions } from 'ovn-nb/ovsdb'
 * const o: RpcOptions = { probeIntervalMs: 5000, maxMessageBytes: 64 << 20 }
 */
export interface RpcOptions {
  /**
   * Send an `echo` after this long without receiving anything, and close the connection
   * when nothing at all arrives within the same interval again: a server silent for two
   * intervals is taken for dead (stopped, hung, cut off) and every pending request fails
   * with `ConnectionClosed`. The probe runs whether or not requests are pending; while
   * they are, it allows one more second of silence per 512 KiB of them (ovsdb-server,
   * single-threaded, answers nothing while it works through a large transaction: a
   * 53 MB one kept it silent ~10 s). 0 disables the probe. Default 5000 (the peer is
   * closed after 10 s of silence with little pending).
   */
  readonly probeIntervalMs?: number
  /** Largest message accepted (default 256 MiB). */
  readonly maxMessageBytes?: number
  /**
   * Deadline of a request that names none of its own, in ms (default
   * {@link DEFAULT_REQUEST_TIMEOUT_MS}, 10 s); 0 or `Infinity` means none. Every
   * deadline counts from when the request is written whole and grows by one second per
   * 512 KiB of the request.
   */
  readonly requestTimeoutMs?: number
}

/**
 * Options of one request.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RequestOptions } from 'ovn-nb/ovsdb'
 * const o: RequestOptions = { timeoutMs: 2000, cancelOnTimeout: true }
 */
export interface RequestOptions {
  /**
   * Deadline of this request in ms, counted from when it is written whole, plus one second
   * per 512 KiB of the request (a large transaction keeps the server busy); 0 or
   * `Infinity` means none. Default: the peer's `requestTimeoutMs`.
   */
  readonly timeoutMs?: number
  /** On timeout, send `cancel` for the request (RFC 7047 §4.1.4). */
  readonly cancelOnTimeout?: boolean
  /**
   * Takes a large reply in pieces while it arrives (see {@link ReplySplit}).
   *
   * @internal
   */
  readonly split?: ReplySplit
}

/**
 * Takes a large reply to one request in pieces, as the framer hands them over
 * ({@link PieceSink}): given the reply's head after its `{"id":N,`, through the opening
 * byte of the first container at depth 4 (the rows of a table in a `monitor_cond_since`
 * reply: `{"id":N,"result":[found,"txn",{"T":{ROWS}}]}`), a sink whose `end` gives the
 * reply's `result`; or `undefined` to have the reply parsed whole, as any other.
 *
 * @internal
 * @example
 * import type { ReplySplit } from 'ovn-nb/ovsdb'
 * const whole: ReplySplit = () => undefined // every reply parsed whole, as without one
 */
export type ReplySplit = (head: string) => PieceSink | undefined

// the depth whose containers' members a ReplySplit is given
const SPLIT_DEPTH = 4

// members are handed over in runs of about this many bytes: large enough that a run's
// JSON.parse and use cost far more than the call, small enough that what is left when
// the last byte arrives is little
const PIECE_BYTES = 1 << 20

// the start of a reply as ovsdb-server writes it, id first: {"id":N,
const REPLY_ID = /^[ \t\n\r]*\{[ \t\n\r]*"id"[ \t\n\r]*:[ \t\n\r]*([1-9][0-9]{0,14})[ \t\n\r]*,/

/**
 * A request or notification the server sent us.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Notification } from 'ovn-nb/ovsdb'
 * const n: Notification = { method: 'locked', params: ['my_lock'] }
 */
export interface Notification {
  readonly method: string
  readonly params: ReadonlyArray<unknown>
}

// Error codes used inside the json-rpc-2.0 machinery only; they never reach the wire.
const SERVER_ERROR = -32001
const TIMEOUT = -32002
const CLOSED = -32003

// -------------------------------------------------------------------------------------
// peer
// -------------------------------------------------------------------------------------

/**
 * One JSON-RPC 1.0 connection.
 *
 * @category peer
 * @since 0.1.0
 * @example
 * import { RpcPeer, type Channel } from 'ovn-nb/ovsdb'
 * declare const channel: Channel
 * const peer = new RpcPeer(channel, { probeIntervalMs: 5000 })
 * const dbs = await peer.request('list_dbs', []) // Right(['OVN_Northbound', '_Server'])
 */
export class RpcPeer {
  private readonly framer: Framer
  private readonly client: JSONRPCClient<void>
  private readonly server: JSONRPCServer<void>
  /** Requests awaiting their replies: deadline asked for (0: none), bytes written, timer. */
  private readonly pending = new Map<number, { ms: number; bytes: number; timer?: NodeJS.Timeout; effective?: number; split?: ReplySplit }>()
  /** Bytes of the requests in `pending`: the work the server may be busy with. */
  private pendingBytes = 0
  /** Ids that timed out: their late replies are expected and ignored. */
  private readonly abandoned = new Set<number>()
  private nextId = 0
  private closedReason: string | undefined
  // messages waiting while a large request is streamed
  private queued: string[] | undefined
  private lastReceived = Date.now()
  private probeSent = false
  /** Probe timer ticks since the probe was sent: see `probe`. */
  private probeTicks = 0
  private probeTimer: NodeJS.Timeout | undefined
  private readonly notificationListeners: Array<(n: Notification) => void> = []
  private readonly errorListeners: Array<(e: OvsdbError) => void> = []
  private readonly closeListeners: Array<(reason: string) => void> = []
  private readonly defaultTimeout: number

  constructor(
    private readonly channel: Channel,
    options: RpcOptions = {},
  ) {
    this.framer = new Framer({
      ...(options.maxMessageBytes !== undefined ? { maxMessageBytes: options.maxMessageBytes } : {}),
      split: { depth: SPLIT_DEPTH, pieceBytes: PIECE_BYTES, claim: (head) => this.claim(head) },
    })
    this.defaultTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    this.client = new JSONRPCClient<void>((payload: JSONRPCRequest) => this.writeRequest(payload))
    this.server = new JSONRPCServer<void>()
    this.server.addMethod('echo', (params: unknown) => params)
    channel.onData((chunk) => this.receive(chunk))
    channel.onClose((reason) => this.closed(reason ?? 'closed by peer', true))
    const probe = options.probeIntervalMs ?? 5000
    if (probe > 0) {
      this.probeTimer = setInterval(() => this.probe(probe), Math.max(10, Math.floor(probe / 2)))
      this.probeTimer.unref()
    }
  }

  /**
   * Sends a request and resolves with its result, or with a typed error: `RpcError`
   * when the server answers with an error, `Timeout`, or `ConnectionClosed`.
   *
   * @since 0.1.0
   */
  request(method: string, params: ReadonlyArray<unknown>, options: RequestOptions = {}): Promise<E.Either<OvsdbError, unknown>> {
    if (this.closedReason !== undefined)
      return Promise.resolve(E.left({ _tag: 'ConnectionClosed', message: this.closedReason }))
    const id = ++this.nextId
    const ms = options.timeoutMs ?? this.defaultTimeout
    this.pending.set(id, { ms: isDeadline(ms) ? ms : 0, bytes: 0, ...(options.split !== undefined ? { split: options.split } : {}) })
    const request: JSONRPCRequest = { jsonrpc: '2.0', method, params, id }
    // the request is written (and its deadline armed) before this returns, or, for a
    // large one, piece by piece (see stream)
    const sent = this.client.requestAdvanced(request)
    return Promise.resolve(sent).then((response: JSONRPCResponse) => {
      const effective = this.settle(id)
      if (response.error === undefined || response.error === null) return E.right(response.result as unknown)
      switch (response.error.code) {
        case TIMEOUT:
          this.abandoned.add(id)
          if (this.abandoned.size > MAX_ABANDONED) {
            // a Set iterates in insertion order: the first is the oldest
            const oldest = this.abandoned.values().next()
            if (oldest.done !== true) this.abandoned.delete(oldest.value)
          }
          if (options.cancelOnTimeout === true) this.notify('cancel', [id])
          return E.left({ _tag: 'Timeout', method, ms: effective ?? ms })
        case CLOSED:
          return E.left({ _tag: 'ConnectionClosed', message: response.error.message })
        default: {
          const data = response.error.data as { error?: string; details?: string; syntax?: string } | undefined
          return E.left({
            _tag: 'RpcError',
            method,
            error: data?.error ?? response.error.message,
            ...(data?.details !== undefined ? { details: data.details } : {}),
            ...(data?.syntax !== undefined ? { syntax: data.syntax } : {}),
          })
        }
      }
    })
  }

  /**
   * Sends a notification (a request with `"id": null`, which gets no reply).
   *
   * @since 0.1.0
   */
  notify(method: string, params: ReadonlyArray<unknown>): void {
    if (this.closedReason === undefined) this.send(JSON.stringify({ method, params, id: null }))
  }

  /**
   * Listens to the requests and notifications the server sends (other than `echo`,
   * which the peer answers itself).
   *
   * @since 0.1.0
   */
  onNotification(listener: (n: Notification) => void): void {
    this.notificationListeners.push(listener)
  }

  /**
   * Listens to errors that belong to no request: protocol errors (after which the
   * connection is closed), replies with unknown ids, notifications nobody expects.
   *
   * @since 0.1.0
   */
  onError(listener: (e: OvsdbError) => void): void {
    this.errorListeners.push(listener)
  }

  /**
   * Listens for the end of the connection.
   *
   * @since 0.1.0
   */
  onClose(listener: (reason: string) => void): void {
    if (this.closedReason !== undefined) listener(this.closedReason)
    else this.closeListeners.push(listener)
  }

  /**
   * Reports an error to the error listeners (used by layers above for errors such as a
   * notification for an unknown monitor).
   *
   * @since 0.1.0
   */
  report(e: OvsdbError): void {
    for (const l of this.errorListeners) l(e)
  }

  /**
   * Whether the connection is still open.
   *
   * @since 0.1.0
   */
  get isOpen(): boolean {
    return this.closedReason === undefined
  }

  /**
   * Closes the connection; pending requests resolve with `ConnectionClosed`.
   *
   * @since 0.1.0
   */
  close(reason = 'closed by client'): void {
    if (this.closedReason !== undefined) return
    this.closed(reason, false)
    this.channel.close()
  }

  // -----------------------------------------------------------------------------------
  // internals
  // -----------------------------------------------------------------------------------

  private writeRequest(payload: JSONRPCRequest): void {
    if (this.closedReason !== undefined) throw new Error(this.closedReason)
    const params = (payload.params ?? []) as ReadonlyArray<unknown>
    const id = typeof payload.id === 'number' ? payload.id : undefined
    if (Array.isArray(params) && params.length > STREAM_PARAMS) this.stream(payload.method, params, payload.id ?? null, id)
    else {
      const text = JSON.stringify({ method: payload.method, params, id: payload.id ?? null })
      this.send(text)
      if (id !== undefined) {
        this.wrote(id, text.length)
        this.arm(id)
      }
    }
  }

  /** Counts bytes of a request as written: work the server may be busy with. */
  private wrote(id: number, bytes: number): void {
    const p = this.pending.get(id)
    if (p === undefined) return
    p.bytes += bytes
    this.pendingBytes += bytes
  }

  /** Starts a written request's deadline: what was asked for, plus time for its size. */
  private arm(id: number): void {
    const p = this.pending.get(id)
    if (p === undefined || p.ms === 0) return
    p.effective = p.ms + workAllowanceMs(p.bytes)
    p.timer = setTimeout(() => this.client.receive(createJSONRPCErrorResponse(id, TIMEOUT, 'timeout')), p.effective)
  }

  /** Forgets a request that got its answer (or its error); returns its effective deadline. */
  private settle(id: number): number | undefined {
    const p = this.pending.get(id)
    if (p === undefined) return undefined
    if (p.timer !== undefined) clearTimeout(p.timer)
    this.pendingBytes -= p.bytes
    this.pending.delete(id)
    return p.effective
  }

  /** Writes a message, or queues it while a long request is being streamed. */
  private send(text: string): void {
    if (this.queued !== undefined) this.queued.push(text)
    else this.channel.write(text)
  }

  /**
   * Writes a request with many params (a large transaction) in pieces, one event-loop
   * turn apart: the server parses the first pieces while the next are serialized, instead
   * of waiting for all of it. Other messages wait until the request is written whole.
   * The bytes are those of `JSON.stringify` of the whole request.
   */
  private stream(method: string, params: ReadonlyArray<unknown>, id: JSONRPCID, pendingId: number | undefined): void {
    this.queued = []
    let i = 0
    const step = (): void => {
      if (this.closedReason !== undefined) {
        this.queued = undefined
        return
      }
      const end = Math.min(params.length, i + STREAM_PARAMS)
      // one JSON.stringify per piece (an array of params, its brackets cut off): the same
      // text as one call per param joined by commas, made in less time
      const inner = JSON.stringify(params.slice(i, end)).slice(1, -1)
      const head = i === 0 ? `{"method":${JSON.stringify(method)},"params":[` : ','
      i = end
      const piece = i === params.length ? `${head}${inner}],"id":${JSON.stringify(id)}}` : `${head}${inner}`
      this.channel.write(piece)
      if (pendingId !== undefined) this.wrote(pendingId, piece.length)
      if (i < params.length) setImmediate(step)
      else {
        if (pendingId !== undefined) this.arm(pendingId)
        const waiting = this.queued ?? []
        this.queued = undefined
        for (const t of waiting) this.channel.write(t)
      }
    }
    step()
  }

  private probe(interval: number): void {
    if (this.closedReason !== undefined) return
    const idle = Date.now() - this.lastReceived
    // Silence is taken for death whether or not requests are pending: a stopped or hung
    // server (SIGSTOP, a deadlock, a partition) must not hold callers until their
    // deadlines, and a failover must not wait for them.
    if (this.probeSent) {
      // Two ticks at least: when our own event loop was blocked, this timer runs before
      // the socket's data waiting in the kernel is read; the tick after sees it.
      // and patience for the work the server was given
      if (++this.probeTicks >= 2 && idle >= 2 * interval + workAllowanceMs(this.pendingBytes))
        this.fail({ _tag: 'Timeout', method: 'echo', ms: interval })
      return
    }
    if (idle >= interval) {
      this.probeSent = true
      this.probeTicks = 0
      void this.request('echo', [], { timeoutMs: interval })
    }
  }

  /**
   * A large message offered by the framer: a reply to a request that takes its reply in
   * pieces goes to that request's sink, as long as the request waits for it; the value
   * the sink ends with is the reply's result, dispatched as any reply.
   */
  private claim(head: string): PieceSink | undefined {
    const m = REPLY_ID.exec(head)
    if (m === null) return undefined
    const id = Number(m[1])
    const split = this.pending.get(id)?.split
    const sink = split?.(head.slice(m[0].length))
    if (sink === undefined) return undefined
    // a request that timed out (or was answered) meanwhile takes nothing more
    const waiting = (): boolean => this.pending.has(id)
    return {
      members: (text) => waiting() && sink.members(text),
      between: (text) => waiting() && sink.between(text),
      end: (text) => {
        const r = sink.end(text)
        return r === undefined ? undefined : { value: { id, result: r.value, error: null } }
      },
    }
  }

  private receive(chunk: Uint8Array): void {
    if (this.closedReason !== undefined) return
    this.lastReceived = Date.now()
    this.probeSent = false
    const r = this.framer.push(chunk)
    if (E.isLeft(r)) {
      this.fail(r.left)
      return
    }
    for (const m of r.right) {
      if (this.closedReason !== undefined) return
      this.dispatch(m)
    }
  }

  private dispatch(m: unknown): void {
    // Whatever came off the wire is shown through `preview` and serialized again only
    // when shallow: JSON.parse accepts nesting thousands deep, JSON.stringify and String
    // overflow the stack on it (inside the socket handler, where nothing catches).
    if (typeof m !== 'object' || m === null || Array.isArray(m)) {
      this.report(protocolError('invalid-message', `expected a JSON-RPC object, got ${preview(m, 80)}`))
      return
    }
    const msg = m as Record<string, unknown>
    if (typeof msg['method'] === 'string') {
      const params = Array.isArray(msg['params']) ? (msg['params'] as unknown[]) : []
      const id = msg['id'] as JSONRPCID | undefined
      if (msg['method'] === 'echo' && id !== null && id !== undefined) {
        // our reply repeats the params and id: serializable only when shallow
        if (!depthAtMost(params, MAX_ECHO_DEPTH) || !depthAtMost(id, MAX_ECHO_DEPTH)) {
          this.fail(protocolError('invalid-message', `echo request nested deeper than ${MAX_ECHO_DEPTH}: ${preview(m, 80)}`))
          return
        }
        void Promise.resolve(this.server.receive({ jsonrpc: '2.0', method: 'echo', params, id })).then((res) => {
          if (res !== null && this.closedReason === undefined)
            this.send(JSON.stringify({ id: res.id, result: res.result ?? null, error: null }))
        })
        return
      }
      const n: Notification = { method: msg['method'], params }
      for (const l of this.notificationListeners) l(n)
      return
    }
    if (!('id' in msg)) {
      this.report(protocolError('invalid-message', `message is neither a request nor a reply: ${preview(m, 80)}`))
      return
    }
    const id = msg['id']
    if (typeof id !== 'number' || !this.pending.has(id)) {
      if (typeof id === 'number' && this.abandoned.delete(id)) return
      this.report(protocolError('unknown-id', `reply with id ${preview(id)} matches no pending request`))
      return
    }
    const error = msg['error']
    if (error !== null && error !== undefined) {
      // only strings are taken as they are; anything else is shown through preview
      const text = (v: unknown): string | undefined => (v === undefined ? undefined : typeof v === 'string' ? v : preview(v))
      const e =
        typeof error === 'string'
          ? { error, details: undefined }
          : typeof error === 'object' && !Array.isArray(error)
            ? {
                error: text((error as Record<string, unknown>)['error'] ?? undefined) ?? preview(error, 200),
                details: text((error as Record<string, unknown>)['details']),
                syntax: text((error as Record<string, unknown>)['syntax']),
              }
            : { error: preview(error, 200), details: undefined }
      this.client.receive(createJSONRPCErrorResponse(id, SERVER_ERROR, e.error, e))
    } else this.client.receive({ jsonrpc: '2.0', id, result: msg['result'] ?? null })
  }

  private fail(e: ProtocolError | Timeout): void {
    this.report(e)
    this.close(e._tag === 'Timeout' ? `inactivity probe: no reply within ${e.ms} ms` : `protocol error: ${e.message}`)
  }

  private closed(reason: string, byPeer: boolean): void {
    if (this.closedReason !== undefined) return
    this.closedReason = reason
    if (this.probeTimer !== undefined) clearInterval(this.probeTimer)
    for (const [id, p] of this.pending) {
      if (p.timer !== undefined) clearTimeout(p.timer)
      this.client.receive(createJSONRPCErrorResponse(id, CLOSED, reason))
    }
    this.pending.clear()
    this.pendingBytes = 0
    if (byPeer) {
      const end = this.framer.end()
      if (E.isLeft(end) && end.left.reason === 'truncated') this.report(end.left)
    }
    for (const l of this.closeListeners) l(reason)
    this.closeListeners.length = 0
  }
}
