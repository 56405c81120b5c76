import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as Cidr from '../../../src/nb/net/Cidr.js'
import * as IfAddr from '../../../src/nb/net/IfAddr.js'
import * as Mac from '../../../src/nb/net/Mac.js'
import { parse, type Parsed } from '../../../src/nb/match/Parser.js'
import { print } from '../../../src/nb/match/Printer.js'
import { render, validateMatch } from '../../../src/nb/match/validate.js'
import * as _ from '../../../src/nb/match/Expr.js'
import * as arb from './arbitraries.js'

const ok = <A>(r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)))
  return r.right
}

test('the builder produces the ACLs controllers write', (t) => {
  const cidr = ok(Cidr.parse('10.0.0.0/8'))
  const mac = ok(Mac.parse('00:00:00:00:00:01'))
  const cases: ReadonlyArray<readonly [_.Expr, string]> = [
    [_.and(_.eq('ip4.src', _.addressSet('a1234')), _.eq('tcp.dst', [80, 443])), 'ip4.src == $a1234 && tcp.dst == {80, 443}'],
    [_.and(_.eq('outport', _.portGroup('pg_x')), _.sym('ip6'), _.sym('icmp6')), 'outport == @pg_x && ip6 && icmp6'],
    [_.and(_.eq('inport', 'lsp1'), _.sym('arp')), 'inport == "lsp1" && arp'],
    [_.and(_.sym('ct.est'), _.not(_.sym('ct.rel')), _.eq('ip4.dst', cidr)), 'ct.est && !ct.rel && ip4.dst == 10.0.0.0/8'],
    [_.and(_.ge('tcp.dst', 1000), _.le('tcp.dst', 2000)), 'tcp.dst >= 1000 && tcp.dst <= 2000'],
    [_.between('tcp.dst', 1000, 2000), '1000 <= tcp.dst <= 2000'],
    [_.eq('eth.src', _.masked(mac, ok(Mac.parse('ff:ff:ff:00:00:00')))), 'eth.src == 00:00:00:00:00:01/ff:ff:ff:00:00:00'],
    [_.and(_.or(_.sym('ip4'), _.sym('ip6')), _.sym('tcp')), '(ip4 || ip6) && tcp'],
    [_.or(_.and(_.sym('ip4'), _.eq('ip4.src', _.addressSet('a'))), _.and(_.sym('ip6'), _.eq('ip6.src', _.addressSet('b')))), '(ip4 && ip4.src == $a) || (ip6 && ip6.src == $b)'],
    [_.not(_.eq('ip4.src', _.addressSet('exempt'))), '!(ip4.src == $exempt)'],
    [_.eq('eth.type', _.hex(0x86dd)), 'eth.type == 0x86dd'],
    [_.eq(_.field('vlan.tci', 13, 15), 5), 'vlan.tci[13..15] == 5'],
    [_.sym(_.field('eth.dst', 40)), 'eth.dst[40]'],
    [_.eq('ip4.dst', ok(IfAddr.parse('10.0.0.1/24'))), 'ip4.dst == 10.0.0.1/24'],
    [_.eq('ip6.dst', _.masked({ _tag: 'Ipv6', value: 0xfd00n << 112n }, { _tag: 'Ipv6', value: 0xffffn << 112n })), 'ip6.dst == fd00::/16'],
    [_.eq('reg0', _.masked(_.int(0), _.hex(0xff))), 'reg0 == 0x0/0xff'],
    [_.and(_.sym('ip4'), _.chassisResident('cr-lrp')), 'ip4 && is_chassis_resident("cr-lrp")'],
    [_.ne('ip4.src', [_.addressSet('a'), _.addressSet('b')]), 'ip4.src != {$a, $b}'],
    [_.range(1023, '<', 'tcp.src', '<', 49152), '1023 < tcp.src < 49152'],
  ]
  for (const [e, text] of cases) {
    t.deepEqual(render(e), E.right(text), text)
    t.deepEqual(validateMatch(text), E.right(e), text)
  }
})

test('and/or flatten and simplify; not cancels itself', (t) => {
  const a = _.sym('ip4')
  const b = _.sym('tcp')
  const c = _.sym('ct.est')
  t.deepEqual(_.and(), _.TRUE)
  t.deepEqual(_.or(), _.FALSE)
  t.deepEqual(_.and(a), a)
  t.deepEqual(_.and(_.and(a, b), c), { _tag: 'And', exprs: [a, b, c] })
  t.deepEqual(_.or(a, _.or(b, c)), { _tag: 'Or', exprs: [a, b, c] })
  t.deepEqual(_.not(_.not(c)), c)
})

test('no string value can change the structure of an expression', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (port, chassisPort) => {
      const e = _.and(_.eq('inport', port), _.chassisResident(chassisPort), _.eq('outport', [port, chassisPort]))
      const text = ok(render(e))
      t.deepEqual(validateMatch(text), E.right(e), text)
    }),
    { numRuns: 300 },
  )
})

test('address set and port group names that would change the structure are refused', (t) => {
  fc.assert(
    fc.property(fc.string({ maxLength: 10 }), (name) => {
      const e = _.and(_.eq('ip4.src', _.addressSet(name)), _.eq('outport', _.portGroup(name)))
      const r = render(e)
      if (E.isRight(r)) t.deepEqual(validateMatch(r.right), E.right(e), r.right)
      else t.deepEqual(r.left.problems.map((p) => p._tag), ['InvalidName', 'InvalidName'])
    }),
    { numRuns: 300 },
  )
  t.like(render(_.eq('ip4.src', _.addressSet('a || 1'))), {
    left: { input: 'ip4.src == $a || 1', problems: [{ _tag: 'InvalidName', reason: 'address-set', position: 11, length: 7 }] },
  })
})

test('malformed built constants are refused before they are printed into a match', (t) => {
  const reasons = (e: _.Expr) => {
    const r = render(e)
    return E.isLeft(r) ? r.left.problems.map((p) => `${p._tag}/${p.reason}`) : []
  }
  t.deepEqual(reasons(_.eq('tcp.dst', -1)), ['InvalidConstant/not-an-integer'])
  t.deepEqual(reasons(_.eq('tcp.dst', 1.5)), ['InvalidConstant/not-an-integer'])
  t.deepEqual(reasons(_.eq('tcp.dst', [])), ['InvalidConstant/empty-set'])
  t.deepEqual(reasons(_.eq('reg0', 2n ** 64n)), ['InvalidConstant/out-of-range'])
  t.deepEqual(reasons(_.eq('ip4.src', { _tag: 'Ipv4', value: 2 ** 32 })), ['InvalidConstant/out-of-range'])
  t.deepEqual(reasons(_.eq('ip4.src', _.prefix({ _tag: 'Ipv4', value: 0 }, 33))), ['InvalidConstant/bad-prefix'])
  t.deepEqual(reasons(_.eq('reg0', { _tag: 'Masked', value: _.int(1), mask: _.hex(1) })), ['InvalidConstant/bad-mask'])
  t.deepEqual(reasons(_.eq('eth.src', { _tag: 'Masked', value: { _tag: 'Mac', value: 1 }, mask: { _tag: 'Ipv4', value: 1 } })), ['InvalidConstant/bad-mask'])
  t.deepEqual(reasons(_.eq(_.field('tcp.dst', 3, 1), 1)), ['InvalidSubfield/bad-range'])
  t.deepEqual(reasons(_.eq({ name: 'nope || 1' }, 1)), ['UnknownField/unknown-field'])
  t.deepEqual(reasons(_.lt('ip.proto', 6)), ['OperatorNotAllowed/relational-on-nominal'])
})

test('references and fields', (t) => {
  const e = ok(E.map((p: Parsed) => p.expr)(parse('outport == @pg1 && (ip4.src == {$a1, $a2} || 1 < tcp.dst < $a3) && !(inport != @pg1)')))
  t.deepEqual(_.references(e), { addressSets: ['a1', 'a2', 'a3'], portGroups: ['pg1'] })
  t.deepEqual(_.fields(e), ['outport', 'ip4.src', 'tcp.dst', 'inport'])
})

test('Eq is structural equality', (t) => {
  fc.assert(
    fc.property(arb.anyExpr, arb.anyExpr, (a, b) => {
      t.true(_.Eq.equals(a, a))
      t.is(_.Eq.equals(a, b), print(a) === print(b) && JSON.stringify(a, big) === JSON.stringify(b, big))
    }),
    { numRuns: 200 },
  )
  t.false(_.Eq.equals(_.and(_.sym('a' as never), _.sym('b' as never)), _.and(_.sym('b' as never), _.sym('a' as never))))
})

const big = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? `${v}n` : v)
