// generated — do not edit: OVN_Southbound 21.11.0 (ovn-nb gen)
/**
 * Table `SB_Global` of OVN_Southbound 21.11.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * At most 1 rows.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `SB_Global` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * At most 1 rows.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as SB_Global from './SB_Global.js'
 * const id = (r: SB_Global.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'SB_Global'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `connections`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly connections: ReadonlyArray<rt.Uuid>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `ipsec`: boolean.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly ipsec: boolean
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly nb_cfg: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Southbound 21.11.0.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly nb_cfg_timestamp: number
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `ssl`: optional UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly ssl: rt.Uuid | undefined
}

/**
 * The columns of a new `SB_Global` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as SB_Global from './SB_Global.js'
 * const row: SB_Global.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `connections`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly connections?: ReadonlyArray<rt.Ref>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `ipsec`: boolean.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly ipsec?: boolean
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly nb_cfg?: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Southbound 21.11.0.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly nb_cfg_timestamp?: number
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `ssl`: optional UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly ssl?: rt.Ref | undefined
}

/**
 * The columns an update of `SB_Global` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as SB_Global from './SB_Global.js'
 * const change: SB_Global.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `connections`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly connections?: ReadonlyArray<rt.Ref>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `ipsec`: boolean.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly ipsec?: boolean
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly nb_cfg?: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Southbound 21.11.0.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly nb_cfg_timestamp?: number
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `ssl`: optional UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE | OVN_Southbound documentation, table SB_Global}
   */
  readonly ssl?: rt.Ref | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `SB_Global` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as SB_Global from './SB_Global.js'
 * SB_Global.table.isRoot // true
 */
export const table: rt.TableModel<'SB_Global', keyof Insert> = {
  name: 'SB_Global',
  since: '20.27.0',
  isRoot: true,
  maxRows: 1,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-sb.5.html#SB_Global_TABLE',
  columns: {
    connections: rt.columnModel('connections', {"key":{"type":"uuid"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    ipsec: rt.columnModel('ipsec', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '20.27.0' }),
    nb_cfg: rt.columnModel('nb_cfg', {"key":{"type":"integer"},"min":1,"max":1}, { since: '20.27.0' }),
    nb_cfg_timestamp: rt.columnModel('nb_cfg_timestamp', {"key":{"type":"integer"},"min":1,"max":1}, { since: '21.11.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    ssl: rt.columnModel('ssl', {"key":{"type":"uuid"},"min":0,"max":1}, { since: '20.27.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_connections = (v: unknown): ReadonlyArray<rt.Uuid> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.Uuid] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.Uuid>
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

const d_ipsec = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_nb_cfg = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_nb_cfg_timestamp = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
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

const d_ssl = (v: unknown): rt.Uuid | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.Uuid) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_connections = d_connections(o['connections'])
  if (v_connections === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_ipsec = d_ipsec(o['ipsec'])
  if (v_ipsec === rt.INVALID) return rt.INVALID
  const v_nb_cfg = d_nb_cfg(o['nb_cfg'])
  if (v_nb_cfg === rt.INVALID) return rt.INVALID
  const v_nb_cfg_timestamp = d_nb_cfg_timestamp(o['nb_cfg_timestamp'])
  if (v_nb_cfg_timestamp === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_ssl = d_ssl(o['ssl'])
  if (v_ssl === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'SB_Global'>,
    _version: _version as rt.Uuid | undefined,
    connections: v_connections,
    external_ids: v_external_ids,
    ipsec: v_ipsec,
    nb_cfg: v_nb_cfg,
    nb_cfg_timestamp: v_nb_cfg_timestamp,
    options: v_options,
    ssl: v_ssl,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    connections: rt.encodeSet(r.connections),
    external_ids: rt.encodeMap(r.external_ids),
    ipsec: r.ipsec,
    nb_cfg: r.nb_cfg,
    nb_cfg_timestamp: r.nb_cfg_timestamp,
    options: rt.encodeMap(r.options),
    ssl: rt.encodeOptional(r.ssl),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `SB_Global` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as SB_Global from './SB_Global.js'
 * SB_Global.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `SB_Global` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as SB_Global from './SB_Global.js'
 * SB_Global.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `SB_Global` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as SB_Global from './SB_Global.js'
 * SB_Global.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
