/**
 * Turning io-ts validation errors into {@link PathError}s with readable paths.
 *
 * @module
 */
import type * as t from 'io-ts'
import type { PathError } from '../errors.js'
import { preview } from './preview.js'

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
 * How many problems a decode error lists; past that it says how many more there were.
 * A hostile or broken server can send millions of wrong elements in one message: every
 * problem listed costs an object and a string, so the list is capped (the count is not).
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { MAX_PROBLEMS } from 'ovn-nb/ovsdb'
 * MAX_PROBLEMS // 20
 */
export const MAX_PROBLEMS = 20

/**
 * The last entry of a capped problem list: how many problems were not listed.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { moreProblems } from 'ovn-nb/ovsdb'
 * moreProblems('rows', 123456) // { path: 'rows', message: 'and 123456 more problems' }
 */
export const moreProblems = (path: string, n: number): PathError => ({ path, message: `and ${n} more problems` })

// the value of the io-ts error that stands for problems not listed (see moreError)
class More {
  constructor(readonly n: number) {}
}

/**
 * The io-ts error that stands for `n` problems a capped codec did not list (for codecs
 * that stop listing after {@link MAX_PROBLEMS}); {@link toPathErrors} adds them to the
 * count it reports.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import * as t from 'io-ts'
 * import { moreError, toPathErrors } from 'ovn-nb/ovsdb'
 * toPathErrors([moreError([], 5)]) // [{ path: '', message: 'and 5 more problems' }]
 */
export const moreError = (context: t.Context, n: number): t.ValidationError => ({
  value: new More(n),
  context,
  message: moreProblems('', n).message,
})

/**
 * Every io-ts error as a {@link PathError}, deduplicated by path, at most
 * {@link MAX_PROBLEMS} of them and then one that counts the rest.
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
  let more = 0
  for (const e of errors) {
    if (e.value instanceof More) {
      more += e.value.n
      continue
    }
    if (seen.size >= MAX_PROBLEMS) {
      more++
      continue
    }
    const path = pathOf(e.context)
    if (seen.has(path)) continue
    const last = e.context[e.context.length - 1]
    const expected = last !== undefined ? last.type.name : 'value'
    const message = e.message ?? `expected ${expected}, got ${show(e.value)}`
    seen.set(path, { path, message })
  }
  const out = [...seen.values()]
  if (more > 0) out.push(moreProblems('', more))
  return out
}

const show = (v: unknown): string => preview(v)
