import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as Expr from '../../../src/nb/match/Expr.js'
import * as _ from '../../../src/nb/match/Check.js'
import { parse } from '../../../src/nb/match/Parser.js'

const problems = (s: string) => {
  const r = parse(s)
  if (E.isLeft(r)) throw new Error(r.left.map((p) => p.message).join('; '))
  return _.typeCheck(r.right.expr, r.right.spans).map((p) => `${p._tag}/${p.reason}@${p.position}+${p.length}`)
}

test('nominal fields and predicates: positive sense only, counting enclosing !', (t) => {
  t.deepEqual(problems('inport == "a"'), [])
  t.deepEqual(problems('inport != "a"'), ['OperatorNotAllowed/nominal-inequality@0+13'])
  t.deepEqual(problems('!(inport != "a")'), [])
  t.deepEqual(problems('!(!(inport == "a"))'), [])
  t.deepEqual(problems('!(ip4 && inport == "a")'), ['OperatorNotAllowed/negated-nominal-predicate@2+3', 'OperatorNotAllowed/nominal-inequality@9+13'])
  t.deepEqual(problems('ip4 == 1 && !(ip6 != 1) && tcp != 0'), [])
  t.deepEqual(problems('ip4 != 1'), ['OperatorNotAllowed/negated-nominal-predicate@0+8'])
  // Boolean predicates and ordinal one-bit fields may be negated
  t.deepEqual(problems('!eth.bcast && !ct.est && !vlan.present && eth.bcast != 1'), [])
})

test('bare symbols: one bit, or multi-bit under !', (t) => {
  t.deepEqual(problems('ct.est && vlan.tci[12] && eth.mcast'), [])
  t.deepEqual(problems('tcp.dst'), ['TypeMismatch/bare-multibit@0+7'])
  t.deepEqual(problems('!tcp.dst'), [])
  t.deepEqual(problems('vlan.tci[0..1]'), ['TypeMismatch/bare-multibit@0+14'])
  t.deepEqual(problems('outport'), ['TypeMismatch/bare-string@0+7'])
})

test('constant widths follow OVN: the value, or the mask when masked', (t) => {
  t.deepEqual(problems('tcp.dst == 65535 && tcp.dst == 0xffff && ip.dscp == 63'), [])
  t.deepEqual(problems('ip.dscp == 64'), ['TypeMismatch/too-wide@11+2'])
  t.deepEqual(problems('vlan.tci[13..15] == 8'), ['TypeMismatch/too-wide@20+1'])
  t.deepEqual(problems('tcp.dst == 0x1ffff/0xffff'), [])
  t.deepEqual(problems('tcp.dst == 0x1/0x1ffff'), ['TypeMismatch/too-wide@11+11'])
  t.deepEqual(problems('reg0 == 10.0.0.1 && reg0 == 10.0.0.0/8 && xxreg0 == fd00::/64 && xreg0 == 00:00:00:00:00:01'), [])
  t.deepEqual(problems('reg0 == 00:00:00:00:00:01'), ['TypeMismatch/too-wide@8+17'])
  t.deepEqual(problems('ip4.src == 10.0.0.1 && ip4.src[24..31] == 10 && ip4.src == 0x0a000001 && eth.src == 0x1'), [])
})

test('relational operators: ordinal fields, single unmasked constants', (t) => {
  t.deepEqual(problems('ip4.src >= 10.0.0.1 && eth.src < 00:00:00:00:00:10 && 1 <= reg0[0..3] < 5'), [])
  t.deepEqual(problems('ip.ttl > 1'), ['OperatorNotAllowed/relational-on-nominal@0+10'])
  t.deepEqual(problems('ip.is_frag > 0'), ['OperatorNotAllowed/relational-on-boolean@0+14'])
  t.deepEqual(problems('tcp.dst > {1, 2}'), ['OperatorNotAllowed/relational-with-set@0+16'])
  t.deepEqual(problems('tcp.dst > 0x1/0x1'), ['OperatorNotAllowed/relational-with-mask@0+17'])
  t.deepEqual(problems('1 < tcp.dst < $a'), ['OperatorNotAllowed/relational-with-set@0+16'])
  t.deepEqual(problems('1 < ip.proto < 5'), ['OperatorNotAllowed/relational-on-nominal@0+16'])
})

test('every problem is reported, sorted by position', (t) => {
  t.deepEqual(problems('nope1 == 1 && tcp.dst[99] == 1 && inport == 1 && nope2'), [
    'UnknownField/unknown-field@0+5',
    'InvalidSubfield/out-of-range@14+11',
    'TypeMismatch/expected-string@44+1',
    'UnknownField/unknown-field@49+5',
  ])
})

test('built expressions get positions in their printed form', (t) => {
  const r = (e: Expr.Expr) => _.typeCheck(e, () => undefined)
  // without spans, positions fall back to the start
  t.like(r(Expr.lt('ip.proto', 6)), [{ _tag: 'OperatorNotAllowed', position: 0 }])
})
