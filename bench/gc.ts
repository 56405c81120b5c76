/**
 * A full garbage collection the benches can call without `--expose-gc`: the flag can be
 * set at run time, and a new context then sees the `gc` function. Two collections, so
 * that what the first one finalizes is collected too.
 */
import * as v8 from 'node:v8'
import * as vm from 'node:vm'

let gcFn: (() => void) | undefined

/** A full GC (twice). */
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
