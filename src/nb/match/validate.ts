/**
 * The entry points: validate a hand-written match string, or check and print a built
 * expression, before any I/O.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { typeCheck } from './Check.js'
import type { Expr } from './Expr.js'
import type { MatchError } from './MatchError.js'
import { simpleMatch } from './fastPath.js'
import { parse } from './Parser.js'
import { printWithSpans } from './Printer.js'

// -------------------------------------------------------------------------------------
// validation
// -------------------------------------------------------------------------------------

/**
 * Parses and type-checks a match string (an `ACL.match`, `Logical_Router_Policy.match`,
 * `QoS.match`...) as OVN would: the expression, or every problem found with its position.
 *
 * @category validation
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.validateMatch('ip4.src == $a1234 && tcp.dst == {80, 443}') // right(expr)
 * Match.validateMatch('ip4.src == fd00::1') // left({ _tag: 'MatchError', problems: [{ _tag: 'TypeMismatch', reason: 'wrong-address-type', position: 11, ... }] })
 */
export const validateMatch = (s: string): E.Either<MatchError, Expr> => {
  // Most matches are plain conjunctions (benchlab's ACLs all are): recognized in one pass,
  // 1000 cold calls take 0.29x the time, and benchlab's cold DSL build 0.88x (medians of
  // per-round ratios, 21 and 11 paired rounds). The price, paid by a match whose first
  // terms are simple and a later one is not: 1.10-1.15x cold for those (21 and 31 rounds).
  const simple = simpleMatch(s)
  return simple !== undefined ? E.right(simple) : validateMatchFull(s)
}

/**
 * {@link validateMatch} without its fast path (simpleMatch): for a match that path was
 * already tried on and did not read.
 *
 * @internal
 * @category validation
 * @since 0.2.0
 * @example
 * import { validateMatchFull } from './validate.js'
 * validateMatchFull('ip4.src == 10.0.0.0/8') // Right
 */
export const validateMatchFull = (s: string): E.Either<MatchError, Expr> => {
  const parsed = parse(s)
  if (E.isLeft(parsed)) return E.left({ _tag: 'MatchError', input: s, problems: parsed.left })
  const problems = typeCheck(parsed.right.expr, parsed.right.spans)
  return problems.length > 0 ? E.left({ _tag: 'MatchError', input: s, problems }) : E.right(parsed.right.expr)
}

/**
 * Type-checks a built expression; problems point into its printed form (the `input` of
 * the error).
 *
 * @category validation
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.check(Match.Expr.lt('ip.proto', 6)) // left: [{ _tag: 'OperatorNotAllowed', reason: 'relational-on-nominal' }]
 */
export const check = (e: Expr): E.Either<MatchError, Expr> => {
  const { text, spans } = printWithSpans(e)
  const problems = typeCheck(e, spans)
  return problems.length > 0 ? E.left({ _tag: 'MatchError', input: text, problems }) : E.right(e)
}

/**
 * Checks a built expression and prints it: the text to store in a `match` column.
 *
 * @category validation
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const M = Match.Expr
 * Match.render(M.and(M.eq('inport', 'lsp1'), M.sym('arp'))) // right('inport == "lsp1" && arp')
 */
export const render = (e: Expr): E.Either<MatchError, string> => {
  const { text, spans } = printWithSpans(e)
  const problems = typeCheck(e, spans)
  return problems.length > 0 ? E.left({ _tag: 'MatchError', input: text, problems }) : E.right(text)
}
