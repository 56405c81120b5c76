/**
 * ACLs by value, for switches and port groups. The match is validated against OVN's
 * match grammar before any I/O; the priority, direction, action, logging and tier are
 * checked against what the schema and ovn-northd accept.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { MatchError, render, validateMatch, type Expr } from '../match/index.js'
import { validateMatchFull } from '../match/validate.js'
import { fastAcl } from './aclFast.js'
import { checkInt, checkName, checkOneOf, Problems, type DslError, type StringMap } from './common.js'
import { checkOptionalStringMap, matchReferences } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * ACL actions.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { AclAction } from 'ovn-nb'
 * const a: AclAction = 'allow-related'
 */
export type AclAction = 'allow' | 'allow-related' | 'allow-stateless' | 'drop' | 'reject' | 'pass'

/**
 * Log severities.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { AclSeverity } from 'ovn-nb'
 * const s: AclSeverity = 'warning'
 */
export type AclSeverity = 'alert' | 'warning' | 'notice' | 'info' | 'debug'

/**
 * What {@link acl} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { AclInput } from 'ovn-nb'
 * const i: AclInput = { direction: 'to-lport', priority: 1001, match: 'outport == @pg_web && tcp.dst == 80', action: 'allow-related' }
 */
export interface AclInput {
  readonly direction: 'from-lport' | 'to-lport'
  /** 0..32767 */
  readonly priority: number
  /** A match string (validated) or an expression built with the match builder (printed). */
  readonly match: string | Expr.Expr
  readonly action: AclAction
  readonly log?: boolean | undefined
  readonly severity?: AclSeverity | undefined
  /** The Meter (by name) that rate-limits the log. */
  readonly meter?: string | undefined
  /** The log name (at most 63 characters). */
  readonly name?: string | undefined
  /** A label ovn-controller puts in conntrack for the connection. */
  readonly label?: number | undefined
  /** The tier (0..3), NB >= 7.3.0. */
  readonly tier?: number | undefined
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * An ACL by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { acl } from 'ovn-nb'
 * const a = acl({ direction: 'from-lport', priority: 1000, match: 'ip4 && tcp.dst == 22', action: 'drop', log: true, severity: 'warning' })
 */
export interface Acl {
  readonly _tag: 'Acl'
  readonly direction: 'from-lport' | 'to-lport'
  readonly priority: number
  readonly match: string
  readonly action: AclAction
  readonly log: boolean
  readonly severity?: AclSeverity
  readonly meter?: string
  readonly name?: string
  readonly label?: number
  readonly tier?: number
  readonly options: StringMap
  readonly externalIds: StringMap
  /** The address sets (`$name`) and port groups (`@name`) the match names. */
  readonly references: { readonly addressSets: ReadonlyArray<string>; readonly portGroups: ReadonlyArray<string> }
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const ACTIONS: ReadonlyArray<AclAction> = ['allow', 'allow-related', 'allow-stateless', 'drop', 'reject', 'pass']
const SEVERITIES: ReadonlyArray<AclSeverity> = ['alert', 'warning', 'notice', 'info', 'debug']

/**
 * An ACL. The match is parsed and checked (fields, value types, operators, prerequisites)
 * before any I/O; it is kept as written.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { acl } from 'ovn-nb'
 * acl({ direction: 'to-lport', priority: 1000, match: 'ip4.src == $web_clients && tcp.dst == {80, 443}', action: 'allow-related' })
 * acl({ direction: 'to-lport', priority: 40000, match: 'ip4.src == fd00::1', action: 'allow' })
 * // Left({ _tag: 'DslError', what: 'acl', problems: [{ path: 'priority', ... }, { path: 'match', ... }] })
 */
export const acl = (input: AclInput): E.Either<DslError, Acl> => {
  // the common ACLs from the fast path; the others, and every problem, from the full
  // check — both give the same value (aclFast.ts)
  const fast = fastAcl(input)
  return typeof fast === 'object' ? E.right(fast) : checkedAcl(input, fast === 'match')
}

/**
 * An ACL, checked in full; `notSimple`: the fast path found that its match is not a
 * plain conjunction (simpleMatch), which is then not tried again.
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { checkedAcl } from './acl.js'
 * checkedAcl({ direction: 'to-lport', priority: 1000, match: 'ip4', action: 'drop' }) // Right
 */
export const checkedAcl = (input: AclInput, notSimple = false): E.Either<DslError, Acl> => {
  const p = new Problems('acl', input)
  checkOneOf(p, 'direction', input.direction, ['from-lport', 'to-lport'] as const)
  checkInt(p, 'priority', input.priority, 0, 32767)
  checkOneOf(p, 'action', input.action, ACTIONS)
  let match = ''
  if (typeof input.match === 'object' && input.match !== null) {
    const r = render(input.match)
    if (E.isLeft(r)) p.add('match', MatchError.format(r.left), 'invalid_match')
    else match = r.right
  } else if (typeof input.match !== 'string' || input.match.trim() === '') p.add('match', 'must be a non-empty match expression', 'invalid_match')
  else {
    match = input.match.trim()
    const m = notSimple ? validateMatchFull(match) : validateMatch(match)
    if (E.isLeft(m)) p.add('match', MatchError.format(m.left), 'invalid_match')
  }
  if (input.severity !== undefined) checkOneOf(p, 'severity', input.severity, SEVERITIES)
  if (input.meter !== undefined) checkName(p, 'meter', input.meter)
  if (input.name !== undefined && checkName(p, 'name', input.name)) p.check(input.name.length <= 63, 'name', 'must be at most 63 characters', 'invalid_value')
  if (input.label !== undefined) checkInt(p, 'label', input.label, 0, 4294967295)
  if (input.tier !== undefined) checkInt(p, 'tier', input.tier, 0, 3)
  const options = checkOptionalStringMap(p, 'options', input.options)
  const externalIds = checkOptionalStringMap(p, 'externalIds', input.externalIds)
  return p.result(() => ({
    _tag: 'Acl' as const,
    direction: input.direction,
    priority: input.priority,
    match,
    action: input.action,
    log: input.log === true,
    ...(input.severity !== undefined ? { severity: input.severity } : {}),
    ...(input.meter !== undefined ? { meter: input.meter } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.tier !== undefined ? { tier: input.tier } : {}),
    options,
    externalIds,
    references: matchReferences(match),
  }))
}
