import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as O from 'fp-ts/lib/Option.js'
import * as NetError from '../../../src/nb/net/NetError.js'
import * as _ from '../../../src/nb/net/LspAddress.js'
import * as arb from './arbitraries.js'

test('parse(print(a)) is a', (t) => {
  fc.assert(
    fc.property(arb.lspAddress, (a) => {
      const r = _.parse(_.print(a))
      t.true(E.isRight(r), _.print(a))
      if (E.isRight(r)) t.true(_.Eq.equals(r.right, a), _.print(a))
      if (E.isRight(r)) t.is(_.print(r.right), _.print(a))
    }),
    { numRuns: 200 },
  )
})

test('real-world entries are accepted and printed canonically', (t) => {
  const cases = [
    ['0a:00:00:00:00:01 10.0.0.5 fd00::5', '0a:00:00:00:00:01 10.0.0.5 fd00::5'],
    ['80:fa:5b:06:72:b7', '80:fa:5b:06:72:b7'],
    ['80:fa:5b:06:72:b7 10.0.0.4 20.0.0.4', '80:fa:5b:06:72:b7 10.0.0.4 20.0.0.4'],
    ['80:FA:5B:06:72:B7   fdaa:15f2:72cf:0:f816:3eff:fe20:3f41', '80:fa:5b:06:72:b7 fdaa:15f2:72cf:0:f816:3eff:fe20:3f41'],
    ['0a:58:0a:f4:00:05 10.244.0.5/24', '0a:58:0a:f4:00:05 10.244.0.5/24'],
    ['0a:58:0a:f4:00:05 10.244.0.5/32', '0a:58:0a:f4:00:05 10.244.0.5'],
    ['unknown', 'unknown'],
    ['router', 'router'],
    ['dynamic', 'dynamic'],
    ['dynamic 192.168.0.1', 'dynamic 192.168.0.1'],
    ['dynamic 2001::1', 'dynamic 2001::1'],
    ['dynamic 2001::1 192.168.0.1', 'dynamic 192.168.0.1 2001::1'],
    ['80:fa:5b:06:72:b7 dynamic', '80:fa:5b:06:72:b7 dynamic'],
    [' 80:fa:5b:06:72:b7\t10.0.0.1 ', '80:fa:5b:06:72:b7 10.0.0.1'],
  ] as const
  for (const [input, canonical] of cases) t.deepEqual(E.map(_.print)(_.parse(input)), E.right(canonical), input)
  t.like(_.parse('80:fa:5b:06:72:b7 dynamic'), { right: { _tag: 'MacDynamic' } })
  t.like(_.parse('dynamic 10.0.0.9'), { right: { _tag: 'Dynamic', ipv4: { _tag: 'Ipv4' } } })
})

test('invalid entries are refused with every problem and its position', (t) => {
  const cases: ReadonlyArray<readonly [string, ReadonlyArray<readonly [NetError.AddressListReason, number]>]> = [
    ['', [['empty', 0]]],
    ['   ', [['empty', 0]]],
    ['unknown 10.0.0.5', [['unexpected-word', 8]]],
    ['router x y', [['unexpected-word', 7], ['unexpected-word', 9]]],
    ['0a:00:00:00:00:01 10.0.0.300 10.0.0.300', [['bad-ip', 25], ['bad-ip', 36]]],
    ['0a:00:00:00:00:01 10.0.0.5 10.0.0.5', [['duplicate-ip', 27]]],
    ['0a:00:00:00:00:0x 10.0.0.5 nope', [['bad-mac', 16], ['bad-ip', 27]]],
    ['10.0.0.5', [['bad-mac', 2]]],
    ['dynamic 10.0.0.1 10.0.0.2', [['duplicate-family', 17]]],
    ['dynamic 10.0.0.1/24', [['bad-ip', 16]]],
    ['0a:00:00:00:00:01 dynamic 10.0.0.1', [['unexpected-word', 26]]],
    ['0a:00:00:00:00:01 10.0.0.1/33', [['bad-ip', 27]]],
    ['Dynamic', [['bad-mac', 1]]],
  ]
  for (const [input, expected] of cases) {
    const r = _.parse(input)
    t.true(E.isLeft(r), input)
    if (E.isLeft(r)) {
      t.is(r.left._tag, 'InvalidLspAddress')
      t.deepEqual(r.left.problems.map((p) => [p.reason, p.position]), expected, input)
      t.true(NetError.format(r.left).startsWith('invalid port address'))
    }
  }
})

test('random strings never throw', (t) => {
  const word = fc.oneof(fc.constantFrom('dynamic', 'router', 'unknown', '0a:00:00:00:00:01', '10.0.0.1', 'fd00::1', '1.2.3.4/8', 'x'), fc.string({ maxLength: 6 }))
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.array(word, { maxLength: 5 }).map((ws) => ws.join(' '))), (s) => {
      const r = _.parse(s)
      if (E.isRight(r)) t.deepEqual(E.map(_.print)(_.parse(_.print(r.right))), E.right(_.print(r.right)))
      else t.true(r.left.problems.length > 0)
    }),
    { numRuns: 200 },
  )
})

test('the MAC and addresses of an entry', (t) => {
  const r = _.parse('0a:00:00:00:00:01 10.0.0.5 fd00::5')
  t.true(E.isRight(r))
  if (E.isRight(r)) {
    t.true(O.isSome(_.mac(r.right)))
    t.is(_.ips(r.right).length, 2)
  }
  t.deepEqual(_.mac(_.dynamic), O.none)
  t.is(_.print(_.fixed({ _tag: 'Mac', value: 1 }, [{ _tag: 'Ipv4', value: 2 }])), '00:00:00:00:00:01 0.0.0.2')
  t.false(_.Eq.equals(_.router, _.unknown))
})
