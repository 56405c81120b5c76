import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { isIPv4 } from 'node:net'
import * as _ from '../../../src/nb/net/Ipv4.js'
import * as arb from './arbitraries.js'

test('parse(print(a)) is a', (t) => {
  fc.assert(fc.property(arb.ipv4, (a) => void t.deepEqual(_.parse(_.print(a)), E.right(a))), { numRuns: 200 })
})

test('accepts exactly what node:net accepts as IPv4 (strict dotted quad, no leading zeros)', (t) => {
  const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('00', '01', '', '255', '256', 'a', '1e1'))
  const dotted = fc.array(octet, { minLength: 2, maxLength: 6 }).map((os) => os.join('.'))
  fc.assert(
    fc.property(fc.oneof(dotted, fc.string({ maxLength: 16 })), (s) => {
      const r = _.parse(s)
      t.is(E.isRight(r), isIPv4(s), s)
      if (E.isRight(r)) t.is(_.print(r.right), s)
    }),
    { numRuns: 200 },
  )
})

test('invalid addresses are refused with the reason and position', (t) => {
  const cases = [
    ['', 'empty', 0],
    ['10.0.0', 'too-few-octets', 6],
    ['10.0.0.1.2', 'too-many-octets', 8],
    ['10.0.0.256', 'octet-out-of-range', 7],
    ['10.00.0.1', 'leading-zero', 3],
    ['10..0.1', 'empty-octet', 3],
    ['10.0.0.1/8', 'bad-character', 8],
    ['10.0.0.x', 'bad-character', 7],
  ] as const
  for (const [input, reason, position] of cases) t.like(_.parse(input), { left: { _tag: 'InvalidIpv4', input, reason, position } }, input)
})

test('fromNumber, octets, Ord', (t) => {
  t.deepEqual(O.map(_.print)(_.fromNumber(0xc0a80101)), O.some('192.168.1.1'))
  t.deepEqual(_.fromNumber(2 ** 32), O.none)
  t.deepEqual(_.toOctets({ _tag: 'Ipv4', value: 0x0a000005 }), [10, 0, 0, 5])
  fc.assert(fc.property(arb.ipv4, arb.ipv4, (a, b) => void t.is<number, number>(_.Ord.compare(a, b), Math.sign(a.value - b.value))))
})
