// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Network_Function_Group` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.18.0.
 * A root table: rows live until deleted.
 * Indexes: (`name`), (`id`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Network_Function_Group` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.18.0.
 * A root table: rows live until deleted.
 * Indexes: (`name`), (`id`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function_Group from './Network_Function_Group.js'
 * const id = (r: Network_Function_Group.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Network_Function_Group'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `fallback`: optional string one of `"fail-close"`, `"fail-open"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["fail-close","fail-open"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly fallback: 'fail-close' | 'fail-open' | undefined
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly id: number
  /**
   * `mode`: string one of `"inline"`, `"vtap"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["inline","vtap"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly mode: 'inline' | 'vtap'
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly name: string
  /**
   * `network_function`: set of strong references to `Network_Function` (any number of elements).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly network_function: ReadonlyArray<rt.StrongReference<'Network_Function'>>
  /**
   * `network_function_active`: optional strong reference to `Network_Function`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly network_function_active: rt.StrongReference<'Network_Function'> | undefined
}

/**
 * The columns of a new `Network_Function_Group` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function_Group from './Network_Function_Group.js'
 * const row: Network_Function_Group.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `fallback`: optional string one of `"fail-close"`, `"fail-open"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["fail-close","fail-open"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly fallback?: 'fail-close' | 'fail-open' | undefined
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly id?: number
  /**
   * `mode`: string one of `"inline"`, `"vtap"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["inline","vtap"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly mode?: 'inline' | 'vtap'
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly name?: string
  /**
   * `network_function`: set of strong references to `Network_Function` (any number of elements).
   *
   * Since schema OVN_Northbound 7.18.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly network_function?: ReadonlyArray<rt.Ref<'Network_Function'>>
  /**
   * `network_function_active`: optional strong reference to `Network_Function`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly network_function_active?: rt.Ref<'Network_Function'> | undefined
}

/**
 * The columns an update of `Network_Function_Group` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function_Group from './Network_Function_Group.js'
 * const change: Network_Function_Group.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `fallback`: optional string one of `"fail-close"`, `"fail-open"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["fail-close","fail-open"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly fallback?: 'fail-close' | 'fail-open' | undefined
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly id?: number
  /**
   * `mode`: string one of `"inline"`, `"vtap"`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["inline","vtap"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly mode?: 'inline' | 'vtap'
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly name?: string
  /**
   * `network_function`: set of strong references to `Network_Function` (any number of elements).
   *
   * Since schema OVN_Northbound 7.18.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly network_function?: ReadonlyArray<rt.Ref<'Network_Function'>>
  /**
   * `network_function_active`: optional strong reference to `Network_Function`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE | OVN_Northbound documentation, table Network_Function_Group}
   */
  readonly network_function_active?: rt.Ref<'Network_Function'> | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Network_Function_Group` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Network_Function_Group from './Network_Function_Group.js'
 * Network_Function_Group.table.isRoot // true
 */
export const table: rt.TableModel<'Network_Function_Group', keyof Insert> = {
  name: 'Network_Function_Group',
  since: '7.18.0',
  isRoot: true,
  indexes: [['name'], ['id']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Group_TABLE',
  columns: {
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.18.0' }),
    fallback: rt.columnModel('fallback', {"key":{"type":"string","enum":["fail-close","fail-open"]},"min":0,"max":1}, { since: '7.18.0' }),
    id: rt.columnModel('id', {"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}, { since: '7.18.0' }),
    mode: rt.columnModel('mode', {"key":{"type":"string","enum":["inline","vtap"]},"min":1,"max":1}, { since: '7.18.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.18.0' }),
    network_function: rt.columnModel('network_function', {"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.18.0' }),
    network_function_active: rt.columnModel('network_function_active', {"key":{"type":"uuid","refTable":"Network_Function","refType":"strong"},"min":0,"max":1}, { since: '7.18.0' }),
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

const d_fallback = (v: unknown): 'fail-close' | 'fail-open' | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'fail-close' || v === 'fail-open') ? (v as 'fail-close' | 'fail-open') : rt.INVALID
}

const d_id = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 1
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 255 ? (v as number) : rt.INVALID
}

const d_mode = (v: unknown): 'inline' | 'vtap' | rt.Invalid => {
  if (v === undefined) return 'inline'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'inline' || v === 'vtap') ? (v as 'inline' | 'vtap') : rt.INVALID
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_network_function = (v: unknown): ReadonlyArray<rt.StrongReference<'Network_Function'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Network_Function'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Network_Function'>>
}

const d_network_function_active = (v: unknown): rt.StrongReference<'Network_Function'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Network_Function'>) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_fallback = d_fallback(o['fallback'])
  if (v_fallback === rt.INVALID) return rt.INVALID
  const v_id = d_id(o['id'])
  if (v_id === rt.INVALID) return rt.INVALID
  const v_mode = d_mode(o['mode'])
  if (v_mode === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_network_function = d_network_function(o['network_function'])
  if (v_network_function === rt.INVALID) return rt.INVALID
  const v_network_function_active = d_network_function_active(o['network_function_active'])
  if (v_network_function_active === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Network_Function_Group'>,
    _version: _version as rt.Uuid | undefined,
    external_ids: v_external_ids,
    fallback: v_fallback,
    id: v_id,
    mode: v_mode,
    name: v_name,
    network_function: v_network_function,
    network_function_active: v_network_function_active,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    external_ids: rt.encodeMap(r.external_ids),
    fallback: rt.encodeOptional(r.fallback),
    id: r.id,
    mode: r.mode,
    name: r.name,
    network_function: rt.encodeSet(r.network_function),
    network_function_active: rt.encodeOptional(r.network_function_active),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Network_Function_Group` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function_Group from './Network_Function_Group.js'
 * Network_Function_Group.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Network_Function_Group` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function_Group from './Network_Function_Group.js'
 * Network_Function_Group.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Network_Function_Group` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function_Group from './Network_Function_Group.js'
 * Network_Function_Group.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
