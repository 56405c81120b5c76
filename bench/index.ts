/**
 * `npm run bench`: every benchmark figure of the project, with the baselines measured
 * in the same run and the ratios against them.
 *
 * Each section runs in a fresh Node process (same flags), so that one section's heap and
 * JIT feedback do not skew the next: measured here, the generated codec fell from
 * ~0.95x to ~0.4x of the hand-written decoder when it ran after the framer section in
 * the same process. `node dist/bench/index.js NAME...` runs only the sections whose
 * title contains one of the NAMEs.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { printFigure, type Section } from './report.js'
import { sections as ovsdb } from './ovsdb.js'
import { section as codegen } from './codegen.js'
import { section as engine } from './engine.js'
import { section as faults } from './faults.js'
import { section as cli } from './cli.js'
import { sections as server } from './server.js'

const sections: ReadonlyArray<Section> = [...ovsdb, codegen, engine, faults, cli, ...server]

const args = process.argv.slice(2)
const child = args[0] === '--section' ? args[1] : undefined
if (child !== undefined) {
  const s = sections.find((x) => x.title === child)
  if (s === undefined) throw new Error(`no section "${child}"`)
  for (const f of await s.run()) printFigure(f)
} else {
  let failed = 0
  for (const s of sections) {
    if (args.length > 0 && !args.some((o) => s.title.toLowerCase().includes(o.toLowerCase()))) continue
    console.log(`\n## ${s.title}`)
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--section', s.title], { stdio: 'inherit' })
    if (r.status !== 0) failed++
  }
  process.exitCode = failed > 0 ? 1 : 0
}
