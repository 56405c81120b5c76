import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as Expr from '../../../src/nb/match/Expr.js'
import * as MatchError from '../../../src/nb/match/MatchError.js'
import { print } from '../../../src/nb/match/Printer.js'
import * as _ from '../../../src/nb/match/validate.js'
import * as arb from './arbitraries.js'
import * as corpus from './corpus.js'

const summary = (r: E.Either<MatchError.MatchError, unknown>) =>
  E.isLeft(r) ? r.left.problems.map((p) => `${p._tag}/${p.reason}@${p.position}`) : []

test('real-world matches (OVN-Kubernetes, Neutron, ovn-sb(5)) are accepted and printed canonically', (t) => {
  for (const [input, canonical] of corpus.valid) {
    const r = _.validateMatch(input)
    t.deepEqual(summary(r), [], input)
    t.deepEqual(E.map(print)(r), E.right(canonical), input)
    // the canonical form is a fixed point
    t.deepEqual(E.map(print)(_.validateMatch(canonical)), E.right(canonical), canonical)
  }
})

test('invalid matches are refused with the problem and position OVN would report', (t) => {
  for (const [input, tag, reason, position] of corpus.invalid) {
    const r = _.validateMatch(input)
    t.true(E.isLeft(r), input)
    if (E.isLeft(r)) {
      t.is(r.left.input, input)
      t.like(r.left.problems[0], { _tag: tag, reason, position }, input)
      t.true(MatchError.format(r.left).includes(r.left.problems[0]?.message ?? '?'))
    }
  }
})

test('type problems are all reported, in order of position', (t) => {
  const r = _.validateMatch('tcp.dst == "x" && ip4.src == fd00::1 && inport == 1 && nope')
  t.deepEqual(summary(r), [
    'TypeMismatch/expected-integer@11',
    'TypeMismatch/wrong-address-type@29',
    'TypeMismatch/expected-string@50',
    'UnknownField/unknown-field@55',
  ])
  const lex = _.validateMatch('ip4 & tcp | udp # x')
  t.deepEqual(summary(lex), ['LexError/lone-ampersand@4', 'LexError/lone-pipe@10', 'LexError/invalid-character@16'])
})

test('at most 100 nested parentheses, as in OVN', (t) => {
  t.true(E.isRight(_.validateMatch(`${'('.repeat(100)}ip4${')'.repeat(100)}`)))
  t.true(E.isRight(_.validateMatch(`${'!('.repeat(100)}ct.est${')'.repeat(100)}`)))
})

test('well-typed expressions: validateMatch(print(e)) gives e back', (t) => {
  fc.assert(
    fc.property(arb.typedExpr, (e) => {
      const r = _.validateMatch(print(e))
      t.deepEqual(summary(r), [], print(e))
      t.deepEqual(r, E.right(e))
    }),
    { numRuns: 250 },
  )
})

test('printing is canonical: however an expression is written, it prints the same', (t) => {
  fc.assert(
    fc.property(arb.typedExpr, fc.array(fc.nat(1000), { minLength: 1, maxLength: 40 }), (e, noise) => {
      const text = arb.noisyPrint(e, noise)
      const r = _.validateMatch(text)
      t.deepEqual(summary(r), [], text)
      t.deepEqual(E.map(print)(r), E.right(print(e)), text)
    }),
    { numRuns: 250 },
  )
})

test('random input never throws; what is accepted prints to a fixed point', (t) => {
  const token = fc.constantFrom(
    'ip4', 'tcp', 'tcp.dst', 'ip4.src', 'inport', 'reg0', 'ct.est', '&&', '||', '!', '(', ')', '{', '}', ',', '==', '!=', '<', '<=', '>', '>=',
    '[', ']', '..', '0', '1', '80', '0x800', '10.0.0.1/8', 'fd00::1', '00:00:00:00:00:01', '$a1', '@pg1', '"p"', '/*', '*/', '//', '"', '\\',
  )
  const soup = fc.array(token, { maxLength: 12 }).map((ts) => ts.join(' '))
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), soup), (s) => {
      const r = _.validateMatch(s)
      if (E.isRight(r)) t.deepEqual(E.map(print)(_.validateMatch(print(r.right))), E.right(print(r.right)), s)
      else {
        t.true(r.left.problems.length > 0)
        for (const p of r.left.problems) t.true(p.position >= 0 && p.position + p.length <= s.length, s)
      }
    }),
    { numRuns: 600 },
  )
})

test('render checks and prints a built expression; check reports positions in the printed form', (t) => {
  const M = Expr
  t.deepEqual(_.render(M.and(M.eq('outport', M.portGroup('pg_web')), M.sym('ip4'), M.eq('tcp.dst', [80, 443]))), E.right('outport == @pg_web && ip4 && tcp.dst == {80, 443}'))
  const bad = _.check(M.and(M.sym('ip4'), M.lt('ip.proto', 6)))
  t.like(bad, { left: { input: 'ip4 && ip.proto < 6', problems: [{ _tag: 'OperatorNotAllowed', reason: 'relational-on-nominal', position: 7, length: 12 }] } })
  t.deepEqual(_.check(M.sym('ct.est')), E.right(M.sym('ct.est')))
})

test('a "/" with no mask after it, at the end of the input, is reported at the "/" (found by the random-input property)', (t) => {
  const r = _.validateMatch('0/')
  t.like(r, { left: { problems: [{ _tag: 'LexError', reason: 'invalid-number', position: 1, length: 1 }] } })
  t.like(_.validateMatch('ip4.src == 10.0.0.0/ && ip4'), { left: { problems: [{ _tag: 'LexError', position: 19, length: 1 }] } })
})
