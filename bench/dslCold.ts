/**
 * A fresh process for the CLI bench (bench/cli.ts): builds benchlab's W10k with the DSL
 * and turns it into desired rows, once, cold (no JIT warm-up), and prints the
 * milliseconds that took and the number of rows (module loading excluded: it is printed
 * apart as `importMs`).
 *
 * - `buildMs`: benchlab(1).toDesired() whole: making benchlab's strings (names, `MAC IP`
 *   addresses, matches), describing the network with them and making the rows.
 * - with `--data-first`, `dslMs` instead: the strings are made before the clock starts
 *   (`dataMs`, bench/benchlab.ts's benchlabData) — what a controller already holds, from
 *   its informers and its IPAM, when it describes the network — so that the figure is the
 *   DSL's own cost (issue 15's 100 ms target). Each mode in its own process: both cold.
 * - `cpuMs`: the process's CPU time over the timed span (all threads: the JIT's and the
 *   garbage collector's helpers too), which a busy machine disturbs less than wall time.
 */
const t0 = performance.now()
const { benchlabBuild, benchlabData } = await import('./benchlab.js')
const t1 = performance.now()
const scale = Number(process.argv[2] ?? '1')
const dataFirst = process.argv.includes('--data-first')
const data = dataFirst ? benchlabData(scale) : undefined
const t2 = performance.now()
const c2 = process.cpuUsage()
const desired = benchlabBuild(data ?? benchlabData(scale)).toDesired()
const c3 = process.cpuUsage(c2)
const t3 = performance.now()
const cpuMs = (c3.user + c3.system) / 1000
console.log(JSON.stringify(dataFirst ? { dslMs: t3 - t2, cpuMs, dataMs: t2 - t1, importMs: t1 - t0, rows: desired.rows.length } : { buildMs: t3 - t2, cpuMs, importMs: t1 - t0, rows: desired.rows.length }))
