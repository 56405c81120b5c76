/**
 * OVN match expressions: a typed builder (`Expr`), a lexer and parser following
 * ovn-sb(5), a type checker against OVN's field table (`Field`), and a canonical printer.
 * `validateMatch` checks a hand-written string; `render` checks and prints a built
 * expression; both before any I/O.
 *
 * @module
 */
export * as Expr from './Expr.js'
export * as Field from './Field.js'
export * as Lexer from './Lexer.js'
export * as Parser from './Parser.js'
export * as Printer from './Printer.js'
export * as Check from './Check.js'
export * as MatchError from './MatchError.js'
export { validateMatch, check, render } from './validate.js'
export { print } from './Printer.js'
