// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Sampling_App` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.6.0.
 * A root table: rows live until deleted.
 * Indexes: (`type`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Sampling_App` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.6.0.
 * A root table: rows live until deleted.
 * Indexes: (`type`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Sampling_App from './Sampling_App.js'
 * const id = (r: Sampling_App.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Sampling_App'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly id: number
  /**
   * `type`: string one of `"acl-est"`, `"acl-new"`, `"drop"`.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["acl-est","acl-new","drop"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly type: 'acl-est' | 'acl-new' | 'drop'
}

/**
 * The columns of a new `Sampling_App` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Sampling_App from './Sampling_App.js'
 * const row: Sampling_App.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly id?: number
  /**
   * `type`: string one of `"acl-est"`, `"acl-new"`, `"drop"`.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["acl-est","acl-new","drop"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly type?: 'acl-est' | 'acl-new' | 'drop'
}

/**
 * The columns an update of `Sampling_App` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Sampling_App from './Sampling_App.js'
 * const change: Sampling_App.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly id?: number
  /**
   * `type`: string one of `"acl-est"`, `"acl-new"`, `"drop"`.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["acl-est","acl-new","drop"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE | OVN_Northbound documentation, table Sampling_App}
   */
  readonly type?: 'acl-est' | 'acl-new' | 'drop'
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Sampling_App` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Sampling_App from './Sampling_App.js'
 * Sampling_App.table.isRoot // true
 */
export const table: rt.TableModel<'Sampling_App', keyof Insert> = {
  name: 'Sampling_App',
  since: '7.6.0',
  isRoot: true,
  indexes: [['type']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Sampling_App_TABLE',
  columns: {
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.6.0' }),
    id: rt.columnModel('id', {"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}, { since: '7.6.0' }),
    type: rt.columnModel('type', {"key":{"type":"string","enum":["acl-est","acl-new","drop"]},"min":1,"max":1}, { since: '7.6.0' }),
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

const d_id = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 1
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 255 ? (v as number) : rt.INVALID
}

const d_type = (v: unknown): 'acl-est' | 'acl-new' | 'drop' | rt.Invalid => {
  if (v === undefined) return 'acl-est'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'acl-est' || v === 'acl-new' || v === 'drop') ? (v as 'acl-est' | 'acl-new' | 'drop') : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_id = d_id(o['id'])
  if (v_id === rt.INVALID) return rt.INVALID
  const v_type = d_type(o['type'])
  if (v_type === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Sampling_App'>,
    _version: _version as rt.Uuid | undefined,
    external_ids: v_external_ids,
    id: v_id,
    type: v_type,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    external_ids: rt.encodeMap(r.external_ids),
    id: r.id,
    type: r.type,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Sampling_App` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Sampling_App from './Sampling_App.js'
 * Sampling_App.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Sampling_App` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Sampling_App from './Sampling_App.js'
 * Sampling_App.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Sampling_App` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Sampling_App from './Sampling_App.js'
 * Sampling_App.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
