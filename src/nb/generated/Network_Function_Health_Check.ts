// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Network_Function_Health_Check` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.18.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Network_Function_Health_Check` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.18.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
 * const id = (r: Network_Function_Health_Check.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Network_Function_Health_Check'>
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
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly name: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly options: ReadonlyMap<string, string>
}

/**
 * The columns of a new `Network_Function_Health_Check` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
 * const row: Network_Function_Health_Check.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly name?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly options?: ReadonlyMap<string, string>
}

/**
 * The columns an update of `Network_Function_Health_Check` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
 * const change: Network_Function_Health_Check.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly name?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE | OVN_Northbound documentation, table Network_Function_Health_Check}
   */
  readonly options?: ReadonlyMap<string, string>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Network_Function_Health_Check` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
 * Network_Function_Health_Check.table.isRoot // false
 */
export const table: rt.TableModel<'Network_Function_Health_Check', keyof Insert> = {
  name: 'Network_Function_Health_Check',
  since: '7.18.0',
  isRoot: false,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Network_Function_Health_Check_TABLE',
  columns: {
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.18.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.18.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.18.0' }),
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

const d_name = (v: unknown): string | rt.Invalid => {
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

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Network_Function_Health_Check'>,
    _version: _version as rt.Uuid | undefined,
    external_ids: v_external_ids,
    name: v_name,
    options: v_options,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    external_ids: rt.encodeMap(r.external_ids),
    name: r.name,
    options: rt.encodeMap(r.options),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Network_Function_Health_Check` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
 * Network_Function_Health_Check.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Network_Function_Health_Check` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
 * Network_Function_Health_Check.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Network_Function_Health_Check` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
 * Network_Function_Health_Check.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
