/** Counts the transactions a client sends (a guard sees every one). */
import * as E from 'fp-ts/lib/Either.js'
import type { Client } from '../../src/ovsdb/index.js'

export const counting = (c: Client): { count: number } => {
  const n = { count: 0 }
  c.addGuard(() => {
    n.count++
    return E.right(undefined)
  })
  return n
}
