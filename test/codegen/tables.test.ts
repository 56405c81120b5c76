/**
 * The table filter (`--tables`, `IROptions.tables`): only the tables asked for are
 * generated, references to the others become plain uuids (in the types, the printed
 * OVSDB type and the reference metadata), the index says what was left out, and a table
 * the schema lacks is an error. The committed SB model is built with it.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildIR, generate, parseSchemaText } from '../../src/codegen/index.js'
import { genMain, nodeGenIO } from '../../src/cli/gen.js'
import * as SB from '../../src/sb/generated/index.js'
import { DEBIAN_SB } from './paths.js'

const sb = (() => {
  const s = parseSchemaText(readFileSync(DEBIAN_SB, 'utf8'), DEBIAN_SB)
  if (E.isLeft(s)) throw new Error(s.left)
  return s.right
})()

test('only the tables asked for; a reference to a table left out is a plain uuid, to a kept one stays a reference', (t) => {
  const ir = buildIR(sb, { tables: ['Port_Binding', 'Chassis'] })
  if (E.isLeft(ir)) return t.fail(ir.left)
  t.deepEqual(ir.right.tables.map((x) => x.name), ['Chassis', 'Port_Binding'])
  const pb = ir.right.tables.find((x) => x.name === 'Port_Binding')!
  const col = (n: string) => pb.columns.find((c) => c.name === n)!.type
  t.deepEqual(col('datapath').key, { type: 'uuid' }) // Datapath_Binding left out
  t.deepEqual(col('chassis').key, { type: 'uuid', refTable: 'Chassis', refType: 'weak' })
  t.deepEqual(col('ha_chassis_group').key, { type: 'uuid' })
  const ch = ir.right.tables.find((x) => x.name === 'Chassis')!
  t.deepEqual(ch.columns.find((c) => c.name === 'encaps')!.type.key, { type: 'uuid' }) // Encap left out
  t.is(ir.right.omitted?.length, Object.keys(sb.tables).length - 2)
  t.true(ir.right.omitted!.includes('Datapath_Binding'))
  // without a filter nothing is left out, and references stay
  const all = buildIR(sb)
  if (E.isLeft(all)) return t.fail(all.left)
  t.is(all.right.omitted, undefined)
  t.is(all.right.tables.find((x) => x.name === 'Port_Binding')!.columns.find((c) => c.name === 'datapath')!.type.key.refTable, 'Datapath_Binding')
})

test('printed: the module types the left-out reference as rt.Uuid and the index lists what was left out', (t) => {
  const files = generate(sb, { tables: ['Port_Binding', 'Chassis'], runtime: { module: './rt.js' } })
  if (E.isLeft(files)) return t.fail(files.left)
  t.deepEqual(files.right.map((f) => f.path).sort(), ['Chassis.ts', 'Port_Binding.ts', 'index.ts'])
  const pb = files.right.find((f) => f.path === 'Port_Binding.ts')!.content
  t.regex(pb, /readonly datapath: rt\.Uuid\n/)
  t.regex(pb, /readonly chassis: rt\.WeakReference<'Chassis'> \| undefined\n/)
  t.notRegex(pb, /Datapath_Binding/)
  t.regex(files.right.find((f) => f.path === 'index.ts')!.content, /Only some tables of the schema: \d+ left out, and columns referring to them are plain uuids \(.*Datapath_Binding/)
})

test('a table the schema lacks is an error naming it', (t) => {
  t.deepEqual(buildIR(sb, { tables: ['Port_Binding', 'Nope'] }), E.left('OVN_Southbound 20.27.0 has no table Nope'))
})

test('ovn-nb gen --tables (comma list, repeatable); an unknown table fails with exit 1', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-tables-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const err: string[] = []
  const io = { ...nodeGenIO, stdout: () => {}, stderr: (s: string) => void err.push(s) }
  t.is(await genMain(['--out', dir, '--tables', 'Chassis,Encap', '--tables', 'SB_Global', DEBIAN_SB], io), 0)
  t.deepEqual(readdirSync(dir).sort(), ['Chassis.ts', 'Encap.ts', 'SB_Global.ts', 'index.ts'])
  t.is(await genMain(['--out', dir, '--tables', 'Chassis,Bogus', DEBIAN_SB], io), 1)
  t.regex(err.join(''), /ovn-nb gen: OVN_Southbound 20\.27\.0 has no table Bogus/)
})

test('the committed SB model: its tables only, no reference metadata to a table it lacks', (t) => {
  t.deepEqual(Object.keys(SB.model.tables).sort(), ['Chassis', 'Chassis_Private', 'Encap', 'Port_Binding', 'SB_Global'])
  for (const table of Object.values(SB.model.tables))
    for (const c of Object.values(table.columns)) for (const r of c.refs) t.true(r.table in SB.model.tables, `${table.name}.${c.name} -> ${r.table}`)
})
