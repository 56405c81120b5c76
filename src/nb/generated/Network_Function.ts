// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Network_Function` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.18.0.
 * A root table: rows live until deleted.
 * Indexes: (`name`), (`id`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Network_Function` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.18.0.
 * A root table: rows live until deleted.
 * Indexes: (`name`), (`id`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function from './Network_Function.js'
 * const id = (r: Network_Function.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Network_Function'>
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
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `health_check`: optional strong reference to `Network_Function_Health_Check`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function_Health_Check","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly health_check: rt.StrongReference<'Network_Function_Health_Check'> | undefined
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly id: number
  /**
   * `inport`: strong reference to `Logical_Switch_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly inport: rt.StrongReference<'Logical_Switch_Port'>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly name: string
  /**
   * `outport`: optional strong reference to `Logical_Switch_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly outport: rt.StrongReference<'Logical_Switch_Port'> | undefined
}

/**
 * The columns of a new `Network_Function` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function from './Network_Function.js'
 * const row: Network_Function.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `health_check`: optional strong reference to `Network_Function_Health_Check`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function_Health_Check","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly health_check?: rt.Ref<'Network_Function_Health_Check'> | undefined
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly id?: number
  /**
   * `inport`: strong reference to `Logical_Switch_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly inport?: rt.Ref<'Logical_Switch_Port'>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly name?: string
  /**
   * `outport`: optional strong reference to `Logical_Switch_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly outport?: rt.Ref<'Logical_Switch_Port'> | undefined
}

/**
 * The columns an update of `Network_Function` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function from './Network_Function.js'
 * const change: Network_Function.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `health_check`: optional strong reference to `Network_Function_Health_Check`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function_Health_Check","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly health_check?: rt.Ref<'Network_Function_Health_Check'> | undefined
  /**
   * `id`: integer in 1..255.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly id?: number
  /**
   * `inport`: strong reference to `Logical_Switch_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly inport?: rt.Ref<'Logical_Switch_Port'>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly name?: string
  /**
   * `outport`: optional strong reference to `Logical_Switch_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE | OVN_Northbound documentation, table Network_Function}
   */
  readonly outport?: rt.Ref<'Logical_Switch_Port'> | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Network_Function` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Network_Function from './Network_Function.js'
 * Network_Function.table.isRoot // true
 */
export const table: rt.TableModel<'Network_Function', keyof Insert> = {
  name: 'Network_Function',
  since: '7.18.0',
  isRoot: true,
  indexes: [['name'], ['id']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_TABLE',
  columns: {
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.18.0' }),
    health_check: rt.columnModel('health_check', {"key":{"type":"uuid","refTable":"Network_Function_Health_Check","refType":"strong"},"min":0,"max":1}, { since: '7.18.0' }),
    id: rt.columnModel('id', {"key":{"type":"integer","minInteger":1,"maxInteger":255},"min":1,"max":1}, { since: '7.18.0' }),
    inport: rt.columnModel('inport', {"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":1,"max":1}, { since: '7.18.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.18.0' }),
    outport: rt.columnModel('outport', {"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":1}, { since: '7.18.0' }),
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

const d_health_check = (v: unknown): rt.StrongReference<'Network_Function_Health_Check'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Network_Function_Health_Check'>) : rt.INVALID
}

const d_id = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 1
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 255 ? (v as number) : rt.INVALID
}

const d_inport = (v: unknown): rt.StrongReference<'Logical_Switch_Port'> | rt.Invalid => {
  if (v === undefined) return rt.ZERO_UUID
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Logical_Switch_Port'>) : rt.INVALID
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_outport = (v: unknown): rt.StrongReference<'Logical_Switch_Port'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Logical_Switch_Port'>) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_health_check = d_health_check(o['health_check'])
  if (v_health_check === rt.INVALID) return rt.INVALID
  const v_id = d_id(o['id'])
  if (v_id === rt.INVALID) return rt.INVALID
  const v_inport = d_inport(o['inport'])
  if (v_inport === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_outport = d_outport(o['outport'])
  if (v_outport === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Network_Function'>,
    _version: _version as rt.Uuid | undefined,
    external_ids: v_external_ids,
    health_check: v_health_check,
    id: v_id,
    inport: v_inport,
    name: v_name,
    outport: v_outport,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    external_ids: rt.encodeMap(r.external_ids),
    health_check: rt.encodeOptional(r.health_check),
    id: r.id,
    inport: r.inport,
    name: r.name,
    outport: rt.encodeOptional(r.outport),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Network_Function` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function from './Network_Function.js'
 * Network_Function.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Network_Function` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function from './Network_Function.js'
 * Network_Function.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Network_Function` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function from './Network_Function.js'
 * Network_Function.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
