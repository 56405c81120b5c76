import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/index.js'
import * as arb from './arbitraries.js'

const viaJson = <A>(a: A): unknown => JSON.parse(JSON.stringify(a))

const roundTrip = <A>(codec: { decode: (u: unknown) => E.Either<unknown, A>; encode: (a: A) => unknown }, a: A) =>
  E.map((x: A) => viaJson(codec.encode(x)))(codec.decode(viaJson(a)))

test('atoms, sets and maps round-trip through JSON and their codecs', (t) => {
  fc.assert(
    fc.property(arb.atom, (a) => t.deepEqual(roundTrip(_.AtomC, a), E.right(viaJson(a)))),
    { numRuns: 500 },
  )
  fc.assert(
    fc.property(arb.value, (v) => t.deepEqual(roundTrip(_.ValueC, v), E.right(viaJson(v)))),
    { numRuns: 500 },
  )
  fc.assert(fc.property(arb.row, (r) => t.deepEqual(roundTrip(_.RowC, r), E.right(viaJson(r)))))
})

test('operations, conditions and mutations round-trip', (t) => {
  fc.assert(
    fc.property(arb.operation, (op) => t.deepEqual(roundTrip(_.OperationC, op), E.right(viaJson(op)))),
    { numRuns: 500 },
  )
  fc.assert(fc.property(arb.condition, (c) => t.deepEqual(roundTrip(_.ConditionC, c), E.right(viaJson(c)))))
  fc.assert(fc.property(arb.mutation, (m) => t.deepEqual(roundTrip(_.MutationC, m), E.right(viaJson(m)))))
})

test('malformed atoms and values are refused', (t) => {
  for (const bad of [null, ['uuid', 'not-a-uuid'], ['named-uuid', '9x'], ['uuid'], {}, [1, 2]]) t.false(_.AtomC.is(bad), JSON.stringify(bad))
  for (const bad of [['set', [['set', []]]], ['map', [[1]]], ['map', [[1, 2, 3]]], ['set', 'x'], ['map', {}], ['bag', []]])
    t.false(_.ValueC.is(bad), JSON.stringify(bad))
})

test('a bad operation is reported with the path of the bad member', (t) => {
  const r = _.OperationC.decode({ op: 'update', table: 'T', where: [['a', '~=', 1]], row: {} })
  t.true(E.isLeft(r))
  if (E.isLeft(r)) t.true(_.toPathErrors(r.left).some((e) => e.path.startsWith('where[0]')))
  const unknown = _.OperationC.decode({ op: 'frobnicate' })
  t.true(E.isLeft(unknown) && /"op" one of/.test(unknown.left[0]?.message ?? ''))
  const row = _.RowC.decode({ ok: 1, bad: ['set', [null]] })
  t.true(E.isLeft(row))
  if (E.isLeft(row)) t.deepEqual(_.toPathErrors(row.left).map((e) => e.path), ['bad'])
})

test('update2 bodies: each row change has exactly one of initial/insert/modify/delete', (t) => {
  const u = '550e8400-e29b-41d4-a716-446655440000'
  t.true(_.TableUpdates2C.is({ T: { [u]: { insert: { a: 1 } } } }))
  t.true(_.TableUpdates2C.is({ T: { [u]: { delete: null } } }))
  t.false(_.TableUpdates2C.is({ T: { [u]: { insert: { a: 1 }, delete: null } } }))
  t.false(_.TableUpdates2C.is({ T: { 'not-a-uuid': { delete: null } } }))
  t.false(_.TableUpdates2C.is({ T: { [u]: { modify: 3 } } }))
  t.true(_.TableUpdatesC.is({ T: { [u]: { old: { a: 1 }, new: { a: 2 } } } }))
  t.false(_.TableUpdatesC.is({ T: { [u]: {} } }))
  const r = _.TableUpdates2C.decode({ T: { [u]: { nope: 1 } } })
  t.true(E.isLeft(r))
  if (E.isLeft(r)) t.is(_.toPathErrors(r.left)[0]?.path, `T.${u}`)
})

test('typed results follow the operations', (t) => {
  const ops = [
    { op: 'insert', table: 'T', row: {} },
    { op: 'select', table: 'T', where: [] },
    { op: 'delete', table: 'T', where: [] },
    { op: 'comment', comment: 'x' },
  ] as const
  const raw = [{ uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'] }, { rows: [] }, { count: 2 }, {}]
  const r = _.decodeTransactResult(ops, raw)
  t.deepEqual(r, E.right(raw))
  const failed = _.decodeTransactResult(ops, [raw[0], { error: 'constraint violation', details: 'x' }, null, null])
  t.deepEqual(failed, E.left({ _tag: 'OperationError', index: 1, op: 'select', error: 'constraint violation', details: 'x' }))
  const commit = _.decodeTransactResult(ops, [...raw, { error: 'referential integrity violation' }])
  t.deepEqual(commit, E.left({ _tag: 'OperationError', index: 4, op: 'commit', error: 'referential integrity violation' }))
  const wrong = _.decodeTransactResult(ops, [{ rows: [] }, { rows: [] }, { count: 2 }, {}])
  t.true(E.isLeft(wrong) && wrong.left._tag === 'DecodeError')
})

test('UUID strings: the 8-4-4-4-12 hex form, either case, nothing else', (t) => {
  const reference = (s: string) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s)
  for (const s of ['550e8400-e29b-41d4-a716-446655440000', '550E8400-E29B-41D4-A716-44665544000F', '550e8400-e29b-41d4-a716-44665544000g', '550e8400e-29b-41d4-a716-44665544000', '550e8400-e29b-41d4-a716-4466554400000', '', '550e8400-e29b-41d4-a716-44665544000\u0100'])
    t.is(_.isUuidString(s), reference(s), s)
  // strings of 36 characters near the form: hex digits, dashes and a few others, anywhere
  const near = fc.array(fc.constantFrom(...'0123456789abcdefABCDEF-gG:z \u00e9\u0130'), { minLength: 36, maxLength: 36 }).map((cs) => cs.join(''))
  const dashed = fc.array(fc.constantFrom(...'0123456789abcdefABCDEFgz'), { minLength: 32, maxLength: 32 }).map((cs) => `${cs.slice(0, 8).join('')}-${cs.slice(8, 12).join('')}-${cs.slice(12, 16).join('')}-${cs.slice(16, 20).join('')}-${cs.slice(20).join('')}`)
  fc.assert(fc.property(fc.oneof(near, dashed, fc.uuid(), fc.string()), (s) => _.isUuidString(s) === reference(s)), { seed: 3, numRuns: 3000 })
})
