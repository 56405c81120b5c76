import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/net/PortSecurity.js'
import * as arb from './arbitraries.js'

test('parse(print(ps)) is ps', (t) => {
  fc.assert(fc.property(arb.portSecurity, (ps) => void t.deepEqual(_.parse(_.print(ps)), E.right(ps))), { numRuns: 200 })
})

test('the ovn-nb(5) examples and comma-separated forms are accepted and printed canonically', (t) => {
  const cases = [
    ['80:fa:5b:06:72:b7', '80:fa:5b:06:72:b7'],
    ['80:fa:5b:06:72:b7 192.168.1.10/24', '80:fa:5b:06:72:b7 192.168.1.10/24'],
    ['80:FA:5B:06:72:B7, 10.0.0.5, FD00::5/64', '80:fa:5b:06:72:b7 10.0.0.5 fd00::5/64'],
    ['80:fa:5b:06:72:b7 10.0.0.5/32 fd00::5/128', '80:fa:5b:06:72:b7 10.0.0.5 fd00::5'],
  ] as const
  for (const [input, canonical] of cases) t.deepEqual(E.map(_.print)(_.parse(input)), E.right(canonical), input)
})

test('invalid entries are refused with every problem and its position', (t) => {
  const cases = [
    ['', [['empty', 0]]],
    ['10.0.0.5', [['bad-mac', 2]]],
    ['80:fa:5b:06:72:b7 10.0.0.5/40', [['bad-ip', 27]]],
    ['80:fa:5b:06:72:b7 10.0.0.5 10.0.0.5/24', [['duplicate-ip', 27]]],
    ['zz:fa:5b:06:72:b7 unknown', [['bad-mac', 0], ['bad-ip', 18]]],
  ] as const
  for (const [input, expected] of cases) {
    const r = _.parse(input)
    t.true(E.isLeft(r), input)
    if (E.isLeft(r)) t.deepEqual(r.left.problems.map((p) => [p.reason, p.position]), expected, input)
  }
})

test('random strings never throw', (t) => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const r = _.parse(s)
      t.is(E.isLeft(r), E.isLeft(r) ? r.left.problems.length > 0 : false)
    }),
    { numRuns: 200 },
  )
})
