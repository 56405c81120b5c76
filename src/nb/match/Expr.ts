/**
 * OVN match expressions as an immutable tree, and a typed builder for them.
 *
 * The tree is syntactic: it keeps what a canonical printer needs to reproduce the
 * expression (`tcp.dst == {80, 443}` stays a comparison with a set; parentheses that
 * group `&&` inside `||` are implied by the nesting), so `parse(print(e))` gives `e`
 * back. Constants reuse the network values of `Net` (MAC, IPv4, IPv6). Strings are
 * printed as JSON strings, so no value can change the structure of an expression; names
 * of address sets and port groups are checked by `render`/`validateMatch`.
 *
 * @example
 * import { Match } from 'ovn-nb'
 * const M = Match.Expr
 * const e = M.and(M.eq('outport', M.portGroup('pg_web')), M.sym('ip4'), M.eq('tcp.dst', [80, 443]))
 * Match.render(e) // right('outport == @pg_web && ip4 && tcp.dst == {80, 443}')
 *
 * @module
 */
import * as Eq_ from '../../deps/Eq.js'
import type * as Cidr from '../net/Cidr.js'
import type * as IfAddr from '../net/IfAddr.js'
import * as Ip from '../net/Ip.js'
import type * as Ipv4 from '../net/Ipv4.js'
import type * as Ipv6 from '../net/Ipv6.js'
import type * as Mac from '../net/Mac.js'
import type { FieldName, StringFieldName } from './Field.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Relational operators.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const op: Match.Expr.RelOp = '>='
 */
export type RelOp = '==' | '!=' | '<' | '<=' | '>' | '>='

/**
 * The operators allowed on the sides of a range (`low < field <= high`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const op: Match.Expr.RangeOp = '<='
 */
export type RangeOp = '<' | '<='

/**
 * A bit range `[low..high]` of a field (`[n]` when `low === high`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const pcp: Match.Expr.Bits = { low: 13, high: 15 } // vlan.tci[13..15]
 */
export interface Bits {
  readonly low: number
  readonly high: number
}

/**
 * A field, subfield or predicate by name, optionally narrowed to a bit range.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const f: Match.Expr.FieldRef = { name: 'eth.dst', bits: { low: 40, high: 40 } } // eth.dst[40]
 */
export interface FieldRef {
  readonly name: string
  readonly bits?: Bits
}

/**
 * An integer constant, written in decimal or hexadecimal (`0x800`); the format is kept so
 * printing gives the constant back as written (hex digits lowercase, no leading zeros).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const ethType: Match.Expr.Integer = { _tag: 'Integer', value: 0x800n, format: 'hex' }
 */
export interface Integer {
  readonly _tag: 'Integer'
  readonly value: bigint
  readonly format: 'decimal' | 'hex'
}

/**
 * A constant that is a single value: an integer, MAC, IPv4 or IPv6 address.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const l: Match.Expr.Literal = { _tag: 'Ipv4', value: 0x0a000001 }
 */
export type Literal = Integer | Mac.Mac | Ipv4.Ipv4 | Ipv6.Ipv6

/**
 * A masked constant `value/mask`, both in the same format (`00:00:00:00:00:01/ff:ff:ff:00:00:00`,
 * `0x800/0xf00`). An IPv4 or IPv6 mask that is a CIDR mask is a {@link Prefix} instead.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const m: Match.Expr.Masked = { _tag: 'Masked', value: { _tag: 'Mac', value: 1 }, mask: { _tag: 'Mac', value: 0xffffff000000 } }
 */
export interface Masked {
  readonly _tag: 'Masked'
  readonly value: Literal
  readonly mask: Literal
}

/**
 * An address with a CIDR prefix length (`10.0.0.0/8`, `fd00::/64`). The host bits are
 * kept as written (OVN ignores them).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const p: Match.Expr.Prefix = { _tag: 'Prefix', address: { _tag: 'Ipv4', value: 0x0a000000 }, prefix: 8 }
 */
export interface Prefix {
  readonly _tag: 'Prefix'
  readonly address: Ip.Ip
  readonly prefix: number
}

/**
 * A string constant (a logical port name), printed as a JSON string.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const s: Match.Expr.Str = { _tag: 'String', value: 'lsp1' }
 */
export interface Str {
  readonly _tag: 'String'
  readonly value: string
}

/**
 * A reference to an `Address_Set` by name: `$name`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const r: Match.Expr.AddressSetRef = { _tag: 'AddressSet', name: 'a1234' }
 */
export interface AddressSetRef {
  readonly _tag: 'AddressSet'
  readonly name: string
}

/**
 * A reference to a `Port_Group` by name: `@name`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const r: Match.Expr.PortGroupRef = { _tag: 'PortGroup', name: 'pg_web' }
 */
export interface PortGroupRef {
  readonly _tag: 'PortGroup'
  readonly name: string
}

/**
 * Any constant.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const cs: ReadonlyArray<Match.Expr.Constant> = [Match.Expr.int(80), Match.Expr.str('lsp1'), Match.Expr.addressSet('a1')]
 */
export type Constant = Literal | Masked | Prefix | Str | AddressSetRef | PortGroupRef

/**
 * A set of constants in braces, `{80, 443}`: with `==` any of them, with `!=` none.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const s: Match.Expr.ConstantSet = Match.Expr.set([80, 443])
 */
export interface ConstantSet {
  readonly _tag: 'Set'
  readonly values: ReadonlyArray<Constant>
}

/**
 * The right-hand side of a comparison.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const o: Match.Expr.Operand = Match.Expr.set([Match.Expr.addressSet('a1'), Match.Expr.addressSet('a2')])
 */
export type Operand = Constant | ConstantSet

/**
 * The constant `1` (true: matches every packet) or `0` (false).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.TRUE) // '1'
 */
export interface Bool {
  readonly _tag: 'Bool'
  readonly value: boolean
}

/**
 * A comparison of a field with a constant or a set: `tcp.dst == {80, 443}`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('ip4.dst', Match.Expr.addressSet('a1'))) // 'ip4.dst == $a1'
 */
export interface Cmp {
  readonly _tag: 'Cmp'
  readonly field: FieldRef
  readonly op: RelOp
  readonly value: Operand
}

/**
 * A range test `low < field <= high` (either operator may be `<` or `<=`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.between('tcp.dst', 1000, 2000)) // '1000 <= tcp.dst <= 2000'
 */
export interface Range {
  readonly _tag: 'Range'
  readonly low: Constant
  readonly lowOp: RangeOp
  readonly field: FieldRef
  readonly highOp: RangeOp
  readonly high: Constant
}

/**
 * A bare one-bit field or predicate, true when it is 1: `ct.est`, `ip4`, `vlan.tci[12]`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.sym('ct.est')) // 'ct.est'
 */
export interface Sym {
  readonly _tag: 'Sym'
  readonly field: FieldRef
}

/**
 * Negation. OVN requires parentheses around a negated comparison, so
 * `not(eq('tcp.dst', 80))` prints as `!(tcp.dst == 80)`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.not(Match.Expr.sym('ct.rel'))) // '!ct.rel'
 */
export interface Not {
  readonly _tag: 'Not'
  readonly expr: Expr
}

/**
 * Conjunction of two or more expressions. OVN refuses `&&` and `||` side by side without
 * parentheses, so an `Or` inside an `And` is always printed in parentheses.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.and(Match.Expr.sym('ip4'), Match.Expr.or(Match.Expr.sym('tcp'), Match.Expr.sym('udp'))))
 * // 'ip4 && (tcp || udp)'
 */
export interface And {
  readonly _tag: 'And'
  readonly exprs: ReadonlyArray<Expr>
}

/**
 * Disjunction of two or more expressions.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.or(Match.Expr.sym('ip4'), Match.Expr.sym('ip6'))) // 'ip4 || ip6'
 */
export interface Or {
  readonly _tag: 'Or'
  readonly exprs: ReadonlyArray<Expr>
}

/**
 * `is_chassis_resident("port")`: true on the chassis where the logical port resides.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.chassisResident('cr-lrp0')) // 'is_chassis_resident("cr-lrp0")'
 */
export interface ChassisResident {
  readonly _tag: 'ChassisResident'
  readonly port: string
}

/**
 * A match expression.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const e: Match.Expr.Expr = Match.Expr.and(Match.Expr.sym('ct.est'), Match.Expr.not(Match.Expr.sym('ct.rel')))
 */
export type Expr = Bool | Cmp | Range | Sym | Not | And | Or | ChassisResident

// -------------------------------------------------------------------------------------
// constructors: constants
// -------------------------------------------------------------------------------------

/**
 * A decimal integer constant.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Expr.int(443) // { _tag: 'Integer', value: 443n, format: 'decimal' }
 */
export const int = (n: number | bigint): Integer => ({ _tag: 'Integer', value: toBigInt(n), format: 'decimal' })

/**
 * A hexadecimal integer constant.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('eth.type', Match.Expr.hex(0x86dd))) // 'eth.type == 0x86dd'
 */
export const hex = (n: number | bigint): Integer => ({ _tag: 'Integer', value: toBigInt(n), format: 'hex' })

// Non-integers become -1n, which the checker refuses, rather than throwing here.
const toBigInt = (n: number | bigint): bigint => (typeof n === 'bigint' ? n : Number.isSafeInteger(n) ? BigInt(n) : -1n)

/**
 * A string constant (printed JSON-quoted, so it is always a single constant).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('inport', Match.Expr.str('a" || 1 || "'))) // 'inport == "a\" || 1 || \""'
 */
export const str = (value: string): Str => ({ _tag: 'String', value })

/**
 * A reference to an address set, `$name`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('ip4.src', Match.Expr.addressSet('a1234'))) // 'ip4.src == $a1234'
 */
export const addressSet = (name: string): AddressSetRef => ({ _tag: 'AddressSet', name })

/**
 * A reference to a port group, `@name`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('outport', Match.Expr.portGroup('pg_x'))) // 'outport == @pg_x'
 */
export const portGroup = (name: string): PortGroupRef => ({ _tag: 'PortGroup', name })

/**
 * An address with a prefix length.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('ip4.dst', Match.Expr.prefix({ _tag: 'Ipv4', value: 0x0a000000 }, 8))) // 'ip4.dst == 10.0.0.0/8'
 */
export const prefix = (address: Ip.Ip, length: number): Prefix => ({ _tag: 'Prefix', address, prefix: length })

const cidrLength = (mask: Ip.Ip): number | undefined => {
  const bits = Ip.bits(Ip.family(mask))
  const m = Ip.toBigInt(mask)
  for (let n = 0; n <= bits; n++) {
    const want = ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - n)) - 1n)
    if (m === want) return n
  }
  return undefined
}

/**
 * A masked constant. As OVN prints them, an IPv4/IPv6 mask that is a CIDR mask becomes a
 * prefix length, and a decimal `0` under a hex mask becomes hex.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('eth.type', Match.Expr.masked(Match.Expr.hex(0x800), Match.Expr.hex(0xf00)))) // 'eth.type == 0x800/0xf00'
 * Match.print(Match.Expr.eq('ip4.dst', Match.Expr.masked({ _tag: 'Ipv4', value: 0x0a000000 }, { _tag: 'Ipv4', value: 0xff000000 }))) // 'ip4.dst == 10.0.0.0/8'
 */
export const masked = (value: Literal, mask: Literal): Masked | Prefix => {
  if ((value._tag === 'Ipv4' || value._tag === 'Ipv6') && mask._tag === value._tag && Ip.isValid(mask)) {
    const n = cidrLength(mask)
    if (n !== undefined) return prefix(value, n)
  }
  if (value._tag === 'Integer' && mask._tag === 'Integer' && value.format === 'decimal' && mask.format === 'hex' && value.value === 0n)
    return { _tag: 'Masked', value: hex(0), mask }
  return { _tag: 'Masked', value, mask }
}

/**
 * What the builder accepts as a constant: a JavaScript number or bigint (a decimal
 * integer), a string (a quoted string constant), a MAC or IP address, a CIDR network or
 * interface address (an address with a prefix), or a constant.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const vs: ReadonlyArray<Match.Expr.ValueInput> = [80, 'lsp1', Match.Expr.addressSet('a1')]
 */
export type ValueInput = number | bigint | string | Constant | Cidr.Cidr | IfAddr.IfAddr

/**
 * What the builder accepts for a string field (`inport`, `outport`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const v: Match.Expr.StringInput = Match.Expr.portGroup('pg1')
 */
export type StringInput = string | Str | PortGroupRef

/**
 * What the builder accepts for an integer, MAC or IP field.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const v: Match.Expr.IntegerInput = 443
 */
export type IntegerInput = number | bigint | Literal | Masked | Prefix | AddressSetRef | Cidr.Cidr | IfAddr.IfAddr

/**
 * The builder input accepted for a field: strings for string fields, numbers and
 * addresses for the others.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const v: Match.Expr.ValueFor<'inport'> = 'lsp1'
 */
export type ValueFor<F> = F extends StringFieldName ? StringInput : F extends FieldName ? IntegerInput : ValueInput

/**
 * Converts a builder input to a constant.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Expr.value(80) // { _tag: 'Integer', value: 80n, format: 'decimal' }
 * Match.Expr.value('lsp1') // { _tag: 'String', value: 'lsp1' }
 */
export const value = (v: ValueInput): Constant => {
  if (typeof v === 'number' || typeof v === 'bigint') return int(v)
  if (typeof v === 'string') return str(v)
  switch (v._tag) {
    case 'Cidr':
      return prefix(v.network, v.prefix)
    case 'IfAddr':
      return prefix(v.address, v.prefix)
    default:
      return v
  }
}

/**
 * A set of constants, `{...}`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('tcp.dst', Match.Expr.set([80, 443]))) // 'tcp.dst == {80, 443}'
 */
export const set = (values: ReadonlyArray<ValueInput>): ConstantSet => ({ _tag: 'Set', values: values.map(value) })

// -------------------------------------------------------------------------------------
// constructors: expressions
// -------------------------------------------------------------------------------------

/**
 * A field reference, optionally narrowed to bits `low..high` (or the single bit `low`).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq(Match.Expr.field('reg0', 0, 7), 5)) // 'reg0[0..7] == 5'
 */
export const field = (name: FieldName, low?: number, high?: number): FieldRef =>
  low === undefined ? { name } : { name, bits: { low, high: high ?? low } }

const ref = (f: FieldName | FieldRef): FieldRef => (typeof f === 'string' ? { name: f } : f)

/**
 * True.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.TRUE) // '1'
 */
export const TRUE: Bool = { _tag: 'Bool', value: true }

/**
 * False.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.FALSE) // '0'
 */
export const FALSE: Bool = { _tag: 'Bool', value: false }

/**
 * A comparison; an array of values becomes a set.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.cmp('tcp.dst', '>=', 1000)) // 'tcp.dst >= 1000'
 */
export const cmp = <F extends FieldName | FieldRef>(
  f: F,
  op: RelOp,
  v: ValueFor<F> | ReadonlyArray<ValueFor<F>> | Operand,
): Cmp => ({
  _tag: 'Cmp',
  field: ref(f),
  op,
  value: isArray(v) ? set(v) : isSet(v) ? v : value(v as ValueInput),
})

const isArray = (v: unknown): v is ReadonlyArray<ValueInput> => Array.isArray(v)
const isSet = (v: unknown): v is ConstantSet => typeof v === 'object' && v !== null && (v as { _tag?: unknown })._tag === 'Set'

/**
 * `field == value` (with an array: any of the values).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.eq('inport', 'lsp1')) // 'inport == "lsp1"'
 * Match.print(Match.Expr.eq('tcp.dst', [80, 443])) // 'tcp.dst == {80, 443}'
 */
export const eq = <F extends FieldName | FieldRef>(f: F, v: ValueFor<F> | ReadonlyArray<ValueFor<F>> | Operand): Cmp =>
  cmp(f, '==', v)

/**
 * `field != value` (with an array: none of the values).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.ne('ip4.src', Match.Expr.addressSet('exempt'))) // 'ip4.src != $exempt'
 */
export const ne = <F extends FieldName | FieldRef>(f: F, v: ValueFor<F> | ReadonlyArray<ValueFor<F>> | Operand): Cmp =>
  cmp(f, '!=', v)

/**
 * `field < value` (ordinal fields only).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.lt('tcp.src', 1024)) // 'tcp.src < 1024'
 */
export const lt = <F extends FieldName | FieldRef>(f: F, v: ValueFor<F>): Cmp => cmp(f, '<', v)

/**
 * `field <= value` (ordinal fields only).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.le('tcp.dst', 2000)) // 'tcp.dst <= 2000'
 */
export const le = <F extends FieldName | FieldRef>(f: F, v: ValueFor<F>): Cmp => cmp(f, '<=', v)

/**
 * `field > value` (ordinal fields only).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.gt('udp.dst', 1023)) // 'udp.dst > 1023'
 */
export const gt = <F extends FieldName | FieldRef>(f: F, v: ValueFor<F>): Cmp => cmp(f, '>', v)

/**
 * `field >= value` (ordinal fields only).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.ge('tcp.dst', 1000)) // 'tcp.dst >= 1000'
 */
export const ge = <F extends FieldName | FieldRef>(f: F, v: ValueFor<F>): Cmp => cmp(f, '>=', v)

/**
 * A range test with explicit operators: `low lowOp field highOp high`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.range(1023, '<', 'tcp.src', '<=', 49151)) // '1023 < tcp.src <= 49151'
 */
export const range = <F extends FieldName | FieldRef>(
  low: ValueFor<F>,
  lowOp: RangeOp,
  f: F,
  highOp: RangeOp,
  high: ValueFor<F>,
): Range => ({ _tag: 'Range', low: value(low), lowOp, field: ref(f), highOp, high: value(high) })

/**
 * The inclusive range `low <= field <= high` (a port range, say).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.between('tcp.dst', 1000, 2000)) // '1000 <= tcp.dst <= 2000'
 */
export const between = <F extends FieldName | FieldRef>(f: F, low: ValueFor<F>, high: ValueFor<F>): Range =>
  range(low, '<=', f, '<=', high)

/**
 * A bare one-bit field or predicate.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.and(Match.Expr.sym('ip6'), Match.Expr.sym('icmp6'))) // 'ip6 && icmp6'
 */
export const sym = (f: FieldName | FieldRef): Sym => ({ _tag: 'Sym', field: ref(f) })

/**
 * Negation (a double negation cancels out).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.not(Match.Expr.eq('ip4.src', Match.Expr.addressSet('a1')))) // '!(ip4.src == $a1)'
 */
export const not = (e: Expr): Expr => (e._tag === 'Not' ? e.expr : { _tag: 'Not', expr: e })

const junction =
  (tag: 'And' | 'Or', unit: Bool) =>
  (...es: ReadonlyArray<Expr>): Expr => {
    const flat = es.flatMap((e) => (e._tag === tag ? e.exprs : [e]))
    const [first, ...rest] = flat
    return first === undefined ? unit : rest.length === 0 ? first : { _tag: tag, exprs: flat }
  }

/**
 * Conjunction; nested conjunctions are flattened, one operand is returned as is, none
 * gives {@link TRUE}.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.and(Match.Expr.sym('ct.est'), Match.Expr.not(Match.Expr.sym('ct.rel')))) // 'ct.est && !ct.rel'
 */
export const and: (...es: ReadonlyArray<Expr>) => Expr = junction('And', TRUE)

/**
 * Disjunction; nested disjunctions are flattened, one operand is returned as is, none
 * gives {@link FALSE}.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.or(Match.Expr.sym('tcp'), Match.Expr.sym('udp'), Match.Expr.sym('sctp'))) // 'tcp || udp || sctp'
 */
export const or: (...es: ReadonlyArray<Expr>) => Expr = junction('Or', FALSE)

/**
 * `is_chassis_resident("port")`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.print(Match.Expr.and(Match.Expr.sym('ip4'), Match.Expr.chassisResident('cr-lrp'))) // 'ip4 && is_chassis_resident("cr-lrp")'
 */
export const chassisResident = (port: string): ChassisResident => ({ _tag: 'ChassisResident', port })

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The address sets and port groups an expression refers to (each name once, in order of
 * appearance) — the rows that must exist before a row with this match is written.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { pipe } from 'fp-ts/lib/function.js'
 * pipe(Match.validateMatch('outport == @pg_1 && ip4.src == {$a1, $a2}'), E.map(Match.Expr.references))
 * // right({ addressSets: ['a1', 'a2'], portGroups: ['pg_1'] })
 */
export const references = (e: Expr): { readonly addressSets: ReadonlyArray<string>; readonly portGroups: ReadonlyArray<string> } => {
  const addressSets = new Set<string>()
  const portGroups = new Set<string>()
  const constant = (c: Constant): void => {
    if (c._tag === 'AddressSet') addressSets.add(c.name)
    else if (c._tag === 'PortGroup') portGroups.add(c.name)
  }
  const go = (x: Expr): void => {
    switch (x._tag) {
      case 'Cmp':
        if (x.value._tag === 'Set') x.value.values.forEach(constant)
        else constant(x.value)
        return
      case 'Range':
        constant(x.low)
        constant(x.high)
        return
      case 'Not':
        return go(x.expr)
      case 'And':
      case 'Or':
        return x.exprs.forEach(go)
      default:
        return
    }
  }
  go(e)
  return { addressSets: [...addressSets], portGroups: [...portGroups] }
}

/**
 * The names of the fields and predicates an expression mentions (each once).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Expr.fields(Match.Expr.and(Match.Expr.sym('ip4'), Match.Expr.eq('tcp.dst', 80))) // ['ip4', 'tcp.dst']
 */
export const fields = (e: Expr): ReadonlyArray<string> => {
  const out = new Set<string>()
  const go = (x: Expr): void => {
    switch (x._tag) {
      case 'Cmp':
      case 'Range':
      case 'Sym':
        out.add(x.field.name)
        return
      case 'Not':
        return go(x.expr)
      case 'And':
      case 'Or':
        return x.exprs.forEach(go)
      default:
        return
    }
  }
  go(e)
  return [...out]
}

// -------------------------------------------------------------------------------------
// instances
// -------------------------------------------------------------------------------------

const eqBits = (a: Bits | undefined, b: Bits | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.low === b.low && a.high === b.high

const eqField = (a: FieldRef, b: FieldRef): boolean => a.name === b.name && eqBits(a.bits, b.bits)

const eqConstant = (a: Constant, b: Constant): boolean => {
  if (a._tag !== b._tag) return false
  switch (a._tag) {
    case 'Integer': {
      const y = b as Integer
      return a.value === y.value && a.format === y.format
    }
    case 'Mac':
    case 'Ipv4':
    case 'Ipv6':
      return a.value === (b as Literal).value
    case 'Masked': {
      const y = b as Masked
      return eqConstant(a.value, y.value) && eqConstant(a.mask, y.mask)
    }
    case 'Prefix': {
      const y = b as Prefix
      return a.prefix === y.prefix && Ip.Eq.equals(a.address, y.address)
    }
    case 'String':
      return a.value === (b as Str).value
    case 'AddressSet':
    case 'PortGroup':
      return a.name === (b as AddressSetRef | PortGroupRef).name
  }
}

const eqOperand = (a: Operand, b: Operand): boolean =>
  a._tag === 'Set' || b._tag === 'Set'
    ? a._tag === 'Set' && b._tag === 'Set' && a.values.length === b.values.length && a.values.every((v, i) => eqConstant(v, b.values[i] as Constant))
    : eqConstant(a, b)

const equals = (a: Expr, b: Expr): boolean => {
  switch (a._tag) {
    case 'Bool':
      return b._tag === 'Bool' && a.value === b.value
    case 'Cmp':
      return b._tag === 'Cmp' && a.op === b.op && eqField(a.field, b.field) && eqOperand(a.value, b.value)
    case 'Range':
      return (
        b._tag === 'Range' &&
        a.lowOp === b.lowOp &&
        a.highOp === b.highOp &&
        eqField(a.field, b.field) &&
        eqConstant(a.low, b.low) &&
        eqConstant(a.high, b.high)
      )
    case 'Sym':
      return b._tag === 'Sym' && eqField(a.field, b.field)
    case 'Not':
      return b._tag === 'Not' && equals(a.expr, b.expr)
    case 'And':
    case 'Or':
      return b._tag === a._tag && a.exprs.length === b.exprs.length && a.exprs.every((x, i) => equals(x, b.exprs[i] as Expr))
    case 'ChassisResident':
      return b._tag === 'ChassisResident' && a.port === b.port
  }
}

/**
 * Structural equality of expressions (the same tree; `a && b` and `b && a` differ).
 *
 * @category instances
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Expr.Eq.equals(Match.Expr.eq('tcp.dst', 80), Match.Expr.eq('tcp.dst', 80)) // true
 */
export const Eq: Eq_.Eq<Expr> = Eq_.fromEquals(equals)
