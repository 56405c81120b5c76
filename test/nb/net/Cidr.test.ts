import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import * as RA from 'fp-ts/lib/ReadonlyArray.js'
import * as Ip from '../../../src/nb/net/Ip.js'
import * as _ from '../../../src/nb/net/Cidr.js'
import * as arb from './arbitraries.js'

const cidr = (s: string): _.Cidr => {
  const r = _.parse(s)
  if (E.isLeft(r)) throw new Error(`${s}: ${r.left.message}`)
  return r.right
}
const ip = (s: string): Ip.Ip => {
  const r = Ip.parse(s)
  if (E.isLeft(r)) throw new Error(`${s}: ${r.left.message}`)
  return r.right
}
const printed = O.map(Ip.print)

test('parse(print(c)) is c, and equal networks print equal', (t) => {
  fc.assert(fc.property(arb.cidr, (c) => void t.deepEqual(_.parse(_.print(c)), E.right(c))), { numRuns: 200 })
  t.is(_.print(cidr('FD00:0:0:0::/64')), 'fd00::/64')
  t.true(_.Eq.equals(cidr('fd00:0::/64'), cidr('FD00::/64')))
})

test('a network with host bits set is refused, naming the network meant', (t) => {
  t.like(_.parse('10.0.0.1/8'), { left: { _tag: 'InvalidCidr', reason: 'host-bits-set', position: 0, message: 'host bits are set (did you mean 10.0.0.0/8?)' } })
  t.like(_.parse('fd00::1/64'), { left: { reason: 'host-bits-set', message: 'host bits are set (did you mean fd00::/64?)' } })
  fc.assert(
    fc.property(arb.ifAddr, ({ address, prefix }) => {
      const r = _.make(address, prefix)
      const hostBits = O.exists((c: _.Cidr) => !Ip.Eq.equals(c.network, address))(_.containing(address, prefix))
      t.is(E.isLeft(r), hostBits)
    }),
  )
})

test('malformed networks are refused with the reason and position', (t) => {
  const cases = [
    ['10.0.0.0', 'missing-prefix', 8],
    ['10.0.0.0/', 'bad-prefix', 9],
    ['10.0.0.0/08', 'bad-prefix', 9],
    ['10.0.0.0/x', 'bad-prefix', 9],
    ['10.0.0.0/33', 'prefix-out-of-range', 9],
    ['fd00::/129', 'prefix-out-of-range', 7],
    ['10.0.0.256/24', 'bad-address', 7],
    ['', 'bad-address', 0],
  ] as const
  for (const [input, reason, position] of cases) t.like(_.parse(input), { left: { _tag: 'InvalidCidr', input, reason, position } }, input)
  t.like(_.parse('10.0.0.256/24'), { left: { cause: { _tag: 'InvalidIpv4', reason: 'octet-out-of-range' } } })
})

test('contains, subsumes and overlaps', (t) => {
  t.true(_.contains(cidr('10.0.0.0/8'), ip('10.255.1.2')))
  t.false(_.contains(cidr('10.0.0.0/8'), ip('11.0.0.0')))
  t.false(_.contains(cidr('0.0.0.0/0'), ip('::1')))
  t.true(_.contains(cidr('::/0'), ip('fd00::1')))
  t.true(_.subsumes(cidr('10.0.0.0/8'), cidr('10.1.0.0/16')))
  t.false(_.subsumes(cidr('10.1.0.0/16'), cidr('10.0.0.0/8')))
  t.false(_.overlaps(cidr('10.0.0.0/24'), cidr('10.0.1.0/24')))
  fc.assert(
    fc.property(arb.ifAddr, ({ address, prefix }) => {
      const c = _.containing(address, prefix)
      t.true(O.exists((x: _.Cidr) => _.contains(x, address))(c))
      // a network contains its first and last address and nothing just outside
      if (O.isSome(c)) {
        t.true(_.contains(c.value, _.last(c.value)))
        const after = Ip.fromBigInt(Ip.family(address), Ip.toBigInt(_.last(c.value)) + 1n)
        if (O.isSome(after)) t.false(_.contains(c.value, after.value))
      }
    }),
    { numRuns: 200 },
  )
  fc.assert(fc.property(arb.cidr, arb.cidr, (a, b) => void t.is(_.overlaps(a, b), _.overlaps(b, a))))
})

test('sizes, netmasks and the n-th host for IP allocation', (t) => {
  const c24 = cidr('10.0.0.0/24')
  t.is(_.size(c24), 256n)
  t.is(_.hostCount(c24), 254n)
  t.deepEqual(printed(_.nthHost(c24, 0)), O.some('10.0.0.1'))
  t.deepEqual(printed(_.nthHost(c24, 253)), O.some('10.0.0.254'))
  t.deepEqual(_.nthHost(c24, 254), O.none)
  t.deepEqual(_.nthHost(c24, -1), O.none)
  t.deepEqual(_.nthHost(c24, 0.5), O.none)
  t.deepEqual(printed(_.nth(c24, 255)), O.some('10.0.0.255'))
  t.is(Ip.print(_.netmask(c24)), '255.255.255.0')
  t.is(Ip.print(_.netmask(cidr('fd00::/64'))), 'ffff:ffff:ffff:ffff::')
  t.is(Ip.print(_.last(c24)), '10.0.0.255')
  // RFC 3021 /31 and RFC 6164 /127: both addresses are hosts; a host route has one.
  t.deepEqual(RA.map(printed)([_.nthHost(cidr('10.0.0.0/31'), 0), _.nthHost(cidr('10.0.0.0/31'), 1)]), [O.some('10.0.0.0'), O.some('10.0.0.1')])
  t.is(_.hostCount(cidr('fd00::/127')), 2n)
  t.is(_.hostCount(cidr('10.0.0.7/32')), 1n)
  t.deepEqual(printed(_.nthHost(cidr('10.0.0.7/32'), 0)), O.some('10.0.0.7'))
  // IPv6: the subnet-router anycast address (the network address) is not handed out.
  t.is(_.hostCount(cidr('fd00::/64')), (1n << 64n) - 1n)
  t.deepEqual(printed(_.nthHost(cidr('fd00::/64'), 0)), O.some('fd00::1'))
  t.deepEqual(printed(_.nthHost(cidr('fd00::/64'), (1n << 64n) - 2n)), O.some('fd00::ffff:ffff:ffff:ffff'))
  fc.assert(
    fc.property(arb.cidr, fc.bigInt({ min: 0n, max: 1n << 20n }), (c, n) => {
      const h = _.nthHost(c, n)
      t.is(O.isSome(h), n < _.hostCount(c))
      if (O.isSome(h)) {
        t.true(_.contains(c, h.value))
        if (Ip.family(h.value) === 4 && c.prefix < 31) {
          t.false(Ip.Eq.equals(h.value, c.network))
          t.false(Ip.Eq.equals(h.value, _.last(c)))
        }
      }
    }),
    { numRuns: 200 },
  )
})

test('Ord sorts by network, then prefix; IPv4 first', (t) => {
  const sorted = RA.sort(_.Ord)(['fd00::/8', '10.0.0.0/16', '10.0.0.0/8', '9.0.0.0/8'].map(cidr)).map(_.print)
  t.deepEqual(sorted, ['9.0.0.0/8', '10.0.0.0/8', '10.0.0.0/16', 'fd00::/8'])
  fc.assert(fc.property(arb.cidr, arb.cidr, (a, b) => void t.is<number, number>(_.Ord.compare(a, b), -_.Ord.compare(b, a) || 0)))
})
