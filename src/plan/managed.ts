/**
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
import type { DesiredAtom, DesiredRow } from '../ovsdb/desired.js'

/** Map columns by name -> the keys (as {@link keyText}) an owner set in them. @internal */
export type Managed = ReadonlyMap<string, ReadonlySet<string>>

/** A map key as the record holds it: a string as it is, any other atom as JSON. @internal */
export const keyText = (k: Atom | DesiredAtom): string => (typeof k === 'string' ? k : JSON.stringify(k))

const escape = (s: string): string => s.replace(/[%;,=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
const unescape = (s: string): string => s.replace(/%([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))

const NONE: Managed = new Map()

// the records are few distinct texts (rows built alike have alike records): parsed once
const parsed = new Map<string, Managed>()
const PARSED_LIMIT = 4096

/**
 * The keys a record names, by column. An unreadable record names nothing (an owner
 * that cannot read its record removes no key). @internal
 */
export const decodeManaged = (text: string): Managed => {
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
 * out `marks` (the owner's own `external_ids` keys). @internal
 */
export const managedText = (row: DesiredRow, table: TableSchema, marks: ReadonlyArray<string>): string => {
  let out = ''
  const names = Object.keys(row.columns).sort()
  for (const name of names) {
    const cs = table.columns[name]
    const v = row.columns[name]
    if (cs === undefined || cs.type.value === undefined || !Array.isArray(v) || v[0] !== 'map') continue
    const keys: string[] = []
    for (const p of v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>) {
      const k = keyText(p[0])
      if (name === 'external_ids' && marks.includes(k)) continue
      keys.push(escape(k))
    }
    if (keys.length === 0) continue
    keys.sort()
    out += `${out === '' ? '' : ';'}${escape(name)}=${keys.join(',')}`
  }
  return out
}

/** The keys of one column a record names (none when it names no such column). @internal */
export const managedIn = (m: Managed, column: string): ReadonlySet<string> => m.get(column) ?? EMPTY

const EMPTY: ReadonlySet<string> = new Set()

/** The record of nothing. @internal */
export const noneManaged: Managed = NONE
