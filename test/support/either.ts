/** The value of a Right, or the test fails with the Left (shown as JSON). */
import type { ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'

export const right = <A>(t: ExecutionContext, r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) {
    t.fail(JSON.stringify(r.left))
    throw new Error('unexpected Left')
  }
  return r.right
}
