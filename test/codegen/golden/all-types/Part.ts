// generated — do not edit: All_Types 1.1.0 (ovn-nb gen)
/**
 * Table `Part` of All_Types 1.1.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * At most 100 rows.
 * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
 *
 * @module
 */
import * as rt from '../../../../src/codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Part` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * At most 100 rows.
 * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Part from './Part.js'
 * const id = (r: Part.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Part'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `name`: string.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
   */
  readonly name: string
  /**
   * `size`: optional integer >= 1.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
   */
  readonly size: number | undefined
}

/**
 * The columns of a new `Part` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Part from './Part.js'
 * const row: Part.Insert = { name: 'example' }
 */
export interface Insert {
  /**
   * `name`: string.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
   */
  readonly name?: string
  /**
   * `size`: optional integer >= 1.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
   */
  readonly size?: number | undefined
}

/**
 * The columns an update of `Part` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Part from './Part.js'
 * const change: Part.Update = { name: 'example' }
 */
export interface Update {
  /**
   * `name`: string.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
   */
  readonly name?: string
  /**
   * `size`: optional integer >= 1.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Part_TABLE | All_Types documentation, table Part}
   */
  readonly size?: number | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Part` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Part from './Part.js'
 * Part.table.isRoot // false
 */
export const table: rt.TableModel<'Part', keyof Insert> = {
  name: 'Part',
  since: '1.0.0',
  isRoot: false,
  maxRows: 100,
  indexes: [],
  docUrl: 'https://example.org/all-types.5.html#Part_TABLE',
  columns: {
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '1.0.0' }),
    size: rt.columnModel('size', {"key":{"type":"integer","minInteger":1},"min":0,"max":1}, { since: '1.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_size = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? (v as number) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_size = d_size(o['size'])
  if (v_size === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Part'>,
    _version: _version as rt.Uuid | undefined,
    name: v_name,
    size: v_size,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    name: r.name,
    size: rt.encodeOptional(r.size),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Part` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Part from './Part.js'
 * Part.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Part` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Part from './Part.js'
 * Part.InsertC.encode({ name: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Part` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Part from './Part.js'
 * Part.UpdateC.encode({ name: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
