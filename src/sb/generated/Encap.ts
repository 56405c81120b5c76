// generated — do not edit: OVN_Southbound 21.11.0 (ovn-nb gen)
/**
 * Table `Encap` of OVN_Southbound 21.11.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`type`, `ip`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Encap` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`type`, `ip`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Encap from './Encap.js'
 * const id = (r: Encap.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Encap'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `chassis_name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly chassis_name: string
  /**
   * `ip`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly ip: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `type`: string one of `"geneve"`, `"vxlan"`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["geneve","vxlan"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly type: 'geneve' | 'vxlan'
}

/**
 * The columns of a new `Encap` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Encap from './Encap.js'
 * const row: Encap.Insert = { chassis_name: 'example' }
 */
export interface Insert {
  /**
   * `chassis_name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly chassis_name?: string
  /**
   * `ip`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly ip?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `type`: string one of `"geneve"`, `"vxlan"`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["geneve","vxlan"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly type?: 'geneve' | 'vxlan'
}

/**
 * The columns an update of `Encap` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Encap from './Encap.js'
 * const change: Encap.Update = { chassis_name: 'example' }
 */
export interface Update {
  /**
   * `chassis_name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly chassis_name?: string
  /**
   * `ip`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly ip?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `type`: string one of `"geneve"`, `"vxlan"`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["geneve","vxlan"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE | OVN_Southbound documentation, table Encap}
   */
  readonly type?: 'geneve' | 'vxlan'
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Encap` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Encap from './Encap.js'
 * Encap.table.isRoot // false
 */
export const table: rt.TableModel<'Encap', keyof Insert> = {
  name: 'Encap',
  since: '20.27.0',
  isRoot: false,
  indexes: [['type', 'ip']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Encap_TABLE',
  columns: {
    chassis_name: rt.columnModel('chassis_name', {"key":{"type":"string"},"min":1,"max":1}, { since: '20.27.0' }),
    ip: rt.columnModel('ip', {"key":{"type":"string"},"min":1,"max":1}, { since: '20.27.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    type: rt.columnModel('type', {"key":{"type":"string","enum":["geneve","vxlan"]},"min":1,"max":1}, { since: '20.27.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_chassis_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_ip = (v: unknown): string | rt.Invalid => {
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

const d_type = (v: unknown): 'geneve' | 'vxlan' | rt.Invalid => {
  if (v === undefined) return 'geneve'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'geneve' || v === 'vxlan') ? (v as 'geneve' | 'vxlan') : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_chassis_name = d_chassis_name(o['chassis_name'])
  if (v_chassis_name === rt.INVALID) return rt.INVALID
  const v_ip = d_ip(o['ip'])
  if (v_ip === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_type = d_type(o['type'])
  if (v_type === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Encap'>,
    _version: _version as rt.Uuid | undefined,
    chassis_name: v_chassis_name,
    ip: v_ip,
    options: v_options,
    type: v_type,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    chassis_name: r.chassis_name,
    ip: r.ip,
    options: rt.encodeMap(r.options),
    type: r.type,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Encap` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Encap from './Encap.js'
 * Encap.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Encap` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Encap from './Encap.js'
 * Encap.InsertC.encode({ chassis_name: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Encap` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Encap from './Encap.js'
 * Encap.UpdateC.encode({ chassis_name: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
