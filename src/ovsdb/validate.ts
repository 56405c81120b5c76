/**
 * Checking values and whole transactions against a database schema before anything is
 * sent, the way ovsdb-server would check them, so a mistake is reported with the index
 * of the operation and the path of the value instead of a round trip later.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { isId, isNamedUuid, isUuid, type Atom } from './wire/atom.js'
import type { Value } from './wire/datum.js'
import type { Condition, Mutation, Operation } from './wire/operation.js'
import {
  columnKind,
  getColumn,
  getTable,
  type BaseType,
  type ColumnSchema,
  type ColumnType,
  type DatabaseSchema,
  type TableSchema,
} from './schema.js'
import type { InvalidOperations, OperationProblem } from './errors.js'

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

/** The length in code points (a surrogate pair counts once). */
const utf8Length = (s: string): number => {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    // a high surrogate followed by a low one: one code point
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--
        i++
      }
    }
  }
  return n
}

/** Whether `a` is one of `values` (a loop: no closure per check). */
const oneOf = (values: ReadonlyArray<unknown>, a: unknown): boolean => {
  for (let i = 0; i < values.length; i++) if (values[i] === a) return true
  return false
}

// ovsdb-server refuses a string holding U+0000, or that is not valid UTF-8 (a lone
// surrogate cannot be encoded), by dropping the connection: refused here with a reason
// one scan for the usual string; surrogates (pairs are fine) are looked at one by one
const SUSPECT = /[\0\uD800-\uDFFF]/
const unsendable = (a: string): string | undefined => {
  if (!SUSPECT.test(a)) return undefined
  const nul = a.indexOf('\0')
  if (nul >= 0) return `string ${JSON.stringify(a)} holds a NUL character (at ${nul}), which OVSDB refuses`
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < a.length && a.charCodeAt(i + 1) >= 0xdc00 && a.charCodeAt(i + 1) <= 0xdfff) i++
    else if (c >= 0xd800 && c <= 0xdfff)
      return `string ${JSON.stringify(a)} holds a lone surrogate (U+${c.toString(16).toUpperCase()} at ${i}), which is not valid UTF-8`
  }
  return undefined
}

/**
 * Why an atom does not fit a base type, or `undefined` when it does. Named-uuids are
 * accepted for `uuid` types; whether the name is declared is a transaction-level check.
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { checkAtom } from 'ovn-nb/ovsdb'
 * checkAtom({ type: 'integer', minInteger: 0, maxInteger: 32767 }, 40000) // 'integer 40000 is greater than 32767'
 */
export const checkAtom = (b: BaseType, a: unknown): string | undefined => {
  switch (b.type) {
    case 'integer':
      if (typeof a !== 'number' || !Number.isInteger(a)) return `expected an integer, got ${JSON.stringify(a)}`
      if (b.minInteger !== undefined && a < b.minInteger) return `integer ${a} is less than ${b.minInteger}`
      if (b.maxInteger !== undefined && a > b.maxInteger) return `integer ${a} is greater than ${b.maxInteger}`
      break
    case 'real':
      if (typeof a !== 'number') return `expected a real, got ${JSON.stringify(a)}`
      if (b.minReal !== undefined && a < b.minReal) return `real ${a} is less than ${b.minReal}`
      if (b.maxReal !== undefined && a > b.maxReal) return `real ${a} is greater than ${b.maxReal}`
      break
    case 'boolean':
      if (typeof a !== 'boolean') return `expected a boolean, got ${JSON.stringify(a)}`
      break
    case 'string': {
      if (typeof a !== 'string') return `expected a string, got ${JSON.stringify(a)}`
      const bad = unsendable(a)
      if (bad !== undefined) return bad
      if (b.minLength !== undefined || b.maxLength !== undefined) {
        const n = utf8Length(a)
        if (b.minLength !== undefined && n < b.minLength) return `string "${a}" is shorter than ${b.minLength}`
        if (b.maxLength !== undefined && n > b.maxLength) return `string "${a}" is longer than ${b.maxLength}`
      }
      break
    }
    case 'uuid':
      if (!isUuid(a) && !isNamedUuid(a)) return `expected ["uuid", <uuid>] or ["named-uuid", <id>], got ${JSON.stringify(a)}`
      break
  }
  if (b.enum !== undefined && !oneOf(b.enum, a))
    return `${JSON.stringify(a)} is not one of ${b.enum.map((e) => JSON.stringify(e)).join(', ')}`
  return undefined
}

const atomKey = (a: Atom): string | number | boolean =>
  typeof a === 'object' ? `${a[0]}:${a[1]}` : a

/** Whether two atoms (already checked) are the same. */
const sameAtom = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && (a as Atom[])[0] === (b as Atom[])[0] && (a as Atom[])[1] === (b as Atom[])[1])

// up to this many elements, duplicates are looked for pair by pair (no set is built)
const SMALL = 8

/** Whether the atom at `i` (checked) repeats one before it, among at most {@link SMALL}. */
const repeats = (xs: ReadonlyArray<unknown>, i: number, at: (x: unknown) => unknown): boolean => {
  const a = at(xs[i])
  for (let j = 0; j < i; j++) if (sameAtom(at(xs[j]), a)) return true
  return false
}
const itself = (x: unknown): unknown => x
const keyOfPair = (p: unknown): unknown => (p as ReadonlyArray<unknown>)[0]

/**
 * Why a value does not fit a column type, or `undefined` when it does: the wire form
 * (bare atom, `set`, `map`), the element types and constraints, the number of elements,
 * and duplicate set elements or map keys.
 *
 * @category values
 * @since 0.1.0
 * @example
 * import { checkValue } from 'ovn-nb/ovsdb'
 * checkValue({ key: { type: 'string' }, min: 0, max: 1 }, ['set', ['a', 'b']]) // '2 elements, at most 1 allowed'
 */
export const checkValue = (ct: ColumnType, v: unknown): string | undefined => {
  let n: number
  if (ct.value !== undefined) {
    if (!Array.isArray(v) || v[0] !== 'map' || !Array.isArray(v[1]) || v.length !== 2)
      return `expected ["map", [[key, value], ...]], got ${JSON.stringify(v)}`
    const pairs: ReadonlyArray<unknown> = v[1]
    const seen = pairs.length > SMALL ? new Set<string | number | boolean>() : undefined
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i]
      if (!Array.isArray(p) || p.length !== 2) return `expected a [key, value] pair, got ${JSON.stringify(p)}`
      const ek = checkAtom(ct.key, p[0])
      if (ek !== undefined) return `key: ${ek}`
      const ev = checkAtom(ct.value, p[1])
      if (ev !== undefined) return `value of key ${JSON.stringify(p[0])}: ${ev}`
      if (seen === undefined) {
        if (i > 0 && repeats(pairs, i, keyOfPair)) return `duplicate map key ${JSON.stringify(p[0])}`
      } else {
        const k = atomKey(p[0] as Atom)
        if (seen.has(k)) return `duplicate map key ${JSON.stringify(p[0])}`
        seen.add(k)
      }
    }
    n = pairs.length
  } else if (Array.isArray(v) && v[0] === 'set') {
    if (v.length !== 2 || !Array.isArray(v[1])) return `expected ["set", [...]], got ${JSON.stringify(v)}`
    const xs: ReadonlyArray<unknown> = v[1]
    const seen = xs.length > SMALL ? new Set<string | number | boolean>() : undefined
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]
      const e = checkAtom(ct.key, x)
      if (e !== undefined) return e
      if (seen === undefined) {
        if (i > 0 && repeats(xs, i, itself)) return `duplicate set element ${JSON.stringify(x)}`
      } else {
        const k = atomKey(x as Atom)
        if (seen.has(k)) return `duplicate set element ${JSON.stringify(x)}`
        seen.add(k)
      }
    }
    n = xs.length
  } else {
    const e = checkAtom(ct.key, v)
    if (e !== undefined) return e
    n = 1
  }
  if (n < ct.min) return `${n} elements, at least ${ct.min} required`
  if (ct.max !== 'unlimited' && n > ct.max) return `${n} elements, at most ${ct.max} allowed`
  return undefined
}

// -------------------------------------------------------------------------------------
// operations
// -------------------------------------------------------------------------------------

const relaxed = (ct: ColumnType): ColumnType => ({ ...ct, min: 0, max: 'unlimited' })
const ORDERED = new Set(['<', '<=', '>', '>='])
const ARITH = new Set(['+=', '-=', '*=', '/=', '%='])

class Problems {
  readonly list: OperationProblem[] = []
  constructor(readonly index: number) {}
  add(path: string, message: string): void {
    this.list.push({ index: this.index, path: `[${this.index}]${path === '' ? '' : `.${path}`}`, message })
  }
}

const collectNamed = (v: Value, out: Set<string>): void => {
  if (!Array.isArray(v)) return
  if (v[0] === 'named-uuid') out.add(v[1] as string)
  else if (v[0] === 'set') for (const x of v[1] as ReadonlyArray<Atom>) collectNamed(x, out)
  else if (v[0] === 'map')
    for (const [k, x] of v[1] as ReadonlyArray<readonly [Atom, Atom]>) {
      collectNamed(k, out)
      collectNamed(x, out)
    }
}

const column = (p: Problems, t: TableSchema, name: unknown, path: string): ColumnSchema | undefined => {
  if (typeof name !== 'string') {
    p.add(path, 'expected a column name')
    return undefined
  }
  const c = getColumn(t, name)
  if (c === undefined) p.add(path, `no column "${name}" in table ${t.name}`)
  return c
}

const checkRow = (
  p: Problems,
  t: TableSchema,
  row: unknown,
  path: string,
  mode: 'insert' | 'update' | 'wait',
  named: Set<string>,
): void => {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    p.add(path, 'expected a row object')
    return
  }
  for (const name in row) {
    const v: unknown = (row as Record<string, unknown>)[name]
    const c = getColumn(t, name)
    // the path is only built when there is something to report
    if (c === undefined) column(p, t, name, `${path}.${name}`)
    else if (mode !== 'wait' && (name === '_uuid' || name === '_version')) p.add(`${path}.${name}`, `column ${name} is read-only`)
    else if (mode === 'update' && !c.mutable)
      p.add(`${path}.${name}`, `column ${t.name}.${name} is immutable: it can only be set by insert`)
    else {
      const e = checkValue(c.type, v)
      if (e !== undefined) p.add(`${path}.${name}`, e)
      else collectNamed(v as Value, named)
    }
  }
}

const checkWhere = (p: Problems, t: TableSchema, where: unknown, named: Set<string>): void => {
  if (!Array.isArray(where)) {
    p.add('where', 'expected an array of conditions')
    return
  }
  ;(where as ReadonlyArray<Condition>).forEach((cond, i) => {
    const path = `where[${i}]`
    if (typeof cond === 'boolean') return
    if (!Array.isArray(cond) || cond.length !== 3) {
      p.add(path, 'expected [column, function, value] or a boolean')
      return
    }
    const [name, fn, v] = cond
    const c = column(p, t, name, path)
    if (c === undefined) return
    const kind = columnKind(c.type)
    if (ORDERED.has(fn)) {
      // ovsdb-server allows them on scalar and optional integers and reals, with one atom
      if ((kind !== 'atom' && kind !== 'optional') || (c.type.key.type !== 'integer' && c.type.key.type !== 'real')) {
        p.add(path, `function ${fn} is only for integer and real columns, not ${t.name}.${name}`)
        return
      }
      const e = checkValue({ key: { type: c.type.key.type }, min: 1, max: 1 }, v)
      if (e !== undefined) p.add(path, e)
      return
    } else if (fn !== '==' && fn !== '!=' && fn !== 'includes' && fn !== 'excludes') {
      p.add(path, `unknown function ${JSON.stringify(fn)}`)
      return
    }
    const ct = fn === 'includes' || fn === 'excludes' ? relaxed(c.type) : c.type
    const e = checkValue(ct, v)
    if (e !== undefined) p.add(path, e)
    else collectNamed(v, named)
  })
}

const checkMutation = (p: Problems, t: TableSchema, m: Mutation, path: string, named: Set<string>): void => {
  if (!Array.isArray(m) || m.length !== 3) {
    p.add(path, 'expected [column, mutator, value]')
    return
  }
  const [name, mutator, v] = m
  const c = column(p, t, name, path)
  if (c === undefined) return
  if (!c.mutable || name === '_uuid' || name === '_version') {
    p.add(path, `column ${t.name}.${name} is immutable`)
    return
  }
  const kind = columnKind(c.type)
  let e: string | undefined
  if (ARITH.has(mutator)) {
    const ty = c.type.key.type
    if (kind === 'map' || (ty !== 'integer' && ty !== 'real'))
      e = `mutator ${mutator} needs an integer or real column, ${t.name}.${name} is not`
    else if (mutator === '%=' && ty !== 'integer') e = 'mutator %= needs an integer column'
    else {
      const b: BaseType = { type: ty }
      e = checkAtom(b, v)
    }
  } else if (mutator === 'insert' || mutator === 'delete') {
    if (kind === 'atom') e = `mutator ${mutator} needs a set or map column, ${t.name}.${name} is a scalar`
    else if (mutator === 'delete' && kind === 'map' && Array.isArray(v) && v[0] === 'set')
      // deleting by keys: a set of keys
      e = checkValue({ key: c.type.key, min: 0, max: 'unlimited' }, v)
    // the argument may hold fewer elements than the column needs, but not more than it allows
    else e = checkValue({ ...c.type, min: 0 }, v)
  } else e = `unknown mutator ${JSON.stringify(mutator)}`
  if (e !== undefined) p.add(path, e)
  else collectNamed(v, named)
}

const checkColumns = (p: Problems, t: TableSchema, cols: unknown, path: string): void => {
  if (!Array.isArray(cols)) {
    p.add(path, 'expected an array of column names')
    return
  }
  cols.forEach((c, i) => column(p, t, c, `${path}[${i}]`))
}

/**
 * Checks every operation of a transaction against the schema and returns them
 * unchanged, or every problem found, each with the operation's index and the path of
 * the bad part: unknown tables and columns, values of the wrong type or out of range,
 * immutable or read-only columns written, ordering functions on non-numeric columns,
 * mutators that do not fit the column, duplicate or undeclared named-uuids.
 *
 * @category operations
 * @since 0.1.0
 * @example
 * import { validateOperations, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * validateOperations(nb, [{ op: 'insert', table: 'Logical_Switch', row: { nme: 'sw0' } }])
 * // Left({ _tag: 'InvalidOperations', problems: [{ index: 0, path: '[0].row.nme', message: 'no column "nme" in table Logical_Switch' }] })
 */
export const validateOperations = <Ops extends ReadonlyArray<Operation>>(
  schema: DatabaseSchema,
  ops: Ops,
): E.Either<InvalidOperations, Ops> => {
  const problems: OperationProblem[] = []
  const declared = new Set<string>()
  const used: Array<readonly [number, Set<string>]> = []
  if (!Array.isArray(ops))
    return E.left({ _tag: 'InvalidOperations', database: schema.name, problems: [{ index: -1, path: '', message: 'expected an array of operations' }] })
  for (let i = 0; i < ops.length; i++) {
    const p = new Problems(i)
    const named = new Set<string>()
    validateOne(schema, ops[i] as Operation, p, named, declared)
    problems.push(...p.list)
    if (named.size > 0) used.push([i, named])
  }
  for (const [i, names] of used)
    for (const n of names)
      if (!declared.has(n))
        problems.push({ index: i, path: `[${i}]`, message: `named-uuid "${n}" is not the uuid-name of any insert in this transaction` })
  return problems.length === 0
    ? E.right(ops)
    : E.left({ _tag: 'InvalidOperations', database: schema.name, problems })
}

const validateOne = (
  schema: DatabaseSchema,
  op: Operation,
  p: Problems,
  named: Set<string>,
  declared: Set<string>,
): void => {
  if (typeof op !== 'object' || op === null) {
    p.add('', 'expected an operation object')
    return
  }
  switch (op.op) {
    case 'commit':
      if (typeof op.durable !== 'boolean') p.add('durable', 'expected a boolean')
      return
    case 'abort':
      return
    case 'comment':
      if (typeof op.comment !== 'string') p.add('comment', 'expected a string')
      return
    case 'assert':
      if (typeof op.lock !== 'string') p.add('lock', 'expected a lock name')
      return
    case 'insert':
    case 'select':
    case 'update':
    case 'mutate':
    case 'delete':
    case 'wait':
      break
    default:
      p.add('op', `unknown operation ${JSON.stringify((op as { op: unknown }).op)}`)
      return
  }
  const t = getTable(schema, op.table)
  if (t === undefined) {
    p.add('table', `no table "${op.table}" in database ${schema.name}`)
    return
  }
  switch (op.op) {
    case 'insert': {
      checkRow(p, t, op.row, 'row', 'insert', named)
      const name = op['uuid-name']
      if (name !== undefined) {
        if (typeof name !== 'string' || !isId(name)) p.add('uuid-name', `invalid uuid-name ${JSON.stringify(name)}`)
        else if (declared.has(name)) p.add('uuid-name', `duplicate uuid-name "${name}"`)
        else declared.add(name)
      }
      if (op.uuid !== undefined && !isUuid(['uuid', op.uuid])) p.add('uuid', `invalid uuid ${JSON.stringify(op.uuid)}`)
      return
    }
    case 'select':
      checkWhere(p, t, op.where, named)
      if (op.columns !== undefined) checkColumns(p, t, op.columns, 'columns')
      return
    case 'update':
      checkWhere(p, t, op.where, named)
      checkRow(p, t, op.row, 'row', 'update', named)
      return
    case 'mutate':
      checkWhere(p, t, op.where, named)
      if (!Array.isArray(op.mutations)) p.add('mutations', 'expected an array of mutations')
      else op.mutations.forEach((m, i) => checkMutation(p, t, m, `mutations[${i}]`, named))
      return
    case 'delete':
      checkWhere(p, t, op.where, named)
      return
    case 'wait': {
      checkWhere(p, t, op.where, named)
      checkColumns(p, t, op.columns, 'columns')
      if (op.until !== '==' && op.until !== '!=') p.add('until', 'expected "==" or "!="')
      if (op.timeout !== undefined && (typeof op.timeout !== 'number' || op.timeout < 0))
        p.add('timeout', 'expected a non-negative number of milliseconds')
      if (!Array.isArray(op.rows)) p.add('rows', 'expected an array of rows')
      else
        op.rows.forEach((r, i) => {
          checkRow(p, t, r, `rows[${i}]`, 'wait', named)
          if (Array.isArray(op.columns))
            for (const k of Object.keys(r))
              if (!op.columns.includes(k)) p.add(`rows[${i}].${k}`, `column ${k} is not in the wait's columns`)
        })
      return
    }
  }
}
