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

// the wire's own checks: an OVSDB `<id>` (C's `isalpha`/`isdigit`, ASCII only), and a
// UUID as `uuid_from_string` accepts it (8-4-4-4-12 hex digits, either case)
export { isId, isUuidString as isUuidText } from '../wire/atom.js'

/** The all-zero UUID: the default value of a uuid atom and the "no transaction" id. */
export { ZERO_UUID } from '../values.js'

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

// -------------------------------------------------------------------------------------
// ovsdb-server's hash order
// -------------------------------------------------------------------------------------

// Where ovsdb-server walks a hash table (the members of a JSON object, the columns of a
// table), the first error it meets depends on that order. It is deterministic: the
// murmur-style `hash_string` of lib/hash.c and the bucket layout of lib/hmap.c, both
// reproduced here, so the same error is reported.

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0

const mhashAdd = (hash: number, data: number): number => {
  let h = hash
  if (data !== 0) {
    let d = Math.imul(data, 0xcc9e2d51) >>> 0
    d = rotl(d, 15)
    d = Math.imul(d, 0x1b873593) >>> 0
    h = (h ^ d) >>> 0
  }
  h = rotl(h, 13)
  return (Math.imul(h, 5) + 0xe6546b64) >>> 0
}

const mhashFinish = (hash: number): number => {
  let h = hash
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return h >>> 0
}

/** OVS's `hash_string(s, basis)` (on the UTF-8 bytes, little-endian words). */
export const hashString = (s: string, basis = 0): number => {
  const b = Buffer.from(s, 'utf8')
  let h = basis >>> 0
  let i = 0
  for (; i + 4 <= b.length; i += 4) h = mhashAdd(h, b.readUInt32LE(i))
  if (i < b.length) {
    let tmp = 0
    for (let j = 0; i + j < b.length; j++) tmp |= b[i + j]! << (8 * j)
    h = mhashAdd(h, tmp >>> 0)
  }
  return mhashFinish((h ^ b.length) >>> 0)
}

const calcMask = (capacity: number): number => {
  let m = Math.floor(capacity / 2)
  m |= m >> 1
  m |= m >> 2
  m |= m >> 4
  m |= m >> 8
  m |= m >> 16
  m |= (m & 1) << 1
  return m
}

/**
 * The order in which OVS iterates an `hmap` after inserting entries with these hashes in
 * this order (new entries go to the head of their bucket; the table doubles when it holds
 * more than twice as many entries as buckets).
 */
export const hmapOrder = <A>(entries: ReadonlyArray<readonly [A, number]>): A[] => {
  let mask = 0
  let buckets: Array<Array<readonly [A, number]>> = [[]]
  let n = 0
  for (const e of entries) {
    buckets[(e[1] & mask) >>> 0]!.unshift(e)
    n++
    if (Math.floor(n / 2) > mask) {
      const nm = calcMask(n)
      if (nm > mask) {
        const nb: Array<Array<readonly [A, number]>> = Array.from({ length: nm + 1 }, () => [])
        for (const b of buckets) for (const x of b) nb[(x[1] & nm) >>> 0]!.unshift(x)
        buckets = nb
        mask = nm
      }
    }
  }
  return buckets.flatMap((b) => b.map((x) => x[0]))
}

/** The order in which OVS iterates a `shash` (or JSON object) filled with these keys in this order. */
export const shashOrder = (keys: ReadonlyArray<string>): string[] =>
  keys.length < 2 ? [...keys] : hmapOrder(keys.map((k) => [k, hashString(k)] as const))

/**
 * A set of keys iterated in the order of an OVS `hmap` that they were inserted into and
 * removed from over time (removals never shrink an hmap).
 */
export class HmapOrder {
  private mask = 0
  private n = 0
  private buckets: string[][] = [[]]
  private readonly hashes = new Map<string, number>()

  add(key: string, hash: number): void {
    if (this.hashes.has(key)) return
    this.hashes.set(key, hash)
    this.buckets[(hash & this.mask) >>> 0]!.unshift(key)
    this.n++
    if (Math.floor(this.n / 2) > this.mask) {
      const nm = calcMask(this.n)
      if (nm > this.mask) {
        const nb: string[][] = Array.from({ length: nm + 1 }, () => [])
        for (const b of this.buckets) for (const k of b) nb[(this.hashes.get(k)! & nm) >>> 0]!.unshift(k)
        this.buckets = nb
        this.mask = nm
      }
    }
  }

  delete(key: string): void {
    const h = this.hashes.get(key)
    if (h === undefined) return
    this.hashes.delete(key)
    const b = this.buckets[(h & this.mask) >>> 0]!
    b.splice(b.indexOf(key), 1)
    this.n--
  }

  keys(): ReadonlyArray<string> {
    return this.buckets.flat()
  }
}

/** OVS's `hash_2words`/`hash_3words`: the first word is the starting hash. */
const hashWords = (words: ReadonlyArray<number>): number => {
  let h = mhashAdd(words[0]! >>> 0, 0)
  for (let i = 1; i < words.length; i++) h = mhashAdd(h, words[i]! >>> 0)
  return mhashFinish((h ^ (4 * words.length)) >>> 0)
}

/** OVS's `hash_int(x, basis)`. */
const hashInt = (x: number, basis: number): number => hashWords([x, basis])

const realWords = new DataView(new ArrayBuffer(8))

/** OVS's `json_hash(json, basis)` (JSON-RPC ids and monitor ids are hashed with it). */
export const jsonHash = (v: unknown, basis = 0): number => {
  if (typeof v === 'string') return hashString(v, basis)
  if (v === null || v === false || v === true) return hashInt((v === null ? 0 : v ? 2 : 1) << 8, basis)
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 2 ** 63) return hashInt(Number(BigInt.asUintN(32, BigInt(v))), basis)
    realWords.setFloat64(0, v, true)
    return hashWords([realWords.getUint32(0, true), realWords.getUint32(4, true), basis])
  }
  if (Array.isArray(v)) {
    let h = hashInt(v.length, basis)
    for (const x of v) h = jsonHash(x, h)
    return h
  }
  if (isObject(v)) {
    let h = basis
    for (const k of Object.keys(v).sort(compareStrings)) h = jsonHash(v[k], hashString(k, h))
    return h
  }
  return basis
}
