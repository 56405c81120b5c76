/**
 * What an owner writes about itself in the rows it owns, in `external_ids`: its name
 * (the owner key), the desired id (for tables identified by it), and its managed keys.
 *
 * Managed keys: which keys of a row's map columns an owner set, so that it removes only
 * those (like Kubernetes server-side apply's managed fields). The record lives in the
 * row itself, in `external_ids` under the managed key (default `ovn-nb/managed`), so
 * that one-shot CLI runs and a controller share it:
 *
 * ```
 * external_ids:ovn-nb/managed="external_ids=app;options=activation-strategy,requested-chassis"
 * ```
 *
 * Columns and keys are sorted; `%`, `;`, `,` and `=` in a name are percent-encoded.
 * The owner's own marks (owner, id, this record) are not listed: they are always its.
 * Pure; internal to the library.
 *
 * @module
 * @internal
 */
import type { TableSchema } from '../ovsdb/schema.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { DesiredAtom, DesiredRow, DesiredValue } from '../ovsdb/desired.js'
import type { Slot } from './validate.js'
import { holdsPair, mapGet } from './values.js'

/** Map columns by name -> the keys (as {@link keyText}) an owner set in them. @internal */
export type Managed = ReadonlyMap<string, ReadonlySet<string>>

/** A map key as the record holds it: a string as it is, any other atom as JSON. @internal */
export const keyText = (k: Atom | DesiredAtom): string => (typeof k === 'string' ? k : JSON.stringify(k))

/** Whether a name needs escaping: it holds `%`, `;`, `,` or `=`. */
const special = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 37 || c === 59 || c === 44 || c === 61) return true
  }
  return false
}
const escape = (s: string): string => (special(s) ? s.replace(/[%;,=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : s)
const unescape = (s: string): string => s.replace(/%([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))

const NONE: Managed = new Map()

// the records are few distinct texts (rows built alike have alike records): parsed once
const parsed = new Map<string, Managed>()
const PARSED_LIMIT = 4096

/**
 * The keys a record names, by column. An unreadable record names nothing (an owner
 * that cannot read its record removes no key). @internal
 */
const decodeManaged = (text: string): Managed => {
  const memo = parsed.get(text)
  if (memo !== undefined) return memo
  const out = new Map<string, Set<string>>()
  for (const part of text.split(';')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const keys = part.slice(eq + 1)
    if (keys === '') continue
    out.set(unescape(part.slice(0, eq)), new Set(keys.split(',').map(unescape)))
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear()
  parsed.set(text, out)
  return out
}

/**
 * The record of the keys a desired row sets in its map columns ('' for none), leaving
 * out `marks` (the owner's own `external_ids` keys). Runs once per desired row created
 * or compared: no sort of every column name, no regular expression per key (the W10k
 * create diff spent 13 ms here with them, of ~70). @internal
 */
const managedText = (row: DesiredRow, table: TableSchema, marks: ReadonlyArray<string>): string => {
  let cols: string[] | undefined
  const columns = row.columns
  for (const name in columns) {
    const v = columns[name]
    if (!Array.isArray(v) || v[0] !== 'map' || (v[1] as ReadonlyArray<unknown>).length === 0 || table.columns[name]?.type.value === undefined) continue
    ;(cols ??= []).push(name)
  }
  if (cols === undefined) return ''
  if (cols.length > 1) cols.sort()
  let out = ''
  for (const name of cols) {
    const pairs = (columns[name] as readonly ['map', ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>])[1]
    const keys: string[] = []
    for (let i = 0; i < pairs.length; i++) {
      const k = keyText(pairs[i]![0])
      if (name === 'external_ids' && marks.includes(k)) continue
      keys.push(escape(k))
    }
    if (keys.length === 0) continue
    if (keys.length > 1) keys.sort()
    out += `${out === '' ? '' : ';'}${escape(name)}=${keys.join(',')}`
  }
  return out
}

/**
 * Whether `text` is the record {@link managedText} makes for the row, read in place: a
 * row whose map columns and keys come in sorted order and need no escaping (the usual
 * row) builds no string, any other is made and compared. A no-op full diff of W100k
 * asks this of 136k rows: making each record (arrays, a sort, a join) was ~180 MB of its
 * ~420 MB of garbage.
 */
const isRecordOf = (text: string, row: DesiredRow, table: TableSchema, marks: ReadonlyArray<string>): boolean => {
  const columns = row.columns
  let pos = 0
  let differs = false // once the text differs, only the order is still checked
  let prevColumn: string | undefined
  for (const name in columns) {
    const v = columns[name]
    if (!Array.isArray(v) || v[0] !== 'map' || (v[1] as ReadonlyArray<unknown>).length === 0 || table.columns[name]?.type.value === undefined) continue
    if ((prevColumn !== undefined && name <= prevColumn) || special(name)) return text === managedText(row, table, marks)
    prevColumn = name
    const pairs = v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
    const ids = name === 'external_ids'
    let prevKey: string | undefined
    for (let i = 0; i < pairs.length; i++) {
      const k = pairs[i]![0]
      if (typeof k !== 'string') return text === managedText(row, table, marks)
      if (ids && marks.includes(k)) continue
      if ((prevKey !== undefined && k <= prevKey) || special(k)) return text === managedText(row, table, marks)
      if (!differs) {
        if (prevKey === undefined) {
          // the column's part: `;` after another column's, its name, `=`
          if (pos > 0) differs = text.charCodeAt(pos++) !== 59
          differs ||= !text.startsWith(name, pos) || text.charCodeAt(pos + name.length) !== 61
          pos += name.length + 1
        } else differs = text.charCodeAt(pos++) !== 44
        differs ||= !text.startsWith(k, pos)
        pos += k.length
      }
      prevKey = k
    }
  }
  return !differs && pos === text.length
}

/** The keys of one column a record names (none when it names no such column). @internal */
export const managedIn = (m: Managed, column: string): ReadonlySet<string> => m.get(column) ?? EMPTY

const EMPTY: ReadonlySet<string> = new Set()


/** An owner's marks: writing them, and reading them back. @internal */
export class Marks {
  private readonly keys: ReadonlyArray<string>
  private readonly ownerPair: readonly [string, string]
  // the marks alone, shared by every row that has no other external_ids and no id mark
  private readonly ownerOnly: DesiredValue

  constructor(
    readonly owner: string,
    readonly ownerKey: string,
    readonly idKey: string,
    readonly managedKey: string,
    private readonly ownerOf: (r: Row) => string | undefined,
  ) {
    this.keys = [ownerKey, idKey, managedKey]
    this.ownerPair = [ownerKey, owner]
    this.ownerOnly = ['map', [this.ownerPair]]
  }

  /** Whether a key of `external_ids` is one of the owner's marks. */
  isMark(k: unknown): boolean {
    return k === this.ownerKey || k === this.idKey || k === this.managedKey
  }

  /** The record of the map keys a desired row sets ('' for none), made anew (a row created is seen once). */
  recordOf(row: DesiredRow, table: TableSchema): string {
    return managedText(row, table, this.keys)
  }

  /** The same, kept in the row's slot for its row object (a matched row is compared at every plan). */
  managedOf(slot: Slot): string {
    if (slot.managedFor !== slot.row) {
      slot.managed = managedText(slot.row, slot.table, this.keys)
      slot.managedFor = slot.row
    }
    return slot.managed
  }

  /**
   * Whether the record in an existing row of this owner's may name keys of columns other
   * than `external_ids` (read without decoding it: a row's record usually names
   * `external_ids` alone).
   */
  namesOtherColumns(existing: Row): boolean {
    if (this.ownerOf(existing) !== this.owner) return false
    const m = mapGet(existing['external_ids'], this.managedKey)
    return typeof m === 'string' && !(m.startsWith('external_ids=') && !m.includes(';'))
  }

  /** The keys this owner set before, as its record in an existing row says (trusted only in a row of this owner's). */
  before(existing: Row): Managed {
    if (this.ownerOf(existing) !== this.owner) return NONE
    const m = mapGet(existing['external_ids'], this.managedKey)
    return typeof m === 'string' ? decodeManaged(m) : NONE
  }

  /** The `external_ids` the owner writes: the desired ones (marks replaced), then its marks. */
  marked(id: string, withId: boolean, ext: DesiredValue | undefined, managed: string): DesiredValue {
    if (ext === undefined && !withId && managed === '') return this.ownerOnly
    const ps = ext !== undefined && Array.isArray(ext) && ext[0] === 'map' ? (ext[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>) : undefined
    // the pairs, counted first: an array of the exact size (this runs once per row created)
    let n = (withId ? 2 : 1) + (managed === '' ? 0 : 1)
    if (ps !== undefined) for (let i = 0; i < ps.length; i++) if (!this.isMark(ps[i]![0])) n++
    const pairs = new Array<readonly [DesiredAtom, DesiredAtom]>(n)
    let k = 0
    if (ps !== undefined)
      for (let i = 0; i < ps.length; i++) {
        const p = ps[i]!
        if (!this.isMark(p[0])) pairs[k++] = p
      }
    pairs[k++] = this.ownerPair
    if (withId) pairs[k++] = [this.idKey, id]
    if (managed !== '') pairs[k] = [this.managedKey, managed]
    return ['map', pairs]
  }

  /**
   * {@link Marks.same} of a desired row, its record of managed keys checked in place
   * (see isRecordOf) unless the slot keeps it already for this row.
   */
  sameFor(have: Value, slot: Slot, withId: boolean, uuidOf: (id: string) => string | undefined): boolean {
    const { row } = slot
    const ext = row.columns['external_ids']
    if (slot.managedFor === row) return this.same(have, ext, row.id, withId, uuidOf, slot.managed)
    if (!Array.isArray(have) || have[0] !== 'map') return false
    const h = have[1] as ReadonlyArray<readonly [Atom, Atom]>
    // the record the row holds: none where the desired row sets no map key, else the
    // record the desired row makes (as in same: the first pair of the key)
    let record: Atom | undefined
    for (let i = 0; i < h.length && record === undefined; i++) if (h[i]![0] === this.managedKey) record = h[i]![1]
    if (record === undefined ? !isRecordOf('', row, slot.table, this.keys) : typeof record !== 'string' || record === '' || !isRecordOf(record, row, slot.table, this.keys)) return false
    const own = this.heldPairs(h, ext, uuidOf)
    if (own < 0) return false
    const n = own + (withId ? 2 : 1) + (record === undefined ? 0 : 1)
    return h.length === n && holdsPair(h, this.ownerKey, this.owner, uuidOf) && (!withId || holdsPair(h, this.idKey, row.id, uuidOf))
  }

  /** Whether existing `external_ids` hold exactly what {@link Marks.marked} would write, checked in place. */
  same(have: Value, ext: DesiredValue | undefined, id: string, withId: boolean, uuidOf: (id: string) => string | undefined, managed: string): boolean {
    if (!Array.isArray(have) || have[0] !== 'map') return false
    const h = have[1] as ReadonlyArray<readonly [Atom, Atom]>
    const own = this.heldPairs(h, ext, uuidOf)
    if (own < 0) return false
    const n = own + (withId ? 2 : 1) + (managed === '' ? 0 : 1)
    return (
      h.length === n &&
      holdsPair(h, this.ownerKey, this.owner, uuidOf) &&
      (!withId || holdsPair(h, this.idKey, id, uuidOf)) &&
      (managed === '' || holdsPair(h, this.managedKey, managed, uuidOf))
    )
  }

  /**
   * How many pairs the desired `external_ids` set apart from the marks, when `h` holds
   * each of them; -1 when it lacks one.
   */
  private heldPairs(h: ReadonlyArray<readonly [Atom, Atom]>, ext: DesiredValue | undefined, uuidOf: (id: string) => string | undefined): number {
    if (ext === undefined || !Array.isArray(ext) || ext[0] !== 'map') return 0
    const ps = ext[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
    let n = 0
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i]!
      if (this.isMark(p[0])) continue
      n++
      if (!holdsPair(h, p[0], p[1], uuidOf)) return -1
    }
    return n
  }
}
