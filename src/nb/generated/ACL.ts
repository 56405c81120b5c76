// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `ACL` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `ACL` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as ACL from './ACL.js'
 * const id = (r: ACL.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'ACL'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `action`: string one of `"allow"`, `"allow-related"`, `"allow-stateless"`, `"drop"`, `"pass"`, `"reject"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["allow","allow-related","allow-stateless","drop","pass","reject"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly action: 'allow' | 'allow-related' | 'allow-stateless' | 'drop' | 'pass' | 'reject'
  /**
   * `direction`: string one of `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly direction: 'from-lport' | 'to-lport'
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `label`: integer in 0..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly label: number
  /**
   * `log`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly log: boolean
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly match: string
  /**
   * `meter`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly meter: string | undefined
  /**
   * `name`: optional string of at most 63 characters.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","maxLength":63},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly name: string | undefined
  /**
   * `network_function_group`: optional strong reference to `Network_Function_Group`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly network_function_group: rt.StrongReference<'Network_Function_Group'> | undefined
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly priority: number
  /**
   * `sample_est`: optional strong reference to `Sample`.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly sample_est: rt.StrongReference<'Sample'> | undefined
  /**
   * `sample_new`: optional strong reference to `Sample`.
   *
   * Since schema OVN_Northbound 7.6.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly sample_new: rt.StrongReference<'Sample'> | undefined
  /**
   * `severity`: optional string one of `"alert"`, `"debug"`, `"info"`, `"notice"`, `"warning"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["alert","debug","info","notice","warning"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly severity: 'alert' | 'debug' | 'info' | 'notice' | 'warning' | undefined
  /**
   * `tier`: integer in 0..3.
   *
   * Since schema OVN_Northbound 7.3.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":3},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly tier: number
}

/**
 * The columns of a new `ACL` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as ACL from './ACL.js'
 * const row: ACL.Insert = { action: 'allow' }
 */
export interface Insert {
  /**
   * `action`: string one of `"allow"`, `"allow-related"`, `"allow-stateless"`, `"drop"`, `"pass"`, `"reject"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["allow","allow-related","allow-stateless","drop","pass","reject"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly action?: 'allow' | 'allow-related' | 'allow-stateless' | 'drop' | 'pass' | 'reject'
  /**
   * `direction`: string one of `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly direction?: 'from-lport' | 'to-lport'
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `label`: integer in 0..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly label?: number
  /**
   * `log`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly log?: boolean
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly match?: string
  /**
   * `meter`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly meter?: string | undefined
  /**
   * `name`: optional string of at most 63 characters.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","maxLength":63},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly name?: string | undefined
  /**
   * `network_function_group`: optional strong reference to `Network_Function_Group`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly network_function_group?: rt.Ref<'Network_Function_Group'> | undefined
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly priority?: number
  /**
   * `sample_est`: optional strong reference to `Sample`.
   *
   * Since schema OVN_Northbound 7.6.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly sample_est?: rt.Ref<'Sample'> | undefined
  /**
   * `sample_new`: optional strong reference to `Sample`.
   *
   * Since schema OVN_Northbound 7.6.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly sample_new?: rt.Ref<'Sample'> | undefined
  /**
   * `severity`: optional string one of `"alert"`, `"debug"`, `"info"`, `"notice"`, `"warning"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["alert","debug","info","notice","warning"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly severity?: 'alert' | 'debug' | 'info' | 'notice' | 'warning' | undefined
  /**
   * `tier`: integer in 0..3.
   *
   * Since schema OVN_Northbound 7.3.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":3},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly tier?: number
}

/**
 * The columns an update of `ACL` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as ACL from './ACL.js'
 * const change: ACL.Update = { action: 'allow' }
 */
export interface Update {
  /**
   * `action`: string one of `"allow"`, `"allow-related"`, `"allow-stateless"`, `"drop"`, `"pass"`, `"reject"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["allow","allow-related","allow-stateless","drop","pass","reject"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly action?: 'allow' | 'allow-related' | 'allow-stateless' | 'drop' | 'pass' | 'reject'
  /**
   * `direction`: string one of `"from-lport"`, `"to-lport"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly direction?: 'from-lport' | 'to-lport'
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `label`: integer in 0..4294967295.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly label?: number
  /**
   * `log`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly log?: boolean
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly match?: string
  /**
   * `meter`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly meter?: string | undefined
  /**
   * `name`: optional string of at most 63 characters.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","maxLength":63},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly name?: string | undefined
  /**
   * `network_function_group`: optional strong reference to `Network_Function_Group`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Network_Function_Group","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly network_function_group?: rt.Ref<'Network_Function_Group'> | undefined
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly priority?: number
  /**
   * `sample_est`: optional strong reference to `Sample`.
   *
   * Since schema OVN_Northbound 7.6.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly sample_est?: rt.Ref<'Sample'> | undefined
  /**
   * `sample_new`: optional strong reference to `Sample`.
   *
   * Since schema OVN_Northbound 7.6.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly sample_new?: rt.Ref<'Sample'> | undefined
  /**
   * `severity`: optional string one of `"alert"`, `"debug"`, `"info"`, `"notice"`, `"warning"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["alert","debug","info","notice","warning"]},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly severity?: 'alert' | 'debug' | 'info' | 'notice' | 'warning' | undefined
  /**
   * `tier`: integer in 0..3.
   *
   * Since schema OVN_Northbound 7.3.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":3},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE | OVN_Northbound documentation, table ACL}
   */
  readonly tier?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `ACL` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as ACL from './ACL.js'
 * ACL.table.isRoot // false
 */
export const table: rt.TableModel<'ACL', keyof Insert> = {
  name: 'ACL',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#ACL_TABLE',
  columns: {
    action: rt.columnModel('action', {"key":{"type":"string","enum":["allow","allow-related","allow-stateless","drop","pass","reject"]},"min":1,"max":1}, { since: '7.0.0' }),
    direction: rt.columnModel('direction', {"key":{"type":"string","enum":["from-lport","to-lport"]},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    label: rt.columnModel('label', {"key":{"type":"integer","minInteger":0,"maxInteger":4294967295},"min":1,"max":1}, { since: '7.0.0' }),
    log: rt.columnModel('log', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '7.0.0' }),
    match: rt.columnModel('match', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    meter: rt.columnModel('meter', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    name: rt.columnModel('name', {"key":{"type":"string","maxLength":63},"min":0,"max":1}, { since: '7.0.0' }),
    network_function_group: rt.columnModel('network_function_group', {"key":{"type":"uuid","refTable":"Network_Function_Group","refType":"strong"},"min":0,"max":1}, { since: '7.18.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    priority: rt.columnModel('priority', {"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}, { since: '7.0.0' }),
    sample_est: rt.columnModel('sample_est', {"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}, { since: '7.6.0' }),
    sample_new: rt.columnModel('sample_new', {"key":{"type":"uuid","refTable":"Sample","refType":"strong"},"min":0,"max":1}, { since: '7.6.0' }),
    severity: rt.columnModel('severity', {"key":{"type":"string","enum":["alert","debug","info","notice","warning"]},"min":0,"max":1}, { since: '7.0.0' }),
    tier: rt.columnModel('tier', {"key":{"type":"integer","minInteger":0,"maxInteger":3},"min":1,"max":1}, { since: '7.3.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_action = (v: unknown): 'allow' | 'allow-related' | 'allow-stateless' | 'drop' | 'pass' | 'reject' | rt.Invalid => {
  if (v === undefined) return 'allow'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'allow' || v === 'allow-related' || v === 'allow-stateless' || v === 'drop' || v === 'pass' || v === 'reject') ? (v as 'allow' | 'allow-related' | 'allow-stateless' | 'drop' | 'pass' | 'reject') : rt.INVALID
}

const d_direction = (v: unknown): 'from-lport' | 'to-lport' | rt.Invalid => {
  if (v === undefined) return 'from-lport'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'from-lport' || v === 'to-lport') ? (v as 'from-lport' | 'to-lport') : rt.INVALID
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

const d_label = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 4294967295 ? (v as number) : rt.INVALID
}

const d_log = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_match = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_meter = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_name = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' && rt.lengthIn(v, 0, 63) ? (v as string) : rt.INVALID
}

const d_network_function_group = (v: unknown): rt.StrongReference<'Network_Function_Group'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Network_Function_Group'>) : rt.INVALID
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

const d_priority = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 32767 ? (v as number) : rt.INVALID
}

const d_sample_est = (v: unknown): rt.StrongReference<'Sample'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Sample'>) : rt.INVALID
}

const d_sample_new = (v: unknown): rt.StrongReference<'Sample'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Sample'>) : rt.INVALID
}

const d_severity = (v: unknown): 'alert' | 'debug' | 'info' | 'notice' | 'warning' | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'alert' || v === 'debug' || v === 'info' || v === 'notice' || v === 'warning') ? (v as 'alert' | 'debug' | 'info' | 'notice' | 'warning') : rt.INVALID
}

const d_tier = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3 ? (v as number) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_action = d_action(o['action'])
  if (v_action === rt.INVALID) return rt.INVALID
  const v_direction = d_direction(o['direction'])
  if (v_direction === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_label = d_label(o['label'])
  if (v_label === rt.INVALID) return rt.INVALID
  const v_log = d_log(o['log'])
  if (v_log === rt.INVALID) return rt.INVALID
  const v_match = d_match(o['match'])
  if (v_match === rt.INVALID) return rt.INVALID
  const v_meter = d_meter(o['meter'])
  if (v_meter === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_network_function_group = d_network_function_group(o['network_function_group'])
  if (v_network_function_group === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_priority = d_priority(o['priority'])
  if (v_priority === rt.INVALID) return rt.INVALID
  const v_sample_est = d_sample_est(o['sample_est'])
  if (v_sample_est === rt.INVALID) return rt.INVALID
  const v_sample_new = d_sample_new(o['sample_new'])
  if (v_sample_new === rt.INVALID) return rt.INVALID
  const v_severity = d_severity(o['severity'])
  if (v_severity === rt.INVALID) return rt.INVALID
  const v_tier = d_tier(o['tier'])
  if (v_tier === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'ACL'>,
    _version: _version as rt.Uuid | undefined,
    action: v_action,
    direction: v_direction,
    external_ids: v_external_ids,
    label: v_label,
    log: v_log,
    match: v_match,
    meter: v_meter,
    name: v_name,
    network_function_group: v_network_function_group,
    options: v_options,
    priority: v_priority,
    sample_est: v_sample_est,
    sample_new: v_sample_new,
    severity: v_severity,
    tier: v_tier,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    action: r.action,
    direction: r.direction,
    external_ids: rt.encodeMap(r.external_ids),
    label: r.label,
    log: r.log,
    match: r.match,
    meter: rt.encodeOptional(r.meter),
    name: rt.encodeOptional(r.name),
    network_function_group: rt.encodeOptional(r.network_function_group),
    options: rt.encodeMap(r.options),
    priority: r.priority,
    sample_est: rt.encodeOptional(r.sample_est),
    sample_new: rt.encodeOptional(r.sample_new),
    severity: rt.encodeOptional(r.severity),
    tier: r.tier,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `ACL` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as ACL from './ACL.js'
 * ACL.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `ACL` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as ACL from './ACL.js'
 * ACL.InsertC.encode({ action: 'allow' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `ACL` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as ACL from './ACL.js'
 * ACL.UpdateC.encode({ action: 'allow' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
