import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import * as RA from 'fp-ts/lib/ReadonlyArray.js'
import * as _ from '../../../src/nb/net/Ip.js'
import * as arb from './arbitraries.js'

test('either family parses, prints and round-trips through its integer', (t) => {
  fc.assert(
    fc.property(arb.ip, (a) => {
      t.deepEqual(_.parse(_.print(a)), E.right(a))
      t.deepEqual(_.fromBigInt(_.family(a), _.toBigInt(a)), O.some(a))
      t.true(_.isValid(a))
    }),
    { numRuns: 200 },
  )
  t.like(_.parse('fd00::zz'), { left: { _tag: 'InvalidIpv6' } })
  t.like(_.parse('10.0.0.z'), { left: { _tag: 'InvalidIpv4' } })
  t.deepEqual(_.fromBigInt(4, 1n << 32n), O.none)
})

test('Ord puts IPv4 before IPv6 and is a total order', (t) => {
  const sorted = RA.sort(_.Ord)([{ _tag: 'Ipv6', value: 0n }, { _tag: 'Ipv4', value: 7 }, { _tag: 'Ipv4', value: 3 }] as ReadonlyArray<_.Ip>)
  t.deepEqual(sorted.map(_.print), ['0.0.0.3', '0.0.0.7', '::'])
  fc.assert(
    fc.property(arb.ip, arb.ip, (a, b) => {
      t.is<number, number>(_.Ord.compare(a, b), -_.Ord.compare(b, a) || 0)
      t.is(_.Eq.equals(a, b), _.Ord.compare(a, b) === 0)
    }),
  )
})
