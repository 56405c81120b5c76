// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Chassis_Template_Var` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`chassis`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Chassis_Template_Var` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`chassis`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis_Template_Var from './Chassis_Template_Var.js'
 * const id = (r: Chassis_Template_Var.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Chassis_Template_Var'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `chassis`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly chassis: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `variables`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly variables: ReadonlyMap<string, string>
}

/**
 * The columns of a new `Chassis_Template_Var` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis_Template_Var from './Chassis_Template_Var.js'
 * const row: Chassis_Template_Var.Insert = { chassis: 'example' }
 */
export interface Insert {
  /**
   * `chassis`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly chassis?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `variables`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly variables?: ReadonlyMap<string, string>
}

/**
 * The columns an update of `Chassis_Template_Var` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis_Template_Var from './Chassis_Template_Var.js'
 * const change: Chassis_Template_Var.Update = { chassis: 'example' }
 */
export interface Update {
  /**
   * `chassis`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly chassis?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `variables`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE | OVN_Northbound documentation, table Chassis_Template_Var}
   */
  readonly variables?: ReadonlyMap<string, string>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Chassis_Template_Var` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Chassis_Template_Var from './Chassis_Template_Var.js'
 * Chassis_Template_Var.table.isRoot // true
 */
export const table: rt.TableModel<'Chassis_Template_Var', keyof Insert> = {
  name: 'Chassis_Template_Var',
  since: '7.0.0',
  isRoot: true,
  indexes: [['chassis']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Chassis_Template_Var_TABLE',
  columns: {
    chassis: rt.columnModel('chassis', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    variables: rt.columnModel('variables', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_chassis = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
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

const d_variables = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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
  const v_chassis = d_chassis(o['chassis'])
  if (v_chassis === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_variables = d_variables(o['variables'])
  if (v_variables === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Chassis_Template_Var'>,
    _version: _version as rt.Uuid | undefined,
    chassis: v_chassis,
    external_ids: v_external_ids,
    variables: v_variables,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    chassis: r.chassis,
    external_ids: rt.encodeMap(r.external_ids),
    variables: rt.encodeMap(r.variables),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Chassis_Template_Var` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis_Template_Var from './Chassis_Template_Var.js'
 * Chassis_Template_Var.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Chassis_Template_Var` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis_Template_Var from './Chassis_Template_Var.js'
 * Chassis_Template_Var.InsertC.encode({ chassis: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Chassis_Template_Var` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis_Template_Var from './Chassis_Template_Var.js'
 * Chassis_Template_Var.UpdateC.encode({ chassis: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
