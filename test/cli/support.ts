/** Helpers of the CLI tests: captured output, topology files in a temporary directory. */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as net from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CliIO } from '../../src/cli/load.js'

export interface Captured extends CliIO {
  readonly out: () => string
  readonly err: () => string
}

export const capture = (): Captured => {
  let out = ''
  let err = ''
  return { stdout: (s) => void (out += s), stderr: (s) => void (err += s), out: () => out, err: () => err }
}

/** The repository root (tests run from it), to import the library by absolute path. */
export const ROOT = resolve('.')
export const lib = (p: string): string => JSON.stringify(join(ROOT, p))

export interface Files {
  readonly dir: string
  readonly write: (name: string, text: string) => string
  readonly remove: () => void
}

export const tempFiles = (esm = false): Files => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-cli-'))
  if (esm) writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  return {
    dir,
    write: (name, text) => {
      const p = join(dir, name)
      writeFileSync(p, text)
      return p
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A small topology as a desired-state literal, in TypeScript. */
export const topologyTs = (owner: string, sw: string, ports: ReadonlyArray<string>): string => `
import type { DesiredState, DesiredRow } from ${lib('dist/src/ovsdb/desired.js')}
const ports: DesiredRow[] = ${JSON.stringify(ports)}.map((p: string, i: number) => ({
  table: 'Logical_Switch_Port',
  id: 'lsp:' + p,
  columns: { name: p, addresses: ['set', ['0a:00:00:00:00:0' + (i + 1) + ' 10.0.0.' + (i + 11)]] },
}))
const state: DesiredState = {
  owner: ${JSON.stringify(owner)},
  rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: ${JSON.stringify(sw)}, ports: ['set', ports.map((p) => ['ref', p.id] as const)] } }, ...ports],
}
export default state
`

/** The built `ovn-nb` bin. */
export const BIN = join(ROOT, 'dist/src/cli/main.js')

export interface BinResult {
  readonly code: number | null
  /** Set when the guard below had to kill the process: it hung. */
  readonly killed: boolean
  readonly out: string
  readonly err: string
}

/**
 * Runs the built CLI as a fresh process. `killAfterMs` only keeps a hung CLI from
 * hanging the suite (a test asserts `killed` is false): it is not a timing assertion.
 */
export const runBin = (args: ReadonlyArray<string>, options: { readonly env?: NodeJS.ProcessEnv; readonly killAfterMs?: number } = {}): Promise<BinResult> =>
  new Promise((resolve) => {
    const env = { ...process.env, ...(options.env ?? {}) }
    if (options.env === undefined) delete env['OVN_NB_DB']
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env })
    let out = ''
    let err = ''
    let killed = false
    const guard = setTimeout(() => {
      killed = true
      child.kill('SIGKILL')
    }, options.killAfterMs ?? 20000)
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => {
      clearTimeout(guard)
      resolve({ code, killed, out, err })
    })
  })

/** A server that accepts connections and never answers (a stopped or wedged ovsdb-server). */
export interface SilentServer {
  readonly remote: string
  /** Connections accepted so far. */
  readonly accepted: () => number
  readonly close: () => Promise<void>
}

export const silentServer = async (): Promise<SilentServer> => {
  const sockets = new Set<net.Socket>()
  let accepted = 0
  const server = net.createServer((s) => {
    accepted++
    sockets.add(s)
    s.on('error', () => undefined)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as net.AddressInfo).port
  return {
    remote: `tcp:127.0.0.1:${port}`,
    accepted: () => accepted,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      }),
  }
}

/**
 * A TCP proxy to a real server that forwards faithfully until the client sends a
 * message `goSilent` matches, and from then on forwards nothing either way (a server
 * that stops answering in the middle of a session: at the read, or at the write).
 */
export const silencingProxy = async (target: string, goSilent: (clientText: string) => boolean): Promise<SilentServer & { readonly silenced: () => boolean }> => {
  const sockets = new Set<net.Socket>()
  let accepted = 0
  let silenced = false
  const server = net.createServer((client) => {
    accepted++
    const upstream = target.startsWith('unix:') ? net.connect(target.slice('unix:'.length)) : net.connect(Number(target.split(':').pop()), '127.0.0.1')
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => undefined)
      s.on('close', () => sockets.delete(s))
    }
    let mute = false
    client.on('data', (d: Buffer) => {
      if (!mute && goSilent(d.toString())) mute = silenced = true
      if (!mute) upstream.write(d)
    })
    upstream.on('data', (d: Buffer) => (mute ? undefined : client.write(d)))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const port = (server.address() as net.AddressInfo).port
  return {
    remote: `tcp:127.0.0.1:${port}`,
    accepted: () => accepted,
    silenced: () => silenced,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      }),
  }
}

/** The same small topology as plain JavaScript (no tsx compile: for tests whose point is not loading). */
export const topologyJs = (owner: string, sw: string, ports: ReadonlyArray<string>): string => `
const ports = ${JSON.stringify(ports)}.map((p, i) => ({
  table: 'Logical_Switch_Port',
  id: 'lsp:' + p,
  columns: { name: p, addresses: ['set', ['0a:00:00:00:00:0' + (i + 1) + ' 10.0.0.' + (i + 11)]] },
}))
export default {
  owner: ${JSON.stringify(owner)},
  rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: ${JSON.stringify(sw)}, ports: ['set', ports.map((p) => ['ref', p.id])] } }, ...ports],
}
`

/**
 * Runs the CLI as a fresh process, synchronously, with extra environment variables:
 * its exit status and output (killed after 30 s).
 */
export const runCli = (env: Readonly<Record<string, string>>, ...args: string[]): { readonly code: number | null; readonly out: string; readonly err: string } => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
