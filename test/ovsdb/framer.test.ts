import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/framer.js'
import { splitAt } from './chunks.js'

const feed = (f: _.Framer, chunks: ReadonlyArray<Uint8Array>): E.Either<unknown, unknown[]> => {
  const out: unknown[] = []
  for (const c of chunks) {
    const r = f.push(c)
    if (E.isLeft(r)) return r
    out.push(...r.right)
  }
  return E.right(out)
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

// -------------------------------------------------------------------------------------
// split: a large message's members handed over as they arrive
// -------------------------------------------------------------------------------------

/** A sink that puts the pieces back together (the comma between runs again): the message's text, as JSON. */
const reassembling = (log: string[] = []): _.SplitOptions['claim'] => (head) => {
  let text = head
  let runs = 0
  log.push('claim')
  return {
    members: (m) => {
      log.push('members')
      text += (runs++ > 0 ? ',' : '') + m
      return true
    },
    between: (b) => {
      log.push('between')
      runs = 0
      text += b
      return true
    },
    end: (e) => {
      log.push('end')
      return { value: { reassembled: text + e } }
    },
  }
}
const unwrap = (v: unknown): unknown =>
  typeof v === 'object' && v !== null && 'reassembled' in v ? JSON.parse((v as { reassembled: string }).reassembled) : v

// objects nested at least three deep, so that depth 2 and 3 have containers to split
const nested = fc.dictionary(tricky, fc.dictionary(tricky, fc.dictionary(tricky, jsonValue.value, { maxKeys: 4 }), { maxKeys: 5 }), { minKeys: 1, maxKeys: 4 })

test('split: the pieces make up the message, for every way of splitting the stream, at depths 2 and 3, in runs of any size', (t) => {
  let offered = 0
  fc.assert(
    fc.property(fc.array(nested, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 20 }), fc.constantFrom(2, 3), fc.integer({ min: 1, max: 64 }), fc.constantFrom('', ' ', '\n\t'), (msgs, cuts, depth, pieceBytes, sep) => {
      // white space inside the messages too, where a run can begin or end
      const wire = Buffer.from(msgs.map((m) => JSON.stringify(m, null, sep === '' ? undefined : sep)).join(sep), 'utf8')
      const log: string[] = []
      const r = feed(new _.Framer({ split: { depth, pieceBytes, claim: reassembling(log) } }), splitAt(wire, cuts))
      offered += log.filter((l) => l === 'claim').length
      t.true(E.isRight(r))
      t.deepEqual(E.isRight(r) ? r.right.map(unwrap) : undefined, JSON.parse(JSON.stringify(msgs)))
    }),
    { numRuns: 300 },
  )
  // the property held with pieces, not only for messages parsed whole
  t.true(offered > 100)
})

test('split: every byte boundary of a small reply, one run per member', (t) => {
  const text = bigReply(20)
  const wire = Buffer.from(text)
  for (let k = 1; k < wire.length; k++) {
    const log: string[] = []
    const r = feed(new _.Framer({ split: { depth: 4, pieceBytes: 1, claim: reassembling(log) } }), [wire.subarray(0, k), wire.subarray(k)])
    t.deepEqual(E.isRight(r) ? r.right.map(unwrap) : r.left, [JSON.parse(text)])
    // claimed with its first table, rows handed over one by one, the second table between, then the end
    t.deepEqual(log, ['claim', ...Array<string>(20).fill('members'), 'between', 'end'])
  }
})

test('split: separators between runs are checked by the framer (a sink parses each run alone): a missing comma or a trailing one is invalid-json', (t) => {
  for (const text of ['{"r":{"a":{"x":1},"b":{"y":{}}"c":{}}}', '{"r":{"a":{"x":1},"b":{"y":{}},}}', '{"r":{"a":{} , "b":[] ,}}']) {
    // a lenient sink, that takes every run that is a valid member list once a comma in front is cut off
    const claim: _.SplitOptions['claim'] = () => ({
      members: (m) => {
        JSON.parse(`{${m.replace(/^\s*,/, '')}}`)
        return true
      },
      between: () => true,
      end: () => ({ value: 'taken' }),
    })
    const wire = Buffer.from(text)
    const r = feed(new _.Framer({ split: { depth: 2, pieceBytes: 1, claim } }), [wire.subarray(0, 3), wire.subarray(3)])
    t.true(E.isLeft(r) && (r.left as { reason?: string }).reason === 'invalid-json', text)
  }
})

test('split: a sink that gives up (false, undefined or a throw) at any step leaves the message to be parsed whole', (t) => {
  const text = bigReply(50)
  const wire = Buffer.from(text)
  const steps = ['claim', 'members', 'between', 'end'] as const
  for (const step of steps)
    for (const how of ['refuse', 'throw'] as const) {
      const give = (s: (typeof steps)[number]): boolean => {
        if (s !== step) return false
        if (how === 'throw') throw new Error('no')
        return true
      }
      const claim: _.SplitOptions['claim'] = (head) => {
        if (give('claim')) return undefined
        const inner = reassembling()(head)!
        return {
          members: (m) => !give('members') && inner.members(m),
          between: (b) => !give('between') && inner.between(b),
          end: (e) => (give('end') ? undefined : inner.end(e)),
        }
      }
      const r = feed(new _.Framer({ split: { depth: 4, pieceBytes: 100, claim } }), chunked(wire, 512))
      // parsed whole: the value itself, not the sink's
      t.deepEqual(r, E.right([JSON.parse(text)]), `${step} ${how}`)
    }
})

test('split: a message whose first container at the depth comes after 64 KiB is not offered (its head would be as large as the message)', (t) => {
  const late = JSON.stringify({ pad: 'x'.repeat(70_000), r: { a: { b: 1 }, c: { d: 2 } } })
  const early = JSON.stringify({ r: { a: { b: 1 }, c: { d: 2 } }, pad: 'x'.repeat(70_000) })
  for (const [text, offered] of [[late, 0], [early, 1]] as const) {
    const log: string[] = []
    const r = feed(new _.Framer({ split: { depth: 2, pieceBytes: 1, claim: reassembling(log) } }), chunked(Buffer.from(text), 4096))
    t.deepEqual(E.isRight(r) ? r.right.map(unwrap) : r.left, [JSON.parse(text)])
    t.is(log.filter((l) => l === 'claim').length, offered)
  }
})
