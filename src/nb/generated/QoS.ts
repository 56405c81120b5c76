// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `QoS` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `QoS` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as QoS from './QoS.js'
 * const id = (r: QoS.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'QoS'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `action`: map from strings each one of `"dscp"`, `"mark"` to integers in 0..4294967295 (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dscp","mark"]},"value":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly action: ReadonlyMap<'dscp' | 'mark', number>
  /**
   * `bandwidth`: map from strings each one of `"burst"`, `"rate"` to integers in 1..4294967295 (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["burst","rate"]},"value":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly bandwidth: ReadonlyMap<'burst' | 'rate', number>
  /**
   * `direction`: string one of `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly direction: 'from-lport' | 'to-lport'
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly match: string
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly priority: number
}

/**
 * The columns of a new `QoS` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as QoS from './QoS.js'
 * const row: QoS.Insert = { action: new Map([['dscp', 0]]) }
 */
export interface Insert {
  /**
   * `action`: map from strings each one of `"dscp"`, `"mark"` to integers in 0..4294967295 (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dscp","mark"]},"value":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly action?: ReadonlyMap<'dscp' | 'mark', number>
  /**
   * `bandwidth`: map from strings each one of `"burst"`, `"rate"` to integers in 1..4294967295 (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["burst","rate"]},"value":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly bandwidth?: ReadonlyMap<'burst' | 'rate', number>
  /**
   * `direction`: string one of `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly direction?: 'from-lport' | 'to-lport'
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly match?: string
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly priority?: number
}

/**
 * The columns an update of `QoS` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as QoS from './QoS.js'
 * const change: QoS.Update = { action: new Map([['dscp', 0]]) }
 */
export interface Update {
  /**
   * `action`: map from strings each one of `"dscp"`, `"mark"` to integers in 0..4294967295 (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["dscp","mark"]},"value":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly action?: ReadonlyMap<'dscp' | 'mark', number>
  /**
   * `bandwidth`: map from strings each one of `"burst"`, `"rate"` to integers in 1..4294967295 (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["burst","rate"]},"value":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly bandwidth?: ReadonlyMap<'burst' | 'rate', number>
  /**
   * `direction`: string one of `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly direction?: 'from-lport' | 'to-lport'
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly match?: string
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE | OVN_Northbound documentation, table QoS}
   */
  readonly priority?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `QoS` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as QoS from './QoS.js'
 * QoS.table.isRoot // false
 */
export const table: rt.TableModel<'QoS', keyof Insert> = {
  name: 'QoS',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#QoS_TABLE',
  columns: {
    action: rt.columnModel('action', {"key":{"type":"string","enum":["dscp","mark"]},"value":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    bandwidth: rt.columnModel('bandwidth', {"key":{"type":"string","enum":["burst","rate"]},"value":{"type":"integer","minInteger":1,"maxInteger":4294967295},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    direction: rt.columnModel('direction', {"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    match: rt.columnModel('match', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    priority: rt.columnModel('priority', {"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_action = (v: unknown): ReadonlyMap<'dscp' | 'mark', number> | rt.Invalid => {
  if (v === undefined) return new Map<'dscp' | 'mark', number>()
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  const m = new Map<'dscp' | 'mark', number>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!((x === 'dscp' || x === 'mark')) || !(typeof y === 'number' && Number.isInteger(y) && y >= 0 && y <= 4294967295)) return rt.INVALID
    m.set(x as 'dscp' | 'mark', y as number)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const d_bandwidth = (v: unknown): ReadonlyMap<'burst' | 'rate', number> | rt.Invalid => {
  if (v === undefined) return new Map<'burst' | 'rate', number>()
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  const m = new Map<'burst' | 'rate', number>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!((x === 'burst' || x === 'rate')) || !(typeof y === 'number' && Number.isInteger(y) && y >= 1 && y <= 4294967295)) return rt.INVALID
    m.set(x as 'burst' | 'rate', y as number)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const d_direction = (v: unknown): 'from-lport' | 'to-lport' | rt.Invalid => {
  if (v === undefined) return 'from-lport'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'from-lport' || v === 'to-lport') ? (v as 'from-lport' | 'to-lport') : rt.INVALID
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

const d_match = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_priority = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 32767 ? (v as number) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_action = d_action(o['action'])
  if (v_action === rt.INVALID) return rt.INVALID
  const v_bandwidth = d_bandwidth(o['bandwidth'])
  if (v_bandwidth === rt.INVALID) return rt.INVALID
  const v_direction = d_direction(o['direction'])
  if (v_direction === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_match = d_match(o['match'])
  if (v_match === rt.INVALID) return rt.INVALID
  const v_priority = d_priority(o['priority'])
  if (v_priority === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'QoS'>,
    _version: _version as rt.Uuid | undefined,
    action: v_action,
    bandwidth: v_bandwidth,
    direction: v_direction,
    external_ids: v_external_ids,
    match: v_match,
    priority: v_priority,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    action: rt.encodeMap(r.action),
    bandwidth: rt.encodeMap(r.bandwidth),
    direction: r.direction,
    external_ids: rt.encodeMap(r.external_ids),
    match: r.match,
    priority: r.priority,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `QoS` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as QoS from './QoS.js'
 * QoS.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `QoS` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as QoS from './QoS.js'
 * QoS.InsertC.encode({ action: new Map([['dscp', 0]]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `QoS` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as QoS from './QoS.js'
 * QoS.UpdateC.encode({ action: new Map([['dscp', 0]]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
