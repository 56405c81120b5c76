/**
 * NB + SB ovsdb-servers and ovn-northd, started in one temporary directory and stopped
 * by PID: what tests need when logical flows matter.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nbctl, SB_SCHEMA, startOvsdb, type OvsdbServer } from './ovsdb.js'
import { alive, sleep } from './process.js'

export interface Central {
  readonly dir: string
  readonly nb: OvsdbServer
  readonly sb: OvsdbServer
  readonly northdPid: number
  readonly northdLog: () => string
  readonly stop: () => Promise<void>
}

export const startCentral = async (): Promise<Central> => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-central-'))
  const nb = await startOvsdb({ dir, name: 'nb' })
  // the NB server started is ours to stop if the SB one does not: a server left running
  // keeps the test worker alive (seen under load: "did not become ready", then a hang)
  const sb = await startOvsdb({ dir, name: 'sb', schema: SB_SCHEMA }).catch(async (e: unknown) => {
    await nb.stop()
    rmSync(dir, { recursive: true, force: true })
    throw e
  })
  nbctl(nb, 'init')
  const ctl = join(dir, 'northd.ctl')
  const log = join(dir, 'northd.log')
  const child = spawn(
    'ovn-northd',
    [`--ovnnb-db=${nb.unix}`, `--ovnsb-db=${sb.unix}`, `--pidfile=${join(dir, 'northd.pid')}`, `--unixctl=${ctl}`, '-vconsole:off', `--log-file=${log}`, '--no-chdir'],
    { stdio: 'ignore' },
  )
  let exited = false
  child.on('exit', () => (exited = true))
  const pid = child.pid!
  let status = ''
  for (let i = 0; i < 200 && !exited; i++) {
    status = spawnSync('ovs-appctl', ['-t', ctl, 'status'], { encoding: 'utf8' }).stdout.trim()
    if (status === 'Status: active') break
    await sleep(25)
  }
  const stop = async () => {
    if (!exited && alive(pid)) {
      spawnSync('ovs-appctl', ['-t', ctl, 'exit'], { timeout: 2000 })
      for (let i = 0; i < 50 && !exited && alive(pid); i++) await sleep(20)
      if (!exited && alive(pid)) process.kill(pid, 'SIGKILL')
    }
    await nb.stop()
    await sb.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  if (status !== 'Status: active') {
    await stop()
    throw new Error(`ovn-northd did not become active (${status})`)
  }
  return { dir, nb, sb, northdPid: pid, northdLog: () => readFileSync(log, 'utf8'), stop }
}
