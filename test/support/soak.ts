/**
 * A controller loop through leader kills on a 3-node Raft cluster: a session, a replica
 * that follows it, and `apply` of a changing desired state (VMs created and deleted),
 * each applied until it succeeds, while the leader is SIGKILLed every few seconds and
 * started again. Shared by the soak test (which checks the database afterwards) and the
 * faults bench (which reports the stalls). Bounded: a number of applies, and each kill
 * only while they run.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { followReplica, formatError, openSession, type Client, type Replica, type Session } from '../../src/ovsdb/index.js'
import { ref, type DesiredRow, type DesiredState } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { formatApplyError } from '../../src/cli/load.js'
import { startRaft, type RaftCluster, type RaftNode } from './raft.js'
import { alive, sleep } from './process.js'

const NB = 'OVN_Northbound'
export const SOAK_OWNER = 'soak'

/** Starts a member of the cluster again on its database, as raft.ts starts it. */
const restart = (n: RaftNode): ChildProcess =>
  spawn(
    'ovsdb-server',
    [
      join(n.dir, 'nb.db'),
      `--remote=punix:${join(n.dir, 'nb.sock')}`,
      `--remote=ptcp:${n.tcp.split(':')[2]!}:127.0.0.1`,
      `--pidfile=${join(n.dir, 'nb.pid')}`,
      `--unixctl=${n.ctl}`,
      '-vconsole:off',
      '-vfile:info',
      `--log-file=${join(n.dir, 'nb.log')}`,
      '--no-chdir',
    ],
    { stdio: 'ignore' },
  )

// a small deterministic generator: the sequence of events is the same on every run
const prng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}

/** The desired network of some VMs: a port each (in one switch and one port group), an ACL each, DHCP options each. */
export const soakDesired = (vms: ReadonlyArray<number>): DesiredState => {
  const rows: DesiredRow[] = [
    { table: 'Logical_Switch', id: 'sw', columns: { name: 'soak-sw', ports: ['set', vms.map((i) => ref(`p${i}`))] } },
    { table: 'Port_Group', id: 'pg', columns: { name: 'soak_pg', ports: ['set', vms.map((i) => ref(`p${i}`))], acls: ['set', vms.map((i) => ref(`acl${i}`))] } },
  ]
  for (const i of vms) {
    rows.push({ table: 'Logical_Switch_Port', id: `p${i}`, columns: { name: `vm${i}`, dhcpv4_options: ref(`dhcp${i}`) } })
    rows.push({ table: 'ACL', id: `acl${i}`, columns: { direction: 'to-lport', priority: 1000, match: `outport == "vm${i}" && ip4`, action: 'allow-related' } })
    rows.push({ table: 'DHCP_Options', id: `dhcp${i}`, columns: { cidr: `10.${i >> 8}.${i & 255}.0/24`, options: ['map', [['lease_time', '3600']]] } })
  }
  return { owner: SOAK_OWNER, rows }
}

/** The value at quantile `q` of numbers (NaN for none). */
export const quantile = (xs: ReadonlyArray<number>, q: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!
}

export interface Soak {
  readonly cluster: RaftCluster
  readonly session: Session
  readonly replica: Replica
  /** The VMs of the last desired state. */
  readonly vms: ReadonlyArray<number>
  /** When each leader was killed (ms since the epoch). */
  readonly kills: ReadonlyArray<number>
  /** From each kill to a new leader reported by the surviving members (ms). */
  readonly elections: ReadonlyArray<number>
  /** From each kill to the end of the first apply started after it (ms). */
  readonly stalls: ReadonlyArray<number>
  /** The errors the loop retried, by kind, with their counts. */
  readonly errors: ReadonlyMap<string, number>
  /** Stops the session and every member (by PID). */
  readonly stop: () => Promise<void>
}

/**
 * Runs the loop: `applies` applies (each until it succeeds), the leader killed every
 * `killEveryMs` meanwhile. Left: a reason the loop could not go on (an error a
 * controller would not retry, or no success after 500 tries).
 */
export const runSoak = async (applies: number, killEveryMs = 2000): Promise<E.Either<string, Soak>> => {
  const cluster = await startRaft()
  const restarted: ChildProcess[] = []
  const pids = cluster.nodes.map((n) => n.pid)
  let session: Session | undefined
  const stop = async (): Promise<void> => {
    await session?.close()()
    for (const c of restarted) if (c.pid !== undefined && alive(c.pid)) process.kill(c.pid, 'SIGKILL')
    await cluster.stop()
  }
  const fail = async (why: string): Promise<E.Either<string, Soak>> => {
    await stop()
    return E.left(why)
  }
  const opened = await openSession({ remotes: cluster.remotes, initialBackoffMs: 20, maxBackoffMs: 200 })()
  if (E.isLeft(opened)) return fail(formatError(opened.left))
  session = opened.right
  const s = opened.right
  const replica = await followReplica(s, NB, { externalIdKeys: ['ovn-nb/owner'] })()
  if (E.isLeft(replica)) return fail(formatError(replica.left))

  // the killer: every killEveryMs, SIGKILL the leader, start it again a moment later
  let stopKilling = false
  const kills: number[] = []
  const elections: number[] = []
  const watching: Promise<void>[] = []
  const killer = (async () => {
    while (!stopKilling) {
      await sleep(killEveryMs)
      if (stopKilling) break
      const leader = cluster.leader()
      if (leader === undefined) continue
      const i = leader.index - 1
      process.kill(pids[i]!, 'SIGKILL')
      const killed = Date.now()
      kills.push(killed)
      // the election, watched beside the restart: a surviving member reports itself leader
      watching.push(
        (async () => {
          for (let k = 0; k < 250; k++) {
            if (cluster.nodes.some((n) => n.index !== leader.index && /^Role: leader/m.test(n.clusterStatus()))) return void elections.push(Date.now() - killed)
            await sleep(20)
          }
        })(),
      )
      for (let k = 0; k < 100 && alive(pids[i]!); k++) await sleep(10)
      await sleep(300)
      const child = restart(leader)
      restarted.push(child)
      pids[i] = child.pid!
    }
  })()

  // a controller reacts to the reconnection at once: its next apply starts in the same
  // tick as the session's event, before the replica has re-attached
  const waiting: Array<(c: Client | undefined) => void> = []
  s.on((e) => {
    if (e.type === 'connected') for (const w of waiting.splice(0)) w(e.client)
  })
  const reconnected = (): Promise<Client | undefined> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 10000)
      waiting.push((c) => {
        clearTimeout(timer)
        resolve(c)
      })
    })

  // the controller: one event after another, each applied until it succeeds
  const rand = prng(12)
  let next = 0
  const vms: number[] = []
  for (; next < 5; next++) vms.push(next)
  const successes: Array<{ readonly started: number; readonly done: number }> = []
  const errors = new Map<string, number>()
  for (let step = 0; step < applies; step++) {
    if (step > 0) {
      if (vms.length === 0 || rand() < 0.6) vms.push(next++)
      else vms.splice(Math.floor(rand() * vms.length), 1)
    }
    const desired = soakDesired(vms)
    for (let tries = 0; ; tries++) {
      if (tries > 500) {
        stopKilling = true
        await killer
        return fail(`step ${step}: no success after 500 tries: ${[...errors.keys()].join(' | ')}`)
      }
      const c = s.client ?? (await reconnected())
      if (c === undefined) continue
      const started = Date.now()
      const r = await apply(c, desired, { replica: replica.right, replicaTimeoutMs: 10000 })()
      if (E.isRight(r)) {
        successes.push({ started, done: Date.now() })
        break
      }
      // what a controller retries: lost connections, outcomes it cannot know yet, a
      // replica still re-attaching; anything else is a bug
      const tag = r.left._tag
      if (!['OutcomeUnknown', 'ConnectionClosed', 'ReplicaNotCurrent', 'TransportError', 'ConflictRetriesExhausted'].includes(tag)) {
        stopKilling = true
        await killer
        return fail(`step ${step}: ${formatApplyError(r.left)}`)
      }
      const key = `${tag}: ${formatApplyError(r.left).replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, 'UUID').slice(0, 160)}`
      errors.set(key, (errors.get(key) ?? 0) + 1)
    }
    await sleep(40)
  }
  stopKilling = true
  await killer
  await Promise.all(watching)
  const stalls = kills
    .map((k) => successes.find((x) => x.started > k))
    .map((x, i) => (x === undefined ? NaN : x.done - kills[i]!))
    .filter((x) => !Number.isNaN(x))
  return E.right({ cluster, session: s, replica: replica.right, vms, kills, elections, stalls, errors, stop })
}
