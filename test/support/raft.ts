/**
 * A 3-node clustered (Raft) OVN Northbound database on 127.0.0.1: `ovsdb-tool
 * create-cluster` / `join-cluster` in a temporary directory, three ovsdb-servers with
 * fixed free ports (Raft cannot use ptcp:0), ready when every member says it is a
 * cluster member and knows a leader. Every server is stopped by its PID.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, NB_SCHEMA } from './ovsdb.js'
import { alive, sleep } from './process.js'

export interface RaftNode {
  readonly index: number
  readonly dir: string
  /** `unix:DIR/nb.sock` */
  readonly unix: string
  /** `tcp:127.0.0.1:PORT` (clients) */
  readonly tcp: string
  /** `tcp:127.0.0.1:PORT` (server to server) */
  readonly raft: string
  readonly pid: number
  readonly ctl: string
  /** `ovs-appctl cluster/status OVN_Northbound` of this node. */
  readonly clusterStatus: () => string
  /** Stops this node only (kill -9 when `hard`), by PID. */
  readonly stop: (hard?: boolean) => Promise<void>
}

export interface RaftCluster {
  readonly dir: string
  readonly nodes: ReadonlyArray<RaftNode>
  /** The client remotes of the three nodes, comma-separated. */
  readonly remotes: string
  /** The node `cluster/status` calls the leader ("Role: leader"). */
  readonly leader: () => RaftNode | undefined
  readonly stop: () => Promise<void>
}

const tool = (...args: string[]): void => {
  const r = spawnSync('ovsdb-tool', args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`ovsdb-tool ${args.join(' ')} failed: ${r.stderr}`)
}

export const startRaft = async (): Promise<RaftCluster> => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-raft-'))
  const ports = await Promise.all([0, 1, 2, 3, 4, 5].map(() => freePort()))
  if (new Set(ports).size !== 6) throw new Error('freePort gave the same port twice')
  const raft = (i: number) => `tcp:127.0.0.1:${ports[i]!}`
  const client = (i: number) => ports[3 + i]!
  const dirs = [0, 1, 2].map((i) => join(dir, `n${i + 1}`))
  for (const d of dirs) mkdirSync(d)
  tool('create-cluster', join(dirs[0]!, 'nb.db'), NB_SCHEMA, raft(0))
  tool('join-cluster', join(dirs[1]!, 'nb.db'), 'OVN_Northbound', raft(1), raft(0))
  tool('join-cluster', join(dirs[2]!, 'nb.db'), 'OVN_Northbound', raft(2), raft(0), raft(1))

  const nodes: RaftNode[] = []
  const children: ChildProcess[] = []
  const stopAll = async () => {
    await Promise.all(nodes.map((n) => n.stop()))
    for (const c of children) if (c.pid !== undefined && alive(c.pid)) process.kill(c.pid, 'SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    for (const [i, d] of dirs.entries()) {
      const ctl = join(d, 'nb.ctl')
      const child = spawn(
        'ovsdb-server',
        [
          join(d, 'nb.db'),
          `--remote=punix:${join(d, 'nb.sock')}`,
          `--remote=ptcp:${client(i)}:127.0.0.1`,
          `--pidfile=${join(d, 'nb.pid')}`,
          `--unixctl=${ctl}`,
          '-vconsole:off',
          '-vfile:info',
          `--log-file=${join(d, 'nb.log')}`,
          '--no-chdir',
        ],
        { stdio: 'ignore' },
      )
      children.push(child)
      let exited = false
      child.on('exit', () => (exited = true))
      const pid = child.pid
      if (pid === undefined) throw new Error('ovsdb-server did not start')
      const stop = async (hard = false): Promise<void> => {
        if (exited || !alive(pid)) return
        if (hard) process.kill(pid, 'SIGKILL')
        else spawnSync('ovs-appctl', ['-t', ctl, 'exit'], { timeout: 2000 })
        for (let k = 0; k < 50 && !exited && alive(pid); k++) await sleep(20)
        if (!exited && alive(pid)) {
          process.kill(pid, 'SIGTERM')
          for (let k = 0; k < 25 && !exited && alive(pid); k++) await sleep(20)
          if (!exited && alive(pid)) process.kill(pid, 'SIGKILL')
        }
      }
      nodes.push({
        index: i + 1,
        dir: d,
        unix: `unix:${join(d, 'nb.sock')}`,
        tcp: `tcp:127.0.0.1:${client(i)}`,
        raft: raft(i),
        pid,
        ctl,
        clusterStatus: () => spawnSync('ovs-appctl', ['-t', ctl, 'cluster/status', 'OVN_Northbound'], { encoding: 'utf8', timeout: 2000 }).stdout ?? '',
        stop,
      })
    }
    // ready: every member is a cluster member that knows a leader, and listens for clients
    let ok = 0
    for (let round = 0; round < 200 && ok < 3; round++) {
      ok = nodes.filter((n) => {
        const st = n.clusterStatus()
        return /^Status: cluster member/m.test(st) && /^Leader: (self|[0-9a-f]{4})/m.test(st) && existsSync(n.unix.slice('unix:'.length))
      }).length
      if (ok < 3) await sleep(25)
    }
    if (ok < 3) throw new Error(`raft cluster not ready: ${nodes.map((n) => n.clusterStatus()).join('\n')}`)
  } catch (e) {
    await stopAll()
    throw e
  }
  return {
    dir,
    nodes,
    remotes: nodes.map((n) => n.tcp).join(','),
    leader: () => nodes.find((n) => /^Role: leader/m.test(n.clusterStatus())),
    stop: stopAll,
  }
}
