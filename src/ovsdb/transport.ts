/**
 * Remotes in the OVS syntax (`tcp:HOST:PORT`, `unix:PATH`, `ssl:HOST:PORT`, IPv6 as
 * `tcp:[::1]:6641`) and opening them as a {@link Channel} over Node sockets.
 *
 * @module
 */
import * as net from 'node:net'
import type * as Tls from 'node:tls'
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import type { InvalidRemote, TransportError } from './errors.js'
import type { Channel } from './rpc.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A parsed remote.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Remote } from 'ovn-nb/ovsdb'
 * const r: Remote = { kind: 'tcp', host: '::1', port: 6641, text: 'tcp:[::1]:6641' }
 */
export type Remote =
  | { readonly kind: 'tcp' | 'ssl'; readonly host: string; readonly port: number; readonly text: string }
  | { readonly kind: 'unix'; readonly path: string; readonly text: string }

/**
 * TLS material for `ssl:` remotes, as PEM text or file contents (like ovsdb-server's
 * `--private-key`, `--certificate`, `--ca-cert`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { readFileSync } from 'node:fs'
 * import type { TlsOptions } from 'ovn-nb/ovsdb'
 * const tlsOptions: TlsOptions = {
 *   privateKey: readFileSync('client-key.pem'),
 *   certificate: readFileSync('client-cert.pem'),
 *   caCert: readFileSync('cacert.pem'),
 * }
 */
export interface TlsOptions {
  readonly privateKey?: string | Buffer
  readonly certificate?: string | Buffer
  readonly caCert?: string | Buffer
  /** Check that the server certificate names the host (default false, as OVS does). */
  readonly checkServerName?: boolean
}

/**
 * Options for opening a connection.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ConnectOptions } from 'ovn-nb/ovsdb'
 * const o: ConnectOptions = { connectTimeoutMs: 3000 }
 */
export interface ConnectOptions {
  readonly tls?: TlsOptions
  /** Give up connecting after this long (default 10000 ms). */
  readonly connectTimeoutMs?: number
}

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

const invalid = (remote: string, message: string): E.Either<InvalidRemote, Remote> =>
  E.left({ _tag: 'InvalidRemote', remote, message })

/**
 * Parses one remote. Active remotes only (`tcp`, `ssl`, `unix`); the passive forms
 * (`ptcp`, `pssl`, `punix`) are for servers.
 *
 * @category parsing
 * @since 0.1.0
 * @example
 * import { parseRemote } from 'ovn-nb/ovsdb'
 * parseRemote('tcp:127.0.0.1:6641') // Right({ kind: 'tcp', host: '127.0.0.1', port: 6641, ... })
 * parseRemote('unix:/run/ovn/ovnnb_db.sock') // Right({ kind: 'unix', path: '/run/ovn/ovnnb_db.sock', ... })
 * parseRemote('tcp:[::1]:6641') // Right({ kind: 'tcp', host: '::1', port: 6641, ... })
 */
export const parseRemote = (text: string): E.Either<InvalidRemote, Remote> => {
  const colon = text.indexOf(':')
  if (colon < 0 || !/^[a-z]+$/.test(text.slice(0, colon)))
    return invalid(text, 'expected tcp:HOST:PORT, ssl:HOST:PORT or unix:PATH')
  const kind = text.slice(0, colon)
  const rest = text.slice(colon + 1)
  if (kind === 'unix') {
    if (rest === '') return invalid(text, 'unix: needs a socket path')
    return E.right({ kind: 'unix', path: rest, text })
  }
  if (kind !== 'tcp' && kind !== 'ssl')
    return invalid(text, `unknown remote type "${kind}" (expected tcp, ssl or unix)`)
  let host: string
  let portText: string
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    if (close < 0) return invalid(text, 'unterminated IPv6 address "["')
    host = rest.slice(1, close)
    if (rest[close + 1] !== ':') return invalid(text, 'expected ":PORT" after the IPv6 address')
    portText = rest.slice(close + 2)
    if (net.isIPv6(host) === false) return invalid(text, `"${host}" is not an IPv6 address`)
  } else {
    const last = rest.lastIndexOf(':')
    if (last < 0) return invalid(text, `${kind}: needs HOST:PORT`)
    host = rest.slice(0, last)
    portText = rest.slice(last + 1)
    if (host.includes(':')) return invalid(text, 'an IPv6 address must be written in brackets, as [::1]')
  }
  if (host === '') return invalid(text, 'missing host')
  if (!/^\d{1,5}$/.test(portText)) return invalid(text, `"${portText}" is not a port number`)
  const port = Number(portText)
  if (port < 1 || port > 65535) return invalid(text, `port ${port} is out of range`)
  return E.right({ kind, host, port, text })
}

/**
 * Parses a comma-separated list of remotes, as OVN daemons take them
 * (`tcp:10.0.0.1:6641,tcp:10.0.0.2:6641`).
 *
 * @category parsing
 * @since 0.1.0
 * @example
 * import { parseRemotes } from 'ovn-nb/ovsdb'
 * parseRemotes('unix:/a.sock,tcp:127.0.0.1:6641') // Right([{ kind: 'unix', ... }, { kind: 'tcp', ... }])
 */
export const parseRemotes = (text: string): E.Either<InvalidRemote, ReadonlyArray<Remote>> => {
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  if (parts.length === 0) return E.left({ _tag: 'InvalidRemote', remote: text, message: 'no remote given' })
  const out: Remote[] = []
  for (const p of parts) {
    const r = parseRemote(p)
    if (E.isLeft(r)) return r
    out.push(r.right)
  }
  return E.right(out)
}

// -------------------------------------------------------------------------------------
// connecting
// -------------------------------------------------------------------------------------

/**
 * A {@link Channel} over a connected Node socket.
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import * as net from 'node:net'
 * import { socketChannel } from 'ovn-nb/ovsdb'
 * const ch = socketChannel(net.connect('/run/ovn/ovnnb_db.sock'))
 */
export const socketChannel = (socket: net.Socket): Channel => {
  let closeListener: ((reason?: string) => void) | undefined
  let closed = false
  let error: string | undefined
  socket.setNoDelay(true)
  socket.on('error', (e: NodeJS.ErrnoException) => {
    error = e.code !== undefined ? `${e.code}: ${e.message}` : e.message
  })
  socket.on('close', () => {
    if (closed) return
    closed = true
    closeListener?.(error)
  })
  return {
    write: (text) => {
      if (!closed) socket.write(text)
    },
    close: () => {
      if (closed) return
      closed = true
      socket.end()
      socket.destroySoon()
      // a peer that never closes its side must not keep us alive
      setTimeout(() => socket.destroy(), 1000).unref()
    },
    onData: (listener) => {
      socket.on('data', listener)
    },
    onClose: (listener) => {
      closeListener = listener
    },
  }
}

const pem = (x: string | Buffer | undefined): string | Buffer | undefined => x

/**
 * Opens a connection to a remote and resolves with a {@link Channel} once connected
 * (after the TLS handshake for `ssl:`), or with a `TransportError` saying why not.
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import { openChannel, parseRemote } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const r = parseRemote('unix:/run/ovn/ovnnb_db.sock')
 * if (E.isRight(r)) {
 *   const channel = await openChannel(r.right)() // Right(channel) or Left(TransportError)
 * }
 */
export const openChannel =
  (remote: Remote, options: ConnectOptions = {}): TE.TaskEither<TransportError, Channel> =>
  async () => {
    // node:tls (and node:crypto under it) is loaded for ssl: remotes only: a unix: or
    // tcp: connection, as the CLI's one-shot runs mostly make, needs neither
    const tls: typeof Tls | undefined = remote.kind === 'ssl' ? await import('node:tls') : undefined
    return new Promise((resolve) => {
      const fail = (message: string, code?: string): void =>
        resolve(E.left({ _tag: 'TransportError', remote: remote.text, message, ...(code !== undefined ? { code } : {}) }))
      let socket: net.Socket
      const readyEvent = remote.kind === 'ssl' ? 'secureConnect' : 'connect'
      try {
        if (remote.kind === 'unix') socket = net.connect({ path: remote.path })
        else if (remote.kind === 'tcp') socket = net.connect({ host: remote.host, port: remote.port })
        else {
          const t = options.tls ?? {}
          const key = pem(t.privateKey)
          const cert = pem(t.certificate)
          const ca = pem(t.caCert)
          socket = tls!.connect({
            host: remote.host,
            port: remote.port,
            ...(key !== undefined ? { key } : {}),
            ...(cert !== undefined ? { cert } : {}),
            ...(ca !== undefined ? { ca } : {}),
            rejectUnauthorized: true,
            ...(t.checkServerName === true ? {} : { checkServerIdentity: () => undefined }),
          })
        }
      } catch (e) {
        fail((e as Error).message)
        return
      }
      const timeout = setTimeout(() => {
        socket.destroy()
        fail(`connect timed out after ${options.connectTimeoutMs ?? 10000} ms`, 'ETIMEDOUT')
      }, options.connectTimeoutMs ?? 10000)
      const onError = (e: NodeJS.ErrnoException): void => {
        clearTimeout(timeout)
        socket.destroy()
        const what = remote.kind === 'ssl' && e.code !== 'ECONNREFUSED' && e.code !== 'ENOENT' ? 'TLS: ' : ''
        fail(`${what}${e.message}`, e.code)
      }
      socket.once('error', onError)
      socket.once(readyEvent, () => {
        clearTimeout(timeout)
        socket.off('error', onError)
        resolve(E.right(socketChannel(socket)))
      })
    })
  }
