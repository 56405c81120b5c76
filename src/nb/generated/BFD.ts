// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `BFD` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`logical_port`, `dst_ip`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `BFD` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`logical_port`, `dst_ip`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as BFD from './BFD.js'
 * const id = (r: BFD.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'BFD'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `detect_mult`: optional integer >= 1.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly detect_mult: number | undefined
  /**
   * `dst_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly dst_ip: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly logical_port: string
  /**
   * `min_rx`: optional integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly min_rx: number | undefined
  /**
   * `min_tx`: optional integer >= 1.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly min_tx: number | undefined
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `status`: optional string one of `"admin_down"`, `"down"`, `"init"`, `"up"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["admin_down","down","init","up"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly status: 'admin_down' | 'down' | 'init' | 'up' | undefined
}

/**
 * The columns of a new `BFD` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as BFD from './BFD.js'
 * const row: BFD.Insert = { detect_mult: 1 }
 */
export interface Insert {
  /**
   * `detect_mult`: optional integer >= 1.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly detect_mult?: number | undefined
  /**
   * `dst_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly dst_ip?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly logical_port?: string
  /**
   * `min_rx`: optional integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly min_rx?: number | undefined
  /**
   * `min_tx`: optional integer >= 1.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly min_tx?: number | undefined
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `status`: optional string one of `"admin_down"`, `"down"`, `"init"`, `"up"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["admin_down","down","init","up"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly status?: 'admin_down' | 'down' | 'init' | 'up' | undefined
}

/**
 * The columns an update of `BFD` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as BFD from './BFD.js'
 * const change: BFD.Update = { detect_mult: 1 }
 */
export interface Update {
  /**
   * `detect_mult`: optional integer >= 1.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly detect_mult?: number | undefined
  /**
   * `dst_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly dst_ip?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly logical_port?: string
  /**
   * `min_rx`: optional integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly min_rx?: number | undefined
  /**
   * `min_tx`: optional integer >= 1.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly min_tx?: number | undefined
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `status`: optional string one of `"admin_down"`, `"down"`, `"init"`, `"up"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["admin_down","down","init","up"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE | OVN_Northbound documentation, table BFD}
   */
  readonly status?: 'admin_down' | 'down' | 'init' | 'up' | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `BFD` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as BFD from './BFD.js'
 * BFD.table.isRoot // true
 */
export const table: rt.TableModel<'BFD', keyof Insert> = {
  name: 'BFD',
  since: '7.0.0',
  isRoot: true,
  indexes: [['logical_port', 'dst_ip']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#BFD_TABLE',
  columns: {
    detect_mult: rt.columnModel('detect_mult', {"key":{"type":"integer","minInteger":1},"min":0,"max":1}, { since: '7.0.0' }),
    dst_ip: rt.columnModel('dst_ip', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    logical_port: rt.columnModel('logical_port', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    min_rx: rt.columnModel('min_rx', {"key":{"type":"integer"},"min":0,"max":1}, { since: '7.0.0' }),
    min_tx: rt.columnModel('min_tx', {"key":{"type":"integer","minInteger":1},"min":0,"max":1}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    status: rt.columnModel('status', {"key":{"type":"string","enum":["admin_down","down","init","up"]},"min":0,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_detect_mult = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? (v as number) : rt.INVALID
}

const d_dst_ip = (v: unknown): string | rt.Invalid => {
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

const d_logical_port = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_min_rx = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_min_tx = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? (v as number) : rt.INVALID
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

const d_status = (v: unknown): 'admin_down' | 'down' | 'init' | 'up' | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'admin_down' || v === 'down' || v === 'init' || v === 'up') ? (v as 'admin_down' | 'down' | 'init' | 'up') : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_detect_mult = d_detect_mult(o['detect_mult'])
  if (v_detect_mult === rt.INVALID) return rt.INVALID
  const v_dst_ip = d_dst_ip(o['dst_ip'])
  if (v_dst_ip === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_logical_port = d_logical_port(o['logical_port'])
  if (v_logical_port === rt.INVALID) return rt.INVALID
  const v_min_rx = d_min_rx(o['min_rx'])
  if (v_min_rx === rt.INVALID) return rt.INVALID
  const v_min_tx = d_min_tx(o['min_tx'])
  if (v_min_tx === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_status = d_status(o['status'])
  if (v_status === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'BFD'>,
    _version: _version as rt.Uuid | undefined,
    detect_mult: v_detect_mult,
    dst_ip: v_dst_ip,
    external_ids: v_external_ids,
    logical_port: v_logical_port,
    min_rx: v_min_rx,
    min_tx: v_min_tx,
    options: v_options,
    status: v_status,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    detect_mult: rt.encodeOptional(r.detect_mult),
    dst_ip: r.dst_ip,
    external_ids: rt.encodeMap(r.external_ids),
    logical_port: r.logical_port,
    min_rx: rt.encodeOptional(r.min_rx),
    min_tx: rt.encodeOptional(r.min_tx),
    options: rt.encodeMap(r.options),
    status: rt.encodeOptional(r.status),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `BFD` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as BFD from './BFD.js'
 * BFD.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `BFD` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as BFD from './BFD.js'
 * BFD.InsertC.encode({ detect_mult: 1 })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `BFD` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as BFD from './BFD.js'
 * BFD.UpdateC.encode({ detect_mult: 1 })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
