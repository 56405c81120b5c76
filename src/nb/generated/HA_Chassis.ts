// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `HA_Chassis` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `HA_Chassis` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as HA_Chassis from './HA_Chassis.js'
 * const id = (r: HA_Chassis.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'HA_Chassis'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `chassis_name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly chassis_name: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly priority: number
}

/**
 * The columns of a new `HA_Chassis` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as HA_Chassis from './HA_Chassis.js'
 * const row: HA_Chassis.Insert = { chassis_name: 'example' }
 */
export interface Insert {
  /**
   * `chassis_name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly chassis_name?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly priority?: number
}

/**
 * The columns an update of `HA_Chassis` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as HA_Chassis from './HA_Chassis.js'
 * const change: HA_Chassis.Update = { chassis_name: 'example' }
 */
export interface Update {
  /**
   * `chassis_name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly chassis_name?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE | OVN_Northbound documentation, table HA_Chassis}
   */
  readonly priority?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `HA_Chassis` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as HA_Chassis from './HA_Chassis.js'
 * HA_Chassis.table.isRoot // false
 */
export const table: rt.TableModel<'HA_Chassis', keyof Insert> = {
  name: 'HA_Chassis',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#HA_Chassis_TABLE',
  columns: {
    chassis_name: rt.columnModel('chassis_name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    priority: rt.columnModel('priority', {"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}, { since: '7.0.0' }),
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
  const v_chassis_name = d_chassis_name(o['chassis_name'])
  if (v_chassis_name === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_priority = d_priority(o['priority'])
  if (v_priority === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'HA_Chassis'>,
    _version: _version as rt.Uuid | undefined,
    chassis_name: v_chassis_name,
    external_ids: v_external_ids,
    priority: v_priority,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    chassis_name: r.chassis_name,
    external_ids: rt.encodeMap(r.external_ids),
    priority: r.priority,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `HA_Chassis` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as HA_Chassis from './HA_Chassis.js'
 * HA_Chassis.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `HA_Chassis` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as HA_Chassis from './HA_Chassis.js'
 * HA_Chassis.InsertC.encode({ chassis_name: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `HA_Chassis` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as HA_Chassis from './HA_Chassis.js'
 * HA_Chassis.UpdateC.encode({ chassis_name: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
