/**
 * fast-check arbitraries of match expressions: any syntactically valid tree (names and
 * types unchecked), well-typed trees that `validateMatch` accepts (generated knowing how
 * many `!` enclose each comparison, since OVN's nominal rules depend on it), and a noisy
 * printer that writes a tree the way people do (extra spaces, parentheses, comments,
 * constants first, upper case, leading zeros) for canonical-printing tests.
 */
import fc from 'fast-check'
import * as Expr from '../../../src/nb/match/Expr.js'
import * as Field from '../../../src/nb/match/Field.js'
import { fieldRef } from '../../../src/nb/match/Printer.js'
import * as Ip from '../../../src/nb/net/Ip.js'
import * as Mac from '../../../src/nb/net/Mac.js'
import * as arb from '../net/arbitraries.js'

// -------------------------------------------------------------------------------------
// syntactic trees
// -------------------------------------------------------------------------------------

export const name = fc.stringMatching(/^[A-Za-z_.][A-Za-z0-9_.]{0,8}$/)
const fieldName = fc.oneof(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.]{0,8}$/), fc.constantFrom(...Field.all.map((f) => f.name)))

const bits = fc.tuple(fc.nat(200), fc.nat(200)).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }))
export const anyFieldRef: fc.Arbitrary<Expr.FieldRef> = fc.oneof(
  fieldName.map((n) => ({ name: n })),
  fc.tuple(fieldName, bits).map(([n, b]) => ({ name: n, bits: b })),
)

const integer: fc.Arbitrary<Expr.Integer> = fc.oneof(
  fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((v) => Expr.int(v)),
  fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }).map((v) => Expr.hex(v)),
  fc.constantFrom(Expr.int(0), Expr.int(1), Expr.hex(0), Expr.hex(0x800)),
)
const literal: fc.Arbitrary<Expr.Literal> = fc.oneof(integer, arb.mac, arb.ipv4, arb.ipv6)
const sameFormat = (l: Expr.Literal): fc.Arbitrary<Expr.Literal> => {
  switch (l._tag) {
    case 'Integer':
      return l.format === 'decimal'
        ? fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((v) => Expr.int(v))
        : fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }).map((v) => Expr.hex(v))
    case 'Mac':
      return arb.mac
    case 'Ipv4':
      return arb.ipv4
    case 'Ipv6':
      return arb.ipv6
  }
}
const maskedOrPrefix = literal.chain((v) => sameFormat(v).map((m) => Expr.masked(v, m)))
const prefix = arb.ifAddr.map((a) => Expr.prefix(a.address, a.prefix))

export const anyConstant: fc.Arbitrary<Expr.Constant> = fc.oneof(
  literal,
  maskedOrPrefix,
  prefix,
  fc.string({ unit: 'grapheme', maxLength: 8 }).map(Expr.str),
  fc.string({ maxLength: 8 }).map(Expr.str),
  name.map(Expr.addressSet),
  name.map(Expr.portGroup),
)
const anyOperand: fc.Arbitrary<Expr.Operand> = fc.oneof(
  { weight: 3, arbitrary: anyConstant },
  { weight: 1, arbitrary: fc.array(anyConstant, { minLength: 1, maxLength: 4 }).map((values): Expr.ConstantSet => ({ _tag: 'Set', values })) },
)
const relop = fc.constantFrom<Expr.RelOp>('==', '!=', '<', '<=', '>', '>=')
const rangeOp = fc.constantFrom<Expr.RangeOp>('<', '<=')

export const anyExpr: fc.Arbitrary<Expr.Expr> = fc.letrec<{ expr: Expr.Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean().map((value): Expr.Expr => ({ _tag: 'Bool', value })),
    fc.record({ _tag: fc.constant('Cmp' as const), field: anyFieldRef, op: relop, value: anyOperand }),
    fc.record({ _tag: fc.constant('Range' as const), low: anyConstant, lowOp: rangeOp, field: anyFieldRef, highOp: rangeOp, high: anyConstant }),
    fc.record({ _tag: fc.constant('Sym' as const), field: anyFieldRef }),
    fc.string({ maxLength: 8 }).map(Expr.chassisResident),
    tie('expr').map((expr): Expr.Expr => ({ _tag: 'Not', expr })),
    fc.array(tie('expr'), { minLength: 2, maxLength: 4 }).map((exprs): Expr.Expr => ({ _tag: 'And', exprs })),
    fc.array(tie('expr'), { minLength: 2, maxLength: 4 }).map((exprs): Expr.Expr => ({ _tag: 'Or', exprs })),
  ),
})).expr

// -------------------------------------------------------------------------------------
// well-typed trees
// -------------------------------------------------------------------------------------

const byName = (n: Field.FieldName): Field.FieldInfo => Field.lookup(n) as Field.FieldInfo
const fieldsWhere = (p: (f: Field.FieldInfo) => boolean): ReadonlyArray<Field.FieldInfo> => Field.all.filter(p)
const ordinalInts = fieldsWhere((f) => f.level === 'ordinal' && f.type === 'integer' && f.kind !== 'predicate' && f.width > 1)
const nominalInts = fieldsWhere((f) => f.level === 'nominal' && f.type === 'integer' && f.kind === 'field')
const oneBit = fieldsWhere((f) => f.kind !== 'predicate' && f.width === 1)
const booleanPredicates = fieldsWhere((f) => f.kind === 'predicate' && f.level === 'boolean')
const nominalPredicates = fieldsWhere((f) => f.kind === 'predicate' && f.level === 'nominal')
const ofType = (t: Field.FieldType) => fieldsWhere((f) => f.type === t)

const intOfWidth = (w: number): fc.Arbitrary<Expr.Integer> => {
  const max = (1n << BigInt(Math.min(w, 64))) - 1n
  return fc.oneof(
    fc.bigInt({ min: 0n, max }).map((v) => Expr.int(v)),
    fc.bigInt({ min: 0n, max: (1n << BigInt(w)) - 1n }).map((v) => Expr.hex(v)),
  )
}
const maskedInt = (w: number): fc.Arbitrary<Expr.Constant> => {
  const decimal = fc.bigInt({ min: 0n, max: (1n << BigInt(Math.min(w, 64))) - 1n })
  const hex = fc.bigInt({ min: 0n, max: (1n << BigInt(w)) - 1n })
  return fc.oneof(
    fc.tuple(decimal, decimal).map(([v, m]) => Expr.masked(Expr.int(v), Expr.int(m))),
    fc.tuple(hex, hex).map(([v, m]) => Expr.masked(Expr.hex(v), Expr.hex(m))),
  )
}

// A constant of an integer (sub)field of width w, and which forms are allowed.
const intConstant = (w: number, eqOnly: boolean): fc.Arbitrary<Expr.Constant> =>
  eqOnly ? fc.oneof(intOfWidth(w), maskedInt(w), name.map(Expr.addressSet)) : intOfWidth(w)

const addressConstant = (t: 'mac' | 'ipv4' | 'ipv6', eqOnly: boolean): fc.Arbitrary<Expr.Constant> => {
  const plain: fc.Arbitrary<Expr.Constant> = t === 'mac' ? arb.mac : t === 'ipv4' ? arb.ipv4 : arb.ipv6
  if (!eqOnly) return plain
  const masks: fc.Arbitrary<Expr.Constant> =
    t === 'mac'
      ? fc.tuple(arb.mac, arb.mac).map(([v, m]) => Expr.masked(v, m))
      : arb.ifAddr.filter((a) => Ip.family(a.address) === (t === 'ipv4' ? 4 : 6)).map((a) => Expr.prefix(a.address, a.prefix))
  return fc.oneof(plain, masks, name.map(Expr.addressSet))
}

const operandOf = (c: (eqOnly: boolean) => fc.Arbitrary<Expr.Constant>, op: Expr.RelOp): fc.Arbitrary<Expr.Operand> => {
  const eqOnly = op === '==' || op === '!='
  if (!eqOnly) return c(false)
  return fc.oneof(
    { weight: 3, arbitrary: c(true) },
    { weight: 1, arbitrary: fc.array(c(true), { minLength: 1, maxLength: 4 }).map((values): Expr.ConstantSet => ({ _tag: 'Set', values })) },
  )
}

// Comparisons valid whatever the number of enclosing `!`: ordinal fields, any operator.
const ordinalCmp: fc.Arbitrary<Expr.Expr> = fc.oneof(
  fc.tuple(fc.constantFrom(...ordinalInts), relop).chain(([f, op]) =>
    fc.oneof(
      operandOf((eqOnly) => intConstant(f.width, eqOnly), op).map((value) => Expr.cmp({ name: f.name }, op, value)),
      // a bit range of the field
      fc.tuple(fc.nat(f.width - 1), fc.nat(f.width - 1)).chain(([a, b]) => {
        const low = Math.min(a, b)
        const high = Math.max(a, b)
        return operandOf((eqOnly) => intConstant(high - low + 1, eqOnly), op).map((value) => Expr.cmp({ name: f.name, bits: { low, high } }, op, value))
      }),
    ),
  ),
  fc.tuple(fc.constantFrom(...ofType('mac'), ...ofType('ipv4'), ...ofType('ipv6')), relop).chain(([f, op]) =>
    operandOf((eqOnly) => addressConstant(f.type as 'mac' | 'ipv4' | 'ipv6', eqOnly), op).map((value) => Expr.cmp({ name: f.name }, op, value)),
  ),
  fc.tuple(fc.constantFrom(...ordinalInts), rangeOp, rangeOp).chain(([f, lo, hi]) =>
    fc.tuple(intOfWidth(f.width), intOfWidth(f.width)).map(([a, b]): Expr.Expr => ({ _tag: 'Range', low: a, lowOp: lo, field: { name: f.name }, highOp: hi, high: b })),
  ),
  fc.tuple(fc.constantFrom(...oneBit, ...booleanPredicates), fc.constantFrom<Expr.RelOp>('==', '!='), fc.constantFrom(0, 1)).map(([f, op, v]) =>
    Expr.cmp({ name: f.name }, op, Expr.int(v)),
  ),
)

// Nominal comparisons: only in the positive sense, counting the enclosing `!`.
const nominalCmp = (neg: boolean): fc.Arbitrary<Expr.Expr> => {
  const op: Expr.RelOp = neg ? '!=' : '=='
  return fc.oneof(
    fc.constantFrom(...nominalInts).chain((f) => operandOf((eqOnly) => intConstant(f.width, eqOnly).filter((c) => c._tag !== 'AddressSet' || eqOnly), op).map((value) => Expr.cmp({ name: f.name }, op, value))),
    fc.constantFrom(...ofType('string')).chain((f) =>
      operandOf(() => fc.oneof(fc.string({ maxLength: 8 }).map(Expr.str), name.map(Expr.portGroup)), op).map((value) => Expr.cmp({ name: f.name }, op, value)),
    ),
  )
}

const atom = (neg: boolean): fc.Arbitrary<Expr.Expr> =>
  fc.oneof(
    fc.boolean().map((value): Expr.Expr => ({ _tag: 'Bool', value })),
    fc.string({ maxLength: 8 }).map(Expr.chassisResident),
    fc.constantFrom(...oneBit, ...booleanPredicates).map((f) => Expr.sym({ name: f.name })),
    neg
      ? fc.constantFrom(...ordinalInts).map((f) => Expr.sym({ name: f.name })) // `!reg0` is reg0 == 0
      : fc.constantFrom(...nominalPredicates).map((f) => Expr.sym({ name: f.name })),
    ordinalCmp,
    ordinalCmp,
    nominalCmp(neg),
  )

export const typedExpr: fc.Arbitrary<Expr.Expr> = fc.letrec<{ pos: Expr.Expr; neg: Expr.Expr }>((tie) => {
  const node = (neg: boolean): fc.Arbitrary<Expr.Expr> =>
    fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom(neg),
      tie(neg ? 'pos' : 'neg').map((expr): Expr.Expr => ({ _tag: 'Not', expr })),
      fc.array(tie(neg ? 'neg' : 'pos'), { minLength: 2, maxLength: 4 }).map((exprs): Expr.Expr => ({ _tag: 'And', exprs })),
      fc.array(tie(neg ? 'neg' : 'pos'), { minLength: 2, maxLength: 4 }).map((exprs): Expr.Expr => ({ _tag: 'Or', exprs })),
    )
  return { pos: node(false), neg: node(true) }
}).pos

export const fieldInfo = byName

// -------------------------------------------------------------------------------------
// noisy printing
// -------------------------------------------------------------------------------------

/** Prints `e` as a person might, with choices taken from `noise`; the result means the same. */
export const noisyPrint = (e: Expr.Expr, noise: ReadonlyArray<number>): string => {
  let k = 0
  const pick = (n: number): number => {
    const v = noise.length === 0 ? 0 : (noise[k++ % noise.length] as number)
    return v % n
  }
  const ws = (): string => ['', ' ', '  ', '\t', ' /* c */ ', '\n'][pick(6)] as string
  const sp = (): string => [' ', '  ', '\t', ' /* c */ '][pick(4)] as string
  const hexDigits = (v: bigint): string => {
    const h = v.toString(16).padStart(pick(3) + 1, '0')
    return pick(2) === 0 ? h : h.toUpperCase()
  }
  const literal = (l: Expr.Literal): string => {
    switch (l._tag) {
      case 'Integer':
        return l.format === 'hex' ? `0${pick(2) === 0 ? 'x' : 'X'}${hexDigits(l.value)}` : l.value.toString()
      case 'Mac':
        return pick(2) === 0 ? Mac.print(l) : Mac.print(l).toUpperCase()
      case 'Ipv4':
        return Ip.print(l)
      case 'Ipv6': {
        const full = Array.from({ length: 8 }, (_, i) => ((l.value >> BigInt(112 - 16 * i)) & 0xffffn))
        return pick(2) === 0 ? Ip.print(l).toUpperCase() : full.map(hexDigits).join(':')
      }
    }
  }
  const constant = (c: Expr.Constant): string => {
    switch (c._tag) {
      case 'Masked':
        return `${literal(c.value)}/${literal(c.mask)}`
      case 'Prefix': {
        if (pick(3) === 0) {
          // the same prefix written as a netmask
          const bits = Ip.bits(Ip.family(c.address))
          const m = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - c.prefix)) - 1n)
          const mask = Ip.fromBigInt(Ip.family(c.address), m)
          if (mask._tag === 'Some') return `${literal(c.address)}/${literal(mask.value)}`
        }
        return `${literal(c.address)}/${c.prefix}`
      }
      case 'String':
        return pick(2) === 0 ? JSON.stringify(c.value) : `"${[...c.value].map((ch) => (ch === '"' || ch === '\\' ? `\\${ch}` : /[\u0000-\u001f]/.test(ch) ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : pick(5) === 0 && ch.length === 1 ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch)).join('')}"`
      case 'AddressSet':
        return `$${c.name}`
      case 'PortGroup':
        return `@${c.name}`
      default:
        return literal(c)
    }
  }
  const operand = (o: Expr.Operand): string =>
    o._tag === 'Set' ? `{${ws()}${o.values.map((v) => constant(v) + ws()).join(pick(2) === 0 ? `,${ws()}` : sp())}${pick(2) === 0 ? ',' : ''}}` : constant(o)
  const field = (f: Expr.FieldRef): string => {
    const b = f.bits
    if (b !== undefined && b.low === b.high && pick(2) === 0) return `${f.name}[${b.low}..${b.high}]`
    return fieldRef(f)
  }
  const turn: Readonly<Record<Expr.RelOp, Expr.RelOp>> = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' }
  const flip = (op: Expr.RangeOp): Expr.RelOp => (op === '<' ? '>' : '>=')
  const go = (x: Expr.Expr, top: boolean): string => {
    const wrap = (s: string): string => (pick(4) === 0 ? `(${ws()}${s}${ws()})` : s)
    switch (x._tag) {
      case 'Bool':
        return wrap(x.value ? '1' : '0')
      case 'Cmp':
        return wrap(
          x.value._tag !== 'Set' || pick(2) === 0
            ? pick(2) === 0
              ? `${field(x.field)}${ws()}${x.op}${ws()}${operand(x.value)}`
              : `${operand(x.value)}${ws()}${turn[x.op]}${ws()}${field(x.field)}`
            : `${field(x.field)}${ws()}${x.op}${ws()}${operand(x.value)}`,
        )
      case 'Range':
        return wrap(
          pick(2) === 0
            ? `${constant(x.low)}${ws()}${x.lowOp}${ws()}${field(x.field)}${ws()}${x.highOp}${ws()}${constant(x.high)}`
            : `${constant(x.high)}${ws()}${flip(x.highOp)}${ws()}${field(x.field)}${ws()}${flip(x.lowOp)}${ws()}${constant(x.low)}`,
        )
      case 'Sym':
        return wrap(field(x.field))
      case 'ChassisResident':
        return wrap(`is_chassis_resident(${ws()}${constant(Expr.str(x.port))}${ws()})`)
      case 'Not': {
        const inner = go(x.expr, false)
        const atomic = x.expr._tag === 'Sym' || x.expr._tag === 'Bool' || x.expr._tag === 'ChassisResident'
        return atomic && !inner.startsWith('(') && pick(2) === 0 ? `!${ws()}${inner}` : `!${ws()}(${ws()}${inner}${ws()})`
      }
      case 'And':
      case 'Or': {
        const op = x._tag === 'And' ? '&&' : '||'
        const s = x.exprs.map((sub) => (sub._tag === 'And' || sub._tag === 'Or' ? `(${ws()}${go(sub, false)}${ws()})` : go(sub, false))).join(`${sp()}${op}${sp()}`)
        return top ? s : s
      }
    }
  }
  return `${ws()}${go(e, true)}${ws()}`
}
