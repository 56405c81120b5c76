/**
 * OVN's central part for tests and examples: a Northbound and a Southbound
 * ovsdb-server and ovn-northd between them, in one temporary directory, stopped by PID.
 *
 * @module
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import { launchOvsdbServer, NB_SCHEMA, SB_SCHEMA, type LaunchError, type OvsdbServer } from './ovsdbServer.js'
import { alive, sleep } from './process.js'

/**
 * A running NB + SB + ovn-northd.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Central } from 'ovn-nb/testing'
 * const remotes = (c: Central) => [c.nb.unix, c.sb.unix]
 */
export interface Central {
  readonly dir: string
  readonly nb: OvsdbServer
  readonly sb: OvsdbServer
  readonly northdPid: number
  /** Stops ovn-northd alone (unixctl `exit`, then KILL, by PID). */
  readonly stopNorthd: () => Promise<void>
  /** Stops everything and removes the directory. */
  readonly stop: () => Promise<void>
}

/**
 * Starts NB and SB ovsdb-servers (`ovn-nbctl init` on the NB) and ovn-northd; resolves
 * when ovn-northd reports `Status: active` (within `readyTimeoutMs`, default 10000).
 *
 * @category launching
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { launchCentral } from 'ovn-nb/testing'
 * const c = await launchCentral()()
 * if (E.isRight(c)) {
 *   console.log(c.right.nb.unix, c.right.sb.unix)
 *   await c.right.stop()
 * }
 */
export const launchCentral =
  (options: { readonly readyTimeoutMs?: number } = {}): TE.TaskEither<LaunchError, Central> =>
  async () => {
    const fail = (message: string) => E.left<LaunchError, Central>({ _tag: 'LaunchError', message })
    const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-central-'))
    const nb = await launchOvsdbServer({ dir, name: 'nb', schema: NB_SCHEMA })()
    if (E.isLeft(nb)) return rmSync(dir, { recursive: true, force: true }), nb
    const sb = await launchOvsdbServer({ dir, name: 'sb', schema: SB_SCHEMA })()
    if (E.isLeft(sb)) return await nb.right.stop(), rmSync(dir, { recursive: true, force: true }), sb
    const ctl = join(dir, 'northd.ctl')
    let exited = false
    let pid: number | undefined
    const stopNorthd = async (): Promise<void> => {
      if (pid === undefined || exited || !alive(pid)) return
      spawnSync('ovs-appctl', ['-t', ctl, 'exit'], { timeout: 2000 })
      for (let i = 0; i < 50 && !exited && alive(pid); i++) await sleep(20)
      if (!exited && alive(pid)) process.kill(pid, 'SIGKILL')
    }
    const stop = async (): Promise<void> => {
      await stopNorthd()
      await nb.right.stop()
      await sb.right.stop()
      rmSync(dir, { recursive: true, force: true })
    }
    const init = spawnSync('ovn-nbctl', [`--db=${nb.right.unix}`, 'init'], { encoding: 'utf8', timeout: 10000 })
    if (init.status !== 0) return await stop(), fail(`ovn-nbctl init failed: ${init.stderr || init.error?.message}`)
    const child = spawn(
      'ovn-northd',
      [`--ovnnb-db=${nb.right.unix}`, `--ovnsb-db=${sb.right.unix}`, `--pidfile=${join(dir, 'northd.pid')}`, `--unixctl=${ctl}`, '-vconsole:off', `--log-file=${join(dir, 'northd.log')}`, '--no-chdir'],
      { stdio: 'ignore' },
    )
    child.on('error', () => (exited = true))
    child.on('exit', () => (exited = true))
    pid = child.pid
    let status = ''
    const deadline = Date.now() + (options.readyTimeoutMs ?? 10000)
    while (pid !== undefined && !exited && Date.now() < deadline) {
      status = spawnSync('ovs-appctl', ['-t', ctl, 'status'], { encoding: 'utf8', timeout: 2000 }).stdout?.trim() ?? ''
      if (status === 'Status: active') break
      await sleep(25)
    }
    if (pid === undefined || status !== 'Status: active') return await stop(), fail(`ovn-northd did not become active (${exited ? 'exited' : status})`)
    return E.right({ dir, nb: nb.right, sb: sb.right, northdPid: pid, stopNorthd, stop })
  }
