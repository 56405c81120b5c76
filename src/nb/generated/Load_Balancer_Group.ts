// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Load_Balancer_Group` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Load_Balancer_Group` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Load_Balancer_Group from './Load_Balancer_Group.js'
 * const id = (r: Load_Balancer_Group.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Load_Balancer_Group'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
   */
  readonly load_balancer: ReadonlyArray<rt.WeakReference<'Load_Balancer'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
   */
  readonly name: string
}

/**
 * The columns of a new `Load_Balancer_Group` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Load_Balancer_Group from './Load_Balancer_Group.js'
 * const row: Load_Balancer_Group.Insert = { name: 'example' }
 */
export interface Insert {
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
   */
  readonly load_balancer?: ReadonlyArray<rt.Ref<'Load_Balancer'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
   */
  readonly name?: string
}

/**
 * The columns an update of `Load_Balancer_Group` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Load_Balancer_Group from './Load_Balancer_Group.js'
 * const change: Load_Balancer_Group.Update = { name: 'example' }
 */
export interface Update {
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
   */
  readonly load_balancer?: ReadonlyArray<rt.Ref<'Load_Balancer'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE | OVN_Northbound documentation, table Load_Balancer_Group}
   */
  readonly name?: string
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Load_Balancer_Group` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Load_Balancer_Group from './Load_Balancer_Group.js'
 * Load_Balancer_Group.table.isRoot // true
 */
export const table: rt.TableModel<'Load_Balancer_Group', keyof Insert> = {
  name: 'Load_Balancer_Group',
  since: '7.0.0',
  isRoot: true,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Load_Balancer_Group_TABLE',
  columns: {
    load_balancer: rt.columnModel('load_balancer', {"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_load_balancer = (v: unknown): ReadonlyArray<rt.WeakReference<'Load_Balancer'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'Load_Balancer'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'Load_Balancer'>>
}

const d_name = (v: unknown): string | rt.Invalid => {
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
  const v_load_balancer = d_load_balancer(o['load_balancer'])
  if (v_load_balancer === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Load_Balancer_Group'>,
    _version: _version as rt.Uuid | undefined,
    load_balancer: v_load_balancer,
    name: v_name,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    load_balancer: rt.encodeSet(r.load_balancer),
    name: r.name,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Load_Balancer_Group` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Load_Balancer_Group from './Load_Balancer_Group.js'
 * Load_Balancer_Group.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Load_Balancer_Group` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Load_Balancer_Group from './Load_Balancer_Group.js'
 * Load_Balancer_Group.InsertC.encode({ name: 'example' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Load_Balancer_Group` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Load_Balancer_Group from './Load_Balancer_Group.js'
 * Load_Balancer_Group.UpdateC.encode({ name: 'example' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
