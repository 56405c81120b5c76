import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/framer.js'

const feed = (f: _.Framer, chunks: ReadonlyArray<Uint8Array>): E.Either<unknown, unknown[]> => {
  const out: unknown[] = []
  for (const c of chunks) {
    const r = f.push(c)
    if (E.isLeft(r)) return r
    out.push(...r.right)
  }
  return E.right(out)
}

const splitAt = (buf: Buffer, cuts: ReadonlyArray<number>): Buffer[] => {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let prev = 0
  for (const p of points) {
    out.push(buf.subarray(prev, p))
    prev = p
  }
  out.push(buf.subarray(prev))
  return out
}

// JSON values with strings full of the characters that matter to the scanner
const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', 'é', '€', '𝄞', 'a', ' ', '\n', '\u0000') })
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
const message = fc.dictionary(tricky, jsonValue.value, { maxKeys: 5 })

test('yields the same messages for every way of splitting the stream', (t) => {
  fc.assert(
    fc.property(fc.array(message, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 20 }), fc.constantFrom('', ' ', '\n', '\r\n\t'), (msgs, cuts, sep) => {
      const wire = Buffer.from(msgs.map((m) => JSON.stringify(m)).join(sep), 'utf8')
      const r = feed(new _.Framer(), splitAt(wire, cuts))
      t.true(E.isRight(r))
      t.deepEqual(E.isRight(r) ? r.right : undefined, JSON.parse(JSON.stringify(msgs)))
    }),
    { numRuns: 300 },
  )
})

test('one byte at a time, including multi-byte characters split across chunks', (t) => {
  fc.assert(
    fc.property(fc.array(message, { minLength: 1, maxLength: 3 }), (msgs) => {
      const wire = Buffer.from(msgs.map((m) => JSON.stringify(m)).join(''), 'utf8')
      const chunks = [...wire].map((b) => Uint8Array.of(b))
      const r = feed(new _.Framer(), chunks)
      t.deepEqual(E.isRight(r) ? r.right : r.left, JSON.parse(JSON.stringify(msgs)))
    }),
    { numRuns: 100 },
  )
})

test('back-to-back replies in one chunk, as ovsdb-server sends them', (t) => {
  const f = new _.Framer()
  const r = f.push(Buffer.from('{"id":1,"result":["a"],"error":null}{"id":null,"method":"update3","params":["m","x",{}]}'))
  t.deepEqual(r, E.right([{ id: 1, result: ['a'], error: null }, { id: null, method: 'update3', params: ['m', 'x', {}] }]))
})

test('escaped quotes and backslashes inside strings do not end them', (t) => {
  const f = new _.Framer()
  const text = JSON.stringify({ match: 'inport == "p\\"1" && a}b{', x: '\\\\' })
  t.deepEqual(feed(f, [Buffer.from(text.slice(0, 20)), Buffer.from(text.slice(20))]), E.right([JSON.parse(text)]))
})

test('garbage between messages is a typed error, and the framer stays failed', (t) => {
  const f = new _.Framer()
  const r = f.push(Buffer.from('{"a":1} xyz'))
  t.true(E.isLeft(r))
  if (E.isLeft(r)) {
    t.is(r.left._tag, 'ProtocolError')
    t.is(r.left.reason, 'garbage')
    t.regex(r.left.message, /0x78 at stream offset 8/)
  }
  t.true(E.isLeft(f.push(Buffer.from('{"b":2}'))))
})

test('bytes that balance but are not JSON are invalid-json', (t) => {
  const r = new _.Framer().push(Buffer.from('{"a": tru}'))
  t.true(E.isLeft(r) && r.left.reason === 'invalid-json')
})

test('an oversized message is refused, even before it ends', (t) => {
  const f = new _.Framer({ maxMessageBytes: 100 })
  t.true(E.isRight(f.push(Buffer.from('{"a":"' + 'x'.repeat(50)))))
  const r = f.push(Buffer.from('x'.repeat(60)))
  t.true(E.isLeft(r) && r.left.reason === 'oversized')
  const whole = new _.Framer({ maxMessageBytes: 100 }).push(Buffer.from(JSON.stringify({ a: 'y'.repeat(200) })))
  t.true(E.isLeft(whole) && whole.left.reason === 'oversized')
  t.deepEqual(new _.Framer({ maxMessageBytes: 100 }).push(Buffer.from('{"a":1}')), E.right([{ a: 1 }]))
})

test('a stream that ends inside a message is reported as truncated', (t) => {
  const f = new _.Framer()
  t.deepEqual(f.push(Buffer.from('{"id":1,"result":[')), E.right([]))
  t.true(f.pending() > 0)
  const end = f.end()
  t.true(E.isLeft(end) && end.left.reason === 'truncated')
  const ok = new _.Framer()
  ok.push(Buffer.from('{}'))
  t.deepEqual(ok.end(), E.right(undefined))
})

test('random bytes never throw: every push is a value', (t) => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }), (chunks) => {
      const f = new _.Framer({ maxMessageBytes: 256 })
      for (const c of chunks) {
        const r = f.push(c)
        t.true(E.isLeft(r) || Array.isArray(r.right))
      }
    }),
    { numRuns: 300 },
  )
})

// a monitor reply of many rows, as ovsdb-server sends a table's initial contents
const bigReply = (rows: number): string => {
  const t: Record<string, unknown> = {}
  for (let i = 0; i < rows; i++)
    t[`550e8400-e29b-41d4-a716-${String(i).padStart(12, '0')}`] = { initial: { name: `p${i} é`, addresses: ['set', [`0a:00:00:00:00:01 10.0.0.${i % 250}`]], external_ids: ['map', [['owner', 'x']]] } }
  return JSON.stringify({ id: 1, result: [false, '00000000-0000-0000-0000-000000000000', { Logical_Switch_Port: t, ACL: {} }], error: null })
}
const chunked = (buf: Buffer, size: number): Buffer[] => {
  const out: Buffer[] = []
  for (let i = 0; i < buf.length; i += size) out.push(buf.subarray(i, i + size))
  return out
}

test('a reply of many chunks is completed by its last chunk, equal to JSON.parse of the whole', (t) => {
  const text = bigReply(3000)
  const chunks = chunked(Buffer.from(text + '{"id":2,"result":[],"error":null}'), 4096)
  const f = new _.Framer()
  const out: unknown[] = []
  for (const c of chunks) {
    const r = f.push(c)
    t.true(E.isRight(r))
    if (E.isRight(r)) out.push(...r.right)
  }
  t.deepEqual(out, [JSON.parse(text), { id: 2, result: [], error: null }])
  t.is(f.pending(), 0)
})
