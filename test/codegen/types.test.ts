/**
 * Compile-time tests of generated types on the golden all-types model: each
 * `@ts-expect-error` line must be an error, or the build fails. The runtime
 * assertions check the same values through the codecs.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { namedUuid, uuid } from '../../src/ovsdb/index.js'
import * as AT from './golden/all-types/index.js'

const part = uuid<'Part'>('550e8400-e29b-41d4-a716-446655440000')
const thingId = uuid<'Thing'>('650e8400-e29b-41d4-a716-446655440000')

test('insert: every column optional, typed values, references by target table, named-uuids allowed', (t) => {
  const ok: AT.Thing.Insert = {
    name: 'a',
    mode: 'fast',
    level: 2,
    owner: part,
    parts: [part, namedUuid<'Part'>('new_part')],
    parent: thingId,
    limits: new Map([['cpu', 1]]),
    by_slot: new Map([[0, part]]),
    codes: ['a0', 'a9'],
  }
  const empty: AT.Thing.Insert = {}
  // @ts-expect-error unknown column
  const typo: AT.Thing.Insert = { nmae: 'a' }
  // @ts-expect-error wrong value type
  const wrongType: AT.Thing.Insert = { count: '3' }
  // @ts-expect-error not one of the enum values
  const wrongEnum: AT.Thing.Insert = { mode: 'medium' }
  // @ts-expect-error integer enum
  const wrongLevel: AT.Thing.Insert = { level: 4 }
  // @ts-expect-error a reference to Thing where Part is wanted
  const wrongRef: AT.Thing.Insert = { owner: thingId }
  // @ts-expect-error a named-uuid of another table
  const wrongNamed: AT.Thing.Insert = { parts: [namedUuid<'Thing'>('t')] }
  // @ts-expect-error map keys are typed
  const wrongKey: AT.Thing.Insert = { limits: new Map([['disk', 1]]) }
  // @ts-expect-error sets are arrays, not single values
  const notASet: AT.Thing.Insert = { tags: 'x' }
  // @ts-expect-error _uuid is read-only: not part of an insert
  const withUuid: AT.Thing.Insert = { _uuid: thingId }
  // @ts-expect-error only optional columns take undefined
  const undefinedAtom: AT.Thing.Insert = { count: undefined }
  const clear: AT.Thing.Insert = { level: undefined, parent: undefined }
  void [typo, wrongType, wrongEnum, wrongLevel, wrongRef, wrongNamed, wrongKey, notASet, withUuid, undefinedAtom]
  t.true(AT.Thing.InsertC.is(ok))
  t.true(AT.Thing.InsertC.is(empty))
  t.true(AT.Thing.InsertC.is(clear))
  t.false(AT.Thing.InsertC.is({ mode: 'medium' }))
})

test('update: mutable columns only', (t) => {
  const ok: AT.Thing.Update = { count: 3, tags: ['x'] }
  // @ts-expect-error name is immutable
  const immutable: AT.Thing.Update = { name: 'b' }
  void immutable
  t.true(E.isRight(AT.Thing.UpdateC.decode(AT.Thing.UpdateC.encode(ok))))
  t.true(E.isLeft(AT.Thing.UpdateC.decode({ name: 'b' })))
})

test('rows: read-only, every column present, friendly types', (t) => {
  const r = AT.Thing.RowC.decode({ _uuid: thingId, name: 'a', parts: ['set', [part]], owner: part })
  if (E.isLeft(r)) return t.fail()
  const row: AT.Thing.Row = r.right
  const mutate = (): void => {
    // @ts-expect-error rows are read-only
    row.count = 4
  }
  // @ts-expect-error no such column
  void row.nmae
  const n: number = row.count
  const lvl: 1 | 2 | 3 | undefined = row.level
  const owner: AT.Thing.Row['owner'] = part
  // @ts-expect-error a Part reference is not a Thing reference
  const id: AT.Thing.Row['_uuid'] = part
  const byTable: AT.Rows['Thing'] = row
  void [n, lvl, owner, id, byTable, mutate]
  t.is(row.count, 0)
  t.deepEqual(row.parts, [part])
  t.is(row.mode, 'fast')
})

test('the index maps table names to types and metadata', (t) => {
  const names: ReadonlyArray<AT.TableName> = ['Thing', 'Part', 'Rows']
  // @ts-expect-error not a table
  const nope: AT.TableName = 'Nope'
  void nope
  t.deepEqual(names.map((n) => AT.model.tables[n].name), ['Thing', 'Part', 'Rows'])
  t.is(AT.codecs.Rows, AT.Rows_.RowC)
})
