/**
 * The package as users get it: a fresh clone packed from its git URL (npm installs its
 * dependencies and `prepare` builds it, as for a git install), the tarball installed
 * into a CommonJS and an ESM project. In each: every entry point by `import` and by
 * `require`, `npx ovn-nb --help`, and `ovn-nb plan`/`apply` of a `.ts` topology that
 * imports `'ovn-nb'`, against a real ovsdb-server; then the CLI without tsx.
 */
import test from 'ava'
import { promises as fs, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { startOvsdb } from '../support/ovsdb.js'
import { freshClone, must, npmInstall, project, ROOT, run, type Run } from './support.js'

interface Manifest {
  readonly version: string
  readonly license: string
  readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>>
  readonly peerDependencies: Readonly<Record<string, string>>
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest

const ENTRIES = ['ovn-nb', 'ovn-nb/ovsdb', 'ovn-nb/ovsdb/server', 'ovn-nb/testing', 'ovn-nb/virt', 'ovn-nb/nb', 'ovn-nb/plan', 'ovn-nb/apply', 'ovn-nb/codegen'] as const
/** One name each entry point must export, so an empty module does not pass. */
const MARKERS: Readonly<Record<(typeof ENTRIES)[number], string>> = {
  'ovn-nb': 'topology',
  'ovn-nb/ovsdb': 'connect',
  'ovn-nb/ovsdb/server': 'startEmbedded',
  'ovn-nb/testing': 'launchOvsdbServer',
  'ovn-nb/virt': 'vmNetwork',
  'ovn-nb/nb': 'connectNb',
  'ovn-nb/plan': 'compile',
  'ovn-nb/apply': 'gc',
  'ovn-nb/codegen': 'generate',
}

// Prints, for every entry point, the names `require` and `import` give and whether they
// are the same objects (one module instance: no dual-package hazard).
const probe = (requireFrom: string): string => `${requireFrom}
const entries = ${JSON.stringify(ENTRIES)}
const main = async () => {
  const out = { version: require('ovn-nb/package.json').version }
  for (const e of entries) {
    const r = require(e)
    const i = await import(e)
    out[e] = { require: Object.keys(r).sort(), import: Object.keys(i).sort(), same: Object.keys(i).every((k) => i[k] === r[k]) }
  }
  console.log(JSON.stringify(out))
}
main()
`

// The same file in both projects: tsx compiles it as CommonJS in one and as ESM in the
// other, and the switch's name says which it was.
const TOPOLOGY_TS = `import { logicalSwitch, topology } from 'ovn-nb'
const kind: string = typeof module === 'undefined' ? 'esm' : 'cjs'
const sw = logicalSwitch({ name: \`sw-\${kind}\` })
export default sw._tag === 'Right' ? topology({ owner: \`consumer-\${kind}\`, switches: [sw.right] }) : sw
`

// A JavaScript topology needs no tsx.
const TOPOLOGY_CJS = `const { logicalSwitch, topology } = require('ovn-nb')
const sw = logicalSwitch({ name: 'sw-js' })
module.exports = sw._tag === 'Right' ? topology({ owner: 'consumer-js', switches: [sw.right] }) : sw
`

type Probe = { readonly version: string } & Readonly<Record<string, { readonly require: ReadonlyArray<string>; readonly import: ReadonlyArray<string>; readonly same: boolean }>>

test('a fresh clone packed from git (prepare builds it); CommonJS and ESM projects import, require and run the CLI on a .ts topology', async (t) => {
  // npm pack installs the clone's dependencies and compiles it (~20 s), then two
  // installs; this bounds a stuck npm, it is not a timing assertion
  t.timeout(180000)
  const tmp = await fs.mkdtemp(join(tmpdir(), 'ovn-nb-package-'))
  t.teardown(() => fs.rm(tmp, { recursive: true, force: true }))
  const server = await startOvsdb()
  t.teardown(() => server.stop())

  // every subpath of the exports map is probed: a new one cannot go untested
  t.deepEqual(
    Object.keys(manifest.exports)
      .filter((k) => k !== './package.json')
      .map((k) => (k === '.' ? 'ovn-nb' : `ovn-nb/${k.slice(2)}`))
      .sort(),
    [...ENTRIES].sort(),
  )
  const clone = await freshClone(join(tmp, 'clone'))
  t.false(await fs.access(join(clone, 'dist')).then(() => true, () => false), 'a fresh clone holds no build')
  const tsx = `tsx@${manifest.peerDependencies['tsx'] ?? ''}`
  const cjs = await project(join(tmp, 'cjs'), 'commonjs', { 'probe.cjs': probe(''), 'topology.ts': TOPOLOGY_TS, 'topology.js': TOPOLOGY_CJS })
  // an example copied as it is: it imports 'ovn-nb' and its subpaths, as users' code does
  const example = await fs.readFile(join(ROOT, 'examples', 'controller.ts'), 'utf8')
  const esm = await project(join(tmp, 'esm'), 'module', { 'probe.mjs': probe(`import { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)`), 'topology.ts': TOPOLOGY_TS, 'controller.ts': example })

  // `npm pack` of the clone as a git URL does what `npm install <git URL>` does before it
  // unpacks: clone it, install its dependencies (development ones too) from its lock
  // file, run `prepare`, pack what `files` names. So this one build stands for both a git
  // install and `npm pack` of a fresh clone, with nothing borrowed from this checkout.
  const started = Date.now()
  const packed = JSON.parse(await must('npm', ['pack', '--json', '--prefer-offline', '--pack-destination', tmp, `git+file://${clone}`], tmp, 150000)) as ReadonlyArray<{ readonly filename: string; readonly files: ReadonlyArray<{ readonly path: string }> }>
  t.log(`npm pack (git clone, npm install, prepare): ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const pack = packed[0]
  if (pack === undefined) return t.fail('npm pack --json printed no package')
  const files = pack.files.map((f) => f.path)
  await Promise.all([npmInstall(cjs, [join(tmp, pack.filename), tsx]), npmInstall(esm, [join(tmp, pack.filename), tsx])])
  t.log(`installed in both projects: ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const installed = join(esm, 'node_modules/ovn-nb')

  // what the tarball ships: the build, every export's files, the license; no test build
  const shipped = new Set(files)
  const exported = Object.values(manifest.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))
  for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/src/cli/main.js', ...exported.map((e) => posix.normalize(e))]) t.true(shipped.has(f), `${f} is shipped`)
  t.false(files.some((f) => /^dist\/(test|bench|examples)\//.test(f)), 'no tests, benchmarks or examples')
  t.is(manifest.license, 'Apache-2.0')
  t.regex(await fs.readFile(join(installed, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0, January 2004/)
  // every source and declaration map points at files the package holds
  const maps = files.filter((f) => f.endsWith('.map'))
  t.true(maps.length > 100, `${maps.length} maps`)
  const dangling: string[] = []
  for (const m of maps) {
    const map = JSON.parse(await fs.readFile(join(installed, m), 'utf8')) as { readonly sourceRoot?: string; readonly sources: ReadonlyArray<string> }
    for (const s of map.sources) {
      const target = posix.normalize(posix.join(posix.dirname(m), map.sourceRoot ?? '', s))
      if (!shipped.has(target)) dangling.push(`${m} -> ${target}`)
    }
  }
  t.deepEqual(dangling.slice(0, 5), [], `${dangling.length} dangling map sources`)

  // each project: every entry point by import and by require, one module instance
  for (const [dir, script] of [
    [cjs, 'probe.cjs'],
    [esm, 'probe.mjs'],
  ] as const) {
    const r = await run(process.execPath, [script], dir)
    t.is(r.code, 0, r.err)
    t.is(r.err, '', 'no warning either')
    const p = JSON.parse(r.out) as Probe
    t.is(p.version, manifest.version)
    for (const e of ENTRIES) {
      const names = p[e]
      t.truthy(names, e)
      if (names === undefined) continue
      t.true(names.require.includes(MARKERS[e]), `${script}: require('${e}').${MARKERS[e]}`)
      t.deepEqual(names.require, names.import, `${script}: ${e}`)
      t.true(names.same, `${script}: ${e} is one module`)
    }
  }

  // `ovn-nb gen` in a project: the model it writes imports the package's runtime and loads
  const gen = await run(join(esm, 'node_modules/.bin/ovn-nb'), ['gen', '--out', 'model', join(ROOT, 'schemas', 'ovn-nb-v23.03.0.ovsschema')], esm)
  t.is(gen.code, 0, gen.err)
  await fs.writeFile(join(esm, 'model-check.ts'), `import * as M from './model/index.js'\nconsole.log(Object.keys(M.model.tables).length)\n`)
  const model = await run(process.execPath, ['--import', 'tsx', 'model-check.ts'], esm)
  t.is(model.code, 0, model.err)
  t.regex(model.out, /^\d{2}$/m)

  const copied = await run(process.execPath, ['--import', 'tsx', 'controller.ts'], esm)
  t.is(copied.code, 0, copied.err)
  t.regex(copied.out, /^vm3 deleted: 0 to add, 1 to change, 1 to destroy; 1 operations sent$/m)

  // the CLI: --help, and a .ts topology compiled as CommonJS in one project, ESM in the other
  for (const dir of [cjs, esm]) {
    const help = await run('npx', ['--no', '--', 'ovn-nb', '--help'], dir)
    t.is(help.code, 0, help.err)
    t.regex(help.out, /^usage: ovn-nb <command>/)
  }
  // then the bin npm linked (what npx runs, without npx's own second per call)
  const ovnNb = (args: ReadonlyArray<string>, dir: string): Promise<Run> => run(join(dir, 'node_modules/.bin/ovn-nb'), args, dir)
  const planCjs = await ovnNb(['plan', 'topology.ts', '--db', server.unix], cjs)
  t.is(planCjs.code, 2, planCjs.err)
  t.regex(planCjs.out, /^\+ Logical_Switch sw-cjs$/m)
  t.regex(planCjs.out, /Plan: 1 to add, 0 to change, 0 to destroy\./)
  const applyEsm = await ovnNb(['apply', 'topology.ts', '--db', server.unix], esm)
  t.is(applyEsm.code, 0, applyEsm.err)
  t.regex(applyEsm.out, /^\+ Logical_Switch sw-esm$/m)
  const againEsm = await ovnNb(['plan', 'topology.ts', '--db', server.unix], esm)
  t.is(againEsm.code, 0, againEsm.out + againEsm.err)

  // without tsx: the library and JavaScript topologies work; a .ts file is one line saying what to install
  await fs.rm(join(cjs, 'node_modules/tsx'), { recursive: true })
  const lib = await run(process.execPath, ['probe.cjs'], cjs)
  t.is(lib.code, 0, lib.err)
  const js = await ovnNb(['plan', 'topology.js', '--db', server.unix], cjs)
  t.is(js.code, 2, js.err)
  t.regex(js.out, /^\+ Logical_Switch sw-js$/m)
  const noTsx = await ovnNb(['plan', 'topology.ts', '--db', server.unix], cjs)
  t.is(noTsx.code, 1)
  t.is(noTsx.out, '')
  t.is(noTsx.err, 'ovn-nb plan: topology.ts: loading a TypeScript file needs tsx, an optional peer dependency of ovn-nb: npm install --save-dev tsx\n')
})
