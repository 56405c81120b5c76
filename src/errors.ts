/**
 * One formatter for every error the library returns: DSL and topology problems, the
 * planner's and apply's errors, OVSDB errors, and the CLI's load failures.
 *
 * @module
 */
import type { ApplyError } from './apply/apply.js'
import { formatApplyError } from './apply/format.js'
import { formatDslError, type DslError } from './nb/dsl/common.js'
import { TopologyError } from './nb/dsl/parse.js'
import * as MatchError from './nb/match/MatchError.js'
import * as NetError from './nb/net/NetError.js'
import type { OvsdbError } from './ovsdb/errors.js'

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

/**
 * Any error of the library as JSON-ready data for programs (what `ovn-nb plan --json`
 * prints under `error`): its `_tag`, the {@link formatError} text as `message`, and what
 * it lists, in full — `issues` of a topology or DSL value, `conflicts` of a plan (every
 * row another owner holds), `problems` of an invalid desired state.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { errorToJson } from 'ovn-nb'
 * errorToJson({ _tag: 'Conflict', conflicts: [{ table: 'Logical_Switch', id: 'Logical_Switch:sw0', uuid: 'b8f1c2e4-0000-4000-8000-000000000001', owner: 'other', message: 'Logical_Switch sw0 belongs to "other"' }] })
 * // { _tag: 'Conflict', message: 'conflict: Logical_Switch sw0 belongs to "other" (1 row; --adopt-from other takes it over)', conflicts: [...] }
 */
export const errorToJson = (e: LibraryError): { readonly _tag: string; readonly message: string; readonly [k: string]: unknown } => {
  const tag = e instanceof TopologyError ? e._tag : typeof (e as { readonly _tag?: unknown })._tag === 'string' ? (e as { readonly _tag: string })._tag : 'Error'
  const o = e as unknown as Readonly<Record<string, unknown>>
  return {
    _tag: tag,
    message: formatError(e),
    ...(Array.isArray(o['issues']) ? { issues: o['issues'] } : {}),
    ...(Array.isArray(o['conflicts']) ? { conflicts: o['conflicts'] } : {}),
    ...(tag === 'InvalidDesired' && Array.isArray(o['problems']) ? { problems: o['problems'] } : {}),
  }
}
