/**
 * Values of the diff: canonical keys of OVSDB values, comparisons of desired values with
 * existing ones (references resolved through a function), and the checks of values that
 * hold references. Pure; internal to the library.
 *
 * @module
 * @internal
 */
import { columnKind, type ColumnType } from '../ovsdb/schema.js'
import { checkAtom, checkValue } from '../ovsdb/validate.js'
import { atomKey, ZERO_UUID } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Value } from '../ovsdb/wire/datum.js'
import { isRefTo, type DesiredAtom, type DesiredValue } from '../ovsdb/desired.js'

/** A canonical text of a value: set elements and map pairs sorted. */
export const valueKey = (v: Value): string => {
  if (Array.isArray(v) && v[0] === 'set') {
    const xs = v[1] as ReadonlyArray<Atom>
    // the usual optional value: none or one, without an array for sorting
    if (xs.length === 0) return 's[]'
    if (xs.length === 1) return `s[${atomKey(xs[0]!)}]`
    return `s[${xs.map(atomKey).sort().join(',')}]`
  }
  if (Array.isArray(v) && v[0] === 'map')
    return `m[${(v[1] as ReadonlyArray<readonly [Atom, Atom]>).map((p) => `${atomKey(p[0])}=${atomKey(p[1])}`).sort().join(',')}]`
  return atomKey(v as Atom)
}

export const mapPairs = (v: Value): ReadonlyArray<readonly [Atom, Atom]> =>
  Array.isArray(v) && v[0] === 'map' ? (v[1] as ReadonlyArray<readonly [Atom, Atom]>) : []

// an indexed loop, no closure: it reads the owner of every existing row a diff matches
export const mapGet = (v: Value | undefined, key: string): Atom | undefined => {
  if (v === undefined) return undefined
  const ps = mapPairs(v)
  for (let i = 0; i < ps.length; i++) if (ps[i]![0] === key) return ps[i]![1]
  return undefined
}


export const EMPTY_SET: Value = ['set', []]
export const EMPTY_MAP: Value = ['map', []]

/** Code-unit order: deterministic, and far cheaper than collation (`localeCompare`). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const isWrapped = (v: unknown): boolean => Array.isArray(v) && (v[0] === 'set' || v[0] === 'map')

/** Whether existing map pairs `h` hold key `k` with value `v` (references resolved). */
export const holdsPair = (h: ReadonlyArray<readonly [Atom, Atom]>, k: DesiredAtom, v: DesiredAtom, uuidOf: (id: string) => string | undefined): boolean => {
  for (let i = 0; i < h.length; i++) if (sameAtom(k, h[i]![0], uuidOf)) return sameAtom(v, h[i]![1], uuidOf)
  return false
}

/** Whether a desired atom, its references resolved, is the existing atom. */
const sameAtom = (want: DesiredAtom, have: Atom, uuidOf: (id: string) => string | undefined): boolean => {
  if (typeof want !== 'object') return want === have
  if (typeof have !== 'object') return false
  if (want[0] === 'ref') return have[0] === 'uuid' && uuidOf(want[1]) === have[1]
  return want[0] === have[0] && want[1] === have[1]
}

/**
 * A key standing for an atom in a set or map of one column (whose atoms all have one
 * type): the atom itself, or the UUID; undefined for what no existing atom can equal.
 */
const atomId = (a: DesiredAtom, uuidOf: (id: string) => string | undefined): string | number | boolean | undefined => {
  if (typeof a !== 'object') return a
  if (a[0] === 'ref') return uuidOf(a[1])
  return a[0] === 'uuid' ? a[1] : undefined
}

const SMALL = 8

/**
 * Whether a column already holds the desired value (sets and maps compared as sets and
 * maps), without building anything for small values. True means that the full
 * comparison would find no change; false means that it has to be made.
 */
export const sameValue = (kind: ReturnType<typeof columnKind>, want: DesiredValue, have: Value, uuidOf: (id: string) => string | undefined): boolean => {
  if (kind === 'atom') return !isWrapped(want) && !isWrapped(have) && sameAtom(want as DesiredAtom, have as Atom, uuidOf)
  if (kind === 'map') {
    if (!Array.isArray(want) || want[0] !== 'map' || !Array.isArray(have) || have[0] !== 'map') return false
    const w = want[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
    const h = have[1] as ReadonlyArray<readonly [Atom, Atom]>
    if (w.length !== h.length) return false
    if (w.length <= SMALL) {
      for (let i = 0; i < w.length; i++) {
        const p = w[i]!
        let q: readonly [Atom, Atom] | undefined
        for (let j = 0; j < h.length && q === undefined; j++) if (sameAtom(p[0], h[j]![0], uuidOf)) q = h[j]!
        if (q === undefined || !sameAtom(p[1], q[1], uuidOf)) return false
      }
      return true
    }
    const m = new Map<unknown, Atom>()
    for (const q of h) m.set(typeof q[0] === 'object' ? q[0][1] : q[0], q[1])
    for (const p of w) {
      const k = atomId(p[0], uuidOf)
      if (k === undefined) return false
      const q = m.get(k)
      if (q === undefined || !sameAtom(p[1], q, uuidOf)) return false
    }
    return true
  }
  // sets and optional values: elements compared as sets
  if (Array.isArray(want) && want[0] === 'map') return false
  if (Array.isArray(have) && have[0] === 'map') return false
  const wantSet = Array.isArray(want) && want[0] === 'set'
  const haveSet = Array.isArray(have) && have[0] === 'set'
  const wn = wantSet ? (want[1] as ReadonlyArray<DesiredAtom>).length : 1
  const h = haveSet ? (have[1] as ReadonlyArray<Atom>) : undefined
  const hn = h === undefined ? 1 : h.length
  if (wn !== hn) return false
  if (wn === 0) return true
  if (!wantSet) return sameAtom(want as DesiredAtom, h === undefined ? (have as Atom) : h[0]!, uuidOf)
  const w = want[1] as ReadonlyArray<DesiredAtom>
  if (h === undefined) return sameAtom(w[0]!, have as Atom, uuidOf)
  if (wn <= SMALL) {
    for (let i = 0; i < wn; i++) {
      const a = w[i]!
      let found = false
      for (let j = 0; j < hn && !found; j++) found = sameAtom(a, h[j]!, uuidOf)
      if (!found) return false
    }
    return true
  }
  const keys = new Set<unknown>()
  for (const x of h) keys.add(typeof x === 'object' ? x[1] : x)
  for (const a of w) {
    const k = atomId(a, uuidOf)
    if (k === undefined || !keys.has(k)) return false
  }
  return true
}

// The loops of this module that run once per desired row avoid iterators and closures
// (sameValue's closures were ~39 MB of the ~265 MB of garbage of a no-op W100k diff):
// a one-shot plan (`ovn-nb apply`) runs them once, before the optimizing compiler would
// have removed those allocations.

/** Whether map pairs hold a reference to a desired row. */
export const atomsHaveRef = (xs: ReadonlyArray<DesiredAtom>): boolean => {
  for (let i = 0; i < xs.length; i++) if (isRefTo(xs[i])) return true
  return false
}

export const pairsHaveRef = (ps: ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>): boolean => {
  for (let i = 0; i < ps.length; i++) if (isRefTo(ps[i]![0]) || isRefTo(ps[i]![1])) return true
  return false
}

/** Whether a desired value holds a reference to a desired row. */
export const hasRef = (v: DesiredValue): boolean => {
  if (Array.isArray(v) && v[0] === 'set') return atomsHaveRef(v[1] as ReadonlyArray<DesiredAtom>)
  if (Array.isArray(v) && v[0] === 'map') return pairsHaveRef(v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>)
  return isRefTo(v)
}

/**
 * `checkValue` of a value holding references, each standing for a distinct UUID. The
 * usual case — a set in a UUID column — is checked without building the placeholder
 * value: references are valid UUID atoms, the other elements are checked one by one.
 */
export const checkWithRefs = (ct: ColumnType, v: DesiredValue): string | undefined => {
  // a reference alone, in a column of references: one valid element
  if (ct.value === undefined && ct.key.type === 'uuid' && ct.key.enum === undefined && isRefTo(v))
    return ct.min > 1 ? `1 elements, at least ${ct.min} required` : undefined
  if (ct.value === undefined && ct.key.type === 'uuid' && ct.key.enum === undefined && Array.isArray(v) && v[0] === 'set' && v.length === 2 && Array.isArray(v[1])) {
    const xs = v[1] as ReadonlyArray<DesiredAtom>
    const seen = xs.length > SMALL ? new Set<string | number | boolean>() : undefined
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!
      if (isRefTo(x)) continue
      const e = checkAtom(ct.key, x)
      if (e !== undefined) return e
      if (seen === undefined) {
        for (let j = 0; j < i; j++) {
          const y = xs[j]!
          if (!isRefTo(y) && (typeof x === 'object' ? typeof y === 'object' && x[0] === y[0] && x[1] === y[1] : x === y)) return `duplicate set element ${JSON.stringify(x)}`
        }
      } else {
        const k = typeof x === 'object' ? `${x[0]}:${x[1]}` : x
        if (seen.has(k)) return `duplicate set element ${JSON.stringify(x)}`
        seen.add(k)
      }
    }
    const n = xs.length
    if (n < ct.min) return `${n} elements, at least ${ct.min} required`
    if (ct.max !== 'unlimited' && n > ct.max) return `${n} elements, at most ${ct.max} allowed`
    return undefined
  }
  return checkValue(ct, placeholderRefs(v))
}

const PLACEHOLDER: Atom = ['uuid', ZERO_UUID]
const placeholderRefs = (v: DesiredValue): Value => {
  const fix = (a: DesiredAtom): Atom => (isRefTo(a) ? PLACEHOLDER : a)
  if (Array.isArray(v) && v[0] === 'set') {
    // distinct refs must stay distinct for the duplicate check
    const xs = v[1] as ReadonlyArray<DesiredAtom>
    return ['set', xs.map((a, i) => (isRefTo(a) ? (['uuid', `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`] as const) : a))]
  }
  if (Array.isArray(v) && v[0] === 'map')
    return ['map', (v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).map((p) => [fix(p[0]), fix(p[1])] as const)]
  return fix(v as DesiredAtom)
}

