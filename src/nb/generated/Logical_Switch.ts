// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Logical_Switch` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Logical_Switch` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch from './Logical_Switch.js'
 * const id = (r: Logical_Switch.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Logical_Switch'>
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
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly acls: ReadonlyArray<rt.StrongReference<'ACL'>>
  /**
   * `copp`: optional weak reference to `Copp`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly copp: rt.WeakReference<'Copp'> | undefined
  /**
   * `dns_records`: set of weak references to `DNS` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DNS","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly dns_records: ReadonlyArray<rt.WeakReference<'DNS'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `forwarding_groups`: set of strong references to `Forwarding_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Forwarding_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly forwarding_groups: ReadonlyArray<rt.StrongReference<'Forwarding_Group'>>
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly load_balancer: ReadonlyArray<rt.WeakReference<'Load_Balancer'>>
  /**
   * `load_balancer_group`: set of strong references to `Load_Balancer_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly load_balancer_group: ReadonlyArray<rt.StrongReference<'Load_Balancer_Group'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly name: string
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly other_config: ReadonlyMap<string, string>
  /**
   * `ports`: set of strong references to `Logical_Switch_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly ports: ReadonlyArray<rt.StrongReference<'Logical_Switch_Port'>>
  /**
   * `qos_rules`: set of strong references to `QoS` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"QoS","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly qos_rules: ReadonlyArray<rt.StrongReference<'QoS'>>
}

/**
 * The columns of a new `Logical_Switch` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch from './Logical_Switch.js'
 * const row: Logical_Switch.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `acls`: set of strong references to `ACL` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"ACL","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly acls?: ReadonlyArray<rt.Ref<'ACL'>>
  /**
   * `copp`: optional weak reference to `Copp`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly copp?: rt.Ref<'Copp'> | undefined
  /**
   * `dns_records`: set of weak references to `DNS` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DNS","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly dns_records?: ReadonlyArray<rt.Ref<'DNS'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `forwarding_groups`: set of strong references to `Forwarding_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Forwarding_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly forwarding_groups?: ReadonlyArray<rt.Ref<'Forwarding_Group'>>
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly load_balancer?: ReadonlyArray<rt.Ref<'Load_Balancer'>>
  /**
   * `load_balancer_group`: set of strong references to `Load_Balancer_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly load_balancer_group?: ReadonlyArray<rt.Ref<'Load_Balancer_Group'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly name?: string
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly other_config?: ReadonlyMap<string, string>
  /**
   * `ports`: set of strong references to `Logical_Switch_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly ports?: ReadonlyArray<rt.Ref<'Logical_Switch_Port'>>
  /**
   * `qos_rules`: set of strong references to `QoS` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"QoS","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly qos_rules?: ReadonlyArray<rt.Ref<'QoS'>>
}

/**
 * The columns an update of `Logical_Switch` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch from './Logical_Switch.js'
 * const change: Logical_Switch.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `acls`: set of strong references to `ACL` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"ACL","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly acls?: ReadonlyArray<rt.Ref<'ACL'>>
  /**
   * `copp`: optional weak reference to `Copp`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly copp?: rt.Ref<'Copp'> | undefined
  /**
   * `dns_records`: set of weak references to `DNS` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DNS","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly dns_records?: ReadonlyArray<rt.Ref<'DNS'>>
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `forwarding_groups`: set of strong references to `Forwarding_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Forwarding_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly forwarding_groups?: ReadonlyArray<rt.Ref<'Forwarding_Group'>>
  /**
   * `load_balancer`: set of weak references to `Load_Balancer` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly load_balancer?: ReadonlyArray<rt.Ref<'Load_Balancer'>>
  /**
   * `load_balancer_group`: set of strong references to `Load_Balancer_Group` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly load_balancer_group?: ReadonlyArray<rt.Ref<'Load_Balancer_Group'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly name?: string
  /**
   * `other_config`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly other_config?: ReadonlyMap<string, string>
  /**
   * `ports`: set of strong references to `Logical_Switch_Port` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly ports?: ReadonlyArray<rt.Ref<'Logical_Switch_Port'>>
  /**
   * `qos_rules`: set of strong references to `QoS` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"QoS","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE | OVN_Northbound documentation, table Logical_Switch}
   */
  readonly qos_rules?: ReadonlyArray<rt.Ref<'QoS'>>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Logical_Switch` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Logical_Switch from './Logical_Switch.js'
 * Logical_Switch.table.isRoot // true
 */
export const table: rt.TableModel<'Logical_Switch', keyof Insert> = {
  name: 'Logical_Switch',
  since: '7.0.0',
  isRoot: true,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_TABLE',
  columns: {
    acls: rt.columnModel('acls', {"key":{"type":"uuid","refTable":"ACL","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    copp: rt.columnModel('copp', {"key":{"type":"uuid","refTable":"Copp","refType":"weak"},"min":0,"max":1}, { since: '7.0.0' }),
    dns_records: rt.columnModel('dns_records', {"key":{"type":"uuid","refTable":"DNS","refType":"weak"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    forwarding_groups: rt.columnModel('forwarding_groups', {"key":{"type":"uuid","refTable":"Forwarding_Group","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    load_balancer: rt.columnModel('load_balancer', {"key":{"type":"uuid","refTable":"Load_Balancer","refType":"weak"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    load_balancer_group: rt.columnModel('load_balancer_group', {"key":{"type":"uuid","refTable":"Load_Balancer_Group","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    other_config: rt.columnModel('other_config', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    ports: rt.columnModel('ports', {"key":{"type":"uuid","refTable":"Logical_Switch_Port","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    qos_rules: rt.columnModel('qos_rules', {"key":{"type":"uuid","refTable":"QoS","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
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

const d_copp = (v: unknown): rt.WeakReference<'Copp'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Copp'>) : rt.INVALID
}

const d_dns_records = (v: unknown): ReadonlyArray<rt.WeakReference<'DNS'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'DNS'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'DNS'>>
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

const d_forwarding_groups = (v: unknown): ReadonlyArray<rt.StrongReference<'Forwarding_Group'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Forwarding_Group'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Forwarding_Group'>>
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

const d_ports = (v: unknown): ReadonlyArray<rt.StrongReference<'Logical_Switch_Port'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Logical_Switch_Port'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Logical_Switch_Port'>>
}

const d_qos_rules = (v: unknown): ReadonlyArray<rt.StrongReference<'QoS'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'QoS'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'QoS'>>
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_acls = d_acls(o['acls'])
  if (v_acls === rt.INVALID) return rt.INVALID
  const v_copp = d_copp(o['copp'])
  if (v_copp === rt.INVALID) return rt.INVALID
  const v_dns_records = d_dns_records(o['dns_records'])
  if (v_dns_records === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_forwarding_groups = d_forwarding_groups(o['forwarding_groups'])
  if (v_forwarding_groups === rt.INVALID) return rt.INVALID
  const v_load_balancer = d_load_balancer(o['load_balancer'])
  if (v_load_balancer === rt.INVALID) return rt.INVALID
  const v_load_balancer_group = d_load_balancer_group(o['load_balancer_group'])
  if (v_load_balancer_group === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_other_config = d_other_config(o['other_config'])
  if (v_other_config === rt.INVALID) return rt.INVALID
  const v_ports = d_ports(o['ports'])
  if (v_ports === rt.INVALID) return rt.INVALID
  const v_qos_rules = d_qos_rules(o['qos_rules'])
  if (v_qos_rules === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Logical_Switch'>,
    _version: _version as rt.Uuid | undefined,
    acls: v_acls,
    copp: v_copp,
    dns_records: v_dns_records,
    external_ids: v_external_ids,
    forwarding_groups: v_forwarding_groups,
    load_balancer: v_load_balancer,
    load_balancer_group: v_load_balancer_group,
    name: v_name,
    other_config: v_other_config,
    ports: v_ports,
    qos_rules: v_qos_rules,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    acls: rt.encodeSet(r.acls),
    copp: rt.encodeOptional(r.copp),
    dns_records: rt.encodeSet(r.dns_records),
    external_ids: rt.encodeMap(r.external_ids),
    forwarding_groups: rt.encodeSet(r.forwarding_groups),
    load_balancer: rt.encodeSet(r.load_balancer),
    load_balancer_group: rt.encodeSet(r.load_balancer_group),
    name: r.name,
    other_config: rt.encodeMap(r.other_config),
    ports: rt.encodeSet(r.ports),
    qos_rules: rt.encodeSet(r.qos_rules),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Logical_Switch` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch from './Logical_Switch.js'
 * Logical_Switch.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Logical_Switch` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch from './Logical_Switch.js'
 * Logical_Switch.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Logical_Switch` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch from './Logical_Switch.js'
 * Logical_Switch.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
