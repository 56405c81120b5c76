import test from 'ava'
import { spawnSync } from 'node:child_process'
import { BIN } from './support.js'

// a module-load hook that prints every module of ours the process loads, on stderr
const hook = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'\nregister('data:text/javascript,' + encodeURIComponent('export async function load(url, ctx, next) { if (url.includes("/dist/")) process.stderr.write("LOADED " + url.split("/dist/")[1] + "\\\\n"); return next(url, ctx) }'))`,
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
