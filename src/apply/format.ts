/**
 * {@link ApplyError}s (and the OVSDB errors among them) as text for people: one line,
 * every problem listed.
 *
 * @module
 */
import { formatError } from '../ovsdb/errors.js'
import type { ApplyError } from './apply.js'

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim()

// every problem: the user fixes them all in one go (a long list is still one line each)
const listed = (xs: ReadonlyArray<string>): string => xs.join('; ')

// the flag that takes the conflicting rows over (--adopt-from takes unowned rows too)
const adoptHint = (cs: ReadonlyArray<{ readonly owner: string | undefined }>): string => {
  const owners = [...new Set(cs.flatMap((c) => (c.owner === undefined ? [] : [c.owner])))].sort()
  const flag = owners.length > 0 ? `--adopt-from ${owners.join(',')}` : '--adopt'
  return ` (${cs.length} row${cs.length === 1 ? '' : 's'}; ${flag} takes ${cs.length === 1 ? 'it' : 'them'} over)`
}

/**
 * An {@link ApplyError} (or an OVSDB error) as one line for people.
 *
 * @category errors
 * @since 0.1.0
 * @example
 * import { formatApplyError } from './format.js'
 * formatApplyError({ _tag: 'InvalidDesired', problems: [{ path: 'owner', message: 'the owner must not be empty' }] })
 * // 'invalid desired state: owner: the owner must not be empty'
 */
export const formatApplyError = (e: ApplyError): string => {
  switch (e._tag) {
    case 'InvalidDesired':
      return oneLine(`invalid desired state: ${listed(e.problems.map((p) => `${p.path}: ${p.message}`))}`)
    case 'Conflict':
      // every conflict: the user decides, row by row, what to adopt
      return oneLine(
        `conflict: ${e.conflicts.map((c) => c.message).join('; ')}${adoptHint(e.conflicts)}`,
      )
    case 'ConflictRetriesExhausted':
      return oneLine(`the database kept changing; gave up after ${e.attempts} attempts: ${formatError(e.last)}`)
    case 'ReplicaNotCurrent':
      return oneLine(`the replica is not current after ${e.ms} ms (${e.reason}): nothing planned, nothing sent`)
    case 'OutcomeUnknown':
      return oneLine(
        `the outcome of the transaction (${e.operations} operations) is unknown: ${formatError(e.cause)}; apply again to plan from what the database now holds`,
      )
    case 'Refused':
      return oneLine(
        `the server refused the change, and planning again from the database as it is gave the same operations: ${e.operation}: ${e.error.error}${e.error.details !== undefined ? `: ${e.error.details}` : ''}`,
      )
    case 'ReferencesDropped':
      return oneLine(
        `committed, but the server dropped ${e.dropped.length} weak reference(s) to rows that do not exist: ${listed(e.dropped.map((d) => `${d.table} ${d.identity} ${d.column} -> ${d.refTable} ${d.uuid}`))}; the database cannot hold the desired state until they exist`,
      )
    case 'WaitTimeout':
      return `${e.wait === 'sb' ? 'ovn-northd' : 'the chassis'} did not catch up within ${e.ms} ms: ${e.wait}_cfg is ${e.reached}, waiting for ${e.nbCfg}`
    default:
      return oneLine(formatError(e))
  }
}

