/**
 * The `.ovsschema` language (RFC 7047 §3.2): a codec that normalizes a schema into one
 * canonical shape (every default filled in), and queries over it: root tables,
 * strong and weak references, indexes, mutability, column kinds, versions.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { Atom, AtomicType } from './wire/atom.js'
import { isAtom } from './wire/atom.js'
import { decodeError, type DecodeError, type PathError } from './errors.js'
import { MAX_PROBLEMS, moreProblems } from './wire/paths.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The type of a set element, a map key or a map value, with its constraints.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { BaseType } from 'ovn-nb/ovsdb'
 * const priority: BaseType = { type: 'integer', minInteger: 0, maxInteger: 32767 }
 * const port: BaseType = { type: 'uuid', refTable: 'Logical_Switch_Port', refType: 'strong' }
 */
export interface BaseType {
  readonly type: AtomicType
  /** The allowed values, when the type is an enumeration. */
  readonly enum?: ReadonlyArray<Atom>
  readonly minInteger?: number
  readonly maxInteger?: number
  readonly minReal?: number
  readonly maxReal?: number
  /** Minimum string length, in Unicode characters. */
  readonly minLength?: number
  readonly maxLength?: number
  /** For `uuid`: the table the UUID refers to. */
  readonly refTable?: string
  /** For `uuid` with `refTable`: `strong` (the default) or `weak`. */
  readonly refType?: 'strong' | 'weak'
}

/**
 * A column type: a scalar (`min` = `max` = 1), an optional value (0..1), a set, or a
 * map (when `value` is present). `max` is a number or `"unlimited"`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ColumnType } from 'ovn-nb/ovsdb'
 * const externalIds: ColumnType = { key: { type: 'string' }, value: { type: 'string' }, min: 0, max: 'unlimited' }
 */
export interface ColumnType {
  readonly key: BaseType
  readonly value?: BaseType
  readonly min: number
  readonly max: number | 'unlimited'
}

/**
 * @category model
 * @since 0.1.0
 * @example
 * import type { ColumnSchema } from 'ovn-nb/ovsdb'
 * const c: ColumnSchema = { name: 'name', type: { key: { type: 'string' }, min: 1, max: 1 }, ephemeral: false, mutable: true }
 */
export interface ColumnSchema {
  readonly name: string
  readonly type: ColumnType
  readonly ephemeral: boolean
  readonly mutable: boolean
}

/**
 * A table: its columns (without the implicit `_uuid` and `_version`), whether it is a
 * root table, its row limit and its indexes (each a list of column names).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TableSchema } from 'ovn-nb/ovsdb'
 * const t: TableSchema = { name: 'Empty', columns: {}, isRoot: true, indexes: [] }
 */
export interface TableSchema {
  readonly name: string
  readonly columns: Readonly<Record<string, ColumnSchema>>
  readonly isRoot: boolean
  readonly maxRows?: number
  readonly indexes: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * A database schema, normalized.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * const s: DatabaseSchema = { name: 'Demo', version: '1.0.0', tables: {} }
 */
export interface DatabaseSchema {
  readonly name: string
  readonly version: string
  readonly cksum?: string
  readonly tables: Readonly<Record<string, TableSchema>>
}

/**
 * How a column's values look on the wire and in generated types.
 * `atom`: exactly one value; `optional`: zero or one; `set`: any other set; `map`: a map.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ColumnKind } from 'ovn-nb/ovsdb'
 * const k: ColumnKind = 'optional'
 */
export type ColumnKind = 'atom' | 'optional' | 'set' | 'map'

/**
 * A reference from one column to a table.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Reference } from 'ovn-nb/ovsdb'
 * const r: Reference = { table: 'Logical_Switch', column: 'ports', refTable: 'Logical_Switch_Port', refType: 'strong', position: 'key' }
 */
export interface Reference {
  readonly table: string
  readonly column: string
  readonly refTable: string
  readonly refType: 'strong' | 'weak'
  readonly position: 'key' | 'value'
}

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

const uuidColumn = (name: string): ColumnSchema => ({
  name,
  type: { key: { type: 'uuid' }, min: 1, max: 1 },
  ephemeral: false,
  mutable: false,
})

/**
 * The two columns every table has without declaring them: `_uuid` and `_version`.
 *
 * @category constants
 * @since 0.1.0
 * @example
 * import { implicitColumns } from 'ovn-nb/ovsdb'
 * implicitColumns._uuid.mutable // false
 */
export const implicitColumns: Readonly<Record<'_uuid' | '_version', ColumnSchema>> = {
  _uuid: uuidColumn('_uuid'),
  _version: uuidColumn('_version'),
}

// -------------------------------------------------------------------------------------
// decoding
// -------------------------------------------------------------------------------------

const ATOMIC: ReadonlySet<string> = new Set(['integer', 'real', 'boolean', 'string', 'uuid'])
const ID_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/

const isObject = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

// keeps the first MAX_PROBLEMS problems and counts the rest: a schema from a server can
// hold millions of wrong tables or columns
class Collector {
  private readonly kept: PathError[] = []
  private more = 0
  fail(path: string, message: string): undefined {
    if (this.kept.length < MAX_PROBLEMS) this.kept.push({ path, message })
    else this.more++
    return undefined
  }
  get failed(): boolean {
    return this.kept.length > 0
  }
  get errors(): ReadonlyArray<PathError> {
    return this.more > 0 ? [...this.kept, moreProblems('', this.more)] : this.kept
  }
}

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`)

const num = (c: Collector, o: Record<string, unknown>, k: string, path: string, integer: boolean) => {
  if (!has(o, k)) return undefined
  const v = o[k]
  if (typeof v !== 'number' || (integer && !Number.isInteger(v)))
    return c.fail(join(path, k), `expected ${integer ? 'an integer' : 'a number'}`)
  return v
}

const decodeBaseType = (c: Collector, u: unknown, path: string): BaseType | undefined => {
  if (typeof u === 'string') {
    if (!ATOMIC.has(u)) return c.fail(path, `unknown atomic type "${u}"`)
    return { type: u as AtomicType }
  }
  if (!isObject(u)) return c.fail(path, 'expected an atomic type name or a base type object')
  const ty = u['type']
  if (typeof ty !== 'string' || !ATOMIC.has(ty)) return c.fail(join(path, 'type'), 'expected an atomic type name')
  const out: { -readonly [K in keyof BaseType]: BaseType[K] } = { type: ty as AtomicType }
  const known = new Set(['type', 'enum', 'minInteger', 'maxInteger', 'minReal', 'maxReal', 'minLength', 'maxLength', 'refTable', 'refType'])
  for (const k of Object.keys(u)) if (!known.has(k)) c.fail(join(path, k), `unknown member "${k}" of a base type`)
  if (has(u, 'enum')) {
    const e = u['enum']
    const atoms: unknown[] = Array.isArray(e) && e[0] === 'set' && Array.isArray(e[1]) ? e[1] : [e]
    if (!atoms.every(isAtom)) c.fail(join(path, 'enum'), 'expected an atom or a set of atoms')
    else out.enum = atoms as Atom[]
  }
  const setNum = (k: 'minInteger' | 'maxInteger' | 'minReal' | 'maxReal' | 'minLength' | 'maxLength', integer: boolean) => {
    const v = num(c, u, k, path, integer)
    if (v !== undefined) out[k] = v
  }
  setNum('minInteger', true)
  setNum('maxInteger', true)
  setNum('minReal', false)
  setNum('maxReal', false)
  setNum('minLength', true)
  setNum('maxLength', true)
  if (has(u, 'refTable')) {
    const r = u['refTable']
    if (typeof r !== 'string' || ty !== 'uuid') c.fail(join(path, 'refTable'), 'refTable needs type "uuid" and a table name')
    else {
      out.refTable = r
      const rt = has(u, 'refType') ? u['refType'] : 'strong'
      if (rt !== 'strong' && rt !== 'weak') c.fail(join(path, 'refType'), 'expected "strong" or "weak"')
      else out.refType = rt
    }
  } else if (has(u, 'refType')) c.fail(join(path, 'refType'), 'refType without refTable')
  return out
}

const decodeColumnType = (c: Collector, u: unknown, path: string): ColumnType | undefined => {
  if (typeof u === 'string') {
    const key = decodeBaseType(c, u, path)
    return key && { key, min: 1, max: 1 }
  }
  if (!isObject(u)) return c.fail(path, 'expected a type name or a type object')
  if (!has(u, 'key')) return c.fail(join(path, 'key'), 'missing "key"')
  const key = decodeBaseType(c, u['key'], join(path, 'key'))
  const value = has(u, 'value') ? decodeBaseType(c, u['value'], join(path, 'value')) : undefined
  const min = has(u, 'min') ? u['min'] : 1
  const max = has(u, 'max') ? u['max'] : 1
  if (min !== 0 && min !== 1) c.fail(join(path, 'min'), 'expected 0 or 1')
  if (max !== 'unlimited' && (typeof max !== 'number' || !Number.isInteger(max) || max < 1))
    c.fail(join(path, 'max'), 'expected a positive integer or "unlimited"')
  if (key === undefined || (has(u, 'value') && value === undefined)) return undefined
  const out: ColumnType = {
    key,
    ...(value !== undefined ? { value } : {}),
    min: min as number,
    max: max as number | 'unlimited',
  }
  return out
}

const decodeTable = (c: Collector, name: string, u: unknown, path: string): Omit<TableSchema, 'isRoot'> & { isRoot?: boolean } | undefined => {
  if (!ID_RE.test(name) || name.startsWith('_')) c.fail(path, `invalid table name "${name}"`)
  if (!isObject(u)) return c.fail(path, 'expected a table object')
  const cols = u['columns']
  if (!isObject(cols)) return c.fail(join(path, 'columns'), 'expected an object of columns')
  const columns: Record<string, ColumnSchema> = {}
  for (const cn of Object.keys(cols)) {
    const cp = join(join(path, 'columns'), cn)
    if (!ID_RE.test(cn) || cn.startsWith('_')) {
      c.fail(cp, `invalid column name "${cn}"`)
      continue
    }
    const cu = cols[cn]
    if (!isObject(cu)) {
      c.fail(cp, 'expected a column object')
      continue
    }
    const type = decodeColumnType(c, cu['type'], join(cp, 'type'))
    const eph = has(cu, 'ephemeral') ? cu['ephemeral'] : false
    const mut = has(cu, 'mutable') ? cu['mutable'] : true
    if (typeof eph !== 'boolean') c.fail(join(cp, 'ephemeral'), 'expected a boolean')
    if (typeof mut !== 'boolean') c.fail(join(cp, 'mutable'), 'expected a boolean')
    if (type !== undefined) columns[cn] = { name: cn, type, ephemeral: eph === true, mutable: mut !== false }
  }
  const maxRows = num(c, u, 'maxRows', path, true)
  const isRoot = has(u, 'isRoot') ? u['isRoot'] : undefined
  if (isRoot !== undefined && typeof isRoot !== 'boolean') c.fail(join(path, 'isRoot'), 'expected a boolean')
  const indexes: string[][] = []
  if (has(u, 'indexes')) {
    const ix = u['indexes']
    if (!Array.isArray(ix)) c.fail(join(path, 'indexes'), 'expected an array of column lists')
    else
      ix.forEach((one: unknown, i) => {
        const ip = `${join(path, 'indexes')}[${i}]`
        if (!Array.isArray(one) || one.length === 0 || !one.every((x) => typeof x === 'string'))
          c.fail(ip, 'expected a non-empty list of column names')
        else {
          for (const cn of one as string[])
            if (!has(columns, cn) && !has(cols, cn) && cn !== '_uuid') c.fail(ip, `index names unknown column "${cn}"`)
          indexes.push(one as string[])
        }
      })
  }
  return {
    name,
    columns,
    indexes,
    ...(maxRows !== undefined ? { maxRows } : {}),
    ...(typeof isRoot === 'boolean' ? { isRoot } : {}),
  }
}

/**
 * Decodes a `.ovsschema` (already parsed JSON) into a normalized
 * {@link DatabaseSchema}, collecting every error with its path. References to unknown
 * tables are errors too.
 *
 * @category decoding
 * @since 0.1.0
 * @example
 * import { decodeSchema } from 'ovn-nb/ovsdb'
 * const s = decodeSchema({ name: 'Demo', version: '1.0.0', tables: { T: { columns: { n: { type: 'integer' } } } } })
 * // Right({ name: 'Demo', version: '1.0.0', tables: { T: { name: 'T', isRoot: true, ... } } })
 */
export const decodeSchema = (u: unknown): E.Either<DecodeError, DatabaseSchema> => {
  const c = new Collector()
  if (!isObject(u)) return E.left(decodeError('schema', [{ path: '', message: 'expected a schema object' }]))
  const name = u['name']
  const version = u['version']
  const cksum = u['cksum']
  if (typeof name !== 'string' || !ID_RE.test(name)) c.fail('name', 'expected a database name')
  if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) c.fail('version', 'expected a version "x.y.z"')
  if (cksum !== undefined && typeof cksum !== 'string') c.fail('cksum', 'expected a string')
  const rawTables = u['tables']
  const decoded: Array<ReturnType<typeof decodeTable>> = []
  if (!isObject(rawTables)) c.fail('tables', 'expected an object of tables')
  else for (const tn of Object.keys(rawTables)) decoded.push(decodeTable(c, tn, rawTables[tn], `tables.${tn}`))
  const ok = decoded.filter((x): x is NonNullable<typeof x> => x !== undefined)
  // RFC 7047 §3.2: when no table says isRoot, every table is a root table.
  const anyRoot = ok.some((x) => x.isRoot !== undefined)
  const tables: Record<string, TableSchema> = {}
  for (const x of ok) tables[x.name] = { ...x, isRoot: anyRoot ? x.isRoot === true : true }
  for (const tn of Object.keys(tables))
    for (const col of Object.values(tables[tn]!.columns))
      for (const [pos, bt] of [['key', col.type.key], ['value', col.type.value]] as const)
        if (bt?.refTable !== undefined && !has(tables, bt.refTable))
          c.fail(`tables.${tn}.columns.${col.name}.type.${pos}.refTable`, `refers to unknown table "${bt.refTable}"`)
  if (c.failed) return E.left(decodeError('schema', c.errors))
  return E.right({
    name: name as string,
    version: version as string,
    ...(typeof cksum === 'string' ? { cksum } : {}),
    tables,
  })
}

// -------------------------------------------------------------------------------------
// encoding
// -------------------------------------------------------------------------------------

const encodeBaseType = (b: BaseType): unknown => {
  const keys = Object.keys(b)
  if (keys.length === 1) return b.type
  const out: Record<string, unknown> = { ...b }
  if (b.enum !== undefined) out['enum'] = ['set', b.enum]
  return out
}

/**
 * The `.ovsschema` JSON of a normalized schema (the inverse of {@link decodeSchema},
 * up to defaults).
 *
 * @category encoding
 * @since 0.1.0
 * @example
 * import { decodeSchema, encodeSchema } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const s = decodeSchema({ name: 'D', version: '1.0.0', tables: { T: { columns: {} } } })
 * if (E.isRight(s)) JSON.stringify(encodeSchema(s.right))
 */
export const encodeSchema = (s: DatabaseSchema): unknown => ({
  name: s.name,
  version: s.version,
  ...(s.cksum !== undefined ? { cksum: s.cksum } : {}),
  tables: Object.fromEntries(
    Object.values(s.tables).map((t) => [
      t.name,
      {
        columns: Object.fromEntries(
          Object.values(t.columns).map((c) => [
            c.name,
            {
              type: {
                key: encodeBaseType(c.type.key),
                ...(c.type.value !== undefined ? { value: encodeBaseType(c.type.value) } : {}),
                min: c.type.min,
                max: c.type.max,
              },
              ...(c.ephemeral ? { ephemeral: true } : {}),
              ...(c.mutable ? {} : { mutable: false }),
            },
          ]),
        ),
        isRoot: t.isRoot,
        ...(t.maxRows !== undefined ? { maxRows: t.maxRows } : {}),
        ...(t.indexes.length > 0 ? { indexes: t.indexes } : {}),
      },
    ]),
  ),
})

// -------------------------------------------------------------------------------------
// queries
// -------------------------------------------------------------------------------------

/**
 * A table by name (own properties only, so `"constructor"` is not a table).
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { getTable, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * getTable(nb, 'Logical_Switch')?.isRoot // true
 */
export const getTable = (s: DatabaseSchema, name: string): TableSchema | undefined =>
  has(s.tables, name) ? s.tables[name] : undefined

/**
 * A column by name, including the implicit `_uuid` and `_version`.
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { getColumn, type TableSchema } from 'ovn-nb/ovsdb'
 * declare const t: TableSchema
 * getColumn(t, '_uuid')?.type.key.type // 'uuid'
 */
export const getColumn = (t: TableSchema, name: string): ColumnSchema | undefined =>
  has(t.columns, name) ? t.columns[name] : name === '_uuid' || name === '_version' ? implicitColumns[name] : undefined

/**
 * The kind of a column type: `atom`, `optional`, `set` or `map`.
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { columnKind } from 'ovn-nb/ovsdb'
 * columnKind({ key: { type: 'integer' }, min: 0, max: 1 }) // 'optional'
 */
export const columnKind = (ct: ColumnType): ColumnKind =>
  ct.value !== undefined ? 'map' : ct.min === 1 && ct.max === 1 ? 'atom' : ct.min === 0 && ct.max === 1 ? 'optional' : 'set'

/**
 * The root tables: rows there live until deleted; rows of other tables are deleted
 * by the server once no strong reference points at them.
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { rootTables, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * rootTables(nb).includes('Logical_Switch') // true
 */
export const rootTables = (s: DatabaseSchema): ReadonlyArray<string> =>
  Object.values(s.tables)
    .filter((t) => t.isRoot)
    .map((t) => t.name)

/**
 * Every reference in the schema, or those from one table.
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { references, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * references(nb, 'Logical_Switch').map((r) => r.column) // ['acls', 'dns_records', 'forwarding_groups', ...]
 */
export const references = (s: DatabaseSchema, table?: string): ReadonlyArray<Reference> => {
  const out: Reference[] = []
  for (const t of Object.values(s.tables)) {
    if (table !== undefined && t.name !== table) continue
    for (const c of Object.values(t.columns))
      for (const [position, bt] of [['key', c.type.key], ['value', c.type.value]] as const)
        if (bt?.refTable !== undefined)
          out.push({ table: t.name, column: c.name, refTable: bt.refTable, refType: bt.refType ?? 'strong', position })
  }
  return out
}

/**
 * The references that point at a table (who refers to `Logical_Switch_Port`?).
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { referencesTo, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * referencesTo(nb, 'DHCP_Options').every((r) => r.refType === 'weak') // true
 */
export const referencesTo = (s: DatabaseSchema, table: string): ReadonlyArray<Reference> =>
  references(s).filter((r) => r.refTable === table)

/**
 * Whether a column may be changed after the row is inserted.
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { isMutable, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * isMutable(nb, 'Logical_Switch', '_uuid') // false
 */
export const isMutable = (s: DatabaseSchema, table: string, column: string): boolean => {
  const t = getTable(s, table)
  const c = t && getColumn(t, column)
  return c !== undefined && c.mutable
}

/**
 * Compares two `x.y.z` versions numerically: negative, zero or positive.
 *
 * @category queries
 * @since 0.1.0
 * @example
 * import { compareVersions } from 'ovn-nb/ovsdb'
 * compareVersions('7.0.4', '7.19.0') < 0 // true
 */
export const compareVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}
