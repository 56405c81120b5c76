/**
 * Which objects are DSL values: those a constructor built (checked, then frozen). An
 * object that only carries a value's `_tag` — plain data from a `.json` file, a copy
 * spread from a value (`{ ...port, name: 'x' }`) — was never checked, so it is not one.
 *
 * The record is a module-private `WeakSet` rather than a property on the value: it adds
 * nothing to a value's keys, so structural equality, `deepEqual` in tests, printing and
 * the incremental planner's pointer comparisons see values as before, and no plain data
 * can name it. Values are held weakly: nothing grows with the values a program drops.
 *
 * @module
 * @internal
 */

const built = new WeakSet<object>()

/**
 * Records a value a constructor built (after its checks and freezing).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { brand, isBuilt } from './brand.js'
 * isBuilt(brand(Object.freeze({ _tag: 'Demo' }))) // true
 */
export const brand = <A>(a: A): A => {
  if (typeof a === 'object' && a !== null) built.add(a)
  return a
}

/**
 * Whether an object was built by a DSL constructor (not merely shaped like a value).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { isBuilt } from './brand.js'
 * isBuilt({ _tag: 'SwitchPort', name: 'vm-a' }) // false: plain data with a tag
 */
export const isBuilt = (x: unknown): boolean => typeof x === 'object' && x !== null && built.has(x)

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
