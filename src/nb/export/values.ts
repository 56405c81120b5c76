/**
 * Reading the database's values (RFC 7047 wire form) for the export, and writing plain
 * data: the small helpers every table's export uses. Internal to the export.
 *
 * @module
 */
import type { Value } from '../../ovsdb/wire/datum.js'
import type { Atom } from '../../ovsdb/wire/atom.js'
import { setElements } from '../../ovsdb/values.js'

/** A plain JSON value. */
export type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [k: string]: Json }
/** A plain object being filled in. */
export type Obj = Record<string, Json>

/** The engine's marks on owned rows: it writes them again for the topology's owner, so they are never exported. */
export const MARKS: ReadonlySet<string> = new Set(['ovn-nb/owner', 'ovn-nb/id', 'ovn-nb/managed'])

export const atoms = (v: Value | undefined): ReadonlyArray<Atom> => (v === undefined ? [] : setElements(v))
export const opt = (v: Value | undefined): Atom | undefined => atoms(v)[0]
export const str = (v: Value | undefined): string | undefined => {
  const a = opt(v)
  return typeof a === 'string' ? a : undefined
}
export const uuidOf = (a: Atom | undefined): string | undefined => (Array.isArray(a) && a[0] === 'uuid' ? (a[1] as string) : undefined)
export const uuids = (v: Value | undefined): ReadonlyArray<string> => atoms(v).flatMap((a) => (uuidOf(a) === undefined ? [] : [uuidOf(a)!]))
export const pairs = (v: Value | undefined): ReadonlyArray<readonly [Atom, Atom]> =>
  Array.isArray(v) && v[0] === 'map' ? (v[1] as ReadonlyArray<readonly [Atom, Atom]>) : []
export const strMap = (v: Value | undefined, drop: ReadonlySet<string> = new Set()): Obj => {
  const out: Obj = {}
  for (const [k, x] of [...pairs(v)].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1))) if (!drop.has(String(k))) out[String(k)] = String(x)
  return out
}
export const sorted = (xs: ReadonlyArray<string>): ReadonlyArray<string> => [...xs].sort()
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** Objects by their `name` field. */
export const byName = (a: Obj, b: Obj): number => byText(a['name'] as string, b['name'] as string)

/** Whether a value is its column's default (empty set/map, '', 0, false). */
export const isDefault = (v: Value | undefined): boolean => {
  if (v === undefined || v === '' || v === 0 || v === false) return true
  if (Array.isArray(v) && (v[0] === 'set' || v[0] === 'map')) return (v[1] as ReadonlyArray<unknown>).length === 0
  return false
}

/** A value for people: a one-element set as its element, sets as lists, maps as objects. */
export const shown = (v: Value): string => {
  const xs = Array.isArray(v) && v[0] === 'set' ? (v[1] as ReadonlyArray<Atom>) : undefined
  if (xs !== undefined && xs.length === 1) return JSON.stringify(xs[0])
  if (xs !== undefined) return JSON.stringify(xs)
  if (Array.isArray(v) && v[0] === 'map') return JSON.stringify(Object.fromEntries(pairs(v).map(([k, x]) => [String(k), x])))
  return JSON.stringify(v)
}

/** Sets a field only when it says something: no empty lists, maps or undefined. */
export const put = (o: Obj, k: string, v: Json | undefined): void => {
  if (v === undefined) return
  if (Array.isArray(v) && v.length === 0) return
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0) return
  o[k] = v
}

/** A boolean column's value, when it has one (an optional column may be empty). */
export const putBool = (o: Obj, k: string, v: Value | undefined): void => {
  const b = opt(v)
  if (typeof b === 'boolean') o[k] = b
}
