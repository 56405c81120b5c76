/**
 * One formatter for every error the library returns: DSL and topology problems, the
 * planner's and apply's errors, OVSDB errors, and the CLI's load failures.
 *
 * @module
 */
import type { ApplyError } from './apply/apply.js'
import { formatApplyError } from './apply/format.js'
import { issueOf, type Issue, type IssueCode } from './issue.js'
import { formatDslError, netCode, type DslError } from './nb/dsl/common.js'
import { TopologyError } from './nb/dsl/parse.js'
import * as MatchError from './nb/match/MatchError.js'
import * as NetError from './nb/net/NetError.js'
import { formatError as formatOvsdbError, type OvsdbError } from './ovsdb/errors.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Every error the library returns (or throws, for {@link TopologyError}): DSL and
 * topology problems, the planner's and apply's errors, OVSDB errors, the address and
 * match parsers' errors, and anything else with a `message` (a CLI load failure, an
 * `Error`, a `LaunchError` of `ovn-nb/testing`).
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { LibraryError } from 'ovn-nb'
 * const e: LibraryError = { _tag: 'Timeout', method: 'transact', ms: 5000 }
 */
export type LibraryError = DslError | TopologyError | ApplyError | OvsdbError | NetError.NetError | MatchError.MatchError | { readonly message: string }

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

const NET_TAGS: ReadonlySet<string> = new Set(['InvalidMac', 'InvalidIpv4', 'InvalidIpv6', 'InvalidCidr', 'InvalidIfAddr', 'InvalidLspAddress', 'InvalidPortSecurity'])

// formatApplyError formats these too (its default case)
const OVSDB_TAGS: ReadonlySet<string> = new Set([
  'InvalidRemote',
  'TransportError',
  'ProtocolError',
  'RpcError',
  'DecodeError',
  'InvalidOperations',
  'SchemaMismatch',
  'OperationError',
  'Timeout',
  'ConnectionClosed',
])

const APPLY_TAGS: ReadonlySet<string> = new Set([
  'InvalidDesired',
  'Conflict',
  'ConflictRetriesExhausted',
  'ReplicaNotCurrent',
  'OutcomeUnknown',
  'Refused',
  'ReferencesDropped',
  'WaitTimeout',
])

/**
 * Any error of the library for people. Problems of a topology or a DSL value come one
 * a line, each with its path by names (`switches.vmnet.subnet: ...`), all of them; the
 * other errors are one line, listing all they hold (every conflicting row of a plan).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { formatError, safeParseTopology } from 'ovn-nb'
 * const r = safeParseTopology({ owner: 'demo', switches: [{ name: 'vmnet', subnet: '10.10.0.0/33' }] })
 * if (!r.success) console.error(formatError(r.error))
 * // invalid topology (1 problem):
 * //   switches.vmnet.subnet: invalid CIDR "10.10.0.0/33" at 10: an IPv4 prefix is at most 32
 * formatError({ _tag: 'Timeout', method: 'echo', ms: 100 }) // 'echo timed out after 100 ms'
 */
export const formatError = (e: LibraryError): string => {
  if (e instanceof TopologyError) return e.message
  const tag = (e as { readonly _tag?: unknown })._tag
  if (tag === 'DslError') return formatDslError(e as DslError)
  if (typeof tag === 'string' && APPLY_TAGS.has(tag)) return formatApplyError(e as ApplyError)
  if (typeof tag === 'string' && NET_TAGS.has(tag)) return NetError.format(e as NetError.NetError)
  if (tag === 'MatchError') return MatchError.format(e as MatchError.MatchError)
  if (typeof tag === 'string' && OVSDB_TAGS.has(tag)) return formatApplyError(e as ApplyError)
  // anything else with a message (a load failure, an Error, a LaunchError)
  return (e as { readonly message?: unknown }).message !== undefined ? String((e as { readonly message: unknown }).message) : JSON.stringify(e)
}

const OVSDB_CODES: Readonly<Record<OvsdbError['_tag'], IssueCode>> = {
  InvalidRemote: 'unreachable',
  TransportError: 'unreachable',
  ConnectionClosed: 'unreachable',
  ProtocolError: 'protocol_error',
  RpcError: 'protocol_error',
  DecodeError: 'protocol_error',
  InvalidOperations: 'invalid_operation',
  SchemaMismatch: 'schema_mismatch',
  OperationError: 'refused_by_server',
  Timeout: 'timeout',
}

const ovsdbIssues = (e: OvsdbError): ReadonlyArray<Issue> => {
  switch (e._tag) {
    // what they list, one issue each: the operation's path, the table and column the model needs
    case 'InvalidOperations':
      return e.problems.map((p) => ({ path: ['operations', p.index, ...issueOf(p.path, '', 'invalid_operation').path], code: 'invalid_operation', message: p.message }))
    case 'SchemaMismatch':
      return e.problems.map((p) => ({ path: [p.table, ...(p.column !== undefined ? [p.column] : [])], code: 'schema_mismatch', message: formatOvsdbError({ ...e, problems: [p] }) }))
    case 'OperationError':
      return [{ path: ['operations', e.index], code: 'refused_by_server', message: formatOvsdbError(e) }]
    default:
      return [{ path: [], code: OVSDB_CODES[e._tag], message: formatOvsdbError(e) }]
  }
}

/**
 * Any error of the library as issues, the one shape of problems ({@link Issue}: `path`,
 * `code`, `message`): the problems of a topology, a DSL value or a desired state as they
 * are; a plan's conflicts one per row (`['Logical_Switch', 'sw0']`, `owned_by_other`, or
 * `conflict` for a row without an owner); the row the server refused
 * (`refused_by_server`), the weak references it dropped (`['Logical_Switch_Port', 'vm-a',
 * 'dhcpv4_options']`, `reference_dropped`); one issue for the rest (`outcome_unknown`,
 * `timeout`, `unreachable`, ...). {@link errorToJson} (and `ovn-nb plan|apply --json`)
 * include them.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { issuesOf } from 'ovn-nb'
 * issuesOf({ _tag: 'Conflict', conflicts: [{ table: 'Logical_Switch', id: 'Logical_Switch:sw0', uuid: 'b8f1c2e4-0000-4000-8000-000000000001', owner: 'other', identity: 'sw0', message: 'Logical_Switch sw0 belongs to "other"' }] })
 * // [{ path: ['Logical_Switch', 'sw0'], code: 'owned_by_other', message: 'Logical_Switch sw0 belongs to "other"' }]
 */
export const issuesOf = (e: LibraryError): ReadonlyArray<Issue> => {
  if (e instanceof TopologyError) return e.issues
  const tag = (e as { readonly _tag?: unknown })._tag
  const one = (code: IssueCode): ReadonlyArray<Issue> => [{ path: [], code, message: formatError(e) }]
  if (tag === 'DslError') {
    const d = e as DslError
    return Array.isArray(d.issues) ? d.issues : (d.problems ?? []).map((p) => issueOf(p.path, p.message, 'invalid_value'))
  }
  if (typeof tag === 'string' && APPLY_TAGS.has(tag)) {
    const a = e as ApplyError
    switch (a._tag) {
      case 'InvalidDesired':
        // hand-made errors may hold problems only: nothing more precise than invalid_value is known of them
        return a.issues ?? a.problems.map((p) => issueOf(p.path, p.message, 'invalid_value'))
      case 'Conflict':
        return a.conflicts.map((c) => ({ path: [c.table, c.identity ?? c.id], code: c.owner === undefined ? 'conflict' : 'owned_by_other', message: c.message }))
      case 'Refused':
        return [{ path: a.row !== undefined ? [a.row.table, a.row.identity] : ['operations', a.error.index], code: 'refused_by_server', message: formatError(a) }]
      case 'ReferencesDropped':
        return a.dropped.map((d) => ({ path: [d.table, d.identity, d.column], code: 'reference_dropped', message: `the server dropped the weak reference to ${d.refTable} ${d.uuid}, which does not exist` }))
      case 'OutcomeUnknown':
        return one('outcome_unknown')
      case 'ConflictRetriesExhausted':
        return one('retries_exhausted')
      case 'ReplicaNotCurrent':
        return one('replica_not_current')
      case 'WaitTimeout':
        return one('timeout')
    }
  }
  if (typeof tag === 'string' && NET_TAGS.has(tag)) return [{ path: [], code: netCode(e as NetError.NetError), message: formatError(e) }]
  if (tag === 'MatchError') return one('invalid_match')
  if (typeof tag === 'string' && OVSDB_TAGS.has(tag)) return ovsdbIssues(e as OvsdbError)
  return one('error')
}

/**
 * Any error of the library as JSON-ready data for programs (what `ovn-nb plan --json`
 * prints under `error`): its `_tag`, the {@link formatError} text as `message`, its
 * `issues` ({@link issuesOf}: every error has them, in the one shape), and what it lists,
 * in full — `conflicts` of a plan (every row another owner holds), `problems` of an
 * invalid desired state.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { errorToJson } from 'ovn-nb'
 * errorToJson({ _tag: 'Conflict', conflicts: [{ table: 'Logical_Switch', id: 'Logical_Switch:sw0', uuid: 'b8f1c2e4-0000-4000-8000-000000000001', owner: 'other', message: 'Logical_Switch sw0 belongs to "other"' }] })
 * // { _tag: 'Conflict', message: 'conflict: Logical_Switch sw0 belongs to "other" (1 row; --adopt-from other takes it over)', issues: [...], conflicts: [...] }
 */
export const errorToJson = (e: LibraryError): { readonly _tag: string; readonly message: string; readonly [k: string]: unknown } => {
  const tag = e instanceof TopologyError ? e._tag : typeof (e as { readonly _tag?: unknown })._tag === 'string' ? (e as { readonly _tag: string })._tag : 'Error'
  const o = e as unknown as Readonly<Record<string, unknown>>
  return {
    _tag: tag,
    message: formatError(e),
    issues: issuesOf(e),
    ...(Array.isArray(o['conflicts']) ? { conflicts: o['conflicts'] } : {}),
    ...(tag === 'InvalidDesired' && Array.isArray(o['problems']) ? { problems: o['problems'] } : {}),
  }
}
