// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Forwarding_Group` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Forwarding_Group` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Forwarding_Group from './Forwarding_Group.js'
 * const id = (r: Forwarding_Group.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Forwarding_Group'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `child_port`: set of strings (at least 1 element).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly child_port: ReadonlyArray<string>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `liveness`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly liveness: boolean
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly name: string
  /**
   * `vip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly vip: string
  /**
   * `vmac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly vmac: string
}

/**
 * The columns of a new `Forwarding_Group` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Forwarding_Group from './Forwarding_Group.js'
 * const row: Forwarding_Group.Insert = { child_port: ['example'] }
 */
export interface Insert {
  /**
   * `child_port`: set of strings (at least 1 element).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly child_port?: ReadonlyArray<string>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `liveness`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly liveness?: boolean
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly name?: string
  /**
   * `vip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly vip?: string
  /**
   * `vmac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly vmac?: string
}

/**
 * The columns an update of `Forwarding_Group` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Forwarding_Group from './Forwarding_Group.js'
 * const change: Forwarding_Group.Update = { child_port: ['example'] }
 */
export interface Update {
  /**
   * `child_port`: set of strings (at least 1 element).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly child_port?: ReadonlyArray<string>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `liveness`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly liveness?: boolean
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly name?: string
  /**
   * `vip`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly vip?: string
  /**
   * `vmac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE | OVN_Northbound documentation, table Forwarding_Group}
   */
  readonly vmac?: string
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Forwarding_Group` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Forwarding_Group from './Forwarding_Group.js'
 * Forwarding_Group.table.isRoot // false
 */
export const table: rt.TableModel<'Forwarding_Group', keyof Insert> = {
  name: 'Forwarding_Group',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Forwarding_Group_TABLE',
  columns: {
    child_port: rt.columnModel('child_port', {"key":{"type":"string"},"min":1,"max":"unlimited"}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    liveness: rt.columnModel('liveness', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    vip: rt.columnModel('vip', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    vmac: rt.columnModel('vmac', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_child_port = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return ['']
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  if (xs.length < 1) return rt.INVALID
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
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

const d_liveness = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_vip = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_vmac = (v: unknown): string | rt.Invalid => {
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
  const v_child_port = d_child_port(o['child_port'])
  if (v_child_port === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_liveness = d_liveness(o['liveness'])
  if (v_liveness === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_vip = d_vip(o['vip'])
  if (v_vip === rt.INVALID) return rt.INVALID
  const v_vmac = d_vmac(o['vmac'])
  if (v_vmac === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Forwarding_Group'>,
    _version: _version as rt.Uuid | undefined,
    child_port: v_child_port,
    external_ids: v_external_ids,
    liveness: v_liveness,
    name: v_name,
    vip: v_vip,
    vmac: v_vmac,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    child_port: rt.encodeSet(r.child_port),
    external_ids: rt.encodeMap(r.external_ids),
    liveness: r.liveness,
    name: r.name,
    vip: r.vip,
    vmac: r.vmac,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Forwarding_Group` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Forwarding_Group from './Forwarding_Group.js'
 * Forwarding_Group.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Forwarding_Group` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Forwarding_Group from './Forwarding_Group.js'
 * Forwarding_Group.InsertC.encode({ child_port: ['example'] })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Forwarding_Group` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Forwarding_Group from './Forwarding_Group.js'
 * Forwarding_Group.UpdateC.encode({ child_port: ['example'] })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
