/** `ovn-nb gen`: from files, from a directory of schemas, from a live server; --check; usage. */
import test, { type ExecutionContext } from 'ava'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { genMain, nodeGenIO, type GenIO } from '../../src/cli/gen.js'
import { commands, runCli } from '../../src/cli/main.js'
import { startOvsdb } from '../support/ovsdb.js'
import { DEBIAN_NB, DEBIAN_VSWITCH, schemasDir } from './paths.js'

const tmp = (t: ExecutionContext): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-cli-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

const io = (): GenIO & { out: string[]; err: string[] } => {
  const out: string[] = []
  const err: string[] = []
  return { ...nodeGenIO, stdout: (s) => out.push(s), stderr: (s) => err.push(s), out, err }
}

test('gen from one schema file: a module per table and an index importing the package runtime', async (t) => {
  const dir = tmp(t)
  const o = io()
  t.is(await genMain(['--out', dir, DEBIAN_VSWITCH], o), 0)
  const files = readdirSync(dir).sort()
  t.true(files.includes('Bridge.ts') && files.includes('Open_vSwitch.ts') && files.includes('index.ts'))
  const index = readFileSync(join(dir, 'index.ts'), 'utf8')
  t.regex(index, /^\/\/ generated — do not edit: Open_vSwitch \d+\.\d+\.\d+ \(ovn-nb gen\)\n/)
  t.true(index.includes("import { codegenRuntime as rt } from 'ovn-nb/codegen'"))
  t.true(readFileSync(join(dir, 'Bridge.ts'), 'utf8').includes('https://man7.org/linux/man-pages/man5/ovs-vswitchd.conf.db.5.html#Bridge_TABLE'))
  t.regex(o.out.join(''), /Open_vSwitch .*: \d+ files in/)
})

test('gen from a directory: the newest schema of the database, with since versions from the others', async (t) => {
  const dir = tmp(t)
  t.is(await genMain(['--out', dir, '--schemas', schemasDir, '--database', 'OVN_Southbound', '--runtime', '../rt.js', '--doc-url', 'none'], io()), 0)
  const index = readFileSync(join(dir, 'index.ts'), 'utf8')
  t.true(index.startsWith('// generated — do not edit: OVN_Southbound 21.11.0'))
  t.true(index.includes("import * as rt from '../rt.js'"))
  t.true(index.includes('Versions recorded by `since`: 20.27.0, 21.11.0.'))
  t.false(readFileSync(join(dir, 'Chassis.ts'), 'utf8').includes('@see'))
})

test('--check: up to date, then a hand edit and a stale module are reported', async (t) => {
  const dir = tmp(t)
  t.is(await genMain(['--out', dir, DEBIAN_NB], io()), 0)
  t.is(await genMain(['--out', dir, '--check', DEBIAN_NB], io()), 0)
  const acl = join(dir, 'ACL.ts')
  writeFileSync(acl, readFileSync(acl, 'utf8').replace('readonly priority: number', 'readonly priority: string'))
  writeFileSync(join(dir, 'Old_Table.ts'), '// generated — do not edit: OVN_Northbound 6.0.0 (ovn-nb gen)\n')
  writeFileSync(join(dir, 'mine.ts'), '// not generated\n')
  const o = io()
  t.is(await genMain(['--out', dir, '--check', DEBIAN_NB], o), 1)
  t.regex(o.err.join(''), /not what OVN_Northbound 7\.0\.0 generates: ACL\.ts, Old_Table\.ts/)
  // regenerating repairs the edit, removes the stale generated module, keeps other files
  t.is(await genMain(['--out', dir, DEBIAN_NB], io()), 0)
  t.is(await genMain(['--out', dir, '--check', DEBIAN_NB], io()), 0)
  t.false(existsSync(join(dir, 'Old_Table.ts')))
  t.true(existsSync(join(dir, 'mine.ts')))
})

test('gen --db from a live server gives what the same schema file gives', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const fromServer = tmp(t)
  const fromFile = tmp(t)
  t.is(await genMain(['--db', server.unix, '--database', 'OVN_Northbound', '--out', fromServer], io()), 0)
  t.is(await genMain(['--out', fromFile, DEBIAN_NB], io()), 0)
  const names = readdirSync(fromFile).sort()
  t.deepEqual(readdirSync(fromServer).sort(), names)
  for (const n of names) t.is(readFileSync(join(fromServer, n), 'utf8'), readFileSync(join(fromFile, n), 'utf8'), n)
  const o = io()
  t.is(await genMain(['--db', server.unix, '--database', 'Nope', '--out', tmp(t)], o), 1)
  t.regex(o.err.join(''), /cannot read the schema of Nope/)
})

test('usage errors exit 2, help exits 0', async (t) => {
  const o = io()
  t.is(await genMain([DEBIAN_NB], o), 2)
  t.is(await genMain(['--out', 'x'], o), 2)
  t.is(await genMain(['--out', 'x', '--db', 'unix:/x'], o), 2)
  t.is(await genMain(['--out', 'x', '--frobnicate', DEBIAN_NB], o), 2)
  t.is(await genMain(['--out'], o), 2)
  t.regex(o.err.join(''), /--out needs a value/)
  t.is(await genMain(['--help'], o), 0)
  t.regex(o.out.join(''), /^usage: ovn-nb gen/)
  t.is(await genMain(['--out', tmp(t), '/nonexistent.ovsschema'], o), 1)
})

test('the ovn-nb dispatcher knows gen and refuses unknown commands', async (t) => {
  t.true(Object.keys(commands).includes('gen'))
  t.is(await runCli(['frobnicate']), 2)
})
