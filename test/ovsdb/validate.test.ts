import test from 'ava'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/validate.js'
import { decodeSchema, type DatabaseSchema } from '../../src/ovsdb/schema.js'
import type { Operation } from '../../src/ovsdb/wire/operation.js'

const nb = (() => {
  const r = decodeSchema(JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'ovn-nb-main.ovsschema'), 'utf8')))
  if (E.isLeft(r)) throw new Error('schema')
  return r.right as DatabaseSchema
})()

const problems = (ops: ReadonlyArray<Operation>) => {
  const r = _.validateOperations(nb, ops)
  return E.isLeft(r) ? r.left.problems.map((p) => [p.index, p.path, p.message] as const) : []
}

const U = '550e8400-e29b-41d4-a716-446655440000'

test('a valid transaction passes unchanged', (t) => {
  const ops: ReadonlyArray<Operation> = [
    { op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p1', addresses: ['set', ['00:00:00:00:00:01 10.0.0.1']], tag: ['set', []] }, 'uuid-name': 'p1' },
    { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0', ports: ['set', [['named-uuid', 'p1']]], external_ids: ['map', [['owner', 'me']]] } },
    { op: 'mutate', table: 'Logical_Switch', where: [['_uuid', '==', ['uuid', U]]], mutations: [['ports', 'insert', ['set', [['named-uuid', 'p1']]]], ['external_ids', 'delete', ['set', ['k']]]] },
    { op: 'update', table: 'ACL', where: [['priority', '>=', 100]], row: { priority: 1001 } },
    { op: 'wait', table: 'Logical_Switch', timeout: 0, where: [['name', '==', 'sw0']], columns: ['name'], until: '==', rows: [] },
    { op: 'select', table: 'ACL', where: [true], columns: ['match', '_uuid'] },
    { op: 'comment', comment: 'x' },
  ]
  t.deepEqual(_.validateOperations(nb, ops), E.right(ops))
})

test('unknown tables and columns name the operation index and path', (t) => {
  t.deepEqual(problems([{ op: 'comment', comment: '' }, { op: 'insert', table: 'Logical_Swich', row: {} }]), [
    [1, '[1].table', 'no table "Logical_Swich" in database OVN_Northbound'],
  ])
  t.deepEqual(problems([{ op: 'insert', table: 'Logical_Switch', row: { nme: 'sw0' } }]), [
    [0, '[0].row.nme', 'no column "nme" in table Logical_Switch'],
  ])
  t.deepEqual(problems([{ op: 'select', table: 'ACL', where: [['prio', '==', 1]], columns: ['mtch'] }]).map((p) => p[1]), [
    '[0].where[0]',
    '[0].columns[0]',
  ])
})

test('wrong types, ranges, enums and sizes', (t) => {
  const p = problems([
    { op: 'insert', table: 'ACL', row: { priority: 40000, direction: 'sideways', action: 'allow', match: 1 } },
    { op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p', tag: ['set', [1, 2]] } },
    { op: 'insert', table: 'Logical_Switch', row: { name: 'x', ports: ['set', [['uuid', 'nope']]] } },
    { op: 'insert', table: 'Logical_Switch', row: { name: 'x', external_ids: ['map', [['a', '1'], ['a', '2']]] } },
  ])
  t.deepEqual(p, [
    [0, '[0].row.priority', 'integer 40000 is greater than 32767'],
    [0, '[0].row.direction', '"sideways" is not one of "from-lport", "to-lport"'],
    [0, '[0].row.match', 'expected a string, got 1'],
    [1, '[1].row.tag', '2 elements, at most 1 allowed'],
    [2, '[2].row.ports', 'expected ["uuid", <uuid>] or ["named-uuid", <id>], got ["uuid","nope"]'],
    [3, '[3].row.external_ids', 'duplicate map key "a"'],
  ])
})

test('immutable and read-only columns', (t) => {
  const p = problems([
    { op: 'update', table: 'Logical_Switch', where: [], row: { _uuid: ['uuid', U] } },
    { op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['_version', 'insert', ['set', []]]] },
  ])
  t.deepEqual(p.map((x) => x[0]), [0, 1])
  t.regex(p[0]![2], /read-only/)
  t.regex(p[1]![2], /immutable/)
  // a schema with an immutable column: updating it is refused, inserting it is fine
  const s = decodeSchema({ name: 'D', version: '1.0.0', tables: { T: { columns: { k: { type: 'string', mutable: false } } } } })
  if (E.isLeft(s)) return t.fail()
  t.true(E.isRight(_.validateOperations(s.right, [{ op: 'insert', table: 'T', row: { k: 'a' } }])))
  const up = _.validateOperations(s.right, [{ op: 'update', table: 'T', where: [], row: { k: 'b' } }])
  t.true(E.isLeft(up) && /immutable/.test(up.left.problems[0]!.message))
})

test('condition functions and mutators must fit the column', (t) => {
  const p = problems([
    { op: 'select', table: 'Logical_Switch', where: [['name', '<', 'a']] },
    { op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['name', 'insert', 'x'], ['external_ids', '+=', 1]] },
    { op: 'mutate', table: 'ACL', where: [], mutations: [['priority', '+=', 1]] },
  ])
  t.deepEqual(p.map((x) => x[1]), ['[0].where[0]', '[1].mutations[0]', '[1].mutations[1]'])
})

test('named-uuids: declared once, used only when declared', (t) => {
  const p = problems([
    { op: 'insert', table: 'Logical_Switch', row: { name: 'a', ports: ['set', [['named-uuid', 'ghost']]] }, 'uuid-name': 'a' },
    { op: 'insert', table: 'Logical_Switch', row: { name: 'b' }, 'uuid-name': 'a' },
  ])
  t.deepEqual(p, [
    [1, '[1].uuid-name', 'duplicate uuid-name "a"'],
    [0, '[0]', 'named-uuid "ghost" is not the uuid-name of any insert in this transaction'],
  ])
})

test('checkValue: bare atom for a one-element set, set form for scalars, maps only as maps', (t) => {
  const optional = { key: { type: 'integer' as const }, min: 0, max: 1 as const }
  t.is(_.checkValue(optional, 5), undefined)
  t.is(_.checkValue(optional, ['set', []]), undefined)
  t.is(_.checkValue({ key: { type: 'string' as const }, min: 1, max: 1 }, ['set', ['a']]), undefined)
  t.regex(_.checkValue({ key: { type: 'string' as const }, min: 1, max: 1 }, ['set', []]) ?? '', /at least 1/)
  t.regex(_.checkValue({ key: { type: 'string' as const }, value: { type: 'string' as const }, min: 0, max: 'unlimited' }, 'x') ?? '', /expected \["map"/)
  t.regex(_.checkAtom({ type: 'string', maxLength: 2 }, 'héé') ?? '', /longer than 2/)
  t.is(_.checkAtom({ type: 'string', maxLength: 3 }, 'héé'), undefined)
})

test('as ovsdb-server: ordering functions on optional integers with one atom; insert mutations no larger than the column', (t) => {
  t.deepEqual(problems([{ op: 'select', table: 'Logical_Switch_Port', where: [['tag_request', '<', 6]] }]), [])
  t.deepEqual(problems([{ op: 'select', table: 'Logical_Switch_Port', where: [['tag_request', '<', ['set', []]]] }]).map((p) => p[1]), ['[0].where[0]'])
  t.deepEqual(problems([{ op: 'mutate', table: 'Logical_Switch_Port', where: [], mutations: [['tag', 'insert', ['set', [1, 2]]]] }]).map((p) => p[2]), ['2 elements, at most 1 allowed'])
  t.deepEqual(problems([{ op: 'mutate', table: 'Logical_Switch_Port', where: [], mutations: [['tag', 'insert', ['set', [1]]]] }]), [])
})

test('duplicate set elements and map keys are found in small values and large ones alike', (t) => {
  const strings = { key: { type: 'string' as const }, min: 0, max: 'unlimited' as const }
  const uuids = { key: { type: 'uuid' as const }, min: 0, max: 'unlimited' as const }
  const smap = { key: { type: 'string' as const }, value: { type: 'string' as const }, min: 0, max: 'unlimited' as const }
  const U2 = '550e8400-e29b-41d4-a716-446655440001'
  for (const n of [2, 3, 8, 9, 40]) {
    const xs = Array.from({ length: n }, (_x, i) => `e${i}`)
    t.is(_.checkValue(strings, ['set', xs]), undefined, `${n} distinct strings`)
    t.is(_.checkValue(strings, ['set', [...xs.slice(0, -1), 'e0']]), 'duplicate set element "e0"', `${n} strings, the last repeats the first`)
    const pairs = xs.map((x) => [x, 'v'] as const)
    t.is(_.checkValue(smap, ['map', pairs]), undefined, `${n} distinct keys`)
    t.is(_.checkValue(smap, ['map', [...pairs.slice(0, -1), [xs[n - 2]!, 'w']]]), `duplicate map key "${xs[n - 2]}"`, `${n} keys, the last repeats the one before`)
    const us = Array.from({ length: n }, (_x, i) => ['uuid', `550e8400-e29b-41d4-a716-${String(i).padStart(12, '0')}`] as const)
    t.is(_.checkValue(uuids, ['set', us]), undefined, `${n} distinct uuids`)
    t.regex(_.checkValue(uuids, ['set', [...us.slice(0, -1), us[0]!]]) ?? '', /^duplicate set element/, `${n} uuids, the last repeats the first`)
  }
  // atoms are compared by tag and text
  t.is(_.checkValue(uuids, ['set', [['uuid', U2], ['named-uuid', 'a'], ['named-uuid', 'b']]]), undefined)
  t.is(_.checkValue(uuids, ['set', [['named-uuid', 'a'], ['uuid', U2], ['named-uuid', 'a']]]), 'duplicate set element ["named-uuid","a"]')
})

test('strings OVSDB refuses are refused with the reason: a NUL character, a lone surrogate (high or low, alone, at the end, or reversed); a surrogate pair is fine', (t) => {
  const str = { type: 'string' as const }
  t.is(_.checkAtom(str, 'a\u0000b'), 'string "a\\u0000b" holds a NUL character (at 1), which OVSDB refuses')
  t.is(_.checkAtom(str, 'ab\ud800'), 'string "ab\\ud800" holds a lone surrogate (U+D800 at 2), which is not valid UTF-8')
  t.is(_.checkAtom(str, '\udc00x'), 'string "\\udc00x" holds a lone surrogate (U+DC00 at 0), which is not valid UTF-8')
  t.regex(_.checkAtom(str, '\ude00\ud83d') ?? '', /lone surrogate \(U\+DE00 at 0\)/)
  t.is(_.checkAtom(str, 'é😀 ok'), undefined)
  // in a map key, a set, and through checkValue
  t.regex(_.checkValue({ key: str, value: str, min: 0, max: 'unlimited' }, ['map', [['k\u0000', 'v']]]) ?? '', /^key: string .* NUL/)
  t.regex(_.checkValue({ key: str, min: 0, max: 'unlimited' }, ['set', ['ok', '\ud800']]) ?? '', /lone surrogate/)
})

test('string lengths are counted in characters (code points), as ovsdb-server counts them', (t) => {
  const short = { type: 'string' as const, minLength: 2, maxLength: 3 }
  t.is(_.checkAtom(short, 'abc'), undefined)
  t.is(_.checkAtom(short, 'é€😀'), undefined, 'three characters, one of them outside the BMP')
  t.is(_.checkAtom(short, 'abcd'), 'string "abcd" is longer than 3')
  t.is(_.checkAtom(short, '😀😀😀😀'), 'string "😀😀😀😀" is longer than 3')
  t.is(_.checkAtom(short, '😀'), 'string "😀" is shorter than 2')
  t.is(_.checkAtom(short, '\ud83d\ude00x'), undefined, 'a surrogate pair is one character')
  // enums: one of the values, nothing else
  const dir = { type: 'string' as const, enum: ['from-lport', 'to-lport'] as const }
  t.is(_.checkAtom(dir, 'to-lport'), undefined)
  t.is(_.checkAtom(dir, 'sideways'), '"sideways" is not one of "from-lport", "to-lport"')
})
