// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Logical_Switch_Port_Health_Check` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.18.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Logical_Switch_Port_Health_Check` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.18.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
 * const id = (r: Logical_Switch_Port_Health_Check.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Logical_Switch_Port_Health_Check'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `address`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly address: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `port`: integer in 0..65535.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":65535},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly port: number
  /**
   * `protocol`: string one of `"icmp"`, `"tcp"`, `"udp"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["icmp","tcp","udp"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly protocol: 'icmp' | 'tcp' | 'udp'
  /**
   * `src_ip`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly src_ip: string
  /**
   * `status`: optional string one of `"error"`, `"offline"`, `"online"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["error","offline","online"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly status: 'error' | 'offline' | 'online' | undefined
}

/**
 * The columns of a new `Logical_Switch_Port_Health_Check` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
 * const row: Logical_Switch_Port_Health_Check.Insert = { address: 'example' }
 */
export interface Insert {
  /**
   * `address`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly address?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `port`: integer in 0..65535.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":65535},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly port?: number
  /**
   * `protocol`: string one of `"icmp"`, `"tcp"`, `"udp"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["icmp","tcp","udp"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly protocol?: 'icmp' | 'tcp' | 'udp'
  /**
   * `src_ip`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly src_ip?: string
  /**
   * `status`: optional string one of `"error"`, `"offline"`, `"online"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["error","offline","online"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly status?: 'error' | 'offline' | 'online' | undefined
}

/**
 * The columns an update of `Logical_Switch_Port_Health_Check` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
 * const change: Logical_Switch_Port_Health_Check.Update = { address: 'example' }
 */
export interface Update {
  /**
   * `address`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly address?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `port`: integer in 0..65535.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":65535},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly port?: number
  /**
   * `protocol`: string one of `"icmp"`, `"tcp"`, `"udp"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["icmp","tcp","udp"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly protocol?: 'icmp' | 'tcp' | 'udp'
  /**
   * `src_ip`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly src_ip?: string
  /**
   * `status`: optional string one of `"error"`, `"offline"`, `"online"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["error","offline","online"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE | OVN_Northbound documentation, table Logical_Switch_Port_Health_Check}
   */
  readonly status?: 'error' | 'offline' | 'online' | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Logical_Switch_Port_Health_Check` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
 * Logical_Switch_Port_Health_Check.table.isRoot // false
 */
export const table: rt.TableModel<'Logical_Switch_Port_Health_Check', keyof Insert> = {
  name: 'Logical_Switch_Port_Health_Check',
  since: '7.18.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_Health_Check_TABLE',
  columns: {
    address: rt.columnModel('address', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.18.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.18.0' }),
    port: rt.columnModel('port', {"key":{"type":"integer","minInteger":0,"maxInteger":65535},"min":1,"max":1}, { since: '7.18.0' }),
    protocol: rt.columnModel('protocol', {"key":{"type":"string","enum":["icmp","tcp","udp"]},"min":1,"max":1}, { since: '7.18.0' }),
    src_ip: rt.columnModel('src_ip', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.18.0' }),
    status: rt.columnModel('status', {"key":{"type":"string","enum":["error","offline","online"]},"min":0,"max":1}, { since: '7.18.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_address = (v: unknown): string | rt.Invalid => {
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

const d_port = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 65535 ? (v as number) : rt.INVALID
}

const d_protocol = (v: unknown): 'icmp' | 'tcp' | 'udp' | rt.Invalid => {
  if (v === undefined) return 'icmp'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'icmp' || v === 'tcp' || v === 'udp') ? (v as 'icmp' | 'tcp' | 'udp') : rt.INVALID
}

const d_src_ip = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_status = (v: unknown): 'error' | 'offline' | 'online' | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'error' || v === 'offline' || v === 'online') ? (v as 'error' | 'offline' | 'online') : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_address = d_address(o['address'])
  if (v_address === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_port = d_port(o['port'])
  if (v_port === rt.INVALID) return rt.INVALID
  const v_protocol = d_protocol(o['protocol'])
  if (v_protocol === rt.INVALID) return rt.INVALID
  const v_src_ip = d_src_ip(o['src_ip'])
  if (v_src_ip === rt.INVALID) return rt.INVALID
  const v_status = d_status(o['status'])
  if (v_status === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Logical_Switch_Port_Health_Check'>,
    _version: _version as rt.Uuid | undefined,
    address: v_address,
    options: v_options,
    port: v_port,
    protocol: v_protocol,
    src_ip: v_src_ip,
    status: v_status,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    address: r.address,
    options: rt.encodeMap(r.options),
    port: r.port,
    protocol: r.protocol,
    src_ip: r.src_ip,
    status: rt.encodeOptional(r.status),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Logical_Switch_Port_Health_Check` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
 * Logical_Switch_Port_Health_Check.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Logical_Switch_Port_Health_Check` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
 * Logical_Switch_Port_Health_Check.InsertC.encode({ address: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Logical_Switch_Port_Health_Check` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
 * Logical_Switch_Port_Health_Check.UpdateC.encode({ address: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
