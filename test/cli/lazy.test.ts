import test from 'ava'
import { spawnSync } from 'node:child_process'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { BIN, tempFiles } from './support.js'

// a module-load hook that prints every module of ours (and every node: builtin) the process loads, on stderr
const hook = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'\nregister('data:text/javascript,' + encodeURIComponent('export async function load(url, ctx, next) { if (url.includes("/dist/")) process.stderr.write("LOADED " + url.split("/dist/")[1] + "\\\\n"); else if (url.startsWith("node:")) process.stderr.write("LOADED " + url + "\\\\n"); return next(url, ctx) }'))`,
)}`

const loaded = (args: ReadonlyArray<string>): { readonly out: string; readonly modules: ReadonlyArray<string> } => {
  const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], { encoding: 'utf8', timeout: 30000 })
  return { out: r.stdout, modules: r.stderr.split('\n').flatMap((l) => (l.startsWith('LOADED ') ? [l.slice('LOADED '.length)] : [])) }
}

// `ovn-nb plan --help` used to load the whole engine, the DSL and the generated NB model
test('plan --help and apply --help print their usage without loading the engine, the NB model or the DSL', (t) => {
  for (const command of ['plan', 'apply']) {
    const { out, modules } = loaded([command, '--help'])
    t.regex(out, new RegExp(`^usage: ovn-nb ${command} FILE`))
    // the hook sees the modules that do load
    t.true(modules.includes('src/cli/main.js') && modules.includes(`src/cli/${command}.js`), modules.join(' '))
    t.deepEqual(
      modules.filter((m) => /^src\/(apply|plan|nb|codegen)\/|^src\/(errors|index)\.js|^src\/ovsdb\/(client|replica|schema)\.js/.test(m)),
      [],
    )
  }
})

// a preload counting the reads of one file (fs.promises.readFile is looked up at each call)
const countReads = (file: string): string =>
  `data:text/javascript,${encodeURIComponent(
    `import { promises } from 'node:fs'\nconst read = promises.readFile\npromises.readFile = function (p, ...rest) { if (String(p) === ${JSON.stringify(file)}) process.stderr.write('READ\\n'); return read.call(this, p, ...rest) }`,
  )}`

// W10k's 4 MB .json was read and parsed twice (to tell it from a saved plan, then to load
// it), and apply loaded the DSL and every error formatter it never used, the generated NB
// model (for a guard the diff's own checks leave nothing to find) and the incremental planner
test('apply of a desired state in a .json file reads it once and loads neither the DSL, the error formatter, the saved-plan codecs, the NB model nor the incremental planner', async (t) => {
  const server = await startOvsdb()
  const files = tempFiles()
  try {
    const desired = { owner: 'lazy', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'lazy-sw' } }] }
    const file = files.write('state.json', JSON.stringify(desired))
    const r = spawnSync(process.execPath, ['--import', hook, '--import', countReads(file), BIN, 'apply', file, '--db', server.unix], { encoding: 'utf8', timeout: 30000 })
    t.is(r.status, 0, r.stderr)
    t.regex(r.stdout, /\+ Logical_Switch lazy-sw/)
    t.is(r.stderr.split('\n').filter((l) => l === 'READ').length, 1)
    const modules = r.stderr.split('\n').flatMap((l) => (l.startsWith('LOADED ') ? [l.slice('LOADED '.length)] : []))
    t.true(modules.includes('src/apply/apply.js'), modules.join(' '))
    t.deepEqual(
      modules.filter((m) => /^src\/nb\/(dsl|match|net|generated)\/|^src\/codegen\/|^src\/nb\/compat\.js|^src\/errors\.js|^src\/plan\/(saved|planner)\.js|^src\/cli\/saved\.js/.test(m)),
      [],
    )
    // node:tls and node:crypto serve ssl: remotes and TLS files only
    t.deepEqual(
      modules.filter((m) => m === 'node:tls' || m === 'node:crypto'),
      [],
    )
    t.true(nbctl(server, 'ls-list').includes('lazy-sw'))
  } finally {
    files.remove()
    await server.stop()
  }
})
