/**
 * The caller's replica, once it is current (see Replica.current): what apply and gc
 * plan from. Waits for a re-attach under way, up to a deadline, and then says why the
 * replica is still stale.
 *
 * @module
 * @internal
 */
import * as E from '../deps/Either.js'
import type { Replica } from '../ovsdb/replica.js'

/** Why the caller's replica could not be planned from. */
export interface ReplicaNotCurrent {
  readonly _tag: 'ReplicaNotCurrent'
  readonly ms: number
  readonly reason: string
}

/** Waits (bounded) until the replica is current. */
export const currentReplica = async (replica: Replica, ms: number): Promise<E.Either<ReplicaNotCurrent, Replica>> => {
  if (replica.current) return E.right(replica)
  const r = await replica.whenCurrent(ms)()
  return E.isLeft(r) ? E.left({ _tag: 'ReplicaNotCurrent', ms, reason: replica.staleReason ?? 'unknown' }) : r
}
