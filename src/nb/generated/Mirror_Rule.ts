// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `Mirror_Rule` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.12.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Mirror_Rule` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.12.0.
 * Not a root table: the server deletes a row once no strong reference points at it.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Mirror_Rule from './Mirror_Rule.js'
 * const id = (r: Mirror_Rule.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Mirror_Rule'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `action`: string one of `"mirror"`, `"skip"`.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["mirror","skip"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly action: 'mirror' | 'skip'
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly match: string
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly priority: number
}

/**
 * The columns of a new `Mirror_Rule` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Mirror_Rule from './Mirror_Rule.js'
 * const row: Mirror_Rule.Insert = { action: 'mirror' }
 */
export interface Insert {
  /**
   * `action`: string one of `"mirror"`, `"skip"`.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["mirror","skip"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly action?: 'mirror' | 'skip'
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly match?: string
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly priority?: number
}

/**
 * The columns an update of `Mirror_Rule` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Mirror_Rule from './Mirror_Rule.js'
 * const change: Mirror_Rule.Update = { action: 'mirror' }
 */
export interface Update {
  /**
   * `action`: string one of `"mirror"`, `"skip"`.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["mirror","skip"]},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly action?: 'mirror' | 'skip'
  /**
   * `match`: string.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly match?: string
  /**
   * `priority`: integer in 0..32767.
   *
   * Since schema OVN_Northbound 7.12.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE | OVN_Northbound documentation, table Mirror_Rule}
   */
  readonly priority?: number
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Mirror_Rule` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Mirror_Rule from './Mirror_Rule.js'
 * Mirror_Rule.table.isRoot // false
 */
export const table: rt.TableModel<'Mirror_Rule', keyof Insert> = {
  name: 'Mirror_Rule',
  since: '7.12.0',
  isRoot: false,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#Mirror_Rule_TABLE',
  columns: {
    action: rt.columnModel('action', {"key":{"type":"string","enum":["mirror","skip"]},"min":1,"max":1}, { since: '7.12.0' }),
    match: rt.columnModel('match', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.12.0' }),
    priority: rt.columnModel('priority', {"key":{"type":"integer","minInteger":0,"maxInteger":32767},"min":1,"max":1}, { since: '7.12.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_action = (v: unknown): 'mirror' | 'skip' | rt.Invalid => {
  if (v === undefined) return 'mirror'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'mirror' || v === 'skip') ? (v as 'mirror' | 'skip') : rt.INVALID
}

const d_match = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
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
  const v_match = d_match(o['match'])
  if (v_match === rt.INVALID) return rt.INVALID
  const v_priority = d_priority(o['priority'])
  if (v_priority === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Mirror_Rule'>,
    _version: _version as rt.Uuid | undefined,
    action: v_action,
    match: v_match,
    priority: v_priority,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    action: r.action,
    match: r.match,
    priority: r.priority,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Mirror_Rule` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Mirror_Rule from './Mirror_Rule.js'
 * Mirror_Rule.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Mirror_Rule` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Mirror_Rule from './Mirror_Rule.js'
 * Mirror_Rule.InsertC.encode({ action: 'mirror' })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Mirror_Rule` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Mirror_Rule from './Mirror_Rule.js'
 * Mirror_Rule.UpdateC.encode({ action: 'mirror' })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
