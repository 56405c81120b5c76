import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { isIpv4, isIpv4Cidr } from '../../../src/nb/net/canonical.js'
import { Cidr, Ip, Ipv4 } from '../../../src/nb/net/index.js'
import * as arb from './arbitraries.js'

// The DSL keeps IPv4 text that is already canonical instead of parsing and printing it
// (issue 15: the cold build cost). That is right only if such text parses and prints
// back to itself, and if the texts it recognizes are the canonical ones.

const near = (s: string): fc.Arbitrary<string> =>
  fc.constantFrom(s, ` ${s}`, `${s} `, `${s}.`, `0${s}`, s.replace('.', '..'), s.replace(/\.(\d)/, '.0$1'), `${s}/`, `${s}/0`, `${s}/24`, `${s}/32`, `${s}/33`, `${s}/08`, `${s}/-1`, s.toUpperCase())

const text = fc.oneof(arb.ipv4.map(Ipv4.print), arb.ip.map(Ip.print), arb.cidr.map(Cidr.print), arb.ipv4.map(Ipv4.print).chain(near), fc.string({ maxLength: 20 }))

test('isIpv4: true exactly for texts that Ip.parse reads as IPv4 and Ip.print writes back the same', (t) => {
  fc.assert(
    fc.property(text, (s) => {
      const r = Ip.parse(s)
      const canonical = E.isRight(r) && r.right._tag === 'Ipv4' && Ip.print(r.right) === s
      t.is(isIpv4(s), canonical, s)
    }),
    { numRuns: 3000 },
  )
})

test('isIpv4Cidr: true exactly for texts that Cidr.parse reads as an IPv4 network and Cidr.print writes back the same', (t) => {
  let seen = 0
  fc.assert(
    fc.property(text, (s) => {
      const r = Cidr.parse(s)
      const canonical = s.includes('/') && E.isRight(r) && Cidr.family(r.right) === 4 && Cidr.print(r.right) === s
      if (canonical) seen++
      t.is(isIpv4Cidr(s), canonical, s)
    }),
    { numRuns: 3000 },
  )
  t.true(seen > 100, `canonical networks ${seen}`)
})
