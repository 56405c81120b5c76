/**
 * Serving the embedded server on real sockets: `punix:PATH` and `ptcp:PORT[:HOST]`, the
 * passive remotes of ovsdb-server's `--remote`.
 *
 * @module
 */
import * as net from 'node:net'
import { existsSync, lstatSync, unlinkSync } from 'node:fs'
import * as E from '../../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import { socketChannel } from '../transport.js'
import type { OvsdbServer } from './server.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A listening socket of the embedded server.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Listener } from 'ovn-nb/ovsdb/server'
 * const show = (l: Listener) => console.log(`clients connect to ${l.remote}`) // tcp:127.0.0.1:38797
 */
export interface Listener {
  /** The active remote clients connect to: `unix:PATH` or `tcp:HOST:PORT` (the real port when 0 was asked). */
  readonly remote: string
  /** Stops listening, closes the connections it accepted and removes a unix socket file. */
  readonly close: () => Promise<void>
}

/**
 * Why {@link listen} failed: a bad remote, or the socket could not be bound.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ListenError } from 'ovn-nb/ovsdb/server'
 * const e: ListenError = { _tag: 'ListenError', remote: 'ptcp:80', message: 'listen EACCES: permission denied 0.0.0.0:80' }
 */
export interface ListenError {
  readonly _tag: 'ListenError'
  readonly remote: string
  readonly message: string
}

type Passive = { readonly kind: 'unix'; readonly path: string } | { readonly kind: 'tcp'; readonly port: number; readonly host: string }

const parsePassive = (remote: string): Passive | string => {
  if (remote.startsWith('punix:')) {
    const path = remote.slice(6)
    return path === '' ? 'punix: needs a socket path' : { kind: 'unix', path }
  }
  if (remote.startsWith('ptcp:')) {
    const rest = remote.slice(5)
    const colon = rest.indexOf(':')
    const portText = colon < 0 ? rest : rest.slice(0, colon)
    let host = colon < 0 ? '0.0.0.0' : rest.slice(colon + 1)
    if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1)
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) return `"${portText}" is not a port number`
    if (host === '' || net.isIP(host) === 0) return `"${host}" is not an IP address`
    return { kind: 'tcp', port: Number(portText), host }
  }
  return 'expected punix:PATH or ptcp:PORT[:HOST]'
}

// -------------------------------------------------------------------------------------
// listening
// -------------------------------------------------------------------------------------

/**
 * Listens on a passive remote (`punix:PATH`, `ptcp:PORT[:HOST]`, port 0 for any) and
 * serves every connection with the embedded server, over Node sockets.
 *
 * @category serving
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { connect } from 'ovn-nb/ovsdb'
 * import { listen, type OvsdbServer } from 'ovn-nb/ovsdb/server'
 * declare const server: OvsdbServer
 * const l = await listen(server, 'ptcp:0:127.0.0.1')()
 * if (E.isRight(l)) {
 *   const client = await connect(l.right.remote)() // tcp:127.0.0.1:<port>
 *   await l.right.close()
 * }
 */
export const listen =
  (server: OvsdbServer, remote: string): TE.TaskEither<ListenError, Listener> =>
  () =>
    new Promise((resolve) => {
      const fail = (message: string) => resolve(E.left({ _tag: 'ListenError', remote, message }))
      const p = parsePassive(remote)
      if (typeof p === 'string') return fail(p)
      if (p.kind === 'unix' && existsSync(p.path)) {
        // a socket left by an earlier run would make listen fail
        try {
          if (lstatSync(p.path).isSocket()) unlinkSync(p.path)
        } catch {
          // listen reports the problem
        }
      }
      const sockets = new Set<net.Socket>()
      const srv = net.createServer((socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
        server.serve(socketChannel(socket))
      })
      srv.once('error', (e) => fail(e.message))
      const ready = () => {
        srv.removeAllListeners('error')
        srv.on('error', () => {})
        let active: string
        if (p.kind === 'unix') active = `unix:${p.path}`
        else {
          const a = srv.address()
          const port = typeof a === 'object' && a !== null ? a.port : p.port
          const host = p.host === '0.0.0.0' ? '127.0.0.1' : p.host === '::' ? '::1' : p.host
          active = `tcp:${net.isIPv6(host) ? `[${host}]` : host}:${port}`
        }
        let closing: Promise<void> | undefined
        resolve(
          E.right({
            remote: active,
            close: () =>
              (closing ??= new Promise<void>((done) => {
                srv.close(() => {
                  if (p.kind === 'unix')
                    try {
                      unlinkSync(p.path)
                    } catch {
                      // already gone
                    }
                  done()
                })
                for (const s of sockets) s.destroy()
              })),
          }),
        )
      }
      if (p.kind === 'unix') srv.listen(p.path, ready)
      else srv.listen(p.port, p.host, ready)
    })
