/**
 * A fresh process for the CLI bench (bench/cli.ts): builds benchlab's W10k with the DSL
 * and turns it into desired rows, once, cold (no JIT warm-up), and prints the
 * milliseconds that took and the number of rows (module loading excluded: it is printed
 * apart). `buildCpuMs` is the process's CPU time over the same span (all threads: the
 * JIT's and the garbage collector's helpers too), which a busy machine disturbs less
 * than the wall time.
 */
const t0 = performance.now()
const { benchlab } = await import('./benchlab.js')
const t1 = performance.now()
const c1 = process.cpuUsage()
const desired = benchlab(Number(process.argv[2] ?? '1')).toDesired()
const c2 = process.cpuUsage(c1)
const t2 = performance.now()
console.log(JSON.stringify({ buildMs: t2 - t1, buildCpuMs: (c2.user + c2.system) / 1000, importMs: t1 - t0, rows: desired.rows.length }))
