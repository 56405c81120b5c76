/**
 * `where` clauses: parsing (with ovsdb-server's messages) and evaluation. A transaction's
 * `where` is a conjunction; a monitor's `where` is a disjunction (empty: every row).
 *
 * @internal
 * @module
 */
import {
  compareAtoms,
  datumEquals,
  datumFromJson,
  excludesAll,
  includesAll,
  typeToEnglish,
  type Datum,
  type Symtab,
  type Type,
} from './datum.js'
import { dbError, isDbError, syntaxError, type DbError } from './errors.js'
import { fieldOf, UUID_INDEX, type Column, type Row, type TableInfo } from './model.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** The functions of a clause. */
export type Func = '<' | '<=' | '==' | '!=' | '>=' | '>' | 'includes' | 'excludes'

/** One clause: a constant, or a column compared with a value. */
export type Clause =
  | { readonly kind: 'const'; readonly value: boolean }
  | { readonly kind: 'cmp'; readonly column: Column; readonly fn: Func; readonly arg: Datum }

/** A parsed `where`. */
export interface Condition {
  readonly clauses: ReadonlyArray<Clause>
  /** A UUID that every matching row must have (`_uuid == X`), for a direct lookup. */
  readonly uuid: string | undefined
}

const FUNCS: ReadonlySet<string> = new Set(['<', '<=', '==', '!=', '>=', '>', 'includes', 'excludes'])
const ORDERED: ReadonlySet<string> = new Set(['<', '<=', '>=', '>'])

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

const parseClause = (t: TableInfo, json: unknown, symtab: Symtab | undefined): Clause | DbError => {
  if (json === true || json === false) return { kind: 'const', value: json }
  if (!Array.isArray(json) || json.length !== 3 || typeof json[0] !== 'string' || typeof json[1] !== 'string')
    return syntaxError(json, undefined, 'Parse error in condition.')
  const name = json[0] as string
  const column = t.byName.get(name)
  if (column === undefined) return syntaxError(json, 'unknown column', `No column ${name} in table ${t.name}.`)
  const fn = json[1] as string
  if (!FUNCS.has(fn)) return dbError('unknown function', `No function named ${fn}.`)
  const ct = column.type
  let type: Type = ct
  const scalar = ct.value === undefined && ct.min === 1 && ct.max === 1
  const optionalScalar = ct.value === undefined && ct.min === 0 && ct.max === 1
  if (ORDERED.has(fn)) {
    if (!(scalar || optionalScalar) || (ct.key.type !== 'integer' && ct.key.type !== 'real'))
      return syntaxError(
        json,
        undefined,
        `Type mismatch: "${fn}" operator may not be applied to column ${name} of type ${typeToEnglish(ct)}.`,
      )
    type = { ...ct, min: 1, max: 1 }
  } else if (fn === 'excludes') {
    if (!scalar) type = { ...ct, min: 0, max: Infinity }
  } else if (fn === 'includes') {
    if (!scalar) type = { ...ct, min: 0 }
  }
  const arg = datumFromJson(type, json[2], symtab)
  if (isDbError(arg)) return arg
  return { kind: 'cmp', column, fn: fn as Func, arg }
}

/** Parses a `where` array (already known to be an array). */
export const parseCondition = (
  t: TableInfo,
  json: ReadonlyArray<unknown>,
  symtab: Symtab | undefined,
): Condition | DbError => {
  const clauses: Clause[] = []
  let uuid: string | undefined
  for (const c of json) {
    const clause = parseClause(t, c, symtab)
    if (isDbError(clause)) return clause
    clauses.push(clause)
    if (clause.kind === 'cmp' && clause.fn === '==' && clause.column.index === UUID_INDEX)
      uuid = clause.arg.keys[0] as string
  }
  return { clauses, uuid }
}

/** The condition of an absent `where`. */
export const TRUE_CONDITION: Condition = { clauses: [], uuid: undefined }

// -------------------------------------------------------------------------------------
// evaluation
// -------------------------------------------------------------------------------------

const evaluate = (row: Row, c: Clause): boolean => {
  if (c.kind === 'const') return c.value
  const field = fieldOf(row, c.column)
  const arg = c.arg
  const t = c.column.type
  const single = t.value === undefined && t.max === 1 && t.min <= 1
  if (single && t.min === 0 && field.keys.length === 0 && arg.keys.length === 1)
    return c.fn === '!=' || c.fn === 'excludes'
  if (single && field.keys.length === 1 && arg.keys.length === 1) {
    const cmp = compareAtoms(field.keys[0]!, arg.keys[0]!, t.key.type)
    switch (c.fn) {
      case '<':
        return cmp < 0
      case '<=':
        return cmp <= 0
      case '==':
      case 'includes':
        return cmp === 0
      case '!=':
      case 'excludes':
        return cmp !== 0
      case '>=':
        return cmp >= 0
      case '>':
        return cmp > 0
    }
  }
  switch (c.fn) {
    case '==':
      return datumEquals(field, arg)
    case '!=':
      return !datumEquals(field, arg)
    case 'includes':
      return includesAll(arg, field, t)
    case 'excludes':
      return excludesAll(arg, field, t)
    default:
      return false
  }
}

/** Every clause holds (a transaction's `where`). */
export const matchesAll = (row: Row, cond: Condition): boolean => {
  for (const c of cond.clauses) if (!evaluate(row, c)) return false
  return true
}

/** Some clause holds, or there are none (a monitor's `where`). */
export const matchesAny = (row: Row, cond: Condition): boolean => {
  if (cond.clauses.length === 0) return true
  for (const c of cond.clauses) if (evaluate(row, c)) return true
  return false
}

/** The columns a condition reads. */
export const conditionColumns = (cond: Condition): ReadonlyArray<Column> => {
  const out: Column[] = []
  for (const c of cond.clauses) if (c.kind === 'cmp' && !out.includes(c.column)) out.push(c.column)
  return out
}
