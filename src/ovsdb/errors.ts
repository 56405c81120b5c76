/**
 * The one error type of the OVSDB layer: a tagged union. Every expected failure of
 * the client (bad input, transport, protocol, server-reported) is a value of this type,
 * returned in the left side of an `Either`/`TaskEither`; nothing expected throws.
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A remote string that cannot be parsed (`tcp:HOST:PORT`, `unix:PATH`, `ssl:HOST:PORT`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { parseRemote } from 'ovn-nb/ovsdb'
 * const r = parseRemote('tcp:nowhere') // Left({ _tag: 'InvalidRemote', ... })
 */
export interface InvalidRemote {
  readonly _tag: 'InvalidRemote'
  readonly remote: string
  readonly message: string
}

/**
 * The connection could not be made or was lost (socket error, TLS failure, refused).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TransportError } from 'ovn-nb/ovsdb'
 * const e: TransportError = { _tag: 'TransportError', remote: 'unix:/nope', message: 'ENOENT' }
 */
export interface TransportError {
  readonly _tag: 'TransportError'
  readonly remote: string
  readonly message: string
  readonly code?: string
}

/**
 * The peer broke the protocol: bytes that are not JSON, an oversized message, a reply
 * with an id nobody asked for, a notification for a monitor nobody opened.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ProtocolError } from 'ovn-nb/ovsdb'
 * const e: ProtocolError = { _tag: 'ProtocolError', reason: 'garbage', message: 'unexpected byte 0x78 at offset 0' }
 */
export interface ProtocolError {
  readonly _tag: 'ProtocolError'
  readonly reason:
    | 'garbage'
    | 'invalid-json'
    | 'oversized'
    | 'invalid-message'
    | 'unknown-id'
    | 'unknown-monitor'
    | 'truncated'
  readonly message: string
}

/**
 * The server answered a request with a JSON-RPC error (for example `unknown database`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RpcError } from 'ovn-nb/ovsdb'
 * const e: RpcError = { _tag: 'RpcError', method: 'get_schema', error: 'unknown database', details: 'Nope' }
 */
export interface RpcError {
  readonly _tag: 'RpcError'
  readonly method: string
  readonly error: string
  readonly details?: string
  /** The offending part of the request, when the server quotes it (`syntax error`). */
  readonly syntax?: string
}

/**
 * A value received from the server, or given by the caller, does not have the expected
 * shape. `errors` holds every problem found, each with its path.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DecodeError } from 'ovn-nb/ovsdb'
 * const e: DecodeError = { _tag: 'DecodeError', what: 'list_dbs result', errors: [{ path: '', message: 'expected an array' }] }
 */
export interface DecodeError {
  readonly _tag: 'DecodeError'
  readonly what: string
  readonly errors: ReadonlyArray<PathError>
}

/**
 * One problem found at a path (`tables.ACL.columns.tier.type`, `[3].row.name`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PathError } from 'ovn-nb/ovsdb'
 * const p: PathError = { path: '[0].row.nme', message: 'no column "nme" in table Logical_Switch' }
 */
export interface PathError {
  readonly path: string
  readonly message: string
}

/**
 * Operations refused before any I/O because they do not fit the database schema
 * (unknown table or column, wrong type, immutable column written, unknown named-uuid).
 * Each problem names the index of the operation it was found in.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { InvalidOperations } from 'ovn-nb/ovsdb'
 * const e: InvalidOperations = {
 *   _tag: 'InvalidOperations',
 *   database: 'OVN_Northbound',
 *   problems: [{ index: 0, path: '[0].row.nme', message: 'no column "nme" in table Logical_Switch' }],
 * }
 */
export interface InvalidOperations {
  readonly _tag: 'InvalidOperations'
  readonly database: string
  readonly problems: ReadonlyArray<OperationProblem>
}

/**
 * One problem of {@link InvalidOperations}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { OperationProblem } from 'ovn-nb/ovsdb'
 * const p: OperationProblem = { index: 2, path: '[2].row.name', message: 'expected a string' }
 */
export interface OperationProblem {
  readonly index: number
  readonly path: string
  readonly message: string
}

/**
 * The server rejected a transaction: operation `index` failed with the RFC 7047 error
 * `error` (`constraint violation`, `referential integrity violation`, `timed out`, ...).
 * The whole transaction was rolled back. When every operation succeeded but the commit
 * failed (for example a referential integrity check), `index` equals the number of
 * operations.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { OperationError } from 'ovn-nb/ovsdb'
 * const e: OperationError = {
 *   _tag: 'OperationError', index: 1, op: 'insert',
 *   error: 'constraint violation', details: 'duplicate name',
 * }
 */
export interface OperationError {
  readonly _tag: 'OperationError'
  readonly index: number
  /** The `op` of the failed operation, or `"commit"` when the commit itself failed. */
  readonly op: string
  readonly error: string
  readonly details?: string
}

/**
 * A request got no answer within its timeout. A timed-out `transact` is cancelled.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Timeout } from 'ovn-nb/ovsdb'
 * const e: Timeout = { _tag: 'Timeout', method: 'transact', ms: 5000 }
 */
export interface Timeout {
  readonly _tag: 'Timeout'
  readonly method: string
  readonly ms: number
}

/**
 * The connection was closed (by us, by the peer, or after a protocol error) while a
 * request was pending, or a request was made on a closed connection.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ConnectionClosed } from 'ovn-nb/ovsdb'
 * const e: ConnectionClosed = { _tag: 'ConnectionClosed', message: 'closed by peer' }
 */
export interface ConnectionClosed {
  readonly _tag: 'ConnectionClosed'
  readonly message: string
}

/**
 * A write refused before any I/O because the server's schema lacks a table or column
 * the operations use (the server is older than the model), for example
 * "ACL.tier needs OVN_Northbound >= 7.0.4; the server has 7.0.0".
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SchemaMismatch } from 'ovn-nb/ovsdb'
 * const e: SchemaMismatch = {
 *   _tag: 'SchemaMismatch', database: 'OVN_Northbound', serverVersion: '7.0.0',
 *   problems: [{ index: 0, table: 'ACL', column: 'tier', needs: '7.0.4',
 *     message: 'ACL.tier needs OVN_Northbound >= 7.0.4; the server has 7.0.0' }],
 * }
 */
export interface SchemaMismatch {
  readonly _tag: 'SchemaMismatch'
  readonly database: string
  readonly serverVersion: string
  readonly problems: ReadonlyArray<{
    readonly index: number
    readonly table: string
    readonly column?: string
    /** The first schema version that has the table or column, when known. */
    readonly needs?: string
    readonly message: string
  }>
}

/**
 * Every error of the OVSDB layer.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { formatError, type OvsdbError } from 'ovn-nb/ovsdb'
 * const describe = (e: OvsdbError): string => formatError(e)
 */
export type OvsdbError =
  | InvalidRemote
  | TransportError
  | ProtocolError
  | RpcError
  | DecodeError
  | InvalidOperations
  | SchemaMismatch
  | OperationError
  | Timeout
  | ConnectionClosed

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * @category constructors
 * @since 0.1.0
 * @example
 * import { protocolError } from 'ovn-nb/ovsdb'
 * protocolError('oversized', 'message exceeds 1024 bytes')
 */
export const protocolError = (reason: ProtocolError['reason'], message: string): ProtocolError => ({
  _tag: 'ProtocolError',
  reason,
  message,
})

/**
 * @category constructors
 * @since 0.1.0
 * @example
 * import { decodeError } from 'ovn-nb/ovsdb'
 * decodeError('get_schema result', [{ path: 'tables', message: 'expected an object' }])
 */
export const decodeError = (what: string, errors: ReadonlyArray<PathError>): DecodeError => ({
  _tag: 'DecodeError',
  what,
  errors,
})

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * One line (or a few) for people: what failed and why.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { formatError } from 'ovn-nb/ovsdb'
 * formatError({ _tag: 'Timeout', method: 'echo', ms: 100 }) // 'echo timed out after 100 ms'
 */
export const formatError = (e: OvsdbError): string => {
  switch (e._tag) {
    case 'InvalidRemote':
      return `invalid remote "${e.remote}": ${e.message}`
    case 'TransportError':
      return `${e.remote}: ${e.message}`
    case 'ProtocolError':
      return `protocol error (${e.reason}): ${e.message}`
    case 'RpcError':
      return `${e.method}: ${e.error}${e.details !== undefined ? ` (${e.details})` : ''}`
    case 'DecodeError':
      return `cannot decode ${e.what}: ${e.errors.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`)).join('; ')}`
    case 'InvalidOperations':
      return `invalid operations for ${e.database}: ${e.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`
    case 'SchemaMismatch':
      return e.problems.map((p) => p.message).join('; ')
    case 'OperationError':
      return `operation ${e.index} (${e.op}) failed: ${e.error}${e.details !== undefined ? `: ${e.details}` : ''}`
    case 'Timeout':
      return `${e.method} timed out after ${e.ms} ms`
    case 'ConnectionClosed':
      return `connection closed: ${e.message}`
  }
}
