/**
 * Starts real OVSDB daemons for tests: an ovsdb-server with a given schema in a
 * temporary directory, listening on a unix socket and on 127.0.0.1 (a free port chosen
 * by the server), stopped by PID afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:net'

/** Debian's OVN Northbound schema (NB 7.0.0 on bookworm). */
export const NB_SCHEMA = '/usr/share/ovn/ovn-nb.ovsschema'
/** Debian's OVN Southbound schema. */
export const SB_SCHEMA = '/usr/share/ovn/ovn-sb.ovsschema'

export interface OvsdbServer {
  readonly dir: string
  readonly unix: string
  readonly tcp: string
  readonly port: number
  readonly pid: number
  readonly db: string
  readonly ctl: string
  /** Extra remotes requested (e.g. TLS), as given. */
  readonly log: () => string
  readonly stop: () => Promise<void>
}

export interface StartOptions {
  readonly schema?: string
  readonly name?: string
  /** Extra `--remote=` values (e.g. `pssl:0:127.0.0.1`). */
  readonly remotes?: ReadonlyArray<string>
  /** Extra arguments (e.g. `--private-key=...`). */
  readonly args?: ReadonlyArray<string>
  /** Directory to use instead of a new temporary one. */
  readonly dir?: string
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/** Reads the ports ovsdb-server reports listening on, in log order. */
export const listeningPorts = (logText: string): number[] =>
  [...logText.matchAll(/listening on port (\d+)/g)].map((m) => Number(m[1]))

/** Whether the OVS/OVN binaries the tests need are installed. */
export const haveOvsdb = (): boolean => spawnSync('ovsdb-server', ['--version']).status === 0

/**
 * Starts an ovsdb-server in a temporary directory and waits until it accepts
 * connections on both the unix socket and the TCP port.
 */
export const startOvsdb = async (options: StartOptions = {}): Promise<OvsdbServer> => {
  const schema = options.schema ?? NB_SCHEMA
  const name = options.name ?? 'db'
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ovn-nb-test-'))
  const db = join(dir, `${name}.db`)
  const sock = join(dir, `${name}.sock`)
  const ctl = join(dir, `${name}.ctl`)
  const logFile = join(dir, `${name}.log`)
  if (!existsSync(db)) {
    const r = spawnSync('ovsdb-tool', ['create', db, schema], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`ovsdb-tool create failed: ${r.stderr}`)
  }
  const child: ChildProcess = spawn(
    'ovsdb-server',
    [
      db,
      `--remote=punix:${sock}`,
      '--remote=ptcp:0:127.0.0.1',
      ...(options.remotes ?? []).map((r) => `--remote=${r}`),
      `--pidfile=${join(dir, `${name}.pid`)}`,
      `--unixctl=${ctl}`,
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
  const pid = child.pid
  if (pid === undefined) throw new Error('ovsdb-server did not start')
  let exited = false
  child.on('exit', () => (exited = true))
  // ports are only discoverable from the log for remotes bound to port 0
  const wanted = 1 + (options.remotes ?? []).filter((r) => /^p(tcp|ssl):0(:|$)/.test(r)).length
  let port: number | undefined
  for (let i = 0; i < 500; i++) {
    if (exited) throw new Error(`ovsdb-server exited: ${stderr}`)
    const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''
    const ports = listeningPorts(text)
    if (ports.length >= wanted && existsSync(sock)) {
      port = ports[0]
      break
    }
    await sleep(10)
  }
  if (port === undefined) {
    child.kill('SIGKILL')
    throw new Error(`ovsdb-server did not become ready: ${stderr}`)
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
    if (options.dir === undefined) rmSync(dir, { recursive: true, force: true })
  }
  return {
    dir,
    unix: `unix:${sock}`,
    tcp: `tcp:127.0.0.1:${port}`,
    port,
    pid,
    db,
    ctl,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    stop,
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago (for remotes that need a fixed port). */
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

/** Runs ovn-nbctl against a server (e.g. `init`). */
export const nbctl = (server: OvsdbServer, ...args: string[]): string => {
  const r = spawnSync('ovn-nbctl', [`--db=${server.unix}`, ...args], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`ovn-nbctl ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

/** Runs ovsdb-client against a server. */
export const ovsdbClient = (...args: string[]): string => {
  const r = spawnSync('ovsdb-client', args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`ovsdb-client ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}
