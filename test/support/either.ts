/** The value of a Right, or the test fails with the Left as the library prints it (formatError: every error it returns, JSON for anything else). */
import type { ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { formatError, type LibraryError } from '../../src/errors.js'

export const right = <A>(t: ExecutionContext, r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) {
    t.fail(typeof r.left === 'object' && r.left !== null ? formatError(r.left as LibraryError) : JSON.stringify(r.left))
    throw new Error('unexpected Left')
  }
  return r.right
}
