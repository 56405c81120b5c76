// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Connection` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`target`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Connection` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`target`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Connection from './Connection.js'
 * const id = (r: Connection.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Connection'>
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
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `inactivity_probe`: optional integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly inactivity_probe: number | undefined
  /**
   * `is_connected`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly is_connected: boolean
  /**
   * `max_backoff`: optional integer >= 1000.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1000},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly max_backoff: number | undefined
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly other_config: ReadonlyMap<string, string>
  /**
   * `status`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly status: ReadonlyMap<string, string>
  /**
   * `target`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly target: string
}

/**
 * The columns of a new `Connection` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Connection from './Connection.js'
 * const row: Connection.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `inactivity_probe`: optional integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly inactivity_probe?: number | undefined
  /**
   * `is_connected`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly is_connected?: boolean
  /**
   * `max_backoff`: optional integer >= 1000.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1000},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly max_backoff?: number | undefined
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly other_config?: ReadonlyMap<string, string>
  /**
   * `status`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly status?: ReadonlyMap<string, string>
  /**
   * `target`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly target?: string
}

/**
 * The columns an update of `Connection` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Connection from './Connection.js'
 * const change: Connection.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `inactivity_probe`: optional integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly inactivity_probe?: number | undefined
  /**
   * `is_connected`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly is_connected?: boolean
  /**
   * `max_backoff`: optional integer >= 1000.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1000},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly max_backoff?: number | undefined
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly other_config?: ReadonlyMap<string, string>
  /**
   * `status`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly status?: ReadonlyMap<string, string>
  /**
   * `target`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE | OVN_Northbound documentation, table Connection}
   */
  readonly target?: string
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Connection` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Connection from './Connection.js'
 * Connection.table.isRoot // false
 */
export const table: rt.TableModel<'Connection', keyof Insert> = {
  name: 'Connection',
  since: '7.0.0',
  isRoot: false,
  indexes: [['target']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Connection_TABLE',
  columns: {
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    inactivity_probe: rt.columnModel('inactivity_probe', {"key":{"type":"integer"},"min":0,"max":1}, { since: '7.0.0' }),
    is_connected: rt.columnModel('is_connected', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '7.0.0', ephemeral: true }),
    max_backoff: rt.columnModel('max_backoff', {"key":{"type":"integer","minInteger":1000},"min":0,"max":1}, { since: '7.0.0' }),
    other_config: rt.columnModel('other_config', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    status: rt.columnModel('status', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0', ephemeral: true }),
    target: rt.columnModel('target', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
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

const d_inactivity_probe = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_is_connected = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_max_backoff = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1000 ? (v as number) : rt.INVALID
}

const d_other_config = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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

const d_status = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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

const d_target = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_inactivity_probe = d_inactivity_probe(o['inactivity_probe'])
  if (v_inactivity_probe === rt.INVALID) return rt.INVALID
  const v_is_connected = d_is_connected(o['is_connected'])
  if (v_is_connected === rt.INVALID) return rt.INVALID
  const v_max_backoff = d_max_backoff(o['max_backoff'])
  if (v_max_backoff === rt.INVALID) return rt.INVALID
  const v_other_config = d_other_config(o['other_config'])
  if (v_other_config === rt.INVALID) return rt.INVALID
  const v_status = d_status(o['status'])
  if (v_status === rt.INVALID) return rt.INVALID
  const v_target = d_target(o['target'])
  if (v_target === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Connection'>,
    _version: _version as rt.Uuid | undefined,
    external_ids: v_external_ids,
    inactivity_probe: v_inactivity_probe,
    is_connected: v_is_connected,
    max_backoff: v_max_backoff,
    other_config: v_other_config,
    status: v_status,
    target: v_target,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    external_ids: rt.encodeMap(r.external_ids),
    inactivity_probe: rt.encodeOptional(r.inactivity_probe),
    is_connected: r.is_connected,
    max_backoff: rt.encodeOptional(r.max_backoff),
    other_config: rt.encodeMap(r.other_config),
    status: rt.encodeMap(r.status),
    target: r.target,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Connection` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Connection from './Connection.js'
 * Connection.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Connection` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Connection from './Connection.js'
 * Connection.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Connection` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Connection from './Connection.js'
 * Connection.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
