// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Logical_Router_Static_Route` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Logical_Router_Static_Route` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
 * const id = (r: Logical_Router_Static_Route.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Logical_Router_Static_Route'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `bfd`: optional weak reference to `BFD`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly bfd: rt.WeakReference<'BFD'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `ip_prefix`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly ip_prefix: string
  /**
   * `nexthop`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly nexthop: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `output_port`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly output_port: string | undefined
  /**
   * `policy`: optional string one of `"dst-ip"`, `"src-ip"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dst-ip","src-ip"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly policy: 'dst-ip' | 'src-ip' | undefined
  /**
   * `route_table`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly route_table: string
  /**
   * `selection_fields`: set of strings each one of `"eth_dst"`, `"eth_src"`, `"ip_dst"`, `"ip_proto"`, `"ip_src"`, `"ipv6_dst"`, `"ipv6_src"`, `"tp_dst"`, `"tp_src"` (any number of elements).
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_proto","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly selection_fields: ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_proto' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
}

/**
 * The columns of a new `Logical_Router_Static_Route` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
 * const row: Logical_Router_Static_Route.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `bfd`: optional weak reference to `BFD`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly bfd?: rt.Ref<'BFD'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `ip_prefix`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly ip_prefix?: string
  /**
   * `nexthop`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly nexthop?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `output_port`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly output_port?: string | undefined
  /**
   * `policy`: optional string one of `"dst-ip"`, `"src-ip"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dst-ip","src-ip"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly policy?: 'dst-ip' | 'src-ip' | undefined
  /**
   * `route_table`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly route_table?: string
  /**
   * `selection_fields`: set of strings each one of `"eth_dst"`, `"eth_src"`, `"ip_dst"`, `"ip_proto"`, `"ip_src"`, `"ipv6_dst"`, `"ipv6_src"`, `"tp_dst"`, `"tp_src"` (any number of elements).
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_proto","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly selection_fields?: ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_proto' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
}

/**
 * The columns an update of `Logical_Router_Static_Route` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
 * const change: Logical_Router_Static_Route.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `bfd`: optional weak reference to `BFD`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly bfd?: rt.Ref<'BFD'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `ip_prefix`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly ip_prefix?: string
  /**
   * `nexthop`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly nexthop?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `output_port`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly output_port?: string | undefined
  /**
   * `policy`: optional string one of `"dst-ip"`, `"src-ip"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dst-ip","src-ip"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly policy?: 'dst-ip' | 'src-ip' | undefined
  /**
   * `route_table`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly route_table?: string
  /**
   * `selection_fields`: set of strings each one of `"eth_dst"`, `"eth_src"`, `"ip_dst"`, `"ip_proto"`, `"ip_src"`, `"ipv6_dst"`, `"ipv6_src"`, `"tp_dst"`, `"tp_src"` (any number of elements).
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_proto","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE | OVN_Northbound documentation, table Logical_Router_Static_Route}
   */
  readonly selection_fields?: ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_proto' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Logical_Router_Static_Route` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
 * Logical_Router_Static_Route.table.isRoot // false
 */
export const table: rt.TableModel<'Logical_Router_Static_Route', keyof Insert> = {
  name: 'Logical_Router_Static_Route',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Static_Route_TABLE',
  columns: {
    bfd: rt.columnModel('bfd', {"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    ip_prefix: rt.columnModel('ip_prefix', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    nexthop: rt.columnModel('nexthop', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    output_port: rt.columnModel('output_port', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    policy: rt.columnModel('policy', {"key":{"type":"string","enum":["dst-ip","src-ip"]},"min":0,"max":1}, { since: '7.0.0' }),
    route_table: rt.columnModel('route_table', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    selection_fields: rt.columnModel('selection_fields', {"key":{"type":"string","enum":["eth_dst","eth_src","ip_dst","ip_proto","ip_src","ipv6_dst","ipv6_src","tp_dst","tp_src"]},"min":0,"max":"unlimited"}, { since: '7.11.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const E_selection_fields: ReadonlySet<unknown> = new Set<unknown>(['eth_dst', 'eth_src', 'ip_dst', 'ip_proto', 'ip_src', 'ipv6_dst', 'ipv6_src', 'tp_dst', 'tp_src'])

const d_bfd = (v: unknown): rt.WeakReference<'BFD'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'BFD'>) : rt.INVALID
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

const d_ip_prefix = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_nexthop = (v: unknown): string | rt.Invalid => {
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

const d_output_port = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_policy = (v: unknown): 'dst-ip' | 'src-ip' | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'dst-ip' || v === 'src-ip') ? (v as 'dst-ip' | 'src-ip') : rt.INVALID
}

const d_route_table = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_selection_fields = (v: unknown): ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_proto' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return E_selection_fields.has(v) ? [v as 'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_proto' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(E_selection_fields.has(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<'eth_dst' | 'eth_src' | 'ip_dst' | 'ip_proto' | 'ip_src' | 'ipv6_dst' | 'ipv6_src' | 'tp_dst' | 'tp_src'>
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_bfd = d_bfd(o['bfd'])
  if (v_bfd === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_ip_prefix = d_ip_prefix(o['ip_prefix'])
  if (v_ip_prefix === rt.INVALID) return rt.INVALID
  const v_nexthop = d_nexthop(o['nexthop'])
  if (v_nexthop === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_output_port = d_output_port(o['output_port'])
  if (v_output_port === rt.INVALID) return rt.INVALID
  const v_policy = d_policy(o['policy'])
  if (v_policy === rt.INVALID) return rt.INVALID
  const v_route_table = d_route_table(o['route_table'])
  if (v_route_table === rt.INVALID) return rt.INVALID
  const v_selection_fields = d_selection_fields(o['selection_fields'])
  if (v_selection_fields === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Logical_Router_Static_Route'>,
    _version: _version as rt.Uuid | undefined,
    bfd: v_bfd,
    external_ids: v_external_ids,
    ip_prefix: v_ip_prefix,
    nexthop: v_nexthop,
    options: v_options,
    output_port: v_output_port,
    policy: v_policy,
    route_table: v_route_table,
    selection_fields: v_selection_fields,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    bfd: rt.encodeOptional(r.bfd),
    external_ids: rt.encodeMap(r.external_ids),
    ip_prefix: r.ip_prefix,
    nexthop: r.nexthop,
    options: rt.encodeMap(r.options),
    output_port: rt.encodeOptional(r.output_port),
    policy: rt.encodeOptional(r.policy),
    route_table: r.route_table,
    selection_fields: rt.encodeSet(r.selection_fields),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Logical_Router_Static_Route` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
 * Logical_Router_Static_Route.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Logical_Router_Static_Route` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
 * Logical_Router_Static_Route.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Logical_Router_Static_Route` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
 * Logical_Router_Static_Route.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
