// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Mirror` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Mirror` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Mirror from './Mirror.js'
 * const id = (r: Mirror.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Mirror'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `filter`: string one of `"both"`, `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["both","from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly filter: 'both' | 'from-lport' | 'to-lport'
  /**
   * `index`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly index: number
  /**
   * `mirror_rules`: set of strong references to `Mirror_Rule` (any number of elements).
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Mirror_Rule","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly mirror_rules: ReadonlyArray<rt.StrongReference<'Mirror_Rule'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly name: string
  /**
   * `sink`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly sink: string
  /**
   * `type`: string one of `"erspan"`, `"gre"`, `"local"`, `"lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["erspan","gre","local","lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly type: 'erspan' | 'gre' | 'local' | 'lport'
}

/**
 * The columns of a new `Mirror` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Mirror from './Mirror.js'
 * const row: Mirror.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `filter`: string one of `"both"`, `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["both","from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly filter?: 'both' | 'from-lport' | 'to-lport'
  /**
   * `index`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly index?: number
  /**
   * `mirror_rules`: set of strong references to `Mirror_Rule` (any number of elements).
   *
   * Since schema OVN_Northbound 7.12.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Mirror_Rule","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly mirror_rules?: ReadonlyArray<rt.Ref<'Mirror_Rule'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly name?: string
  /**
   * `sink`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly sink?: string
  /**
   * `type`: string one of `"erspan"`, `"gre"`, `"local"`, `"lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["erspan","gre","local","lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly type?: 'erspan' | 'gre' | 'local' | 'lport'
}

/**
 * The columns an update of `Mirror` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Mirror from './Mirror.js'
 * const change: Mirror.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `filter`: string one of `"both"`, `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["both","from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly filter?: 'both' | 'from-lport' | 'to-lport'
  /**
   * `index`: integer.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly index?: number
  /**
   * `mirror_rules`: set of strong references to `Mirror_Rule` (any number of elements).
   *
   * Since schema OVN_Northbound 7.12.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Mirror_Rule","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly mirror_rules?: ReadonlyArray<rt.Ref<'Mirror_Rule'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly name?: string
  /**
   * `sink`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly sink?: string
  /**
   * `type`: string one of `"erspan"`, `"gre"`, `"local"`, `"lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["erspan","gre","local","lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE | OVN_Northbound documentation, table Mirror}
   */
  readonly type?: 'erspan' | 'gre' | 'local' | 'lport'
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Mirror` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Mirror from './Mirror.js'
 * Mirror.table.isRoot // true
 */
export const table: rt.TableModel<'Mirror', keyof Insert> = {
  name: 'Mirror',
  since: '7.0.0',
  isRoot: true,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_TABLE',
  columns: {
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    filter: rt.columnModel('filter', {"key":{"type":"string","enum":["both","from-lport","to-lport"]},"min":1,"max":1}, { since: '7.0.0' }),
    index: rt.columnModel('index', {"key":{"type":"integer"},"min":1,"max":1}, { since: '7.0.0' }),
    mirror_rules: rt.columnModel('mirror_rules', {"key":{"type":"uuid","refTable":"Mirror_Rule","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.12.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    sink: rt.columnModel('sink', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    type: rt.columnModel('type', {"key":{"type":"string","enum":["erspan","gre","local","lport"]},"min":1,"max":1}, { since: '7.0.0' }),
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

const d_filter = (v: unknown): 'both' | 'from-lport' | 'to-lport' | rt.Invalid => {
  if (v === undefined) return 'both'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'both' || v === 'from-lport' || v === 'to-lport') ? (v as 'both' | 'from-lport' | 'to-lport') : rt.INVALID
}

const d_index = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_mirror_rules = (v: unknown): ReadonlyArray<rt.StrongReference<'Mirror_Rule'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Mirror_Rule'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Mirror_Rule'>>
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_sink = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_type = (v: unknown): 'erspan' | 'gre' | 'local' | 'lport' | rt.Invalid => {
  if (v === undefined) return 'erspan'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'erspan' || v === 'gre' || v === 'local' || v === 'lport') ? (v as 'erspan' | 'gre' | 'local' | 'lport') : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_filter = d_filter(o['filter'])
  if (v_filter === rt.INVALID) return rt.INVALID
  const v_index = d_index(o['index'])
  if (v_index === rt.INVALID) return rt.INVALID
  const v_mirror_rules = d_mirror_rules(o['mirror_rules'])
  if (v_mirror_rules === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_sink = d_sink(o['sink'])
  if (v_sink === rt.INVALID) return rt.INVALID
  const v_type = d_type(o['type'])
  if (v_type === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Mirror'>,
    _version: _version as rt.Uuid | undefined,
    external_ids: v_external_ids,
    filter: v_filter,
    index: v_index,
    mirror_rules: v_mirror_rules,
    name: v_name,
    sink: v_sink,
    type: v_type,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    external_ids: rt.encodeMap(r.external_ids),
    filter: r.filter,
    index: r.index,
    mirror_rules: rt.encodeSet(r.mirror_rules),
    name: r.name,
    sink: r.sink,
    type: r.type,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Mirror` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Mirror from './Mirror.js'
 * Mirror.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Mirror` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Mirror from './Mirror.js'
 * Mirror.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Mirror` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Mirror from './Mirror.js'
 * Mirror.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
