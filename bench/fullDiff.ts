/**
 * The cold full diff (issue 15): `diff(schema, replica, desired, { rules: nbIdentity })`
 * of the engine bench's W100k (scale 10, 136k rows) against a database that already
 * holds it (a no-op), as the first plan after a start pays it.
 *
 * `node dist/bench/fullDiff.js [scale] [--processes N] [--dir DIR]` starts an
 * ovsdb-server (in DIR when given, reusing the database loaded there by an earlier run),
 * loads the workload into it from a child process (so that this process's JIT learns
 * nothing from that apply's create diff), then runs N fresh measuring processes
 * (default 3), each of which connects, syncs a replica, builds the desired state and
 * times the no-op full diff:
 *
 * - (a) the first call in the process: truly cold JIT, what a one-shot `ovn-nb plan`
 *   or `apply` pays (a full GC before it, so that the sync's garbage is not counted);
 * - (b) the median of the calls after it (rounds 1..3), each after a full GC: warm JIT,
 *   what the engine bench's "no-op full diff W100k" figure measures.
 *
 * `node dist/bench/fullDiff.js --measure REMOTE [scale] [--rounds K]` is one measuring
 * process against a database already loaded (it prints one JSON line): the engine bench
 * runs it against its own W100k server, and two builds can be compared against one
 * server, process by process.
 */
import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apply } from '../src/apply/index.js'
import { nbIdentity } from '../src/nb/identity.js'
import { connect, syncReplica, type Client } from '../src/ovsdb/index.js'
import { diff } from '../src/plan/index.js'
import { startOvsdb } from '../test/support/ovsdb.js'
import { workload } from './engine.js'
import { median, printFigure, type Figure } from './report.js'
import { must } from './support.js'

const NB = 'OVN_Northbound'
const HERE = fileURLToPath(import.meta.url)

/** One measuring process's figures. */
export interface FullDiffRun {
  /** The first no-op full diff of the process, ms. */
  readonly first: number
  /** The later ones, ms, each after a full GC. */
  readonly later: ReadonlyArray<number>
  /**
   * The process's CPU time (user + system, every thread: GC helpers included) of each
   * call, ms, first call first: on a machine shared with other work, steadier than the
   * wall clock.
   */
  readonly cpu: ReadonlyArray<number>
  /** Rows in the replica. */
  readonly rows: number
}

const connected = async (remote: string): Promise<Client> => {
  const c = must(await connect(remote, { probeIntervalMs: 0 })(), 'connect')
  must(await c.getSchema(NB)(), 'get_schema')
  return c
}

const gc = (): void => {
  const g = (globalThis as { gc?: () => void }).gc
  if (typeof g !== 'function') throw new Error('run with --expose-gc')
  g()
  g()
}

/** The measuring process: sync, build the state, time the first no-op full diff and `rounds` more. */
const measure = async (remote: string, scale: number, rounds: number): Promise<FullDiffRun> => {
  const c = await connected(remote)
  const replica = must(await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })(), 'sync')
  const desired = workload(scale)
  const times: number[] = []
  const cpu: number[] = []
  for (let round = 0; round <= rounds; round++) {
    gc()
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const p = must(diff(replica.schema, replica, desired, { rules: nbIdentity }), 'full diff')
    times.push(performance.now() - t0)
    const c1 = process.cpuUsage(c0)
    cpu.push((c1.user + c1.system) / 1000)
    if (p.entries.length !== 0) throw new Error(`the no-op full diff has ${p.entries.length} entries: is the database loaded with scale ${scale}?`)
  }
  await c.close()()
  return { first: times[0]!, later: times.slice(1), cpu, rows: replica.size }
}

/** Runs this file in a fresh Node process (with --expose-gc) and resolves with its stdout. */
const child = (args: ReadonlyArray<string>): Promise<string> =>
  new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--expose-gc', HERE, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    p.stdout.on('data', (d: Buffer) => (out += d.toString()))
    p.on('error', reject)
    p.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args[0]} exited ${code}`))))
  })

/**
 * One fresh measuring process against a database that holds the workload of `scale`
 * already (the engine bench's W100k server).
 */
export const measureInFreshProcess = async (remote: string, scale: number, rounds = 3): Promise<FullDiffRun> =>
  JSON.parse((await child(['--measure', remote, String(scale), '--rounds', String(rounds)])).trim().split('\n').pop()!) as FullDiffRun

const option = (args: ReadonlyArray<string>, name: string): string | undefined => {
  const i = args.indexOf(name)
  return i < 0 ? undefined : args[i + 1]
}

const main = async (args: ReadonlyArray<string>): Promise<void> => {
  if (args[0] === '--measure') {
    const r = await measure(args[1]!, Number(args[2] ?? '10'), Number(option(args, '--rounds') ?? '3'))
    console.log(JSON.stringify(r))
    return
  }
  if (args[0] === '--load') {
    const c = await connected(args[1]!)
    const r = must(await apply(c, workload(Number(args[2] ?? '10')))(), 'apply')
    await c.close()()
    console.log(JSON.stringify({ created: r.plan.summary.create }))
    return
  }
  const scale = Number(args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]!.startsWith('--'))) ?? '10')
  const processes = Number(option(args, '--processes') ?? '3')
  const dir = option(args, '--dir')
  // a database loaded by an earlier run takes seconds to read at start
  const server = await startOvsdb(dir !== undefined ? { dir, readyTimeoutMs: 120_000 } : {})
  try {
    // a database loaded by an earlier run in the same directory is used again
    const marker = dir === undefined ? undefined : join(dir, `loaded-scale-${scale}`)
    if (marker === undefined || !existsSync(marker)) {
      const t0 = performance.now()
      const out = JSON.parse((await child(['--load', server.unix, String(scale)])).trim()) as { created: number }
      console.log(`  (loaded scale ${scale}: ${out.created} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s)`)
      if (marker !== undefined) writeFileSync(marker, '')
    }
    const runs: FullDiffRun[] = []
    for (let i = 0; i < processes; i++) {
      const r = await measureInFreshProcess(server.unix, scale)
      console.log(`  (process ${i + 1}: first ${r.first.toFixed(0)} ms, then ${r.later.map((x) => x.toFixed(0)).join(', ')} ms; CPU time ${r.cpu.map((x) => x.toFixed(0)).join(', ')} ms; ${r.rows} rows)`)
      runs.push(r)
    }
    const first = median(runs.map((r) => r.first))
    const warm = median(runs.map((r) => median(r.later)))
    const name = `W${scale === 1 ? '10k' : scale === 10 ? '100k' : `${scale}x10k`}`
    const figures: Figure[] = [
      { name: `no-op full diff ${name}, first call in a fresh process (cold JIT: a one-shot plan/apply; median of ${processes} processes)`, value: first, unit: 'ms', target: { text: '< 1 s', met: first < 1000 } },
      { name: `no-op full diff ${name}, later calls after a full GC (warm JIT; median of the processes' medians)`, value: warm, unit: 'ms' },
    ]
    for (const f of figures) printFigure(f)
  } finally {
    await server.stop()
  }
}

if (process.argv[1] === HERE) await main(process.argv.slice(2))
