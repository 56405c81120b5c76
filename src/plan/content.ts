/**
 * Adoption by content, a step of the matching phase. Rows of tables identified by the id
 * kept in their marks (`{ key }` rules: DHCP_Options, DNS) have no natural key, so a row
 * another writer made (ovn-nbctl's DHCP_Options) never matches a desired row by
 * identity: adopting it by identity alone would create a duplicate and re-point the
 * ports that use it. With adopt on, a desired row that matched nothing takes instead an
 * adoptable existing row with the same content — every column the desired row gives
 * except `external_ids` (a DHCP row's `cidr` and `options`, a DNS row's `records`) —
 * so the rows referring to it keep pointing at the same row. Deterministic: desired
 * rows in id order take candidates in UUID order, each row once. Pure; internal to the
 * library.
 *
 * @module
 * @internal
 */
import { canonicalValue, defaultValue } from '../ovsdb/values.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { Slot } from './validate.js'
import { cmp, hasRef, valueKey } from './values.js'

/** What adoption by content reads. @internal */
export interface ContentInput {
  /** The table's existing rows. */
  readonly rows: ReadonlyMap<string, Row>
  /** The desired rows of the table that matched nothing. */
  readonly wanted: ReadonlyArray<Slot>
  /** Whether an existing row may be taken over (no owner, or one adopted from; not ours). */
  readonly adoptable: (r: Row) => boolean
  /** UUIDs matched already: never taken twice. */
  readonly claimed: ReadonlySet<string>
}

// the columns a desired row's content is compared by: those it gives, but its marks
const contentColumns = (slot: Slot): ReadonlyArray<string> | undefined => {
  const cols = Object.keys(slot.row.columns)
    .filter((c) => c !== 'external_ids')
    .sort()
  // references are not resolved yet (and these tables hold none): such a row is not compared
  return cols.every((c) => !hasRef(slot.row.columns[c]!) && slot.table.columns[c] !== undefined) ? cols : undefined
}

const contentKey = (slot: Slot, cols: ReadonlyArray<string>, of: (c: string) => Value | undefined): string =>
  cols.map((c) => valueKey(of(c) ?? defaultValue(slot.table.columns[c]!.type))).join('\u0001')

/** Desired id -> the UUID of the existing row it adopts by content, in a deterministic order. @internal */
export const adoptByContent = (input: ContentInput): ReadonlyArray<readonly [string, string]> => {
  const { rows, claimed } = input
  const wanted = [...input.wanted].sort((a, b) => cmp(a.row.id, b.row.id))
  if (wanted.length === 0 || rows.size === 0) return []
  const candidates = [...rows].filter(([uuid, r]) => !claimed.has(uuid) && input.adoptable(r)).sort((a, b) => cmp(a[0], b[0]))
  if (candidates.length === 0) return []
  // candidates by content, one index per set of columns compared (the rows of one table
  // built by one constructor give the same columns: usually one index)
  const indexes = new Map<string, Map<string, string[]>>()
  const taken = new Set<string>()
  const out: Array<readonly [string, string]> = []
  for (const slot of wanted) {
    const cols = contentColumns(slot)
    if (cols === undefined) continue
    const sig = cols.join('\u0001')
    let index = indexes.get(sig)
    if (index === undefined) {
      indexes.set(sig, (index = new Map()))
      for (const [uuid, r] of candidates) {
        const k = contentKey(slot, cols, (c) => r[c])
        const l = index.get(k)
        if (l === undefined) index.set(k, [uuid])
        else l.push(uuid)
      }
    }
    const k = contentKey(slot, cols, (c) => canonicalValue(slot.table.columns[c]!.type, slot.row.columns[c] as Value))
    const pick = index.get(k)?.find((u) => !taken.has(u))
    if (pick === undefined) continue
    taken.add(pick)
    out.push([slot.row.id, pick])
  }
  return out
}
