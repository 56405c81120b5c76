/**
 * The committed model is exactly what `npm run gen` produces: regenerate in memory
 * (`tsx scripts/gen.ts --check`, which writes nothing) and compare with the files, so
 * a hand edit fails this test.
 */
import test from 'ava'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../codegen/paths.js'

test('src/nb/generated and src/sb/generated are what `npm run gen` generates', (t) => {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/gen.ts', '--check'], { cwd: root, encoding: 'utf8' })
  t.is(r.status, 0, r.stderr)
  t.regex(r.stdout, /up to date with OVN_Northbound 7\.19\.0 \(40 files\)/)
  t.regex(r.stdout, /src\/sb\/generated: up to date with OVN_Southbound 21\.11\.0 \(6 files\)/)
})

test('every committed file carries the do-not-edit header naming the schema and version', (t) => {
  const dir = join(root, 'src/nb/generated')
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))
  t.is(files.length, 40)
  for (const f of files) t.true(readFileSync(join(dir, f), 'utf8').startsWith('// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)\n'), f)
  const sb = join(root, 'src/sb/generated')
  const sbFiles = readdirSync(sb).filter((f) => f.endsWith('.ts'))
  t.is(sbFiles.length, 6)
  for (const f of sbFiles) t.true(readFileSync(join(sb, f), 'utf8').startsWith('// generated — do not edit: OVN_Southbound 21.11.0 (ovn-nb gen)\n'), f)
})
