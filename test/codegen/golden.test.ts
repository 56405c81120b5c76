import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeSchema, type DatabaseSchema } from '../../src/ovsdb/index.js'
import * as _ from '../../src/codegen/index.js'
import { fixturesDir, goldenDir } from './paths.js'

const load = (file: string): DatabaseSchema => {
  const s = decodeSchema(JSON.parse(readFileSync(join(fixturesDir, file), 'utf8')))
  if (E.isLeft(s)) throw new Error(JSON.stringify(s.left))
  return s.right
}

const v100 = load('all-types-1.0.0.ovsschema')
const v110 = load('all-types-1.1.0.ovsschema')

/** The options the golden files are printed with (also used by types.test.ts through the files). */
const options: _.GenerateOptions = {
  history: [v110, v100],
  runtime: { module: '../../../../src/codegen/runtime.js' },
  docUrl: 'https://example.org/all-types.5.html#{table}_TABLE',
}

const generated = (): ReadonlyArray<_.GeneratedFile> => {
  const r = _.generate(v110, options)
  if (E.isLeft(r)) throw new Error(r.left)
  return r.right
}

test('printer output for the all-types schema is exactly the golden files (UPDATE_GOLDEN=1 rewrites them)', (t) => {
  const dir = join(goldenDir, 'all-types')
  const files = generated()
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dir, { recursive: true })
    for (const f of files) writeFileSync(join(dir, f.path), f.content)
  }
  t.deepEqual(readdirSync(dir).sort(), files.map((f) => f.path).sort())
  for (const f of files) t.is(f.content, readFileSync(join(dir, f.path), 'utf8'), f.path)
})

test('generation is deterministic: the order of tables, columns and history does not matter', (t) => {
  const reversed: DatabaseSchema = {
    ...v110,
    tables: Object.fromEntries(
      Object.entries(v110.tables)
        .reverse()
        .map(([k, tb]) => [k, { ...tb, columns: Object.fromEntries(Object.entries(tb.columns).reverse()) }]),
    ),
  }
  const again = _.generate(reversed, { ...options, history: [v100, v110] })
  t.deepEqual(again, E.right(generated()))
})

test('one module per table plus an index, each starting with the do-not-edit header naming schema and version', (t) => {
  const files = generated()
  t.deepEqual(files.map((f) => f.path), ['Part.ts', 'Rows_.ts', 'Thing.ts', 'index.ts'])
  for (const f of files) t.true(f.content.startsWith('// generated — do not edit: All_Types 1.1.0 (ovn-nb gen)\n'), f.path)
})

test('every column type prints as the friendly TypeScript type', (t) => {
  const thing = generated().find((f) => f.path === 'Thing.ts')!.content
  const row = thing.slice(thing.indexOf('export interface Row {'), thing.indexOf('export interface Insert {'))
  const members = [...row.matchAll(/^ {2}readonly (\w+): (.*)$/gm)].map((m) => [m[1], m[2]])
  t.deepEqual(Object.fromEntries(members), {
    _uuid: "rt.Uuid<'Thing'>",
    _version: 'rt.Uuid | undefined',
    by_slot: "ReadonlyMap<number, rt.WeakReference<'Part'>>",
    codes: "ReadonlyArray<'a0' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9'>",
    config: 'ReadonlyMap<string, string>',
    count: 'number',
    flag: 'boolean',
    ids: 'ReadonlyArray<rt.Uuid>',
    label: 'string | undefined',
    level: '1 | 2 | 3 | undefined',
    limits: "ReadonlyMap<'cpu' | 'mem', number>",
    mode: "'fast' | 'slow'",
    name: 'string',
    owner: "rt.StrongReference<'Part'>",
    parent: "rt.WeakReference<'Thing'> | undefined",
    parts: "ReadonlyArray<rt.StrongReference<'Part'>>",
    ratio: 'number',
    seen: 'number',
    switches: 'ReadonlyArray<boolean>',
    tags: 'ReadonlyArray<string>',
    watchers: "ReadonlyArray<rt.WeakReference<'Part'>>",
    weights: 'ReadonlyMap<string, number>',
  })
  // inserts take named-uuids too; updates leave out the immutable column
  t.regex(thing, /readonly parts\?: ReadonlyArray<rt\.Ref<'Part'>>/)
  const update = thing.slice(thing.indexOf('export interface Update {'), thing.indexOf('// metadata'))
  t.notRegex(update, /readonly name\?/)
  t.regex(update, /readonly count\?: number/)
})

test('column docs say type, constraints, first version and link to the table documentation', (t) => {
  const thing = generated().find((f) => f.path === 'Thing.ts')!.content
  t.true(thing.includes('`ratio`: real in 0..1.'))
  t.true(thing.includes('Since schema All_Types 1.1.0.'))
  t.true(thing.includes('`count`: integer in 0..100.'))
  t.true(thing.includes('Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).'))
  t.true(thing.includes('`label`: optional string of 1 to 8 characters.'))
  t.true(thing.includes('`weights`: map from strings to reals (1 to 4 entries).'))
  t.true(thing.includes('`watchers`: set of weak references to `Part` (0 to 4 elements).'))
  t.true(thing.includes('Immutable: set by insert only.'))
  t.true(thing.includes('Ephemeral: not written to disk.'))
  t.true(thing.includes('@see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}'))
})

test('describeColumn', (t) => {
  const ct = (type: _.ColumnIR['type']): _.ColumnIR => ({ name: 'c', type, kind: 'atom', mutable: true, ephemeral: false })
  const d = (type: _.ColumnIR['type'], kind: _.ColumnIR['kind']) => _.describeColumn({ ...ct(type), kind })
  t.is(d({ key: { type: 'integer', minInteger: 1, maxInteger: 4095 }, min: 0, max: 1 }, 'optional'), 'optional integer in 1..4095.')
  t.is(d({ key: { type: 'string' }, min: 1, max: 'unlimited' }, 'set'), 'set of strings (at least 1 element).')
  t.is(
    d({ key: { type: 'string', enum: ['from-lport', 'to-lport'] }, min: 1, max: 1 }, 'atom'),
    'string one of `"from-lport"`, `"to-lport"`.',
  )
  t.is(d({ key: { type: 'integer', maxInteger: 9 }, min: 1, max: 1 }, 'atom'), 'integer <= 9.')
})

test('buildIR: since versions from the history, tables and columns sorted, reserved names suffixed', (t) => {
  const ir = _.buildIR(v110, { history: [v100, v110] })
  if (E.isLeft(ir)) return t.fail(ir.left)
  t.deepEqual(ir.right.history, ['1.0.0', '1.1.0'])
  t.deepEqual(ir.right.tables.map((x) => [x.name, x.ident, x.since]), [
    ['Part', 'Part', '1.0.0'],
    ['Rows', 'Rows_', '1.1.0'],
    ['Thing', 'Thing', '1.0.0'],
  ])
  const thing = ir.right.tables[2]!
  t.is(thing.columns.find((c) => c.name === 'ratio')?.since, '1.1.0')
  t.is(thing.columns.find((c) => c.name === 'count')?.since, '1.0.0')
  t.deepEqual(
    thing.columns.map((c) => c.name),
    [...thing.columns.map((c) => c.name)].sort(),
  )
  // without a history nothing records a version
  const bare = _.buildIR(v110)
  t.true(E.isRight(bare) && bare.right.tables.every((x) => x.since === undefined && x.columns.every((c) => c.since === undefined)))
  // known databases link to their man page
  t.is(_.knownDocUrl('OVN_Northbound'), 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#{table}_TABLE')
  t.is(_.knownDocUrl('Nope'), undefined)
})

test('buildIR refuses tables whose modules would differ only in case', (t) => {
  const s: DatabaseSchema = {
    name: 'D',
    version: '1.0.0',
    tables: {
      Port: { name: 'Port', columns: {}, isRoot: true, indexes: [] },
      PORT: { name: 'PORT', columns: {}, isRoot: true, indexes: [] },
    },
  }
  t.true(E.isLeft(_.buildIR(s)))
})
