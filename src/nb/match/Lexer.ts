/**
 * The lexer of OVN match expressions, following OVN's lib/lex.c: identifiers may
 * contain `.`; numbers are decimal (no leading zeros, below 2^64), hexadecimal (`0x`),
 * dotted IPv4, IPv6 or MAC, optionally masked (`value/mask` in the same format, or an
 * IPv4/IPv6 address with a decimal prefix length); strings are JSON strings; `$name` and
 * `@name` refer to address sets and port groups; `//` and single-line `/* *\/` comments
 * are skipped. Every token carries its position; every lexical problem is collected.
 * Template variables (`^name`, from `Chassis_Template_Var`) are refused: their text is
 * substituted per chassis, so an expression using them cannot be checked.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import * as Ipv4 from '../net/Ipv4.js'
import * as Ipv6 from '../net/Ipv6.js'
import * as Expr from './Expr.js'
import { problem, type LexError } from './MatchError.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Punctuation and operators (some, like `=` and `;`, belong to OVN's action language and
 * are only lexed so the parser can say they are not expected).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const p: Match.Lexer.Punct = '&&'
 */
export type Punct =
  | '('
  | ')'
  | '{'
  | '}'
  | '['
  | ']'
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '!'
  | '&&'
  | '||'
  | '..'
  | ','
  | ';'
  | '='
  | ':'
  | '-'
  | '--'
  | '<->'

/**
 * A token and the text it was read from: `[position, position + length)`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Lexer.lex('tcp.dst == 80').tokens[0] // { kind: 'id', text: 'tcp.dst', position: 0, length: 7 }
 */
export type Token = (
  | { readonly kind: 'id'; readonly text: string }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'constant'; readonly value: Expr.Literal | Expr.Masked | Expr.Prefix }
  | { readonly kind: 'address-set'; readonly name: string }
  | { readonly kind: 'port-group'; readonly name: string }
  | { readonly kind: 'punct'; readonly text: Punct }
  | { readonly kind: 'end' }
) & { readonly position: number; readonly length: number }

// -------------------------------------------------------------------------------------
// lexing
// -------------------------------------------------------------------------------------

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isAlpha = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
const isAlnum = (c: string | undefined): boolean => isDigit(c) || isAlpha(c)
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c)
const isId1 = (c: string | undefined): boolean => isAlpha(c) || c === '_' || c === '.'
const isIdN = (c: string | undefined): boolean => isId1(c) || isDigit(c)
const MAC_RE = /^[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}$/
const TWO_64 = 1n << 64n
const HEX_BITS = 1024 // OVN's mf_subvalue holds 128 bytes

type Scanned = E.Either<{ readonly reason: LexError['reason']; readonly message: string }, Expr.Literal>

/** Classifies the text of one number, as lex_parse_integer__ does. */
const classify = (text: string): Scanned => {
  if (text.length === 17 && MAC_RE.test(text)) {
    const v = parseInt(text.replace(/:/g, ''), 16)
    return E.right({ _tag: 'Mac', value: v })
  }
  if (/^[0-9]+$/.test(text)) {
    if (text.length > 1 && text[0] === '0')
      return E.left({ reason: 'leading-zero', message: 'decimal constants must not have leading zeros' })
    const v = BigInt(text)
    if (v >= TWO_64) return E.left({ reason: 'decimal-too-large', message: 'decimal constants must be less than 2**64' })
    return E.right({ _tag: 'Integer', value: v, format: 'decimal' })
  }
  if (text[0] === '0' && (text[1] === 'x' || text[1] === 'X')) {
    const digits = text.slice(2)
    if (digits === '') return E.left({ reason: 'missing-hex-digits', message: `hex digits expected after 0${text[1]}` })
    if (![...digits].every(isHex)) return E.left({ reason: 'invalid-hex', message: 'invalid syntax in hexadecimal constant' })
    const v = BigInt(`0x${digits}`)
    if (v.toString(2).length > HEX_BITS && v !== 0n)
      return E.left({ reason: 'hex-too-large', message: `hexadecimal constant requires more than ${HEX_BITS} bits` })
    return E.right({ _tag: 'Integer', value: v, format: 'hex' })
  }
  if (text.length < 46) {
    const v4 = Ipv4.parse(text)
    if (E.isRight(v4)) return v4
    const v6 = Ipv6.parse(text)
    if (E.isRight(v6)) return v6
  }
  return E.left({ reason: 'invalid-number', message: `invalid numeric constant ${JSON.stringify(text)}` })
}

/** Combines a value and its mask, as lex_parse_mask does. */
const combine = (
  value: Expr.Literal,
  mask: Expr.Literal,
): E.Either<{ readonly reason: LexError['reason']; readonly message: string }, Expr.Masked | Expr.Prefix> => {
  const sameFormat =
    value._tag === mask._tag && (value._tag !== 'Integer' || (mask._tag === 'Integer' && value.format === mask.format))
  if (sameFormat) return E.right(Expr.masked(value, mask))
  if (mask._tag === 'Integer' && mask.format === 'decimal') {
    if (value._tag === 'Ipv4' && mask.value <= 32n) return E.right(Expr.prefix(value, Number(mask.value)))
    if (value._tag === 'Ipv6' && mask.value <= 128n) return E.right(Expr.prefix(value, Number(mask.value)))
  }
  if (value._tag === 'Integer' && value.format === 'decimal' && value.value === 0n && mask._tag === 'Integer' && mask.format === 'hex')
    return E.right(Expr.masked(value, mask))
  return E.left({ reason: 'incompatible-mask', message: 'value and mask have incompatible formats' })
}

/**
 * Splits a match into tokens (ending with an `end` token), collecting every lexical
 * problem.
 *
 * @category lexing
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Lexer.lex('ip4.src == 10.0.0.0/8').tokens.map((t) => t.kind) // ['id', 'punct', 'constant', 'end']
 * Match.Lexer.lex('a | b').problems // [{ _tag: 'LexError', reason: 'lone-pipe', position: 2, length: 1, ... }]
 */
export const lex = (input: string): { readonly tokens: ReadonlyArray<Token>; readonly problems: ReadonlyArray<LexError> } => {
  const tokens: Token[] = []
  const problems: LexError[] = []
  const n = input.length
  let p = 0
  const err = (reason: LexError['reason'], at: number, length: number, message: string): void => {
    problems.push(problem('LexError', reason, at, length, message))
  }
  const punct = (text: Punct): void => {
    tokens.push({ kind: 'punct', text, position: p, length: text.length })
    p += text.length
  }
  // Scans the extent of a number from `start` (lex_parse_integer__'s loop).
  const scanNumber = (start: number): number => {
    let end = start
    let sawDot = false
    for (;;) {
      const c = input[end]
      if (isAlnum(c) || (c === ':' && !sawDot) || (c === '.' && input[end + 1] !== '.')) {
        if (c === '.') sawDot = true
        end++
      } else return end
    }
  }
  const number = (): void => {
    const start = p
    const end = scanNumber(start)
    p = end
    const value = classify(input.slice(start, end))
    if (E.isLeft(value)) {
      err(value.left.reason, start, end - start, value.left.message)
      if (input[p] === '/') p = scanNumber(p + 1)
      return
    }
    if (input[p] !== '/') {
      tokens.push({ kind: 'constant', value: value.right, position: start, length: end - start })
      return
    }
    const mstart = p + 1
    const mend = scanNumber(mstart)
    p = mend
    const text = input.slice(mstart, mend)
    const mask = text === '' ? E.left({ reason: 'invalid-number' as const, message: 'expected a mask after "/"' }) : classify(text)
    if (E.isLeft(mask)) {
      // no mask at all: point at the "/" (the end of the input may follow it)
      if (text === '') err(mask.left.reason, mstart - 1, 1, mask.left.message)
      else err(mask.left.reason, mstart, mend - mstart, mask.left.message)
      return
    }
    const c = combine(value.right, mask.right)
    if (E.isLeft(c)) err(c.left.reason, start, mend - start, c.left.message)
    else tokens.push({ kind: 'constant', value: c.right, position: start, length: mend - start })
  }
  const identifier = (): string => {
    const start = p
    do p++
    while (isIdN(input[p]))
    return input.slice(start, p)
  }
  while (p < n) {
    const c = input[p] as string
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
      case '\v':
      case '\f':
        p++
        break
      case '/':
        if (input[p + 1] === '/') {
          while (p < n && input[p] !== '\n') p++
        } else if (input[p + 1] === '*') {
          const close = input.indexOf('*/', p + 2)
          const nl = input.indexOf('\n', p + 2)
          if (close < 0 || (nl >= 0 && nl < close)) {
            err('unterminated-comment', p, 2, '"/*" without matching "*/" on the same line')
            p = nl >= 0 ? nl : n
          } else p = close + 2
        } else {
          err('lone-slash', p, 1, '"/" is only valid as part of "//" or "/*"')
          p++
        }
        break
      case '(':
      case ')':
      case '{':
      case '}':
      case '[':
      case ']':
      case ',':
      case ';':
        punct(c)
        break
      case '=':
        punct(input[p + 1] === '=' ? '==' : '=')
        break
      case '!':
        punct(input[p + 1] === '=' ? '!=' : '!')
        break
      case '&':
        if (input[p + 1] === '&') punct('&&')
        else {
          err('lone-ampersand', p, 1, '"&" is only valid as part of "&&"')
          p++
        }
        break
      case '|':
        if (input[p + 1] === '|') punct('||')
        else {
          err('lone-pipe', p, 1, '"|" is only valid as part of "||"')
          p++
        }
        break
      case '<':
        punct(input[p + 1] === '=' ? '<=' : input[p + 1] === '-' && input[p + 2] === '>' ? '<->' : '<')
        break
      case '>':
        punct(input[p + 1] === '=' ? '>=' : '>')
        break
      case '.':
        if (input[p + 1] === '.') punct('..')
        else {
          err('lone-dot', p, 1, '"." is only valid as part of ".." or a number')
          p++
        }
        break
      case '-':
        punct(input[p + 1] === '-' ? '--' : '-')
        break
      case '$':
      case '@': {
        const start = p
        p++
        if (!isId1(input[p])) {
          err('invalid-reference', start, 1, `"${c}" must be followed by a valid identifier`)
          break
        }
        const name = identifier()
        tokens.push(
          c === '$'
            ? { kind: 'address-set', name, position: start, length: p - start }
            : { kind: 'port-group', name, position: start, length: p - start },
        )
        break
      }
      case '^': {
        // A Chassis_Template_Var reference: replaced by text that differs per chassis, so
        // nothing about the expression can be checked here.
        const start = p
        p++
        if (isId1(input[p])) identifier()
        err('template-variable', start, p - start, 'template variables (^name) are expanded per chassis and cannot be validated')
        break
      }
      case ':':
        if (input[p + 1] !== ':') punct(':')
        else number()
        break
      case '"': {
        const start = p
        p++
        while (p < n && input[p] !== '"') p += input[p] === '\\' ? 2 : 1
        if (p >= n) {
          err('unterminated-string', start, n - start, 'input ends inside a quoted string')
          p = n
          break
        }
        p++
        try {
          const value: unknown = JSON.parse(input.slice(start, p))
          tokens.push({ kind: 'string', value: value as string, position: start, length: p - start })
        } catch {
          err('invalid-string', start, p - start, 'invalid JSON string (bad escape or control character)')
        }
        break
      }
      default:
        if (isDigit(c)) number()
        else if (isHex(c)) {
          // An Ethernet or IPv6 address starts with hex digits and a colon; an identifier never does.
          let q = p
          while (isHex(input[q])) q++
          if (input[q] === ':') number()
          else {
            const start = p
            tokens.push({ kind: 'id', text: identifier(), position: start, length: p - start })
          }
        } else if (isId1(c)) {
          const start = p
          tokens.push({ kind: 'id', text: identifier(), position: start, length: p - start })
        } else {
          const cp = input.codePointAt(p) ?? 0
          const width = cp > 0xffff ? 2 : 1
          err('invalid-character', p, width, `invalid character ${JSON.stringify(input.slice(p, p + width))} in input`)
          p += width
        }
    }
  }
  tokens.push({ kind: 'end', position: n, length: 0 })
  return { tokens, problems }
}
