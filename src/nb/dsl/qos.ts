/**
 * QoS rules by value, for switches: DSCP (or, NB >= 7.3.0, packet mark) marking and
 * bandwidth metering of the packets a match selects. A `QoS` row is held by its switch
 * ({@link logicalSwitch} `qosRules`).
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { checkInt, checkOneOf, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { checkMatch, checkRecord, matchReferences } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link qos} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { QosInput } from 'ovn-nb'
 * const i: QosInput = { direction: 'from-lport', priority: 100, match: 'inport == "web1"', action: { dscp: 46 }, bandwidth: { rate: 10000, burst: 1000 } }
 */
export interface QosInput {
  readonly direction: 'from-lport' | 'to-lport'
  /** 0..32767 */
  readonly priority: number
  readonly match: string
  /** Marking: `dscp` 0..63; `mark` (packet mark, NB >= 7.3.0) 1..2^32-1. */
  readonly action?: { readonly dscp?: number; readonly mark?: number } | undefined
  /** Metering: `rate` in kbps, `burst` in kilobits (needs `rate`). */
  readonly bandwidth?: { readonly rate?: number; readonly burst?: number } | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A QoS rule by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { qos } from 'ovn-nb'
 * const q = qos({ direction: 'from-lport', priority: 100, match: 'ip4', action: { dscp: 46 } })
 */
export interface Qos {
  readonly _tag: 'Qos'
  readonly direction: 'from-lport' | 'to-lport'
  readonly priority: number
  readonly match: string
  readonly action: { readonly dscp?: number; readonly mark?: number }
  readonly bandwidth: { readonly rate?: number; readonly burst?: number }
  readonly externalIds: StringMap
  /** The address sets and port groups the match names. */
  readonly references: { readonly addressSets: ReadonlyArray<string>; readonly portGroups: ReadonlyArray<string> }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A QoS rule: it must mark or meter (or both).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { qos } from 'ovn-nb'
 * qos({ direction: 'to-lport', priority: 200, match: 'outport == "db1" && tcp.dst == 5432', action: { dscp: 26 } })
 * qos({ direction: 'to-lport', priority: 200, match: 'ip4', bandwidth: { burst: 100 } }) // Left: bandwidth.burst needs bandwidth.rate
 */
export const qos = (input: QosInput): E.Either<DslError, Qos> => {
  const p = new Problems('qos', input)
  const i = checkRecord(p, '', input)
  checkOneOf(p, 'direction', i['direction'], ['from-lport', 'to-lport'] as const)
  checkInt(p, 'priority', i['priority'], 0, 32767)
  const match = checkMatch(p, 'match', i['match'])
  const a = checkRecord(p, 'action', i['action'])
  const b = checkRecord(p, 'bandwidth', i['bandwidth'])
  for (const k of Object.keys(a)) if (k !== 'dscp' && k !== 'mark') p.add(`action.${k}`, 'is not a QoS action (dscp, mark)', 'invalid_value')
  for (const k of Object.keys(b)) if (k !== 'rate' && k !== 'burst') p.add(`bandwidth.${k}`, 'is not a bandwidth key (rate, burst)', 'invalid_value')
  const num = (r: Readonly<Record<string, unknown>>, k: string, path: string, min: number, max: number): number | undefined =>
    r[k] !== undefined && checkInt(p, path, r[k], min, max) ? (r[k] as number) : undefined
  const dscp = num(a, 'dscp', 'action.dscp', 0, 63)
  const mark = num(a, 'mark', 'action.mark', 1, 4294967295)
  const rate = num(b, 'rate', 'bandwidth.rate', 1, 4294967295)
  const burst = num(b, 'burst', 'bandwidth.burst', 1, 4294967295)
  if (b['burst'] !== undefined && b['rate'] === undefined) p.add('bandwidth.burst', 'needs bandwidth.rate', 'invalid_value')
  if (a['dscp'] === undefined && a['mark'] === undefined && b['rate'] === undefined && b['burst'] === undefined)
    p.add('', 'a QoS rule must mark (action) or meter (bandwidth)', 'invalid_value')
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'Qos' as const,
    direction: i['direction'] as 'from-lport' | 'to-lport',
    priority: i['priority'] as number,
    match: match ?? '',
    action: { ...(dscp !== undefined ? { dscp } : {}), ...(mark !== undefined ? { mark } : {}) },
    bandwidth: { ...(rate !== undefined ? { rate } : {}), ...(burst !== undefined ? { burst } : {}) },
    externalIds,
    references: matchReferences(match ?? ''),
  }))
}
