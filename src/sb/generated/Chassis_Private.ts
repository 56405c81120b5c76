// generated — do not edit: OVN_Southbound 21.11.0 (ovn-nb gen)
/**
 * Table `Chassis_Private` of OVN_Southbound 21.11.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Chassis_Private` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis_Private from './Chassis_Private.js'
 * const id = (r: Chassis_Private.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Chassis_Private'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly chassis: rt.WeakReference<'Chassis'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly name: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly nb_cfg: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly nb_cfg_timestamp: number
}

/**
 * The columns of a new `Chassis_Private` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis_Private from './Chassis_Private.js'
 * const row: Chassis_Private.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly chassis?: rt.Ref<'Chassis'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly name?: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly nb_cfg?: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly nb_cfg_timestamp?: number
}

/**
 * The columns an update of `Chassis_Private` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis_Private from './Chassis_Private.js'
 * const change: Chassis_Private.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly chassis?: rt.Ref<'Chassis'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly name?: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly nb_cfg?: number
  /**
   * `nb_cfg_timestamp`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE | OVN_Southbound documentation, table Chassis_Private}
   */
  readonly nb_cfg_timestamp?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Chassis_Private` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Chassis_Private from './Chassis_Private.js'
 * Chassis_Private.table.isRoot // true
 */
export const table: rt.TableModel<'Chassis_Private', keyof Insert> = {
  name: 'Chassis_Private',
  since: '20.27.0',
  isRoot: true,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_Private_TABLE',
  columns: {
    chassis: rt.columnModel('chassis', {"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}, { since: '20.27.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '20.27.0' }),
    nb_cfg: rt.columnModel('nb_cfg', {"key":{"type":"integer"},"min":1,"max":1}, { since: '20.27.0' }),
    nb_cfg_timestamp: rt.columnModel('nb_cfg_timestamp', {"key":{"type":"integer"},"min":1,"max":1}, { since: '20.27.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_chassis = (v: unknown): rt.WeakReference<'Chassis'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Chassis'>) : rt.INVALID
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

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_chassis = d_chassis(o['chassis'])
  if (v_chassis === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_nb_cfg = d_nb_cfg(o['nb_cfg'])
  if (v_nb_cfg === rt.INVALID) return rt.INVALID
  const v_nb_cfg_timestamp = d_nb_cfg_timestamp(o['nb_cfg_timestamp'])
  if (v_nb_cfg_timestamp === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Chassis_Private'>,
    _version: _version as rt.Uuid | undefined,
    chassis: v_chassis,
    external_ids: v_external_ids,
    name: v_name,
    nb_cfg: v_nb_cfg,
    nb_cfg_timestamp: v_nb_cfg_timestamp,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    chassis: rt.encodeOptional(r.chassis),
    external_ids: rt.encodeMap(r.external_ids),
    name: r.name,
    nb_cfg: r.nb_cfg,
    nb_cfg_timestamp: r.nb_cfg_timestamp,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Chassis_Private` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis_Private from './Chassis_Private.js'
 * Chassis_Private.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Chassis_Private` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis_Private from './Chassis_Private.js'
 * Chassis_Private.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Chassis_Private` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis_Private from './Chassis_Private.js'
 * Chassis_Private.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
