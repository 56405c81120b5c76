/**
 * A throwaway ovsdb-server for tests and demos: started from the installed Open vSwitch
 * binaries in a temporary directory, listening on a unix socket and on 127.0.0.1 (a
 * port the server picks), and stopped by its PID. Useful in a controller's own
 * integration tests, and used by this project's tests.
 *
 * @module
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect as connectSocket, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where Debian's `ovn-central` package installs the OVN Northbound schema.
 *
 * @category constants
 * @since 0.1.0
 * @example
 * import { NB_SCHEMA } from 'ovn-nb/testing'
 * NB_SCHEMA // '/usr/share/ovn/ovn-nb.ovsschema'
 */
export const NB_SCHEMA = '/usr/share/ovn/ovn-nb.ovsschema'

/**
 * Where Debian's `ovn-central` package installs the OVN Southbound schema.
 *
 * @category constants
 * @since 0.1.0
 * @example
 * import { SB_SCHEMA } from 'ovn-nb/testing'
 * SB_SCHEMA // '/usr/share/ovn/ovn-sb.ovsschema'
 */
export const SB_SCHEMA = '/usr/share/ovn/ovn-sb.ovsschema'

/**
 * A running ovsdb-server.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { launchOvsdbServer, type OvsdbServer } from 'ovn-nb/testing'
 * const use = (s: OvsdbServer) => console.log(s.unix, s.tcp, s.pid)
 */
export interface OvsdbServer {
  /** The directory holding the database, sockets, pidfile and log. */
  readonly dir: string
  /** `unix:DIR/NAME.sock` */
  readonly unix: string
  /** `tcp:127.0.0.1:PORT` */
  readonly tcp: string
  readonly port: number
  readonly pid: number
  /** The database file (for a relay: the file it would have had; nothing is there). */
  readonly db: string
  /** The unixctl socket, for `ovs-appctl -t`. */
  readonly ctl: string
  /** The server's log so far. */
  readonly log: () => string
  /** Stops the server (unixctl `exit`, then TERM, then KILL, by PID) and removes a directory it created. */
  readonly stop: () => Promise<void>
}

/**
 * Options of {@link launchOvsdbServer}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LaunchOptions } from 'ovn-nb/testing'
 * const o: LaunchOptions = { schema: '/usr/share/ovn/ovn-sb.ovsschema', name: 'sb' }
 */
export interface LaunchOptions {
  /** The `.ovsschema` to create the database from (default {@link NB_SCHEMA}). */
  readonly schema?: string
  /** Base name of the files in the directory (default `db`). */
  readonly name?: string
  /** Extra `--remote=` values (for example `pssl:6643:127.0.0.1`). */
  readonly remotes?: ReadonlyArray<string>
  /** Extra arguments (for example `--private-key=...`). */
  readonly args?: ReadonlyArray<string>
  /** A directory to use (and keep) instead of a new temporary one; an existing database there is reused. */
  readonly dir?: string
  /** How long to wait for the server to listen (default 5000 ms). */
  readonly readyTimeoutMs?: number
  /**
   * Start a relay of another server's database instead of a database of its own
   * (`ovsdb-server relay:DATABASE:REMOTE`): it serves the source's data, forwards
   * transactions to it, and reports the model `relay`. No database file is created.
   */
  readonly relay?: {
    /** The relayed database (default `OVN_Northbound`). */
    readonly database?: string
    /** The source server's remote, e.g. `unix:/tmp/x/db.sock`. */
    readonly remote: string
  }
}

/**
 * Why a server could not be started.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LaunchError } from 'ovn-nb/testing'
 * const e: LaunchError = { _tag: 'LaunchError', message: 'ovsdb-server is not installed' }
 */
export interface LaunchError {
  readonly _tag: 'LaunchError'
  readonly message: string
}

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// PID 1 in some sandboxes reaps orphans lazily: a dead daemon can linger as a zombie,
// so look at the process state rather than at kill(pid, 0).
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.charAt(stat.lastIndexOf(')') + 2) !== 'Z'
  } catch {
    return false
  }
}

/** Whether a unix socket accepts a connection (closed at once). */
const accepts = (path: string): Promise<boolean> =>
  new Promise((resolve) => {
    const c = connectSocket(path)
    c.once('connect', () => {
      c.destroy()
      resolve(true)
    })
    c.once('error', () => resolve(false))
  })

/**
 * The ports ovsdb-server reports listening on, in log order.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { listeningPorts } from 'ovn-nb/testing'
 * listeningPorts('...|socket_util|INFO|0:127.0.0.1: listening on port 38797') // [38797]
 */
export const listeningPorts = (logText: string): number[] =>
  [...logText.matchAll(/listening on port (\d+)/g)].map((m) => Number(m[1]))

/**
 * Whether ovsdb-server is installed (on the PATH).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { haveOvsdbServer } from 'ovn-nb/testing'
 * if (!haveOvsdbServer()) console.log('apt-get install -y openvswitch-switch ovn-central')
 */
export const haveOvsdbServer = (): boolean => {
  const r = spawnSync('ovsdb-server', ['--version'])
  return r.error === undefined && r.status === 0
}

/**
 * A TCP port on 127.0.0.1 that was free a moment ago, for remotes that need a fixed
 * port (ovsdb-server does not log which of several port-0 remotes got which port).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { freePort } from 'ovn-nb/testing'
 * const port = await freePort()
 */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const srv = createServer()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address()
      const port = typeof a === 'object' && a !== null ? a.port : 0
      srv.close(() => resolve(port))
    })
  })

// -------------------------------------------------------------------------------------
// launching
// -------------------------------------------------------------------------------------

/**
 * Creates a database from a schema and starts an ovsdb-server on it; resolves once it
 * accepts connections on the unix socket and on its TCP port.
 *
 * @category launching
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { launchOvsdbServer } from 'ovn-nb/testing'
 * import { connect } from 'ovn-nb/ovsdb'
 * const s = await launchOvsdbServer()()
 * if (E.isRight(s)) {
 *   const client = await connect(s.right.unix)()
 *   // ...
 *   await s.right.stop()
 * }
 */
export const launchOvsdbServer =
  (options: LaunchOptions = {}): TE.TaskEither<LaunchError, OvsdbServer> =>
  async () => {
    const fail = (message: string) => E.left<LaunchError, OvsdbServer>({ _tag: 'LaunchError', message })
    if (!haveOvsdbServer()) return fail('ovsdb-server is not installed (Debian: apt-get install -y openvswitch-switch ovn-central)')
    const schema = options.schema ?? NB_SCHEMA
    if (!existsSync(schema)) return fail(`schema ${schema} not found`)
    const name = options.name ?? 'db'
    const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ovn-nb-'))
    const db = join(dir, `${name}.db`)
    const sock = join(dir, `${name}.sock`)
    const ctl = join(dir, `${name}.ctl`)
    const logFile = join(dir, `${name}.log`)
    const cleanup = () => {
      if (options.dir === undefined) rmSync(dir, { recursive: true, force: true })
    }
    if (options.relay === undefined && !existsSync(db)) {
      const r = spawnSync('ovsdb-tool', ['create', db, schema], { encoding: 'utf8' })
      if (r.status !== 0) {
        cleanup()
        return fail(`ovsdb-tool create failed: ${r.stderr || r.error?.message}`)
      }
    }
    const child: ChildProcess = spawn(
      'ovsdb-server',
      [
        options.relay === undefined ? db : `relay:${options.relay.database ?? 'OVN_Northbound'}:${options.relay.remote}`,
        `--remote=punix:${sock}`,
        '--remote=ptcp:0:127.0.0.1',
        ...(options.remotes ?? []).map((r) => `--remote=${r}`),
        `--pidfile=${join(dir, `${name}.pid`)}`,
        `--unixctl=${ctl}`,
        // -vconsole:off must come before --log-file
        '-vconsole:off',
        '-vfile:info',
        `--log-file=${logFile}`,
        '--no-chdir',
        ...(options.args ?? []),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    let exited = false
    child.on('exit', () => (exited = true))
    const pid = child.pid
    if (pid === undefined) {
      cleanup()
      return fail('ovsdb-server did not start')
    }
    // ptcp:0 ports are only discoverable from the log
    const wanted = 1 + (options.remotes ?? []).filter((r) => /^p(tcp|ssl):0(:|$)/.test(r)).length
    let port: number | undefined
    const deadline = Date.now() + (options.readyTimeoutMs ?? 5000)
    while (Date.now() < deadline) {
      if (exited) break
      const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
      const ports = listeningPorts(text)
      // the socket file exists from bind(), a moment before listen(): a connection in
      // between is refused (seen on a loaded machine), so a connection must go through
      if (ports.length >= wanted && existsSync(sock) && (await accepts(sock))) {
        port = ports[0]
        break
      }
      await sleep(10)
    }
    if (port === undefined) {
      if (!exited) child.kill('SIGKILL')
      cleanup()
      return fail(`ovsdb-server ${exited ? 'exited' : 'did not become ready'}: ${stderr.trim()}`)
    }
    const stop = async (): Promise<void> => {
      if (!exited && alive(pid)) {
        spawnSync('ovs-appctl', ['-t', ctl, 'exit'], { timeout: 2000 })
        for (let i = 0; i < 50 && !exited && alive(pid); i++) await sleep(20)
        if (!exited && alive(pid)) {
          process.kill(pid, 'SIGTERM')
          for (let i = 0; i < 25 && !exited && alive(pid); i++) await sleep(20)
          if (!exited && alive(pid)) process.kill(pid, 'SIGKILL')
        }
      }
      cleanup()
    }
    return E.right({
      dir,
      unix: `unix:${sock}`,
      tcp: `tcp:127.0.0.1:${port}`,
      port,
      pid,
      db,
      ctl,
      log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
      stop,
    })
  }
