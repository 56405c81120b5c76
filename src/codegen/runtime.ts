/**
 * What generated models stand on: the metadata of tables and columns (kind, first
 * schema version, mutability, references, default value, a column codec), the row
 * codec class the generator instantiates with specialized decode functions, generic
 * codecs of partial rows (insert and update shapes), and the small checks the
 * generated decoders call.
 *
 * Rows are decoded from the OVSDB wire form into friendly values:
 *
 * | column kind | wire | friendly |
 * |---|---|---|
 * | atom (min 1, max 1) | `"sw0"`, `42`, `["uuid", u]` | `string`, `number`, `boolean`, `Uuid<'Table'>` |
 * | optional (min 0, max 1) | bare atom or `["set", []]` / `["set", [x]]` | `T \| undefined` |
 * | set | bare atom or `["set", [...]]` | `ReadonlyArray<T>` |
 * | map | `["map", [[k, v], ...]]` | `ReadonlyMap<K, V>` |
 *
 * A column a row does not carry (the server is older than the model, or a `select`
 * asked for some columns only) decodes to the column's default value; columns the
 * model does not know are ignored.
 *
 * @module
 */
import * as t from '../deps/io-ts.js'
import { isNamedUuid, isUuid, type Atom, type NamedUuid, type Uuid } from '../ovsdb/wire/atom.js'
import type { Row as WireRowType, Value } from '../ovsdb/wire/datum.js'
import { checkValue } from '../ovsdb/validate.js'
import {
  columnKind,
  type BaseType,
  type ColumnKind,
  type ColumnType,
  type DatabaseSchema,
  type TableSchema,
} from '../ovsdb/schema.js'

export type { Uuid, NamedUuid, Value, ColumnType }

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row on the wire: column name to OVSDB value (the `O` side of row codecs).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { WireRow } from 'ovn-nb/codegen'
 * const r: WireRow = { name: 'sw0', ports: ['set', []], external_ids: ['map', [['owner', 'ctl']]] }
 */
export type WireRow = WireRowType

/**
 * What a reference column holds in an insert or update: the UUID of an existing row
 * of table `T`, or the named-uuid of a row inserted in the same transaction.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { namedUuid } from 'ovn-nb/ovsdb'
 * import type { Ref } from 'ovn-nb/codegen'
 * const port: Ref<'Logical_Switch_Port'> = namedUuid('new_port')
 */
export type Ref<T extends string = string> = Uuid<T> | NamedUuid<T>

/**
 * A strong reference to a row of `T`: the row lives as long as something refers to
 * it (when `T` is not a root table). Same runtime value as {@link Uuid}; the name
 * documents the column.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { StrongReference } from 'ovn-nb/codegen'
 * declare const ports: ReadonlyArray<StrongReference<'Logical_Switch_Port'>>
 */
export type StrongReference<T extends string> = Uuid<T>

/**
 * A weak reference to a row of `T`: the server removes it from the column when that
 * row is deleted. Same runtime value as {@link Uuid}; the name documents the column.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { WeakReference } from 'ovn-nb/codegen'
 * declare const dhcp: WeakReference<'DHCP_Options'> | undefined
 */
export type WeakReference<T extends string> = Uuid<T>

/**
 * A reference from a column: the table it points into, strong or weak, and whether
 * the UUIDs are the column's keys or (for maps) its values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ColumnRef } from 'ovn-nb/codegen'
 * const r: ColumnRef = { table: 'DHCP_Options', type: 'weak', position: 'key' }
 */
export interface ColumnRef {
  readonly table: string
  readonly type: 'strong' | 'weak'
  readonly position: 'key' | 'value'
}

/**
 * io-ts codec of one column's value: decodes the wire value into the friendly value
 * and encodes it back.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { columnModel } from 'ovn-nb/codegen'
 * const tag = columnModel('tag', { key: { type: 'integer', minInteger: 1, maxInteger: 4095 }, min: 0, max: 1 })
 * tag.codec.decode(['set', []]) // Right(undefined)
 */
export type ColumnCodec = t.Type<unknown, Value, unknown>

/**
 * Everything the model knows about a column, for runtime code (the compatibility
 * check, the diff engine): its OVSDB type and kind, the first schema version that
 * has it, mutability, references, the default value and a codec.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { NB } from 'ovn-nb'
 * const c = NB.ACL.table.columns.tier
 * c.since // '7.3.0'
 */
export interface ColumnModel {
  readonly name: string
  readonly type: ColumnType
  readonly kind: ColumnKind
  readonly mutable: boolean
  readonly ephemeral: boolean
  /** The first schema version (of those the model was generated with) that has the column. */
  readonly since?: string
  /** The references the column holds, if any (a map may refer by key and by value). */
  readonly refs: ReadonlyArray<ColumnRef>
  /** The friendly value of a column that was never set. */
  readonly default: unknown
  /** Decodes and encodes the column's value (UUIDs only, as read from the server). */
  readonly codec: ColumnCodec
  /** Like `codec`, also accepting named-uuids (values written in a transaction). */
  readonly writeCodec: ColumnCodec
}

/**
 * Everything the model knows about a table. `C` is the union of its column names.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { NB } from 'ovn-nb'
 * const lsp = NB.Logical_Switch_Port.table
 * lsp.indexes // [['name']]
 * Object.keys(lsp.columns).includes('tag') // true
 */
export interface TableModel<N extends string = string, C extends string = string> {
  readonly name: N
  /** The first schema version (of those the model was generated with) that has the table. */
  readonly since?: string
  readonly isRoot: boolean
  readonly maxRows?: number
  readonly indexes: ReadonlyArray<ReadonlyArray<C>>
  readonly columns: { readonly [K in C]: ColumnModel }
  /** Where the table is documented (a man page section), if known. */
  readonly docUrl?: string
}

/**
 * A generated database model: its name and version and every table.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { NB } from 'ovn-nb'
 * NB.model.version // '7.19.0'
 */
export interface DatabaseModel<N extends string = string> {
  readonly name: string
  readonly version: string
  readonly tables: { readonly [K in N]: TableModel<K> }
}

/**
 * The marker a generated decoder returns for a value it does not accept.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * const d = (v: unknown): string | rt.Invalid => (typeof v === 'string' ? v : rt.INVALID)
 */
export type Invalid = typeof INVALID

// -------------------------------------------------------------------------------------
// constants
// -------------------------------------------------------------------------------------

/**
 * The value of {@link Invalid}.
 *
 * @category constants
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.INVALID === rt.INVALID // true
 */
export const INVALID: unique symbol = Symbol('invalid')

/**
 * The empty set, shared (it is frozen).
 *
 * @category constants
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.EMPTY.length // 0
 */
export const EMPTY: ReadonlyArray<never> = Object.freeze([])

/**
 * The all-zero UUID: the default of a `uuid` atom.
 *
 * @category constants
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.ZERO_UUID[1] // '00000000-0000-0000-0000-000000000000'
 */
export const ZERO_UUID: Uuid<never> = Object.freeze(['uuid', '00000000-0000-0000-0000-000000000000'] as const) as Uuid<never>

// -------------------------------------------------------------------------------------
// checks used by generated decoders
// -------------------------------------------------------------------------------------

/**
 * Whether a value is a plain object (a row).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.isRecord({ name: 'sw0' }) // true
 * rt.isRecord(['set', []]) // false
 */
export const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * Whether a value has the shape of a wire set, `["set", [...]]` (elements unchecked).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.isSetForm(['set', [1]]) // true
 * rt.isSetForm(['uuid', '550e8400-e29b-41d4-a716-446655440000']) // false
 */
export const isSetForm = (u: unknown): u is readonly ['set', ReadonlyArray<unknown>] =>
  Array.isArray(u) && u[0] === 'set' && u.length === 2 && Array.isArray(u[1])

/**
 * Whether a value has the shape of a wire map, `["map", [...]]` (pairs unchecked).
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.isMapForm(['map', [['k', 'v']]]) // true
 */
export const isMapForm = (u: unknown): u is readonly ['map', ReadonlyArray<unknown>] =>
  Array.isArray(u) && u[0] === 'map' && u.length === 2 && Array.isArray(u[1])

/**
 * Whether a value is a `[key, value]` pair.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.isPair(['k', 'v']) // true
 */
export const isPair = (u: unknown): u is readonly [unknown, unknown] => Array.isArray(u) && u.length === 2

/**
 * Whether a string's length in Unicode characters (code points, as OVSDB counts) is
 * within bounds; counts characters only when UTF-16 length cannot decide.
 *
 * @category checks
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.lengthIn('abc', 0, 3) // true
 * rt.lengthIn('😀😀', 0, 2) // true (4 UTF-16 units, 2 characters)
 */
export const lengthIn = (s: string, min: number, max: number): boolean => {
  const n = s.length
  // code points are between n/2 and n
  if (n <= max && n >= 2 * min) return true
  let cp = 0
  for (const _ of s) cp++
  return cp >= min && cp <= max
}

export { isUuid, isNamedUuid }

/**
 * Encodes a friendly optional value: `undefined` is the empty set.
 *
 * @category encoding
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.encodeOptional(undefined) // ['set', []]
 * rt.encodeOptional(7) // 7
 */
export const encodeOptional = (a: Atom | undefined): Value => (a === undefined ? ['set', []] : a)

/**
 * Encodes a friendly set.
 *
 * @category encoding
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.encodeSet(['a', 'b']) // ['set', ['a', 'b']]
 */
export const encodeSet = (xs: ReadonlyArray<Atom>): Value => ['set', xs]

/**
 * Encodes a friendly map.
 *
 * @category encoding
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.encodeMap(new Map([['k', 'v']])) // ['map', [['k', 'v']]]
 */
export const encodeMap = (m: ReadonlyMap<Atom, Atom>): Value => {
  const pairs: Array<readonly [Atom, Atom]> = []
  for (const p of m) pairs.push(p)
  return ['map', pairs]
}

// -------------------------------------------------------------------------------------
// defaults
// -------------------------------------------------------------------------------------

const clamp = (v: number, min: number | undefined, max: number | undefined): number =>
  min !== undefined && v < min ? min : max !== undefined && v > max ? max : v

/**
 * The default atom of a base type, kept inside its constraints: the first enum value,
 * else `0` / `false` / `""` / the all-zero UUID, moved into an integer or real range.
 *
 * @category defaults
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.defaultAtom({ type: 'integer', minInteger: 1, maxInteger: 4095 }) // 1
 * rt.defaultAtom({ type: 'string', enum: ['from-lport', 'to-lport'] }) // 'from-lport'
 */
export const defaultAtom = (b: BaseType): Atom => {
  if (b.enum !== undefined && b.enum.length > 0) return b.enum[0]!
  switch (b.type) {
    case 'integer':
      return clamp(0, b.minInteger, b.maxInteger)
    case 'real':
      return clamp(0, b.minReal, b.maxReal)
    case 'boolean':
      return false
    case 'string':
      return ''
    case 'uuid':
      return ZERO_UUID
  }
}

/**
 * The friendly value of a column that was never set: the empty set or map when the
 * type allows it, else one default atom (see {@link defaultAtom}).
 *
 * @category defaults
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.defaultValue({ key: { type: 'string' }, min: 0, max: 'unlimited' }) // []
 * rt.defaultValue({ key: { type: 'integer' }, min: 0, max: 1 }) // undefined
 */
export const defaultValue = (ct: ColumnType): unknown => {
  switch (columnKind(ct)) {
    case 'atom':
      return defaultAtom(ct.key)
    case 'optional':
      return undefined
    case 'set':
      return ct.min === 0 ? EMPTY : Object.freeze([defaultAtom(ct.key)])
    case 'map':
      return ct.min === 0 || ct.value === undefined ? new Map() : new Map([[defaultAtom(ct.key), defaultAtom(ct.value)]])
  }
}

// -------------------------------------------------------------------------------------
// column codecs
// -------------------------------------------------------------------------------------

const describe = (ct: ColumnType): string => JSON.stringify(ct)

const strictUuids = (b: BaseType, a: unknown): string | undefined =>
  b.type === 'uuid' && !isUuid(a) ? `expected ["uuid", <uuid>], got ${JSON.stringify(a)}` : undefined

const friendlyAtomOk = (b: BaseType, a: unknown, named: boolean): boolean =>
  checkValue({ key: b, min: 1, max: 1 }, a) === undefined && (named || strictUuids(b, a) === undefined) &&
  !(Array.isArray(a) && a[0] === 'set')

/**
 * Why a wire value does not fit a column, or `undefined`: the checks of
 * `checkValue` (type, constraints, size, duplicates) and, unless `named`, no
 * named-uuids (the server never sends them).
 *
 * @category column codecs
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * rt.explainValue({ key: { type: 'integer', maxInteger: 4095 }, min: 0, max: 1 }, 5000, false) // 'integer 5000 is greater than 4095'
 */
export const explainValue = (ct: ColumnType, v: unknown, named: boolean): string | undefined => {
  const e = checkValue(ct, v)
  if (e !== undefined || named) return e
  const atoms: unknown[] = []
  if (Array.isArray(v) && v[0] === 'map') for (const p of v[1] as ReadonlyArray<readonly [unknown, unknown]>) atoms.push(p[0], p[1])
  else if (Array.isArray(v) && v[0] === 'set') atoms.push(...(v[1] as ReadonlyArray<unknown>))
  else atoms.push(v)
  for (const a of atoms) if (isNamedUuid(a)) return `named-uuid ${JSON.stringify(a)} where a row's value was expected`
  return undefined
}

const decodeColumnValue = (ct: ColumnType, kind: ColumnKind, v: unknown): unknown => {
  switch (kind) {
    case 'atom':
      return isSetForm(v) ? v[1][0] : v
    case 'optional':
      return isSetForm(v) ? v[1][0] : v
    case 'set':
      return isSetForm(v) ? v[1] : [v]
    case 'map': {
      const m = new Map<unknown, unknown>()
      for (const p of (v as readonly ['map', ReadonlyArray<readonly [unknown, unknown]>])[1]) m.set(p[0], p[1])
      void ct
      return m
    }
  }
}

const encodeColumnValue = (kind: ColumnKind, a: unknown): Value => {
  switch (kind) {
    case 'atom':
      return a as Atom
    case 'optional':
      return encodeOptional(a as Atom | undefined)
    case 'set':
      return encodeSet(a as ReadonlyArray<Atom>)
    case 'map':
      return encodeMap(a as ReadonlyMap<Atom, Atom>)
  }
}

const isFriendly = (ct: ColumnType, kind: ColumnKind, u: unknown, named: boolean): boolean => {
  switch (kind) {
    case 'atom':
      return friendlyAtomOk(ct.key, u, named)
    case 'optional':
      return u === undefined || friendlyAtomOk(ct.key, u, named)
    case 'set':
      return (
        Array.isArray(u) &&
        u.length >= ct.min &&
        (ct.max === 'unlimited' || u.length <= ct.max) &&
        u.every((x) => friendlyAtomOk(ct.key, x, named))
      )
    case 'map': {
      if (!(u instanceof Map) || u.size < ct.min || (ct.max !== 'unlimited' && u.size > ct.max)) return false
      for (const [k, x] of u) if (!friendlyAtomOk(ct.key, k, named) || !friendlyAtomOk(ct.value!, x, named)) return false
      return true
    }
  }
}

/**
 * A generic codec of one column (wire value <-> friendly value), built from the
 * column type at run time. Generated row codecs use faster specialized decoders;
 * this one serves single columns (update2 diffs, the diff engine) and partial rows.
 *
 * @category column codecs
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * const c = rt.columnCodec('addresses', { key: { type: 'string' }, min: 0, max: 'unlimited' }, false)
 * c.decode('router') // Right(['router'])
 * c.encode(['a', 'b']) // ['set', ['a', 'b']]
 */
export const columnCodec = (name: string, ct: ColumnType, named: boolean): ColumnCodec => {
  const kind = columnKind(ct)
  return new t.Type<unknown, Value, unknown>(
    `${name}: ${describe(ct)}`,
    (u): u is unknown => isFriendly(ct, kind, u, named),
    (u, c) => {
      const e = explainValue(ct, u, named)
      return e === undefined ? t.success(decodeColumnValue(ct, kind, u)) : t.failure(u, c, e)
    },
    (a) => encodeColumnValue(kind, a),
  )
}

/**
 * Options of {@link columnModel}: what the schema does not say by the type.
 *
 * @category column codecs
 * @since 0.1.0
 * @example
 * import type { ColumnOptions } from 'ovn-nb/codegen'
 * const o: ColumnOptions = { since: '7.3.0', mutable: true }
 */
export interface ColumnOptions {
  readonly since?: string
  readonly mutable?: boolean
  readonly ephemeral?: boolean
}

/**
 * Builds a column's metadata and codecs; generated models call it once per column.
 *
 * @category column codecs
 * @since 0.1.0
 * @example
 * import { columnModel } from 'ovn-nb/codegen'
 * const c = columnModel('dhcpv4_options', { key: { type: 'uuid', refTable: 'DHCP_Options', refType: 'weak' }, min: 0, max: 1 })
 * c.refs // [{ table: 'DHCP_Options', type: 'weak', position: 'key' }]
 */
export const columnModel = (name: string, type: ColumnType, options: ColumnOptions = {}): ColumnModel => {
  const refs: ColumnRef[] = []
  for (const [position, b] of [['key', type.key], ['value', type.value]] as const)
    if (b?.refTable !== undefined) refs.push({ table: b.refTable, type: b.refType ?? 'strong', position })
  return {
    name,
    type,
    kind: columnKind(type),
    mutable: options.mutable ?? true,
    ephemeral: options.ephemeral ?? false,
    ...(options.since !== undefined ? { since: options.since } : {}),
    refs,
    default: defaultValue(type),
    codec: columnCodec(name, type, false),
    writeCodec: columnCodec(name, type, true),
  }
}

// -------------------------------------------------------------------------------------
// row codecs
// -------------------------------------------------------------------------------------

const pushError = (errors: t.Errors, c: t.Context, key: string, type: t.Decoder<unknown, unknown>, v: unknown, message: string) =>
  errors.push({ value: v, context: [...c, { key, type, actual: v }], message })

const uuidCodec = columnCodec('_uuid', { key: { type: 'uuid' }, min: 1, max: 1 }, false)

/**
 * Every error of a row that a fast decoder refused, column by column, with paths.
 *
 * @category row codecs
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * import { NB } from 'ovn-nb'
 * rt.explainRow(NB.ACL.table, { priority: 70000 }, ['uuid', '550e8400-e29b-41d4-a716-446655440000'], [])
 * // [{ message: 'integer 70000 is greater than 32767', context: [..., { key: 'priority' }] }]
 */
export const explainRow = (table: TableModel, o: Readonly<Record<string, unknown>>, uuid: unknown, c: t.Context): t.Errors => {
  const errors: t.Errors = []
  if (uuid === undefined) pushError(errors, c, '_uuid', uuidCodec, uuid, 'missing _uuid')
  else if (!isUuid(uuid)) pushError(errors, c, '_uuid', uuidCodec, uuid, `expected ["uuid", <uuid>], got ${JSON.stringify(uuid)}`)
  const version = o['_version']
  if (version !== undefined && !isUuid(version))
    pushError(errors, c, '_version', uuidCodec, version, `expected ["uuid", <uuid>], got ${JSON.stringify(version)}`)
  for (const col of Object.values<ColumnModel>(table.columns)) {
    const v = o[col.name]
    if (v === undefined) continue
    const e = explainValue(col.type, v, false)
    if (e !== undefined) pushError(errors, c, col.name, col.codec, v, e)
  }
  if (errors.length === 0) errors.push({ value: o, context: c, message: 'invalid row' })
  return errors
}

/**
 * The decoder a generator emits for one table: from a wire row object and its UUID to
 * the friendly row, or {@link INVALID}. It only has to be right and fast; the errors
 * are explained afterwards by {@link explainRow}.
 *
 * @category row codecs
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * const fast: rt.FastDecoder<{ readonly _uuid: rt.Uuid<'T'> }> = (_o, uuid) =>
 *   rt.isUuid(uuid) ? { _uuid: uuid as rt.Uuid<'T'> } : rt.INVALID
 */
export type FastDecoder<A> = (o: Readonly<Record<string, unknown>>, uuid: unknown) => A | Invalid

/**
 * The io-ts codec of a table's rows: decodes a wire row (as in `select` results,
 * with `_uuid`) into the friendly row and encodes it back. `decodeWithUuid` decodes
 * the rows of monitor updates, which carry their UUID outside the row. Errors name
 * every bad column.
 *
 * @category row codecs
 * @since 0.1.0
 * @example
 * import { NB } from 'ovn-nb'
 * NB.Logical_Switch.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', { name: 'sw0' })
 * // Right({ _uuid: ['uuid', '550e8400-...'], name: 'sw0', ports: [], ... })
 */
export class RowType<A extends { readonly _uuid: Uuid<string> }> extends t.Type<A, WireRow, unknown> {
  /** @since 0.1.0 */
  readonly _tag = 'RowType' as const

  /**
   * Made by generated code.
   *
   * @since 0.1.0
   */
  constructor(
    /** The table's metadata. */
    readonly table: TableModel,
    /** The specialized decoder (see {@link FastDecoder}). */
    readonly fast: FastDecoder<A>,
    encode: (a: A) => WireRow,
  ) {
    super(
      `${table.name}.Row`,
      (u): u is A => isRowOf(table, u),
      (u, c) => {
        if (!isRecord(u)) return t.failure(u, c, 'expected a row object')
        const uuid = u['_uuid']
        const r = fast(u, uuid)
        return r === INVALID ? t.failures(explainRow(table, u, uuid, c)) : t.success(r)
      },
      encode,
    )
  }

  /**
   * Decodes a row whose UUID comes from elsewhere: the rows of `monitor` updates
   * (`initial`, `insert`, `new`) are keyed by UUID and carry no `_uuid` column.
   *
   * @since 0.1.0
   */
  decodeWithUuid(uuid: string, u: unknown): t.Validation<A> {
    if (!isRecord(u)) return t.failure(u, [{ key: '', type: this, actual: u }], 'expected a row object')
    const w = ['uuid', uuid]
    const r = this.fast(u, w)
    return r === INVALID ? t.failures(explainRow(this.table, u, w, [{ key: '', type: this, actual: u }])) : t.success(r)
  }
}

const isRowOf = (table: TableModel, u: unknown): boolean => {
  if (!isRecord(u) || !isUuid(u['_uuid'])) return false
  const version = u['_version']
  if (version !== undefined && !isUuid(version)) return false
  for (const col of Object.values<ColumnModel>(table.columns)) if (!col.codec.is(u[col.name])) return false
  return true
}

/**
 * The io-ts codec of a partial row (an insert or an update): only the columns
 * present are decoded or encoded, named-uuids are accepted in references, and
 * unknown columns are errors.
 *
 * @category row codecs
 * @since 0.1.0
 * @example
 * import { NB } from 'ovn-nb'
 * NB.Logical_Switch.InsertC.encode({ name: 'sw0', other_config: new Map([['subnet', '10.0.0.0/24']]) })
 * // { name: 'sw0', other_config: ['map', [['subnet', '10.0.0.0/24']]] }
 */
export type PartialRowType<A> = t.Type<A, WireRow, unknown>

/**
 * Builds the codec of a table's inserts (every column) or updates (mutable columns).
 *
 * @category row codecs
 * @since 0.1.0
 * @example
 * import { codegenRuntime as rt } from 'ovn-nb/codegen'
 * import { NB } from 'ovn-nb'
 * const c = rt.partialRowType<NB.ACL.Update>(NB.ACL.table, 'update')
 */
export const partialRowType = <A>(table: TableModel, mode: 'insert' | 'update'): PartialRowType<A> => {
  const columns = new Map<string, ColumnModel>()
  for (const col of Object.values<ColumnModel>(table.columns)) if (mode === 'insert' || col.mutable) columns.set(col.name, col)
  const name = `${table.name}.${mode === 'insert' ? 'Insert' : 'Update'}`
  return new t.Type<A, WireRow, unknown>(
    name,
    (u): u is A => {
      if (!isRecord(u)) return false
      for (const k of Object.keys(u)) {
        const col = columns.get(k)
        if (col === undefined || !col.writeCodec.is(u[k])) return false
      }
      return true
    },
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c, 'expected a row object')
      const errors: t.Errors = []
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(u)) {
        const col = columns.get(k)
        const v = u[k]
        if (col === undefined) {
          const known = Object.prototype.hasOwnProperty.call(table.columns, k)
          pushError(errors, c, k, t.unknown, v, known ? `column ${table.name}.${k} is immutable` : `no column "${k}" in table ${table.name}`)
          continue
        }
        const e = explainValue(col.type, v, true)
        if (e !== undefined) pushError(errors, c, k, col.writeCodec, v, e)
        else out[k] = decodeColumnValue(col.type, col.kind, v)
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out as A)
    },
    (a) => {
      const out: Record<string, Value> = {}
      for (const k of Object.keys(a as object)) {
        const col = columns.get(k)
        if (col !== undefined) out[k] = encodeColumnValue(col.kind, (a as Record<string, unknown>)[k])
      }
      return out
    },
  )
}

// -------------------------------------------------------------------------------------
// models as schemas
// -------------------------------------------------------------------------------------

/**
 * The schema a model was generated from (without the versions), e.g. to validate
 * operations against the model rather than against a server.
 *
 * @category models
 * @since 0.1.0
 * @example
 * import { modelSchema, NB } from 'ovn-nb'
 * import { validateOperations } from 'ovn-nb/ovsdb'
 * validateOperations(modelSchema(NB.model), [{ op: 'insert', table: 'ACL', row: { tier: 1 } }])
 */
export const modelSchema = (m: DatabaseModel): DatabaseSchema => {
  const tables: Record<string, TableSchema> = {}
  for (const tm of Object.values<TableModel>(m.tables)) {
    const columns: Record<string, { name: string; type: ColumnType; ephemeral: boolean; mutable: boolean }> = {}
    for (const c of Object.values<ColumnModel>(tm.columns))
      columns[c.name] = { name: c.name, type: c.type, ephemeral: c.ephemeral, mutable: c.mutable }
    tables[tm.name] = {
      name: tm.name,
      columns,
      isRoot: tm.isRoot,
      indexes: tm.indexes,
      ...(tm.maxRows !== undefined ? { maxRows: tm.maxRows } : {}),
    }
  }
  return { name: m.name, version: m.version, tables }
}
