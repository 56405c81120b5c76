import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../src/ovsdb/pieces.js'

/** Feeds `text` to a parser in the chunks `cuts` makes: the end index in the whole text (or a code) and the value. */
const feed = (bytes: Buffer, cuts: ReadonlyArray<number>, levels: number): { readonly end: number; readonly value?: unknown } => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
  const p = new _.Pieces(levels)
  let prev = 0
  for (const point of [...points, bytes.length]) {
    if (point === prev && point !== bytes.length) continue
    const r = p.feed(bytes.subarray(prev, point), 0)
    if (r === _.NOT_JSON) return { end: r }
    if (r >= 0) return { end: prev + r, value: p.value }
    prev = point
  }
  return { end: _.NEED_MORE }
}

// the reference: where the brackets of the text balance (strings skipped), and JSON.parse of it
const reference = (text: string): { readonly end: number; readonly value?: unknown; readonly ok: boolean } => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if ((c === '}' || c === ']') && --depth === 0) {
      const end = Buffer.byteLength(text.slice(0, i + 1))
      try {
        return { end, value: JSON.parse(text.slice(0, i + 1)) as unknown, ok: true }
      } catch {
        return { end, ok: false }
      }
    }
  }
  return { end: _.NEED_MORE, ok: false }
}

// strings full of what matters to a tokenizer: quotes, backslashes, brackets, multi-byte
// characters, control characters, and keys that are special to objects
const tricky = fc.oneof(
  fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ':', ',', 'é', '€', '𝄞', 'a', ' ', '\n', '\u0000', '\u001f') }),
  fc.constantFrom('__proto__', 'constructor', 'toString', ''),
)
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    tricky,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
  ),
}))
// and long ones: the first 64 members of a container built by hand are added one by one, the rest in runs
const scalar = fc.oneof(tricky, fc.integer(), fc.boolean(), fc.constant(null))
const long = fc.oneof(
  fc.array(fc.oneof(scalar, jsonValue.value), { minLength: 60, maxLength: 150 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.oneof(scalar, jsonValue.value), { minKeys: 60, maxKeys: 150 }),
)
const top = fc.oneof(
  { arbitrary: fc.dictionary(tricky, jsonValue.value, { maxKeys: 5 }), weight: 3 },
  { arbitrary: fc.array(jsonValue.value, { maxLength: 5 }), weight: 3 },
  { arbitrary: fc.array(long, { maxLength: 2 }), weight: 1 },
  { arbitrary: fc.dictionary(tricky, long, { maxKeys: 2 }), weight: 1 },
  { arbitrary: long, weight: 1 },
)
// JSON.stringify's text, or the same with white space around its tokens
const spaced = (v: unknown): string => JSON.stringify(v, null, 1)
const cuts = fc.array(fc.nat(), { maxLength: 12 })
const levels = fc.integer({ min: 0, max: 5 })

test('any JSON text, cut anywhere: the value JSON.parse gives (key order, __proto__ as an own key), and the end', (t) => {
  fc.assert(
    fc.property(top, fc.boolean(), cuts, levels, (v, pretty, cs, lv) => {
      const text = pretty ? spaced(v) : JSON.stringify(v)
      const bytes = Buffer.from(text + '{"next":1}')
      const r = feed(bytes, cs, lv)
      t.is(r.end, Buffer.byteLength(text))
      const expected = JSON.parse(text) as unknown
      // deepEqual ignores key order: compare the texts too
      t.deepEqual(r.value, expected)
      t.is(JSON.stringify(r.value), JSON.stringify(expected))
      if (expected !== null && typeof expected === 'object' && !Array.isArray(expected) && Object.prototype.hasOwnProperty.call(expected, '__proto__'))
        t.is(Object.getPrototypeOf(r.value), Object.prototype)
    }),
    { numRuns: 400 },
  )
})

test('a text with one byte changed, added or removed: refused exactly when JSON.parse refuses it', (t) => {
  const edit = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[]":,\\ 0-1.eE+tfn\u0001x'.split('')))
  fc.assert(
    fc.property(top, fc.boolean(), edit, cuts, levels, (v, pretty, [at, how, c], cs, lv) => {
      const base = pretty ? spaced(v) : JSON.stringify(v)
      const k = at % (base.length + 1)
      const edited = how === 'delete' ? base.slice(0, k) + base.slice(k + 1) : how === 'insert' ? base.slice(0, k) + c + base.slice(k) : base.slice(0, k) + c + base.slice(k + 1)
      // what the bytes say: an edit can split a surrogate pair, which UTF-8 turns into U+FFFD
      const text = Buffer.from(edited).toString()
      if (!text.startsWith('{') && !text.startsWith('[')) return
      const ref = reference(text)
      const r = feed(Buffer.from(text), cs, lv)
      if (ref.ok) {
        // valid: the same value, ending at the same byte
        t.is(r.end, ref.end, text)
        t.is(JSON.stringify(r.value), JSON.stringify(ref.value))
      } else if (ref.end >= 0) t.is(r.end, _.NOT_JSON, text) // balanced but not JSON: refused
      else t.true(r.end === _.NEED_MORE || r.end === _.NOT_JSON, text) // unbalanced: waits, or is refused early
    }),
    { numRuns: 1500 },
  )
})

test('a monitor reply cut in 1-byte chunks: every row update parsed whole, the outer objects built', (t) => {
  const reply = {
    id: 1,
    result: [false, '00000000-0000-0000-0000-000000000000', { T: { '550e8400-e29b-41d4-a716-446655440000': { initial: { name: 'sw\u00e9', n: [`set`, [1, 2]] } } }, U: {} }],
    error: null,
  }
  const bytes = Buffer.from(JSON.stringify(reply))
  const r = feed(bytes, [...bytes.keys()], 4)
  t.is(r.end, bytes.length)
  t.deepEqual(r.value, reply)
})

test('a long container of the levels built by hand goes on in runs after its first members: one JSON.parse per chunk, not per element (20 MB of `1,` from a hostile server)', (t) => {
  const n = 100_000
  const bytes = Buffer.from(`{"id":1,"result":[${'1,'.repeat(n - 1)}1],"error":null}`)
  const parse = JSON.parse
  let calls = 0
  JSON.parse = ((text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
    calls++
    return parse(text, reviver)
  }) as typeof JSON.parse
  let r: { readonly end: number; readonly value?: unknown }
  try {
    r = feed(bytes, Array.from({ length: 20 }, (_x, i) => (i + 1) * 10_000), 4)
  } finally {
    JSON.parse = parse
  }
  t.is(r.end, bytes.length)
  t.is(((r.value as { result: unknown[] }).result).length, n)
  // "id" and "error", 64 elements one by one, then a run per chunk (21 chunks) and the
  // run the closing bracket ends (per element it would be 100k)
  t.true(calls <= 2 + 64 + 21 + 1, `${calls} calls`)
})

test('after the members built by hand, a missing or doubled comma is refused wherever it is', (t) => {
  const items = Array.from({ length: 100 }, (_x, i) => String(i))
  for (let k = 1; k < items.length; k++) {
    for (const sep of [',,', ' ', ', ,']) {
      const text = `[${items.slice(0, k).join(',')}${sep}${items.slice(k).join(',')}]`
      // levels 1: the array in runs from its start; 2, 3: its first 64 members by hand
      for (const cut of [0, 150, text.length - 3]) for (const lv of [1, 2, 3]) t.is(feed(Buffer.from(text), [cut], lv).end, _.NOT_JSON, text)
    }
  }
})
