/**
 * Which objects are DSL values: those a constructor built (checked, then frozen). An
 * object that only carries a value's `_tag` — plain data from a `.json` file, a copy
 * spread from a value (`{ ...port, name: 'x' }`) — was never checked, so it is not one.
 *
 * The record is a module-private class field rather than a property on the value: it adds
 * nothing to a value's keys, so structural equality, `deepEqual` in tests, printing and
 * the incremental planner's pointer comparisons see values as before, and no plain data
 * can name it. Nothing holds the values: the record lives and dies with the value.
 *
 * @module
 * @internal
 */

// The record is a private class field stamped on the value (the base constructor returns
// the object it is given, so the derived class's field lands on that object): invisible to
// Object.keys, Reflect.ownKeys, JSON, structuredClone and spread copies, as a WeakSet
// entry was, without a table that grows with every value built. Stamped before the value
// is frozen: engines may refuse to add private fields to frozen objects.
class Returns {
  constructor(o: object) {
    return o
  }
}
class Built extends Returns {
  #built = true
  static has(o: object): boolean {
    return #built in o
  }
}

/**
 * Records a value a constructor built (after its checks, before it is frozen).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { brand, isBuilt } from './brand.js'
 * isBuilt(Object.freeze(brand({ _tag: 'Demo' }))) // true
 */
export const brand = <A>(a: A): A => {
  if (typeof a === 'object' && a !== null && !isBuilt(a)) {
    if (Object.isExtensible(a)) new Built(a)
    else frozen.add(a)
  }
  return a
}

// what was already frozen when recorded (Problems.result given a frozen value by a caller):
// no private field can be added to it safely, so it is recorded here
const frozen = new WeakSet<object>()

/**
 * Whether an object was built by a DSL constructor (not merely shaped like a value).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { isBuilt } from './brand.js'
 * isBuilt({ _tag: 'SwitchPort', name: 'vm-a' }) // false: plain data with a tag
 */
export const isBuilt = (x: unknown): boolean => typeof x === 'object' && x !== null && (Built.has(x) || frozen.has(x))

/**
 * The message for an object that carries a value's `_tag` without being one: what to do
 * instead, naming the constructor.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { forgedMessage } from './brand.js'
 * forgedMessage('SwitchPort', 'switchPort')
 */
export const forgedMessage = (tag: string, constructor: string): string =>
  `carries _tag "${tag}" but was not built by ${constructor}(...) (plain data, or a copy spread from a value): build it with ${constructor}(...), or give its input without "_tag"`
