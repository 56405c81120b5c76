/**
 * What several benches share: a full GC without `--expose-gc`, a server for the length
 * of a function, and the right side of an Either or a thrown error.
 */
import * as v8 from 'node:v8'
import * as vm from 'node:vm'
import * as E from 'fp-ts/lib/Either.js'
import { startOvsdb, type OvsdbServer } from '../test/support/ovsdb.js'

/** The right side, or an error naming what failed and the left side (its first 500 characters). */
export const must = <A>(r: E.Either<unknown, A>, what: string): A => {
  if (E.isLeft(r)) throw new Error(`${what}: ${JSON.stringify(r.left).slice(0, 500)}`)
  return r.right
}

/** Runs f with a fresh ovsdb-server, stopped afterwards whatever f does. */
export const withServer = async <A>(f: (s: OvsdbServer) => Promise<A>): Promise<A> => {
  const server = await startOvsdb()
  try {
    return await f(server)
  } finally {
    await server.stop()
  }
}

let gcFn: (() => void) | undefined

/**
 * A full GC, twice (what the first finalizes is collected too); without `--expose-gc`
 * the flag is set at run time, and a new context then sees the `gc` function.
 */
export const fullGc = (): void => {
  if (gcFn === undefined) {
    const g = (globalThis as { gc?: () => void }).gc
    if (typeof g === 'function') gcFn = g
    else {
      v8.setFlagsFromString('--expose-gc')
      gcFn = vm.runInNewContext('gc') as () => void
    }
  }
  gcFn()
  gcFn()
}
