// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Static_MAC_Binding` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`logical_port`, `ip`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Static_MAC_Binding` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`logical_port`, `ip`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Static_MAC_Binding from './Static_MAC_Binding.js'
 * const id = (r: Static_MAC_Binding.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Static_MAC_Binding'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly ip: string
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly logical_port: string
  /**
   * `mac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly mac: string
  /**
   * `override_dynamic_mac`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly override_dynamic_mac: boolean
}

/**
 * The columns of a new `Static_MAC_Binding` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Static_MAC_Binding from './Static_MAC_Binding.js'
 * const row: Static_MAC_Binding.Insert = { ip: 'example' }
 */
export interface Insert {
  /**
   * `ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly ip?: string
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly logical_port?: string
  /**
   * `mac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly mac?: string
  /**
   * `override_dynamic_mac`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly override_dynamic_mac?: boolean
}

/**
 * The columns an update of `Static_MAC_Binding` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Static_MAC_Binding from './Static_MAC_Binding.js'
 * const change: Static_MAC_Binding.Update = { ip: 'example' }
 */
export interface Update {
  /**
   * `ip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly ip?: string
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly logical_port?: string
  /**
   * `mac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly mac?: string
  /**
   * `override_dynamic_mac`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE | OVN_Northbound documentation, table Static_MAC_Binding}
   */
  readonly override_dynamic_mac?: boolean
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Static_MAC_Binding` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Static_MAC_Binding from './Static_MAC_Binding.js'
 * Static_MAC_Binding.table.isRoot // true
 */
export const table: rt.TableModel<'Static_MAC_Binding', keyof Insert> = {
  name: 'Static_MAC_Binding',
  since: '7.0.0',
  isRoot: true,
  indexes: [['logical_port', 'ip']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Static_MAC_Binding_TABLE',
  columns: {
    ip: rt.columnModel('ip', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    logical_port: rt.columnModel('logical_port', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    mac: rt.columnModel('mac', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    override_dynamic_mac: rt.columnModel('override_dynamic_mac', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_ip = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_logical_port = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_mac = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_override_dynamic_mac = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_ip = d_ip(o['ip'])
  if (v_ip === rt.INVALID) return rt.INVALID
  const v_logical_port = d_logical_port(o['logical_port'])
  if (v_logical_port === rt.INVALID) return rt.INVALID
  const v_mac = d_mac(o['mac'])
  if (v_mac === rt.INVALID) return rt.INVALID
  const v_override_dynamic_mac = d_override_dynamic_mac(o['override_dynamic_mac'])
  if (v_override_dynamic_mac === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Static_MAC_Binding'>,
    _version: _version as rt.Uuid | undefined,
    ip: v_ip,
    logical_port: v_logical_port,
    mac: v_mac,
    override_dynamic_mac: v_override_dynamic_mac,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    ip: r.ip,
    logical_port: r.logical_port,
    mac: r.mac,
    override_dynamic_mac: r.override_dynamic_mac,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Static_MAC_Binding` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Static_MAC_Binding from './Static_MAC_Binding.js'
 * Static_MAC_Binding.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Static_MAC_Binding` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Static_MAC_Binding from './Static_MAC_Binding.js'
 * Static_MAC_Binding.InsertC.encode({ ip: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Static_MAC_Binding` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Static_MAC_Binding from './Static_MAC_Binding.js'
 * Static_MAC_Binding.UpdateC.encode({ ip: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
