// generated — do not edit: All_Types 1.1.0 (ovn-nb gen)
/**
 * Table `Thing` of All_Types 1.1.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
 *
 * @module
 */
import * as rt from '../../../../src/codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `Thing` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
 * A root table: rows live until deleted.
 * Indexes: (`name`).
 * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Thing from './Thing.js'
 * const id = (r: Thing.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'Thing'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `by_slot`: map from integers in 0..7 to weak references to `Part` (any number of entries).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":7},"value":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly by_slot: ReadonlyMap<number, rt.WeakReference<'Part'>>
  /**
   * `codes`: set of strings each one of `"a0"`, `"a1"`, `"a2"`, `"a3"`, `"a4"`, `"a5"`, `"a6"`, `"a7"`, `"a8"`, `"a9"` (any number of elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["a0","a1","a2","a3","a4","a5","a6","a7","a8","a9"]},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly codes: ReadonlyArray<'a0' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9'>
  /**
   * `config`: map from strings to strings (any number of entries).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly config: ReadonlyMap<string, string>
  /**
   * `count`: integer in 0..100.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":100},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly count: number
  /**
   * `flag`: boolean.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly flag: boolean
  /**
   * `ids`: set of UUIDs (any number of elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly ids: ReadonlyArray<rt.Uuid>
  /**
   * `label`: optional string of 1 to 8 characters.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","minLength":1,"maxLength":8},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly label: string | undefined
  /**
   * `level`: optional integer one of `1`, `2`, `3`.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"integer","enum":[1,2,3]},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly level: 1 | 2 | 3 | undefined
  /**
   * `limits`: map from strings each one of `"cpu"`, `"mem"` to integers in 0..10 (any number of entries).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["cpu","mem"]},"value":{"type":"integer","minInteger":0,"maxInteger":10},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly limits: ReadonlyMap<'cpu' | 'mem', number>
  /**
   * `mode`: string one of `"fast"`, `"slow"`.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["fast","slow"]},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly mode: 'fast' | 'slow'
  /**
   * `name`: string.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * Immutable: set by insert only.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly name: string
  /**
   * `owner`: strong reference to `Part`.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly owner: rt.StrongReference<'Part'>
  /**
   * `parent`: optional weak reference to `Thing`.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Thing","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly parent: rt.WeakReference<'Thing'> | undefined
  /**
   * `parts`: set of strong references to `Part` (at least 1 element).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly parts: ReadonlyArray<rt.StrongReference<'Part'>>
  /**
   * `ratio`: real in 0..1.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"real","minReal":0,"maxReal":1},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly ratio: number
  /**
   * `seen`: integer.
   *
   * Since schema All_Types 1.1.0.
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly seen: number
  /**
   * `switches`: set of booleans (0 to 2 elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":2}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly switches: ReadonlyArray<boolean>
  /**
   * `tags`: set of strings (any number of elements).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly tags: ReadonlyArray<string>
  /**
   * `watchers`: set of weak references to `Part` (0 to 4 elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":4}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly watchers: ReadonlyArray<rt.WeakReference<'Part'>>
  /**
   * `weights`: map from strings to reals (1 to 4 entries).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"real"},"min":1,"max":4}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly weights: ReadonlyMap<string, number>
}

/**
 * The columns of a new `Thing` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Thing from './Thing.js'
 * const row: Thing.Insert = { codes: ['a0'] }
 */
export interface Insert {
  /**
   * `by_slot`: map from integers in 0..7 to weak references to `Part` (any number of entries).
   *
   * Since schema All_Types 1.1.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":7},"value":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly by_slot?: ReadonlyMap<number, rt.Ref<'Part'>>
  /**
   * `codes`: set of strings each one of `"a0"`, `"a1"`, `"a2"`, `"a3"`, `"a4"`, `"a5"`, `"a6"`, `"a7"`, `"a8"`, `"a9"` (any number of elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["a0","a1","a2","a3","a4","a5","a6","a7","a8","a9"]},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly codes?: ReadonlyArray<'a0' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9'>
  /**
   * `config`: map from strings to strings (any number of entries).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly config?: ReadonlyMap<string, string>
  /**
   * `count`: integer in 0..100.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":100},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly count?: number
  /**
   * `flag`: boolean.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly flag?: boolean
  /**
   * `ids`: set of UUIDs (any number of elements).
   *
   * Since schema All_Types 1.1.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly ids?: ReadonlyArray<rt.Ref>
  /**
   * `label`: optional string of 1 to 8 characters.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","minLength":1,"maxLength":8},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly label?: string | undefined
  /**
   * `level`: optional integer one of `1`, `2`, `3`.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","enum":[1,2,3]},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly level?: 1 | 2 | 3 | undefined
  /**
   * `limits`: map from strings each one of `"cpu"`, `"mem"` to integers in 0..10 (any number of entries).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["cpu","mem"]},"value":{"type":"integer","minInteger":0,"maxInteger":10},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly limits?: ReadonlyMap<'cpu' | 'mem', number>
  /**
   * `mode`: string one of `"fast"`, `"slow"`.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["fast","slow"]},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly mode?: 'fast' | 'slow'
  /**
   * `name`: string.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * Immutable: it can only be set here, by insert.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly name?: string
  /**
   * `owner`: strong reference to `Part`.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly owner?: rt.Ref<'Part'>
  /**
   * `parent`: optional weak reference to `Thing`.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Thing","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly parent?: rt.Ref<'Thing'> | undefined
  /**
   * `parts`: set of strong references to `Part` (at least 1 element).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly parts?: ReadonlyArray<rt.Ref<'Part'>>
  /**
   * `ratio`: real in 0..1.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"real","minReal":0,"maxReal":1},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly ratio?: number
  /**
   * `seen`: integer.
   *
   * Since schema All_Types 1.1.0.
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly seen?: number
  /**
   * `switches`: set of booleans (0 to 2 elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":2}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly switches?: ReadonlyArray<boolean>
  /**
   * `tags`: set of strings (any number of elements).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly tags?: ReadonlyArray<string>
  /**
   * `watchers`: set of weak references to `Part` (0 to 4 elements).
   *
   * Since schema All_Types 1.1.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":4}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly watchers?: ReadonlyArray<rt.Ref<'Part'>>
  /**
   * `weights`: map from strings to reals (1 to 4 entries).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"real"},"min":1,"max":4}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly weights?: ReadonlyMap<string, number>
}

/**
 * The columns an update of `Thing` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as Thing from './Thing.js'
 * const change: Thing.Update = { codes: ['a0'] }
 */
export interface Update {
  /**
   * `by_slot`: map from integers in 0..7 to weak references to `Part` (any number of entries).
   *
   * Since schema All_Types 1.1.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":7},"value":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly by_slot?: ReadonlyMap<number, rt.Ref<'Part'>>
  /**
   * `codes`: set of strings each one of `"a0"`, `"a1"`, `"a2"`, `"a3"`, `"a4"`, `"a5"`, `"a6"`, `"a7"`, `"a8"`, `"a9"` (any number of elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["a0","a1","a2","a3","a4","a5","a6","a7","a8","a9"]},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly codes?: ReadonlyArray<'a0' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9'>
  /**
   * `config`: map from strings to strings (any number of entries).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly config?: ReadonlyMap<string, string>
  /**
   * `count`: integer in 0..100.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"integer","minInteger":0,"maxInteger":100},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly count?: number
  /**
   * `flag`: boolean.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly flag?: boolean
  /**
   * `ids`: set of UUIDs (any number of elements).
   *
   * Since schema All_Types 1.1.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly ids?: ReadonlyArray<rt.Ref>
  /**
   * `label`: optional string of 1 to 8 characters.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"string","minLength":1,"maxLength":8},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly label?: string | undefined
  /**
   * `level`: optional integer one of `1`, `2`, `3`.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it.
   *
   * OVSDB type: `{"key":{"type":"integer","enum":[1,2,3]},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly level?: 1 | 2 | 3 | undefined
  /**
   * `limits`: map from strings each one of `"cpu"`, `"mem"` to integers in 0..10 (any number of entries).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["cpu","mem"]},"value":{"type":"integer","minInteger":0,"maxInteger":10},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly limits?: ReadonlyMap<'cpu' | 'mem', number>
  /**
   * `mode`: string one of `"fast"`, `"slow"`.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string","enum":["fast","slow"]},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly mode?: 'fast' | 'slow'
  /**
   * `owner`: strong reference to `Part`.
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly owner?: rt.Ref<'Part'>
  /**
   * `parent`: optional weak reference to `Thing`.
   *
   * Since schema All_Types 1.1.0.
   * `undefined` clears it. References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Thing","refType":"weak"},"min":0,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly parent?: rt.Ref<'Thing'> | undefined
  /**
   * `parts`: set of strong references to `Part` (at least 1 element).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly parts?: ReadonlyArray<rt.Ref<'Part'>>
  /**
   * `ratio`: real in 0..1.
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"real","minReal":0,"maxReal":1},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly ratio?: number
  /**
   * `seen`: integer.
   *
   * Since schema All_Types 1.1.0.
   * Ephemeral: not written to disk.
   *
   * OVSDB type: `{"key":{"type":"integer"},"min":1,"max":1}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly seen?: number
  /**
   * `switches`: set of booleans (0 to 2 elements).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":0,"max":2}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly switches?: ReadonlyArray<boolean>
  /**
   * `tags`: set of strings (any number of elements).
   *
   * Since schema All_Types 1.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly tags?: ReadonlyArray<string>
  /**
   * `watchers`: set of weak references to `Part` (0 to 4 elements).
   *
   * Since schema All_Types 1.1.0.
   * References may be named-uuids of rows inserted in the same transaction.
   *
   * OVSDB type: `{"key":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":4}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly watchers?: ReadonlyArray<rt.Ref<'Part'>>
  /**
   * `weights`: map from strings to reals (1 to 4 entries).
   *
   * Since schema All_Types 1.1.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"real"},"min":1,"max":4}`
   * @see {@link https://example.org/all-types.5.html#Thing_TABLE | All_Types documentation, table Thing}
   */
  readonly weights?: ReadonlyMap<string, number>
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `Thing` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as Thing from './Thing.js'
 * Thing.table.isRoot // true
 */
export const table: rt.TableModel<'Thing', keyof Insert> = {
  name: 'Thing',
  since: '1.0.0',
  isRoot: true,
  indexes: [['name']],
  docUrl: 'https://example.org/all-types.5.html#Thing_TABLE',
  columns: {
    by_slot: rt.columnModel('by_slot', {"key":{"type":"integer","minInteger":0,"maxInteger":7},"value":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":"unlimited"}, { since: '1.1.0' }),
    codes: rt.columnModel('codes', {"key":{"type":"string","enum":["a0","a1","a2","a3","a4","a5","a6","a7","a8","a9"]},"min":0,"max":"unlimited"}, { since: '1.1.0' }),
    config: rt.columnModel('config', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '1.0.0' }),
    count: rt.columnModel('count', {"key":{"type":"integer","minInteger":0,"maxInteger":100},"min":1,"max":1}, { since: '1.0.0' }),
    flag: rt.columnModel('flag', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '1.0.0' }),
    ids: rt.columnModel('ids', {"key":{"type":"uuid"},"min":0,"max":"unlimited"}, { since: '1.1.0' }),
    label: rt.columnModel('label', {"key":{"type":"string","minLength":1,"maxLength":8},"min":0,"max":1}, { since: '1.1.0' }),
    level: rt.columnModel('level', {"key":{"type":"integer","enum":[1,2,3]},"min":0,"max":1}, { since: '1.1.0' }),
    limits: rt.columnModel('limits', {"key":{"type":"string","enum":["cpu","mem"]},"value":{"type":"integer","minInteger":0,"maxInteger":10},"min":0,"max":"unlimited"}, { since: '1.1.0' }),
    mode: rt.columnModel('mode', {"key":{"type":"string","enum":["fast","slow"]},"min":1,"max":1}, { since: '1.1.0' }),
    name: rt.columnModel('name', {"key":{"type":"string"},"min":1,"max":1}, { since: '1.0.0', mutable: false }),
    owner: rt.columnModel('owner', {"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":1}, { since: '1.0.0' }),
    parent: rt.columnModel('parent', {"key":{"type":"uuid","refTable":"Thing","refType":"weak"},"min":0,"max":1}, { since: '1.1.0' }),
    parts: rt.columnModel('parts', {"key":{"type":"uuid","refTable":"Part","refType":"strong"},"min":1,"max":"unlimited"}, { since: '1.0.0' }),
    ratio: rt.columnModel('ratio', {"key":{"type":"real","minReal":0,"maxReal":1},"min":1,"max":1}, { since: '1.1.0' }),
    seen: rt.columnModel('seen', {"key":{"type":"integer"},"min":1,"max":1}, { since: '1.1.0', ephemeral: true }),
    switches: rt.columnModel('switches', {"key":{"type":"boolean"},"min":0,"max":2}, { since: '1.1.0' }),
    tags: rt.columnModel('tags', {"key":{"type":"string"},"min":0,"max":"unlimited"}, { since: '1.0.0' }),
    watchers: rt.columnModel('watchers', {"key":{"type":"uuid","refTable":"Part","refType":"weak"},"min":0,"max":4}, { since: '1.1.0' }),
    weights: rt.columnModel('weights', {"key":{"type":"string"},"value":{"type":"real"},"min":1,"max":4}, { since: '1.1.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const E_codes: ReadonlySet<unknown> = new Set<unknown>(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9'])

const d_by_slot = (v: unknown): ReadonlyMap<number, rt.WeakReference<'Part'>> | rt.Invalid => {
  if (v === undefined) return new Map<number, rt.WeakReference<'Part'>>()
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  const m = new Map<number, rt.WeakReference<'Part'>>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!(typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 7) || !(rt.isUuid(y))) return rt.INVALID
    m.set(x as number, y as rt.WeakReference<'Part'>)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const d_codes = (v: unknown): ReadonlyArray<'a0' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9'> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return E_codes.has(v) ? [v as 'a0' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9'] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(E_codes.has(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<'a0' | 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9'>
}

const d_config = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
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

const d_count = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 100 ? (v as number) : rt.INVALID
}

const d_flag = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_ids = (v: unknown): ReadonlyArray<rt.Uuid> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.Uuid] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.Uuid>
}

const d_label = (v: unknown): string | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' && rt.lengthIn(v, 1, 8) ? (v as string) : rt.INVALID
}

const d_level = (v: unknown): 1 | 2 | 3 | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 1 || v === 2 || v === 3) ? (v as 1 | 2 | 3) : rt.INVALID
}

const d_limits = (v: unknown): ReadonlyMap<'cpu' | 'mem', number> | rt.Invalid => {
  if (v === undefined) return new Map<'cpu' | 'mem', number>()
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  const m = new Map<'cpu' | 'mem', number>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!((x === 'cpu' || x === 'mem')) || !(typeof y === 'number' && Number.isInteger(y) && y >= 0 && y <= 10)) return rt.INVALID
    m.set(x as 'cpu' | 'mem', y as number)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const d_mode = (v: unknown): 'fast' | 'slow' | rt.Invalid => {
  if (v === undefined) return 'fast'
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return (v === 'fast' || v === 'slow') ? (v as 'fast' | 'slow') : rt.INVALID
}

const d_name = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_owner = (v: unknown): rt.StrongReference<'Part'> | rt.Invalid => {
  if (v === undefined) return rt.ZERO_UUID
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.StrongReference<'Part'>) : rt.INVALID
}

const d_parent = (v: unknown): rt.WeakReference<'Thing'> | undefined | rt.Invalid => {
  if (v === undefined) return undefined
  if (rt.isSetForm(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return rt.isUuid(v) ? (v as rt.WeakReference<'Thing'>) : rt.INVALID
}

const d_parts = (v: unknown): ReadonlyArray<rt.StrongReference<'Part'>> | rt.Invalid => {
  if (v === undefined) return [rt.ZERO_UUID]
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.StrongReference<'Part'>] : rt.INVALID
  const xs = v[1]
  if (xs.length < 1) return rt.INVALID
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.StrongReference<'Part'>>
}

const d_ratio = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && v >= 0 && v <= 1 ? (v as number) : rt.INVALID
}

const d_seen = (v: unknown): number | rt.Invalid => {
  if (v === undefined) return 0
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'number' && Number.isInteger(v) ? (v as number) : rt.INVALID
}

const d_switches = (v: unknown): ReadonlyArray<boolean> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'boolean' ? [v as boolean] : rt.INVALID
  const xs = v[1]
  if (xs.length > 2) return rt.INVALID
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'boolean')) return rt.INVALID
  }
  return xs as ReadonlyArray<boolean>
}

const d_tags = (v: unknown): ReadonlyArray<string> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return typeof v === 'string' ? [v as string] : rt.INVALID
  const xs = v[1]
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(typeof x === 'string')) return rt.INVALID
  }
  return xs as ReadonlyArray<string>
}

const d_watchers = (v: unknown): ReadonlyArray<rt.WeakReference<'Part'>> | rt.Invalid => {
  if (v === undefined) return rt.EMPTY
  if (!rt.isSetForm(v)) return rt.isUuid(v) ? [v as rt.WeakReference<'Part'>] : rt.INVALID
  const xs = v[1]
  if (xs.length > 4) return rt.INVALID
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]
    if (!(rt.isUuid(x))) return rt.INVALID
  }
  return xs as ReadonlyArray<rt.WeakReference<'Part'>>
}

const d_weights = (v: unknown): ReadonlyMap<string, number> | rt.Invalid => {
  if (v === undefined) return new Map<string, number>([['', 0]])
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  if (ps.length < 1 || ps.length > 4) return rt.INVALID
  const m = new Map<string, number>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!(typeof x === 'string') || !(typeof y === 'number')) return rt.INVALID
    m.set(x as string, y as number)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_by_slot = d_by_slot(o['by_slot'])
  if (v_by_slot === rt.INVALID) return rt.INVALID
  const v_codes = d_codes(o['codes'])
  if (v_codes === rt.INVALID) return rt.INVALID
  const v_config = d_config(o['config'])
  if (v_config === rt.INVALID) return rt.INVALID
  const v_count = d_count(o['count'])
  if (v_count === rt.INVALID) return rt.INVALID
  const v_flag = d_flag(o['flag'])
  if (v_flag === rt.INVALID) return rt.INVALID
  const v_ids = d_ids(o['ids'])
  if (v_ids === rt.INVALID) return rt.INVALID
  const v_label = d_label(o['label'])
  if (v_label === rt.INVALID) return rt.INVALID
  const v_level = d_level(o['level'])
  if (v_level === rt.INVALID) return rt.INVALID
  const v_limits = d_limits(o['limits'])
  if (v_limits === rt.INVALID) return rt.INVALID
  const v_mode = d_mode(o['mode'])
  if (v_mode === rt.INVALID) return rt.INVALID
  const v_name = d_name(o['name'])
  if (v_name === rt.INVALID) return rt.INVALID
  const v_owner = d_owner(o['owner'])
  if (v_owner === rt.INVALID) return rt.INVALID
  const v_parent = d_parent(o['parent'])
  if (v_parent === rt.INVALID) return rt.INVALID
  const v_parts = d_parts(o['parts'])
  if (v_parts === rt.INVALID) return rt.INVALID
  const v_ratio = d_ratio(o['ratio'])
  if (v_ratio === rt.INVALID) return rt.INVALID
  const v_seen = d_seen(o['seen'])
  if (v_seen === rt.INVALID) return rt.INVALID
  const v_switches = d_switches(o['switches'])
  if (v_switches === rt.INVALID) return rt.INVALID
  const v_tags = d_tags(o['tags'])
  if (v_tags === rt.INVALID) return rt.INVALID
  const v_watchers = d_watchers(o['watchers'])
  if (v_watchers === rt.INVALID) return rt.INVALID
  const v_weights = d_weights(o['weights'])
  if (v_weights === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'Thing'>,
    _version: _version as rt.Uuid | undefined,
    by_slot: v_by_slot,
    codes: v_codes,
    config: v_config,
    count: v_count,
    flag: v_flag,
    ids: v_ids,
    label: v_label,
    level: v_level,
    limits: v_limits,
    mode: v_mode,
    name: v_name,
    owner: v_owner,
    parent: v_parent,
    parts: v_parts,
    ratio: v_ratio,
    seen: v_seen,
    switches: v_switches,
    tags: v_tags,
    watchers: v_watchers,
    weights: v_weights,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    by_slot: rt.encodeMap(r.by_slot),
    codes: rt.encodeSet(r.codes),
    config: rt.encodeMap(r.config),
    count: r.count,
    flag: r.flag,
    ids: rt.encodeSet(r.ids),
    label: rt.encodeOptional(r.label),
    level: rt.encodeOptional(r.level),
    limits: rt.encodeMap(r.limits),
    mode: r.mode,
    name: r.name,
    owner: r.owner,
    parent: rt.encodeOptional(r.parent),
    parts: rt.encodeSet(r.parts),
    ratio: r.ratio,
    seen: r.seen,
    switches: rt.encodeSet(r.switches),
    tags: rt.encodeSet(r.tags),
    watchers: rt.encodeSet(r.watchers),
    weights: rt.encodeMap(r.weights),
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `Thing` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Thing from './Thing.js'
 * Thing.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `Thing` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Thing from './Thing.js'
 * Thing.InsertC.encode({ codes: ['a0'] })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `Thing` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as Thing from './Thing.js'
 * Thing.UpdateC.encode({ codes: ['a0'] })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
