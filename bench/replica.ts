/**
 * The replica's initial sync of W100k alone (issue 15), to iterate on in about a minute:
 * `node dist/bench/replica.js [--rounds N] [--vs DIST]`.
 *
 * - time: `syncReplica` of every NB table against the floor, a raw socket that receives
 *   the same monitor reply and `JSON.parse`s it once (bench/engine.ts's `rawSync`), round
 *   by round (the raw request is the replica's: every column named), with a full GC before each run; the ratio is the median of the rounds'
 *   ratios (the machine's speed drifts from one minute to the next);
 * - memory: in a fresh process per build, heapUsed and RSS after a full GC, before and
 *   after one sync with the replica held (B/row), and the whole process' RSS; beside it
 *   the same for the raw reply parsed and held (what the parsed JSON alone costs).
 *
 * `--vs DIST` also measures another build (the `dist` directory of a previous commit,
 * e.g. one copied to /tmp) in the same rounds, paired with this one: the way each change
 * here was judged. `BENCH_REPLICA_DB=FILE` keeps the loaded W100k database in FILE and
 * starts later runs from a copy of it instead of applying W100k again (~30 s).
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { apply } from '../src/apply/index.js'
import * as Ovsdb from '../src/ovsdb/index.js'
import { startOvsdb, type OvsdbServer } from '../test/support/ovsdb.js'
import { workload } from './engine.js'
import { rawRequest } from './raw.js'
import { median, printFigure, type Figure } from './report.js'
import { fullGc, must } from './support.js'

const NB = 'OVN_Northbound'
const HERE = fileURLToPath(new URL('.', import.meta.url))

type OvsdbModule = Pick<typeof Ovsdb, 'connect' | 'syncReplica'>


/** The request the replica sends: every table, every column by name (so no `_version`). */
const monitorRequest = (schema: Ovsdb.DatabaseSchema): string =>
  JSON.stringify({
    method: 'monitor_cond_since',
    params: [NB, 'raw', Object.fromEntries(Object.values(schema.tables).map((t) => [t.name, { columns: Object.keys(t.columns) }])), '00000000-0000-0000-0000-000000000000'],
    id: 1,
  })

/** One sync with a build's library: ms, rows; the monitor cancelled, nothing kept. */
// a loaded machine (load 10 on 2 cores, seen here) can take longer than the default 30 s
const TIMEOUTS = { probeIntervalMs: 0, transactTimeoutMs: 300_000 }

const librarySync = async (lib: OvsdbModule, unix: string, round: number): Promise<{ ms: number; rows: number }> => {
  const c = must(await lib.connect(unix, TIMEOUTS)(), 'connect')
  must(await c.getSchema(NB)(), 'get_schema')
  fullGc()
  const t0 = performance.now()
  const r = must(await lib.syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'], monitorId: `bench-${round}` })(), 'sync')
  const ms = performance.now() - t0
  const rows = r.size
  await c.close()()
  return { ms, rows }
}

// -------------------------------------------------------------------------------------
// memory, in a child process: `replica.js --memory DIST|raw UNIX`
// -------------------------------------------------------------------------------------

interface Memory {
  readonly heapPerRow: number
  readonly rssPerRow: number
  readonly rssMb: number
  readonly rows: number
}

const memoryChild = async (what: string, unix: string): Promise<void> => {
  if (what === 'raw') {
    const schema = await import('../src/ovsdb/index.js').then(async (lib) => {
      const c = must(await lib.connect(unix, { probeIntervalMs: 0 })(), 'connect')
      const s = must(await c.getSchema(NB)(), 'get_schema')
      await c.close()()
      return s
    })
    fullGc()
    const m0 = process.memoryUsage()
    const { result } = await rawRequest(unix.slice('unix:'.length), monitorRequest(schema))
    fullGc()
    const m1 = process.memoryUsage()
    const tables = (result as [boolean, string, Record<string, Record<string, unknown>>])[2]
    let rows = 0
    for (const t in tables) rows += Object.keys(tables[t]!).length
    console.log(JSON.stringify({ heapPerRow: (m1.heapUsed - m0.heapUsed) / rows, rssPerRow: (m1.rss - m0.rss) / rows, rssMb: m1.rss / 1e6, rows } satisfies Memory))
    return
  }
  const lib = (await import(pathToFileURL(join(what, 'src/ovsdb/index.js')).href)) as OvsdbModule
  const c = must(await lib.connect(unix, TIMEOUTS)(), 'connect')
  must(await c.getSchema(NB)(), 'get_schema')
  fullGc()
  const m0 = process.memoryUsage()
  const held = must(await lib.syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })(), 'sync')
  fullGc()
  const m1 = process.memoryUsage()
  console.log(JSON.stringify({ heapPerRow: (m1.heapUsed - m0.heapUsed) / held.size, rssPerRow: (m1.rss - m0.rss) / held.size, rssMb: m1.rss / 1e6, rows: held.size } satisfies Memory))
  await c.close()()
}

const memoryOf = (what: string, unix: string): Memory => {
  const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--memory', what, unix], { encoding: 'utf8', maxBuffer: 1 << 20 })
  if (r.status !== 0) throw new Error(`memory child (${what}) exited ${r.status}: ${r.stderr.slice(0, 500)}`)
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Memory
}

// -------------------------------------------------------------------------------------
// the server, loaded with W100k
// -------------------------------------------------------------------------------------

const loaded = async (): Promise<OvsdbServer> => {
  const cache = process.env['BENCH_REPLICA_DB']
  if (cache !== undefined && existsSync(cache)) {
    const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-bench-replica-'))
    copyFileSync(cache, join(dir, 'db.db'))
    // reading 54 MB of database takes the server seconds on a loaded machine
    const server = await startOvsdb({ dir, readyTimeoutMs: 120_000 })
    return { ...server, stop: async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }) } }
  }
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-bench-replica-'))
  const server = await startOvsdb({ dir })
  const c = must(await Ovsdb.connect(server.unix, { probeIntervalMs: 0 })(), 'connect')
  must(await apply(c, workload(10))(), 'apply W100k')
  await c.close()()
  if (cache !== undefined) {
    // a compacted copy, made while the server runs (ovsdb-tool reads the file as is)
    const r = spawnSync('ovsdb-tool', ['compact', join(dir, 'db.db'), cache], { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`ovsdb-tool compact: ${r.stderr}`)
  }
  return { ...server, stop: async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }) } }
}

// -------------------------------------------------------------------------------------
// main
// -------------------------------------------------------------------------------------

const main = async (): Promise<void> => {
  const args = process.argv.slice(2)
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : undefined
  }
  const rounds = Number(opt('--rounds') ?? '5')
  const vs = opt('--vs')
  const builds: Array<{ readonly name: string; readonly dist: string; readonly lib: OvsdbModule }> = [
    { name: 'this build', dist: resolve(HERE, '..'), lib: Ovsdb },
  ]
  if (vs !== undefined) builds.push({ name: `--vs ${vs}`, dist: resolve(vs), lib: (await import(pathToFileURL(join(resolve(vs), 'src/ovsdb/index.js')).href)) as OvsdbModule })

  const server = await loaded()
  try {
    const c = must(await Ovsdb.connect(server.unix, { probeIntervalMs: 0 })(), 'connect')
    const schema = must(await c.getSchema(NB)(), 'get_schema')
    await c.close()()
    const path = server.unix.slice('unix:'.length)
    const request = monitorRequest(schema)
    const floor: number[] = []
    const times = builds.map(() => [] as number[])
    let rows = 0
    let bytes = 0
    // a warm-up of each (JIT), not counted
    for (const b of builds) await librarySync(b.lib, server.unix, -1)
    for (let round = 0; round < rounds; round++) {
      const runs: Array<() => Promise<void>> = [
        async () => {
          fullGc()
          const r = await rawRequest(path, request)
          floor[round] = r.ms
          bytes = r.bytes
        },
        ...builds.map((b, k) => async () => {
          const r = await librarySync(b.lib, server.unix, round)
          times[k]![round] = r.ms
          rows = r.rows
        }),
      ]
      // rotate the order, so that none always follows another
      for (let k = 0; k < runs.length; k++) await runs[(k + round) % runs.length]!()
    }
    console.log(`  (W100k: ${rows} rows, monitor reply ${(bytes / 1e6).toFixed(0)} MB; ${rounds} rounds; floor ms ${floor.map((x) => x.toFixed(0)).join(' ')})`)
    const figures: Figure[] = []
    builds.forEach((b, k) => {
      const t = times[k]!
      console.log(`  (${b.name}: sync ms ${t.map((x) => x.toFixed(0)).join(' ')})`)
      figures.push({ name: `replica initial sync of W100k, ${b.name}`, value: median(t), unit: 'ms', baseline: { name: 'raw socket: the reply received and JSON.parse-d', value: median(floor) } })
      const paired = median(t.map((x, i) => x / floor[i]!))
      figures.push({ name: `  ${b.name}: sync / floor, round by round (median of ${rounds} ratios)`, value: paired, unit: 'x', target: { text: '<= 1 (as fast as the floor)', met: paired <= 1 } })
    })
    if (builds.length === 2) figures.push({ name: 'this build / --vs build, round by round (median of ratios)', value: median(times[0]!.map((x, i) => x / times[1]![i]!)), unit: 'x' })
    for (const f of figures) printFigure(f)
    if (!args.includes('--no-memory')) {
      const raw = memoryOf('raw', server.unix)
      for (const b of builds) {
        const m = memoryOf(b.dist, server.unix)
        printFigure({ name: `replica memory per row, heapUsed after full GC, ${b.name}`, value: m.heapPerRow, unit: 'B/row', baseline: { name: 'the raw reply parsed and held', value: raw.heapPerRow } })
        printFigure({ name: `replica memory per row, RSS, ${b.name}`, value: m.rssPerRow, unit: 'B/row', baseline: { name: 'the raw reply parsed and held', value: raw.rssPerRow } })
        printFigure({ name: `whole process RSS after the sync, ${b.name}`, value: m.rssMb, unit: 'MB', baseline: { name: 'the raw reply parsed and held', value: raw.rssMb } })
      }
    }
  } finally {
    await server.stop()
  }
}

if (process.argv[2] === '--memory') await memoryChild(process.argv[3]!, process.argv[4]!)
else await main()
