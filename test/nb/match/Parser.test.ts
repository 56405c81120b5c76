import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as Expr from '../../../src/nb/match/Expr.js'
import { print, printWithSpans } from '../../../src/nb/match/Printer.js'
import * as _ from '../../../src/nb/match/Parser.js'
import * as arb from './arbitraries.js'

const tree = (s: string): Expr.Expr => {
  const r = _.parse(s)
  if (E.isLeft(r)) throw new Error(`${s}: ${r.left.map((p) => p.message).join('; ')}`)
  return r.right.expr
}

test('any tree prints to text that parses back to the same tree', (t) => {
  fc.assert(
    fc.property(arb.anyExpr, (e) => {
      const text = print(e)
      const r = _.parse(text)
      t.deepEqual(E.map((p: _.Parsed) => p.expr)(r), E.right(e), text)
    }),
    { numRuns: 300 },
  )
})

test('&& and || need parentheses together; ! needs them around comparisons; both as in OVN', (t) => {
  t.like(_.parse('a && b || c'), { left: [{ _tag: 'SyntaxError', reason: 'mixed-and-or', position: 7, length: 2 }] })
  t.like(_.parse('a || b && c'), { left: [{ reason: 'mixed-and-or', position: 7 }] })
  t.deepEqual(tree('(a && b) || c'), { _tag: 'Or', exprs: [{ _tag: 'And', exprs: [Expr.sym({ name: 'a' }), Expr.sym({ name: 'b' })] }, Expr.sym({ name: 'c' })] })
  t.like(_.parse('!a == 1'), { left: [{ reason: 'missing-parentheses', position: 0, length: 7 }] })
  t.like(_.parse('!1 <= a <= 2'), { left: [{ reason: 'missing-parentheses' }] })
  t.deepEqual(tree('!(a == 1)'), { _tag: 'Not', expr: Expr.cmp({ name: 'a' }, '==', 1) })
  // ! binds tighter than && and ||
  t.deepEqual(tree('!a && b'), { _tag: 'And', exprs: [{ _tag: 'Not', expr: Expr.sym({ name: 'a' }) }, Expr.sym({ name: 'b' })] })
  // a ! on a symbol, a constant or a function needs no parentheses; !! is not allowed
  t.true(E.isRight(_.parse('!a && !1 && !is_chassis_resident("p")')))
  t.like(_.parse('!!a'), { left: [{ reason: 'expected-constant', position: 1 }] })
  t.deepEqual(tree('!(!a)'), { _tag: 'Not', expr: { _tag: 'Not', expr: Expr.sym({ name: 'a' }) } })
})

test('grouping is kept: a nested conjunction in parentheses stays nested, redundant parentheses go', (t) => {
  t.deepEqual(tree('a && (b && c)'), { _tag: 'And', exprs: [Expr.sym({ name: 'a' }), { _tag: 'And', exprs: [Expr.sym({ name: 'b' }), Expr.sym({ name: 'c' })] }] })
  t.deepEqual(tree('((a)) && ((b))'), { _tag: 'And', exprs: [Expr.sym({ name: 'a' }), Expr.sym({ name: 'b' })] })
  t.is(print(tree('((a && b))')), 'a && b')
})

test('constants first, ranges in both directions, sets with optional commas', (t) => {
  t.deepEqual(tree('80 < tcp.dst'), Expr.cmp({ name: 'tcp.dst' }, '>', 80))
  t.deepEqual(tree('{1 2, 3,} == x'), Expr.cmp({ name: 'x' }, '==', [1, 2, 3]))
  t.deepEqual(tree('10 > x >= 5'), { _tag: 'Range', low: Expr.int(5), lowOp: '<=', field: { name: 'x' }, highOp: '<', high: Expr.int(10) })
  t.like(_.parse('1 < x > 2'), { left: [{ reason: 'bad-range', position: 6 }] })
  t.like(_.parse('{1} < x < 2'), { left: [{ _tag: 'OperatorNotAllowed', reason: 'relational-with-set' }] })
  t.deepEqual(tree('0'), Expr.FALSE)
  t.deepEqual(tree('1 && 0x1 == x'), { _tag: 'And', exprs: [Expr.TRUE, Expr.cmp({ name: 'x' }, '==', Expr.hex(1))] })
  t.like(_.parse('2'), { left: [{ reason: 'expected-relop' }] })
  t.like(_.parse('0x1'), { left: [{ reason: 'expected-relop' }] })
})

test('subfields, functions and references', (t) => {
  t.deepEqual(tree('vlan.tci[13..15] == 5'), Expr.cmp({ name: 'vlan.tci', bits: { low: 13, high: 15 } }, '==', 5))
  t.deepEqual(tree('eth.dst[40..40]'), Expr.sym({ name: 'eth.dst', bits: { low: 40, high: 40 } }))
  t.is(print(tree('eth.dst[40..40]')), 'eth.dst[40]')
  t.deepEqual(tree('is_chassis_resident("cr-lrp")'), Expr.chassisResident('cr-lrp'))
  t.like(_.parse('is_chassis_resident("cr-lrp"'), { left: [{ reason: 'expected-rparen' }] })
  t.deepEqual(tree('ip4.src == {$a, $b.c} && outport == @pg_1'), Expr.and(Expr.eq('ip4.src', [Expr.addressSet('a'), Expr.addressSet('b.c')]), Expr.eq('outport', Expr.portGroup('pg_1'))))
})

test('spans point at the text each node came from', (t) => {
  const s = 'ip4 && tcp.dst == {80, 443}'
  const r = _.parse(s)
  t.true(E.isRight(r))
  if (E.isLeft(r)) return
  const { expr, spans } = r.right
  const at = (node: object) => {
    const sp = spans(node)
    return sp === undefined ? undefined : s.slice(sp.start, sp.end)
  }
  t.is(at(expr), s)
  if (expr._tag !== 'And') return t.fail()
  const cmp = expr.exprs[1]
  if (cmp?._tag !== 'Cmp' || cmp.value._tag !== 'Set') return t.fail()
  t.is(at(cmp), 'tcp.dst == {80, 443}')
  t.is(at(cmp.field), 'tcp.dst')
  t.is(at(cmp.value), '{80, 443}')
  t.is(at(cmp.value.values[1] as object), '443')
  // and the printer records the same for its own output
  fc.assert(
    fc.property(arb.anyExpr, (e) => {
      const { text, spans: ps } = printWithSpans(e)
      const sp = ps(e)
      t.deepEqual(sp, { start: 0, end: text.length })
    }),
    { numRuns: 100 },
  )
})
