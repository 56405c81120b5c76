/**
 * Values inside the embedded server: atoms and datums (a sorted set of keys, with values
 * for maps) and the column types they belong to, with the operations ovsdb-server
 * performs on them and the exact messages it reports (`lib/ovsdb-data.c`,
 * `lib/ovsdb-types.c`).
 *
 * UUIDs are held as lowercase strings; the type says which strings are UUIDs.
 *
 * @internal
 * @module
 */
import { ZERO_UUID } from '../values.js'
import type { ColumnType as SchemaColumnType, BaseType as SchemaBaseType } from '../schema.js'
import { dbError, syntaxError, type DbError } from './errors.js'
import { compareStrings, isId, isUuidText } from './json.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** An atom: integer or real (number), boolean, string, or UUID (lowercase string). */
export type Atom = number | boolean | string

/** The atomic types. */
export type AtomicType = 'integer' | 'real' | 'boolean' | 'string' | 'uuid'

/**
 * A datum: keys in ascending order without duplicates, and for a map the value of each
 * key at the same index. Datums are never mutated once built.
 */
export interface Datum {
  readonly keys: ReadonlyArray<Atom>
  readonly values: ReadonlyArray<Atom> | undefined
}

/** A base type with its constraints, normalized (`undefined`: no bound). */
export interface Base {
  readonly type: AtomicType
  /** The allowed values, as a sorted datum (a set of this base type). */
  readonly enum: Datum | undefined
  readonly minInteger: number | undefined
  readonly maxInteger: number | undefined
  readonly minReal: number | undefined
  readonly maxReal: number | undefined
  readonly minLength: number
  readonly maxLength: number | undefined
  readonly refTable: string | undefined
  readonly refType: 'strong' | 'weak' | undefined
}

/** A column type; `max` is `Infinity` for "unlimited". */
export interface Type {
  readonly key: Base
  readonly value: Base | undefined
  readonly min: number
  readonly max: number
}

/** Resolves a named-uuid to the UUID of its symbol (creating the symbol when new). */
export type Symtab = (name: string) => string

/** What C prints for an unlimited maximum (`UINT_MAX`). */
export const UINT_MAX = 4294967295

const INT64_LIMIT = 2 ** 63

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/** A base type without constraints. */
export const plainBase = (type: AtomicType): Base => ({
  type,
  enum: undefined,
  minInteger: undefined,
  maxInteger: undefined,
  minReal: undefined,
  maxReal: undefined,
  minLength: 0,
  maxLength: undefined,
  refTable: undefined,
  refType: undefined,
})

/** The type of `_uuid` and `_version`. */
export const UUID_TYPE: Type = { key: plainBase('uuid'), value: undefined, min: 1, max: 1 }

const wireAtom = (a: unknown): Atom =>
  Array.isArray(a) && a.length === 2 && typeof a[1] === 'string' ? (a[1] as string).toLowerCase() : (a as Atom)

const baseOf = (b: SchemaBaseType): Base => {
  const e = b.enum === undefined ? undefined : sortUnique(b.enum.map(wireAtom), undefined, b.type)
  return {
    type: b.type,
    enum: e,
    minInteger: b.minInteger,
    maxInteger: b.maxInteger,
    minReal: b.minReal,
    maxReal: b.maxReal,
    minLength: b.minLength ?? 0,
    maxLength: b.maxLength,
    refTable: b.refTable,
    refType: b.refTable === undefined ? undefined : (b.refType ?? 'strong'),
  }
}

/** The internal form of a schema column type. */
export const typeOf = (ct: SchemaColumnType): Type => ({
  key: baseOf(ct.key),
  value: ct.value === undefined ? undefined : baseOf(ct.value),
  min: ct.min,
  max: ct.max === 'unlimited' ? Infinity : ct.max,
})

/** The empty datum (any type). */
export const EMPTY: Datum = { keys: [], values: undefined }
const EMPTY_MAP: Datum = { keys: [], values: [] }

/** A datum of one atom. */
export const single = (a: Atom): Datum => ({ keys: [a], values: undefined })

const defaultAtom = (t: AtomicType): Atom => {
  switch (t) {
    case 'integer':
    case 'real':
      return 0
    case 'boolean':
      return false
    case 'string':
      return ''
    case 'uuid':
      return ZERO_UUID
  }
}

/** The default value of a type: empty when `min` is 0, else one default atom (pair). */
export const defaultDatum = (t: Type): Datum => {
  if (t.min === 0) return t.value === undefined ? EMPTY : EMPTY_MAP
  return {
    keys: [defaultAtom(t.key.type)],
    values: t.value === undefined ? undefined : [defaultAtom(t.value.type)],
  }
}

/** Whether a datum is the default value of its type (`ovsdb_datum_is_default`). */
export const isDefault = (d: Datum, t: Type): boolean => {
  if (d.keys.length !== t.min) return false
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] !== defaultAtom(t.key.type)) return false
    if (t.value !== undefined && d.values![i] !== defaultAtom(t.value.type)) return false
  }
  return true
}

// -------------------------------------------------------------------------------------
// order
// -------------------------------------------------------------------------------------

/** Three-way comparison of atoms of one type. */
export const compareAtoms = (a: Atom, b: Atom, t: AtomicType): number => {
  if (a === b) return 0
  switch (t) {
    case 'integer':
    case 'real':
      return (a as number) < (b as number) ? -1 : 1
    case 'boolean':
      return a === false ? -1 : 1
    default:
      return compareStrings(a as string, b as string)
  }
}

/** Index of a key in a datum, or -1. */
export const findKey = (d: Datum, key: Atom, t: AtomicType): number => {
  let lo = 0
  let hi = d.keys.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const c = compareAtoms(key, d.keys[mid]!, t)
    if (c < 0) hi = mid
    else if (c > 0) lo = mid + 1
    else return mid
  }
  return -1
}

/** Equality of datums of one type (atoms are primitives, datums are sorted). */
export const datumEquals = (a: Datum, b: Datum): boolean => {
  if (a === b) return true
  const n = a.keys.length
  if (n !== b.keys.length) return false
  for (let i = 0; i < n; i++) if (a.keys[i] !== b.keys[i]) return false
  if (a.values !== undefined && b.values !== undefined) for (let i = 0; i < n; i++) if (a.values[i] !== b.values[i]) return false
  return true
}

/** `ovsdb_datum_compare_3way`: by size, then keys, then values. */
export const compareDatums = (a: Datum, b: Datum, t: Type): number => {
  if (a.keys.length !== b.keys.length) return a.keys.length < b.keys.length ? -1 : 1
  for (let i = 0; i < a.keys.length; i++) {
    const c = compareAtoms(a.keys[i]!, b.keys[i]!, t.key.type)
    if (c !== 0) return c
  }
  if (t.value !== undefined)
    for (let i = 0; i < a.keys.length; i++) {
      const c = compareAtoms(a.values![i]!, b.values![i]!, t.value.type)
      if (c !== 0) return c
    }
  return 0
}

/** Sorts keys (with their values), or reports the first duplicate key. */
const sortChecked = (
  keys: Atom[],
  values: Atom[] | undefined,
  kt: AtomicType,
): Datum | 'duplicate' => {
  const n = keys.length
  if (n < 2) return { keys, values }
  let sorted = true
  for (let i = 1; i < n; i++) {
    const c = compareAtoms(keys[i - 1]!, keys[i]!, kt)
    if (c === 0) return 'duplicate'
    if (c > 0) {
      sorted = false
      break
    }
  }
  if (sorted) return { keys, values }
  const idx = keys.map((_, i) => i).sort((i, j) => compareAtoms(keys[i]!, keys[j]!, kt))
  const k2 = idx.map((i) => keys[i]!)
  for (let i = 1; i < n; i++) if (compareAtoms(k2[i - 1]!, k2[i]!, kt) === 0) return 'duplicate'
  return { keys: k2, values: values === undefined ? undefined : idx.map((i) => values[i]!) }
}

/** Sorts and drops duplicate keys (keeping the smallest value). */
export const sortUnique = (keys: ReadonlyArray<Atom>, values: ReadonlyArray<Atom> | undefined, kt: AtomicType, vt?: AtomicType): Datum => {
  const idx = keys.map((_, i) => i)
  idx.sort((i, j) => {
    const c = compareAtoms(keys[i]!, keys[j]!, kt)
    return c !== 0 || values === undefined || vt === undefined ? c : compareAtoms(values[i]!, values[j]!, vt)
  })
  const k: Atom[] = []
  const v: Atom[] | undefined = values === undefined ? undefined : []
  for (const i of idx) {
    if (k.length > 0 && compareAtoms(k[k.length - 1]!, keys[i]!, kt) === 0) continue
    k.push(keys[i]!)
    v?.push(values![i]!)
  }
  return { keys: k, values: v }
}

// -------------------------------------------------------------------------------------
// text (messages)
// -------------------------------------------------------------------------------------

/** C's `%.15g`. */
export const formatReal = (x: number): string => {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 'nan' : x > 0 ? 'inf' : '-inf'
  if (x === 0) return '0'
  const [mant, exp] = x.toExponential(14).split('e') as [string, string]
  const e = Number(exp)
  const strip = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s)
  if (e < -4 || e >= 15) return `${strip(mant)}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`
  return strip(x.toFixed(Math.max(0, 14 - e)))
}

const needsQuotes = (s: string): boolean => {
  if (!/^[a-zA-Z_][a-zA-Z0-9_.-]*$/.test(s)) return true
  return s === 'true' || s === 'false' || isUuidText(s)
}

/** `ovsdb_atom_to_string`. */
export const atomToString = (a: Atom, t: AtomicType): string => {
  switch (t) {
    case 'integer':
      return String(a)
    case 'real':
      return formatReal(a as number)
    case 'boolean':
      return a ? 'true' : 'false'
    case 'string':
      return needsQuotes(a as string) ? JSON.stringify(a) : (a as string)
    case 'uuid':
      return a as string
  }
}

/** `ovsdb_datum_to_string`: `[a, b]`, `{k=v}`, or a bare atom for a single-valued type. */
export const datumToString = (d: Datum, t: Type): string => {
  const isMap = t.value !== undefined
  const brackets = t.max > 1 || d.keys.length === 0
  const parts = d.keys.map((k, i) =>
    isMap ? `${atomToString(k, t.key.type)}=${atomToString(d.values![i]!, t.value!.type)}` : atomToString(k, t.key.type),
  )
  const body = parts.join(', ')
  return brackets ? (isMap ? `{${body}}` : `[${body}]`) : body
}

/** `ovsdb_type_to_english`: `string`, `set of up to 1 integers`, `map of (string, string) pairs`. */
export const typeToEnglish = (t: Type): string => {
  const key = t.key.type
  if (t.value === undefined && t.min === 1 && t.max === 1) return key
  let s = t.value === undefined ? 'set' : 'map'
  if (t.max === Infinity) s += t.min > 0 ? ` of ${t.min} or more` : ' of'
  else if (t.min > 0) s += ` of ${t.min} to ${t.max}`
  else s += ` of up to ${t.max}`
  return t.value === undefined ? `${s} ${key}s` : `${s} (${key}, ${t.value.type}) pairs`
}

// -------------------------------------------------------------------------------------
// constraints
// -------------------------------------------------------------------------------------

const codePoints = (s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

const enumType = (b: Base): Type => ({ key: { ...b, enum: undefined }, value: undefined, min: 1, max: Infinity })

/** `ovsdb_atom_check_constraints` (UUID references are checked at commit). */
export const checkAtom = (a: Atom, b: Base): DbError | undefined => {
  if (b.enum !== undefined && findKey(b.enum, a, b.type) < 0)
    return dbError(
      'constraint violation',
      `${atomToString(a, b.type)} is not one of the allowed values (${datumToString(b.enum, enumType(b))})`,
    )
  switch (b.type) {
    case 'integer': {
      const x = a as number
      const lo = b.minInteger
      const hi = b.maxInteger
      if ((lo === undefined || x >= lo) && (hi === undefined || x <= hi)) return undefined
      if (lo !== undefined) {
        if (hi !== undefined)
          return dbError('constraint violation', `${x} is not in the valid range ${lo} to ${hi} (inclusive)`)
        return dbError('constraint violation', `${x} is less than minimum allowed value ${lo}`)
      }
      return dbError('constraint violation', `${x} is greater than maximum allowed value ${hi}`)
    }
    case 'real': {
      const x = a as number
      const lo = b.minReal
      const hi = b.maxReal
      if ((lo === undefined || x >= lo) && (hi === undefined || x <= hi)) return undefined
      if (lo !== undefined) {
        if (hi !== undefined)
          return dbError(
            'constraint violation',
            `${formatReal(x)} is not in the valid range ${formatReal(lo)} to ${formatReal(hi)} (inclusive)`,
          )
        return dbError('constraint violation', `${formatReal(x)} is less than minimum allowed value ${formatReal(lo)}`)
      }
      return dbError('constraint violation', `${formatReal(x)} is greater than maximum allowed value ${formatReal(hi!)}`)
    }
    case 'string': {
      if (b.minLength === 0 && b.maxLength === undefined) return undefined
      const s = a as string
      const n = codePoints(s)
      if (n < b.minLength)
        return dbError('constraint violation', `"${s}" length ${n} is less than minimum allowed length ${b.minLength}`)
      if (b.maxLength !== undefined && n > b.maxLength)
        return dbError('constraint violation', `"${s}" length ${n} is greater than maximum allowed length ${b.maxLength}`)
      return undefined
    }
    default:
      return undefined
  }
}

/** `ovsdb_datum_check_constraints`: every key, then every value. */
export const checkDatum = (d: Datum, t: Type): DbError | undefined => {
  for (const k of d.keys) {
    const e = checkAtom(k, t.key)
    if (e !== undefined) return e
  }
  if (t.value !== undefined)
    for (const v of d.values!) {
      const e = checkAtom(v, t.value)
      if (e !== undefined) return e
    }
  return undefined
}

// -------------------------------------------------------------------------------------
// JSON
// -------------------------------------------------------------------------------------

const wrapped = (json: unknown, name: string, string: boolean): unknown => {
  if (
    Array.isArray(json) &&
    json.length === 2 &&
    json[0] === name &&
    (string ? typeof json[1] === 'string' : Array.isArray(json[1]))
  )
    return json[1]
  return undefined
}

const parseAtom = (b: Base, json: unknown, symtab: Symtab | undefined): Atom | DbError => {
  switch (b.type) {
    case 'integer':
      // JSON numbers of 2^63 and beyond are reals to ovsdb-server
      if (typeof json === 'number' && Number.isInteger(json) && Math.abs(json) < INT64_LIMIT) return json
      break
    case 'real':
      if (typeof json === 'number') return json === 0 ? 0 : json
      break
    case 'boolean':
      if (typeof json === 'boolean') return json
      break
    case 'string':
      if (typeof json === 'string') return json
      break
    case 'uuid': {
      const u = wrapped(json, 'uuid', true)
      if (u !== undefined) {
        const s = u as string
        return isUuidText(s) ? s.toLowerCase() : syntaxError(json, undefined, `"${s}" is not a valid UUID`)
      }
      if (symtab !== undefined) {
        const n = wrapped(json, 'named-uuid', true)
        if (n !== undefined) {
          const name = n as string
          return isId(name) ? symtab(name) : syntaxError(json, undefined, 'named-uuid string is not a valid <id>')
        }
      }
      return syntaxError(json, undefined, 'expected ["uuid", <string>]')
    }
  }
  return syntaxError(json, undefined, `expected ${b.type}`)
}

/** `ovsdb_atom_from_json`: parses an atom and checks its constraints. */
export const atomFromJson = (b: Base, json: unknown, symtab: Symtab | undefined): Atom | DbError => {
  const a = parseAtom(b, json, symtab)
  if (typeof a === 'object') return a
  const e = checkAtom(a, b)
  return e ?? a
}

const countError = (json: unknown, cls: string, t: Type, n: number): DbError =>
  t.min === 1 && t.max === 1
    ? syntaxError(json, undefined, `${cls} must have exactly one member but ${n} are present`)
    : syntaxError(
        json,
        undefined,
        `${cls} must have ${t.min} to ${t.max === Infinity ? UINT_MAX : t.max} members but ${n} are present`,
      )

/**
 * `ovsdb_datum_from_json`: a bare atom, `["set", [...]]` or `["map", [[k, v], ...]]`,
 * each atom parsed and checked in order, then sorted (duplicates are an error).
 */
export const datumFromJson = (t: Type, json: unknown, symtab: Symtab | undefined): Datum | DbError => {
  const isMap = t.value !== undefined
  if (isMap || (Array.isArray(json) && json.length > 0 && json[0] === 'set')) {
    const cls = isMap ? 'map' : 'set'
    const inner = wrapped(json, cls, false) as ReadonlyArray<unknown> | undefined
    if (inner === undefined) return syntaxError(json, undefined, `expected ["${cls}", <array>]`)
    const n = inner.length
    if (n < t.min || n > t.max) return countError(json, cls, t, n)
    const keys: Atom[] = new Array<Atom>(n)
    const values: Atom[] | undefined = isMap ? new Array<Atom>(n) : undefined
    for (let i = 0; i < n; i++) {
      const el = inner[i]
      let kj: unknown = el
      let vj: unknown
      if (isMap) {
        if (!Array.isArray(el) || el.length !== 2) return syntaxError(el, undefined, 'expected 2-element array')
        kj = el[0]
        vj = el[1]
      }
      const k = atomFromJson(t.key, kj, symtab)
      if (typeof k === 'object') return k
      keys[i] = k
      if (isMap) {
        const v = atomFromJson(t.value!, vj, symtab)
        if (typeof v === 'object') return v
        values![i] = v
      }
    }
    const d = sortChecked(keys, values, t.key.type)
    if (d === 'duplicate') return dbError(undefined, isMap ? 'map contains duplicate key' : 'set contains duplicate')
    return d
  }
  const a = atomFromJson(t.key, json, symtab)
  if (typeof a === 'object') return a
  return { keys: [a], values: undefined }
}

/** An atom on the wire. */
export const atomToJson = (a: Atom, t: AtomicType): unknown => (t === 'uuid' ? ['uuid', a] : a)

/** `ovsdb_datum_to_json`: maps as `["map", ...]`, one element bare, else `["set", ...]`. */
export const datumToJson = (d: Datum, t: Type): unknown => {
  const kt = t.key.type
  if (t.value !== undefined) {
    const vt = t.value.type
    return ['map', d.keys.map((k, i) => [atomToJson(k, kt), atomToJson(d.values![i]!, vt)])]
  }
  if (d.keys.length === 1) return atomToJson(d.keys[0]!, kt)
  return ['set', d.keys.map((k) => atomToJson(k, kt))]
}

// -------------------------------------------------------------------------------------
// set and map operations
// -------------------------------------------------------------------------------------

/** Whether the number of elements fits the type. */
export const conforms = (d: Datum, t: Type): boolean => d.keys.length >= t.min && d.keys.length <= t.max

/** `ovsdb_datum_union`: adds the keys of `b` that `a` lacks (existing keys keep their values). */
export const union = (a: Datum, b: Datum, t: Type): Datum => {
  const kt = t.key.type
  const isMap = t.value !== undefined
  const keys: Atom[] = []
  const values: Atom[] | undefined = isMap ? [] : undefined
  let i = 0
  let j = 0
  while (i < a.keys.length || j < b.keys.length) {
    const c =
      i >= a.keys.length ? 1 : j >= b.keys.length ? -1 : compareAtoms(a.keys[i]!, b.keys[j]!, kt)
    if (c <= 0) {
      keys.push(a.keys[i]!)
      values?.push(a.values![i]!)
      i++
      if (c === 0) j++
    } else {
      keys.push(b.keys[j]!)
      values?.push(b.values![j]!)
      j++
    }
  }
  return { keys, values }
}

/**
 * `ovsdb_datum_subtract`: removes from `a` the elements of `b`; when `b` is a map (has
 * values) a pair goes only if its value matches too, when `b` is a set of keys the key
 * alone decides.
 */
export const subtract = (a: Datum, t: Type, b: Datum): Datum => {
  const kt = t.key.type
  const byPair = t.value !== undefined && b.values !== undefined
  const keys: Atom[] = []
  const values: Atom[] | undefined = a.values === undefined ? undefined : []
  let j = 0
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i]!
    while (j < b.keys.length && compareAtoms(b.keys[j]!, k, kt) < 0) j++
    const hit = j < b.keys.length && compareAtoms(b.keys[j]!, k, kt) === 0 && (!byPair || b.values![j] === a.values![i])
    if (!hit) {
      keys.push(k)
      values?.push(a.values![i]!)
    }
  }
  return { keys, values }
}

/**
 * `ovsdb_datum_diff`: for sets and maps that can hold more than one element, what to
 * toggle to go from `a` to `b` (a changed map value gives the new value); for other
 * types, the new value.
 */
export const diff = (a: Datum, b: Datum, t: Type): Datum => {
  if (!(t.max > 1)) return b
  const kt = t.key.type
  const isMap = t.value !== undefined
  const keys: Atom[] = []
  const values: Atom[] | undefined = isMap ? [] : undefined
  let i = 0
  let j = 0
  while (i < a.keys.length || j < b.keys.length) {
    const c = i >= a.keys.length ? 1 : j >= b.keys.length ? -1 : compareAtoms(a.keys[i]!, b.keys[j]!, kt)
    if (c < 0) {
      keys.push(a.keys[i]!)
      values?.push(a.values![i]!)
      i++
    } else if (c > 0) {
      keys.push(b.keys[j]!)
      values?.push(b.values![j]!)
      j++
    } else {
      if (isMap && a.values![i] !== b.values![j]) {
        keys.push(b.keys[j]!)
        values!.push(b.values![j]!)
      }
      i++
      j++
    }
  }
  return { keys, values }
}

const contains = (d: Datum, k: Atom, v: Atom | undefined, t: Type): boolean => {
  const i = findKey(d, k, t.key.type)
  return i >= 0 && (v === undefined || d.values === undefined || d.values[i] === v)
}

/** Every element (pair) of `a` is in `b`. */
export const includesAll = (a: Datum, b: Datum, t: Type): boolean => {
  if (a.keys.length > b.keys.length) return false
  for (let i = 0; i < a.keys.length; i++) if (!contains(b, a.keys[i]!, a.values?.[i], t)) return false
  return true
}

/** No element (pair) of `a` is in `b`. */
export const excludesAll = (a: Datum, b: Datum, t: Type): boolean => {
  for (let i = 0; i < a.keys.length; i++) if (contains(b, a.keys[i]!, a.values?.[i], t)) return false
  return true
}
