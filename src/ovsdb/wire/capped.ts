/**
 * An io-ts array codec whose failures cost at most {@link MAX_PROBLEMS} error objects.
 * `t.readonlyArray` validates every element and keeps an error (with its context array)
 * for each wrong one: 20 MB of wrongly typed elements from a server cost gigabytes.
 * Here elements are tested with `is` (no allocation); only the first few wrong ones are
 * validated for their messages, the rest are counted.
 *
 * Internal to the OVSDB layer (not exported by `ovn-nb/ovsdb`).
 *
 * @module
 */
import * as t from '../../deps/io-ts.js'
import { MAX_PROBLEMS, moreError } from './paths.js'

/** Like `t.readonlyArray(item)`, with failures capped. */
export const cappedArray = <C extends t.Mixed>(item: C, name = `ReadonlyArray<${item.name}>`): t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown> =>
  new t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown>(
    name,
    (u): u is ReadonlyArray<t.TypeOf<C>> => {
      if (!Array.isArray(u)) return false
      for (let i = 0; i < u.length; i++) if (!item.is(u[i])) return false
      return true
    },
    (u, c) => {
      if (!Array.isArray(u)) return t.failure(u, c, 'expected an array')
      const xs: ReadonlyArray<unknown> = u
      const errors: t.ValidationError[] = []
      let listed = 0
      let more = 0
      let out: unknown[] | undefined // a copy only when an element decodes to a new value
      for (let i = 0; i < xs.length; i++) {
        const x = xs[i]
        if (item.is(x)) continue
        if (listed >= MAX_PROBLEMS) {
          more++
          continue
        }
        const r = item.validate(x, [...c, { key: String(i), type: item, actual: x }])
        if (r._tag === 'Left') {
          listed++
          for (const e of r.left) errors.push(e)
        } else if (r.right !== x) (out ??= xs.slice())[i] = r.right
      }
      if (more > 0) errors.push(moreError(c, more))
      return errors.length > 0 ? t.failures(errors) : t.success((out ?? xs) as ReadonlyArray<t.TypeOf<C>>)
    },
    (a) => (item.encode === t.identity ? a : a.map((x) => item.encode(x) as t.OutputOf<C>)),
  )
