/**
 * Connecting the CLI to the first usable remote of a list: each remote in turn, each
 * bounded by its share of the time left (a dead or silent server costs its share, then
 * the next is tried), the Northbound schema read, and — for a cluster member or a relay
 * — its `_Server.Database` row checked: a member that is not connected to its cluster
 * (no quorum, no leader) serves stale data and cannot commit, so `plan` must not plan
 * from it and `apply` must not wait on it. Failures are said in words, TLS refusals
 * included.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { connect, type Client, type ClientOptions } from '../ovsdb/client.js'
import { formatError, type OvsdbError } from '../ovsdb/errors.js'
import type { DatabaseSchema } from '../ovsdb/schema.js'
import type { Remote } from '../ovsdb/transport.js'
import type { ConnectionOptions } from './options.js'
import { seconds, type Run } from './run.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Why one remote could not be used; `noQuorum` when it answered but is a cluster member
 * (or relay) cut off from its cluster's leader.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RemoteFailure } from './connect.js'
 * const f: RemoteFailure = { remote: 'tcp:127.0.0.1:6641', reason: 'connect ECONNREFUSED 127.0.0.1:6641', noQuorum: false }
 */
export interface RemoteFailure {
  readonly remote: string
  readonly reason: string
  readonly noQuorum: boolean
}

/**
 * A usable connection: the client and the server's Northbound schema.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { Connection } from './connect.js'
 * const close = (c: Connection) => c.client.close()()
 */
export interface Connection {
  readonly client: Client
  readonly schema: DatabaseSchema
}

/**
 * Whether a connection carries the NB model's guard (`guarded`, as `connectNb` makes
 * it: a table or column the server lacks is refused before any I/O, with the version
 * that has it) or not (`bare`): `plan` and `apply` of a desired state need no guard,
 * since the diff checks every desired column against the server's schema before any
 * operation is made (the guard could find nothing), and the generated model — 40
 * modules — is then not loaded at all.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { Guarding } from './connect.js'
 * const g: Guarding = 'bare'
 */
export type Guarding = 'guarded' | 'bare'

/**
 * What a member's `_Server.Database` row says about it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Membership } from './connect.js'
 * const m: Membership = { model: 'clustered', connected: false, leader: false }
 */
export interface Membership {
  readonly model: string
  readonly connected: boolean
  readonly leader: boolean
}

// -------------------------------------------------------------------------------------
// messages
// -------------------------------------------------------------------------------------

// OpenSSL's text ("error:0A000412:SSL routines:ssl3_read_bytes:sslv3 alert bad
// certificate:../ssl/record/rec_layer_s3.c:1584:SSL alert number 42") cut to its reason
const sslReason = (message: string): string | undefined => {
  const m = /SSL routines:(?:[a-z0-9_]+:)?([^:]+)/i.exec(message)
  return m?.[1]?.trim()
}

/**
 * An error met while connecting to a remote, as one line. A TLS server that refuses
 * the client's certificate does so after the handshake (TLS 1.3): the connection then
 * closes under the first request with an OpenSSL alert, which is told here for what
 * it is.
 *
 * @category messages
 * @since 0.1.0
 * @example
 * import { describeConnectError } from './connect.js'
 * describeConnectError({ kind: 'ssl', host: '127.0.0.1', port: 6641, text: 'ssl:127.0.0.1:6641' },
 *   { _tag: 'ConnectionClosed', message: 'closed by peer (error:0A00045C:SSL routines::tlsv13 alert certificate required)' }, {})
 * // 'the server requires a client certificate (give --private-key and --certificate): tlsv13 alert certificate required'
 */
export const describeConnectError = (remote: Remote, e: OvsdbError, files: Pick<ConnectionOptions, 'certificateFile' | 'caCertFile'>): string => {
  const text = formatError(e).replace(/\s*\n\s*/g, ' ')
  const tlsError = remote.kind === 'ssl' && (e._tag === 'ConnectionClosed' || e._tag === 'TransportError')
  const reason = tlsError ? sslReason(text) : undefined
  // an alert is the server refusing us (in the handshake with TLS 1.2, after it with 1.3)
  if (reason !== undefined && /certificate required/i.test(reason)) return `the server requires a client certificate (give --private-key and --certificate): ${reason}`
  if (reason !== undefined && /alert/i.test(reason))
    return files.certificateFile !== undefined
      ? `the server refused the TLS connection with the client certificate ${files.certificateFile} (is it signed by a CA the server trusts?): ${reason}`
      : `the server refused the TLS connection (does it want a client certificate? give --private-key and --certificate): ${reason}`
  // Node's verification codes (SELF_SIGNED_CERT_IN_CHAIN, CERT_HAS_EXPIRED, ...): we refuse the server
  if (tlsError && e._tag === 'TransportError' && e.code !== undefined && !e.code.startsWith('ERR_SSL_') && /CERT|SELF_SIGNED|UNABLE_TO_|ISSUER/.test(e.code))
    return `the server's certificate does not verify${files.caCertFile !== undefined ? ` against --ca-cert ${files.caCertFile}` : ''}: ${e.message.replace(/^TLS: /, '')}`
  if (reason !== undefined) return `TLS: ${reason}`
  return e._tag === 'TransportError' ? e.message.replace(/\s*\n\s*/g, ' ') : text
}

/**
 * The one line for a list of remotes none of which could be used: "no quorum" when a
 * member answered but had no leader, else "cannot connect".
 *
 * @category messages
 * @since 0.1.0
 * @example
 * import { describeFailures } from './connect.js'
 * describeFailures([{ remote: 'tcp:127.0.0.1:6641', reason: 'this cluster member is not connected to a leader', noQuorum: true }])
 * // 'no quorum: tcp:127.0.0.1:6641: this cluster member is not connected to a leader'
 */
export const describeFailures = (failures: ReadonlyArray<RemoteFailure>): string =>
  `${failures.some((f) => f.noQuorum) ? 'no quorum' : 'cannot connect'}: ${failures.map((f) => `${f.remote}: ${f.reason}`).join('; ')}`

/**
 * Why a member is unusable, from its `_Server.Database` row; `undefined` when it is
 * usable (standalone, or connected to its cluster).
 *
 * @category messages
 * @since 0.1.0
 * @example
 * import { unusable } from './connect.js'
 * unusable({ model: 'clustered', connected: false, leader: false })
 * // 'this cluster member is not connected to a leader (the cluster has no quorum, or the member is cut off from it)'
 */
export const unusable = (m: Membership): string | undefined =>
  m.connected
    ? undefined
    : m.model === 'relay'
      ? 'this relay is not connected to its source database'
      : 'this cluster member is not connected to a leader (the cluster has no quorum, or the member is cut off from it)'

// -------------------------------------------------------------------------------------
// connecting
// -------------------------------------------------------------------------------------

const membership = async (client: Client, database: string): Promise<E.Either<OvsdbError, Membership | undefined>> => {
  const r = await client.transact(
    '_Server',
    [{ op: 'select', table: 'Database', where: [['name', '==', database]], columns: ['model', 'connected', 'leader'] }],
    { validate: false },
  )()
  // a server without _Server (OVS before 2.9) is standalone
  if (E.isLeft(r)) return r.left._tag === 'RpcError' && /unknown database/.test(r.left.error + (r.left.details ?? '')) ? E.right(undefined) : r
  const row = r.right[0].rows[0]
  if (row === undefined) return E.right(undefined)
  return E.right({ model: typeof row['model'] === 'string' ? row['model'] : 'standalone', connected: row['connected'] === true, leader: row['leader'] === true })
}

const NB_DATABASE = 'OVN_Northbound'

// the schema read without the model: what connectNb does, less the guard and the
// comparison. The cluster membership is asked for after the schema, not with it: a TLS
// server that refuses the client's certificate closes the connection under the first
// request, and a second one written meanwhile turned its alert into "write EPIPE"
const connectBare = async (remote: Remote, options: ClientOptions): Promise<E.Either<OvsdbError, Connection>> => {
  const c = await connect(remote, options)()
  if (E.isLeft(c)) return c
  const schema = await c.right.getSchema(NB_DATABASE)()
  if (E.isLeft(schema)) {
    await c.right.close()()
    return schema
  }
  return E.right({ client: c.right, schema: schema.right })
}

// the model (and connectNb with it) is loaded only for a guarded connection
const connectGuarded = async (remote: Remote, options: ClientOptions): Promise<E.Either<OvsdbError, Connection>> => {
  const { connectNb } = await import('../nb/compat.js')
  return connectNb(remote, options)()
}

/**
 * Connects to one remote and checks it can serve: schema read, and (with
 * `requireConnected`) a connected cluster member. `Left` is the reason, the
 * connection closed. `guarding` says whether the NB model's guard is installed (see
 * {@link Guarding}).
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import { connectOne } from './connect.js'
 * import { parseRemote } from '../ovsdb/transport.js'
 * import * as E from 'fp-ts/lib/Either.js'
 * const r = parseRemote('unix:/run/ovn/ovnnb_db.sock')
 * if (E.isRight(r)) await connectOne(r.right, { remotes: [r.right], timeoutMs: 30000, verbose: false }, 5000, true)
 */
export const connectOne = async (
  remote: Remote,
  options: ConnectionOptions,
  connectTimeoutMs: number,
  requireConnected: boolean,
  guarding: Guarding = 'guarded',
): Promise<E.Either<RemoteFailure, Connection>> => {
  const failure = (reason: string, noQuorum = false): E.Either<RemoteFailure, Connection> => E.left({ remote: remote.text, reason, noQuorum })
  const clientOptions: ClientOptions = {
    connectTimeoutMs,
    // later reads and the transaction carry the command's whole budget; the deadline of
    // the command (runWithin) cuts them short first when time is already spent
    requestTimeoutMs: options.timeoutMs,
    ...(options.tls !== undefined ? { tls: options.tls } : {}),
  }
  const c = guarding === 'bare' ? await connectBare(remote, clientOptions) : await connectGuarded(remote, clientOptions)
  if (E.isLeft(c)) return failure(describeConnectError(remote, c.left, options))
  const connection = c.right
  if (!requireConnected) return E.right(connection)
  const m = await membership(connection.client, connection.schema.name)
  const why = E.isLeft(m) ? describeConnectError(remote, m.left, options) : m.right !== undefined ? unusable(m.right) : undefined
  if (why === undefined) return E.right(connection)
  await connection.client.close()()
  return failure(why, E.isRight(m))
}

/**
 * Connects to the first usable remote of the list, trying each in turn; each gets an
 * equal share of the time left (all of it when it is the last), so a silent server
 * delays the next one but never blocks it. `Left` is one line naming every remote
 * tried and why it failed.
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import { connectFirst } from './connect.js'
 * import type { ConnectionOptions } from './options.js'
 * import type { Run } from './run.js'
 * declare const options: ConnectionOptions
 * declare const run: Run
 * const c = await connectFirst(options, run, true) // Right(connection) or Left('cannot connect: ...')
 */
export const connectFirst = async (options: ConnectionOptions, run: Run, requireConnected: boolean, guarding: Guarding = 'guarded'): Promise<E.Either<string, Connection>> => {
  const failures: RemoteFailure[] = []
  for (const [i, remote] of options.remotes.entries()) {
    const share = Math.max(1, Math.floor(run.remaining() / (options.remotes.length - i)))
    run.phase(`connecting to ${remote.text}${failures.length > 0 ? ` (after ${failures.map((f) => `${f.remote}: ${f.reason}`).join('; ')})` : ''}`)
    const attempt = connectOne(remote, options, share, requireConnected, guarding)
    // whatever the attempt yields after its share is spent is closed, not used
    run.onAbort(() => attempt.then((c) => (E.isRight(c) ? c.right.client.close()() : undefined)))
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), share)))
    const r = await Promise.race([attempt, late])
    clearTimeout(timer)
    if (r === 'late') {
      void attempt.then((c) => (E.isRight(c) ? c.right.client.close()() : undefined))
      failures.push({ remote: remote.text, reason: `no answer within ${seconds(share)}`, noQuorum: false })
      continue
    }
    if (E.isRight(r)) return r
    failures.push(r.left)
  }
  return E.left(describeFailures(failures))
}
