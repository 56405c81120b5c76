/**
 * fast-check arbitraries derived from a schema: valid wire values of a column type
 * (every wire form: bare atoms, one-element sets, sets, maps), wire rows of a table
 * (some columns missing, unknown columns added), and arbitrary OVSDB values for
 * negative tests.
 */
import fc from 'fast-check'
import type { Atom, BaseType, ColumnType } from '../../src/ovsdb/index.js'
import { checkAtom, columnKind } from '../../src/ovsdb/index.js'
import type { ColumnModel, TableModel } from '../../src/codegen/runtime.js'

const key = (a: unknown): string => JSON.stringify(a)

const LIMIT = 2 ** 40

export const atomArb = (b: BaseType): fc.Arbitrary<Atom> => {
  if (b.enum !== undefined) {
    const { enum: e, ...plain } = b
    const ok = e.filter((a) => checkAtom(plain, a) === undefined)
    return fc.constantFrom(...ok)
  }
  switch (b.type) {
    case 'integer':
      return fc.integer({ min: Math.max(b.minInteger ?? -LIMIT, -LIMIT), max: Math.min(b.maxInteger ?? LIMIT, LIMIT) })
    case 'real':
      return fc
        .double({ min: b.minReal ?? -1e9, max: b.maxReal ?? 1e9, noNaN: true, noDefaultInfinity: true })
        .filter((d) => !Object.is(d, -0))
    case 'boolean':
      return fc.boolean()
    case 'string':
      // strings ovsdb-server accepts: no NUL, no lone surrogate (it drops the connection)
      return fc
        .string({ unit: 'binary', minLength: b.minLength ?? 0, maxLength: Math.min(b.maxLength ?? 12, 12) })
        .filter((s) => !s.includes('\u0000') && !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))
    case 'uuid':
      return fc.uuid().map((u) => ['uuid', u] as const)
  }
}

const capped = (ct: ColumnType): number => (ct.max === 'unlimited' ? 5 : Math.min(ct.max, 5))

/** Valid wire values of a column type, in every wire form. */
export const wireValueArb = (ct: ColumnType): fc.Arbitrary<unknown> => {
  const atom = atomArb(ct.key)
  switch (columnKind(ct)) {
    case 'atom':
      return fc.oneof(atom, atom.map((a) => ['set', [a]]))
    case 'optional':
      return fc.oneof(atom, fc.constant(['set', []]), atom.map((a) => ['set', [a]]))
    case 'set':
      return fc
        .uniqueArray(atom, { minLength: ct.min, maxLength: capped(ct), selector: key })
        .chain((xs) => (xs.length === 1 ? fc.constantFrom<unknown>(['set', xs], xs[0]) : fc.constant(['set', xs])))
    case 'map':
      return fc
        .uniqueArray(fc.tuple(atom, atomArb(ct.value!)), { minLength: ct.min, maxLength: capped(ct), selector: (p) => key(p[0]) })
        .map((ps) => ['map', ps])
  }
}

/** Valid wire rows of a table: `_uuid`, sometimes `_version`, some columns left out, unknown columns added. */
export const wireRowArb = (table: TableModel): fc.Arbitrary<Record<string, unknown>> => {
  const cols = Object.values<ColumnModel>(table.columns)
  const shape: Record<string, fc.Arbitrary<unknown>> = {
    _uuid: fc.uuid().map((u) => ['uuid', u]),
    _version: fc.uuid().map((u) => ['uuid', u]),
    zz_future_column: fc.oneof(fc.integer(), fc.string(), fc.constant(['map', [['k', 'v']]])),
  }
  for (const c of cols) shape[c.name] = wireValueArb(c.type)
  return fc.record(shape, { requiredKeys: ['_uuid', ...cols.filter((_, i) => i % 3 !== 0).map((c) => c.name)] })
}

const anyAtom: fc.Arbitrary<Atom> = fc.oneof(
  fc.integer({ min: -5000, max: 5000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
  fc.constantFrom('', 'a', 'fast', 'cpu', 'a3', 'too long a string', 'x'),
  fc.uuid().map((u) => ['uuid', u] as const),
  fc.constantFrom(['named-uuid', 'row1'] as const),
)

/**
 * Arbitrary values, most of them wrong for a given column: atoms of every type, sets
 * (with distinct elements: decoders do not look for duplicate set elements) and maps,
 * and a few malformed shapes.
 */
export const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  anyAtom,
  fc.uniqueArray(anyAtom, { maxLength: 6, selector: key }).map((xs) => ['set', xs]),
  fc.uniqueArray(fc.tuple(anyAtom, anyAtom), { maxLength: 4, selector: (p) => key(p[0]) }).map((ps) => ['map', ps]),
  fc.constantFrom<unknown>(null, {}, ['set'], ['map', [['k']]], ['uuid', 'not-a-uuid'], [1, 2], ['set', 'x']),
)
