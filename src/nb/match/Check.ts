/**
 * The type checker of match expressions, against the field table (`Field`): names exist,
 * bit ranges fit, constants have the field's type and fit its width, relational
 * operators are used only on ordinal fields with single unmasked constants, nominal
 * fields and predicates are tested only in the positive sense (counting enclosing `!`),
 * as lib/expr.c enforces. Stricter than OVN in one way: an IPv4, IPv6 or MAC constant on
 * a field of another address type (`ip4.src == fd00::1`, `eth.src == 10.0.0.1`) is
 * refused, where OVN only compares widths.
 *
 * Also checks what only a built expression can get wrong: names of address sets and port
 * groups are identifiers, integers are non-negative whole numbers, prefixes and masks are
 * well-formed, sets are not empty.
 *
 * @module
 */
import * as Ip from '../net/Ip.js'
import * as Mac from '../net/Mac.js'
import type * as Expr from './Expr.js'
import * as Field from './Field.js'
import type { MatchProblem } from './MatchError.js'
import type { Span, Spans } from './Parser.js'
import { constant as printConstant } from './Printer.js'

// -------------------------------------------------------------------------------------
// checking
// -------------------------------------------------------------------------------------

interface Resolved {
  readonly info: Field.FieldInfo
  readonly width: number
  readonly type: Field.FieldType
}

const NAME_RE = /^[A-Za-z_.][A-Za-z0-9_.]*$/
const TWO_64 = 1n << 64n

const bitLength = (n: bigint): number => (n <= 0n ? 0 : n.toString(2).length)

const literalBits = (l: Expr.Literal): bigint => (l._tag === 'Integer' ? l.value : l._tag === 'Mac' ? BigInt(l.value) : Ip.toBigInt(l))

/** OVN's expr_constant_width: the width of the mask when masked, else of the value's format. */
const constantWidth = (c: Expr.Constant): number | undefined => {
  switch (c._tag) {
    case 'Integer':
      return bitLength(c.value)
    case 'Mac':
      return 48
    case 'Ipv4':
      return 32
    case 'Ipv6':
      return 128
    case 'Masked':
      return bitLength(literalBits(c.mask))
    case 'Prefix':
      return c.prefix === 0 ? 0 : Ip.bits(Ip.family(c.address))
    default:
      return undefined
  }
}

const addressType = (c: Expr.Constant): Field.FieldType | undefined => {
  const l = c._tag === 'Masked' ? c.value : c._tag === 'Prefix' ? c.address : c
  switch (l._tag) {
    case 'Mac':
      return 'mac'
    case 'Ipv4':
      return 'ipv4'
    case 'Ipv6':
      return 'ipv6'
    default:
      return undefined
  }
}

const TYPE_NAME: Readonly<Record<Field.FieldType, string>> = {
  integer: 'an integer',
  mac: 'a MAC address',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  string: 'a string',
}

/**
 * Every type problem of an expression; `spans` says where each node is in the text the
 * problems refer to (the parsed input, or the printed form of a built expression).
 *
 * @category checking
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const r = Match.Parser.parse('ip4.src == fd00::1 && tcp.dst > {80}')
 * if (E.isRight(r)) Match.Check.typeCheck(r.right.expr, r.right.spans).map((p) => p.reason)
 * // ['wrong-address-type', 'relational-with-set']
 */
export const typeCheck = (expr: Expr.Expr, spans: Spans): ReadonlyArray<MatchProblem> => {
  const out: MatchProblem[] = []
  const where = (node: object, fallback: Span): Span => spans(node) ?? fallback
  const report = <T extends MatchProblem['_tag']>(
    tag: T,
    reason: Extract<MatchProblem, { readonly _tag: T }>['reason'],
    span: Span,
    message: string,
  ): false => {
    out.push({ _tag: tag, reason, position: span.start, length: span.end - span.start, message } as MatchProblem)
    return false
  }

  const resolve = (f: Expr.FieldRef, outer: Span): Resolved | undefined => {
    const span = where(f, outer)
    const info = Field.lookup(f.name)
    if (info === undefined) {
      report('UnknownField', 'unknown-field', span, `no field, subfield or predicate named ${JSON.stringify(f.name)}`)
      return undefined
    }
    if (f.bits === undefined) return { info, width: info.width, type: info.type }
    const { low, high } = f.bits
    if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high) || low < 0 || low > high) {
      report('InvalidSubfield', 'bad-range', span, `invalid bit range ${low} to ${high}`)
      return undefined
    }
    if (info.width === 0) {
      report('InvalidSubfield', 'string-field', span, `cannot select a subfield of string field ${info.name}`)
      return undefined
    }
    if (high >= info.width) {
      report('InvalidSubfield', 'out-of-range', span, `cannot select bits ${low} to ${high} of ${info.width}-bit field ${info.name}`)
      return undefined
    }
    const whole = low === 0 && high === info.width - 1
    if (info.level === 'nominal' && !whole) {
      report('InvalidSubfield', 'nominal-field', span, `cannot select a subfield of nominal field ${info.name}`)
      return undefined
    }
    return { info, width: high - low + 1, type: whole ? info.type : 'integer' }
  }

  // Malformed constants and names: only a built expression can have them.
  const wellFormed = (c: Expr.Constant, span: Span): boolean => {
    const literal = (l: Expr.Literal): boolean => {
      switch (l._tag) {
        case 'Integer':
          if (typeof l.value !== 'bigint' || l.value < 0n)
            return report('InvalidConstant', 'not-an-integer', span, 'an integer constant must be a non-negative whole number')
          if (l.format === 'decimal' ? l.value >= TWO_64 : bitLength(l.value) > 1024)
            return report('InvalidConstant', 'out-of-range', span, `${l.value} is too large for a ${l.format} constant`)
          return true
        case 'Mac':
          return Mac.isValid(l) || report('InvalidConstant', 'out-of-range', span, 'a MAC address is a 48-bit unsigned integer')
        case 'Ipv4':
        case 'Ipv6':
          return Ip.isValid(l) || report('InvalidConstant', 'out-of-range', span, `an ${l._tag} address is out of range`)
      }
    }
    switch (c._tag) {
      case 'Masked': {
        if (!literal(c.value) || !literal(c.mask)) return false
        const v = c.value
        const m = c.mask
        const same =
          v._tag === m._tag &&
          (v._tag !== 'Integer' ||
            (m._tag === 'Integer' && (v.format === m.format || (v.value === 0n && m.format === 'hex'))))
        return same || report('InvalidConstant', 'bad-mask', span, 'a mask must be written in the same format as its value')
      }
      case 'Prefix': {
        if (!Ip.isValid(c.address)) return report('InvalidConstant', 'out-of-range', span, 'address out of range')
        const max = Ip.bits(Ip.family(c.address))
        return (
          (Number.isInteger(c.prefix) && c.prefix >= 0 && c.prefix <= max) ||
          report('InvalidConstant', 'bad-prefix', span, `an IPv${Ip.family(c.address)} prefix length is between 0 and ${max}`)
        )
      }
      case 'String':
        return true
      case 'AddressSet':
        return NAME_RE.test(c.name) || report('InvalidName', 'address-set', span, `${JSON.stringify(c.name)} is not a valid address set name`)
      case 'PortGroup':
        return NAME_RE.test(c.name) || report('InvalidName', 'port-group', span, `${JSON.stringify(c.name)} is not a valid port group name`)
      default:
        return literal(c)
    }
  }

  const typed = (f: Resolved, c: Expr.Constant, span: Span): boolean => {
    const isString = c._tag === 'String' || c._tag === 'PortGroup'
    if (f.type === 'string')
      return isString || report('TypeMismatch', 'expected-string', span, `string field ${f.info.name} is not compatible with ${printConstant(c)}`)
    if (isString)
      return report('TypeMismatch', 'expected-integer', span, `${f.info.name} takes ${TYPE_NAME[f.type]}, not a string or port group`)
    const at = addressType(c)
    if (at !== undefined && f.type !== 'integer' && at !== f.type)
      return report('TypeMismatch', 'wrong-address-type', span, `${f.info.name} takes ${TYPE_NAME[f.type]}, not ${TYPE_NAME[at]}`)
    const w = constantWidth(c)
    if (w !== undefined && w > f.width)
      return report('TypeMismatch', 'too-wide', span, `${w}-bit constant is not compatible with ${f.width}-bit field ${f.info.name}`)
    return true
  }

  const relational = (f: Resolved, op: Expr.RelOp, o: Expr.Operand, span: Span): boolean => {
    if (o._tag === 'Set') return report('OperatorNotAllowed', 'relational-with-set', span, `only == and != may be used with value sets`)
    if (f.info.level !== 'ordinal')
      return report(
        'OperatorNotAllowed',
        f.info.level === 'nominal' ? 'relational-on-nominal' : 'relational-on-boolean',
        span,
        `only == and != may be used with ${f.info.level} ${f.info.kind === 'predicate' ? 'predicate' : 'field'} ${f.info.name}, not ${op}`,
      )
    if (o._tag === 'Masked' || o._tag === 'Prefix')
      return report('OperatorNotAllowed', 'relational-with-mask', span, `only == and != may be used with masked constants, not ${op}`)
    if (o._tag === 'AddressSet' || o._tag === 'PortGroup')
      return report('OperatorNotAllowed', 'relational-with-set', span, `only == and != may be used with address sets and port groups, not ${op}`)
    return true
  }

  const positive = (f: Resolved, op: Expr.RelOp, values: ReadonlyArray<Expr.Constant>, neg: boolean, span: Span): boolean => {
    if (f.info.level !== 'nominal') return true
    if (f.info.kind === 'predicate') {
      for (const v of values) {
        const lit = v._tag === 'Masked' ? v.value : v
        if (lit._tag !== 'Integer') continue
        const bit = (lit.value & 1n) === 1n
        if ((bit !== (op === '!=')) !== neg) continue
        return report(
          'OperatorNotAllowed',
          'negated-nominal-predicate',
          span,
          `nominal predicate ${f.info.name} may only be tested positively, e.g. "${f.info.name}" or "${f.info.name} == 1", not "!${f.info.name}" or "${f.info.name} == 0"`,
        )
      }
      return true
    }
    return (
      op === (neg ? '!=' : '==') ||
      report(
        'OperatorNotAllowed',
        'nominal-inequality',
        span,
        `nominal field ${f.info.name} may only be tested for equality (taking enclosing "!" into account)`,
      )
    )
  }

  const go = (x: Expr.Expr, neg: boolean, outer: Span): void => {
    const span = where(x, outer)
    switch (x._tag) {
      case 'Bool':
      case 'ChassisResident':
        return
      case 'Not':
        return go(x.expr, !neg, span)
      case 'And':
      case 'Or':
        return x.exprs.forEach((e) => go(e, neg, span))
      case 'Sym': {
        const f = resolve(x.field, span)
        if (f === undefined) return
        if (f.type === 'string') {
          report('TypeMismatch', 'bare-string', span, `string field ${f.info.name} needs a comparison, e.g. ${f.info.name} == "name"`)
          return
        }
        if (f.width > 1 && !neg) {
          report('TypeMismatch', 'bare-multibit', span, `explicit "!= 0" is required to test multibit field ${f.info.name} against 0`)
          return
        }
        positive(f, '!=', [{ _tag: 'Integer', value: 0n, format: 'decimal' }], neg, span)
        return
      }
      case 'Cmp': {
        const f = resolve(x.field, span)
        const values = x.value._tag === 'Set' ? x.value.values : [x.value]
        const valueSpan = where(x.value, span)
        if (x.value._tag === 'Set' && values.length === 0) {
          report('InvalidConstant', 'empty-set', valueSpan, 'a set needs at least one constant')
          return
        }
        const ok = values.map((v) => wellFormed(v, where(v, valueSpan))).every(Boolean)
        if (f === undefined || !ok) return
        if (!values.map((v) => typed(f, v, where(v, valueSpan))).every(Boolean)) return
        if (x.op !== '==' && x.op !== '!=' && !relational(f, x.op, x.value, span)) return
        positive(f, x.op, values, neg, span)
        return
      }
      case 'Range': {
        const f = resolve(x.field, span)
        const ok = [x.low, x.high].map((v) => wellFormed(v, where(v, span))).every(Boolean)
        if (f === undefined || !ok) return
        if (![x.low, x.high].map((v) => typed(f, v, where(v, span))).every(Boolean)) return
        if (relational(f, x.lowOp === '<' ? '>' : '>=', x.low, span)) relational(f, x.highOp, x.high, span)
        return
      }
    }
  }
  go(expr, false, spans(expr) ?? { start: 0, end: 0 })
  return out.sort((a, b) => a.position - b.position)
}
