// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Logical_Switch_Port` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Logical_Switch_Port` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port from './Logical_Switch_Port.js'
 * const id = (r: Logical_Switch_Port.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Logical_Switch_Port'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `addresses`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly addresses: ReadonlyArray<string>
  /**
   * `dhcpv4_options`: optional weak reference to `DHCP_Options`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dhcpv4_options: rt.WeakReference<'DHCP_Options'> | undefined
  /**
   * `dhcpv6_options`: optional weak reference to `DHCP_Options`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dhcpv6_options: rt.WeakReference<'DHCP_Options'> | undefined
  /**
   * `dynamic_addresses`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dynamic_addresses: string | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly enabled: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `ha_chassis_group`: optional strong reference to `HA_Chassis_Group`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly ha_chassis_group: rt.StrongReference<'HA_Chassis_Group'> | undefined
  /**
   * `health_checks`: set of strong references to `Logical_Switch_Port_Health_Check` (any number of elements).
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly health_checks: ReadonlyArray<rt.StrongReference<'Logical_Switch_Port_Health_Check'>>
  /**
   * `mirror_rules`: set of weak references to `Mirror` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Mirror","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly mirror_rules: ReadonlyArray<rt.WeakReference<'Mirror'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly name: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `parent_name`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly parent_name: string | undefined
  /**
   * `peer`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly peer: string | undefined
  /**
   * `port_security`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly port_security: ReadonlyArray<string>
  /**
   * `tag`: optional integer in 1..4095.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly tag: number | undefined
  /**
   * `tag_request`: optional integer in 0..4095.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly tag_request: number | undefined
  /**
   * `type`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly type: string
  /**
   * `up`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly up: boolean | undefined
}

/**
 * The columns of a new `Logical_Switch_Port` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port from './Logical_Switch_Port.js'
 * const row: Logical_Switch_Port.Insert = { addresses: ['example'] }
 */
export interface Insert {
  /**
   * `addresses`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly addresses?: ReadonlyArray<string>
  /**
   * `dhcpv4_options`: optional weak reference to `DHCP_Options`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dhcpv4_options?: rt.Ref<'DHCP_Options'> | undefined
  /**
   * `dhcpv6_options`: optional weak reference to `DHCP_Options`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dhcpv6_options?: rt.Ref<'DHCP_Options'> | undefined
  /**
   * `dynamic_addresses`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dynamic_addresses?: string | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly enabled?: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `ha_chassis_group`: optional strong reference to `HA_Chassis_Group`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly ha_chassis_group?: rt.Ref<'HA_Chassis_Group'> | undefined
  /**
   * `health_checks`: set of strong references to `Logical_Switch_Port_Health_Check` (any number of elements).
   *
   * Since schema OVN_Northbound 7.18.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly health_checks?: ReadonlyArray<rt.Ref<'Logical_Switch_Port_Health_Check'>>
  /**
   * `mirror_rules`: set of weak references to `Mirror` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Mirror","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly mirror_rules?: ReadonlyArray<rt.Ref<'Mirror'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly name?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `parent_name`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly parent_name?: string | undefined
  /**
   * `peer`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly peer?: string | undefined
  /**
   * `port_security`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly port_security?: ReadonlyArray<string>
  /**
   * `tag`: optional integer in 1..4095.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly tag?: number | undefined
  /**
   * `tag_request`: optional integer in 0..4095.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly tag_request?: number | undefined
  /**
   * `type`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly type?: string
  /**
   * `up`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly up?: boolean | undefined
}

/**
 * The columns an update of `Logical_Switch_Port` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port from './Logical_Switch_Port.js'
 * const change: Logical_Switch_Port.Update = { addresses: ['example'] }
 */
export interface Update {
  /**
   * `addresses`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly addresses?: ReadonlyArray<string>
  /**
   * `dhcpv4_options`: optional weak reference to `DHCP_Options`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dhcpv4_options?: rt.Ref<'DHCP_Options'> | undefined
  /**
   * `dhcpv6_options`: optional weak reference to `DHCP_Options`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dhcpv6_options?: rt.Ref<'DHCP_Options'> | undefined
  /**
   * `dynamic_addresses`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly dynamic_addresses?: string | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly enabled?: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `ha_chassis_group`: optional strong reference to `HA_Chassis_Group`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly ha_chassis_group?: rt.Ref<'HA_Chassis_Group'> | undefined
  /**
   * `health_checks`: set of strong references to `Logical_Switch_Port_Health_Check` (any number of elements).
   *
   * Since schema OVN_Northbound 7.18.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Switch_Port_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly health_checks?: ReadonlyArray<rt.Ref<'Logical_Switch_Port_Health_Check'>>
  /**
   * `mirror_rules`: set of weak references to `Mirror` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Mirror","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly mirror_rules?: ReadonlyArray<rt.Ref<'Mirror'>>
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly name?: string
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `parent_name`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly parent_name?: string | undefined
  /**
   * `peer`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly peer?: string | undefined
  /**
   * `port_security`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly port_security?: ReadonlyArray<string>
  /**
   * `tag`: optional integer in 1..4095.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly tag?: number | undefined
  /**
   * `tag_request`: optional integer in 0..4095.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4095},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly tag_request?: number | undefined
  /**
   * `type`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly type?: string
  /**
   * `up`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE | OVN_Northbound documentation, table Logical_Switch_Port}
   */
  readonly up?: boolean | undefined
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Logical_Switch_Port` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port from './Logical_Switch_Port.js'
 * Logical_Switch_Port.table.isRoot // false
 */
export const table: rt.TableModel<'Logical_Switch_Port', keyof Insert> = {
  name: 'Logical_Switch_Port',
  since: '7.0.0',
  isRoot: false,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Switch_Port_TABLE',
  columns: {
    addresses: rt.columnModel('addresses', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    dhcpv4_options: rt.columnModel('dhcpv4_options', {"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}, { since: '7.0.0' }),
    dhcpv6_options: rt.columnModel('dhcpv6_options', {"key":{"type":"uuid","refTable":"DHCP_Options","refType":"weak"},"min":0,"max":1}, { since: '7.0.0' }),
    dynamic_addresses: rt.columnModel('dynamic_addresses', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    enabled: rt.columnModel('enabled', {"key":{"type":"boolean"},"min":0,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    ha_chassis_group: rt.columnModel('ha_chassis_group', {"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}, { since: '7.0.0' }),
    health_checks: rt.columnModel('health_checks', {"key":{"type":"uuid","refTable":"Logical_Switch_Port_Health_Check","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.18.0' }),
    mirror_rules: rt.columnModel('mirror_rules', {"key":{"type":"uuid","refTable":"Mirror","refType":"weak"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    parent_name: rt.columnModel('parent_name', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    peer: rt.columnModel('peer', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.11.0' }),
    port_security: rt.columnModel('port_security', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    tag: rt.columnModel('tag', {"key":{"type":"integer","minInteger":1,"maxInteger":4095},"min":0,"max":1}, { since: '7.0.0' }),
    tag_request: rt.columnModel('tag_request', {"key":{"type":"integer","minInteger":0,"maxInteger":4095},"min":0,"max":1}, { since: '7.0.0' }),
    type: rt.columnModel('type', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    up: rt.columnModel('up', {"key":{"type":"boolean"},"min":0,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_addresses = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
}

const d_dhcpv4_options = (v: unknown): rt.WeakReference<'DHCP_Options'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'DHCP_Options'>) : rt.INVALID
}

const d_dhcpv6_options = (v: unknown): rt.WeakReference<'DHCP_Options'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'DHCP_Options'>) : rt.INVALID
}

const d_dynamic_addresses = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
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

const d_ha_chassis_group = (v: unknown): rt.StrongReference<'HA_Chassis_Group'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'HA_Chassis_Group'>) : rt.INVALID
}

const d_health_checks = (v: unknown): ReadonlyArray<rt.StrongReference<'Logical_Switch_Port_Health_Check'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Logical_Switch_Port_Health_Check'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Logical_Switch_Port_Health_Check'>>
}

const d_mirror_rules = (v: unknown): ReadonlyArray<rt.WeakReference<'Mirror'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'Mirror'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'Mirror'>>
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
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

const d_parent_name = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_peer = (v: unknown): string | undefined | rt.Invalid => {
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

const d_tag = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 4095 ? (v as number) : rt.INVALID
}

const d_tag_request = (v: unknown): number | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4095 ? (v as number) : rt.INVALID
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

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_addresses = d_addresses(o['addresses'])
  if (v_addresses === rt.INVALID) return rt.INVALID
  const v_dhcpv4_options = d_dhcpv4_options(o['dhcpv4_options'])
  if (v_dhcpv4_options === rt.INVALID) return rt.INVALID
  const v_dhcpv6_options = d_dhcpv6_options(o['dhcpv6_options'])
  if (v_dhcpv6_options === rt.INVALID) return rt.INVALID
  const v_dynamic_addresses = d_dynamic_addresses(o['dynamic_addresses'])
  if (v_dynamic_addresses === rt.INVALID) return rt.INVALID
  const v_enabled = d_enabled(o['enabled'])
  if (v_enabled === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_ha_chassis_group = d_ha_chassis_group(o['ha_chassis_group'])
  if (v_ha_chassis_group === rt.INVALID) return rt.INVALID
  const v_health_checks = d_health_checks(o['health_checks'])
  if (v_health_checks === rt.INVALID) return rt.INVALID
  const v_mirror_rules = d_mirror_rules(o['mirror_rules'])
  if (v_mirror_rules === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_parent_name = d_parent_name(o['parent_name'])
  if (v_parent_name === rt.INVALID) return rt.INVALID
  const v_peer = d_peer(o['peer'])
  if (v_peer === rt.INVALID) return rt.INVALID
  const v_port_security = d_port_security(o['port_security'])
  if (v_port_security === rt.INVALID) return rt.INVALID
  const v_tag = d_tag(o['tag'])
  if (v_tag === rt.INVALID) return rt.INVALID
  const v_tag_request = d_tag_request(o['tag_request'])
  if (v_tag_request === rt.INVALID) return rt.INVALID
  const v_type = d_type(o['type'])
  if (v_type === rt.INVALID) return rt.INVALID
  const v_up = d_up(o['up'])
  if (v_up === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Logical_Switch_Port'>,
    _version: _version as rt.Uuid | undefined,
    addresses: v_addresses,
    dhcpv4_options: v_dhcpv4_options,
    dhcpv6_options: v_dhcpv6_options,
    dynamic_addresses: v_dynamic_addresses,
    enabled: v_enabled,
    external_ids: v_external_ids,
    ha_chassis_group: v_ha_chassis_group,
    health_checks: v_health_checks,
    mirror_rules: v_mirror_rules,
    name: v_name,
    options: v_options,
    parent_name: v_parent_name,
    peer: v_peer,
    port_security: v_port_security,
    tag: v_tag,
    tag_request: v_tag_request,
    type: v_type,
    up: v_up,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    addresses: rt.encodeSet(r.addresses),
    dhcpv4_options: rt.encodeOptional(r.dhcpv4_options),
    dhcpv6_options: rt.encodeOptional(r.dhcpv6_options),
    dynamic_addresses: rt.encodeOptional(r.dynamic_addresses),
    enabled: rt.encodeOptional(r.enabled),
    external_ids: rt.encodeMap(r.external_ids),
    ha_chassis_group: rt.encodeOptional(r.ha_chassis_group),
    health_checks: rt.encodeSet(r.health_checks),
    mirror_rules: rt.encodeSet(r.mirror_rules),
    name: r.name,
    options: rt.encodeMap(r.options),
    parent_name: rt.encodeOptional(r.parent_name),
    peer: rt.encodeOptional(r.peer),
    port_security: rt.encodeSet(r.port_security),
    tag: rt.encodeOptional(r.tag),
    tag_request: rt.encodeOptional(r.tag_request),
    type: r.type,
    up: rt.encodeOptional(r.up),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Logical_Switch_Port` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port from './Logical_Switch_Port.js'
 * Logical_Switch_Port.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Logical_Switch_Port` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port from './Logical_Switch_Port.js'
 * Logical_Switch_Port.InsertC.encode({ addresses: ['example'] })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Logical_Switch_Port` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Switch_Port from './Logical_Switch_Port.js'
 * Logical_Switch_Port.UpdateC.encode({ addresses: ['example'] })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
