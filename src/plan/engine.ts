/**
 * The diff's machinery, internal to the library: {@link diffState} makes a plan and
 * keeps what it learned on the way (which desired row matched which existing row, the
 * identity keys, how to recompute one row's update), so that the incremental
 * {@link Planner} can patch a plan instead of making it again. Not exported from the
 * package.
 *
 * @module
 * @internal
 */
import * as E from 'fp-ts/lib/Either.js'
import { columnKind, getTable, type ColumnSchema, type ColumnType, type DatabaseSchema, type TableSchema } from '../ovsdb/schema.js'
import { checkAtom, checkValue } from '../ovsdb/validate.js'
import { atomKey, canonicalValue, defaultValue, setElements, ZERO_UUID } from '../ovsdb/values.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import type { Condition } from '../ovsdb/wire/operation.js'
import { isRefTo, type DesiredAtom, type DesiredRow, type DesiredState, type DesiredValue, type RefTo } from '../ovsdb/desired.js'
import { identityRule, type IdentityRule, type IdentityRules } from '../ovsdb/identity.js'
import { adjacentDuplicates, sameIdentity, type Problem } from './duplicates.js'
import { missingReferences } from './references.js'
import type { ColumnChange, CreateRow, CurrentState, DeleteRow, Plan, PlanEntry, PlanError, PlanOptions, PlanValue, UpdateRow } from './plan.js'

// -------------------------------------------------------------------------------------
// values
// -------------------------------------------------------------------------------------

/** A canonical text of a value: set elements and map pairs sorted. */
const valueKey = (v: Value): string => {
  if (Array.isArray(v) && v[0] === 'set') {
    const xs = v[1] as ReadonlyArray<Atom>
    // the usual optional value: none or one, without an array for sorting
    if (xs.length === 0) return 's[]'
    if (xs.length === 1) return `s[${atomKey(xs[0]!)}]`
    return `s[${xs.map(atomKey).sort().join(',')}]`
  }
  if (Array.isArray(v) && v[0] === 'map')
    return `m[${(v[1] as ReadonlyArray<readonly [Atom, Atom]>).map((p) => `${atomKey(p[0])}=${atomKey(p[1])}`).sort().join(',')}]`
  return atomKey(v as Atom)
}

const mapPairs = (v: Value): ReadonlyArray<readonly [Atom, Atom]> =>
  Array.isArray(v) && v[0] === 'map' ? (v[1] as ReadonlyArray<readonly [Atom, Atom]>) : []

const mapGet = (v: Value | undefined, key: string): Atom | undefined =>
  v === undefined ? undefined : mapPairs(v).find((p) => p[0] === key)?.[1]


// -------------------------------------------------------------------------------------
// diff
// -------------------------------------------------------------------------------------

interface Parent {
  readonly table: string
  readonly uuid: string
  readonly column: string
}

interface Ctx {
  readonly schema: DatabaseSchema
  readonly current: CurrentState
  readonly rules: IdentityRules
  readonly owner: string
  readonly ownerKey: string
  readonly idKey: string
}

/** Non-root tables and, for each, the strong reference columns that hold its rows. */
const childColumns = (schema: DatabaseSchema): Map<string, Array<{ table: string; column: string }>> => {
  const out = new Map<string, Array<{ table: string; column: string }>>()
  for (const t of Object.values(schema.tables))
    for (const c of Object.values(t.columns)) {
      if (!holdsChildren(schema, c)) continue
      const rt = c.type.key.refTable!
      let l = out.get(rt)
      if (l === undefined) out.set(rt, (l = []))
      l.push({ table: t.name, column: c.name })
    }
  return out
}

/** Whether a column holds rows of a non-root table (strong references): their parent's. @internal */
export const holdsChildren = (schema: DatabaseSchema, c: ColumnSchema): boolean => {
  const rt = c.type.key.refTable
  return rt !== undefined && c.type.key.refType !== 'weak' && getTable(schema, rt)?.isRoot === false
}

// a table's columns by name (a map: no prototype to guard against, and cheaper than
// `hasOwnProperty` on every column of every desired row)
const columnMaps = new WeakMap<TableSchema, ReadonlyMap<string, ColumnSchema>>()
/** A table's columns, as a map by name. @internal */
export const columnsOf = (t: TableSchema): ReadonlyMap<string, ColumnSchema> => {
  let m = columnMaps.get(t)
  if (m === undefined) columnMaps.set(t, (m = new Map(Object.entries(t.columns))))
  return m
}

/** Whether a character code may stand in a named-uuid (`[a-zA-Z0-9_]`). */
const idChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95

// the bytes of one named-uuid, written in place: "new" (3), 16 digits at most, "_", 48
const NAME_BYTES = Buffer.alloc(3 + 16 + 1 + 48)
NAME_BYTES.write('new', 0, 'latin1')

const writeDigits = (b: Buffer, at: number, n: number): number => {
  const next = n >= 10 ? writeDigits(b, at, Math.floor(n / 10)) : at
  b[next] = 48 + (n % 10)
  return next + 1
}

/**
 * The named-uuid of the `i`th row a plan creates, desired id `id`: `new<i>_` and the
 * first 48 characters of the id, each one that cannot stand in a named-uuid replaced by
 * `_`. Written byte by byte into one buffer and read out as one string: the
 * concatenations and slices of building it as text left several short strings behind
 * per row created. @internal
 */
export const createdName = (i: number, id: string): string => {
  let k = writeDigits(NAME_BYTES, 3, i)
  NAME_BYTES[k++] = 95
  const n = id.length < 48 ? id.length : 48
  for (let j = 0; j < n; j++) {
    const c = id.charCodeAt(j)
    NAME_BYTES[k++] = idChar(c) ? c : 95
  }
  return NAME_BYTES.toString('latin1', 0, k)
}

/**
 * One desired row and what the diff learns of it on the way, so that no phase looks it
 * up by id again. @internal
 */
export interface Slot {
  /** The row (the planner swaps in a row changed in place). */
  row: DesiredRow
  index: number
  readonly table: TableSchema
  /** The desired row that holds it by a strong reference (rows of non-root tables). */
  parent: Slot | undefined
  parentColumn: string
  /** Its identity key, once made. */
  key: string | undefined
  /** The named-uuid of a row to create. */
  name: string
  /** What a reference to it becomes: its UUID, or its named-uuid. */
  atom: Atom | undefined
  /**
   * `["set", [atom]]`, made once for every optional or set column that refers to this
   * row alone (many ports to one DHCP_Options row); stale once `atom` changes.
   */
  one: Value | undefined
}

/** What a diff knows when it is done, for patching its plan (see {@link Planner}). @internal */
export interface DiffState {
  readonly plan: Plan
  /** The desired rows by id (the planner swaps in a row that changed in place). */
  readonly byId: ReadonlyMap<string, Slot>
  /** Desired id -> the UUID of the existing row it matched. */
  readonly matched: ReadonlyMap<string, string>
  /** The UUIDs matched. */
  readonly claimed: ReadonlySet<string>
  /** The updates by UUID, before sorting. */
  readonly updates: ReadonlyMap<string, UpdateRow>
  /** One matched row's update, made again from the rows as they are now. */
  readonly updateOf: (id: string, uuid: string) => UpdateRow | undefined
  /** The owner an existing row carries. */
  readonly ownerOf: (r: Row) => string | undefined
  /** An existing row's identity, without its parent's part. */
  readonly ownKey: (table: string, r: Row) => string
  /**
   * Records rows created by a committed plan as matched (desired id -> UUID), with their
   * parents, as the full diff would find them.
   */
  readonly adopt: (created: Iterable<readonly [string, string]>) => void
  /** Forgets desired rows removed from the state: their rows are no longer claimed. */
  readonly release: (ids: Iterable<string>) => void
  /**
   * Garbage collection again, of these rows only (as the full diff would treat them):
   * the deletes and retained rows, and the parents that children are dropped from
   * (compare them again, then call `dropsLeft`).
   */
  readonly sweepAgain: (
    uuids: ReadonlySet<string>,
    tables: ReadonlySet<string>,
  ) => { readonly deletes: ReadonlyArray<DeleteRow>; readonly retained: ReadonlyArray<NonNullable<Plan['retained']>[number]>; readonly dropping: ReadonlyArray<string> }
  /** Children still to drop from parents no update took them from: into the updates. */
  readonly dropsLeft: () => void
  /** The rows the last sweep deletes (children of deleted rows included), with their tables. */
  readonly deleting: () => ReadonlyMap<string, string>
  /** Records the row as the parent of the children it holds now (a transaction of ours moved some). */
  readonly reparent: (uuid: string, table: string) => void
  /** Registers a new desired row (the planner adds rows in place). */
  readonly addSlot: (row: DesiredRow, index: number, table: TableSchema) => Slot
  /** A desired row's identity key (its parent's first). */
  readonly keyOf: (slot: Slot) => string
  /** The identity keys of a table's existing rows, as they are now (a new set each call). */
  readonly existingKeys: (table: string) => Set<string>
  /** The identity key of one existing row, as it is now (undefined: no such row). */
  readonly existingKeyOf: (table: string, uuid: string) => string | undefined
  /** The create entry of a desired row, its named-uuid set. */
  readonly createEntry: (slot: Slot) => CreateRow
  /** The problems of one desired row's values (references aside), as the diff reports them. */
  readonly checkRow: (row: DesiredRow, index: number, table: TableSchema) => ReadonlyArray<{ readonly path: string; readonly message: string }>
}

/** The diff, keeping its state. @internal */
export const diffState = (
  schema: DatabaseSchema,
  current: CurrentState,
  desired: DesiredState,
  options: PlanOptions = {},
): E.Either<PlanError, DiffState> => {
  const ctx: Ctx = {
    schema,
    current,
    rules: options.rules ?? {},
    owner: desired.owner,
    ownerKey: options.ownerKey ?? 'ovn-nb/owner',
    idKey: options.idKey ?? 'ovn-nb/id',
  }
  const problems: Array<{ path: string; message: string }> = []
  if (desired.owner === '') problems.push({ path: 'owner', message: 'the owner must not be empty' })

  // ---- the desired rows: checks, parents -------------------------------------------
  const byId = new Map<string, Slot>()
  const rowsIn = desired.rows
  for (let index = 0; index < rowsIn.length; index++) {
    const row = rowsIn[index]!
    const t = getTable(schema, row.table)
    if (t === undefined) {
      problems.push({ path: `rows[${index}].table`, message: `no table "${row.table}" in ${schema.name}` })
      continue
    }
    // one lookup per row: a set that does not grow the map replaced an earlier row
    const before = byId.size
    byId.set(row.id, { row, index, table: t, parent: undefined, parentColumn: '', key: undefined, name: '', atom: undefined, one: undefined })
    if (byId.size === before) {
      problems.push({ path: `rows[${index}].id`, message: `duplicate id "${row.id}"` })
      // the first row of that id stays
      for (let j = 0; j < index; j++) {
        const first = rowsIn[j]!
        const ft = first.id === row.id ? getTable(schema, first.table) : undefined
        if (ft !== undefined) {
          byId.set(row.id, { row: first, index: j, table: ft, parent: undefined, parentColumn: '', key: undefined, name: '', atom: undefined, one: undefined })
          break
        }
      }
    }
  }
  const checkRef = (a: RefTo, refTable: string | undefined, holder: Slot, name: string, c: ColumnSchema): number => {
    const target = byId.get(a[1])
    const { index, row } = holder
    if (target === undefined) problems.push({ path: `rows[${index}].columns.${name}`, message: `reference to "${a[1]}", which is not in the desired state` })
    else if (refTable === undefined || target.row.table !== refTable)
      problems.push({ path: `rows[${index}].columns.${name}`, message: `"${a[1]}" is a ${target.row.table} row; ${row.table}.${name} refers to ${refTable ?? 'no table'}` })
    else if (!target.table.isRoot && c.type.key.refType !== 'weak') {
      const prev = target.parent
      if (prev !== undefined && (prev !== holder || target.parentColumn !== name))
        problems.push({ path: `rows[${index}].columns.${name}`, message: `"${a[1]}" is held by both "${prev.row.id}" and "${row.id}"` })
      target.parent = holder
      target.parentColumn = name
    }
    return 1
  }
  for (const slot of byId.values()) {
    const { row, index, table } = slot
    const columns = row.columns
    const cols = columnsOf(table)
    for (const name in columns) {
      const v = columns[name]!
      const c = cols.get(name)
      if (c === undefined) {
        problems.push({ path: `rows[${index}].columns.${name}`, message: `no column "${name}" in table ${row.table}` })
        continue
      }
      // references: each must name a desired row of the table the column refers to; a
      // row of a non-root table is held by one (strong) parent only
      let refs = 0
      if (Array.isArray(v) && v[0] === 'set') {
        const xs = v[1] as ReadonlyArray<DesiredAtom>
        for (let i = 0; i < xs.length; i++) {
          const a = xs[i]!
          if (typeof a === 'object' && isRefTo(a)) refs += checkRef(a, c.type.key.refTable, slot, name, c)
        }
      } else if (Array.isArray(v) && v[0] === 'map') {
        const ps = v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
        for (let i = 0; i < ps.length; i++) {
          const p = ps[i]!
          if (typeof p[0] === 'object' && isRefTo(p[0])) refs += checkRef(p[0], c.type.key.refTable, slot, name, c)
          if (typeof p[1] === 'object' && isRefTo(p[1])) refs += checkRef(p[1], c.type.value?.refTable, slot, name, c)
        }
      } else if (typeof v === 'object' && isRefTo(v)) refs += checkRef(v, c.type.key.refTable, slot, name, c)
      const e = refs === 0 ? checkValue(c.type, v) : checkWithRefs(c.type, v)
      if (e !== undefined) problems.push({ path: `rows[${index}].columns.${name}`, message: e })
      else if (c.type.key.refTable !== undefined || c.type.value?.refTable !== undefined) missingReferences(schema, current, index, c, v, problems)
    }
  }
  for (const { row, index, table, parent } of byId.values())
    if (!table.isRoot && parent === undefined)
      problems.push({ path: `rows[${index}]`, message: `"${row.id}" (${row.table}) is held by no desired row: the server would delete it` })
  if (problems.length > 0) return E.left({ _tag: 'InvalidDesired', problems })

  // ---- the existing rows: parents, identities ---------------------------------------
  const holders = childColumns(schema)
  const existingParent = new Map<string, Parent>() // child uuid -> parent
  for (const [child, cols] of holders) {
    void child
    for (const { table, column } of cols)
      for (const [uuid, r] of current.rows(table)) {
        const v = r[column]
        if (v === undefined) continue
        for (const a of setElements(v)) if (Array.isArray(a) && a[0] === 'uuid') existingParent.set(a[1], { table, uuid, column })
      }
  }
  const ownerOf = (r: Row): string | undefined => {
    const o = mapGet(r['external_ids'], ctx.ownerKey)
    return typeof o === 'string' ? o : undefined
  }
  const rulesMemo = new Map<string, IdentityRule>()
  const ruleOf = (table: string): IdentityRule => {
    let r = rulesMemo.get(table)
    if (r === undefined) rulesMemo.set(table, (r = identityRule(schema, ctx.rules, table)))
    return r
  }
  const ownKeyOf = (rule: IdentityRule, r: Row): string => {
    if ('key' in rule) {
      const id = mapGet(r['external_ids'], ctx.idKey)
      return `${ownerOf(r) ?? ''}\u0001${typeof id === 'string' ? id : ''}`
    }
    let key = ''
    for (let i = 0; i < rule.columns.length; i++) key += `${i > 0 ? '\u0001' : ''}${valueKey(r[rule.columns[i]!] ?? EMPTY_SET)}`
    return key
  }
  const checkRow = (row: DesiredRow, index: number, table: TableSchema): Array<{ path: string; message: string }> => {
    const out: Array<{ path: string; message: string }> = []
    const cols = columnsOf(table)
    for (const name in row.columns) {
      const v = row.columns[name]!
      const c = cols.get(name)
      const e = c === undefined ? `no column "${name}" in table ${row.table}` : hasRef(v) ? checkWithRefs(c.type, v) : checkValue(c.type, v)
      if (e !== undefined) out.push({ path: `rows[${index}].columns.${name}`, message: e })
      else if (c !== undefined && (c.type.key.refTable !== undefined || c.type.value?.refTable !== undefined)) missingReferences(schema, current, index, c, v, out)
    }
    return out
  }
  const described = new Map<string, string>()
  const describe = (k: string): string => describeKey(k, described)
  const existingKeyMemo = new Map<string, string>()
  const existingKey = (table: string, uuid: string, r: Row): string => {
    const memo = existingKeyMemo.get(uuid)
    if (memo !== undefined) return memo
    const rule = ruleOf(table)
    let key: string
    if ('key' in rule) {
      const id = mapGet(r['external_ids'], ctx.idKey)
      key = `${ownerOf(r) ?? ''}\u0001${typeof id === 'string' ? id : `uuid:${uuid}`}`
    } else {
      key = ''
      for (let i = 0; i < rule.columns.length; i++) key += `${i > 0 ? '\u0001' : ''}${valueKey(r[rule.columns[i]!] ?? EMPTY_SET)}`
      if (rule.parent === true) {
        const p = existingParent.get(uuid)
        const pr = p === undefined ? undefined : current.rows(p.table).get(p.uuid)
        key = `${p === undefined || pr === undefined ? 'orphan' : `${p.table}.${p.column}:${existingKey(p.table, p.uuid, pr)}`}\u0002${key}`
      }
    }
    existingKeyMemo.set(uuid, key)
    return key
  }

  // desired identities (references resolved only as far as identity needs: parent keys)
  // the key text of a column that a desired row leaves out (or fills with references,
  // which identity does not follow): its default, made once per column
  const defaultKeys = new Map<ColumnSchema | undefined, string>()
  const defaultKeyOf = (cs: ColumnSchema | undefined): string => {
    let k = defaultKeys.get(cs)
    if (k === undefined) defaultKeys.set(cs, (k = valueKey(cs ? defaultValue(cs.type) : EMPTY_SET)))
    return k
  }
  const columnKeyOf = (row: DesiredRow, table: TableSchema, c: string): string => {
    const v = row.columns[c]
    const cs = table.columns[c]
    return v === undefined || cs === undefined || hasRef(v) ? defaultKeyOf(cs) : valueKey(canonicalValue(cs.type, v as Value))
  }
  const desiredKeyOf = (slot: Slot): string => {
    if (slot.key !== undefined) return slot.key
    const { row, table } = slot
    const rule = ruleOf(row.table)
    let key: string
    if ('key' in rule) key = `${ctx.owner}\u0001${row.id}`
    else {
      // one string, not a chain of concatenations (keys are compared and hashed)
      const cols = rule.columns
      if (cols.length === 1) key = columnKeyOf(row, table, cols[0]!)
      else {
        const parts = new Array<string>(cols.length)
        for (let i = 0; i < cols.length; i++) parts[i] = columnKeyOf(row, table, cols[i]!)
        key = parts.join('\u0001')
      }
      // the parent's part, made once per parent and column
      if (rule.parent === true) key = `${desiredPrefix(slot)}\u0002${key}`
    }
    slot.key = key
    return key
  }
  const desiredKey = (id: string): string => desiredKeyOf(byId.get(id)!)

  // identity keys for matching, as paths of parts rather than one text: a part is an
  // atom itself, or the text of anything else; the first part is the parent's (the text
  // of its table, column and key, made once per parent) or '' for rules without one
  type Part = string | number | boolean
  const partOf = (v: Value): Part => (typeof v === 'object' ? valueKey(v) : v)
  const existingPrefixMemo = new Map<string, Map<string, string>>()
  const existingPrefix = (uuid: string): string => {
    const p = existingParent.get(uuid)
    const pr = p === undefined ? undefined : current.rows(p.table).get(p.uuid)
    if (p === undefined || pr === undefined) return 'orphan'
    let byColumn = existingPrefixMemo.get(p.uuid)
    if (byColumn === undefined) existingPrefixMemo.set(p.uuid, (byColumn = new Map()))
    let text = byColumn.get(p.column)
    if (text === undefined) byColumn.set(p.column, (text = `${p.table}.${p.column}:${existingKey(p.table, p.uuid, pr)}`))
    return text
  }
  // the parts are written into one array, used at once by the caller
  const parts: Part[] = []
  const existingParts = (table: string, uuid: string, r: Row): Part[] => {
    const rule = ruleOf(table)
    parts.length = 0
    if ('key' in rule) {
      const id = mapGet(r['external_ids'], ctx.idKey)
      parts.push('', ownerOf(r) ?? '', typeof id === 'string' ? id : `uuid:${uuid}`)
      return parts
    }
    parts.push(rule.parent === true ? existingPrefix(uuid) : '')
    for (const c of rule.columns) parts.push(partOf(r[c] ?? EMPTY_SET))
    return parts
  }
  const desiredPrefixMemo = new Map<string, Map<string, string>>()
  const desiredPrefix = (slot: Slot): string => {
    const p = slot.parent
    if (p === undefined) return 'orphan'
    let byColumn = desiredPrefixMemo.get(p.row.id)
    if (byColumn === undefined) desiredPrefixMemo.set(p.row.id, (byColumn = new Map()))
    let text = byColumn.get(slot.parentColumn)
    if (text === undefined) byColumn.set(slot.parentColumn, (text = `${p.row.table}.${slot.parentColumn}:${desiredKeyOf(p)}`))
    return text
  }
  const desiredParts = (id: string): Part[] => {
    const slot = byId.get(id)!
    const { row, table } = slot
    const rule = ruleOf(row.table)
    parts.length = 0
    if ('key' in rule) {
      parts.push('', ctx.owner, id)
      return parts
    }
    parts.push(rule.parent === true ? desiredPrefix(slot) : '')
    for (const c of rule.columns) {
      const v = row.columns[c]
      const cs = table.columns[c]
      parts.push(v === undefined || cs === undefined || hasRef(v) ? partOf(cs ? defaultValue(cs.type) : EMPTY_SET) : partOf(canonicalValue(cs.type, v as Value)))
    }
    return parts
  }

  // ---- matching -----------------------------------------------------------------------
  const adoptable = (o: string | undefined): boolean =>
    o === ctx.owner ||
    (options.adopt === true && o === undefined) ||
    (Array.isArray(options.adopt) && (o === undefined || options.adopt.includes(o)))
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
  const conflicts: Array<{ table: string; id: string; uuid: string; owner: string | undefined; message: string }> = []
  const same: Problem[] = [] // desired rows of one identity (see duplicates.ts)
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
      const parts = existingParts(table, uuid, r)
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
      const parts = desiredParts(id)
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
        owner = ownerOf(rows.get(found)!)
        mine = owner === ctx.owner ? found : undefined
        pick = found
      } else {
        const cands = found.filter((u) => !claimed.has(u))
        if (cands.length === 0) return
        mine = cands.find((u) => ownerOf(rows.get(u)!) === ctx.owner)
        pick = mine ?? cands.sort()[0]!
        owner = ownerOf(rows.get(pick)!)
      }
      const { row } = byId.get(id)!
      if (mine === undefined && hasOwner && row.shared !== true && !adoptable(owner)) {
        conflicts.push({
          table,
          id,
          uuid: pick,
          owner,
          message:
            owner === undefined
              ? `${table} ${describe(desiredKey(id))} exists without an owner; adopt it (adopt: true) or mark it shared`
              : `${table} ${describe(desiredKey(id))} belongs to "${owner}"; mark it shared or adopt it from "${owner}"`,
        })
        return
      }
      matched.set(id, pick)
      claimed.add(pick)
    }
    for (const [found, g] of groups) {
      if (typeof g === 'string') claim(g, found)
      else {
        same.push(...sameIdentity(g.sort().map((id) => byId.get(id)!), describe(desiredKey(g[0]!))))
        for (const id of g) claim(id, found)
      }
    }
  }
  // in the order of tables, then of ids
  conflicts.sort((a, b) => (a.table === b.table ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : cmp(a.table, b.table)))
  if (conflicts.length > 0) return E.left({ _tag: 'Conflict', conflicts })

  // ---- named-uuids of new rows, in a deterministic order --------------------------------
  // the rows to create, sorted by table, then identity key, then id; each slot carries
  // what the plan needs of it, so that nothing is looked up by id once they are sorted
  // (a sorted walk through a large map misses the cache)
  const toCreate: Slot[] = []
  for (const slot of byId.values())
    if (!matched.has(slot.row.id)) {
      desiredKeyOf(slot)
      toCreate.push(slot)
    }
  toCreate.sort((a, b) => (a.row.table === b.row.table ? cmp(a.key!, b.key!) || cmp(a.row.id, b.row.id) : cmp(a.row.table, b.row.table)))
  same.push(...adjacentDuplicates(toCreate, describe))
  if (same.length > 0) return E.left({ _tag: 'InvalidDesired', problems: same })
  // what a reference becomes: the UUID of the row it matched, or the named-uuid of the row
  // created; one atom per referenced row, shared by every value that refers to it
  for (let i = 0; i < toCreate.length; i++) {
    const p = toCreate[i]!
    p.name = createdName(i, p.row.id)
    p.atom = ['named-uuid', p.name]
  }
  const atomOf = (slot: Slot): Atom => (slot.atom ??= ['uuid', matched.get(slot.row.id)!])
  const resolve = (a: DesiredAtom): Atom => (isRefTo(a) ? atomOf(byId.get(a[1])!) : a)
  // values without references are used as they are (they are immutable)
  const resolveValue = (ct: ColumnType, v: DesiredValue): Value => {
    if (Array.isArray(v) && v[0] === 'set') {
      const xs = v[1] as ReadonlyArray<DesiredAtom>
      return atomsHaveRef(xs) ? ['set', xs.map(resolve)] : (v as Value)
    }
    if (Array.isArray(v) && v[0] === 'map') {
      const ps = v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
      return pairsHaveRef(ps) ? ['map', ps.map((p) => [resolve(p[0]), resolve(p[1])] as const)] : (v as Value)
    }
    if (!isRefTo(v)) return canonicalValue(ct, v as Value)
    // one reference in an optional or set column: the set of it, shared by every row
    // that refers to that row alone (values are immutable)
    const slot = byId.get(v[1])!
    const atom = atomOf(slot)
    const kind = columnKind(ct)
    if (kind === 'atom' || kind === 'map') return atom
    const one = slot.one as readonly ['set', ReadonlyArray<Atom>] | undefined
    return one !== undefined && one[1][0] === atom ? one : (slot.one = ['set', [atom]])
  }
  // rows the engine writes get the owner (and, for id identities, the id) in external_ids
  const sameMarks = (have: Value, ext: DesiredValue | undefined, id: string, withId: boolean, uuidOf: (id: string) => string | undefined): boolean => {
    if (!Array.isArray(have) || have[0] !== 'map') return false
    const h = have[1] as ReadonlyArray<readonly [Atom, Atom]>
    let n = withId ? 2 : 1
    if (ext !== undefined && Array.isArray(ext) && ext[0] === 'map') {
      const ps = ext[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
      for (let i = 0; i < ps.length; i++) {
        const p = ps[i]!
        if (p[0] === ctx.ownerKey || p[0] === ctx.idKey) continue
        n++
        if (!holdsPair(h, p[0], p[1], uuidOf)) return false
      }
    }
    return h.length === n && holdsPair(h, ctx.ownerKey, ctx.owner, uuidOf) && (!withId || holdsPair(h, ctx.idKey, id, uuidOf))
  }
  const ownerPair = [ctx.ownerKey, ctx.owner] as const
  // the marks alone, shared by every row that has no other external_ids and no id mark
  const ownerOnly: DesiredValue = ['map', [ownerPair]]
  const markedIds = (id: string, table: string, ext: DesiredValue | undefined): DesiredValue => {
    const withId = 'key' in ruleOf(table)
    if (ext === undefined && !withId) return ownerOnly
    const ps = ext !== undefined && Array.isArray(ext) && ext[0] === 'map' ? (ext[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>) : undefined
    // the pairs, counted first: an array of the exact size (this runs once per row created)
    let n = withId ? 2 : 1
    if (ps !== undefined) for (let i = 0; i < ps.length; i++) if (ps[i]![0] !== ctx.ownerKey && ps[i]![0] !== ctx.idKey) n++
    const pairs = new Array<readonly [DesiredAtom, DesiredAtom]>(n)
    let k = 0
    if (ps !== undefined)
      for (let i = 0; i < ps.length; i++) {
        const p = ps[i]!
        if (p[0] !== ctx.ownerKey && p[0] !== ctx.idKey) pairs[k++] = p
      }
    pairs[k++] = ownerPair
    if (withId) pairs[k] = [ctx.idKey, id]
    return ['map', pairs]
  }
  const entries: PlanEntry[] = []
  // ---- creates --------------------------------------------------------------------------
  // what a table's creates share: whether they carry marks, and the guard's columns
  const createInfo = new Map<string, { readonly marked: boolean; readonly guard: ReadonlyArray<string> | undefined; readonly byId: boolean; readonly viaParent: boolean }>()
  const createInfoOf = (name: string, table: TableSchema) => {
    let info = createInfo.get(name)
    if (info === undefined) {
      const rule = ruleOf(name)
      const indexed = table.indexes.some((ix) => 'columns' in rule && ix.length === rule.columns.length && ix.every((c) => rule.columns.includes(c)))
      const guarded = table.isRoot && 'columns' in rule && rule.parent !== true && !indexed && rule.columns.length > 0
      const marked = table.columns['external_ids'] !== undefined
      // rows no index can refuse a second copy of: guarded below
      const byId = table.isRoot && 'key' in rule && marked
      createInfo.set(name, (info = { marked, guard: guarded ? (rule as { columns: ReadonlyArray<string> }).columns : undefined, byId, viaParent: !table.isRoot && !indexed }))
    }
    return info
  }
  const createEntry = (slot: Slot): CreateRow => {
    const { row, table, key, name: uuidName } = slot
    const id = row.id
    const info = createInfoOf(row.table, table)
    const marked = info.marked && row.shared !== true
    const out: Record<string, PlanValue> = {}
    const columns = row.columns
    for (const name in columns)
      out[name] = resolveValue(table.columns[name]!.type, marked && name === 'external_ids' ? markedIds(id, row.table, columns[name]) : columns[name]!)
    if (marked && out['external_ids'] === undefined) out['external_ids'] = resolveValue(table.columns['external_ids']!.type, markedIds(id, row.table, undefined))
    const entry: { -readonly [K in keyof CreateRow]: CreateRow[K] } = { action: 'create', table: row.table, id, identity: describe(key!), uuidName, row: out }
    if (info.guard !== undefined) entry.guard = info.guard.map((c): Condition => [c, '==', out[c] ?? defaultValue(table.columns[c]!.type)])
    // a row identified by the id in its marks: a wait that no row of ours carries it yet
    else if (info.byId && marked) entry.guard = [['external_ids', 'includes', ['map', [[ctx.ownerKey, ctx.owner], [ctx.idKey, id]]]]]
    // a row held by its parent: compile guards the parent's column (see CreateRow.guardParent)
    else if (info.viaParent) entry.guardParent = true
    return entry
  }
  for (const slot of toCreate) entries.push(createEntry(slot))

  // ---- what the state no longer holds ---------------------------------------------------
  const deleting = new Map<string, string>() // uuid -> table
  let deletes: DeleteRow[] = []
  let retained: Array<{ readonly table: string; readonly uuid: string; readonly identity: string; readonly reason: string }> = []
  // root uuid -> rows that hold it by a strong reference (built only when GC needs it)
  let rootHolders: Map<string, Parent[]> | undefined
  const strongHolders = (): Map<string, Parent[]> => {
    if (rootHolders !== undefined) return rootHolders
    const out = new Map<string, Parent[]>()
    rootHolders = out
    for (const t of Object.values(schema.tables))
      for (const c of Object.values(t.columns))
        for (const bt of [c.type.key, c.type.value]) {
          if (bt?.refTable === undefined || bt.refType === 'weak' || getTable(schema, bt.refTable)?.isRoot !== true) continue
          for (const [uuid, r] of current.rows(t.name)) {
            const v = r[c.name]
            if (v === undefined) continue
            const atoms = Array.isArray(v) && v[0] === 'map' ? (v[1] as ReadonlyArray<readonly [Atom, Atom]>).flat() : setElements(v)
            for (const a of atoms)
              if (Array.isArray(a) && a[0] === 'uuid') {
                let l = out.get(a[1] as string)
                if (l === undefined) out.set(a[1] as string, (l = []))
                l.push({ table: t.name, uuid, column: c.name })
              }
          }
        }
    return out
  }
  // parent uuid -> its table and, per column, the child uuids to remove from it
  const dropChild = new Map<string, { readonly table: string; readonly cols: Map<string, Set<string>> }>()
  // rows of this owner that no desired row claims: deleted, or retained; `only`: just
  // these rows, in these tables (the planner's sweep after rows were removed)
  const sweep = (only?: { readonly uuids: ReadonlySet<string>; readonly tables: ReadonlySet<string> }): void => {
    if (options.gc === false) return
    const tables = options.gcTables ?? Object.keys(schema.tables)
    // roots first, so that children of deleted roots are left to the server
    const order = [...tables].sort((a, b) => Number(getTable(schema, b)?.isRoot) - Number(getTable(schema, a)?.isRoot) || cmp(a, b))
    for (const table of order) {
      const ts = getTable(schema, table)
      if (ts === undefined || ts.columns['external_ids'] === undefined || (only !== undefined && !only.tables.has(table))) continue
      for (const [uuid, r] of current.rows(table)) {
        if ((only !== undefined && !only.uuids.has(uuid)) || claimed.has(uuid) || ownerOf(r) !== ctx.owner) continue
        const identity = describe(existingKey(table, uuid, r))
        if (ts.isRoot) {
          // a row someone else still holds by a strong reference cannot go: deleting it
          // would fail the whole transaction (referential integrity); keep it and say so
          const holder = strongHolders().get(uuid)?.find((h) => ownerOf(current.rows(h.table).get(h.uuid)!) !== ctx.owner)
          if (holder !== undefined) {
            retained.push({ table, uuid, identity, reason: `still referenced by ${holder.table} ${holder.uuid} (${holder.column}), which this owner does not manage` })
            continue
          }
          deleting.set(uuid, table)
          deletes.push({ action: 'delete', table, identity, uuid })
          continue
        }
        const p = existingParent.get(uuid)
        if (p === undefined || deleting.has(p.uuid) || hasDeletedAncestor(p, existingParent, deleting)) {
          deleting.set(uuid, table)
          continue
        }
        deleting.set(uuid, table)
        deletes.push({ action: 'delete', table, identity, uuid, via: p })
        let d = dropChild.get(p.uuid)
        if (d === undefined) dropChild.set(p.uuid, (d = { table: p.table, cols: new Map() }))
        let s = d.cols.get(p.column)
        if (s === undefined) d.cols.set(p.column, (s = new Set()))
        s.add(uuid)
      }
    }
  }
  sweep()

  // ---- updates --------------------------------------------------------------------------
  const isOwnedUuid = (uuid: string, table: string | undefined): boolean => {
    if (table === undefined) return false
    const r = current.rows(table).get(uuid)
    return r !== undefined && ownerOf(r) === ctx.owner
  }
  const updates = new Map<string, UpdateRow>()
  const uuidOfId = (id: string): string | undefined => matched.get(id)
  // one column of a matched row: its change, or undefined when it holds what is wanted
  const columnChange = (row: DesiredRow, table: TableSchema, existing: Row, id: string, uuid: string, shared: boolean, marked: boolean, name: string): ColumnChange | undefined => {
    const cs = table.columns[name]!
    const have = existing[name] ?? defaultValue(cs.type)
    const ids = marked && name === 'external_ids'
    // the owner's marks checked in place, without building the marked map
    if (ids && sameMarks(have, row.columns['external_ids'], id, 'key' in ruleOf(row.table), uuidOfId)) return undefined
    const wanted = ids ? markedIds(id, row.table, row.columns['external_ids']) : row.columns[name]!
    const kind = columnKind(cs.type)
    // a bounded set or map (min > 0 or a finite max) is written whole: ovsdb-server checks
    // the size after each mutation, so delete-then-insert could pass through an illegal size
    const bounded = (kind === 'set' || kind === 'map') && (cs.type.min > 0 || cs.type.max !== 'unlimited')
    // the usual case, checked without building anything: the column holds what is wanted
    if (sameValue(kind, wanted, have, uuidOfId)) {
      if (kind === 'set' && !bounded) dropChild.get(uuid)?.cols.delete(name)
      return undefined
    }
    const want = resolveValue(cs.type, wanted)
    if (kind === 'atom' || kind === 'optional' || bounded) {
      if (shared || valueKey(want) === valueKey(have)) return undefined
      if (!cs.mutable) return undefined // an immutable column cannot change; identity should cover it
      return { column: name, mode: 'set', old: have, new: want }
    }
    if (kind === 'set') {
      const haveKeys = new Map(setElements(have).map((a) => [atomKey(a), a]))
      const wantKeys = new Map(setElements(want).map((a) => [atomKey(a), a]))
      const ins = [...wantKeys].filter(([k]) => !haveKeys.has(k)).map(([, a]) => a)
      const refTable = cs.type.key.refTable
      const drop = dropChild.get(uuid)?.cols.get(name)
      const del = [...haveKeys]
        .filter(([k, a]) => {
          if (wantKeys.has(k)) return false
          if (refTable !== undefined) return Array.isArray(a) && (isOwnedUuid(a[1] as string, refTable) || drop?.has(a[1] as string) === true)
          return !shared
        })
        .map(([, a]) => a)
      dropChild.get(uuid)?.cols.delete(name)
      return ins.length > 0 || del.length > 0 ? { column: name, mode: 'mutate', old: have, insert: ins, delete: del } : undefined
    }
    // map: key by key
    const haveMap = new Map(mapPairs(have).map((p) => [atomKey(p[0]), p]))
    const wantMap = new Map(mapPairs(want).map((p) => [atomKey(p[0]), p]))
    const ins: Array<readonly [Atom, Atom]> = []
    const del: Atom[] = []
    for (const [k, p] of wantMap) {
      const h = haveMap.get(k)
      if (h === undefined) ins.push(p)
      else if (atomKey(h[1]) !== atomKey(p[1]) && !shared) {
        del.push(p[0])
        ins.push(p)
      }
    }
    if (!shared) for (const [k, p] of haveMap) if (!wantMap.has(k)) del.push(p[0])
    return ins.length > 0 || del.length > 0 ? { column: name, mode: 'mutate', old: have, insert: ins, delete: del } : undefined
  }
  // a matched row's changes, sorted by column; nothing is allocated for a row that holds
  // what is wanted (a no-op full diff asks this of every matched row). The order of rows
  // does not matter here (updates are sorted below)
  const updateOf = (id: string, uuid: string): UpdateRow | undefined => {
    const { row, table } = byId.get(id)!
    const existing = current.rows(row.table).get(uuid)!
    const shared = row.shared === true
    const marked = !shared && table.columns['external_ids'] !== undefined
    let changes: ColumnChange[] | undefined
    for (const name in row.columns) {
      const c = columnChange(row, table, existing, id, uuid, shared, marked, name)
      if (c !== undefined) (changes ??= []).push(c)
    }
    if (marked && !Object.prototype.hasOwnProperty.call(row.columns, 'external_ids')) {
      const c = columnChange(row, table, existing, id, uuid, shared, marked, 'external_ids')
      if (c !== undefined) (changes ??= []).push(c)
    }
    if (changes === undefined) return undefined
    if (changes.length > 1) changes.sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0))
    return { action: 'update', table: row.table, id, identity: describe(desiredKey(id)), uuid, changes }
  }
  for (const [id, uuid] of matched) {
    const u = updateOf(id, uuid)
    if (u !== undefined) updates.set(uuid, u)
  }
  // children to drop from parents the desired state does not describe (or not that column)
  const dropsLeft = (): void => {
    for (const [parentUuid, { table: ptable, cols }] of dropChild) {
      for (const [column, uuids] of cols) {
        if (uuids.size === 0) continue
        const pr = current.rows(ptable).get(parentUuid)
        if (pr === undefined) continue
        const change: ColumnChange = { column, mode: 'mutate', old: pr[column] ?? ['set', []], insert: [], delete: [...uuids].sort().map((u) => ['uuid', u] as const) }
        const prev = updates.get(parentUuid)
        if (prev !== undefined) updates.set(parentUuid, { ...prev, changes: [...prev.changes, change] })
        else updates.set(parentUuid, { action: 'update', table: ptable, identity: describe(existingKey(ptable, parentUuid, pr)), uuid: parentUuid, changes: [change] })
      }
    }
  }
  dropsLeft()
  const sortedUpdates = [...updates.values()].sort((a, b) => cmp(a.table, b.table) || cmp(a.identity, b.identity) || cmp(a.uuid, b.uuid))
  const sortedDeletes = deletes.sort((a, b) => cmp(a.table, b.table) || cmp(a.identity, b.identity) || cmp(a.uuid, b.uuid))
  entries.push(...sortedUpdates, ...sortedDeletes)
  return E.right({
    plan: {
      database: schema.name,
      owner: ctx.owner,
      ownerKey: ctx.ownerKey,
      entries,
      summary: { create: toCreate.length, update: sortedUpdates.length, delete: sortedDeletes.length },
      ...(retained.length > 0 ? { retained } : {}),
    },
    byId,
    matched,
    claimed,
    updates,
    updateOf,
    ownerOf,
    ownKey: (table: string, r: Row) => ownKeyOf(ruleOf(table), r),
    checkRow,
    adopt: (created: Iterable<readonly [string, string]>) => {
      const slots: Slot[] = []
      for (const [id, uuid] of created) {
        const slot = byId.get(id)
        if (slot === undefined) continue
        matched.set(id, uuid)
        claimed.add(uuid)
        slot.atom = ['uuid', uuid]
        slots.push(slot)
      }
      // then their parents (created in the same transaction, some of them), for the
      // identities of rows under them
      for (const slot of slots) {
        const p = slot.parent
        const pu = p === undefined ? undefined : matched.get(p.row.id)
        if (p !== undefined && pu !== undefined) existingParent.set(matched.get(slot.row.id)!, { table: p.row.table, uuid: pu, column: slot.parentColumn })
      }
    },
    addSlot: (row: DesiredRow, index: number, table: TableSchema): Slot => {
      const slot: Slot = { row, index, table, parent: undefined, parentColumn: '', key: undefined, name: '', atom: undefined, one: undefined }
      byId.set(row.id, slot)
      return slot
    },
    keyOf: desiredKeyOf,
    existingKeyOf: (table: string, uuid: string): string | undefined => {
      const r = current.rows(table).get(uuid)
      return r === undefined ? undefined : existingKey(table, uuid, r)
    },
    existingKeys: (table: string): Set<string> => {
      const keys = new Set<string>()
      for (const [uuid, r] of current.rows(table)) keys.add(existingKey(table, uuid, r))
      return keys
    },
    createEntry,
    release: (ids: Iterable<string>) => {
      for (const id of ids) {
        const u = matched.get(id)
        if (u !== undefined) claimed.delete(u)
        matched.delete(id)
        byId.delete(id)
      }
    },
    sweepAgain: (uuids: ReadonlySet<string>, tables: ReadonlySet<string>) => {
      // new lists: the last plan holds the old ones
      deleting.clear()
      deletes = []
      retained = []
      dropChild.clear()
      rootHolders = undefined
      sweep({ uuids, tables })
      return { deletes: [...deletes], retained: [...retained], dropping: [...dropChild.keys()] }
    },
    dropsLeft,
    deleting: () => deleting,
    reparent: (uuid: string, table: string) => {
      const r = current.rows(table).get(uuid)
      const ts = getTable(schema, table)
      if (r === undefined || ts === undefined) return
      for (const c of Object.values(ts.columns)) {
        if (!holdsChildren(schema, c)) continue
        for (const a of setElements(r[c.name] ?? EMPTY_SET)) if (Array.isArray(a) && a[0] === 'uuid') existingParent.set(a[1], { table, uuid, column: c.name })
      }
    },
  })
}

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const EMPTY_SET: Value = ['set', []]

/** Code-unit order: deterministic, and far cheaper than collation (`localeCompare`). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const isWrapped = (v: unknown): boolean => Array.isArray(v) && (v[0] === 'set' || v[0] === 'map')

/** Whether existing map pairs `h` hold key `k` with value `v` (references resolved). */
const holdsPair = (h: ReadonlyArray<readonly [Atom, Atom]>, k: DesiredAtom, v: DesiredAtom, uuidOf: (id: string) => string | undefined): boolean => {
  for (let i = 0; i < h.length; i++) if (sameAtom(k, h[i]![0], uuidOf)) return sameAtom(v, h[i]![1], uuidOf)
  return false
}

/** Whether a desired atom, its references resolved, is the existing atom. */
const sameAtom = (want: DesiredAtom, have: Atom, uuidOf: (id: string) => string | undefined): boolean => {
  if (typeof want !== 'object') return want === have
  if (typeof have !== 'object') return false
  if (want[0] === 'ref') return have[0] === 'uuid' && uuidOf(want[1]) === have[1]
  return want[0] === have[0] && want[1] === have[1]
}

/**
 * A key standing for an atom in a set or map of one column (whose atoms all have one
 * type): the atom itself, or the UUID; undefined for what no existing atom can equal.
 */
const atomId = (a: DesiredAtom, uuidOf: (id: string) => string | undefined): string | number | boolean | undefined => {
  if (typeof a !== 'object') return a
  if (a[0] === 'ref') return uuidOf(a[1])
  return a[0] === 'uuid' ? a[1] : undefined
}

const SMALL = 8

/**
 * Whether a column already holds the desired value (sets and maps compared as sets and
 * maps), without building anything for small values. True means that the full
 * comparison would find no change; false means that it has to be made.
 */
const sameValue = (kind: ReturnType<typeof columnKind>, want: DesiredValue, have: Value, uuidOf: (id: string) => string | undefined): boolean => {
  if (kind === 'atom') return !isWrapped(want) && !isWrapped(have) && sameAtom(want as DesiredAtom, have as Atom, uuidOf)
  if (kind === 'map') {
    if (!Array.isArray(want) || want[0] !== 'map' || !Array.isArray(have) || have[0] !== 'map') return false
    const w = want[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>
    const h = have[1] as ReadonlyArray<readonly [Atom, Atom]>
    if (w.length !== h.length) return false
    if (w.length <= SMALL) {
      for (const p of w) {
        const q = h.find((x) => sameAtom(p[0], x[0], uuidOf))
        if (q === undefined || !sameAtom(p[1], q[1], uuidOf)) return false
      }
      return true
    }
    const m = new Map<unknown, Atom>()
    for (const q of h) m.set(typeof q[0] === 'object' ? q[0][1] : q[0], q[1])
    for (const p of w) {
      const k = atomId(p[0], uuidOf)
      if (k === undefined) return false
      const q = m.get(k)
      if (q === undefined || !sameAtom(p[1], q, uuidOf)) return false
    }
    return true
  }
  // sets and optional values: elements compared as sets
  if (Array.isArray(want) && want[0] === 'map') return false
  if (Array.isArray(have) && have[0] === 'map') return false
  const wantSet = Array.isArray(want) && want[0] === 'set'
  const haveSet = Array.isArray(have) && have[0] === 'set'
  const wn = wantSet ? (want[1] as ReadonlyArray<DesiredAtom>).length : 1
  const h = haveSet ? (have[1] as ReadonlyArray<Atom>) : undefined
  const hn = h === undefined ? 1 : h.length
  if (wn !== hn) return false
  if (wn === 0) return true
  if (!wantSet) return sameAtom(want as DesiredAtom, h === undefined ? (have as Atom) : h[0]!, uuidOf)
  const w = want[1] as ReadonlyArray<DesiredAtom>
  if (h === undefined) return sameAtom(w[0]!, have as Atom, uuidOf)
  if (wn <= SMALL) {
    for (const a of w) if (!h.some((x) => sameAtom(a, x, uuidOf))) return false
    return true
  }
  const keys = new Set<unknown>()
  for (const x of h) keys.add(typeof x === 'object' ? x[1] : x)
  for (const a of w) {
    const k = atomId(a, uuidOf)
    if (k === undefined || !keys.has(k)) return false
  }
  return true
}

// The loops of this module that run once per desired row avoid iterators and closures:
// a one-shot plan (`ovn-nb apply`) runs them once, before the optimizing compiler would
// have removed those allocations.

/** Whether map pairs hold a reference to a desired row. */
const atomsHaveRef = (xs: ReadonlyArray<DesiredAtom>): boolean => {
  for (let i = 0; i < xs.length; i++) if (isRefTo(xs[i])) return true
  return false
}

const pairsHaveRef = (ps: ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>): boolean => {
  for (let i = 0; i < ps.length; i++) if (isRefTo(ps[i]![0]) || isRefTo(ps[i]![1])) return true
  return false
}

/** Whether a desired value holds a reference to a desired row. */
const hasRef = (v: DesiredValue): boolean => {
  if (Array.isArray(v) && v[0] === 'set') return atomsHaveRef(v[1] as ReadonlyArray<DesiredAtom>)
  if (Array.isArray(v) && v[0] === 'map') return pairsHaveRef(v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>)
  return isRefTo(v)
}

/**
 * `checkValue` of a value holding references, each standing for a distinct UUID. The
 * usual case — a set in a UUID column — is checked without building the placeholder
 * value: references are valid UUID atoms, the other elements are checked one by one.
 */
const checkWithRefs = (ct: ColumnType, v: DesiredValue): string | undefined => {
  // a reference alone, in a column of references: one valid element
  if (ct.value === undefined && ct.key.type === 'uuid' && ct.key.enum === undefined && isRefTo(v))
    return ct.min > 1 ? `1 elements, at least ${ct.min} required` : undefined
  if (ct.value === undefined && ct.key.type === 'uuid' && ct.key.enum === undefined && Array.isArray(v) && v[0] === 'set' && v.length === 2 && Array.isArray(v[1])) {
    const xs = v[1] as ReadonlyArray<DesiredAtom>
    const seen = xs.length > SMALL ? new Set<string | number | boolean>() : undefined
    for (let i = 0; i < xs.length; i++) {
      const x = xs[i]!
      if (isRefTo(x)) continue
      const e = checkAtom(ct.key, x)
      if (e !== undefined) return e
      if (seen === undefined) {
        for (let j = 0; j < i; j++) {
          const y = xs[j]!
          if (!isRefTo(y) && (typeof x === 'object' ? typeof y === 'object' && x[0] === y[0] && x[1] === y[1] : x === y)) return `duplicate set element ${JSON.stringify(x)}`
        }
      } else {
        const k = typeof x === 'object' ? `${x[0]}:${x[1]}` : x
        if (seen.has(k)) return `duplicate set element ${JSON.stringify(x)}`
        seen.add(k)
      }
    }
    const n = xs.length
    if (n < ct.min) return `${n} elements, at least ${ct.min} required`
    if (ct.max !== 'unlimited' && n > ct.max) return `${n} elements, at most ${ct.max} allowed`
    return undefined
  }
  return checkValue(ct, placeholderRefs(v))
}

const PLACEHOLDER: Atom = ['uuid', ZERO_UUID]
const placeholderRefs = (v: DesiredValue): Value => {
  const fix = (a: DesiredAtom): Atom => (isRefTo(a) ? PLACEHOLDER : a)
  if (Array.isArray(v) && v[0] === 'set') {
    // distinct refs must stay distinct for the duplicate check
    const xs = v[1] as ReadonlyArray<DesiredAtom>
    return ['set', xs.map((a, i) => (isRefTo(a) ? (['uuid', `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`] as const) : a))]
  }
  if (Array.isArray(v) && v[0] === 'map')
    return ['map', (v[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).map((p) => [fix(p[0]), fix(p[1])] as const)]
  return fix(v as DesiredAtom)
}

const hasDeletedAncestor = (p: Parent, parents: ReadonlyMap<string, Parent>, deleting: { has: (uuid: string) => boolean }): boolean => {
  let cur: Parent | undefined = p
  for (let i = 0; cur !== undefined && i < 16; i++) {
    if (deleting.has(cur.uuid)) return true
    cur = parents.get(cur.uuid)
  }
  return false
}

/** Identity keys are internal strings; this makes them readable: `sw0 / to-lport 1000 "ip4"`. @internal */
export const describeKey = (k: string, memo?: Map<string, string>): string => {
  const cut = k.lastIndexOf('\u0002')
  if (cut < 0) return describePart(k, 0)
  // the parents' part, shared by their children
  const prefix = k.slice(0, cut)
  let p = memo?.get(prefix)
  if (p === undefined) {
    p = prefix
      .split('\u0002')
      .map((x) => describePart(x, 0))
      .join(' / ')
    memo?.set(prefix, p)
  }
  return `${p} / ${describePart(k, cut + 1)}`
}

const PARENT_PART = /^[A-Z][A-Za-z_]*\.[a-z_]+:/

/**
 * One part of a key (the text of `k` from `from` on), readable: a parent part
 * ("Table.column:key") keeps only its key; atoms lose their type. One slice per item.
 */
const describePart = (text: string, at: number): string => {
  let k = text
  let from = at
  const c = k.charCodeAt(from)
  if (c >= 65 && c <= 90) {
    const part = from === 0 ? k : k.slice(from)
    if (PARENT_PART.test(part)) {
      k = part
      from = part.indexOf(':') + 1
    }
  }
  let out = ''
  let start = from
  for (;;) {
    const next = k.indexOf('\u0001', start)
    const end = next < 0 ? k.length : next
    const item =
      end - start === 3 && k.startsWith('s[]', start)
        ? '-'
        : k.startsWith('string:', start) || k.startsWith('number:', start)
          ? k.slice(start + 7, end)
          : k.startsWith('boolean:', start)
            ? k.slice(start + 8, end)
            : k.startsWith('uuid:', start)
              ? k.slice(start + 5, end)
              : k.slice(start, end)
    out = start === from ? item : `${out} ${item}`
    if (next < 0) return out
    start = next + 1
  }
}
