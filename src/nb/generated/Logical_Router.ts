// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Logical_Router` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Logical_Router` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router from './Logical_Router.js'
 * const id = (r: Logical_Router.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Logical_Router'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `copp`: optional weak reference to `Copp`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly copp: rt.WeakReference<'Copp'> | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly enabled: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly load_balancer: ReadonlyArray<rt.WeakReference<'Load_Balancer'>>
  /**
   * `load_balancer_group`: set of strong references to `Load_Balancer_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly load_balancer_group: ReadonlyArray<rt.StrongReference<'Load_Balancer_Group'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly name: string
  /**
   * `nat`: set of strong references to `NAT` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"NAT","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly nat: ReadonlyArray<rt.StrongReference<'NAT'>>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `policies`: set of strong references to `Logical_Router_Policy` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Policy","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly policies: ReadonlyArray<rt.StrongReference<'Logical_Router_Policy'>>
  /**
   * `ports`: set of strong references to `Logical_Router_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly ports: ReadonlyArray<rt.StrongReference<'Logical_Router_Port'>>
  /**
   * `static_routes`: set of strong references to `Logical_Router_Static_Route` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Static_Route","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly static_routes: ReadonlyArray<rt.StrongReference<'Logical_Router_Static_Route'>>
}

/**
 * The columns of a new `Logical_Router` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router from './Logical_Router.js'
 * const row: Logical_Router.Insert = { enabled: true }
 */
export interface Insert {
  /**
   * `copp`: optional weak reference to `Copp`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly copp?: rt.Ref<'Copp'> | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly enabled?: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly load_balancer?: ReadonlyArray<rt.Ref<'Load_Balancer'>>
  /**
   * `load_balancer_group`: set of strong references to `Load_Balancer_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly load_balancer_group?: ReadonlyArray<rt.Ref<'Load_Balancer_Group'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly name?: string
  /**
   * `nat`: set of strong references to `NAT` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"NAT","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly nat?: ReadonlyArray<rt.Ref<'NAT'>>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `policies`: set of strong references to `Logical_Router_Policy` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Policy","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly policies?: ReadonlyArray<rt.Ref<'Logical_Router_Policy'>>
  /**
   * `ports`: set of strong references to `Logical_Router_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly ports?: ReadonlyArray<rt.Ref<'Logical_Router_Port'>>
  /**
   * `static_routes`: set of strong references to `Logical_Router_Static_Route` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Static_Route","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly static_routes?: ReadonlyArray<rt.Ref<'Logical_Router_Static_Route'>>
}

/**
 * The columns an update of `Logical_Router` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router from './Logical_Router.js'
 * const change: Logical_Router.Update = { enabled: true }
 */
export interface Update {
  /**
   * `copp`: optional weak reference to `Copp`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly copp?: rt.Ref<'Copp'> | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly enabled?: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly load_balancer?: ReadonlyArray<rt.Ref<'Load_Balancer'>>
  /**
   * `load_balancer_group`: set of strong references to `Load_Balancer_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly load_balancer_group?: ReadonlyArray<rt.Ref<'Load_Balancer_Group'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly name?: string
  /**
   * `nat`: set of strong references to `NAT` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"NAT","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly nat?: ReadonlyArray<rt.Ref<'NAT'>>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `policies`: set of strong references to `Logical_Router_Policy` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Policy","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly policies?: ReadonlyArray<rt.Ref<'Logical_Router_Policy'>>
  /**
   * `ports`: set of strong references to `Logical_Router_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly ports?: ReadonlyArray<rt.Ref<'Logical_Router_Port'>>
  /**
   * `static_routes`: set of strong references to `Logical_Router_Static_Route` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Static_Route","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE | OVN_Northbound documentation, table Logical_Router}
   */
  readonly static_routes?: ReadonlyArray<rt.Ref<'Logical_Router_Static_Route'>>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Logical_Router` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Logical_Router from './Logical_Router.js'
 * Logical_Router.table.isRoot // true
 */
export const table: rt.TableModel<'Logical_Router', keyof Insert> = {
  name: 'Logical_Router',
  since: '7.0.0',
  isRoot: true,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_TABLE',
  columns: {
    copp: rt.columnModel('copp', {"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}, { since: '7.0.0' }),
    enabled: rt.columnModel('enabled', {"key":{"type":"boolean"},"min":0,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    load_balancer: rt.columnModel('load_balancer', {"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    load_balancer_group: rt.columnModel('load_balancer_group', {"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    nat: rt.columnModel('nat', {"key":{"type":"uuid","refTable":"NAT","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    policies: rt.columnModel('policies', {"key":{"type":"uuid","refTable":"Logical_Router_Policy","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    ports: rt.columnModel('ports', {"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    static_routes: rt.columnModel('static_routes', {"key":{"type":"uuid","refTable":"Logical_Router_Static_Route","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_copp = (v: unknown): rt.WeakReference<'Copp'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Copp'>) : rt.INVALID
}

const d_enabled = (v: unknown): boolean | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
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

const d_load_balancer_group = (v: unknown): ReadonlyArray<rt.StrongReference<'Load_Balancer_Group'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Load_Balancer_Group'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Load_Balancer_Group'>>
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_nat = (v: unknown): ReadonlyArray<rt.StrongReference<'NAT'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'NAT'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'NAT'>>
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

const d_policies = (v: unknown): ReadonlyArray<rt.StrongReference<'Logical_Router_Policy'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Logical_Router_Policy'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Logical_Router_Policy'>>
}

const d_ports = (v: unknown): ReadonlyArray<rt.StrongReference<'Logical_Router_Port'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Logical_Router_Port'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Logical_Router_Port'>>
}

const d_static_routes = (v: unknown): ReadonlyArray<rt.StrongReference<'Logical_Router_Static_Route'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Logical_Router_Static_Route'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Logical_Router_Static_Route'>>
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_copp = d_copp(o['copp'])
  if (v_copp === rt.INVALID) return rt.INVALID
  const v_enabled = d_enabled(o['enabled'])
  if (v_enabled === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_load_balancer = d_load_balancer(o['load_balancer'])
  if (v_load_balancer === rt.INVALID) return rt.INVALID
  const v_load_balancer_group = d_load_balancer_group(o['load_balancer_group'])
  if (v_load_balancer_group === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_nat = d_nat(o['nat'])
  if (v_nat === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_policies = d_policies(o['policies'])
  if (v_policies === rt.INVALID) return rt.INVALID
  const v_ports = d_ports(o['ports'])
  if (v_ports === rt.INVALID) return rt.INVALID
  const v_static_routes = d_static_routes(o['static_routes'])
  if (v_static_routes === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Logical_Router'>,
    _version: _version as rt.Uuid | undefined,
    copp: v_copp,
    enabled: v_enabled,
    external_ids: v_external_ids,
    load_balancer: v_load_balancer,
    load_balancer_group: v_load_balancer_group,
    name: v_name,
    nat: v_nat,
    options: v_options,
    policies: v_policies,
    ports: v_ports,
    static_routes: v_static_routes,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    copp: rt.encodeOptional(r.copp),
    enabled: rt.encodeOptional(r.enabled),
    external_ids: rt.encodeMap(r.external_ids),
    load_balancer: rt.encodeSet(r.load_balancer),
    load_balancer_group: rt.encodeSet(r.load_balancer_group),
    name: r.name,
    nat: rt.encodeSet(r.nat),
    options: rt.encodeMap(r.options),
    policies: rt.encodeSet(r.policies),
    ports: rt.encodeSet(r.ports),
    static_routes: rt.encodeSet(r.static_routes),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Logical_Router` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router from './Logical_Router.js'
 * Logical_Router.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Logical_Router` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router from './Logical_Router.js'
 * Logical_Router.InsertC.encode({ enabled: true })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Logical_Router` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router from './Logical_Router.js'
 * Logical_Router.UpdateC.encode({ enabled: true })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
