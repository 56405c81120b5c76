/**
 * Property tests of generated row codecs, on every table of the committed NB model and
 * of the golden all-types model, with arbitraries derived from the schema. The generic
 * column codecs and `checkValue` of the ovsdb layer serve as oracles for the
 * specialized decoders.
 */
import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { isDeepStrictEqual } from 'node:util'
import { checkValue } from '../../src/ovsdb/index.js'
import type { ColumnModel, DatabaseModel, RowType, TableModel } from '../../src/codegen/runtime.js'
import * as rt from '../../src/codegen/runtime.js'
import * as NB from '../../src/nb/generated/index.js'
import * as AT from './golden/all-types/index.js'
import { anyValueArb, wireRowArb } from './arbitrary.js'

type AnyRow = { readonly _uuid: rt.Uuid<string> } & Readonly<Record<string, unknown>>

const models: ReadonlyArray<readonly [DatabaseModel, Readonly<Record<string, RowType<AnyRow>>>]> = [
  [NB.model, NB.codecs as unknown as Record<string, RowType<AnyRow>>],
  [AT.model, AT.codecs as unknown as Record<string, RowType<AnyRow>>],
]

const each = (f: (table: TableModel, codec: RowType<AnyRow>, db: string) => void): void => {
  for (const [m, codecs] of models)
    for (const table of Object.values<TableModel>(m.tables)) f(table, codecs[table.name]!, m.name)
}

const columns = (t: TableModel): ReadonlyArray<ColumnModel> => Object.values<ColumnModel>(t.columns)

const right = <A>(r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left, (_k, v: unknown) => (typeof v === 'function' ? undefined : v)))
  return r.right
}

test('decoding valid wire rows agrees with the generic column codecs, defaults and ignores unknown columns', (t) => {
  each((table, codec) => {
    fc.assert(
      fc.property(wireRowArb(table), (w) => {
        const row = right(codec.decode(w))
        if (!isDeepStrictEqual(row._uuid, w['_uuid']) || !isDeepStrictEqual(row['_version'], w['_version'])) return false
        if ('zz_future_column' in row) return false
        for (const c of columns(table)) {
          const expected = w[c.name] === undefined ? c.default : right(c.codec.decode(w[c.name]))
          if (!isDeepStrictEqual(row[c.name], expected)) return false
        }
        return Object.keys(row).length === columns(table).length + 2
      }),
      { numRuns: 60 },
    )
  })
  t.pass()
})

test('round trip: encode gives server-valid wire values, and decode(encode(row)) is the row', (t) => {
  each((table, codec) => {
    fc.assert(
      fc.property(wireRowArb(table), (w) => {
        const row = right(codec.decode(w))
        const wire = codec.encode(row)
        for (const c of columns(table)) if (checkValue(c.type, wire[c.name]) !== undefined) return false
        return codec.is(row) && isDeepStrictEqual(right(codec.decode(wire)), row)
      }),
      { numRuns: 60 },
    )
  })
  t.pass()
})

test('decodeWithUuid (monitor rows) is decode with the uuid from outside', (t) => {
  each((table, codec) => {
    fc.assert(
      fc.property(wireRowArb(table), (w) => {
        const { _uuid, ...rest } = w
        const id = (_uuid as rt.Uuid)[1]
        return isDeepStrictEqual(codec.decodeWithUuid(id, rest), codec.decode(w))
      }),
      { numRuns: 20 },
    )
  })
  t.pass()
})

test('a column with any other value is accepted exactly when checkValue accepts it, and the error names the column', (t) => {
  each((table, codec) => {
    const cols = columns(table)
    if (cols.length === 0) return
    fc.assert(
      fc.property(wireRowArb(table), fc.constantFrom(...cols), anyValueArb, (w, c, v) => {
        const r = codec.decode({ ...w, [c.name]: v })
        const ok = v === undefined || rt.explainValue(c.type, v, false) === undefined
        if (ok) return E.isRight(r)
        return E.isLeft(r) && r.left.some((e) => e.context.some((x) => x.key === c.name) && e.message !== 'invalid row')
      }),
      { numRuns: 150 },
    )
  })
  t.pass()
})

test('rows without a valid _uuid are refused', (t) => {
  each((table, codec) => {
    t.true(E.isLeft(codec.decode({})), table.name)
    t.true(E.isLeft(codec.decode({ _uuid: ['uuid', 'nope'] })), table.name)
    t.true(E.isLeft(codec.decode({ _uuid: ['named-uuid', 'x'] })), table.name)
    t.true(E.isLeft(codec.decode(['not', 'a', 'row'])), table.name)
  })
})

test('insert and update codecs: present columns only, named-uuids accepted, immutable and unknown columns refused', (t) => {
  const thing = AT.Thing
  const insert: AT.Thing.Insert = {
    name: 'a',
    parts: [['named-uuid', 'p1'] as rt.NamedUuid<'Part'>],
    level: undefined,
    limits: new Map([['cpu', 3]]),
  }
  const wire = thing.InsertC.encode(insert)
  t.deepEqual(wire, { name: 'a', parts: ['set', [['named-uuid', 'p1']]], level: ['set', []], limits: ['map', [['cpu', 3]]] })
  t.deepEqual(thing.InsertC.decode(wire), E.right(insert))
  t.true(thing.InsertC.is(insert))
  const up = thing.UpdateC.decode({ name: 'b', count: 1 })
  t.true(E.isLeft(up) && up.left.some((e) => e.message === 'column Thing.name is immutable'))
  const unknown = thing.InsertC.decode({ nme: 'x' })
  t.true(E.isLeft(unknown) && unknown.left.some((e) => e.message === 'no column "nme" in table Thing'))
  const range = thing.UpdateC.decode({ count: 101 })
  t.true(E.isLeft(range) && range.left.some((e) => e.message === 'integer 101 is greater than 100'))
  // row codecs, unlike insert codecs, refuse named-uuids
  t.true(E.isLeft(thing.RowC.decode({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], owner: ['named-uuid', 'p'] })))
})

test('defaults of columns a row does not carry stay inside the column constraints', (t) => {
  each((table) => {
    for (const c of columns(table)) {
      const wire = c.codec.encode(c.default)
      t.is(checkValue(c.type, wire), undefined, `${table.name}.${c.name}`)
    }
  })
})

test('metadata: kind, since, mutability and references of every column', (t) => {
  const acl = NB.ACL.table.columns
  t.is(acl.tier.since, '7.3.0')
  t.is(acl.priority.since, '7.0.0')
  t.is(NB.Logical_Switch_Port.table.columns.tag.kind, 'optional')
  t.deepEqual(NB.Logical_Switch_Port.table.columns.dhcpv4_options.refs, [{ table: 'DHCP_Options', type: 'weak', position: 'key' }])
  t.deepEqual(NB.Logical_Switch.table.columns.ports.refs, [{ table: 'Logical_Switch_Port', type: 'strong', position: 'key' }])
  t.is(NB.model.version, '7.19.0')
  t.is(NB.model.tables.Logical_Switch_Port_Health_Check.since, '7.18.0')
  t.false(AT.Thing.table.columns.name.mutable)
  t.true(AT.Thing.table.columns.seen.ephemeral)
  t.deepEqual(AT.Thing.table.columns.by_slot.refs, [{ table: 'Part', type: 'weak', position: 'value' }])
  t.is(AT.Part.table.maxRows, 100)
  // every table and column of the NB model records a version, each one of the vendored schemas
  const versions = new Set(['7.0.0', '7.3.0', '7.6.0', '7.11.0', '7.12.0', '7.18.0', '7.19.0'])
  for (const tm of Object.values<TableModel>(NB.model.tables)) {
    t.true(versions.has(tm.since ?? ''), tm.name)
    for (const c of columns(tm)) t.true(versions.has(c.since ?? ''), `${tm.name}.${c.name}`)
  }
})

test('modelSchema gives back a schema usable for validation', (t) => {
  const s = rt.modelSchema(NB.model)
  t.is(s.version, '7.19.0')
  t.deepEqual(s.tables['Logical_Switch_Port']?.indexes, [['name']])
  t.deepEqual(s.tables['ACL']?.columns['tier']?.type, NB.ACL.table.columns.tier.type)
})
