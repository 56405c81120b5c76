// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Sample` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.6.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`metadata`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Sample` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.6.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`metadata`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Sample from './Sample.js'
 * const id = (r: Sample.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Sample'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `collectors`: set of strong references to `Sample_Collector` (any number of elements).
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample_Collector","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
   */
  readonly collectors: ReadonlyArray<rt.StrongReference<'Sample_Collector'>>
  /**
   * `metadata`: integer in 1..4294967295.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
   */
  readonly metadata: number
}

/**
 * The columns of a new `Sample` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Sample from './Sample.js'
 * const row: Sample.Insert = { metadata: 1 }
 */
export interface Insert {
  /**
   * `collectors`: set of strong references to `Sample_Collector` (any number of elements).
   *
   * Since schema OVN_Northbound 7.6.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample_Collector","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
   */
  readonly collectors?: ReadonlyArray<rt.Ref<'Sample_Collector'>>
  /**
   * `metadata`: integer in 1..4294967295.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
   */
  readonly metadata?: number
}

/**
 * The columns an update of `Sample` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Sample from './Sample.js'
 * const change: Sample.Update = { metadata: 1 }
 */
export interface Update {
  /**
   * `collectors`: set of strong references to `Sample_Collector` (any number of elements).
   *
   * Since schema OVN_Northbound 7.6.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample_Collector","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
   */
  readonly collectors?: ReadonlyArray<rt.Ref<'Sample_Collector'>>
  /**
   * `metadata`: integer in 1..4294967295.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE | OVN_Northbound documentation, table Sample}
   */
  readonly metadata?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Sample` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Sample from './Sample.js'
 * Sample.table.isRoot // false
 */
export const table: rt.TableModel<'Sample', keyof Insert> = {
  name: 'Sample',
  since: '7.6.0',
  isRoot: false,
  indexes: [['metadata']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sample_TABLE',
  columns: {
    collectors: rt.columnModel('collectors', {"key":{"type":"uuid","refTable":"Sample_Collector","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.6.0' }),
    metadata: rt.columnModel('metadata', {"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}, { since: '7.6.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_collectors = (v: unknown): ReadonlyArray<rt.StrongReference<'Sample_Collector'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Sample_Collector'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Sample_Collector'>>
}

const d_metadata = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 1
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4294967295 ? (v as number) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_collectors = d_collectors(o['collectors'])
  if (v_collectors === rt.INVALID) return rt.INVALID
  const v_metadata = d_metadata(o['metadata'])
  if (v_metadata === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Sample'>,
    _version: _version as rt.Uuid | undefined,
    collectors: v_collectors,
    metadata: v_metadata,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    collectors: rt.encodeSet(r.collectors),
    metadata: r.metadata,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Sample` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Sample from './Sample.js'
 * Sample.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Sample` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Sample from './Sample.js'
 * Sample.InsertC.encode({ metadata: 1 })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Sample` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Sample from './Sample.js'
 * Sample.UpdateC.encode({ metadata: 1 })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
