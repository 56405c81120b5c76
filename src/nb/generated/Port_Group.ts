// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Port_Group` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Port_Group` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Port_Group from './Port_Group.js'
 * const id = (r: Port_Group.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Port_Group'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `acls`: set of strong references to `ACL` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"ACL","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly acls: ReadonlyArray<rt.StrongReference<'ACL'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly name: string
  /**
   * `ports`: set of weak references to `Logical_Switch_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly ports: ReadonlyArray<rt.WeakReference<'Logical_Switch_Port'>>
}

/**
 * The columns of a new `Port_Group` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Port_Group from './Port_Group.js'
 * const row: Port_Group.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `acls`: set of strong references to `ACL` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"ACL","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly acls?: ReadonlyArray<rt.Ref<'ACL'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly name?: string
  /**
   * `ports`: set of weak references to `Logical_Switch_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly ports?: ReadonlyArray<rt.Ref<'Logical_Switch_Port'>>
}

/**
 * The columns an update of `Port_Group` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Port_Group from './Port_Group.js'
 * const change: Port_Group.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `acls`: set of strong references to `ACL` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"ACL","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly acls?: ReadonlyArray<rt.Ref<'ACL'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly name?: string
  /**
   * `ports`: set of weak references to `Logical_Switch_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE | OVN_Northbound documentation, table Port_Group}
   */
  readonly ports?: ReadonlyArray<rt.Ref<'Logical_Switch_Port'>>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Port_Group` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Port_Group from './Port_Group.js'
 * Port_Group.table.isRoot // true
 */
export const table: rt.TableModel<'Port_Group', keyof Insert> = {
  name: 'Port_Group',
  since: '7.0.0',
  isRoot: true,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Port_Group_TABLE',
  columns: {
    acls: rt.columnModel('acls', {"key":{"type":"uuid","refTable":"ACL","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    ports: rt.columnModel('ports', {"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"weak"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_acls = (v: unknown): ReadonlyArray<rt.StrongReference<'ACL'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'ACL'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'ACL'>>
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

const d_ports = (v: unknown): ReadonlyArray<rt.WeakReference<'Logical_Switch_Port'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'Logical_Switch_Port'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'Logical_Switch_Port'>>
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_acls = d_acls(o['acls'])
  if (v_acls === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_ports = d_ports(o['ports'])
  if (v_ports === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Port_Group'>,
    _version: _version as rt.Uuid | undefined,
    acls: v_acls,
    external_ids: v_external_ids,
    name: v_name,
    ports: v_ports,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    acls: rt.encodeSet(r.acls),
    external_ids: rt.encodeMap(r.external_ids),
    name: r.name,
    ports: rt.encodeSet(r.ports),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Port_Group` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Port_Group from './Port_Group.js'
 * Port_Group.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Port_Group` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Port_Group from './Port_Group.js'
 * Port_Group.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Port_Group` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Port_Group from './Port_Group.js'
 * Port_Group.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
