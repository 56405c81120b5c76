/**
 * The matching phase of the diff: each desired row finds the existing row with its
 * identity. A row of this owner is taken first; a row of another owner or of none is a
 * conflict unless the desired row is `shared` or the options adopt it. Among desired rows
 * that find the same rows, ids in sorted order pick first (the plan must not depend on
 * the order of the desired rows). With adopt on, rows of tables without a natural key
 * that matched nothing are then adopted by content (`content.ts`). Pure; internal to the
 * library.
 *
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { getTable, type DatabaseSchema } from '../ovsdb/schema.js'
import { adoptByContent } from './content.js'
import { sameIdentity, type Problem } from './duplicates.js'
import type { Keys, Part } from './keys.js'
import type { CurrentState, PlanError, PlanOptions } from './plan.js'
import type { Slot } from './validate.js'
import { cmp } from './values.js'

/** What matching reads. @internal */
export interface MatchInput {
  readonly schema: DatabaseSchema
  readonly current: CurrentState
  readonly byId: ReadonlyMap<string, Slot>
  readonly keys: Keys
  readonly owner: string
  readonly adopt: PlanOptions['adopt']
  /** An identity key, for people. */
  readonly describe: (key: string) => string
}

/** Desired id -> the UUID of the existing row it matched, and the UUIDs matched. @internal */
export interface Matched {
  readonly matched: Map<string, string>
  readonly claimed: Set<string>
  /** Desired rows that share one identity (they found the same rows): the diff refuses them. */
  readonly same: ReadonlyArray<Problem>
}

/** Matches the desired rows with existing ones, or every conflict. @internal */
export const match = (input: MatchInput): E.Either<Extract<PlanError, { _tag: 'Conflict' }>, Matched> => {
  const { schema, current, byId, keys, adopt, describe } = input
  const desiredOwner = input.owner
  const adoptable = (o: string | undefined): boolean =>
    o === desiredOwner ||
    (adopt === true && o === undefined) ||
    (Array.isArray(adopt) && (o === undefined || adopt.includes(o)))
  // the desired ids by table; null for a table with no rows to match (an empty database)
  const byTable = new Map<string, string[] | null>()
  for (const slot of byId.values()) {
    const t = slot.row.table
    let l = byTable.get(t)
    if (l === undefined) byTable.set(t, (l = current.rows(t).size === 0 ? null : []))
    if (l !== null) l.push(slot.row.id)
  }
  const matched = new Map<string, string>() // desired id -> existing uuid
  const claimed = new Set<string>() // existing uuids matched
  const same: Problem[] = [] // desired rows of one identity (see duplicates.ts)
  const conflicts: Array<{ table: string; id: string; uuid: string; owner: string | undefined; identity: string; message: string }> = []
  for (const [table, ids] of [...byTable].sort((a, b) => cmp(a[0], b[0]))) {
    if (ids === null) continue // nothing to match
    const rows = current.rows(table)
    const hasOwner = getTable(schema, table)?.columns['external_ids'] !== undefined
    // existing rows by identity: a tree of maps, one level per part, whose leaves are one
    // UUID, or several when identities collide
    type Leaf = string | string[]
    type Level = Map<Part, Level | Leaf>
    const root: Level = new Map()
    for (const [uuid, r] of rows) {
      const parts = keys.existingParts(table, uuid, r)
      let level = root
      for (let i = 0; i < parts.length - 1; i++) {
        let next = level.get(parts[i]!) as Level | undefined
        if (next === undefined) level.set(parts[i]!, (next = new Map()))
        level = next
      }
      const last = parts[parts.length - 1]!
      const l = level.get(last) as Leaf | undefined
      if (l === undefined) level.set(last, uuid)
      else if (typeof l === 'string') level.set(last, [l, uuid])
      else l.push(uuid)
    }
    // desired ids by the existing rows they match; only ids matching the same rows compete
    // for them, so only they need an order (sorted, as the plan must not depend on the
    // input order)
    const groups = new Map<Leaf, string | string[]>()
    for (const id of ids) {
      const parts = keys.desiredParts(byId.get(id)!)
      let level: Level | undefined = root
      for (let i = 0; i < parts.length - 1 && level !== undefined; i++) level = level.get(parts[i]!) as Level | undefined
      const leaf = level?.get(parts[parts.length - 1]!) as Leaf | undefined
      if (leaf === undefined) continue
      const g = groups.get(leaf)
      if (g === undefined) groups.set(leaf, id)
      else if (typeof g === 'string') groups.set(leaf, [g, id])
      else g.push(id)
    }
    const claim = (id: string, found: string | string[]): void => {
      let mine: string | undefined
      let pick: string
      let owner: string | undefined
      if (typeof found === 'string') {
        // one candidate (the usual case)
        if (claimed.has(found)) return
        owner = keys.ownerOf(rows.get(found)!)
        mine = owner === desiredOwner ? found : undefined
        pick = found
      } else {
        const cands = found.filter((u) => !claimed.has(u))
        if (cands.length === 0) return
        mine = cands.find((u) => keys.ownerOf(rows.get(u)!) === desiredOwner)
        pick = mine ?? cands.sort()[0]!
        owner = keys.ownerOf(rows.get(pick)!)
      }
      const { row } = byId.get(id)!
      if (mine === undefined && hasOwner && row.shared !== true && !adoptable(owner)) {
        const identity = describe(keys.desired(byId.get(id)!))
        conflicts.push({
          table,
          id,
          uuid: pick,
          owner,
          identity,
          message:
            owner === undefined
              ? `${table} ${identity} exists without an owner; adopt it (adopt: true) or mark it shared`
              : `${table} ${identity} belongs to "${owner}"; mark it shared or adopt it from "${owner}"`,
        })
        return
      }
      matched.set(id, pick)
      claimed.add(pick)
    }
    for (const [found, g] of groups) {
      if (typeof g === 'string') claim(g, found)
      else {
        same.push(...sameIdentity(g.sort().map((id) => byId.get(id)!), describe(keys.desired(byId.get(g[0]!)!))))
        for (const id of g) claim(id, found)
      }
    }
    // no natural key: an adoptable row with the same content is taken over, not duplicated
    if (adopt !== undefined && adopt !== false && hasOwner && 'key' in keys.ruleOf(table)) {
      const wanted = ids.filter((id) => !matched.has(id) && byId.get(id)!.row.shared !== true).map((id) => byId.get(id)!)
      const found = adoptByContent({ rows, wanted, claimed, adoptable: (r) => { const o = keys.ownerOf(r); return o !== desiredOwner && adoptable(o) } })
      for (const [id, uuid] of found) {
        matched.set(id, uuid)
        claimed.add(uuid)
      }
    }
  }
  // in the order of tables, then of ids
  conflicts.sort((a, b) => (a.table === b.table ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : cmp(a.table, b.table)))
  return conflicts.length > 0 ? E.left({ _tag: 'Conflict', conflicts }) : E.right({ matched, claimed, same })

}
