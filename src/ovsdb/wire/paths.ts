/**
 * Turning io-ts validation errors into {@link PathError}s with readable paths.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { PathError } from '../errors.js'

const isIndex = /^\d+$/

/**
 * The path of an io-ts context as `a.b[3].c`, skipping the unnamed union/intersection
 * layers io-ts inserts.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import * as t from 'io-ts'
 * import { pathOf } from 'ovn-nb/ovsdb'
 * const r = t.type({ a: t.array(t.string) }).decode({ a: [1] })
 * // pathOf(r.left[0].context) === 'a[0]'
 */
export const pathOf = (context: t.Context): string => {
  let out = ''
  for (let i = 1; i < context.length; i++) {
    const key = context[i]!.key
    if (key === '') continue
    const parent = context[i - 1]!.type as { _tag?: string }
    if (parent._tag === 'UnionType' || parent._tag === 'IntersectionType') continue
    out += isIndex.test(key) ? `[${key}]` : out === '' ? key : `.${key}`
  }
  return out
}

/**
 * Every io-ts error as a {@link PathError}, deduplicated by path.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import * as t from 'io-ts'
 * import { toPathErrors } from 'ovn-nb/ovsdb'
 * const r = t.type({ n: t.number }).decode({ n: 'x' })
 * if (r._tag === 'Left') toPathErrors(r.left) // [{ path: 'n', message: 'expected number, got "x"' }]
 */
export const toPathErrors = (errors: t.Errors): ReadonlyArray<PathError> => {
  const seen = new Map<string, PathError>()
  for (const e of errors) {
    const path = pathOf(e.context)
    if (seen.has(path)) continue
    const last = e.context[e.context.length - 1]
    const expected = last !== undefined ? last.type.name : 'value'
    const message = e.message ?? `expected ${expected}, got ${show(e.value)}`
    seen.set(path, { path, message })
  }
  return [...seen.values()]
}

const show = (v: unknown): string => {
  if (v === undefined) return 'nothing'
  const s = JSON.stringify(v)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}
