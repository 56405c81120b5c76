/**
 * The connection options `plan`, `apply` and `status` share: the remote (`--db`, or
 * `OVN_NB_DB` as for ovn-nbctl), the time budget (`--timeout`), the TLS material for
 * `ssl:` remotes (`--private-key`/`-p`, `--certificate`/`-c`, `--ca-cert`/`-C`, ovn-nbctl's
 * names) and `--verbose`. Everything here is checked before any module is loaded or any
 * connection opened, so a typo in a PEM path is one line naming the file, not a TLS
 * handshake failure later.
 *
 * @module
 */
import type { KeyObject, X509Certificate } from 'node:crypto'
import { promises as fs } from 'node:fs'
import type { ParseArgsConfig } from 'node:util'
import * as E from '../deps/Either.js'
import { formatError } from '../ovsdb/errors.js'
import { parseRemotes, type Remote, type TlsOptions } from '../ovsdb/transport.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The default of `--timeout`, in seconds: long enough for a large initial read or
 * transaction on a loaded server, short enough that a script notices a dead one.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { DEFAULT_TIMEOUT_SECONDS } from './options.js'
 * DEFAULT_TIMEOUT_SECONDS // 30
 */
export const DEFAULT_TIMEOUT_SECONDS = 30

/**
 * The environment variable that gives `--db` its default, as for ovn-nbctl.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { DB_ENV } from './options.js'
 * process.env[DB_ENV] // e.g. 'tcp:10.0.0.1:6641,tcp:10.0.0.2:6641'
 */
export const DB_ENV = 'OVN_NB_DB'

/**
 * The checked connection options of a command.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ConnectionOptions } from './options.js'
 * const o: ConnectionOptions = { remotes: [{ kind: 'unix', path: '/run/ovn/ovnnb_db.sock', text: 'unix:/run/ovn/ovnnb_db.sock' }], timeoutMs: 30000, verbose: false }
 */
export interface ConnectionOptions {
  readonly remotes: ReadonlyArray<Remote>
  readonly timeoutMs: number
  readonly tls?: TlsOptions
  /** The `--certificate` file, to name it when the server refuses it. */
  readonly certificateFile?: string
  /** The `--ca-cert` file, to name it when the server's certificate does not verify. */
  readonly caCertFile?: string
  readonly verbose: boolean
}

/**
 * The `parseArgs` options behind {@link ConnectionOptions}.
 *
 * @category arguments
 * @since 0.1.0
 * @example
 * import { connectionArgs } from './options.js'
 * Object.keys(connectionArgs) // ['db', 'timeout', 'private-key', 'certificate', 'ca-cert', 'verbose']
 */
export const connectionArgs = {
  db: { type: 'string' },
  timeout: { type: 'string' },
  'private-key': { type: 'string', short: 'p' },
  certificate: { type: 'string', short: 'c' },
  'ca-cert': { type: 'string', short: 'C' },
  verbose: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>

/**
 * The lines of `--help` that describe {@link connectionArgs}, for a command that tries
 * the remotes of a list in turn (`plan`, `apply`) or asks them all at once (`status`).
 *
 * @category arguments
 * @since 0.1.0
 * @example
 * import { connectionUsage } from './options.js'
 * console.log(connectionUsage('in turn'))
 */
export const connectionUsage = (remotes: 'in turn' | 'at once'): string =>
  `  --db REMOTE             unix:PATH, tcp:HOST:PORT or ssl:HOST:PORT; a comma list is ${remotes === 'in turn' ? 'tried in turn' : 'asked at once'}
                          (default: $${DB_ENV})
  --timeout SECONDS       ${remotes === 'in turn' ? `bound on loading FILE, then on connecting, reading and writing
                          (default ${DEFAULT_TIMEOUT_SECONDS}); a remote of a list gets an equal share of what is left` : `bound on each remote's answer (default ${DEFAULT_TIMEOUT_SECONDS})`}
  -p, --private-key FILE  PEM private key for ssl: remotes
  -c, --certificate FILE  PEM certificate of that key
  -C, --ca-cert FILE      PEM CA certificate(s) the server's certificate must chain to (ssl: remotes)
  --verbose               the stack of ${remotes === 'in turn' ? 'an error thrown by FILE' : 'an unexpected error'}`

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

/**
 * Reads `--timeout SECONDS` (default {@link DEFAULT_TIMEOUT_SECONDS}) as milliseconds.
 *
 * @category parsing
 * @since 0.1.0
 * @example
 * import { parseTimeout } from './options.js'
 * parseTimeout(undefined) // Right(30000)
 * parseTimeout('2.5') // Right(2500)
 * parseTimeout('soon') // Left('--timeout takes a positive number of seconds (got "soon")')
 */
export const parseTimeout = (text: string | undefined): E.Either<string, number> => {
  if (text === undefined) return E.right(DEFAULT_TIMEOUT_SECONDS * 1000)
  const s = Number(text)
  // a timer cannot be longer than 2^31-1 ms (~24.8 days); Node would fire it at once
  return /^\s*\d*\.?\d+\s*$/.test(text) && s > 0 && s * 1000 <= 2 ** 31 - 1
    ? E.right(Math.max(1, Math.round(s * 1000)))
    : E.left(`--timeout takes a positive number of seconds (got "${text}")`)
}

/**
 * The remote list: `--db`, else `OVN_NB_DB` from `env`.
 *
 * @category parsing
 * @since 0.1.0
 * @example
 * import { parseDb } from './options.js'
 * parseDb(undefined, { OVN_NB_DB: 'tcp:127.0.0.1:6641' }) // Right([{ kind: 'tcp', host: '127.0.0.1', port: 6641, ... }])
 * parseDb(undefined, {}) // Left('--db REMOTE is required (or set OVN_NB_DB)')
 */
export const parseDb = (db: string | undefined, env: NodeJS.ProcessEnv): E.Either<string, ReadonlyArray<Remote>> => {
  const fromEnv = env[DB_ENV]
  const text = db !== undefined && db !== '' ? db : fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : undefined
  if (text === undefined) return E.left(`--db REMOTE is required (or set ${DB_ENV})`)
  const r = parseRemotes(text)
  if (E.isLeft(r)) return E.left(`${text === db ? '' : `${DB_ENV}: `}${formatError(r.left)}`)
  return E.right(r.right)
}

const read = async (flag: string, file: string): Promise<E.Either<string, Buffer>> => {
  try {
    return E.right(await fs.readFile(file))
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    const why = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message
    return E.left(`${flag} ${file}: cannot read: ${why}`)
  }
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g

// node:crypto is loaded only when TLS files are given (the CLI's other runs need none of it)
type Crypto = typeof import('node:crypto')

// every certificate of a PEM file, parsed (a CA file may hold a chain)
const certificates = ({ X509Certificate }: Crypto, flag: string, file: string, pem: Buffer): E.Either<string, ReadonlyArray<X509Certificate>> => {
  const blocks = pem.toString('latin1').match(PEM_CERT) ?? []
  if (blocks.length === 0) return E.left(`${flag} ${file}: no PEM certificate in the file`)
  const out: X509Certificate[] = []
  for (const [i, b] of blocks.entries()) {
    try {
      out.push(new X509Certificate(b))
    } catch (e) {
      return E.left(`${flag} ${file}: certificate ${i + 1} is not valid PEM: ${(e as Error).message}`)
    }
  }
  return E.right(out)
}

const privateKey = ({ createPrivateKey }: Crypto, flag: string, file: string, pem: Buffer): E.Either<string, KeyObject> => {
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem.toString('latin1'))) return E.left(`${flag} ${file}: no PEM private key in the file`)
  try {
    return E.right(createPrivateKey(pem))
  } catch (e) {
    return E.left(`${flag} ${file}: not a usable private key: ${(e as Error).message}`)
  }
}

/**
 * Reads and checks the TLS files: each must be readable and hold PEM of the right
 * kind, the key must match the certificate, and `--private-key` and `--certificate` go
 * together. `Left` is one line naming the file; no option given is `Right(undefined)`.
 *
 * @category parsing
 * @since 0.1.0
 * @example
 * import { loadTls } from './options.js'
 * const t = await loadTls({ 'private-key': 'client-key.pem', certificate: 'client-cert.pem', 'ca-cert': 'cacert.pem' })
 */
export const loadTls = async (values: Readonly<Record<string, string | boolean | undefined>>): Promise<E.Either<string, TlsOptions | undefined>> => {
  const keyFile = values['private-key']
  const certFile = values['certificate']
  const caFile = values['ca-cert']
  const given = (x: unknown): x is string => typeof x === 'string'
  if (!given(keyFile) && !given(certFile) && !given(caFile)) return E.right(undefined)
  for (const [flag, f] of [['--private-key', keyFile], ['--certificate', certFile], ['--ca-cert', caFile]] as const)
    if (f === '') return E.left(`${flag} needs a FILE`)
  if (given(keyFile) !== given(certFile)) return E.left('--private-key and --certificate go together (the key and its certificate)')
  const tls: { privateKey?: Buffer; certificate?: Buffer; caCert?: Buffer } = {}
  const crypto = await import('node:crypto')
  if (given(keyFile) && given(certFile)) {
    const k = await read('--private-key', keyFile)
    if (E.isLeft(k)) return k
    const key = privateKey(crypto, '--private-key', keyFile, k.right)
    if (E.isLeft(key)) return key
    const c = await read('--certificate', certFile)
    if (E.isLeft(c)) return c
    const certs = certificates(crypto, '--certificate', certFile, c.right)
    if (E.isLeft(certs)) return certs
    if (!certs.right[0]!.checkPrivateKey(key.right)) return E.left(`--private-key ${keyFile} is not the key of --certificate ${certFile}`)
    tls.privateKey = k.right
    tls.certificate = c.right
  }
  if (given(caFile)) {
    const c = await read('--ca-cert', caFile)
    if (E.isLeft(c)) return c
    const certs = certificates(crypto, '--ca-cert', caFile, c.right)
    if (E.isLeft(certs)) return certs
    tls.caCert = c.right
  }
  return E.right(tls)
}

/**
 * Checks the connection options of parsed arguments (see {@link connectionArgs}):
 * the remotes (`--db` or `OVN_NB_DB`), `--timeout`, and the TLS files, which an
 * `ssl:` remote needs at least a `--ca-cert` of (OVS does not trust a system store).
 *
 * @category parsing
 * @since 0.1.0
 * @example
 * import { connectionOptions } from './options.js'
 * const o = await connectionOptions({ db: 'unix:/run/ovn/ovnnb_db.sock', timeout: '5' }, process.env)
 * // Right({ remotes: [...], timeoutMs: 5000, verbose: false })
 */
export const connectionOptions = async (
  values: Readonly<Record<string, string | boolean | undefined>>,
  env: NodeJS.ProcessEnv,
): Promise<E.Either<string, ConnectionOptions>> => {
  const db = values['db']
  const remotes = parseDb(typeof db === 'string' ? db : undefined, env)
  if (E.isLeft(remotes)) return remotes
  const t = values['timeout']
  const timeoutMs = parseTimeout(typeof t === 'string' ? t : undefined)
  if (E.isLeft(timeoutMs)) return timeoutMs
  const tls = await loadTls(values)
  if (E.isLeft(tls)) return tls
  const ssl = remotes.right.find((r) => r.kind === 'ssl')
  if (ssl !== undefined && tls.right?.caCert === undefined) return E.left(`${ssl.text}: an ssl: remote needs --ca-cert FILE (and --private-key, --certificate if the server asks for a client certificate)`)
  const certificateFile = values['certificate']
  const caCertFile = values['ca-cert']
  return E.right({
    remotes: remotes.right,
    timeoutMs: timeoutMs.right,
    ...(tls.right !== undefined ? { tls: tls.right } : {}),
    ...(typeof certificateFile === 'string' ? { certificateFile } : {}),
    ...(typeof caCertFile === 'string' ? { caCertFile } : {}),
    verbose: values['verbose'] === true,
  })
}
