// generated — do not edit: All_Types 1.1.0 (ovn-nb gen)
/**
 * Table `Rows` of All_Types 1.1.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema All_Types 1.1.0.
 * A root table: rows live until deleted.
 * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
 *
 * @module
 */
import * as rt from '../../../../src/codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Rows` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema All_Types 1.1.0.
 * A root table: rows live until deleted.
 * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Rows_ from './Rows_.js'
 * const id = (r: Rows_.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Rows'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `default`: optional string.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
   */
  readonly default: string | undefined
  /**
   * `type`: string of at most 3 characters.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","maxLength":3},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
   */
  readonly type: string
}

/**
 * The columns of a new `Rows` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Rows_ from './Rows_.js'
 * const row: Rows_.Insert = { default: 'example' }
 */
export interface Insert {
  /**
   * `default`: optional string.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
   */
  readonly default?: string | undefined
  /**
   * `type`: string of at most 3 characters.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","maxLength":3},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
   */
  readonly type?: string
}

/**
 * The columns an update of `Rows` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Rows_ from './Rows_.js'
 * const change: Rows_.Update = { default: 'example' }
 */
export interface Update {
  /**
   * `default`: optional string.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
   */
  readonly default?: string | undefined
  /**
   * `type`: string of at most 3 characters.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","maxLength":3},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Rows_TABLE | All_Types documentation, table Rows}
   */
  readonly type?: string
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Rows` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Rows_ from './Rows_.js'
 * Rows_.table.isRoot // true
 */
export const table: rt.TableModel<'Rows', keyof Insert> = {
  name: 'Rows',
  since: '1.1.0',
  isRoot: true,
  indexes: [],
  docUrl: 'https://example.org/all-types.5.html#Rows_TABLE',
  columns: {
    default: rt.columnModel('default', {"key":{"type":"string"},"min":0,"max":1}, { since: '1.1.0' }),
    type: rt.columnModel('type', {"key":{"type":"string","maxLength":3},"min":1,"max":1}, { since: '1.1.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_default = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_type = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' && rt.lengthIn(v, 0, 3) ? (v as string) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_default = d_default(o['default'])
  if (v_default === rt.INVALID) return rt.INVALID
  const v_type = d_type(o['type'])
  if (v_type === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Rows'>,
    _version: _version as rt.Uuid | undefined,
    default: v_default,
    type: v_type,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    default: rt.encodeOptional(r.default),
    type: r.type,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Rows` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Rows_ from './Rows_.js'
 * Rows_.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Rows` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Rows_ from './Rows_.js'
 * Rows_.InsertC.encode({ default: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Rows` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Rows_ from './Rows_.js'
 * Rows_.UpdateC.encode({ default: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
