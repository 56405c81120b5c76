// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Logical_Router_Port` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Logical_Router_Port` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * Indexes: (`name`).
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Port from './Logical_Router_Port.js'
 * const id = (r: Logical_Router_Port.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Logical_Router_Port'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `dhcp_relay`: optional strong reference to `DHCP_Relay`.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Relay","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly dhcp_relay: rt.StrongReference<'DHCP_Relay'> | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly enabled: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `gateway_chassis`: set of strong references to `Gateway_Chassis` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Gateway_Chassis","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly gateway_chassis: ReadonlyArray<rt.StrongReference<'Gateway_Chassis'>>
  /**
   * `ha_chassis_group`: optional strong reference to `HA_Chassis_Group`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ha_chassis_group: rt.StrongReference<'HA_Chassis_Group'> | undefined
  /**
   * `ipv6_prefix`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ipv6_prefix: ReadonlyArray<string>
  /**
   * `ipv6_ra_configs`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ipv6_ra_configs: ReadonlyMap<string, string>
  /**
   * `mac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly mac: string
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly name: string
  /**
   * `networks`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly networks: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `peer`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly peer: string | undefined
  /**
   * `status`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.3.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly status: ReadonlyMap<string, string>
}

/**
 * The columns of a new `Logical_Router_Port` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Port from './Logical_Router_Port.js'
 * const row: Logical_Router_Port.Insert = { enabled: true }
 */
export interface Insert {
  /**
   * `dhcp_relay`: optional strong reference to `DHCP_Relay`.
   *
   * Since schema OVN_Northbound 7.6.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Relay","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly dhcp_relay?: rt.Ref<'DHCP_Relay'> | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly enabled?: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `gateway_chassis`: set of strong references to `Gateway_Chassis` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Gateway_Chassis","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly gateway_chassis?: ReadonlyArray<rt.Ref<'Gateway_Chassis'>>
  /**
   * `ha_chassis_group`: optional strong reference to `HA_Chassis_Group`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ha_chassis_group?: rt.Ref<'HA_Chassis_Group'> | undefined
  /**
   * `ipv6_prefix`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ipv6_prefix?: ReadonlyArray<string>
  /**
   * `ipv6_ra_configs`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ipv6_ra_configs?: ReadonlyMap<string, string>
  /**
   * `mac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly mac?: string
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly name?: string
  /**
   * `networks`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly networks?: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `peer`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly peer?: string | undefined
  /**
   * `status`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.3.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly status?: ReadonlyMap<string, string>
}

/**
 * The columns an update of `Logical_Router_Port` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Port from './Logical_Router_Port.js'
 * const change: Logical_Router_Port.Update = { enabled: true }
 */
export interface Update {
  /**
   * `dhcp_relay`: optional strong reference to `DHCP_Relay`.
   *
   * Since schema OVN_Northbound 7.6.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"DHCP_Relay","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly dhcp_relay?: rt.Ref<'DHCP_Relay'> | undefined
  /**
   * `enabled`: optional boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly enabled?: boolean | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `gateway_chassis`: set of strong references to `Gateway_Chassis` (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Gateway_Chassis","refType":"strong"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly gateway_chassis?: ReadonlyArray<rt.Ref<'Gateway_Chassis'>>
  /**
   * `ha_chassis_group`: optional strong reference to `HA_Chassis_Group`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ha_chassis_group?: rt.Ref<'HA_Chassis_Group'> | undefined
  /**
   * `ipv6_prefix`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ipv6_prefix?: ReadonlyArray<string>
  /**
   * `ipv6_ra_configs`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly ipv6_ra_configs?: ReadonlyMap<string, string>
  /**
   * `mac`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly mac?: string
  /**
   * `name`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly name?: string
  /**
   * `networks`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly networks?: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `peer`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly peer?: string | undefined
  /**
   * `status`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.3.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE | OVN_Northbound documentation, table Logical_Router_Port}
   */
  readonly status?: ReadonlyMap<string, string>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Logical_Router_Port` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Port from './Logical_Router_Port.js'
 * Logical_Router_Port.table.isRoot // false
 */
export const table: rt.TableModel<'Logical_Router_Port', keyof Insert> = {
  name: 'Logical_Router_Port',
  since: '7.0.0',
  isRoot: false,
  indexes: [['name']],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Port_TABLE',
  columns: {
    dhcp_relay: rt.columnModel('dhcp_relay', {"key":{"type":"uuid","refTable":"DHCP_Relay","refType":"strong"},"min":0,"max":1}, { since: '7.6.0' }),
    enabled: rt.columnModel('enabled', {"key":{"type":"boolean"},"min":0,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    gateway_chassis: rt.columnModel('gateway_chassis', {"key":{"type":"uuid","refTable":"Gateway_Chassis","refType":"strong"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    ha_chassis_group: rt.columnModel('ha_chassis_group', {"key":{"type":"uuid","refTable":"HA_Chassis_Group","refType":"strong"},"min":0,"max":1}, { since: '7.0.0' }),
    ipv6_prefix: rt.columnModel('ipv6_prefix', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    ipv6_ra_configs: rt.columnModel('ipv6_ra_configs', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    mac: rt.columnModel('mac', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    networks: rt.columnModel('networks', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    peer: rt.columnModel('peer', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    status: rt.columnModel('status', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.3.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_dhcp_relay = (v: unknown): rt.StrongReference<'DHCP_Relay'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'DHCP_Relay'>) : rt.INVALID
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

const d_gateway_chassis = (v: unknown): ReadonlyArray<rt.StrongReference<'Gateway_Chassis'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Gateway_Chassis'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Gateway_Chassis'>>
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

const d_ipv6_prefix = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
}

const d_ipv6_ra_configs = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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

const d_mac = (v: unknown): string | rt.Invalid => {
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

const d_networks = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
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

const d_peer = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_status = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_dhcp_relay = d_dhcp_relay(o['dhcp_relay'])
  if (v_dhcp_relay === rt.INVALID) return rt.INVALID
  const v_enabled = d_enabled(o['enabled'])
  if (v_enabled === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_gateway_chassis = d_gateway_chassis(o['gateway_chassis'])
  if (v_gateway_chassis === rt.INVALID) return rt.INVALID
  const v_ha_chassis_group = d_ha_chassis_group(o['ha_chassis_group'])
  if (v_ha_chassis_group === rt.INVALID) return rt.INVALID
  const v_ipv6_prefix = d_ipv6_prefix(o['ipv6_prefix'])
  if (v_ipv6_prefix === rt.INVALID) return rt.INVALID
  const v_ipv6_ra_configs = d_ipv6_ra_configs(o['ipv6_ra_configs'])
  if (v_ipv6_ra_configs === rt.INVALID) return rt.INVALID
  const v_mac = d_mac(o['mac'])
  if (v_mac === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_networks = d_networks(o['networks'])
  if (v_networks === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_peer = d_peer(o['peer'])
  if (v_peer === rt.INVALID) return rt.INVALID
  const v_status = d_status(o['status'])
  if (v_status === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Logical_Router_Port'>,
    _version: _version as rt.Uuid | undefined,
    dhcp_relay: v_dhcp_relay,
    enabled: v_enabled,
    external_ids: v_external_ids,
    gateway_chassis: v_gateway_chassis,
    ha_chassis_group: v_ha_chassis_group,
    ipv6_prefix: v_ipv6_prefix,
    ipv6_ra_configs: v_ipv6_ra_configs,
    mac: v_mac,
    name: v_name,
    networks: v_networks,
    options: v_options,
    peer: v_peer,
    status: v_status,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    dhcp_relay: rt.encodeOptional(r.dhcp_relay),
    enabled: rt.encodeOptional(r.enabled),
    external_ids: rt.encodeMap(r.external_ids),
    gateway_chassis: rt.encodeSet(r.gateway_chassis),
    ha_chassis_group: rt.encodeOptional(r.ha_chassis_group),
    ipv6_prefix: rt.encodeSet(r.ipv6_prefix),
    ipv6_ra_configs: rt.encodeMap(r.ipv6_ra_configs),
    mac: r.mac,
    name: r.name,
    networks: rt.encodeSet(r.networks),
    options: rt.encodeMap(r.options),
    peer: rt.encodeOptional(r.peer),
    status: rt.encodeMap(r.status),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Logical_Router_Port` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Port from './Logical_Router_Port.js'
 * Logical_Router_Port.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Logical_Router_Port` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Port from './Logical_Router_Port.js'
 * Logical_Router_Port.InsertC.encode({ enabled: true })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Logical_Router_Port` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Port from './Logical_Router_Port.js'
 * Logical_Router_Port.UpdateC.encode({ enabled: true })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
