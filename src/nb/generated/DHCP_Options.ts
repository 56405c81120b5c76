// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `DHCP_Options` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `DHCP_Options` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as DHCP_Options from './DHCP_Options.js'
 * const id = (r: DHCP_Options.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'DHCP_Options'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `cidr`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly cidr: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly options: ReadonlyMap<string, string>
}

/**
 * The columns of a new `DHCP_Options` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as DHCP_Options from './DHCP_Options.js'
 * const row: DHCP_Options.Insert = { cidr: 'example' }
 */
export interface Insert {
  /**
   * `cidr`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly cidr?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly options?: ReadonlyMap<string, string>
}

/**
 * The columns an update of `DHCP_Options` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as DHCP_Options from './DHCP_Options.js'
 * const change: DHCP_Options.Update = { cidr: 'example' }
 */
export interface Update {
  /**
   * `cidr`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly cidr?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE | OVN_Northbound documentation, table DHCP_Options}
   */
  readonly options?: ReadonlyMap<string, string>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `DHCP_Options` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as DHCP_Options from './DHCP_Options.js'
 * DHCP_Options.table.isRoot // true
 */
export const table: rt.TableModel<'DHCP_Options', keyof Insert> = {
  name: 'DHCP_Options',
  since: '7.0.0',
  isRoot: true,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#DHCP_Options_TABLE',
  columns: {
    cidr: rt.columnModel('cidr', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_cidr = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_external_ids = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
  if (v === undefined) return new Map<string, string>()
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  const m = new Map<string, string>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!(typeof x === 'string') || !(typeof y === 'string')) return rt.INVALID
    m.set(x as string, y as string)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const d_options = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
  if (v === undefined) return new Map<string, string>()
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  const m = new Map<string, string>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!(typeof x === 'string') || !(typeof y === 'string')) return rt.INVALID
    m.set(x as string, y as string)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_cidr = d_cidr(o['cidr'])
  if (v_cidr === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'DHCP_Options'>,
    _version: _version as rt.Uuid | undefined,
    cidr: v_cidr,
    external_ids: v_external_ids,
    options: v_options,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    cidr: r.cidr,
    external_ids: rt.encodeMap(r.external_ids),
    options: rt.encodeMap(r.options),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `DHCP_Options` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as DHCP_Options from './DHCP_Options.js'
 * DHCP_Options.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `DHCP_Options` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as DHCP_Options from './DHCP_Options.js'
 * DHCP_Options.InsertC.encode({ cidr: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `DHCP_Options` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as DHCP_Options from './DHCP_Options.js'
 * DHCP_Options.UpdateC.encode({ cidr: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
