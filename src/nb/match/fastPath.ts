/**
 * A one-pass recognizer of the commonest shape of a hand-written match: a conjunction
 * of bare predicates and `field == constant` terms (`outport == @pg1 && ip4 && tcp.dst ==
 * 8000`), with single spaces, short decimals, port groups, address sets and plain
 * strings. When it proves the text is in that form and valid, it builds the very tree
 * the parser would; otherwise it answers `undefined` and the full lexer, parser and
 * checker run, so what is accepted, refused and reported is unchanged (the reference
 * property test compares both paths). Cold, the general machinery costs far more than
 * these matches need.
 *
 * @internal
 * @module
 */
import type * as Expr from './Expr.js'
import * as Field from './Field.js'

const isAlpha = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)
const isIdN = (c: number): boolean => isAlpha(c) || isDigit(c) || c === 95 /* _ */ || c === 46 /* . */

/**
 * The tree of `s` if it is a valid conjunction of simple terms, else `undefined`.
 *
 * @internal
 */
export const simpleMatch = (s: string): Expr.Expr | undefined => {
  const n = s.length
  const terms: Expr.Expr[] = []
  let p = 0
  for (;;) {
    // a field or predicate name: not "." first (a lone dot), not hex digits then ":" (an address)
    const start = p
    const c0 = s.charCodeAt(p)
    if (!(isAlpha(c0) || c0 === 95)) return undefined
    let q = p
    while (isHex(s.charCodeAt(q))) q++
    if (s.charCodeAt(q) === 58 /* : */) return undefined
    p++
    while (isIdN(s.charCodeAt(p))) p++
    const name = s.slice(start, p)
    const info = Field.lookup(name)
    if (info === undefined) return undefined
    if (s.charCodeAt(p) === 32 && s.charCodeAt(p + 1) === 61 && s.charCodeAt(p + 2) === 61 && s.charCodeAt(p + 3) === 32) {
      // name == constant
      p += 4
      const c = s.charCodeAt(p)
      let value: Expr.Constant
      if (c === 64 /* @ */ || c === 36 /* $ */) {
        const vstart = p + 1
        if (!(isAlpha(s.charCodeAt(vstart)) || s.charCodeAt(vstart) === 95 || s.charCodeAt(vstart) === 46)) return undefined
        p = vstart + 1
        while (isIdN(s.charCodeAt(p))) p++
        const ref = s.slice(vstart, p)
        if (c === 64) {
          // a port group names ports: only a string field takes it
          if (info.type !== 'string') return undefined
          value = { _tag: 'PortGroup', name: ref }
        } else {
          if (info.type === 'string' || info.level === 'nominal') return undefined
          value = { _tag: 'AddressSet', name: ref }
        }
      } else if (c === 34 /* " */) {
        const vstart = p + 1
        p = vstart
        // plain strings only: no escapes, no control characters
        for (let d = s.charCodeAt(p); d !== 34; d = s.charCodeAt(++p)) if (!(d >= 32 && d !== 92 && d < 127)) return undefined
        if (info.type !== 'string') return undefined
        value = { _tag: 'String', value: s.slice(vstart, p) }
        p++
      } else if (isDigit(c)) {
        const vstart = p
        let v = 0
        while (isDigit(s.charCodeAt(p))) v = v * 10 + (s.charCodeAt(p++) - 48)
        const len = p - vstart
        // no leading zero, exact in a double, and nothing that would make it another number
        if (len > 15 || (len > 1 && c === 48) || isIdN(s.charCodeAt(p)) || s.charCodeAt(p) === 58 || s.charCodeAt(p) === 47) return undefined
        // an integer field as wide as the value; nominal fields and predicates take the slow path
        if (info.type !== 'integer' || info.level !== 'ordinal' || info.kind === 'predicate') return undefined
        if (v >= 2 ** info.width) return undefined
        value = { _tag: 'Integer', value: BigInt(v), format: 'decimal' }
      } else return undefined
      terms.push({ _tag: 'Cmp', field: { name }, op: '==', value })
    } else {
      // a bare symbol: a one-bit non-string symbol tested positively, nominal only as a predicate
      if (info.type === 'string' || info.width !== 1 || (info.level === 'nominal' && info.kind !== 'predicate')) return undefined
      terms.push({ _tag: 'Sym', field: { name } })
    }
    if (p === n) break
    if (!(s.charCodeAt(p) === 32 && s.charCodeAt(p + 1) === 38 && s.charCodeAt(p + 2) === 38 && s.charCodeAt(p + 3) === 32)) return undefined
    p += 4
  }
  return terms.length === 1 ? terms[0] : { _tag: 'And', exprs: terms }
}
