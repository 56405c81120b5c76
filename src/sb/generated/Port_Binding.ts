// generated — do not edit: OVN_Southbound 21.11.0 (ovn-nb gen)
/**
 * Table `Port_Binding` of OVN_Southbound 21.11.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`datapath`, `tunnel_key`), (`logical_port`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Port_Binding` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`datapath`, `tunnel_key`), (`logical_port`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Port_Binding from './Port_Binding.js'
 * const id = (r: Port_Binding.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Port_Binding'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `additional_chassis`: set of weak references to `Chassis` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly additional_chassis: ReadonlyArray<rt.WeakReference<'Chassis'>>
  /**
   * `additional_encap`: set of weak references to `Encap` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly additional_encap: ReadonlyArray<rt.WeakReference<'Encap'>>
  /**
   * `chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly chassis: rt.WeakReference<'Chassis'> | undefined
  /**
   * `datapath`: UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly datapath: rt.Uuid
  /**
   * `encap`: optional weak reference to `Encap`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly encap: rt.WeakReference<'Encap'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `gateway_chassis`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly gateway_chassis: ReadonlyArray<rt.Uuid>
  /**
   * `ha_chassis_group`: optional UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly ha_chassis_group: rt.Uuid | undefined
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly logical_port: string
  /**
   * `mac`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mac: ReadonlyArray<string>
  /**
   * `mirror_port`: optional string.
   *
   * Since schema OVN_Southbound 21.11.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mirror_port: string | undefined
  /**
   * `mirror_rules`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mirror_rules: ReadonlyArray<rt.Uuid>
  /**
   * `nat_addresses`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly nat_addresses: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `parent_port`: optional string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly parent_port: string | undefined
  /**
   * `port_security`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly port_security: ReadonlyArray<string>
  /**
   * `requested_additional_chassis`: set of weak references to `Chassis` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly requested_additional_chassis: ReadonlyArray<rt.WeakReference<'Chassis'>>
  /**
   * `requested_chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly requested_chassis: rt.WeakReference<'Chassis'> | undefined
  /**
   * `tag`: optional integer in 1..4095.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly tag: number | undefined
  /**
   * `tunnel_key`: integer in 1..32767.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly tunnel_key: number
  /**
   * `type`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly type: string
  /**
   * `up`: optional boolean.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly up: boolean | undefined
  /**
   * `virtual_parent`: optional string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly virtual_parent: string | undefined
}

/**
 * The columns of a new `Port_Binding` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Port_Binding from './Port_Binding.js'
 * const row: Port_Binding.Insert = { external_ids: new Map([['example', 'example']]) }
 */
export interface Insert {
  /**
   * `additional_chassis`: set of weak references to `Chassis` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly additional_chassis?: ReadonlyArray<rt.Ref<'Chassis'>>
  /**
   * `additional_encap`: set of weak references to `Encap` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly additional_encap?: ReadonlyArray<rt.Ref<'Encap'>>
  /**
   * `chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly chassis?: rt.Ref<'Chassis'> | undefined
  /**
   * `datapath`: UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly datapath?: rt.Ref
  /**
   * `encap`: optional weak reference to `Encap`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly encap?: rt.Ref<'Encap'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `gateway_chassis`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly gateway_chassis?: ReadonlyArray<rt.Ref>
  /**
   * `ha_chassis_group`: optional UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly ha_chassis_group?: rt.Ref | undefined
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly logical_port?: string
  /**
   * `mac`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mac?: ReadonlyArray<string>
  /**
   * `mirror_port`: optional string.
   *
   * Since schema OVN_Southbound 21.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mirror_port?: string | undefined
  /**
   * `mirror_rules`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mirror_rules?: ReadonlyArray<rt.Ref>
  /**
   * `nat_addresses`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly nat_addresses?: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `parent_port`: optional string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly parent_port?: string | undefined
  /**
   * `port_security`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly port_security?: ReadonlyArray<string>
  /**
   * `requested_additional_chassis`: set of weak references to `Chassis` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly requested_additional_chassis?: ReadonlyArray<rt.Ref<'Chassis'>>
  /**
   * `requested_chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly requested_chassis?: rt.Ref<'Chassis'> | undefined
  /**
   * `tag`: optional integer in 1..4095.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly tag?: number | undefined
  /**
   * `tunnel_key`: integer in 1..32767.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly tunnel_key?: number
  /**
   * `type`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly type?: string
  /**
   * `up`: optional boolean.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly up?: boolean | undefined
  /**
   * `virtual_parent`: optional string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly virtual_parent?: string | undefined
}

/**
 * The columns an update of `Port_Binding` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Port_Binding from './Port_Binding.js'
 * const change: Port_Binding.Update = { external_ids: new Map([['example', 'example']]) }
 */
export interface Update {
  /**
   * `additional_chassis`: set of weak references to `Chassis` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly additional_chassis?: ReadonlyArray<rt.Ref<'Chassis'>>
  /**
   * `additional_encap`: set of weak references to `Encap` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly additional_encap?: ReadonlyArray<rt.Ref<'Encap'>>
  /**
   * `chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly chassis?: rt.Ref<'Chassis'> | undefined
  /**
   * `datapath`: UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly datapath?: rt.Ref
  /**
   * `encap`: optional weak reference to `Encap`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly encap?: rt.Ref<'Encap'> | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `gateway_chassis`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly gateway_chassis?: ReadonlyArray<rt.Ref>
  /**
   * `ha_chassis_group`: optional UUID.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly ha_chassis_group?: rt.Ref | undefined
  /**
   * `logical_port`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly logical_port?: string
  /**
   * `mac`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mac?: ReadonlyArray<string>
  /**
   * `mirror_port`: optional string.
   *
   * Since schema OVN_Southbound 21.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mirror_port?: string | undefined
  /**
   * `mirror_rules`: set of UUIDs (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly mirror_rules?: ReadonlyArray<rt.Ref>
  /**
   * `nat_addresses`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly nat_addresses?: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `parent_port`: optional string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly parent_port?: string | undefined
  /**
   * `port_security`: set of strings (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly port_security?: ReadonlyArray<string>
  /**
   * `requested_additional_chassis`: set of weak references to `Chassis` (any number of elements).
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly requested_additional_chassis?: ReadonlyArray<rt.Ref<'Chassis'>>
  /**
   * `requested_chassis`: optional weak reference to `Chassis`.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly requested_chassis?: rt.Ref<'Chassis'> | undefined
  /**
   * `tag`: optional integer in 1..4095.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly tag?: number | undefined
  /**
   * `tunnel_key`: integer in 1..32767.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly tunnel_key?: number
  /**
   * `type`: string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly type?: string
  /**
   * `up`: optional boolean.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly up?: boolean | undefined
  /**
   * `virtual_parent`: optional string.
   *
   * Since schema OVN_Southbound 20.27.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE | OVN_Southbound documentation, table Port_Binding}
   */
  readonly virtual_parent?: string | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Port_Binding` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Port_Binding from './Port_Binding.js'
 * Port_Binding.table.isRoot // true
 */
export const table: rt.TableModel<'Port_Binding', keyof Insert> = {
  name: 'Port_Binding',
  since: '20.27.0',
  isRoot: true,
  indexes: [['datapath', 'tunnel_key'], ['logical_port']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-sb.5.html#Port_Binding_TABLE',
  columns: {
    additional_chassis: rt.columnModel('additional_chassis', {"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    additional_encap: rt.columnModel('additional_encap', {"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    chassis: rt.columnModel('chassis', {"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}, { since: '20.27.0' }),
    datapath: rt.columnModel('datapath', {"key":{"type":"uuid"},"min":1,"max":1}, { since: '20.27.0' }),
    encap: rt.columnModel('encap', {"key":{"type":"uuid","refTable":"Encap","refType":"weak"},"min":0,"max":1}, { since: '20.27.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    gateway_chassis: rt.columnModel('gateway_chassis', {"key":{"type":"uuid"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    ha_chassis_group: rt.columnModel('ha_chassis_group', {"key":{"type":"uuid"},"min":0,"max":1}, { since: '20.27.0' }),
    logical_port: rt.columnModel('logical_port', {"key":{"type":"string"},"min":1,"max":1}, { since: '20.27.0' }),
    mac: rt.columnModel('mac', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    mirror_port: rt.columnModel('mirror_port', {"key":{"type":"string"},"min":0,"max":1}, { since: '21.11.0' }),
    mirror_rules: rt.columnModel('mirror_rules', {"key":{"type":"uuid"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    nat_addresses: rt.columnModel('nat_addresses', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    parent_port: rt.columnModel('parent_port', {"key":{"type":"string"},"min":0,"max":1}, { since: '20.27.0' }),
    port_security: rt.columnModel('port_security', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    requested_additional_chassis: rt.columnModel('requested_additional_chassis', {"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":"unlimited"}, { since: '20.27.0' }),
    requested_chassis: rt.columnModel('requested_chassis', {"key":{"type":"uuid","refTable":"Chassis","refType":"weak"},"min":0,"max":1}, { since: '20.27.0' }),
    tag: rt.columnModel('tag', {"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}, { since: '20.27.0' }),
    tunnel_key: rt.columnModel('tunnel_key', {"key":{"type":"integer","minInteger":1,"maxInteger":32767},"min":1,"max":1}, { since: '20.27.0' }),
    type: rt.columnModel('type', {"key":{"type":"string"},"min":1,"max":1}, { since: '20.27.0' }),
    up: rt.columnModel('up', {"key":{"type":"boolean"},"min":0,"max":1}, { since: '20.27.0' }),
    virtual_parent: rt.columnModel('virtual_parent', {"key":{"type":"string"},"min":0,"max":1}, { since: '20.27.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_additional_chassis = (v: unknown): ReadonlyArray<rt.WeakReference<'Chassis'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'Chassis'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'Chassis'>>
}

const d_additional_encap = (v: unknown): ReadonlyArray<rt.WeakReference<'Encap'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'Encap'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'Encap'>>
}

const d_chassis = (v: unknown): rt.WeakReference<'Chassis'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Chassis'>) : rt.INVALID
}

const d_datapath = (v: unknown): rt.Uuid | rt.Invalid => {
  if (v === undefined) return rt.ZERO_UUID
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.Uuid) : rt.INVALID
}

const d_encap = (v: unknown): rt.WeakReference<'Encap'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Encap'>) : rt.INVALID
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

const d_gateway_chassis = (v: unknown): ReadonlyArray<rt.Uuid> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.Uuid] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.Uuid>
}

const d_ha_chassis_group = (v: unknown): rt.Uuid | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.Uuid) : rt.INVALID
}

const d_logical_port = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_mac = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
}

const d_mirror_port = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_mirror_rules = (v: unknown): ReadonlyArray<rt.Uuid> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.Uuid] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.Uuid>
}

const d_nat_addresses = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
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

const d_parent_port = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_port_security = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
}

const d_requested_additional_chassis = (v: unknown): ReadonlyArray<rt.WeakReference<'Chassis'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'Chassis'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'Chassis'>>
}

const d_requested_chassis = (v: unknown): rt.WeakReference<'Chassis'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Chassis'>) : rt.INVALID
}

const d_tag = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4095 ? (v as number) : rt.INVALID
}

const d_tunnel_key = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 1
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 32767 ? (v as number) : rt.INVALID
}

const d_type = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_up = (v: unknown): boolean | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_virtual_parent = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_additional_chassis = d_additional_chassis(o['additional_chassis'])
  if (v_additional_chassis === rt.INVALID) return rt.INVALID
  const v_additional_encap = d_additional_encap(o['additional_encap'])
  if (v_additional_encap === rt.INVALID) return rt.INVALID
  const v_chassis = d_chassis(o['chassis'])
  if (v_chassis === rt.INVALID) return rt.INVALID
  const v_datapath = d_datapath(o['datapath'])
  if (v_datapath === rt.INVALID) return rt.INVALID
  const v_encap = d_encap(o['encap'])
  if (v_encap === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_gateway_chassis = d_gateway_chassis(o['gateway_chassis'])
  if (v_gateway_chassis === rt.INVALID) return rt.INVALID
  const v_ha_chassis_group = d_ha_chassis_group(o['ha_chassis_group'])
  if (v_ha_chassis_group === rt.INVALID) return rt.INVALID
  const v_logical_port = d_logical_port(o['logical_port'])
  if (v_logical_port === rt.INVALID) return rt.INVALID
  const v_mac = d_mac(o['mac'])
  if (v_mac === rt.INVALID) return rt.INVALID
  const v_mirror_port = d_mirror_port(o['mirror_port'])
  if (v_mirror_port === rt.INVALID) return rt.INVALID
  const v_mirror_rules = d_mirror_rules(o['mirror_rules'])
  if (v_mirror_rules === rt.INVALID) return rt.INVALID
  const v_nat_addresses = d_nat_addresses(o['nat_addresses'])
  if (v_nat_addresses === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_parent_port = d_parent_port(o['parent_port'])
  if (v_parent_port === rt.INVALID) return rt.INVALID
  const v_port_security = d_port_security(o['port_security'])
  if (v_port_security === rt.INVALID) return rt.INVALID
  const v_requested_additional_chassis = d_requested_additional_chassis(o['requested_additional_chassis'])
  if (v_requested_additional_chassis === rt.INVALID) return rt.INVALID
  const v_requested_chassis = d_requested_chassis(o['requested_chassis'])
  if (v_requested_chassis === rt.INVALID) return rt.INVALID
  const v_tag = d_tag(o['tag'])
  if (v_tag === rt.INVALID) return rt.INVALID
  const v_tunnel_key = d_tunnel_key(o['tunnel_key'])
  if (v_tunnel_key === rt.INVALID) return rt.INVALID
  const v_type = d_type(o['type'])
  if (v_type === rt.INVALID) return rt.INVALID
  const v_up = d_up(o['up'])
  if (v_up === rt.INVALID) return rt.INVALID
  const v_virtual_parent = d_virtual_parent(o['virtual_parent'])
  if (v_virtual_parent === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Port_Binding'>,
    _version: _version as rt.Uuid | undefined,
    additional_chassis: v_additional_chassis,
    additional_encap: v_additional_encap,
    chassis: v_chassis,
    datapath: v_datapath,
    encap: v_encap,
    external_ids: v_external_ids,
    gateway_chassis: v_gateway_chassis,
    ha_chassis_group: v_ha_chassis_group,
    logical_port: v_logical_port,
    mac: v_mac,
    mirror_port: v_mirror_port,
    mirror_rules: v_mirror_rules,
    nat_addresses: v_nat_addresses,
    options: v_options,
    parent_port: v_parent_port,
    port_security: v_port_security,
    requested_additional_chassis: v_requested_additional_chassis,
    requested_chassis: v_requested_chassis,
    tag: v_tag,
    tunnel_key: v_tunnel_key,
    type: v_type,
    up: v_up,
    virtual_parent: v_virtual_parent,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    additional_chassis: rt.encodeSet(r.additional_chassis),
    additional_encap: rt.encodeSet(r.additional_encap),
    chassis: rt.encodeOptional(r.chassis),
    datapath: r.datapath,
    encap: rt.encodeOptional(r.encap),
    external_ids: rt.encodeMap(r.external_ids),
    gateway_chassis: rt.encodeSet(r.gateway_chassis),
    ha_chassis_group: rt.encodeOptional(r.ha_chassis_group),
    logical_port: r.logical_port,
    mac: rt.encodeSet(r.mac),
    mirror_port: rt.encodeOptional(r.mirror_port),
    mirror_rules: rt.encodeSet(r.mirror_rules),
    nat_addresses: rt.encodeSet(r.nat_addresses),
    options: rt.encodeMap(r.options),
    parent_port: rt.encodeOptional(r.parent_port),
    port_security: rt.encodeSet(r.port_security),
    requested_additional_chassis: rt.encodeSet(r.requested_additional_chassis),
    requested_chassis: rt.encodeOptional(r.requested_chassis),
    tag: rt.encodeOptional(r.tag),
    tunnel_key: r.tunnel_key,
    type: r.type,
    up: rt.encodeOptional(r.up),
    virtual_parent: rt.encodeOptional(r.virtual_parent),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Port_Binding` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Port_Binding from './Port_Binding.js'
 * Port_Binding.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Port_Binding` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Port_Binding from './Port_Binding.js'
 * Port_Binding.InsertC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Port_Binding` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Port_Binding from './Port_Binding.js'
 * Port_Binding.UpdateC.encode({ external_ids: new Map([['example', 'example']]) })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
