// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `NB_Global` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * At most 1 rows.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `NB_Global` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * At most 1 rows.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as NB_Global from './NB_Global.js'
 * const id = (r: NB_Global.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'NB_Global'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `connections`: set of strong references to `Connection` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Connection","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly connections: ReadonlyArray<rt.StrongReference<'Connection'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `hv_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly hv_cfg: number
  /**
   * `hv_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly hv_cfg_timestamp: number
  /**
   * `ipsec`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly ipsec: boolean
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly name: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly nb_cfg: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly nb_cfg_timestamp: number
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `sb_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly sb_cfg: number
  /**
   * `sb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly sb_cfg_timestamp: number
  /**
   * `ssl`: optional strong reference to `SSL`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"SSL","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly ssl: rt.StrongReference<'SSL'> | undefined
}

/**
 * The columns of a new `NB_Global` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as NB_Global from './NB_Global.js'
 * const row: NB_Global.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `connections`: set of strong references to `Connection` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Connection","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly connections?: ReadonlyArray<rt.Ref<'Connection'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `hv_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly hv_cfg?: number
  /**
   * `hv_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly hv_cfg_timestamp?: number
  /**
   * `ipsec`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly ipsec?: boolean
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly name?: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly nb_cfg?: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly nb_cfg_timestamp?: number
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `sb_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly sb_cfg?: number
  /**
   * `sb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly sb_cfg_timestamp?: number
  /**
   * `ssl`: optional strong reference to `SSL`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"SSL","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly ssl?: rt.Ref<'SSL'> | undefined
}

/**
 * The columns an update of `NB_Global` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as NB_Global from './NB_Global.js'
 * const change: NB_Global.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `connections`: set of strong references to `Connection` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Connection","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly connections?: ReadonlyArray<rt.Ref<'Connection'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `hv_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly hv_cfg?: number
  /**
   * `hv_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly hv_cfg_timestamp?: number
  /**
   * `ipsec`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly ipsec?: boolean
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly name?: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly nb_cfg?: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly nb_cfg_timestamp?: number
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `sb_cfg`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly sb_cfg?: number
  /**
   * `sb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly sb_cfg_timestamp?: number
  /**
   * `ssl`: optional strong reference to `SSL`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"SSL","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE | OVN_Northbound documentation, table NB_Global}
   */
  readonly ssl?: rt.Ref<'SSL'> | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `NB_Global` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as NB_Global from './NB_Global.js'
 * NB_Global.table.isRoot // true
 */
export const table: rt.TableModel<'NB_Global', keyof Insert> = {
  name: 'NB_Global',
  since: '7.0.0',
  isRoot: true,
  maxRows: 1,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NB_Global_TABLE',
  columns: {
    connections: rt.columnModel('connections', {"key":{"type":"uuid","refTable":"Connection","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    hv_cfg: rt.columnModel('hv_cfg', {"key":{"type":"integer"},"min":1,"max":1}, { since: '7.0.0' }),
    hv_cfg_timestamp: rt.columnModel('hv_cfg_timestamp', {"key":{"type":"integer"},"min":1,"max":1}, { since: '7.0.0' }),
    ipsec: rt.columnModel('ipsec', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    nb_cfg: rt.columnModel('nb_cfg', {"key":{"type":"integer"},"min":1,"max":1}, { since: '7.0.0' }),
    nb_cfg_timestamp: rt.columnModel('nb_cfg_timestamp', {"key":{"type":"integer"},"min":1,"max":1}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    sb_cfg: rt.columnModel('sb_cfg', {"key":{"type":"integer"},"min":1,"max":1}, { since: '7.0.0' }),
    sb_cfg_timestamp: rt.columnModel('sb_cfg_timestamp', {"key":{"type":"integer"},"min":1,"max":1}, { since: '7.0.0' }),
    ssl: rt.columnModel('ssl', {"key":{"type":"uuid","refTable":"SSL","refType":"strong"},"min":0,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_connections = (v: unknown): ReadonlyArray<rt.StrongReference<'Connection'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Connection'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Connection'>>
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

const d_hv_cfg = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_hv_cfg_timestamp = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_ipsec = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
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

const d_sb_cfg = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_sb_cfg_timestamp = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_ssl = (v: unknown): rt.StrongReference<'SSL'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'SSL'>) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_connections = d_connections(o['connections'])
  if (v_connections === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_hv_cfg = d_hv_cfg(o['hv_cfg'])
  if (v_hv_cfg === rt.INVALID) return rt.INVALID
  const v_hv_cfg_timestamp = d_hv_cfg_timestamp(o['hv_cfg_timestamp'])
  if (v_hv_cfg_timestamp === rt.INVALID) return rt.INVALID
  const v_ipsec = d_ipsec(o['ipsec'])
  if (v_ipsec === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_nb_cfg = d_nb_cfg(o['nb_cfg'])
  if (v_nb_cfg === rt.INVALID) return rt.INVALID
  const v_nb_cfg_timestamp = d_nb_cfg_timestamp(o['nb_cfg_timestamp'])
  if (v_nb_cfg_timestamp === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_sb_cfg = d_sb_cfg(o['sb_cfg'])
  if (v_sb_cfg === rt.INVALID) return rt.INVALID
  const v_sb_cfg_timestamp = d_sb_cfg_timestamp(o['sb_cfg_timestamp'])
  if (v_sb_cfg_timestamp === rt.INVALID) return rt.INVALID
  const v_ssl = d_ssl(o['ssl'])
  if (v_ssl === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'NB_Global'>,
    _version: _version as rt.Uuid | undefined,
    connections: v_connections,
    external_ids: v_external_ids,
    hv_cfg: v_hv_cfg,
    hv_cfg_timestamp: v_hv_cfg_timestamp,
    ipsec: v_ipsec,
    name: v_name,
    nb_cfg: v_nb_cfg,
    nb_cfg_timestamp: v_nb_cfg_timestamp,
    options: v_options,
    sb_cfg: v_sb_cfg,
    sb_cfg_timestamp: v_sb_cfg_timestamp,
    ssl: v_ssl,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    connections: rt.encodeSet(r.connections),
    external_ids: rt.encodeMap(r.external_ids),
    hv_cfg: r.hv_cfg,
    hv_cfg_timestamp: r.hv_cfg_timestamp,
    ipsec: r.ipsec,
    name: r.name,
    nb_cfg: r.nb_cfg,
    nb_cfg_timestamp: r.nb_cfg_timestamp,
    options: rt.encodeMap(r.options),
    sb_cfg: r.sb_cfg,
    sb_cfg_timestamp: r.sb_cfg_timestamp,
    ssl: rt.encodeOptional(r.ssl),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `NB_Global` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as NB_Global from './NB_Global.js'
 * NB_Global.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `NB_Global` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as NB_Global from './NB_Global.js'
 * NB_Global.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `NB_Global` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as NB_Global from './NB_Global.js'
 * NB_Global.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
