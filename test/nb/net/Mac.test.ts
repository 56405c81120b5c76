import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import * as _ from '../../../src/nb/net/Mac.js'
import * as arb from './arbitraries.js'

test('parse(print(m)) is m, and printing is canonical whatever the case of the input', (t) => {
  fc.assert(
    fc.property(arb.mac, (m) => {
      const text = _.print(m)
      t.regex(text, /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/)
      t.deepEqual(_.parse(text), E.right(m))
      t.deepEqual(E.map(_.print)(_.parse(text.toUpperCase())), E.right(text))
    }),
    { numRuns: 200 },
  )
})

test('random strings never throw, and what parses prints back canonically', (t) => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-fA-F:g-]{0,20}$/)), (s) => {
      const r = _.parse(s)
      if (E.isRight(r)) t.is(_.print(r.right), s.toLowerCase())
      else t.true(r.left.position >= 0 && r.left.position <= s.length)
    }),
    { numRuns: 200 },
  )
})

test('invalid MACs are refused with the reason and position of the first bad character', (t) => {
  const cases = [
    ['', 'empty', 0],
    ['0a:00', 'bad-length', 5],
    ['0a:00:00:00:00:0g', 'bad-hex-digit', 16],
    ['0a-00-00-00-00-01', 'bad-separator', 2],
    ['0a:00:00:00:00:01:02', 'bad-length', 17],
    ['0a:00:00:00:00:01 ', 'bad-length', 17],
    ['a:0:0:0:0:1', 'bad-hex-digit', 1],
    [' 0a:00:00:00:00:01', 'bad-hex-digit', 0],
  ] as const
  for (const [input, reason, position] of cases) {
    const r = _.parse(input)
    t.true(E.isLeft(r), input)
    if (E.isLeft(r)) t.like(r.left, { _tag: 'InvalidMac', input, reason, position }, input)
  }
})

test('MACs from integers, next, and the group and local bits', (t) => {
  t.deepEqual(O.map(_.print)(_.fromNumber(0x0a0000000001)), O.some('0a:00:00:00:00:01'))
  t.deepEqual(_.fromNumber(2 ** 48), O.none)
  t.deepEqual(_.fromNumber(-1), O.none)
  t.deepEqual(_.fromNumber(1.5), O.none)
  t.deepEqual(O.map(_.print)(_.fromOctets([0x0a, 0, 0, 0, 0xff, 0xfe])), O.some('0a:00:00:00:ff:fe'))
  t.deepEqual(_.fromOctets([256, 0, 0, 0, 0, 0]), O.none)
  t.deepEqual(O.map(_.print)(_.next({ _tag: 'Mac', value: 0x0a00000000ff })), O.some('0a:00:00:00:01:00'))
  t.deepEqual(_.next(_.broadcast), O.none)
  t.true(_.isMulticast(_.broadcast))
  t.false(_.isMulticast({ _tag: 'Mac', value: 0x0a0000000001 }))
  t.true(_.isLocal({ _tag: 'Mac', value: 0x0a0000000001 }))
  t.false(_.isLocal({ _tag: 'Mac', value: 0x000000000001 }))
  fc.assert(
    fc.property(arb.mac, (m) => {
      t.deepEqual(O.map(_.print)(_.fromOctets(_.toOctets(m))), O.some(_.print(m)))
      t.is(O.isSome(_.next(m)), m.value < _.MAX)
    }),
  )
})

test('Ord agrees with the order of printed forms', (t) => {
  fc.assert(
    fc.property(arb.mac, arb.mac, (a, b) => {
      const textual = _.print(a) < _.print(b) ? -1 : _.print(a) > _.print(b) ? 1 : 0
      t.is(_.Ord.compare(a, b), textual)
      t.is(_.Eq.equals(a, b), textual === 0)
    }),
  )
})
