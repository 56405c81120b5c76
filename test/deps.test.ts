/**
 * ovn-nb's own code loads its CommonJS dependencies (fp-ts, io-ts, json-rpc-2.0) with
 * `require`, through src/deps/ (scripts/deps.ts says why: `import` of CommonJS costs a
 * fresh process 100–200 ms more). These tests keep it so: the generated files are what the
 * script writes, no module of src/ imports those packages' values any other way, and a
 * process that loads every module of the package takes no CommonJS module through the
 * ESM loader.
 */
import test from 'ava'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './codegen/paths.js'

const filesUnder = (dir: string, ext: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? filesUnder(p, ext) : p.endsWith(ext) ? [p] : []
  })

test('src/deps is what `npm run gen:deps` generates', (t) => {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/deps.ts', '--check'], { cwd: root, encoding: 'utf8' })
  t.is(r.status, 0, r.stderr)
  t.is(r.stderr, '')
})

test('no module of src/ outside src/deps imports a value of fp-ts, io-ts or json-rpc-2.0', (t) => {
  // `import type` is erased and costs nothing; any other import loads the package by ESM.
  const valueImport = /^import (?!type\b)[^'"]*? from '(fp-ts[^']*|io-ts|json-rpc-2\.0)'/gm
  const offenders = filesUnder(join(root, 'src'), '.ts')
    .filter((p) => !relative(join(root, 'src'), p).startsWith('deps'))
    .flatMap((p) => [...readFileSync(p, 'utf8').matchAll(valueImport)].map((m) => `${relative(root, p)}: ${m[1]}`))
  t.deepEqual(offenders, [], 'import it from src/deps/ (a new module: add it to DEPS in scripts/deps.ts, then npm run gen:deps)')
})

test('loading every module of the package takes no CommonJS module through the ESM loader', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-deps-'))
  try {
    const log = join(dir, 'commonjs.txt')
    writeFileSync(log, '')
    // A loader hook (it runs on its own thread) appends each module the ESM loader loads
    // as CommonJS to the log, synchronously, so the log is complete when the imports are.
    const hook = `
      import { appendFileSync } from 'node:fs'
      let log
      export function initialize(data) { log = data.log }
      export async function load(url, context, next) {
        const r = await next(url, context)
        if (r.format === 'commonjs') appendFileSync(log, url + '\\n')
        return r
      }`
    const modules = filesUnder(join(root, 'dist/src'), '.js')
      .filter((p) => !p.endsWith('/cli/main.js'))
      .map((p) => pathToFileURL(p).href)
    t.true(modules.length > 100)
    const main = `
      import { register } from 'node:module'
      register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, { data: { log: ${JSON.stringify(log)} } })
      for (const m of ${JSON.stringify(modules)}) await import(m)
      process.stdout.write('imported ' + ${modules.length})`
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', main], { encoding: 'utf8', timeout: 60_000 })
    t.is(r.status, 0, r.stderr)
    t.is(r.stdout, `imported ${modules.length}`)
    t.is(readFileSync(log, 'utf8'), '')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
