/**
 * Names that values refer to inside a topology (a port's `dhcpv4Options: 'net4'`, a
 * port group's `ports: ['vm-a']`): the scope `topology(...)` opens while it builds the
 * values of its input, and the lookup the constructors use. Internal to the DSL.
 *
 * The constructors keep their one-argument signature, so the scope is not passed to
 * them: `topology` sets it for the synchronous duration of its build (constructors
 * never await), and restores the one before, so that nothing outlives the call.
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What a name may refer to.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { RefKind } from './scope.js'
 * const k: RefKind = 'dhcpOptions'
 */
export type RefKind =
  | 'switchPort'
  | 'dhcpOptions'
  | 'addressSet'
  | 'loadBalancer'
  | 'loadBalancerGroup'
  | 'haChassisGroup'
  | 'mirror'
  | 'copp'
  | 'dns'

/**
 * What a name resolves to: a value; a value the topology declares but refused (its
 * problems are reported where it is declared, not again where it is named); two
 * different values; or nothing.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { Resolution } from './scope.js'
 * const r: Resolution = { _tag: 'Unknown' }
 */
export type Resolution =
  | { readonly _tag: 'Found'; readonly value: unknown }
  | { readonly _tag: 'Refused' }
  | { readonly _tag: 'Ambiguous' }
  | { readonly _tag: 'Unknown' }

/**
 * The names of one topology, by kind.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import { Scope } from './scope.js'
 * const s = new Scope()
 * s.declare('dhcpOptions', 'net4', { _tag: 'DhcpOptions' }, (a, b) => a === b)
 * s.resolve('dhcpOptions', 'net4') // { _tag: 'Found', value: ... }
 */
export class Scope {
  // a declared value as itself, or one of the markers below: no Resolution object per
  // name (a topology declares each of its ports), one is made when a name is resolved
  private readonly byKind = new Map<RefKind, Map<string, unknown>>()
  // Declarations not made yet, by kind, in order: a topology declares every port of its
  // switches, and a topology of values looks up no name at all, so they are made on the
  // first lookup of their kind. benchlab's W10k cold (bench/dslCold.ts, 10,100 ports):
  // 0.91x and 0.97x the wall time (medians of per-round ratios, two runs of 21 paired
  // fresh processes on a busy machine), 0.4 MB less promoted to the old generation.
  private readonly pending = new Map<RefKind, Array<() => void>>()

  /** Declares a name; `value` undefined: declared but refused. */
  declare(kind: RefKind, name: string, value: unknown, equals: (a: unknown, b: unknown) => boolean): void {
    const later = this.pending.get(kind)
    if (later !== undefined) later.push(() => this.declareNow(kind, name, value, equals))
    else this.declareNow(kind, name, value, equals)
  }

  /** Declares the names of values (each its `name`), as {@link declare} each would, when a name of their kind is first looked up. */
  declareEach(kind: RefKind, values: ReadonlyArray<{ readonly name: unknown }>, equals: (a: unknown, b: unknown) => boolean): void {
    let later = this.pending.get(kind)
    if (later === undefined) this.pending.set(kind, (later = []))
    later.push(() => {
      for (const v of values) if (typeof v.name === 'string') this.declareNow(kind, v.name, v, equals)
    })
  }

  private declareNow(kind: RefKind, name: string, value: unknown, equals: (a: unknown, b: unknown) => boolean): void {
    let m = this.byKind.get(kind)
    if (m === undefined) this.byKind.set(kind, (m = new Map()))
    const prev = m.get(name)
    const next = value === undefined ? REFUSED : value
    if (prev === undefined) m.set(name, next)
    else if (prev !== REFUSED && prev !== AMBIGUOUS && next !== REFUSED && !equals(prev, next)) m.set(name, AMBIGUOUS)
    else if (next === REFUSED && prev !== REFUSED && prev !== AMBIGUOUS) m.set(name, next)
  }

  resolve(kind: RefKind, name: string): Resolution {
    const later = this.pending.get(kind)
    if (later !== undefined) {
      this.pending.delete(kind)
      for (const f of later) f()
    }
    const v = this.byKind.get(kind)?.get(name)
    return v === undefined ? UNKNOWN_ : v === REFUSED ? REFUSED_ : v === AMBIGUOUS ? AMBIGUOUS_ : { _tag: 'Found', value: v }
  }
}

const REFUSED = Symbol('refused')
const AMBIGUOUS = Symbol('ambiguous')
const UNKNOWN_: Resolution = Object.freeze({ _tag: 'Unknown' })
const REFUSED_: Resolution = Object.freeze({ _tag: 'Refused' })
const AMBIGUOUS_: Resolution = Object.freeze({ _tag: 'Ambiguous' })

// -------------------------------------------------------------------------------------
// the current scope
// -------------------------------------------------------------------------------------

let current: Scope | undefined

/**
 * Runs `f` with `scope` as the current scope, restoring the previous one after.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { inScope, Scope } from './scope.js'
 * inScope(new Scope(), () => 1) // 1
 */
export const inScope = <A>(scope: Scope, f: () => A): A => {
  const prev = current
  current = scope
  try {
    return f()
  } finally {
    current = prev
  }
}

/**
 * The scope of the topology being built, if any.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { currentScope } from './scope.js'
 * currentScope() // undefined outside topology(...)
 */
export const currentScope = (): Scope | undefined => current
