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
import * as E from 'fp-ts/lib/Either.js'
import {
  JSONRPCClient,
  JSONRPCServer,
  createJSONRPCErrorResponse,
  type JSONRPCID,
  type JSONRPCRequest,
  type JSONRPCResponse,
} from 'json-rpc-2.0'
import { Framer } from './framer.js'
import { protocolError, type OvsdbError, type ProtocolError, type Timeout } from './errors.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

// requests with more params than this are written in pieces of this many params
const STREAM_PARAMS = 512

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
   * when that gets no reply within the same interval; not while a request of ours is
   * outstanding (a busy server answers nothing until it is done). 0 disables the probe.
   * Default 5000.
   */
  readonly probeIntervalMs?: number
  /** Largest message accepted (default 256 MiB). */
  readonly maxMessageBytes?: number
  /** Default timeout of a request in ms; 0 (the default) means none. */
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
  readonly timeoutMs?: number
  /** On timeout, send `cancel` for the request (RFC 7047 §4.1.4). */
  readonly cancelOnTimeout?: boolean
}

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
  private readonly pending = new Map<number, string>()
  /** Ids that timed out: their late replies are expected and ignored. */
  private readonly abandoned = new Set<number>()
  private nextId = 0
  private closedReason: string | undefined
  // messages waiting while a large request is streamed
  private queued: string[] | undefined
  private lastReceived = Date.now()
  private probeSent = false
  /** Ids of our own inactivity probes (not requests a caller waits for). */
  private readonly probeIds = new Set<number>()
  private probeTimer: NodeJS.Timeout | undefined
  private readonly notificationListeners: Array<(n: Notification) => void> = []
  private readonly errorListeners: Array<(e: OvsdbError) => void> = []
  private readonly closeListeners: Array<(reason: string) => void> = []
  private readonly defaultTimeout: number

  constructor(
    private readonly channel: Channel,
    options: RpcOptions = {},
  ) {
    this.framer = new Framer(options.maxMessageBytes !== undefined ? { maxMessageBytes: options.maxMessageBytes } : {})
    this.defaultTimeout = options.requestTimeoutMs ?? 0
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
    this.pending.set(id, method)
    const ms = options.timeoutMs ?? this.defaultTimeout
    const request: JSONRPCRequest = { jsonrpc: '2.0', method, params, id }
    const sent =
      ms > 0
        ? this.client.timeout(ms, (rid) => createJSONRPCErrorResponse(rid, TIMEOUT, 'timeout')).requestAdvanced(request)
        : this.client.requestAdvanced(request)
    return Promise.resolve(sent).then((response: JSONRPCResponse) => {
      this.pending.delete(id)
      if (response.error === undefined || response.error === null) return E.right(response.result as unknown)
      switch (response.error.code) {
        case TIMEOUT:
          this.abandoned.add(id)
          if (options.cancelOnTimeout === true) this.notify('cancel', [id])
          return E.left({ _tag: 'Timeout', method, ms })
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
    if (Array.isArray(params) && params.length > STREAM_PARAMS) this.stream(payload.method, params, payload.id ?? null)
    else this.send(JSON.stringify({ method: payload.method, params, id: payload.id ?? null }))
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
  private stream(method: string, params: ReadonlyArray<unknown>, id: JSONRPCID): void {
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
      this.channel.write(i === params.length ? `${head}${inner}],"id":${JSON.stringify(id)}}` : `${head}${inner}`)
      if (i < params.length) setImmediate(step)
      else {
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
    // A server busy with a large transaction answers nothing, not even an echo, until it
    // is done: while a request of ours is outstanding, silence is not death (requests
    // carry their own timeouts, and a dead socket errors out by itself).
    for (const id of this.pending.keys()) if (!this.probeIds.has(id)) return
    if (this.probeSent) {
      if (idle >= 2 * interval) this.fail({ _tag: 'Timeout', method: 'echo', ms: interval })
      return
    }
    if (idle >= interval) {
      this.probeSent = true
      this.probeIds.add(this.nextId + 1)
      void this.request('echo', [], { timeoutMs: interval }).then(() => this.probeIds.clear())
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
    if (typeof m !== 'object' || m === null || Array.isArray(m)) {
      this.report(protocolError('invalid-message', `expected a JSON-RPC object, got ${JSON.stringify(m).slice(0, 80)}`))
      return
    }
    const msg = m as Record<string, unknown>
    if (typeof msg['method'] === 'string') {
      const params = Array.isArray(msg['params']) ? (msg['params'] as unknown[]) : []
      const id = msg['id'] as JSONRPCID | undefined
      if (msg['method'] === 'echo' && id !== null && id !== undefined) {
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
      this.report(protocolError('invalid-message', `message is neither a request nor a reply: ${JSON.stringify(m).slice(0, 80)}`))
      return
    }
    const id = msg['id']
    if (typeof id !== 'number' || !this.pending.has(id)) {
      if (typeof id === 'number' && this.abandoned.delete(id)) return
      this.report(protocolError('unknown-id', `reply with id ${JSON.stringify(id)} matches no pending request`))
      return
    }
    const error = msg['error']
    if (error !== null && error !== undefined) {
      const e =
        typeof error === 'string'
          ? { error, details: undefined }
          : typeof error === 'object' && !Array.isArray(error)
            ? {
                error: String((error as Record<string, unknown>)['error'] ?? JSON.stringify(error)),
                details: (error as Record<string, unknown>)['details'] as string | undefined,
                syntax: (error as Record<string, unknown>)['syntax'] as string | undefined,
              }
            : { error: JSON.stringify(error), details: undefined }
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
    for (const id of this.pending.keys()) this.client.receive(createJSONRPCErrorResponse(id, CLOSED, reason))
    this.pending.clear()
    if (byPeer) {
      const end = this.framer.end()
      if (E.isLeft(end) && end.left.reason === 'truncated') this.report(end.left)
    }
    for (const l of this.closeListeners) l(reason)
    this.closeListeners.length = 0
  }
}
