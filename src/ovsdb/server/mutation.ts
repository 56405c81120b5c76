/**
 * `mutate` mutations: parsing and execution as ovsdb-server does them
 * (`ovsdb/mutation.c`): 64-bit integer arithmetic with overflow checks, reals kept
 * finite, set/map insert (existing map keys are kept) and delete (by key or by pair),
 * then the column's size constraints.
 *
 * @internal
 * @module
 */
import {
  checkAtom,
  conforms,
  datumFromJson,
  sortUnique,
  subtract,
  typeToEnglish,
  union,
  plainBase,
  type Atom,
  type Datum,
  type Symtab,
  type Type,
} from './datum.js'
import { dbError, isDbError, syntaxError, type DbError } from './errors.js'
import type { Column, TableInfo } from './model.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The mutators. */
export type Mutator = '+=' | '-=' | '*=' | '/=' | '%=' | 'insert' | 'delete'

/** A parsed mutation. */
export interface Mutation {
  readonly column: Column
  readonly mutator: Mutator
  readonly arg: Datum
}

const MUTATORS: ReadonlySet<string> = new Set(['+=', '-=', '*=', '/=', '%=', 'insert', 'delete'])

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

const mismatch = (json: unknown, m: string, c: Column): DbError =>
  syntaxError(
    json,
    undefined,
    `Type mismatch: "${m}" operator may not be applied to column ${c.name} of type ${typeToEnglish(c.type)}.`,
  )

const parseMutation = (t: TableInfo, json: unknown, symtab: Symtab): Mutation | DbError => {
  if (!Array.isArray(json) || json.length !== 3 || typeof json[0] !== 'string' || typeof json[1] !== 'string')
    return syntaxError(json, undefined, 'Parse error in mutation.')
  const name = json[0] as string
  const column = t.byName.get(name)
  if (column === undefined) return syntaxError(json, 'unknown column', `No column ${name} in table ${t.name}.`)
  if (!column.mutable)
    return syntaxError(json, 'constraint violation', `Cannot mutate immutable column ${name} in table ${t.name}.`)
  const m = json[1] as string
  if (!MUTATORS.has(m)) return dbError('unknown mutator', `No mutator named ${m}.`)
  const ct = column.type
  const isMap = ct.value !== undefined
  const scalar = !isMap && ct.min === 1 && ct.max === 1
  let arg: Datum | DbError
  switch (m) {
    case 'insert':
    case 'delete': {
      if (scalar) return mismatch(json, m, column)
      const type: Type = { ...ct, min: 0, max: m === 'delete' ? Infinity : ct.max }
      arg = datumFromJson(type, json[2], symtab)
      if (isDbError(arg) && isMap && m === 'delete')
        arg = datumFromJson({ key: ct.key, value: undefined, min: 0, max: Infinity }, json[2], symtab)
      break
    }
    default: {
      const kt = ct.key.type
      if (isMap || (kt !== 'integer' && kt !== 'real') || (m === '%=' && kt === 'real')) return mismatch(json, m, column)
      arg = datumFromJson({ key: plainBase(kt), value: undefined, min: 1, max: 1 }, json[2], symtab)
    }
  }
  if (isDbError(arg)) return arg
  return { column, mutator: m as Mutator, arg }
}

/** Parses the `mutations` array (already known to be an array). */
export const parseMutations = (
  t: TableInfo,
  json: ReadonlyArray<unknown>,
  symtab: Symtab,
): ReadonlyArray<Mutation> | DbError => {
  const out: Mutation[] = []
  for (const j of json) {
    const m = parseMutation(t, j, symtab)
    if (isDbError(m)) return m
    out.push(m)
  }
  return out
}

// -------------------------------------------------------------------------------------
// execution
// -------------------------------------------------------------------------------------

const I64_MAX = 2n ** 63n - 1n
const I64_MIN = -(2n ** 63n)
const DBL_MAX = Number.MAX_VALUE

const rangeError = (m: Mutator): DbError => dbError('range error', `Result of "${m}" operation is out of range.`)
const domainError = (): DbError => dbError('domain error', 'Division by zero.')

const integerOp = (m: Mutator, xn: number, yn: number): number | DbError => {
  const x = BigInt(xn)
  const y = BigInt(yn)
  let r: bigint
  switch (m) {
    case '+=':
      r = x + y
      if (r > I64_MAX || r < I64_MIN) return rangeError(m)
      break
    case '-=':
      r = x - y
      if (r > I64_MAX || r < I64_MIN) return rangeError(m)
      break
    case '*=': {
      // ovsdb-server's own overflow test (Hacker's Delight), quirks included
      const over =
        x > 0n
          ? y > 0n
            ? x >= I64_MAX / y
            : y < I64_MIN / x
          : y > 0n
            ? x < I64_MIN / y
            : x !== 0n && y < I64_MAX / y
      if (over) return rangeError(m)
      r = x * y
      break
    }
    case '/=':
    case '%=':
      if (y === 0n) return domainError()
      if (x === I64_MIN && y === -1n) return rangeError(m)
      r = m === '/=' ? x / y : x % y
      break
    default:
      return xn
  }
  return Number(r)
}

const realOp = (m: Mutator, x: number, y: number): number | DbError => {
  let r: number
  switch (m) {
    case '+=':
      r = x + y
      break
    case '-=':
      r = x - y
      break
    case '*=':
      r = x * y
      break
    case '/=':
      if (y === 0) return domainError()
      r = x / y
      break
    default:
      return x
  }
  if (!(r >= -DBL_MAX && r <= DBL_MAX)) return rangeError(m)
  return r === 0 ? 0 : r
}

const scalar = (d: Datum, c: Column, m: Mutator, y: number): Datum | DbError => {
  const base = c.type.key
  const keys: Atom[] = []
  for (const k of d.keys) {
    const r = base.type === 'integer' ? integerOp(m, k as number, y) : realOp(m, k as number, y)
    if (typeof r !== 'number') return r
    keys.push(r)
  }
  for (const k of keys) {
    const e = checkAtom(k, base)
    if (e !== undefined) return e
  }
  const sorted = sortUnique(keys, undefined, base.type)
  if (sorted.keys.length !== keys.length)
    return dbError('constraint violation', `Result of "${m}" operation contains duplicates.`)
  return sorted
}

const checkCount = (d: Datum, t: Type): DbError | undefined =>
  conforms(d, t)
    ? undefined
    : dbError('constraint violation', `Attempted to store ${d.keys.length} elements in ${typeToEnglish(t)}.`)

/** Applies mutations to a row's fields (in place); the first failure is returned. */
export const applyMutations = (fields: Datum[], mutations: ReadonlyArray<Mutation>): DbError | undefined => {
  for (const m of mutations) {
    const c = m.column
    const dst = fields[c.index]!
    let r: Datum | DbError
    switch (m.mutator) {
      case 'insert':
        r = union(dst, m.arg, c.type)
        if (!isDbError(r)) {
          const e = checkCount(r, c.type)
          if (e !== undefined) return e
        }
        break
      case 'delete':
        r = subtract(dst, c.type, m.arg)
        if (!isDbError(r)) {
          const e = checkCount(r, c.type)
          if (e !== undefined) return e
        }
        break
      default:
        r = scalar(dst, c, m.mutator, m.arg.keys[0] as number)
    }
    if (isDbError(r)) return r
    fields[c.index] = r
  }
  return undefined
}
