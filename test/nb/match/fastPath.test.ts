/**
 * validateMatch tries a one-pass fast path (fastPath.ts) for plain conjunctions of simple
 * terms before the lexer, parser and checker: whatever it answers must be exactly what
 * the full path (parse, then typeCheck) gives, over generated match texts, malformed
 * ones included. Guards the cold-cost fast path of issue 15.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import fc from 'fast-check'
import { typeCheck } from '../../../src/nb/match/Check.js'
import * as Field from '../../../src/nb/match/Field.js'
import type * as Expr from '../../../src/nb/match/Expr.js'
import * as Parser from '../../../src/nb/match/Parser.js'
import { validateMatch } from '../../../src/nb/match/validate.js'
import * as arb from './arbitraries.js'
import { invalid, valid } from './corpus.js'

/** validateMatch without the fast path: the parser, then the checker. */
const fullValidate = (s: string) => {
  const parsed = Parser.parse(s)
  if (E.isLeft(parsed)) return E.left({ _tag: 'MatchError', input: s, problems: parsed.left })
  const problems = typeCheck(parsed.right.expr, parsed.right.spans)
  return problems.length > 0 ? E.left({ _tag: 'MatchError', input: s, problems }) : E.right(parsed.right.expr)
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

test('validateMatch: the same result as the full path (parse, then typeCheck), fast path or not', (t) => {
  fc.assert(
    fc.property(text, (s) => {
      t.deepEqual(validateMatch(s), fullValidate(s))
    }),
    { numRuns: 3000 },
  )
})
