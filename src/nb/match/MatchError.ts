/**
 * Why a match expression was refused. A {@link MatchError} holds the input and every
 * problem found, each a tagged value with a reason and the position (0-based UTF-16
 * offset) and length of the offending text. Lexical problems are all reported; parsing
 * stops at the first syntax error; every type problem of a well-formed expression is
 * reported.
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The shape every problem shares.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Match } from 'ovn-nb'
 * const p: Match.MatchError.Problem<'LexError', 'lone-pipe'> = {
 *   _tag: 'LexError', reason: 'lone-pipe', position: 4, length: 1, message: '"|" is only valid as part of "||"',
 * }
 */
export interface Problem<T extends string, R extends string> {
  readonly _tag: T
  readonly reason: R
  readonly position: number
  readonly length: number
  readonly message: string
}

/**
 * Text that is not a token: a stray `&`, `|`, `/` or `.`, an unterminated string or
 * comment, a malformed number, a mask in a different format than its value, `$`/`@` not
 * followed by a name, a template variable `^name` (expanded per chassis, so not checkable).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.validateMatch('ip4 & tcp') // left: problems [{ _tag: 'LexError', reason: 'lone-ampersand', position: 4 }]
 */
export type LexError = Problem<
  'LexError',
  | 'invalid-character'
  | 'unterminated-string'
  | 'invalid-string'
  | 'unterminated-comment'
  | 'lone-ampersand'
  | 'lone-pipe'
  | 'lone-slash'
  | 'lone-dot'
  | 'invalid-number'
  | 'leading-zero'
  | 'decimal-too-large'
  | 'hex-too-large'
  | 'missing-hex-digits'
  | 'invalid-hex'
  | 'incompatible-mask'
  | 'invalid-reference'
  | 'template-variable'
>

/**
 * Tokens in an order the grammar does not allow, including OVN's two rules that go
 * beyond precedence: `&&` and `||` used together need parentheses (`mixed-and-or`), and
 * `!` applied to a comparison needs parentheses (`missing-parentheses`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.validateMatch('ip4 && tcp || udp') // left: [{ _tag: 'SyntaxError', reason: 'mixed-and-or', position: 11 }]
 */
export type SyntaxError = Problem<
  'SyntaxError',
  | 'expected-constant'
  | 'expected-field'
  | 'expected-relop'
  | 'expected-rparen'
  | 'expected-rbracket'
  | 'expected-end'
  | 'expected-string'
  | 'expected-small-integer'
  | 'mixed-and-or'
  | 'missing-parentheses'
  | 'too-deep'
  | 'bad-range'
  | 'unknown-function'
>

/**
 * A name that is not a field, subfield or predicate of OVN.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.validateMatch('ip4.source == 10.0.0.1') // left: [{ _tag: 'UnknownField', reason: 'unknown-field', position: 0, length: 10 }]
 */
export type UnknownField = Problem<'UnknownField', 'unknown-field'>

/**
 * A bit range `[a..b]` that is reversed, beyond the field's width, or applied to a string
 * or nominal field.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.validateMatch('tcp.dst[16] == 1') // left: [{ _tag: 'InvalidSubfield', reason: 'out-of-range' }]
 */
export type InvalidSubfield = Problem<'InvalidSubfield', 'string-field' | 'bad-range' | 'out-of-range' | 'nominal-field'>

/**
 * A constant of the wrong type for its field: a string on an integer field, an integer on
 * a string field, an address of the wrong kind (`ip4.src == fd00::1`), a constant wider
 * than the field, or a multi-bit field used as a condition without `!= 0`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.validateMatch('ip4.src == fd00::1') // left: [{ _tag: 'TypeMismatch', reason: 'wrong-address-type', position: 11 }]
 */
export type TypeMismatch = Problem<
  'TypeMismatch',
  'expected-string' | 'expected-integer' | 'wrong-address-type' | 'too-wide' | 'bare-multibit' | 'bare-string'
>

/**
 * An operator the field does not support: `<`, `<=`, `>`, `>=` on a nominal or Boolean
 * symbol, with a set, mask, address set or port group; a nominal field tested for
 * inequality (`eth.type != 0x800`, also `!(inport == "p")`); a nominal predicate tested
 * negatively (`!ip4`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.validateMatch('ip.proto < 6') // left: [{ _tag: 'OperatorNotAllowed', reason: 'relational-on-nominal' }]
 */
export type OperatorNotAllowed = Problem<
  'OperatorNotAllowed',
  | 'relational-on-nominal'
  | 'relational-on-boolean'
  | 'relational-with-set'
  | 'relational-with-mask'
  | 'nominal-inequality'
  | 'negated-nominal-predicate'
>

/**
 * An address set or port group name that is not an identifier (letters, digits, `_`,
 * `.`; not starting with a digit) — only possible in a built expression.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.render(Match.Expr.eq('ip4.src', Match.Expr.addressSet('a || 1'))) // left: [{ _tag: 'InvalidName', reason: 'address-set' }]
 */
export type InvalidName = Problem<'InvalidName', 'address-set' | 'port-group'>

/**
 * A constant that cannot be written: a negative or fractional integer, an address out of
 * range, a prefix length beyond the family's width, a mask of another format than its
 * value, an empty set — only possible in a built expression.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.render(Match.Expr.eq('tcp.dst', [])) // left: [{ _tag: 'InvalidConstant', reason: 'empty-set' }]
 */
export type InvalidConstant = Problem<'InvalidConstant', 'not-an-integer' | 'out-of-range' | 'bad-prefix' | 'bad-mask' | 'empty-set'>

/**
 * Any problem.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Match } from 'ovn-nb'
 * const where = (p: Match.MatchError.MatchProblem): string => `${p._tag} at ${p.position}`
 */
export type MatchProblem =
  | LexError
  | SyntaxError
  | UnknownField
  | InvalidSubfield
  | TypeMismatch
  | OperatorNotAllowed
  | InvalidName
  | InvalidConstant

/**
 * A refused match: the text (the input, or the printed form of a built expression) and
 * every problem found, in order of position.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const r = Match.validateMatch('inport == lsp1')
 * if (E.isLeft(r)) r.left.problems[0]?.reason // 'expected-constant' (port names are quoted strings)
 */
export interface MatchError {
  readonly _tag: 'MatchError'
  readonly input: string
  readonly problems: ReadonlyArray<MatchProblem>
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A problem at `[position, position + length)`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.MatchError.problem('UnknownField', 'unknown-field', 0, 3, 'no field "foo"')
 */
export const problem = <T extends MatchProblem['_tag'], R extends Extract<MatchProblem, { readonly _tag: T }>['reason']>(
  tag: T,
  reason: R,
  position: number,
  length: number,
  message: string,
): Problem<T, R> => ({ _tag: tag, reason, position, length, message })

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * For people: the input, and each problem with a caret under its position.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const r = Match.validateMatch('ip4 && tcp || udp')
 * if (E.isLeft(r)) console.log(Match.MatchError.format(r.left))
 * // invalid match "ip4 && tcp || udp":
 * //   at 11: && and || must be parenthesized when used together
 * //     ip4 && tcp || udp
 * //                ^^
 */
export const format = (e: MatchError): string => {
  const oneLine = !/[\n\r]/.test(e.input)
  return [
    `invalid match ${JSON.stringify(e.input)}:`,
    ...e.problems.flatMap((p) => [
      `  at ${p.position}: ${p.message}`,
      ...(oneLine ? [`    ${e.input}`, `    ${' '.repeat(p.position)}${'^'.repeat(Math.max(1, p.length))}`] : []),
    ]),
  ].join('\n')
}
