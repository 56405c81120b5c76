/**
 * Whole processes, as users run them (issue 15): each figure is a fresh process, timed
 * from spawn to exit, paired round by round with its reference in the same run (the
 * machine's speed drifts from one minute to the next: each ratio is taken within a
 * round, and the median of the rounds' ratios judged).
 *
 * - `ovn-nb apply` of W10k (a `{ owner, rows }` module) into a fresh NB, against a raw
 *   Node process sending the same operations, pre-serialized, in one transact (each
 *   side its own fresh NB); and what each cost in CPU time (`/usr/bin/time -f %U %S`);
 * - `ovn-nb plan` of a 4-row state (another owner's) on a NB loaded with W100k, against
 *   one `ovn-nbctl show SWITCH` on the same database, with both processes' maximum RSS
 *   (`/usr/bin/time -f %M`);
 * - the DSL build of benchlab's W10k (13.6k values) and its desired rows, cold, in a
 *   fresh process (bench/dslCold.ts).
 *
 * The rows are the engine bench's W10k/W100k (bench/engine.ts); `BENCH_ROWS=benchlab`
 * takes benchlab's instead (bench/benchlab.ts: switches `sw{i}` with 100 ports and a
 * router port, ...), so that the figures compare with ovn-nbctl and ovsdbapp there.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { nbIdentity } from '../src/nb/identity.js'
import { connect, type DatabaseSchema } from '../src/ovsdb/index.js'
import { compile, diff, ref, type DesiredState } from '../src/plan/index.js'
import { benchlab } from './benchlab.js'
import { workload } from './engine.js'
import { rawTransact } from './raw.js'
import { median, type Figure, type Section } from './report.js'
import { withServer } from './support.js'

const NB = 'OVN_Northbound'
const HERE = fileURLToPath(new URL('.', import.meta.url))
const BIN = join(HERE, '../src/cli/main.js')
const TIME = '/usr/bin/time'

interface Run {
  readonly ms: number
  /** Maximum resident set size, MB (when /usr/bin/time is there). */
  readonly rssMb: number | undefined
  /**
   * CPU time of the process, user + system, ms (when /usr/bin/time is there): on a
   * loaded machine the wall time mostly says how long the process waited for a core;
   * the CPU time says what it cost.
   */
  readonly cpuMs: number | undefined
  readonly code: number | null
  readonly out: string
  readonly err: string
}

/** Runs a process to its end: wall time from spawn to exit, and its maximum RSS. */
const timed = (dir: string, cmd: string, args: ReadonlyArray<string>): Promise<Run> =>
  new Promise((resolve) => {
    const rssFile = join(dir, 'rss.txt')
    const withTime = existsSync(TIME)
    const t0 = performance.now()
    const child = withTime ? spawn(TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'] }) : spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => {
      const ms = performance.now() - t0
      // the last line: "KB USER SYSTEM" (earlier lines: a signal the command died of)
      const [kb, user, sys] = withTime ? (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number) : []
      const cpu = (user ?? NaN) + (sys ?? NaN)
      resolve({ ms, rssMb: kb !== undefined && Number.isFinite(kb) ? kb / 1024 : undefined, cpuMs: Number.isFinite(cpu) ? cpu * 1000 : undefined, code, out, err })
    })
  })

const must = (r: Run, what: string, codes: ReadonlyArray<number> = [0]): Run => {
  if (r.code === null || !codes.includes(r.code)) throw new Error(`${what} exited ${r.code}: ${r.err.slice(0, 500)}`)
  return r
}

const schemaOf = (): Promise<DatabaseSchema> =>
  withServer(async (s) => {
    const c = await connect(s.unix)()
    if (E.isLeft(c)) throw new Error('connect')
    const sc = await c.right.getSchema(NB)()
    await c.right.close()()
    if (E.isLeft(sc)) throw new Error('get_schema')
    return sc.right
  })

/** The operations an initial apply of `desired` sends, as one pre-serialized transact. */
const request = (schema: DatabaseSchema, desired: DesiredState): { readonly text: string; readonly n: number } => {
  const plan = diff(schema, { rows: () => new Map() }, desired, { rules: nbIdentity })
  if (E.isLeft(plan)) throw new Error('plan')
  const ops = compile(plan.right)
  return { text: JSON.stringify({ method: 'transact', params: [NB, ...ops], id: 1 }), n: ops.length }
}

/** A 4-row state of another owner: a switch with a port, a port group with an ACL. */
const small: DesiredState = {
  owner: 'demo',
  rows: [
    { table: 'Logical_Switch', id: 'ls:demo', columns: { name: 'demo-sw0', ports: ['set', [ref('lsp:vm1')]] } },
    { table: 'Logical_Switch_Port', id: 'lsp:vm1', columns: { name: 'demo-vm1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']] } },
    { table: 'Port_Group', id: 'pg:web', columns: { name: 'demo_web', ports: ['set', [ref('lsp:vm1')]], acls: ['set', [ref('acl:web')]] } },
    { table: 'ACL', id: 'acl:web', columns: { direction: 'to-lport', priority: 1001, match: 'outport == @demo_web && tcp.dst == 80', action: 'allow-related' } },
  ],
}

const log = (line: string): void => console.log(`  (${line})`)
const ratio = (xs: ReadonlyArray<number>, ys: ReadonlyArray<number>): number => median(xs.map((x, i) => x / ys[i]!))

/**
 * Another build's `ovn-nb` to run beside this one, in the same rounds (`applyPair.js --vs
 * OTHER/dist`): a change is judged against the build without it, round by round, on a
 * machine whose speed drifts from one minute to the next.
 */
export interface OtherBuild {
  readonly name: string
  /** Its `src/cli/main.js`. */
  readonly bin: string
}

/**
 * `ovn-nb apply` of W10k (a `.json` file of `{ owner, rows }`, read as data) into a fresh
 * NB, against a raw Node process that reads the same operations from a `.json` file,
 * parses them and sends them serialized again in one transact (a client holding its
 * operations as data: it pays for reading and serializing, as ovn-nb does), each side its
 * own fresh NB; both wait for the transaction's reply, which ovsdb-server sends once the
 * transaction is committed to its log.
 */
export const applyFigures = async (rounds: number, dir: string, schema?: DatabaseSchema, others: ReadonlyArray<OtherBuild> = []): Promise<ReadonlyArray<Figure>> => {
  const figures: Figure[] = []
  const lab = process.env['BENCH_ROWS'] === 'benchlab'
  const w10 = lab ? benchlab(1).toDesired() : workload(1)
  const file = join(dir, 'w10k.json')
  writeFileSync(file, JSON.stringify(w10))
  const req10 = request(schema ?? (await schemaOf()), w10)
  const reqFile = join(dir, 'w10k-transact.json')
  writeFileSync(reqFile, req10.text)
  log(`${lab ? "benchlab's" : "the engine bench's"} rows (BENCH_ROWS=benchlab for benchlab's): W10k ${w10.rows.length} rows, a ${(req10.text.length / 1e6).toFixed(1)} MB transact`)
  const lib: number[] = []
  const raw: number[] = []
  const libRss: number[] = []
  const libCpu: number[] = []
  const rawCpu: number[] = []
  const applyOnce = () =>
    withServer(async (s) => {
      const r = must(await timed(dir, process.execPath, [BIN, 'apply', file, '--db', s.unix]), 'ovn-nb apply')
      if (r.rssMb !== undefined) libRss.push(r.rssMb)
      if (r.cpuMs !== undefined) libCpu.push(r.cpuMs)
      return r.ms
    })
  // the other builds: wall and CPU time of each round
  const other = others.map((o) => ({ ...o, ms: [] as number[], cpu: [] as number[] }))
  const otherOnce = (o: (typeof other)[number]) =>
    withServer(async (s) => {
      const r = must(await timed(dir, process.execPath, [o.bin, 'apply', file, '--db', s.unix]), `ovn-nb apply (${o.name})`)
      o.ms.push(r.ms)
      o.cpu.push(r.cpuMs ?? NaN)
    })
  const rawOnce = () =>
    withServer(async (s) => {
      const r = must(await timed(dir, process.execPath, [join(HERE, 'rawApply.js'), s.unix.slice('unix:'.length), reqFile, String(req10.n)]), 'raw apply')
      if (r.cpuMs !== undefined) rawCpu.push(r.cpuMs)
      return r.ms
    })
  // one of each first, not counted (the page cache, ovsdb-server's first start)
  await applyOnce()
  await rawOnce()
  for (const o of other) await otherOnce(o)
  libRss.length = 0
  libCpu.length = 0
  rawCpu.length = 0
  for (const o of other) (o.ms.length = 0, o.cpu.length = 0)
  for (let round = 0; round < rounds; round++) {
    // each side first in every other round: none always runs right after another's exit
    const sides = [async () => void lib.push(await applyOnce()), async () => void raw.push(await rawOnce()), ...other.map((o) => () => otherOnce(o))]
    for (const side of round % 2 === 0 ? sides : sides.reverse()) await side()
  }
  if (process.env['BENCH_DEBUG']) console.error({ lib, raw, libRss, libCpu, rawCpu, ...Object.fromEntries(other.flatMap((o) => [[`${o.name} ms`, o.ms], [`${o.name} cpu`, o.cpu]])) })
  figures.push({ name: '`ovn-nb apply` of W10k (a { owner, rows } .json file), whole process, fresh NB', value: median(lib), unit: 'ms', baseline: { name: 'a raw Node process reading the same operations as JSON and sending them in one transact, fresh NB', value: median(raw) } })
  const applyRatio = ratio(lib, raw)
  figures.push({ name: `\`ovn-nb apply\` W10k / raw process, round by round (median of ${rounds} rounds' ratios)`, value: applyRatio, unit: 'x', target: { text: '<= 1.3', met: applyRatio <= 1.3 } })
  if (libRss.length > 0) figures.push({ name: '`ovn-nb apply` of W10k: maximum RSS', value: median(libRss), unit: 'MB' })
  // what each process cost, whatever else the machine ran meanwhile (the wall-time ratio
  // above is the target; this tells a slower machine from a costlier command)
  if (libCpu.length > 0 && rawCpu.length > 0)
    figures.push({ name: '`ovn-nb apply` of W10k: CPU time, user + system (median)', value: median(libCpu), unit: 'ms', baseline: { name: 'the raw process', value: median(rawCpu) } })
  for (const o of other) {
    figures.push({ name: `\`ovn-nb apply\` W10k of ${o.name} / raw process, round by round (median of ${rounds} rounds' ratios)`, value: ratio(o.ms, raw), unit: 'x' })
    figures.push({ name: `\`ovn-nb apply\` W10k, this build / ${o.name}, round by round: wall time (median of ${rounds} rounds' ratios)`, value: ratio(lib, o.ms), unit: 'x' })
    if (libCpu.length === rounds) figures.push({ name: `\`ovn-nb apply\` W10k, this build / ${o.name}, round by round: CPU time (median of ${rounds} rounds' ratios)`, value: ratio(libCpu, o.cpu), unit: 'x' })
  }
  return figures
}

const run = async (): Promise<ReadonlyArray<Figure>> => {
  const figures: Figure[] = []
  const lab = process.env['BENCH_ROWS'] === 'benchlab'
  const rowsOf = (scale: number): DesiredState => (lab ? benchlab(scale).toDesired() : workload(scale))
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-bench-cli-'))
  try {
    const schema = await schemaOf()
    figures.push(...(await applyFigures(7, dir, schema)))
    const rounds = 7

    // ---- ovn-nb plan of 4 rows on W100k vs one ovn-nbctl -----------------------------------
    const smallFile = join(dir, 'small.mjs')
    writeFileSync(smallFile, `export default ${JSON.stringify(small)}\n`)
    await withServer(async (s) => {
      const w100 = rowsOf(10)
      const req100 = request(schema, w100)
      const t0 = performance.now()
      await rawTransact(s.unix.slice('unix:'.length), req100.text, req100.n)
      log(`W100k: ${w100.rows.length} rows loaded by one raw transact (${(req100.text.length / 1e6).toFixed(0)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
      const plan: Run[] = []
      const nbctl: Run[] = []
      const planOnce = async () => plan.push(must(await timed(dir, process.execPath, [BIN, 'plan', smallFile, '--db', s.unix]), 'ovn-nb plan', [2]))
      // `show` of one switch, the reference of the issue (ovn-nbctl reads the tables `show`
      // needs whole: ~2.5 s, ~210 MB on an idle machine); `ls-list` reads one column of
      // one table (~30 ms here)
      const nbctlOnce = async () => nbctl.push(must(await timed(dir, 'ovn-nbctl', [`--db=${s.unix}`, 'show', lab ? 'sw0' : 'ls0']), 'ovn-nbctl show'))
      // warm-up of each, not counted
      await planOnce()
      await nbctlOnce()
      plan.length = 0
      nbctl.length = 0
      for (let round = 0; round < rounds; round++) {
        if (round % 2 === 0) (await planOnce(), await nbctlOnce())
        else (await nbctlOnce(), await planOnce())
      }
      if (process.env['BENCH_DEBUG']) console.error({ plan: plan.map((r) => [r.ms, r.rssMb]), nbctl: nbctl.map((r) => [r.ms, r.rssMb]) })
      const planMs = plan.map((r) => r.ms)
      const nbctlMs = nbctl.map((r) => r.ms)
      figures.push({ name: '`ovn-nb plan` of a 4-row state (another owner) on W100k, whole process', value: median(planMs), unit: 'ms', baseline: { name: 'one `ovn-nbctl show SWITCH` on the same database', value: median(nbctlMs) } })
      const planRatio = ratio(planMs, nbctlMs)
      figures.push({ name: `\`ovn-nb plan\` 4 rows on W100k / ovn-nbctl, round by round (median of ${rounds} rounds' ratios)`, value: planRatio, unit: 'x', target: { text: '<= 0.25', met: planRatio <= 0.25 } })
      const rss = plan.map((r) => r.rssMb).filter((x): x is number => x !== undefined)
      const nbctlRss = nbctl.map((r) => r.rssMb).filter((x): x is number => x !== undefined)
      if (rss.length > 0) {
        const m = median(rss)
        figures.push({ name: '`ovn-nb plan` of 4 rows on W100k: maximum RSS', value: m, unit: 'MB', ...(nbctlRss.length > 0 ? { baseline: { name: 'ovn-nbctl show SWITCH', value: median(nbctlRss) } } : {}), target: { text: '< 200 MB', met: m < 200 } })
      } else log('maximum RSS not measured: /usr/bin/time is not installed')
    })

    // ---- the DSL build alone, cold -----------------------------------------------------------
    const builds: number[] = []
    const dslOnly: number[] = []
    const imports: number[] = []
    let values = 0
    for (let round = 0; round < 5; round++) {
      // the whole build, and the DSL's own part (benchlab's strings made before the clock,
      // as a controller already holds them): each in its own fresh process, in turn first
      const whole = async () => {
        const r = must(await timed(dir, process.execPath, [join(HERE, 'dslCold.js'), '1']), 'DSL build')
        const o = JSON.parse(r.out) as { buildMs: number; importMs: number; rows: number }
        builds.push(o.buildMs)
        imports.push(o.importMs)
        values = o.rows
      }
      const own = async () => {
        const r = must(await timed(dir, process.execPath, [join(HERE, 'dslCold.js'), '1', '--data-first']), 'DSL build')
        dslOnly.push((JSON.parse(r.out) as { dslMs: number }).dslMs)
      }
      for (const side of round % 2 === 0 ? [whole, own] : [own, whole]) await side()
    }
    log(`DSL: importing the DSL takes ${median(imports).toFixed(0)} ms apart`)
    const b = median(builds)
    figures.push({ name: `DSL build of benchlab's W10k (${values} values) and toDesired(), cold, fresh process (median of 5)`, value: b, unit: 'ms', target: { text: '<= 100 ms', met: b <= 100 } })
    figures.push({ name: "the same, benchlab's strings (names, addresses, matches) made before the clock: the DSL's own part (median of 5)", value: median(dslOnly), unit: 'ms' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return figures
}

/** The CLI's benchmark section. */
export const section: Section = { title: 'processes: the CLI as users run it, whole processes (issue 15)', run }
