// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Logical_Router_Policy` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Logical_Router_Policy` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Policy from './Logical_Router_Policy.js'
 * const id = (r: Logical_Router_Policy.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Logical_Router_Policy'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `action`: string one of `"allow"`, `"drop"`, `"jump"`, `"reroute"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["allow","drop","jump","reroute"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly action: 'allow' | 'drop' | 'jump' | 'reroute'
  /**
   * `bfd_sessions`: set of weak references to `BFD` (any number of elements).
   *
   * Since schema OVN_Northbound 7.3.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly bfd_sessions: ReadonlyArray<rt.WeakReference<'BFD'>>
  /**
   * `chain`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly chain: string | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `jump_chain`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly jump_chain: string | undefined
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly match: string
  /**
   * `nexthop`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly nexthop: string | undefined
  /**
   * `nexthops`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly nexthops: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly options: ReadonlyMap<string, string>
  /**
   * `output_port`: optional weak reference to `Logical_Router_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly output_port: rt.WeakReference<'Logical_Router_Port'> | undefined
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly priority: number
}

/**
 * The columns of a new `Logical_Router_Policy` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Policy from './Logical_Router_Policy.js'
 * const row: Logical_Router_Policy.Insert = { action: 'allow' }
 */
export interface Insert {
  /**
   * `action`: string one of `"allow"`, `"drop"`, `"jump"`, `"reroute"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["allow","drop","jump","reroute"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly action?: 'allow' | 'drop' | 'jump' | 'reroute'
  /**
   * `bfd_sessions`: set of weak references to `BFD` (any number of elements).
   *
   * Since schema OVN_Northbound 7.3.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly bfd_sessions?: ReadonlyArray<rt.Ref<'BFD'>>
  /**
   * `chain`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly chain?: string | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `jump_chain`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly jump_chain?: string | undefined
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly match?: string
  /**
   * `nexthop`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly nexthop?: string | undefined
  /**
   * `nexthops`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly nexthops?: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `output_port`: optional weak reference to `Logical_Router_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly output_port?: rt.Ref<'Logical_Router_Port'> | undefined
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly priority?: number
}

/**
 * The columns an update of `Logical_Router_Policy` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Policy from './Logical_Router_Policy.js'
 * const change: Logical_Router_Policy.Update = { action: 'allow' }
 */
export interface Update {
  /**
   * `action`: string one of `"allow"`, `"drop"`, `"jump"`, `"reroute"`.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string","enum":["allow","drop","jump","reroute"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly action?: 'allow' | 'drop' | 'jump' | 'reroute'
  /**
   * `bfd_sessions`: set of weak references to `BFD` (any number of elements).
   *
   * Since schema OVN_Northbound 7.3.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly bfd_sessions?: ReadonlyArray<rt.Ref<'BFD'>>
  /**
   * `chain`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly chain?: string | undefined
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `jump_chain`: optional string.
   *
   * Since schema OVN_Northbound 7.11.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly jump_chain?: string | undefined
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly match?: string
  /**
   * `nexthop`: optional string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly nexthop?: string | undefined
  /**
   * `nexthops`: set of strings (any number of elements).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly nexthops?: ReadonlyArray<string>
  /**
   * `options`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly options?: ReadonlyMap<string, string>
  /**
   * `output_port`: optional weak reference to `Logical_Router_Port`.
   *
   * Since schema OVN_Northbound 7.18.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly output_port?: rt.Ref<'Logical_Router_Port'> | undefined
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE | OVN_Northbound documentation, table Logical_Router_Policy}
   */
  readonly priority?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Logical_Router_Policy` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Policy from './Logical_Router_Policy.js'
 * Logical_Router_Policy.table.isRoot // false
 */
export const table: rt.TableModel<'Logical_Router_Policy', keyof Insert> = {
  name: 'Logical_Router_Policy',
  since: '7.0.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Logical_Router_Policy_TABLE',
  columns: {
    action: rt.columnModel('action', {"key":{"type":"string","enum":["allow","drop","jump","reroute"]},"min":1,"max":1}, { since: '7.0.0' }),
    bfd_sessions: rt.columnModel('bfd_sessions', {"key":{"type":"uuid","refTable":"BFD","refType":"weak"},"min":0,"max":"unlimited"}, { since: '7.3.0' }),
    chain: rt.columnModel('chain', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.11.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    jump_chain: rt.columnModel('jump_chain', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.11.0' }),
    match: rt.columnModel('match', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    nexthop: rt.columnModel('nexthop', {"key":{"type":"string"},"min":0,"max":1}, { since: '7.0.0' }),
    nexthops: rt.columnModel('nexthops', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    options: rt.columnModel('options', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    output_port: rt.columnModel('output_port', {"key":{"type":"uuid","refTable":"Logical_Router_Port","refType":"weak"},"min":0,"max":1}, { since: '7.18.0' }),
    priority: rt.columnModel('priority', {"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_action = (v: unknown): 'allow' | 'drop' | 'jump' | 'reroute' | rt.Invalid => {
  if (v === undefined) return 'allow'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'allow' || v === 'drop' || v === 'jump' || v === 'reroute') ? (v as 'allow' | 'drop' | 'jump' | 'reroute') : rt.INVALID
}

const d_bfd_sessions = (v: unknown): ReadonlyArray<rt.WeakReference<'BFD'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'BFD'>] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'BFD'>>
}

const d_chain = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
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

const d_jump_chain = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_match = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_nexthop = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_nexthops = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
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

const d_output_port = (v: unknown): rt.WeakReference<'Logical_Router_Port'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Logical_Router_Port'>) : rt.INVALID
}

const d_priority = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 32767 ? (v as number) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_action = d_action(o['action'])
  if (v_action === rt.INVALID) return rt.INVALID
  const v_bfd_sessions = d_bfd_sessions(o['bfd_sessions'])
  if (v_bfd_sessions === rt.INVALID) return rt.INVALID
  const v_chain = d_chain(o['chain'])
  if (v_chain === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_jump_chain = d_jump_chain(o['jump_chain'])
  if (v_jump_chain === rt.INVALID) return rt.INVALID
  const v_match = d_match(o['match'])
  if (v_match === rt.INVALID) return rt.INVALID
  const v_nexthop = d_nexthop(o['nexthop'])
  if (v_nexthop === rt.INVALID) return rt.INVALID
  const v_nexthops = d_nexthops(o['nexthops'])
  if (v_nexthops === rt.INVALID) return rt.INVALID
  const v_options = d_options(o['options'])
  if (v_options === rt.INVALID) return rt.INVALID
  const v_output_port = d_output_port(o['output_port'])
  if (v_output_port === rt.INVALID) return rt.INVALID
  const v_priority = d_priority(o['priority'])
  if (v_priority === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Logical_Router_Policy'>,
    _version: _version as rt.Uuid | undefined,
    action: v_action,
    bfd_sessions: v_bfd_sessions,
    chain: v_chain,
    external_ids: v_external_ids,
    jump_chain: v_jump_chain,
    match: v_match,
    nexthop: v_nexthop,
    nexthops: v_nexthops,
    options: v_options,
    output_port: v_output_port,
    priority: v_priority,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    action: r.action,
    bfd_sessions: rt.encodeSet(r.bfd_sessions),
    chain: rt.encodeOptional(r.chain),
    external_ids: rt.encodeMap(r.external_ids),
    jump_chain: rt.encodeOptional(r.jump_chain),
    match: r.match,
    nexthop: rt.encodeOptional(r.nexthop),
    nexthops: rt.encodeSet(r.nexthops),
    options: rt.encodeMap(r.options),
    output_port: rt.encodeOptional(r.output_port),
    priority: r.priority,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Logical_Router_Policy` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Policy from './Logical_Router_Policy.js'
 * Logical_Router_Policy.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Logical_Router_Policy` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Policy from './Logical_Router_Policy.js'
 * Logical_Router_Policy.InsertC.encode({ action: 'allow' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Logical_Router_Policy` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Logical_Router_Policy from './Logical_Router_Policy.js'
 * Logical_Router_Policy.UpdateC.encode({ action: 'allow' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
