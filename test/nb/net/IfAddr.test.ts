import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import * as Cidr from '../../../src/nb/net/Cidr.js'
import * as Ip from '../../../src/nb/net/Ip.js'
import * as _ from '../../../src/nb/net/IfAddr.js'
import * as arb from './arbitraries.js'

test('parse(print(a)) is a; host bits are kept', (t) => {
  fc.assert(fc.property(arb.ifAddr, (a) => void t.deepEqual(_.parse(_.print(a)), E.right(a))), { numRuns: 200 })
  t.deepEqual(E.map(_.print)(_.parse('10.0.0.1/24')), E.right('10.0.0.1/24'))
  t.deepEqual(E.map(_.print)(_.parse('FD00::0001/64')), E.right('fd00::1/64'))
})

test('the network of an interface address contains it', (t) => {
  t.deepEqual(E.map((a: _.IfAddr) => Cidr.print(_.network(a)))(_.parse('10.0.0.1/24')), E.right('10.0.0.0/24'))
  fc.assert(
    fc.property(arb.ifAddr, (a) => {
      const n = _.network(a)
      t.is(n.prefix, a.prefix)
      t.true(Cidr.contains(n, a.address))
    }),
  )
})

test('malformed interface addresses are refused with the reason and position', (t) => {
  const cases = [
    ['10.0.0.1', 'missing-prefix', 8],
    ['10.0.0.1/33', 'prefix-out-of-range', 9],
    ['10.0.0.1/-1', 'bad-prefix', 9],
    ['fd00::1::1/64', 'bad-address', 7],
  ] as const
  for (const [input, reason, position] of cases) t.like(_.parse(input), { left: { _tag: 'InvalidIfAddr', input, reason, position } }, input)
})

test('make, fromIp, isHost, Ord', (t) => {
  t.deepEqual(_.make({ _tag: 'Ipv4', value: 1 }, 33), O.none)
  t.true(_.isHost(_.fromIp({ _tag: 'Ipv6', value: 1n })))
  t.false(_.isHost({ _tag: 'IfAddr', address: { _tag: 'Ipv6', value: 1n }, prefix: 64 }))
  fc.assert(
    fc.property(arb.ifAddr, arb.ifAddr, (a, b) => {
      const c = _.Ord.compare(a, b)
      t.is(c === 0, _.Eq.equals(a, b))
      if (!Ip.Eq.equals(a.address, b.address)) t.is(c, Ip.Ord.compare(a.address, b.address))
    }),
  )
})
