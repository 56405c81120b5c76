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
import * as E from '../deps/Either.js'
import { getTable, type DatabaseSchema } from '../ovsdb/schema.js'
import type { Row } from '../ovsdb/wire/datum.js'
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

// a leaf of the tree of desired identities (see match)
interface Cell {
  /** The desired rows of this identity, in the order they came. */
  readonly first: Slot
  more: Slot[] | undefined
  /** The existing rows found: a UUID, or the UUIDs of rows whose identities collide. */
  uuids: string | string[] | undefined
  /** The first row found, and its owner (read while the row is at hand). */
  row: Row | undefined
  owner: string | undefined
  /** Whether its one row is claimed. */
  taken: boolean
  /** The UUIDs claimed among several (identities that collide). */
  claimedOf: string[] | undefined
}

/** Desired id -> the UUID of the existing row it matched, and the UUIDs matched. @internal */
export interface MatchMaps {
  readonly matched: Map<string, string>
  readonly claimed: Set<string>
}

/**
 * The matches: in the order they were made, with their rows; desired id -> UUID and the
 * UUIDs matched (`maps`), made on first use from the slots, which carry their UUIDs (a
 * no-op full diff of W100k needs neither: each was 136k insertions into a map, ~0.4-0.9
 * us each here). @internal
 */
export interface Matched {
  readonly maps: MatchMaps
  /**
   * The same matches in the order they were made: the desired rows (each slot carries its
   * UUID) and, at the same index, the existing rows (no lookup by id or UUID to read them;
   * two arrays rather than an object per match).
   */
  readonly slots: ReadonlyArray<Slot>
  readonly rows: ReadonlyArray<Row>
  /** How many existing rows of each table are claimed. */
  readonly claimedIn: ReadonlyMap<string, number>
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
  // the desired rows by table; null for a table with no rows to match (an empty database)
  const byTable = new Map<string, Slot[] | null>()
  for (const slot of byId.values()) {
    const t = slot.row.table
    let l = byTable.get(t)
    if (l === undefined) byTable.set(t, (l = current.rows(t).size === 0 ? null : []))
    if (l !== null) l.push(slot)
  }
  // the matches, in the order they are made (each desired row's slot also carries its
  // UUID); the maps by id and by UUID are made only when asked for (see Matched)
  const matchedSlots: Slot[] = []
  const matchedRows: Row[] = []
  const claimedIn = new Map<string, number>()
  const same: Problem[] = [] // desired rows of one identity (see duplicates.ts)
  const conflicts: Array<{ table: string; id: string; uuid: string; owner: string | undefined; identity: string; message: string }> = []
  for (const [table, slots] of [...byTable].sort((a, b) => cmp(a[0], b[0]))) {
    if (slots === null) continue // nothing to match
    const rows = current.rows(table)
    const hasOwner = getTable(schema, table)?.columns['external_ids'] !== undefined
    // desired rows by identity: a tree of maps, one level per part, whose leaves are cells
    // of the desired rows of one identity and of the existing rows they find. The existing
    // rows are then walked once, in the table's order, which is the order they lie in
    // memory: a walk in the desired rows' order reads W100k's 136k existing rows at
    // random, paying cache misses for each (measured here: the no-op W100k diff's
    // matching took 630-960 ms of CPU that way, 490-660 ms this way, paired). (The
    // updates, which read the desired rows and their references more than the existing
    // rows, were slower in this order: 0.9-1.3 s against 0.8-0.95 s.) A cell carries what claiming needs (the row, its owner, whether it is taken), so
    // that nothing is looked up by id or UUID again
    type Level = Map<Part, Level | Cell>
    const root: Level = new Map()
    const cells: Cell[] = [] // in the order of their first desired row
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k]!
      const parts = keys.desiredParts(slot)
      let level = root
      for (let i = 0; i < parts.length - 1; i++) {
        let next = level.get(parts[i]!) as Level | undefined
        if (next === undefined) level.set(parts[i]!, (next = new Map()))
        level = next
      }
      const last = parts[parts.length - 1]!
      const c = level.get(last) as Cell | undefined
      if (c === undefined) {
        const cell: Cell = { first: slot, more: undefined, uuids: undefined, row: undefined, owner: undefined, taken: false, claimedOf: undefined }
        level.set(last, cell)
        cells.push(cell)
      } else (c.more ??= []).push(slot)
    }
    for (const [uuid, r] of rows) {
      const parts = keys.existingParts(table, uuid, r)
      let level: Level | undefined = root
      for (let i = 0; i < parts.length - 1 && level !== undefined; i++) level = level.get(parts[i]!) as Level | undefined
      const cell = level?.get(parts[parts.length - 1]!) as Cell | undefined
      if (cell === undefined) continue
      if (cell.uuids === undefined) {
        cell.uuids = uuid
        cell.row = r
        cell.owner = keys.ownerOf(r)
      } else if (typeof cell.uuids === 'string') cell.uuids = [cell.uuids, uuid]
      else cell.uuids.push(uuid)
    }
    let count = 0
    const claim = (slot: Slot, cell: Cell): void => {
      let mine: string | undefined
      let pick: string
      let owner: string | undefined
      let row: Row
      const found = cell.uuids!
      if (typeof found === 'string') {
        // one candidate (the usual case)
        if (cell.taken) return
        row = cell.row!
        owner = cell.owner
        mine = owner === desiredOwner ? found : undefined
        pick = found
      } else {
        const taken = cell.claimedOf
        const cands = found.filter((u) => taken === undefined || !taken.includes(u))
        if (cands.length === 0) return
        mine = cands.find((u) => keys.ownerOf(rows.get(u)!) === desiredOwner)
        pick = mine ?? cands.sort()[0]!
        row = rows.get(pick)!
        owner = keys.ownerOf(row)
      }
      const id = slot.row.id
      if (mine === undefined && hasOwner && slot.row.shared !== true && !adoptable(owner)) {
        const identity = describe(keys.desired(slot))
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
      if (typeof found === 'string') cell.taken = true
      else (cell.claimedOf ??= []).push(pick)
      slot.uuid = pick
      matchedSlots.push(slot)
      matchedRows.push(row)
      count++
    }
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k]!
      if (cell.uuids === undefined) continue // no such row: to create
      if (cell.more === undefined) claim(cell.first, cell)
      else {
        const g = [cell.first, ...cell.more].sort((a, b) => cmp(a.row.id, b.row.id))
        same.push(...sameIdentity(g, describe(keys.desired(g[0]!))))
        for (const slot of g) claim(slot, cell)
      }
    }
    // no natural key: an adoptable row with the same content is taken over, not duplicated
    if (adopt !== undefined && adopt !== false && hasOwner && 'key' in keys.ruleOf(table)) {
      const wanted = slots.filter((slot) => slot.uuid === undefined && slot.row.shared !== true)
      // the rows of this table claimed so far (no row of another table can be a candidate)
      const claimed = new Set<string>()
      for (let i = matchedSlots.length - count; i < matchedSlots.length; i++) claimed.add(matchedSlots[i]!.uuid!)
      const found = adoptByContent({ rows, wanted, claimed, adoptable: (r) => { const o = keys.ownerOf(r); return o !== desiredOwner && adoptable(o) } })
      for (const [id, uuid] of found) {
        const slot = byId.get(id)!
        slot.uuid = uuid
        matchedSlots.push(slot)
        matchedRows.push(rows.get(uuid)!)
        count++
      }
    }
    claimedIn.set(table, count)
  }
  // in the order of tables, then of ids
  conflicts.sort((a, b) => (a.table === b.table ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : cmp(a.table, b.table)))
  if (conflicts.length > 0) return E.left({ _tag: 'Conflict', conflicts })
  let matched: Map<string, string> | undefined
  let claimed: Set<string> | undefined
  // apart from the lists, which hold existing rows: a plan's state keeps these maps (and
  // only them) for as long as it lives
  const maps: MatchMaps = {
    get matched() {
      if (matched === undefined) {
        matched = new Map()
        for (const slot of byId.values()) if (slot.uuid !== undefined) matched.set(slot.row.id, slot.uuid)
      }
      return matched
    },
    get claimed() {
      if (claimed === undefined) {
        claimed = new Set()
        for (const slot of byId.values()) if (slot.uuid !== undefined) claimed.add(slot.uuid)
      }
      return claimed
    },
  }
  return E.right({ slots: matchedSlots, rows: matchedRows, claimedIn, same, maps })

}
