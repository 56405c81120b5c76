// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `NAT` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `NAT` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as NAT from './NAT.js'
 * const id = (r: NAT.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'NAT'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `allowed_ext_ips`: optional strong reference to `Address_Set`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly allowed_ext_ips: rt.StrongReference<'Address_Set'> | undefined
  /**
   * `exempted_ext_ips`: optional strong reference to `Address_Set`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly exempted_ext_ips: rt.StrongReference<'Address_Set'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `external_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_ip: string
  /**
   * `external_mac`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_mac: string | undefined
  /**
   * `external_port_range`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_port_range: string
  /**
   * `gateway_port`: optional weak reference to `Logical_Router_Port`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly gateway_port: rt.WeakReference<'Logical_Router_Port'> | undefined
  /**
   * `logical_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly logical_ip: string
  /**
   * `logical_port`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly logical_port: string | undefined
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly match: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly priority: number
  /**
   * `type`: string one of `"dnat"`, `"dnat_and_snat"`, `"snat"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dnat","dnat_and_snat","snat"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly type: 'dnat' | 'dnat_and_snat' | 'snat'
}

/**
 * The columns of a new `NAT` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as NAT from './NAT.js'
 * const row: NAT.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `allowed_ext_ips`: optional strong reference to `Address_Set`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly allowed_ext_ips?: rt.Ref<'Address_Set'> | undefined
  /**
   * `exempted_ext_ips`: optional strong reference to `Address_Set`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly exempted_ext_ips?: rt.Ref<'Address_Set'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `external_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_ip?: string
  /**
   * `external_mac`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_mac?: string | undefined
  /**
   * `external_port_range`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_port_range?: string
  /**
   * `gateway_port`: optional weak reference to `Logical_Router_Port`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly gateway_port?: rt.Ref<'Logical_Router_Port'> | undefined
  /**
   * `logical_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly logical_ip?: string
  /**
   * `logical_port`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly logical_port?: string | undefined
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly match?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly priority?: number
  /**
   * `type`: string one of `"dnat"`, `"dnat_and_snat"`, `"snat"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dnat","dnat_and_snat","snat"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly type?: 'dnat' | 'dnat_and_snat' | 'snat'
}

/**
 * The columns an update of `NAT` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as NAT from './NAT.js'
 * const change: NAT.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `allowed_ext_ips`: optional strong reference to `Address_Set`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly allowed_ext_ips?: rt.Ref<'Address_Set'> | undefined
  /**
   * `exempted_ext_ips`: optional strong reference to `Address_Set`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly exempted_ext_ips?: rt.Ref<'Address_Set'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `external_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_ip?: string
  /**
   * `external_mac`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_mac?: string | undefined
  /**
   * `external_port_range`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly external_port_range?: string
  /**
   * `gateway_port`: optional weak reference to `Logical_Router_Port`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly gateway_port?: rt.Ref<'Logical_Router_Port'> | undefined
  /**
   * `logical_ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly logical_ip?: string
  /**
   * `logical_port`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly logical_port?: string | undefined
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly match?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly priority?: number
  /**
   * `type`: string one of `"dnat"`, `"dnat_and_snat"`, `"snat"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dnat","dnat_and_snat","snat"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE | OVN_Northbound documentation, table NAT}
   */
  readonly type?: 'dnat' | 'dnat_and_snat' | 'snat'
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `NAT` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as NAT from './NAT.js'
 * NAT.table.isRoot // false
 */
export const table: rt.TableModel<'NAT', keyof Insert> = {
  name: 'NAT',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#NAT_TABLE',
  columns: {
    allowed_ext_ips: rt.columnModel('allowed_ext_ips', {"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}, { since: '7.0.0' }),
    exempted_ext_ips: rt.columnModel('exempted_ext_ips', {"key":{"type":"uuid","refTable":"Address_Set","refType":"strong"},"min":0,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    external_ip: rt.columnModel('external_ip', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    external_mac: rt.columnModel('external_mac', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    external_port_range: rt.columnModel('external_port_range', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    gateway_port: rt.columnModel('gateway_port', {"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}, { since: '7.0.0' }),
    logical_ip: rt.columnModel('logical_ip', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    logical_port: rt.columnModel('logical_port', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    match: rt.columnModel('match', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.6.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    priority: rt.columnModel('priority', {"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}, { since: '7.6.0' }),
    type: rt.columnModel('type', {"key":{"type":"string","enum":["dnat","dnat_and_snat","snat"]},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_allowed_ext_ips = (v: unknown): rt.StrongReference<'Address_Set'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Address_Set'>) : rt.INVALID
}

const d_exempted_ext_ips = (v: unknown): rt.StrongReference<'Address_Set'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Address_Set'>) : rt.INVALID
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

const d_external_ip = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_external_mac = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_external_port_range = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_gateway_port = (v: unknown): rt.WeakReference<'Logical_Router_Port'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Logical_Router_Port'>) : rt.INVALID
}

const d_logical_ip = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_logical_port = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_match = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
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

const d_priority = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 32767 ? (v as number) : rt.INVALID
}

const d_type = (v: unknown): 'dnat' | 'dnat_and_snat' | 'snat' | rt.Invalid => {
  if (v === undefined) return 'dnat'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'dnat' || v === 'dnat_and_snat' || v === 'snat') ? (v as 'dnat' | 'dnat_and_snat' | 'snat') : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_allowed_ext_ips = d_allowed_ext_ips(o['allowed_ext_ips'])
  if (v_allowed_ext_ips === rt.INVALID) return rt.INVALID
  const v_exempted_ext_ips = d_exempted_ext_ips(o['exempted_ext_ips'])
  if (v_exempted_ext_ips === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_external_ip = d_external_ip(o['external_ip'])
  if (v_external_ip === rt.INVALID) return rt.INVALID
  const v_external_mac = d_external_mac(o['external_mac'])
  if (v_external_mac === rt.INVALID) return rt.INVALID
  const v_external_port_range = d_external_port_range(o['external_port_range'])
  if (v_external_port_range === rt.INVALID) return rt.INVALID
  const v_gateway_port = d_gateway_port(o['gateway_port'])
  if (v_gateway_port === rt.INVALID) return rt.INVALID
  const v_logical_ip = d_logical_ip(o['logical_ip'])
  if (v_logical_ip === rt.INVALID) return rt.INVALID
  const v_logical_port = d_logical_port(o['logical_port'])
  if (v_logical_port === rt.INVALID) return rt.INVALID
  const v_match = d_match(o['match'])
  if (v_match === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_priority = d_priority(o['priority'])
  if (v_priority === rt.INVALID) return rt.INVALID
  const v_type = d_type(o['type'])
  if (v_type === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'NAT'>,
    _version: _version as rt.Uuid | undefined,
    allowed_ext_ips: v_allowed_ext_ips,
    exempted_ext_ips: v_exempted_ext_ips,
    external_ids: v_external_ids,
    external_ip: v_external_ip,
    external_mac: v_external_mac,
    external_port_range: v_external_port_range,
    gateway_port: v_gateway_port,
    logical_ip: v_logical_ip,
    logical_port: v_logical_port,
    match: v_match,
    options: v_options,
    priority: v_priority,
    type: v_type,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    allowed_ext_ips: rt.encodeOptional(r.allowed_ext_ips),
    exempted_ext_ips: rt.encodeOptional(r.exempted_ext_ips),
    external_ids: rt.encodeMap(r.external_ids),
    external_ip: r.external_ip,
    external_mac: rt.encodeOptional(r.external_mac),
    external_port_range: r.external_port_range,
    gateway_port: rt.encodeOptional(r.gateway_port),
    logical_ip: r.logical_ip,
    logical_port: rt.encodeOptional(r.logical_port),
    match: r.match,
    options: rt.encodeMap(r.options),
    priority: r.priority,
    type: r.type,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `NAT` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as NAT from './NAT.js'
 * NAT.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `NAT` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as NAT from './NAT.js'
 * NAT.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `NAT` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as NAT from './NAT.js'
 * NAT.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
