/** What the DSL tests share: unwrapping, problem paths, and the laws every constructor keeps. */
import type { ExecutionContext } from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { isBuilt } from '../../../src/nb/dsl/brand.js'

export { ok } from './fixture.js'

/** The paths of the problems of a Left (empty for a Right). */
export const paths = (r: E.Either<_.DslError, unknown>): string[] => (E.isLeft(r) ? r.left.problems.map((p) => p.path) : [])

/** Whether a value and everything in it is frozen. */
export const deepFrozen = (v: unknown): boolean =>
  typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(deepFrozen))

/** Each input is refused with exactly these problem paths (in order). */
export const rejects = <I>(t: ExecutionContext, f: (i: I) => E.Either<_.DslError, unknown>, corpus: ReadonlyArray<readonly [I, ReadonlyArray<string>]>): void => {
  for (const [input, expected] of corpus) {
    const r = f(input)
    t.true(E.isLeft(r), `accepted ${JSON.stringify(input)}`)
    t.deepEqual(paths(r), [...expected], JSON.stringify(input))
    if (E.isLeft(r)) for (const p of r.left.problems) t.true(p.message.length > 0 && p.message !== 'undefined', p.message)
  }
}

/** A field that is mostly one of some valid values, sometimes anything at all. */
export const field = <A>(...valid: ReadonlyArray<A>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 4 }, { arbitrary: fc.anything(), weight: 1 })

/** An optional field: absent, valid, or anything. */
export const opt = <A>(...valid: ReadonlyArray<A>): fc.Arbitrary<unknown> => fc.oneof(fc.constant(undefined), field(...valid))

/**
 * The laws of a constructor on random input: it never throws; building the same input
 * twice gives equal results (Lefts with the same problems, Rights that are EqValue-equal
 * and deep-frozen); both outcomes occur.
 */
export const laws = <I>(t: ExecutionContext, f: (i: I) => E.Either<_.DslError, unknown>, input: fc.Arbitrary<unknown>, numRuns = 300): void => {
  let rights = 0
  let lefts = 0
  fc.assert(
    fc.property(input, (i) => {
      const a = f(i as I)
      const b = f(i as I)
      if (E.isLeft(a)) {
        lefts++
        return E.isLeft(b) && _.EqValue.equals(a.left.problems, b.left.problems)
      }
      rights++
      return E.isRight(b) && _.EqValue.equals(a.right, b.right) && deepFrozen(a.right)
    }),
    { numRuns },
  )
  t.true(rights > 0, 'no random input was accepted')
  t.true(lefts > 0, 'no random input was refused')
}

// every code of the IssueCode union: a Record over it, so that a new code must be listed
const CODES: Readonly<Record<_.IssueCode, true>> = {
  invalid_type: true, required: true, invalid_name: true, out_of_range: true, invalid_enum: true, invalid_mac: true, invalid_ip: true,
  invalid_cidr: true, invalid_address: true, invalid_match: true, duplicate_name: true, duplicate_entry: true, unknown_reference: true,
  ambiguous_reference: true, unresolved_reference: true, conflict: true, forged_value: true, not_validated: true, invalid_value: true, owned_by_other: true,
  refused_by_server: true, outcome_unknown: true, reference_dropped: true, retries_exhausted: true, replica_not_current: true,
  schema_mismatch: true, invalid_operation: true, timeout: true, unreachable: true, protocol_error: true, error: true,
}

/** Every code of the {@link _.IssueCode} union. */
export const ISSUE_CODES: ReadonlySet<string> = new Set(Object.keys(CODES))

/**
 * Runs `f` (synchronously) watching every problem the DSL records (Problems.add, the one
 * door of DSL problems): the calls that gave no code of the union, as text.
 */
export const watchCodes = (f: () => void): ReadonlyArray<string> => {
  const missing: string[] = []
  const proto = _.Problems.prototype as unknown as { add: (path: unknown, message: string, code: unknown) => void }
  const add = proto.add
  proto.add = function (this: unknown, path: unknown, message: string, code: unknown) {
    if (typeof code !== 'string' || !ISSUE_CODES.has(code)) missing.push(`${JSON.stringify(path)}: ${message} (code ${String(code)})`)
    return add.call(this, path, message, code)
  }
  try {
    f()
  } finally {
    proto.add = add
  }
  return missing
}

/**
 * A fast path against the full check it stands in for, on random input (issue 15: the
 * DSL's cold build). Where the fast path answers with a value (not `undefined`, not a
 * reason), the full check accepts the input and gives an equal value with the same key
 * order, and the fast value is deep-frozen and branded. `exported`, when given, is the
 * public function, which must give exactly what the full check gives, whichever path it
 * took. The fast path must answer often enough to be tested: more than 100 times.
 */
export const sameAsFullCheck = <I, A>(
  t: ExecutionContext,
  input: fc.Arbitrary<I>,
  paths: {
    readonly fast: (i: I) => A | string | undefined
    readonly full: (i: I) => E.Either<_.DslError, A>
    readonly exported?: (i: I) => E.Either<_.DslError, A>
  },
): void => {
  let answered = 0
  fc.assert(
    fc.property(input, (i) => {
      const full = paths.full(i)
      if (paths.exported !== undefined) t.deepEqual(paths.exported(i), full)
      const fast = paths.fast(i)
      if (fast === undefined || typeof fast === 'string') return
      answered++
      t.true(E.isRight(full), JSON.stringify(i))
      if (E.isLeft(full)) return
      t.deepEqual(fast, full.right)
      // every key of every object, in order: what printing and JSON output show
      t.is(JSON.stringify(fast), JSON.stringify(full.right))
      t.true(deepFrozen(fast))
      t.true(isBuilt(fast))
    }),
    { numRuns: 3000 },
  )
  t.true(answered > 100, `answered ${answered}`)
}
