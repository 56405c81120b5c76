// generated — do not edit: OVN_Southbound 21.11.0 (ovn-nb gen)
/**
 * Table `Chassis` of OVN_Southbound 21.11.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Chassis` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis from './Chassis.js'
 * const id = (r: Chassis.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Chassis'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `encaps`: set of strong references to `Encap` (at least 1 element).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly encaps: ReadonlyArray<rt.StrongReference<'Encap'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `hostname`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly hostname: string
  /**
   * `name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly name: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly nb_cfg: number
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly other_config: ReadonlyMap<string, string>
  /**
   * `transport_zones`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly transport_zones: ReadonlyArray<string>
  /**
   * `vtep_logical_switches`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly vtep_logical_switches: ReadonlyArray<string>
}

/**
 * The columns of a new `Chassis` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis from './Chassis.js'
 * const row: Chassis.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `encaps`: set of strong references to `Encap` (at least 1 element).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly encaps?: ReadonlyArray<rt.Ref<'Encap'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `hostname`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly hostname?: string
  /**
   * `name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly name?: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly nb_cfg?: number
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly other_config?: ReadonlyMap<string, string>
  /**
   * `transport_zones`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly transport_zones?: ReadonlyArray<string>
  /**
   * `vtep_logical_switches`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly vtep_logical_switches?: ReadonlyArray<string>
}

/**
 * The columns an update of `Chassis` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Chassis from './Chassis.js'
 * const change: Chassis.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `encaps`: set of strong references to `Encap` (at least 1 element).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly encaps?: ReadonlyArray<rt.Ref<'Encap'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `hostname`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly hostname?: string
  /**
   * `name`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly name?: string
  /**
   * `nb_cfg`: integer.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly nb_cfg?: number
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly other_config?: ReadonlyMap<string, string>
  /**
   * `transport_zones`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly transport_zones?: ReadonlyArray<string>
  /**
   * `vtep_logical_switches`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE | OVN_Southbound documentation, table Chassis}
   */
  readonly vtep_logical_switches?: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Chassis` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Chassis from './Chassis.js'
 * Chassis.table.isRoot // true
 */
export const table: rt.TableModel<'Chassis', keyof Insert> = {
  name: 'Chassis',
  since: '20.27.0',
  isRoot: true,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Chassis_TABLE',
  columns: {
    encaps: rt.columnModel('encaps', {"key":{"type":"uuid","refTable":"Encap","refType":"strong"},"min":1,"max":"unlimited"}, { since: '20.27.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    hostname: rt.columnModel('hostname', {"key":{"type":"string"},"min":1,"max":1}, { since: '20.27.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '20.27.0' }),
    nb_cfg: rt.columnModel('nb_cfg', {"key":{"type":"integer"},"min":1,"max":1}, { since: '20.27.0' }),
    other_config: rt.columnModel('other_config', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    transport_zones: rt.columnModel('transport_zones', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    vtep_logical_switches: rt.columnModel('vtep_logical_switches', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_encaps = (v: unknown): ReadonlyArray<rt.StrongReference<'Encap'>> | rt.Invalid => {
  if (v === undefined) return [rt.ZERO_UUID]
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Encap'>] : rt.INVALID
  const xs = v[1]
  if (xs.length < 1) return rt.INVALID
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Encap'>>
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

const d_hostname = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
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

const d_transport_zones = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
}

const d_vtep_logical_switches = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_encaps = d_encaps(o['encaps'])
  if (v_encaps === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_hostname = d_hostname(o['hostname'])
  if (v_hostname === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_nb_cfg = d_nb_cfg(o['nb_cfg'])
  if (v_nb_cfg === rt.INVALID) return rt.INVALID
  const v_other_config = d_other_config(o['other_config'])
  if (v_other_config === rt.INVALID) return rt.INVALID
  const v_transport_zones = d_transport_zones(o['transport_zones'])
  if (v_transport_zones === rt.INVALID) return rt.INVALID
  const v_vtep_logical_switches = d_vtep_logical_switches(o['vtep_logical_switches'])
  if (v_vtep_logical_switches === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Chassis'>,
    _version: _version as rt.Uuid | undefined,
    encaps: v_encaps,
    external_ids: v_external_ids,
    hostname: v_hostname,
    name: v_name,
    nb_cfg: v_nb_cfg,
    other_config: v_other_config,
    transport_zones: v_transport_zones,
    vtep_logical_switches: v_vtep_logical_switches,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    encaps: rt.encodeSet(r.encaps),
    external_ids: rt.encodeMap(r.external_ids),
    hostname: r.hostname,
    name: r.name,
    nb_cfg: r.nb_cfg,
    other_config: rt.encodeMap(r.other_config),
    transport_zones: rt.encodeSet(r.transport_zones),
    vtep_logical_switches: rt.encodeSet(r.vtep_logical_switches),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Chassis` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis from './Chassis.js'
 * Chassis.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Chassis` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis from './Chassis.js'
 * Chassis.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Chassis` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Chassis from './Chassis.js'
 * Chassis.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
