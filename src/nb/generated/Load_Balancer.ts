// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Load_Balancer` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Load_Balancer` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Load_Balancer from './Load_Balancer.js'
 * const id = (r: Load_Balancer.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Load_Balancer'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `health_check`: set of strong references to `Load_Balancer_Health_Check` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly health_check: ReadonlyArray<rt.StrongReference<'Load_Balancer_Health_Check'>>
  /**
   * `ip_port_mappings`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly ip_port_mappings: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly name: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `protocol`: optional string one of `"sctp"`, `"tcp"`, `"udp"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["sctp","tcp","udp"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly protocol: 'sctp' | 'tcp' | 'udp' | undefined
  /**
   * `selection_fields`: set of strings each one of `"eth_dst"`, `"eth_src"`, `"ip_dst"`, `"ip_src"`, `"ipv6_dst"`, `"ipv6_src"`, `"tp_dst"`, `"tp_src"` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly selection_fields: ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
  /**
   * `vips`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly vips: ReadonlyMap<string, string>
}

/**
 * The columns of a new `Load_Balancer` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Load_Balancer from './Load_Balancer.js'
 * const row: Load_Balancer.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `health_check`: set of strong references to `Load_Balancer_Health_Check` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly health_check?: ReadonlyArray<rt.Ref<'Load_Balancer_Health_Check'>>
  /**
   * `ip_port_mappings`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly ip_port_mappings?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly name?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `protocol`: optional string one of `"sctp"`, `"tcp"`, `"udp"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["sctp","tcp","udp"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly protocol?: 'sctp' | 'tcp' | 'udp' | undefined
  /**
   * `selection_fields`: set of strings each one of `"eth_dst"`, `"eth_src"`, `"ip_dst"`, `"ip_src"`, `"ipv6_dst"`, `"ipv6_src"`, `"tp_dst"`, `"tp_src"` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly selection_fields?: ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
  /**
   * `vips`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly vips?: ReadonlyMap<string, string>
}

/**
 * The columns an update of `Load_Balancer` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Load_Balancer from './Load_Balancer.js'
 * const change: Load_Balancer.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `health_check`: set of strong references to `Load_Balancer_Health_Check` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly health_check?: ReadonlyArray<rt.Ref<'Load_Balancer_Health_Check'>>
  /**
   * `ip_port_mappings`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly ip_port_mappings?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly name?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `protocol`: optional string one of `"sctp"`, `"tcp"`, `"udp"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["sctp","tcp","udp"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly protocol?: 'sctp' | 'tcp' | 'udp' | undefined
  /**
   * `selection_fields`: set of strings each one of `"eth_dst"`, `"eth_src"`, `"ip_dst"`, `"ip_src"`, `"ipv6_dst"`, `"ipv6_src"`, `"tp_dst"`, `"tp_src"` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly selection_fields?: ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
  /**
   * `vips`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE | OVN_Northbound documentation, table Load_Balancer}
   */
  readonly vips?: ReadonlyMap<string, string>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Load_Balancer` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Load_Balancer from './Load_Balancer.js'
 * Load_Balancer.table.isRoot // true
 */
export const table: rt.TableModel<'Load_Balancer', keyof Insert> = {
  name: 'Load_Balancer',
  since: '7.0.0',
  isRoot: true,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_TABLE',
  columns: {
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    health_check: rt.columnModel('health_check', {"key":{"type":"uuid","refTable":"Load_Balancer_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    ip_port_mappings: rt.columnModel('ip_port_mappings', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    protocol: rt.columnModel('protocol', {"key":{"type":"string","enum":["sctp","tcp","udp"]},"min":0,"max":1}, { since: '7.0.0' }),
    selection_fields: rt.columnModel('selection_fields', {"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    vips: rt.columnModel('vips', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

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

const d_health_check = (v: unknown): ReadonlyArray<rt.StrongReference<'Load_Balancer_Health_Check'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Load_Balancer_Health_Check'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Load_Balancer_Health_Check'>>
}

const d_ip_port_mappings = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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

const d_name = (v: unknown): string | rt.Invalid => {
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

const d_protocol = (v: unknown): 'sctp' | 'tcp' | 'udp' | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'sctp' || v === 'tcp' || v === 'udp') ? (v as 'sctp' | 'tcp' | 'udp') : rt.INVALID
}

const d_selection_fields = (v: unknown): ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return (v === 'eth_dst' || v === 'eth_src' || v === 'ip_dst' || v === 'ip_src' || v === 'ipv6_dst' || v === 'ipv6_src' || v === 'tp_dst' || v === 'tp_src') ? [v as 'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!((x === 'eth_dst' || x === 'eth_src' || x === 'ip_dst' || x === 'ip_src' || x === 'ipv6_dst' || x === 'ipv6_src' || x === 'tp_dst' || x === 'tp_src'))) return rt.INVALID
  }
  return xs as ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
}

const d_vips = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_health_check = d_health_check(o['health_check'])
  if (v_health_check === rt.INVALID) return rt.INVALID
  const v_ip_port_mappings = d_ip_port_mappings(o['ip_port_mappings'])
  if (v_ip_port_mappings === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_protocol = d_protocol(o['protocol'])
  if (v_protocol === rt.INVALID) return rt.INVALID
  const v_selection_fields = d_selection_fields(o['selection_fields'])
  if (v_selection_fields === rt.INVALID) return rt.INVALID
  const v_vips = d_vips(o['vips'])
  if (v_vips === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Load_Balancer'>,
    _version: _version as rt.Uuid | undefined,
    external_ids: v_external_ids,
    health_check: v_health_check,
    ip_port_mappings: v_ip_port_mappings,
    name: v_name,
    options: v_options,
    protocol: v_protocol,
    selection_fields: v_selection_fields,
    vips: v_vips,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    external_ids: rt.encodeMap(r.external_ids),
    health_check: rt.encodeSet(r.health_check),
    ip_port_mappings: rt.encodeMap(r.ip_port_mappings),
    name: r.name,
    options: rt.encodeMap(r.options),
    protocol: rt.encodeOptional(r.protocol),
    selection_fields: rt.encodeSet(r.selection_fields),
    vips: rt.encodeMap(r.vips),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Load_Balancer` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Load_Balancer from './Load_Balancer.js'
 * Load_Balancer.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Load_Balancer` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Load_Balancer from './Load_Balancer.js'
 * Load_Balancer.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Load_Balancer` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Load_Balancer from './Load_Balancer.js'
 * Load_Balancer.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
