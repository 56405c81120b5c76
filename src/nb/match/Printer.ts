/**
 * The canonical printer of match expressions: the field first in comparisons, single
 * spaces around binary operators, `!` attached to its operand, parentheses exactly where
 * OVN requires them (an `&&` inside `||` and vice versa, a negated comparison), sets as
 * `{a, b}` (always with commas: OVN's template expansion, which re-serializes a match
 * that contains `^`, glues comma-less set elements together, e.g. `{$as 0x1c}` becomes
 * `$as0x1c`), strings as JSON strings, MACs lowercase, IPv6 in RFC 5952 form, hex
 * lowercase without leading zeros. Comments and redundant parentheses of the input are
 * not kept. For an expression `validateMatch` accepted, `parse(print(e))` is `e`.
 *
 * @module
 */
import * as Ip from '../net/Ip.js'
import * as Mac from '../net/Mac.js'
import type * as Expr from './Expr.js'
import type { Span, Spans } from './Parser.js'

// -------------------------------------------------------------------------------------
// printing
// -------------------------------------------------------------------------------------

const literal = (l: Expr.Literal): string => {
  switch (l._tag) {
    case 'Integer':
      return l.format === 'hex' ? `0x${l.value.toString(16)}` : l.value.toString()
    case 'Mac':
      return Mac.print(l)
    case 'Ipv4':
    case 'Ipv6':
      return Ip.print(l)
  }
}

/**
 * The text of a constant.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Printer.constant(Match.Expr.str('lsp "1"')) // '"lsp \"1\""'
 * Match.Printer.constant(Match.Expr.hex(0x0800)) // '0x800'
 */
export const constant = (c: Expr.Constant): string => {
  switch (c._tag) {
    case 'Masked':
      return `${literal(c.value)}/${literal(c.mask)}`
    case 'Prefix':
      return `${Ip.print(c.address)}/${c.prefix}`
    case 'String':
      return JSON.stringify(c.value)
    case 'AddressSet':
      return `$${c.name}`
    case 'PortGroup':
      return `@${c.name}`
    default:
      return literal(c)
  }
}

/**
 * The text of a field reference.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Printer.fieldRef({ name: 'vlan.tci', bits: { low: 13, high: 15 } }) // 'vlan.tci[13..15]'
 */
export const fieldRef = (f: Expr.FieldRef): string =>
  f.bits === undefined ? f.name : f.bits.low === f.bits.high ? `${f.name}[${f.bits.low}]` : `${f.name}[${f.bits.low}..${f.bits.high}]`

/**
 * Prints an expression and records where each node (expression, field reference,
 * constant, set) landed in the text, so problems found in a built expression can point
 * into its printed form.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const e = Match.Expr.eq('tcp.dst', 80)
 * const { text, spans } = Match.Printer.printWithSpans(e)
 * text // 'tcp.dst == 80'
 * spans(e.value) // { start: 11, end: 13 }
 */
export const printWithSpans = (e: Expr.Expr): { readonly text: string; readonly spans: Spans } => {
  const spans = new WeakMap<object, Span>()
  let out = ''
  const emit = (s: string): void => {
    out += s
  }
  const mark = (node: object, f: () => void): void => {
    const start = out.length
    f()
    spans.set(node, { start, end: out.length })
  }
  const printConstant = (c: Expr.Constant): void => mark(c, () => emit(constant(c)))
  const printField = (f: Expr.FieldRef): void => mark(f, () => emit(fieldRef(f)))
  const printOperand = (o: Expr.Operand): void => {
    if (o._tag !== 'Set') return printConstant(o)
    mark(o, () => {
      emit('{')
      o.values.forEach((v, i) => {
        if (i > 0) emit(', ')
        printConstant(v)
      })
      emit('}')
    })
  }
  const go = (x: Expr.Expr): void =>
    mark(x, () => {
      switch (x._tag) {
        case 'Bool':
          return emit(x.value ? '1' : '0')
        case 'Cmp':
          printField(x.field)
          emit(` ${x.op} `)
          return printOperand(x.value)
        case 'Range':
          printConstant(x.low)
          emit(` ${x.lowOp} `)
          printField(x.field)
          emit(` ${x.highOp} `)
          return printConstant(x.high)
        case 'Sym':
          return printField(x.field)
        case 'Not': {
          const atomic = x.expr._tag === 'Sym' || x.expr._tag === 'Bool' || x.expr._tag === 'ChassisResident'
          emit('!')
          if (atomic) return go(x.expr)
          emit('(')
          go(x.expr)
          return emit(')')
        }
        case 'And':
        case 'Or': {
          if (x.exprs.length === 0) return emit(x._tag === 'And' ? '1' : '0')
          x.exprs.forEach((sub, i) => {
            if (i > 0) emit(x._tag === 'And' ? ' && ' : ' || ')
            if (sub._tag === 'And' || sub._tag === 'Or') {
              emit('(')
              go(sub)
              emit(')')
            } else go(sub)
          })
          return
        }
        case 'ChassisResident':
          return emit(`is_chassis_resident(${JSON.stringify(x.port)})`)
      }
    })
  go(e)
  return { text: out, spans: (node) => spans.get(node) }
}

/**
 * The canonical text of an expression. Safe for any expression `Check` accepts; use
 * `render` to check and print a built expression in one step.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Match.validateMatch('(ip4)&&80==tcp.dst'), E.map(Match.print)) // right('ip4 && tcp.dst == 80')
 */
export const print = (e: Expr.Expr): string => printWithSpans(e).text
