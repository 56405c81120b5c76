/**
 * A fresh process for the CLI bench (bench/cli.ts): builds benchlab's W10k with the DSL
 * and turns it into desired rows, once, cold (no JIT warm-up), and prints the
 * milliseconds that took and the number of rows (module loading excluded: it is printed
 * apart).
 */
const t0 = performance.now()
const { benchlab } = await import('./benchlab.js')
const t1 = performance.now()
const desired = benchlab(Number(process.argv[2] ?? '1')).toDesired()
const t2 = performance.now()
console.log(JSON.stringify({ buildMs: t2 - t1, importMs: t1 - t0, rows: desired.rows.length }))
