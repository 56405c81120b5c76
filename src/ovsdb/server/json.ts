/**
 * JSON helpers of the embedded server: the text forms ovsdb-server prints (object keys
 * sorted, as in the `syntax` member of its errors and the `schema` column of
 * `_Server.Database`), OVSDB `<id>`s, and string order as C's `strcmp` sees it.
 *
 * @internal
 * @module
 */

/** A JSON object, as parsed. */
export type JsonObject = { readonly [k: string]: unknown }

/** Whether a value is a plain JSON object (not an array, not null). */
export const isObject = (u: unknown): u is JsonObject => typeof u === 'object' && u !== null && !Array.isArray(u)

/** Own-property membership (so `"constructor"` is never a member). */
export const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

const ID_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/

/** Whether a string is an OVSDB `<id>` (C's `isalpha`/`isdigit`, ASCII only). */
export const isId = (s: string): boolean => ID_RE.test(s)

const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** Whether a string is a UUID as `uuid_from_string` accepts it. */
export const isUuidText = (s: string): boolean => s.length === 36 && UUID_RE.test(s)

/** The all-zero UUID: the default value of a uuid atom and the "no transaction" id. */
export const ZERO_UUID = '00000000-0000-0000-0000-000000000000'

/**
 * Compares strings the way `strcmp` compares their UTF-8 bytes: by code point. UTF-16
 * order differs only when a surrogate meets a unit at or above U+E000.
 */
export const compareStrings = (a: string, b: string): number => {
  if (a === b) return 0
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) {
      const sx = x >= 0xd800 && x <= 0xdfff
      const sy = y >= 0xd800 && y <= 0xdfff
      if (sx !== sy) return sx ? 1 : -1
      return x < y ? -1 : 1
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0
}

/**
 * JSON text with object keys sorted, as ovsdb-server prints JSON it quotes
 * (`json_to_string(json, JSSF_SORT)`).
 */
export const sortedStringify = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(sortedStringify).join(',')}]`
  if (isObject(v)) {
    const keys = Object.keys(v).sort(compareStrings)
    return `{${keys.map((k) => `${JSON.stringify(k)}:${sortedStringify(v[k])}`).join(',')}}`
  }
  const s = JSON.stringify(v)
  return s === undefined ? 'null' : s
}

/** Structural equality of JSON values (object key order ignored). */
export const jsonEquals = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!jsonEquals(a[i], b[i])) return false
    return true
  }
  if (isObject(a)) {
    if (!isObject(b)) return false
    const ka = Object.keys(a)
    if (ka.length !== Object.keys(b).length) return false
    for (const k of ka) if (!has(b, k) || !jsonEquals(a[k], b[k])) return false
    return true
  }
  return false
}

/** English list: `a`, `a and b`, `a, b, and c` (OVS's `english_list_and`). */
export const englishList = (items: ReadonlyArray<string>): string => {
  if (items.length <= 1) return items.join('')
  if (items.length === 2) return `${items[0]} and ${items[1]}`
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`
}
