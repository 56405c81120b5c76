/**
 * `npm run bench`: every benchmark figure of the project, with the baselines measured
 * in the same run and the ratios against them.
 */
import { printFigure, type Section } from './report.js'
import { sections as ovsdb } from './ovsdb.js'
import { section as codegen } from './codegen.js'
import { section as engine } from './engine.js'
import { sections as server } from './server.js'

const sections: ReadonlyArray<Section> = [...ovsdb, codegen, engine, ...server]

const only = process.argv.slice(2)
for (const s of sections) {
  if (only.length > 0 && !only.some((o) => s.title.toLowerCase().includes(o.toLowerCase()))) continue
  console.log(`\n## ${s.title}`)
  for (const f of await s.run()) printFigure(f)
}
