/**
 * The parser of OVN match expressions (the grammar of ovn-sb(5), "match" column, as
 * lib/expr.c implements it). Precedence, highest first: parentheses, relational
 * operators, `!`, then `&&` and `||` — which may not be mixed without parentheses, and
 * `!` may only be applied to a parenthesized expression, a bare symbol, a constant `0`/`1`
 * or a function, not to a comparison. Comparisons may name the constant first
 * (`80 == tcp.src`) and ranges read `1024 <= tcp.src <= 49151`.
 *
 * The parser checks syntax only; names and types are checked by `Check` against the
 * field table. It records where each node came from, so those checks can point into
 * the input.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import type * as Expr from './Expr.js'
import { lex, type Punct, type Token } from './Lexer.js'
import { problem, type LexError, type OperatorNotAllowed, type SyntaxError } from './MatchError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where a node of the tree was read from: `[start, end)` in the input.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const s: Match.Parser.Span = { start: 0, end: 7 }
 */
export interface Span {
  readonly start: number
  readonly end: number
}

/**
 * The span of a node (an expression, field reference, constant or set), if known.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const none: Match.Parser.Spans = () => undefined
 */
export type Spans = (node: object) => Span | undefined

/**
 * A parsed expression and the spans of its nodes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const r = Match.Parser.parse('ct.est')
 * if (E.isRight(r)) r.right.spans(r.right.expr) // { start: 0, end: 6 }
 */
export interface Parsed {
  readonly expr: Expr.Expr
  readonly spans: Spans
}

/**
 * The deepest nesting of parentheses OVN accepts.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Parser.MAX_DEPTH // 100
 */
export const MAX_DEPTH = 100

// -------------------------------------------------------------------------------------
// parsing
// -------------------------------------------------------------------------------------

class Failure {
  constructor(readonly problem: SyntaxError | OperatorNotAllowed) {}
}

const RELOPS: ReadonlySet<string> = new Set<Punct>(['==', '!=', '<', '<=', '>', '>='])

const turn = (op: Expr.RelOp): Expr.RelOp => {
  switch (op) {
    case '<':
      return '>'
    case '<=':
      return '>='
    case '>':
      return '<'
    case '>=':
      return '<='
    default:
      return op
  }
}

const describe = (t: Token): string => {
  switch (t.kind) {
    case 'end':
      return 'end of input'
    case 'id':
      return `"${t.text}"`
    case 'punct':
      return `"${t.text}"`
    default:
      return 'a constant'
  }
}

/**
 * Parses a match string: all lexical problems, or the first syntax error, on the left.
 *
 * @category parsing
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Parser.parse('80 == tcp.src') // right: the same tree as 'tcp.src == 80'
 * Match.Parser.parse('!tcp.src == 80') // left: [{ _tag: 'SyntaxError', reason: 'missing-parentheses' }]
 */
export const parse = (input: string): E.Either<ReadonlyArray<LexError | SyntaxError | OperatorNotAllowed>, Parsed> => {
  const lexed = lex(input)
  if (lexed.problems.length > 0) return E.left(lexed.problems)
  const tokens = lexed.tokens
  const spans = new WeakMap<object, Span>()
  let i = 0
  let depth = 0

  const peek = (k = 0): Token => tokens[Math.min(i + k, tokens.length - 1)] as Token
  const isPunct = (t: Token, p: Punct): boolean => t.kind === 'punct' && t.text === p
  const at = <A extends object>(node: A, start: number, end: number): A => {
    spans.set(node, { start, end })
    return node
  }
  const endOf = (t: Token): number => t.position + t.length
  const last = (): number => endOf(tokens[i - 1] as Token)
  const fail = (reason: SyntaxError['reason'], t: Token, message: string): never => {
    throw new Failure(problem('SyntaxError', reason, t.position, t.length, message))
  }
  const expect = (p: Punct, reason: SyntaxError['reason']): void => {
    const t = peek()
    if (!isPunct(t, p)) fail(reason, t, `syntax error at ${describe(t)}: expecting "${p}"`)
    i++
  }
  const relop = (): Expr.RelOp | undefined => {
    const t = peek()
    return t.kind === 'punct' && RELOPS.has(t.text) ? (t.text as Expr.RelOp) : undefined
  }

  const smallInt = (): number => {
    const t = peek()
    if (t.kind !== 'constant' || t.value._tag !== 'Integer' || t.value.format !== 'decimal' || t.value.value > 0x7fffffffn)
      return fail('expected-small-integer', t, `syntax error at ${describe(t)}: expecting a small integer`)
    i++
    return Number(t.value.value)
  }

  const field = (): Expr.FieldRef => {
    const t = peek()
    if (t.kind !== 'id') return fail('expected-field', t, `syntax error at ${describe(t)}: expecting a field name`)
    i++
    if (!isPunct(peek(), '[')) return at({ name: t.text }, t.position, endOf(t))
    i++
    const low = smallInt()
    let high = low
    if (isPunct(peek(), '..')) {
      i++
      high = smallInt()
    }
    expect(']', 'expected-rbracket')
    return at({ name: t.text, bits: { low, high } }, t.position, last())
  }

  const constant = (): Expr.Constant => {
    const t = peek()
    i++
    switch (t.kind) {
      case 'string':
        return at({ _tag: 'String', value: t.value }, t.position, endOf(t))
      case 'constant':
        return at({ ...t.value }, t.position, endOf(t))
      case 'address-set':
        return at({ _tag: 'AddressSet', name: t.name }, t.position, endOf(t))
      case 'port-group':
        return at({ _tag: 'PortGroup', name: t.name }, t.position, endOf(t))
      default:
        i--
        return fail('expected-constant', t, `syntax error at ${describe(t)}: expecting a constant`)
    }
  }

  const operand = (): Expr.Operand => {
    const open = peek()
    if (!isPunct(open, '{')) return constant()
    i++
    const values: Expr.Constant[] = []
    do {
      values.push(constant())
      if (isPunct(peek(), ',')) i++
    } while (!isPunct(peek(), '}'))
    i++
    return at({ _tag: 'Set', values }, open.position, last())
  }

  const single = (o: Expr.Operand, op: Expr.RelOp): Expr.Constant => {
    if (o._tag !== 'Set') return o
    const s = spans.get(o) ?? { start: 0, end: 0 }
    throw new Failure(
      problem('OperatorNotAllowed', 'relational-with-set', s.start, s.end - s.start, `only == and != may be used with value sets, not ${op}`),
    )
  }

  const primary = (): { readonly expr: Expr.Expr; readonly atomic: boolean } => {
    const t = peek()
    if (isPunct(t, '(')) {
      if (depth >= MAX_DEPTH) fail('too-deep', t, 'parentheses nested too deeply')
      i++
      depth++
      const e = expression()
      depth--
      expect(')', 'expected-rparen')
      return { expr: e, atomic: true }
    }
    if (t.kind === 'id') {
      if (isPunct(peek(1), '(')) {
        if (t.text !== 'is_chassis_resident') fail('unknown-function', t, `unknown function "${t.text}"`)
        i += 2
        const s = peek()
        if (s.kind !== 'string') return fail('expected-string', s, `syntax error at ${describe(s)}: expecting a string`)
        i++
        expect(')', 'expected-rparen')
        return { expr: at({ _tag: 'ChassisResident', port: s.value }, t.position, last()), atomic: true }
      }
      const f = field()
      const op = relop()
      if (op === undefined) {
        const n = peek()
        if (isPunct(n, '=')) fail('expected-relop', n, 'syntax error at "=": expecting a relational operator (did you mean "=="?)')
        return { expr: at({ _tag: 'Sym', field: f }, t.position, last()), atomic: true }
      }
      i++
      const v = operand()
      return { expr: at({ _tag: 'Cmp', field: f, op, value: v }, t.position, last()), atomic: false }
    }
    const c1 = operand()
    const r1 = relop()
    if (r1 === undefined) {
      if (c1._tag === 'Integer' && c1.format === 'decimal' && c1.value <= 1n)
        return { expr: at({ _tag: 'Bool', value: c1.value === 1n }, t.position, last()), atomic: true }
      const n = peek()
      return fail('expected-relop', n, `syntax error at ${describe(n)}: expecting a relational operator`)
    }
    i++
    const f = field()
    const r2 = relop()
    if (r2 === undefined) return { expr: at({ _tag: 'Cmp', field: f, op: turn(r1), value: c1 }, t.position, last()), atomic: false }
    const r2t = peek()
    i++
    const c2 = operand()
    const up = (r: Expr.RelOp): r is Expr.RangeOp => r === '<' || r === '<='
    const down = (r: Expr.RelOp): boolean => r === '>' || r === '>='
    if (!((up(r1) && up(r2)) || (down(r1) && down(r2))))
      fail('bad-range', r2t, 'range expressions must have the form "x < field < y" or "x > field > y" (each "<" may be "<=", each ">" may be ">=")')
    const lowC = single(c1, r1)
    const highC = single(c2, r2)
    const expr: Expr.Range =
      up(r1) && up(r2)
        ? { _tag: 'Range', low: lowC, lowOp: r1, field: f, highOp: r2, high: highC }
        : { _tag: 'Range', low: highC, lowOp: turn(r2) as Expr.RangeOp, field: f, highOp: turn(r1) as Expr.RangeOp, high: lowC }
    return { expr: at(expr, t.position, last()), atomic: false }
  }

  const negation = (): Expr.Expr => {
    const t = peek()
    if (!isPunct(t, '!')) return primary().expr
    i++
    const { expr, atomic } = primary()
    if (!atomic)
      throw new Failure(
        problem('SyntaxError', 'missing-parentheses', t.position, last() - t.position, 'missing parentheses around operand of "!"'),
      )
    return at({ _tag: 'Not', expr }, t.position, last())
  }

  const expression = (): Expr.Expr => {
    const start = peek().position
    const first = negation()
    const t = peek()
    if (!(isPunct(t, '&&') || isPunct(t, '||'))) return first
    const op = t.kind === 'punct' ? t.text : '&&'
    const exprs: Expr.Expr[] = [first]
    while (isPunct(peek(), op)) {
      i++
      exprs.push(negation())
    }
    const n = peek()
    if (isPunct(n, '&&') || isPunct(n, '||')) fail('mixed-and-or', n, '&& and || must be parenthesized when used together')
    return at({ _tag: op === '&&' ? 'And' : 'Or', exprs }, start, last())
  }

  try {
    const expr = expression()
    const t = peek()
    if (t.kind !== 'end') fail('expected-end', t, `syntax error at ${describe(t)}: expecting end of input`)
    return E.right({ expr, spans: (node) => spans.get(node) })
  } catch (e) {
    if (e instanceof Failure) return E.left([e.problem])
    throw e
  }
}
