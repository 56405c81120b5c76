// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Meter` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Meter` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Meter from './Meter.js'
 * const id = (r: Meter.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Meter'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `bands`: set of strong references to `Meter_Band` (at least 1 element).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Meter_Band","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly bands: ReadonlyArray<rt.StrongReference<'Meter_Band'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `fair`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly fair: boolean | undefined
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly name: string
  /**
   * `unit`: string one of `"kbps"`, `"pktps"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["kbps","pktps"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly unit: 'kbps' | 'pktps'
}

/**
 * The columns of a new `Meter` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Meter from './Meter.js'
 * const row: Meter.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `bands`: set of strong references to `Meter_Band` (at least 1 element).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Meter_Band","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly bands?: ReadonlyArray<rt.Ref<'Meter_Band'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `fair`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly fair?: boolean | undefined
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly name?: string
  /**
   * `unit`: string one of `"kbps"`, `"pktps"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["kbps","pktps"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly unit?: 'kbps' | 'pktps'
}

/**
 * The columns an update of `Meter` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Meter from './Meter.js'
 * const change: Meter.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `bands`: set of strong references to `Meter_Band` (at least 1 element).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Meter_Band","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly bands?: ReadonlyArray<rt.Ref<'Meter_Band'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `fair`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly fair?: boolean | undefined
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly name?: string
  /**
   * `unit`: string one of `"kbps"`, `"pktps"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["kbps","pktps"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE | OVN_Northbound documentation, table Meter}
   */
  readonly unit?: 'kbps' | 'pktps'
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Meter` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Meter from './Meter.js'
 * Meter.table.isRoot // true
 */
export const table: rt.TableModel<'Meter', keyof Insert> = {
  name: 'Meter',
  since: '7.0.0',
  isRoot: true,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_TABLE',
  columns: {
    bands: rt.columnModel('bands', {"key":{"type":"uuid","refTable":"Meter_Band","refType":"strong"},"min":1,"max":"unlimited"}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    fair: rt.columnModel('fair', {"key":{"type":"boolean"},"min":0,"max":1}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    unit: rt.columnModel('unit', {"key":{"type":"string","enum":["kbps","pktps"]},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_bands = (v: unknown): ReadonlyArray<rt.StrongReference<'Meter_Band'>> | rt.Invalid => {
  if (v === undefined) return [rt.ZERO_UUID]
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Meter_Band'>] : rt.INVALID
  const xs = v[1]
  if (xs.length < 1) return rt.INVALID
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Meter_Band'>>
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

const d_fair = (v: unknown): boolean | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_unit = (v: unknown): 'kbps' | 'pktps' | rt.Invalid => {
  if (v === undefined) return 'kbps'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'kbps' || v === 'pktps') ? (v as 'kbps' | 'pktps') : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_bands = d_bands(o['bands'])
  if (v_bands === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_fair = d_fair(o['fair'])
  if (v_fair === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_unit = d_unit(o['unit'])
  if (v_unit === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Meter'>,
    _version: _version as rt.Uuid | undefined,
    bands: v_bands,
    external_ids: v_external_ids,
    fair: v_fair,
    name: v_name,
    unit: v_unit,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    bands: rt.encodeSet(r.bands),
    external_ids: rt.encodeMap(r.external_ids),
    fair: rt.encodeOptional(r.fair),
    name: r.name,
    unit: r.unit,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Meter` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Meter from './Meter.js'
 * Meter.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Meter` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Meter from './Meter.js'
 * Meter.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Meter` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Meter from './Meter.js'
 * Meter.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
