/**
 * Transaction operations (RFC 7047 §5.2), conditions (§5.1, plus the boolean
 * conditions of OVS), mutations, and operation results, with io-ts codecs.
 *
 * @module
 */
import * as t from '../../deps/io-ts.js'
import { cappedArray } from './capped.js'
import { UuidC, type Uuid } from './atom.js'
import { RowC, ValueC, type Row, type Value } from './datum.js'

// -------------------------------------------------------------------------------------
// model: conditions and mutations
// -------------------------------------------------------------------------------------

/**
 * The functions a condition may apply. `<`, `<=`, `>=`, `>` are for integers and reals.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ConditionFunction } from 'ovn-nb/ovsdb'
 * const f: ConditionFunction = 'includes'
 */
export type ConditionFunction = '<' | '<=' | '==' | '!=' | '>=' | '>' | 'includes' | 'excludes'

/**
 * A condition of a `where` clause: `[column, function, value]`; or, in
 * monitor_cond, the constant `true` or `false`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Condition } from 'ovn-nb/ovsdb'
 * const byName: Condition = ['name', '==', 'sw0']
 */
export type Condition = readonly [column: string, fn: ConditionFunction, value: Value] | boolean

/**
 * Mutators of a `mutate` operation.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Mutator } from 'ovn-nb/ovsdb'
 * const m: Mutator = 'insert'
 */
export type Mutator = '+=' | '-=' | '*=' | '/=' | '%=' | 'insert' | 'delete'

/**
 * One mutation: `[column, mutator, value]`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { set, type Mutation } from 'ovn-nb/ovsdb'
 * const addPort: Mutation = ['ports', 'insert', set([['named-uuid', 'p1']])]
 */
export type Mutation = readonly [column: string, mutator: Mutator, value: Value]

// -------------------------------------------------------------------------------------
// model: operations
// -------------------------------------------------------------------------------------

/**
 * Insert a row; `uuid-name` lets later operations refer to it as a named-uuid; `uuid`
 * (an OVS extension) chooses the new row's UUID.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Insert } from 'ovn-nb/ovsdb'
 * const op: Insert = { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0' }, 'uuid-name': 'sw0' }
 */
export interface Insert {
  readonly op: 'insert'
  readonly table: string
  readonly row: Row
  readonly 'uuid-name'?: string
  readonly uuid?: string
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Select } from 'ovn-nb/ovsdb'
 * const op: Select = { op: 'select', table: 'Logical_Switch', where: [], columns: ['name'] }
 */
export interface Select {
  readonly op: 'select'
  readonly table: string
  readonly where: ReadonlyArray<Condition>
  readonly columns?: ReadonlyArray<string>
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Update } from 'ovn-nb/ovsdb'
 * const op: Update = { op: 'update', table: 'Logical_Switch', where: [['name', '==', 'sw0']], row: { other_config: ['map', []] } }
 */
export interface Update {
  readonly op: 'update'
  readonly table: string
  readonly where: ReadonlyArray<Condition>
  readonly row: Row
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Mutate } from 'ovn-nb/ovsdb'
 * const op: Mutate = { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', 'sw0']], mutations: [['external_ids', 'insert', ['map', [['k', 'v']]]]] }
 */
export interface Mutate {
  readonly op: 'mutate'
  readonly table: string
  readonly where: ReadonlyArray<Condition>
  readonly mutations: ReadonlyArray<Mutation>
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Delete } from 'ovn-nb/ovsdb'
 * const op: Delete = { op: 'delete', table: 'Address_Set', where: [['name', '==', 'as1']] }
 */
export interface Delete {
  readonly op: 'delete'
  readonly table: string
  readonly where: ReadonlyArray<Condition>
}

/**
 * Wait until the rows matching `where`, projected on `columns`, are (`==`) or are not
 * (`!=`) exactly `rows`. With `timeout: 0` this is a guard: the transaction fails at
 * once with `timed out` when the condition does not hold.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Wait } from 'ovn-nb/ovsdb'
 * const noSw0: Wait = { op: 'wait', table: 'Logical_Switch', timeout: 0, where: [['name', '==', 'sw0']], columns: ['name'], until: '==', rows: [] }
 */
export interface Wait {
  readonly op: 'wait'
  readonly table: string
  readonly where: ReadonlyArray<Condition>
  readonly columns: ReadonlyArray<string>
  readonly until: '==' | '!='
  readonly rows: ReadonlyArray<Row>
  readonly timeout?: number
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Commit } from 'ovn-nb/ovsdb'
 * const op: Commit = { op: 'commit', durable: false }
 */
export interface Commit {
  readonly op: 'commit'
  readonly durable: boolean
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Abort } from 'ovn-nb/ovsdb'
 * const op: Abort = { op: 'abort' }
 */
export interface Abort {
  readonly op: 'abort'
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Comment } from 'ovn-nb/ovsdb'
 * const op: Comment = { op: 'comment', comment: 'ovn-nb: apply plan 42' }
 */
export interface Comment {
  readonly op: 'comment'
  readonly comment: string
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { Assert } from 'ovn-nb/ovsdb'
 * const op: Assert = { op: 'assert', lock: 'ovn_northd' }
 */
export interface Assert {
  readonly op: 'assert'
  readonly lock: string
}

/**
 * Any operation of a `transact`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Operation } from 'ovn-nb/ovsdb'
 * const ops: ReadonlyArray<Operation> = [{ op: 'comment', comment: 'hi' }, { op: 'abort' }]
 */
export type Operation = Insert | Select | Update | Mutate | Delete | Wait | Commit | Abort | Comment | Assert

// -------------------------------------------------------------------------------------
// model: results
// -------------------------------------------------------------------------------------

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { InsertResult } from 'ovn-nb/ovsdb'
 * const r: InsertResult = { uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'] }
 */
export interface InsertResult {
  readonly uuid: Uuid
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { SelectResult } from 'ovn-nb/ovsdb'
 * const r: SelectResult = { rows: [{ name: 'sw0' }] }
 */
export interface SelectResult {
  readonly rows: ReadonlyArray<Row>
}

/**
 * The result of `update`, `mutate` and `delete`: how many rows matched.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CountResult } from 'ovn-nb/ovsdb'
 * const r: CountResult = { count: 1 }
 */
export interface CountResult {
  readonly count: number
}

/**
 * The result of `wait`, `commit`, `abort`, `comment` and `assert`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { EmptyResult } from 'ovn-nb/ovsdb'
 * const r: EmptyResult = {}
 */
export type EmptyResult = Readonly<Record<never, never>>

/**
 * The result type of one operation type.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ResultOf, Insert } from 'ovn-nb/ovsdb'
 * type R = ResultOf<Insert> // InsertResult
 */
export type ResultOf<O extends Operation> = O extends Insert
  ? InsertResult
  : O extends Select
    ? SelectResult
    : O extends Update | Mutate | Delete
      ? CountResult
      : EmptyResult

/**
 * The results of a transaction, typed element by element from its operations.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Results, Insert, Select } from 'ovn-nb/ovsdb'
 * type R = Results<readonly [Insert, Select]> // readonly [InsertResult, SelectResult]
 */
export type Results<Ops extends ReadonlyArray<Operation>> = { readonly [K in keyof Ops]: ResultOf<Ops[K]> }

/**
 * The error object the server puts in place of a failed operation's result.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ErrorResult } from 'ovn-nb/ovsdb'
 * const e: ErrorResult = { error: 'constraint violation', details: 'duplicate' }
 */
export interface ErrorResult {
  readonly error: string
  readonly details?: string
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { ConditionFunctionC } from 'ovn-nb/ovsdb'
 * ConditionFunctionC.is('<=') // true
 */
export const ConditionFunctionC: t.Type<ConditionFunction> = t.keyof({
  '<': null,
  '<=': null,
  '==': null,
  '!=': null,
  '>=': null,
  '>': null,
  includes: null,
  excludes: null,
})

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { ConditionC } from 'ovn-nb/ovsdb'
 * ConditionC.is(['name', '==', 'sw0']) // true
 * ConditionC.is(true) // true
 */
export const ConditionC: t.Type<Condition, Condition, unknown> = t.union([
  t.readonly(t.tuple([t.string, ConditionFunctionC, ValueC])),
  t.boolean,
]) as t.Type<Condition, Condition, unknown>

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { MutatorC } from 'ovn-nb/ovsdb'
 * MutatorC.is('delete') // true
 */
export const MutatorC: t.Type<Mutator> = t.keyof({
  '+=': null,
  '-=': null,
  '*=': null,
  '/=': null,
  '%=': null,
  insert: null,
  delete: null,
})

/**
 * @category codecs
 * @since 0.1.0
 * @example
 * import { MutationC } from 'ovn-nb/ovsdb'
 * MutationC.is(['tag', '+=', 1]) // true
 */
export const MutationC: t.Type<Mutation, Mutation, unknown> = t.readonly(
  t.tuple([t.string, MutatorC, ValueC]),
) as t.Type<Mutation, Mutation, unknown>

const where = t.readonlyArray(ConditionC)

const InsertC: t.Type<Insert, Insert, unknown> = t.intersection([
  t.type({ op: t.literal('insert'), table: t.string, row: RowC }),
  t.partial({ 'uuid-name': t.string, uuid: t.string }),
]) as t.Type<Insert, Insert, unknown>
const SelectC: t.Type<Select, Select, unknown> = t.intersection([
  t.type({ op: t.literal('select'), table: t.string, where }),
  t.partial({ columns: t.readonlyArray(t.string) }),
]) as t.Type<Select, Select, unknown>
const UpdateC: t.Type<Update, Update, unknown> = t.type({
  op: t.literal('update'),
  table: t.string,
  where,
  row: RowC,
})
const MutateC: t.Type<Mutate, Mutate, unknown> = t.type({
  op: t.literal('mutate'),
  table: t.string,
  where,
  mutations: t.readonlyArray(MutationC),
})
const DeleteC: t.Type<Delete, Delete, unknown> = t.type({ op: t.literal('delete'), table: t.string, where })
const WaitC: t.Type<Wait, Wait, unknown> = t.intersection([
  t.type({
    op: t.literal('wait'),
    table: t.string,
    where,
    columns: t.readonlyArray(t.string),
    until: t.keyof({ '==': null, '!=': null }),
    rows: t.readonlyArray(RowC),
  }),
  t.partial({ timeout: t.number }),
]) as t.Type<Wait, Wait, unknown>
const CommitC: t.Type<Commit, Commit, unknown> = t.type({ op: t.literal('commit'), durable: t.boolean })
const AbortC: t.Type<Abort, Abort, unknown> = t.type({ op: t.literal('abort') })
const CommentC: t.Type<Comment, Comment, unknown> = t.type({ op: t.literal('comment'), comment: t.string })
const AssertC: t.Type<Assert, Assert, unknown> = t.type({ op: t.literal('assert'), lock: t.string })

const byOp: Readonly<Record<Operation['op'], t.Type<Operation, Operation, unknown>>> = {
  insert: InsertC as t.Type<Operation, Operation, unknown>,
  select: SelectC as t.Type<Operation, Operation, unknown>,
  update: UpdateC as t.Type<Operation, Operation, unknown>,
  mutate: MutateC as t.Type<Operation, Operation, unknown>,
  delete: DeleteC as t.Type<Operation, Operation, unknown>,
  wait: WaitC as t.Type<Operation, Operation, unknown>,
  commit: CommitC as t.Type<Operation, Operation, unknown>,
  abort: AbortC as t.Type<Operation, Operation, unknown>,
  comment: CommentC as t.Type<Operation, Operation, unknown>,
  assert: AssertC as t.Type<Operation, Operation, unknown>,
}

const opOf = (u: unknown): string | undefined =>
  typeof u === 'object' && u !== null && typeof (u as { op?: unknown }).op === 'string'
    ? (u as { op: string }).op
    : undefined

/**
 * io-ts codec of any operation, dispatching on `op` so that errors name the fields of
 * the right operation rather than of every member of a union.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { OperationC } from 'ovn-nb/ovsdb'
 * OperationC.is({ op: 'abort' }) // true
 */
export const OperationC: t.Type<Operation, Operation, unknown> = new t.Type<Operation, Operation, unknown>(
  'Operation',
  (u): u is Operation => {
    const op = opOf(u)
    return op !== undefined && op in byOp && byOp[op as Operation['op']].is(u)
  },
  (u, c) => {
    const op = opOf(u)
    if (op === undefined || !(op in byOp))
      return t.failure(u, c, `expected an operation with "op" one of ${Object.keys(byOp).join(', ')}`)
    return byOp[op as Operation['op']].validate(u, c)
  },
  (a) => a,
)

/**
 * io-ts codec of an error result.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { ErrorResultC } from 'ovn-nb/ovsdb'
 * ErrorResultC.is({ error: 'timed out' }) // true
 */
export const ErrorResultC: t.Type<ErrorResult, ErrorResult, unknown> = t.intersection([
  t.type({ error: t.string }),
  t.partial({ details: t.string }),
]) as t.Type<ErrorResult, ErrorResult, unknown>

/**
 * io-ts codec of the result expected for an operation type.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import { resultCodec } from 'ovn-nb/ovsdb'
 * resultCodec('insert').is({ uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'] }) // true
 */
export const resultCodec = (op: Operation['op']): t.Type<unknown, unknown, unknown> => {
  switch (op) {
    case 'insert':
      return InsertResultC
    case 'select':
      return SelectResultC
    case 'update':
    case 'mutate':
    case 'delete':
      return CountResultC
    default:
      return EmptyResultC
  }
}

const InsertResultC = t.type({ uuid: UuidC }) as t.Type<unknown, unknown, unknown>
// rows of a select come from the server: a capped array, so a million wrong rows cost
// a count, not a million error objects
const SelectResultC = t.type({ rows: cappedArray(RowC) }) as t.Type<unknown, unknown, unknown>
const CountResultC = t.type({ count: t.number }) as t.Type<unknown, unknown, unknown>
const EmptyResultC = t.UnknownRecord as t.Type<unknown, unknown, unknown>
