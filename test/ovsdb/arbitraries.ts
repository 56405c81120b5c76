/** fast-check arbitraries of OVSDB wire values, shared by the wire and client tests. */
import fc from 'fast-check'
import type { Atom, Condition, Mutation, Operation, Row, Value } from '../../src/ovsdb/index.js'

export const uuidString = fc.uuid()
export const id = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,12}$/)

export const atom: fc.Arbitrary<Atom> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
  fc.string(),
  uuidString.map((u) => ['uuid', u] as const),
  id.map((n) => ['named-uuid', n] as const),
)
export const set = fc.array(atom, { maxLength: 5 }).map((xs) => ['set', xs] as const)
export const map = fc.array(fc.tuple(atom, atom), { maxLength: 5 }).map((xs) => ['map', xs] as const)
export const value: fc.Arbitrary<Value> = fc.oneof(atom, set, map)
export const row: fc.Arbitrary<Row> = fc.dictionary(id, value, { maxKeys: 5 })

const fn = fc.constantFrom('<', '<=', '==', '!=', '>=', '>', 'includes', 'excludes' as const)
export const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.tuple(id, fn, value),
  fc.boolean(),
)
export const mutation: fc.Arbitrary<Mutation> = fc.tuple(id, fc.constantFrom('+=', '-=', '*=', '/=', '%=', 'insert', 'delete' as const), value)
const where = fc.array(condition, { maxLength: 3 })

export const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), table: id, row }, { requiredKeys: ['op', 'table', 'row'] }),
  fc.record({ op: fc.constant('insert' as const), table: id, row, 'uuid-name': id, uuid: uuidString }),
  fc.record({ op: fc.constant('select' as const), table: id, where, columns: fc.array(id) }, { requiredKeys: ['op', 'table', 'where'] }),
  fc.record({ op: fc.constant('update' as const), table: id, where, row }),
  fc.record({ op: fc.constant('mutate' as const), table: id, where, mutations: fc.array(mutation, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('delete' as const), table: id, where }),
  fc.record(
    { op: fc.constant('wait' as const), table: id, where, columns: fc.array(id), until: fc.constantFrom('==', '!=' as const), rows: fc.array(row, { maxLength: 2 }), timeout: fc.nat() },
    { requiredKeys: ['op', 'table', 'where', 'columns', 'until', 'rows'] },
  ),
  fc.record({ op: fc.constant('commit' as const), durable: fc.boolean() }),
  fc.constant({ op: 'abort' as const }),
  fc.record({ op: fc.constant('comment' as const), comment: fc.string() }),
  fc.record({ op: fc.constant('assert' as const), lock: id }),
)
