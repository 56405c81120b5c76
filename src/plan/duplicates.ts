/**
 * Desired rows that share one identity: the database can hold only one row for them
 * (an indexed name is refused by the server; an unindexed one by the create's guard;
 * an ACL would be matched by one of them only), so the diff refuses the state before
 * any I/O and names both rows. Called by the diff where it meets such rows anyway: the
 * desired rows that match the same existing rows, and the rows to create, sorted by
 * identity (neighbours) — nothing is computed for a state without duplicates.
 *
 * @module
 * @internal
 */
import type { IssueCode } from '../issue.js'
import type { Slot } from './validate.js'

/** A problem of the desired state, as {@link PlanError} lists them. */
export interface Problem {
  readonly path: string
  readonly message: string
  /** Given where the problem is found (never read from the message). */
  readonly code: IssueCode
}

const NONE: ReadonlyArray<Problem> = []

/** A problem as `PlanError`'s `problems` lists it (path and message; its code is in `issues`). */
export const textProblem = (x: Problem): { readonly path: string; readonly message: string } => ({ path: x.path, message: x.message })

const problem = (first: Slot, other: Slot, identity: string): Problem => ({
  path: `rows[${other.index}]`,
  message: `${other.row.table} "${other.row.id}" has the identity of rows[${first.index}] ("${first.row.id}"): ${identity}; the database holds one row per identity`,
  code: 'duplicate_name',
})

/** Rows known to share one identity (they matched the same existing rows): every one after the first. */
export const sameIdentity = (slots: ReadonlyArray<Slot>, identity: string): ReadonlyArray<Problem> =>
  slots.length < 2 ? NONE : slots.slice(1).map((s) => problem(slots[0]!, s, identity))

/** Rows sorted by table, then identity key (their `key` made): neighbours with the same key. */
export const adjacentDuplicates = (sorted: ReadonlyArray<Slot>, describe: (key: string) => string): ReadonlyArray<Problem> => {
  let out: Problem[] | undefined
  let first = sorted[0]
  for (let i = 1; i < sorted.length; i++) {
    const s = sorted[i]!
    if (s.row.table === first!.row.table && s.key === first!.key) (out ??= []).push(problem(first!, s, describe(s.key!)))
    else first = s
  }
  return out ?? NONE
}
