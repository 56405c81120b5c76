/**
 * acl's fast path: the ACLs a controller makes by the thousand (a direction, a priority,
 * an action and a plain conjunction as the match, nothing optional), checked and built
 * in one pass: no problem collector, no closure, no spread copies, no walk to freeze what
 * it just made, no match tree kept. For any other input it answers `undefined`, and acl
 * takes the full check, which gives the same value or every problem with its path;
 * test/nb/dsl/aclFast.test.ts checks that both give equal values (key order included).
 *
 * Why: benchlab's 1000 ACLs took ~10% of its cold build (bench/dslCold.ts --data-first,
 * CPU profile); through here acl takes 0.64x of what it did (21.7 ms instead of 34 in 8
 * profiled runs), the whole build 0.98x (CPU and wall, medians of 25 paired rounds' ratios).
 *
 * @internal
 * @module
 */
import { simpleMatch } from '../match/fastPath.js'
import type { Acl, AclAction, AclInput } from './acl.js'
import { brand } from './brand.js'
import { matchReferences, NO_STRINGS } from './checks.js'

const isAction = (a: unknown): a is AclAction => a === 'allow-related' || a === 'allow' || a === 'drop' || a === 'allow-stateless' || a === 'reject' || a === 'pass'

/**
 * The ACL, if the input is one this path builds and has nothing to report; `'match'` if
 * only its match is not one it reads (the full check then skips that first scan);
 * undefined otherwise.
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { fastAcl } from './aclFast.js'
 * fastAcl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg1 && ip4', action: 'allow-related' }) // the ACL
 * fastAcl({ direction: 'to-lport', priority: 1000, match: 'ip4.src == 10.0.0.0/8', action: 'drop' }) // 'match': for the full check
 */
export const fastAcl = (input: AclInput): Acl | 'match' | undefined => {
  if (typeof input !== 'object' || input === null) return undefined
  const { direction, priority, match, action } = input
  if (direction !== 'to-lport' && direction !== 'from-lport') return undefined
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 32767) return undefined
  if (!isAction(action)) return undefined
  if (input.severity !== undefined || input.meter !== undefined || input.name !== undefined || input.label !== undefined || input.tier !== undefined) return undefined
  if (input.options !== undefined || input.externalIds !== undefined) return undefined
  if (typeof match !== 'string') return undefined
  // a match simpleMatch reads starts and ends with no space: nothing the full check would trim
  if (simpleMatch(match) === undefined) return 'match'
  const references = matchReferences(match)
  Object.freeze(references.addressSets)
  Object.freeze(references.portGroups)
  // the full check's key order (optional fields, absent here, between log and options)
  const value: Acl = { _tag: 'Acl', direction, priority, match, action, log: input.log === true, options: NO_STRINGS, externalIds: NO_STRINGS, references: Object.freeze(references) }
  return Object.freeze(brand(value))
}
