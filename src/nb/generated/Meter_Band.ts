// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Meter_Band` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Meter_Band` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Meter_Band from './Meter_Band.js'
 * const id = (r: Meter_Band.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Meter_Band'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `action`: string one of `"drop"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["drop"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly action: 'drop'
  /**
   * `burst_size`: integer in 0..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly burst_size: number
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `rate`: integer in 1..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly rate: number
}

/**
 * The columns of a new `Meter_Band` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Meter_Band from './Meter_Band.js'
 * const row: Meter_Band.Insert = { action: 'drop' }
 */
export interface Insert {
  /**
   * `action`: string one of `"drop"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["drop"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly action?: 'drop'
  /**
   * `burst_size`: integer in 0..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly burst_size?: number
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `rate`: integer in 1..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly rate?: number
}

/**
 * The columns an update of `Meter_Band` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Meter_Band from './Meter_Band.js'
 * const change: Meter_Band.Update = { action: 'drop' }
 */
export interface Update {
  /**
   * `action`: string one of `"drop"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["drop"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly action?: 'drop'
  /**
   * `burst_size`: integer in 0..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly burst_size?: number
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `rate`: integer in 1..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE | OVN_Northbound documentation, table Meter_Band}
   */
  readonly rate?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Meter_Band` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Meter_Band from './Meter_Band.js'
 * Meter_Band.table.isRoot // false
 */
export const table: rt.TableModel<'Meter_Band', keyof Insert> = {
  name: 'Meter_Band',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Meter_Band_TABLE',
  columns: {
    action: rt.columnModel('action', {"key":{"type":"string","enum":["drop"]},"min":1,"max":1}, { since: '7.0.0' }),
    burst_size: rt.columnModel('burst_size', {"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    rate: rt.columnModel('rate', {"key":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_action = (v: unknown): 'drop' | rt.Invalid => {
  if (v === undefined) return 'drop'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'drop') ? (v as 'drop') : rt.INVALID
}

const d_burst_size = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4294967295 ? (v as number) : rt.INVALID
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

const d_rate = (v: unknown): number | rt.Invalid => {
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
  const v_action = d_action(o['action'])
  if (v_action === rt.INVALID) return rt.INVALID
  const v_burst_size = d_burst_size(o['burst_size'])
  if (v_burst_size === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_rate = d_rate(o['rate'])
  if (v_rate === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Meter_Band'>,
    _version: _version as rt.Uuid | undefined,
    action: v_action,
    burst_size: v_burst_size,
    external_ids: v_external_ids,
    rate: v_rate,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    action: r.action,
    burst_size: r.burst_size,
    external_ids: rt.encodeMap(r.external_ids),
    rate: r.rate,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Meter_Band` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Meter_Band from './Meter_Band.js'
 * Meter_Band.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Meter_Band` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Meter_Band from './Meter_Band.js'
 * Meter_Band.InsertC.encode({ action: 'drop' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Meter_Band` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Meter_Band from './Meter_Band.js'
 * Meter_Band.UpdateC.encode({ action: 'drop' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
