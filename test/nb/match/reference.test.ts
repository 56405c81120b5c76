/**
 * The lexer and parser against the reference implementation they replaced (a copy kept
 * in ./reference, the char-by-char version with regexes): the same tokens, problems,
 * trees, spans and validation results over generated match texts, malformed ones
 * included. Guards the cold-cost rewrite of issue 15.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { typeCheck } from '../../../src/nb/match/Check.js'
import * as Field from '../../../src/nb/match/Field.js'
import type * as Expr from '../../../src/nb/match/Expr.js'
import * as Lexer from '../../../src/nb/match/Lexer.js'
import * as Parser from '../../../src/nb/match/Parser.js'
import { validateMatch } from '../../../src/nb/match/validate.js'
import * as arb from './arbitraries.js'
import { invalid, valid } from './corpus.js'
import * as OldLexer from './reference/Lexer.js'
import * as OldParser from './reference/Parser.js'

const oldValidate = (s: string) => {
  const parsed = OldParser.parse(s)
  if (E.isLeft(parsed)) return E.left({ _tag: 'MatchError', input: s, problems: parsed.left })
  const problems = typeCheck(parsed.right.expr, parsed.right.spans)
  return problems.length > 0 ? E.left({ _tag: 'MatchError', input: s, problems }) : E.right(parsed.right.expr)
}

/** Every node of a tree with its span, in visit order. */
const spansOf = (p: Parser.Parsed | OldParser.Parsed): unknown[] => {
  const out: unknown[] = []
  const visit = (n: unknown): void => {
    if (typeof n !== 'object' || n === null) return
    out.push(p.spans(n))
    for (const v of Object.values(n)) visit(v)
  }
  visit(p.expr)
  return out
}

// Pieces of matches, right and wrong, so that random joins hit every lexer and parser path.
const piece = fc.constantFrom(
  'ip4', 'ip4.src', 'tcp.dst', 'outport', 'inport', 'eth.src', 'vlan.tci', 'ct.est', 'ct_label', 'reg0', 'ip.proto', 'a', '_x.y', 'abc', 'dead', 'fe80',
  '==', '!=', '<', '<=', '>', '>=', '&&', '||', '!', '(', ')', '{', '}', '[', ']', ',', '..', '=', ';', ':', '-', '--', '<->', '&', '|', '/', '.',
  '0', '1', '8000', '65535', '007', '18446744073709551615', '18446744073709551616', '0x', '0x800', '0XfF', '0xg', '10.0.0.1', '10.0.0.0/8', '10.0.0.0/255.255.0.0',
  '10.0.0.0/33', '::1', 'fe80::1/64', '::ffff:1.2.3.4', '00:11:22:33:44:55', 'aa:bb:cc:dd:ee:ff/ff:ff:ff:00:00:00', '1/0x3', '0/0xff', '1/', '1.2.3', '1:2',
  '$as1', '@pg1', '$', '@', '^v', '^', '"s"', '"a\\"b"', '"\\x"', '"open', '// c\n', '/* c */', '/* c\n', 'is_chassis_resident', '#', '😀', '\t', '\n',
)
const glued = fc.array(fc.tuple(piece, fc.constantFrom('', ' ', ' ', '  ')), { maxLength: 12 }).map((xs) => xs.map(([p, s]) => p + s).join(''))
const mutated = fc
  .tuple(fc.constantFrom(...valid.map(([s]) => s), ...invalid.map(([s]) => s)), fc.nat(), fc.string({ maxLength: 3 }), fc.nat(3))
  .map(([s, at, ins, del]) => s.slice(0, at % (s.length + 1)) + ins + s.slice((at % (s.length + 1)) + del))
const noisy = fc.tuple(arb.anyExpr, fc.array(fc.nat(), { minLength: 1, maxLength: 20 })).map(([e, n]) => arb.noisyPrint(e as Expr.Expr, n))
// Conjunctions of simple terms, valid or nearly so: the shapes validateMatch's fast path takes.
const term = fc.oneof(
  fc.constantFrom(...Field.all.map((f) => f.name), 'nosuch', 'dead', '.x'),
  fc
    .tuple(
      fc.constantFrom(...Field.all.map((f) => f.name), 'nosuch'),
      fc.oneof(
        fc.constantFrom('@pg1', '$as_1', '@.x', '$', '"lsp1"', '"a\\"b"', '"é"', '"x', '0', '1', '2', '007', '255', '256', '65535', '65536', '4294967296', '999999999999999', '1000000000000000', '80/8', '80:1', '10.0.0.1', '80x'),
        fc.nat().map(String),
      ),
    )
    .map(([f, v]) => `${f} == ${v}`),
)
const simple = fc
  .tuple(fc.array(term, { minLength: 1, maxLength: 4 }), fc.constantFrom(' && ', ' && ', ' || ', '&&', ' &&  '))
  .map(([ts, sep]) => ts.join(sep))
const text = fc.oneof(simple, glued, mutated, noisy, fc.string({ unit: 'binary', maxLength: 30 }))

test('lex: the same tokens and problems as the reference lexer', (t) => {
  fc.assert(
    fc.property(text, (s) => {
      t.deepEqual(Lexer.lex(s), OldLexer.lex(s))
    }),
    { numRuns: 3000 },
  )
})

test('parse and validateMatch: the same results, trees and spans as the reference', (t) => {
  fc.assert(
    fc.property(text, (s) => {
      const a = Parser.parse(s)
      const b = OldParser.parse(s)
      t.is(a._tag, b._tag)
      if (E.isLeft(a) && E.isLeft(b)) t.deepEqual(a.left, b.left)
      if (E.isRight(a) && E.isRight(b)) {
        t.deepEqual(a.right.expr, b.right.expr)
        t.deepEqual(spansOf(a.right), spansOf(b.right))
      }
      t.deepEqual(validateMatch(s), oldValidate(s))
    }),
    { numRuns: 3000 },
  )
})
