import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import { isIPv6 } from 'node:net'
import * as Mac from '../../../src/nb/net/Mac.js'
import * as _ from '../../../src/nb/net/Ipv6.js'
import * as arb from './arbitraries.js'

const isMapped = (a: _.Ipv6): boolean => a.value >> 32n === 0xffffn

test('parse(print(a)) is a', (t) => {
  fc.assert(fc.property(arb.ipv6, (a) => void t.deepEqual(_.parse(_.print(a)), E.right(a))), { numRuns: 200 })
})

test('printing is RFC 5952: the same as the WHATWG URL serializer (which follows it) except for IPv4-mapped', (t) => {
  fc.assert(
    fc.property(arb.ipv6, (a) => {
      const text = _.print(a)
      if (isMapped(a)) t.regex(text, /^::ffff:\d+\.\d+\.\d+\.\d+$/)
      else t.is(text, new URL(`http://[${text}]/`).hostname.slice(1, -1))
    }),
    { numRuns: 200 },
  )
  const cases = [
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0002:0001', '2001:db8::2:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:db8::0:1', '2001:db8::1'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['FE80::0001', 'fe80::1'],
    ['::ffff:0a00:0001', '::ffff:10.0.0.1'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
    ['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'],
  ] as const
  for (const [input, canonical] of cases) t.deepEqual(E.map(_.print)(_.parse(input)), E.right(canonical), input)
})

// Writes the groups in a random non-canonical way: random case, leading zeros, any run of zeros compressed.
const noisy = (a: _.Ipv6, seed: number): string => {
  const g = _.toGroups(a)
  const text = g.map((x, i) => {
    const h = x.toString(16).padStart((seed >> i) & 1 ? 4 : 1, '0')
    return (seed >> (i + 8)) & 1 ? h.toUpperCase() : h
  })
  const zeros = g.map((x, i) => (x === 0 ? i : -1)).filter((i) => i >= 0)
  const start = zeros[seed % Math.max(1, zeros.length)]
  if (start === undefined || (seed & 0x10000) === 0) return text.join(':')
  let end = start
  while (g[end] === 0 && end < 8) end++
  return `${text.slice(0, start).join(':')}::${text.slice(end).join(':')}`
}

test('every RFC 4291 spelling of an address parses to it and prints canonically', (t) => {
  fc.assert(
    fc.property(arb.ipv6, fc.nat(), (a, seed) => {
      const s = noisy(a, seed)
      t.true(isIPv6(s), s)
      t.deepEqual(E.map(_.print)(_.parse(s)), E.right(_.print(a)), s)
    }),
    { numRuns: 200 },
  )
})

test('accepts exactly what node:net accepts as IPv6 (without zone index)', (t) => {
  const word = fc.oneof(
    fc.stringMatching(/^[0-9a-fA-F]{0,5}$/),
    fc.constantFrom('1.2.3.4', '256.1.1.1', '01.2.3.4', '::', ':', ''),
  )
  const candidate = fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(':'))
  fc.assert(
    fc.property(fc.oneof(candidate, fc.stringMatching(/^[0-9a-f:.]{0,12}$/)), (s) => {
      t.is(E.isRight(_.parse(s)), isIPv6(s), s)
    }),
    { numRuns: 500 },
  )
})

test('invalid addresses are refused with the reason and position', (t) => {
  const cases = [
    ['', 'empty', 0],
    ['fd00::1::2', 'multiple-double-colon', 7],
    ['1:2:3:4:5:6:7:8:9', 'too-many-groups', 17],
    ['1:2:3:4:5:6:7', 'too-few-groups', 13],
    ['fe80::g', 'bad-character', 6],
    ['fe80::1%eth0', 'bad-character', 7],
    [':1::', 'empty-group', 0],
    ['1:', 'empty-group', 2],
    ['12345::', 'group-too-long', 4],
    ['1.2.3.4::', 'misplaced-ipv4', 0],
    ['::1.2.3.256', 'bad-ipv4-suffix', 8],
    ['1::2:3:4:5:6:7:8', 'too-many-groups', 16],
  ] as const
  for (const [input, reason, position] of cases) t.like(_.parse(input), { left: { _tag: 'InvalidIpv6', input, reason, position } }, input)
})

test('EUI-64 and link-local addresses of a MAC', (t) => {
  const mac = (s: string): Mac.Mac => {
    const r = Mac.parse(s)
    if (E.isLeft(r)) throw new Error(s)
    return r.right
  }
  // ovn-northd's in6_generate_lla examples: router port MACs and their fe80:: addresses.
  t.is(_.print(_.linkLocal(mac('00:00:00:00:ff:01'))), 'fe80::200:ff:fe00:ff01')
  t.is(_.print(_.linkLocal(mac('52:54:00:12:34:56'))), 'fe80::5054:ff:fe12:3456')
  t.is(_.print(_.linkLocal(mac('0a:58:0a:f4:00:01'))), 'fe80::858:aff:fef4:1')
  const prefix = _.parse('fd00:1:2:3::')
  t.true(E.isRight(prefix))
  if (E.isRight(prefix)) t.is(_.print(_.eui64(prefix.right, mac('0a:00:00:00:00:01'))), 'fd00:1:2:3:800:ff:fe00:1')
  fc.assert(
    fc.property(arb.mac, (m) => {
      const ll = _.linkLocal(m)
      t.true(_.isLinkLocal(ll))
      // The interface identifier gives the MAC back: drop ff:fe and flip the U/L bit again.
      const iid = ll.value & ((1n << 64n) - 1n)
      t.is((iid >> 24n) & 0xffffn, 0xfffen)
      t.is(Number((((iid >> 40n) ^ 0x020000n) << 24n) | (iid & 0xffffffn)), m.value)
    }),
  )
})

test('fromGroups, fromBigInt, Ord', (t) => {
  t.deepEqual(O.map(_.print)(_.fromGroups([0xfe80, 0, 0, 0, 0, 0, 0, 1])), O.some('fe80::1'))
  t.deepEqual(_.fromGroups([0x10000, 0, 0, 0, 0, 0, 0, 0]), O.none)
  t.deepEqual(_.fromBigInt(1n << 128n), O.none)
  t.deepEqual(_.fromBigInt(-1n), O.none)
  fc.assert(fc.property(arb.ipv6, arb.ipv6, (a, b) => void t.is(_.Ord.compare(a, b), a.value < b.value ? -1 : a.value > b.value ? 1 : 0)))
})
