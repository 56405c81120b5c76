/**
 * One call to get an embedded OVSDB server and clients of it: in memory by default, or
 * on a unix or TCP socket.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as TE from '../../deps/TaskEither.js'
import { clientOver, connect, type Client, type ClientOptions } from '../client.js'
import type { OvsdbError } from '../errors.js'
import type { DatabaseSchema } from '../schema.js'
import { listen, type ListenError, type Listener } from './listen.js'
import { memoryPair } from './memory.js'
import { createServer, type OvsdbServer, type ServerError, type ServerOptions } from './server.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link startEmbedded}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { EmbeddedOptions } from 'ovn-nb/ovsdb/server'
 * const inMemory: EmbeddedOptions = {}
 * const onTcp: EmbeddedOptions = { listen: 'ptcp:0:127.0.0.1', txnHistory: 50 }
 */
export interface EmbeddedOptions extends ServerOptions {
  /** A passive remote to listen on (`punix:PATH`, `ptcp:PORT[:HOST]`); in memory when absent. */
  readonly listen?: string
}

/**
 * A running embedded server.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Embedded } from 'ovn-nb/ovsdb/server'
 * const use = async (e: Embedded) => {
 *   const client = await e.connect()()
 *   await e.stop()
 * }
 */
export interface Embedded {
  readonly server: OvsdbServer
  /** Where clients connect: `memory:` in memory, else `unix:PATH` or `tcp:HOST:PORT`. */
  readonly remote: string
  /** Connects a new client (in memory, or over the socket). */
  readonly connect: (options?: ClientOptions) => TE.TaskEither<OvsdbError, Client>
  /** Closes every connection and the listening socket. */
  readonly stop: () => Promise<void>
}

/**
 * Why {@link startEmbedded} failed.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { EmbeddedError } from 'ovn-nb/ovsdb/server'
 * const describe = (e: EmbeddedError) => `${e._tag}: ${e.message}`
 */
export type EmbeddedError = ServerError | ListenError

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Starts an embedded server with a database per schema, listening in memory or on a
 * socket, and gives a way to connect clients and to stop it.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * import { startEmbedded } from 'ovn-nb/ovsdb/server'
 * declare const nb: DatabaseSchema
 * const started = await startEmbedded([nb])()
 * if (E.isRight(started)) {
 *   const c = await started.right.connect()()
 *   if (E.isRight(c)) {
 *     await c.right.transact('OVN_Northbound', [{ op: 'insert', table: 'Logical_Switch', row: { name: 'sw0' } }])()
 *   }
 *   await started.right.stop()
 * }
 */
export const startEmbedded = (
  schemas: ReadonlyArray<DatabaseSchema>,
  options: EmbeddedOptions = {},
): TE.TaskEither<EmbeddedError, Embedded> => async () => {
  const created = createServer(schemas, options)
  if (E.isLeft(created)) return created
  const server = created.right
  let listener: Listener | undefined
  if (options.listen !== undefined) {
    const l = await listen(server, options.listen)()
    if (E.isLeft(l)) {
      server.close()
      return l
    }
    listener = l.right
  }
  const clients: Client[] = []
  const remote = listener?.remote ?? 'memory:'
  const embedded: Embedded = {
    server,
    remote,
    connect: (clientOptions = {}) =>
      listener !== undefined
        ? TE.tap(connect(remote, clientOptions), (c) => TE.fromIO(() => void clients.push(c)))
        : TE.fromIO(() => {
            const [serverEnd, clientEnd] = memoryPair()
            server.serve(serverEnd)
            const c = clientOver(clientEnd, remote, clientOptions)
            clients.push(c)
            return c
          }),
    stop: async () => {
      for (const c of clients) await c.close()()
      server.close()
      await listener?.close()
    },
  }
  return E.right(embedded)
}
