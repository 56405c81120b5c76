/**
 * Identity keys, the one way both sides build them: an existing row's (from the
 * database) and a desired row's (from the desired state), by the table's
 * {@link IdentityRule}.
 *
 * - `{ key }` rules: the owner and the id kept in `external_ids` (`owner \u0001 id`; an
 *   existing row without one is itself, `uuid:<uuid>`);
 * - `{ columns }` rules: each column's canonical text ({@link valueKey}), joined by
 *   `\u0001`; with `parent: true`, after the parent's part (`Table.column:<its key>`)
 *   and `\u0002`.
 *
 * For matching, the same identity comes as parts (the parent's part or '', then each
 * column as the atom itself or its canonical text): a tree of maps keyed by parts finds
 * rows without making one string per existing row. Pure; internal to the library.
 *
 * @module
 * @internal
 */
import type { ColumnSchema, DatabaseSchema } from '../ovsdb/schema.js'
import { canonicalValue, defaultValue, setElements } from '../ovsdb/values.js'
import type { Row, Value } from '../ovsdb/wire/datum.js'
import { identityRule, type IdentityRule, type IdentityRules } from '../ovsdb/identity.js'
import type { CurrentState } from './plan.js'
import { Parents } from './parents.js'
import { holdsChildren, type Slot } from './validate.js'
import { EMPTY_SET, hasRef, mapGet, valueKey } from './values.js'

/** A part of an identity, for matching: an atom itself, or the text of anything else. @internal */
export type Part = string | number | boolean

const partOf = (v: Value): Part => (typeof v === 'object' ? valueKey(v) : v)

/** The key of a `{ key }` rule. */
// led by \u0003 so that describeKey can show the id alone (`DHCP_Options 10.1.0.0/24`,
// not the owner and the table again)
const idKeyText = (owner: string, id: string): string => `\u0003${owner}\u0001${id}`

/** A key with its parent's part in front. */
const underParent = (prefix: string, key: string): string => `${prefix}\u0002${key}`

/** The parent's part of a key: its table, column and key. */
const parentPart = (table: string, column: string, key: string): string => `${table}.${column}:${key}`

const ORPHAN = 'orphan'

/** Identities of both sides, for one diff. @internal */
export class Keys {
  /** Child UUID -> its parent, as the database holds them (indexed by child table on first use). */
  readonly parents: Parents
  private readonly rules = new Map<string, IdentityRule>()
  private readonly existingMemo = new Map<string, string>()
  private readonly existingPrefixMemo = new Map<string, Map<string, string>>()
  private readonly desiredPrefixMemo = new Map<string, Map<string, string>>()
  private readonly defaultKeys = new Map<ColumnSchema | undefined, string>()
  // the parts are written into one array per length, used at once by the caller (emptied
  // and pushed to, one array took a new backing store each call: ~40 MB of garbage in a
  // no-op W100k diff)
  private readonly parts: Part[][] = []

  constructor(
    private readonly schema: DatabaseSchema,
    private readonly current: CurrentState,
    private readonly identityRules: IdentityRules,
    /** The owner of the desired state. */
    private readonly owner: string,
    private readonly ownerKey: string,
    private readonly idKey: string,
  ) {
    this.parents = new Parents(schema, current)
  }

  /** The owner an existing row carries. */
  readonly ownerOf = (r: Row): string | undefined => {
    const o = mapGet(r['external_ids'], this.ownerKey)
    return typeof o === 'string' ? o : undefined
  }

  /** The identity rule of a table. */
  ruleOf(table: string): IdentityRule {
    let r = this.rules.get(table)
    if (r === undefined) this.rules.set(table, (r = identityRule(this.schema, this.identityRules, table)))
    return r
  }

  // ---- existing rows ---------------------------------------------------------------

  /** An existing row's identity key (its parent's first). */
  existing(table: string, uuid: string, r: Row): string {
    const memo = this.existingMemo.get(uuid)
    if (memo !== undefined) return memo
    const rule = this.ruleOf(table)
    let key: string
    if ('key' in rule) {
      const id = mapGet(r['external_ids'], this.idKey)
      key = idKeyText(this.ownerOf(r) ?? '', typeof id === 'string' ? id : `uuid:${uuid}`)
    } else {
      key = this.columnsKey(rule, r)
      if (rule.parent === true) key = underParent(this.existingPrefix(table, uuid), key)
    }
    this.existingMemo.set(uuid, key)
    return key
  }

  /** An existing row's identity, without its parent's part. */
  own(table: string, r: Row): string {
    const rule = this.ruleOf(table)
    if ('key' in rule) {
      const id = mapGet(r['external_ids'], this.idKey)
      return idKeyText(this.ownerOf(r) ?? '', typeof id === 'string' ? id : '')
    }
    return this.columnsKey(rule, r)
  }

  /** An existing row's identity as parts, for matching (valid until the next call). */
  existingParts(table: string, uuid: string, r: Row): Part[] {
    const rule = this.ruleOf(table)
    if ('key' in rule) {
      const parts = this.buffer(3)
      const id = mapGet(r['external_ids'], this.idKey)
      parts[0] = ''
      parts[1] = this.ownerOf(r) ?? ''
      parts[2] = typeof id === 'string' ? id : `uuid:${uuid}`
      return parts
    }
    const cols = rule.columns
    const parts = this.buffer(cols.length + 1)
    parts[0] = rule.parent === true ? this.existingPrefix(table, uuid) : ''
    for (let i = 0; i < cols.length; i++) parts[i + 1] = partOf(r[cols[i]!] ?? EMPTY_SET)
    return parts
  }

  // the array the parts of an identity of n parts are written into
  private buffer(n: number): Part[] {
    return (this.parts[n] ??= new Array<Part>(n).fill(''))
  }

  /** Records a row as the parent of the children it holds now. */
  reparent(uuid: string, table: string): void {
    const r = this.current.rows(table).get(uuid)
    const ts = this.schema.tables[table]
    if (r === undefined || ts === undefined) return
    for (const c of Object.values(ts.columns)) {
      if (!holdsChildren(this.schema, c)) continue
      for (const a of setElements(r[c.name] ?? EMPTY_SET)) if (Array.isArray(a) && a[0] === 'uuid') this.parents.set(a[1], c.type.key.refTable!, { table, uuid, column: c.name })
    }
  }

  private columnsKey(rule: { readonly columns: ReadonlyArray<string> }, r: Row): string {
    let key = ''
    for (let i = 0; i < rule.columns.length; i++) key += `${i > 0 ? '\u0001' : ''}${valueKey(r[rule.columns[i]!] ?? EMPTY_SET)}`
    return key
  }

  // the parent's part, made once per parent and column
  private existingPrefix(table: string, uuid: string): string {
    const p = this.parents.get(uuid, table)
    const pr = p === undefined ? undefined : this.current.rows(p.table).get(p.uuid)
    if (p === undefined || pr === undefined) return ORPHAN
    let byColumn = this.existingPrefixMemo.get(p.uuid)
    if (byColumn === undefined) this.existingPrefixMemo.set(p.uuid, (byColumn = new Map()))
    let text = byColumn.get(p.column)
    if (text === undefined) byColumn.set(p.column, (text = parentPart(p.table, p.column, this.existing(p.table, p.uuid, pr))))
    return text
  }

  // ---- desired rows ----------------------------------------------------------------

  /** A desired row's identity key (its parent's first), kept in its slot. */
  desired(slot: Slot): string {
    if (slot.key !== undefined) return slot.key
    const { row } = slot
    const rule = this.ruleOf(row.table)
    let key: string
    if ('key' in rule) key = idKeyText(this.owner, row.id)
    else {
      // one string, not a chain of concatenations (keys are compared and hashed)
      const cols = rule.columns
      if (cols.length === 1) key = this.desiredColumnKey(slot, cols[0]!)
      else {
        const parts = new Array<string>(cols.length)
        for (let i = 0; i < cols.length; i++) parts[i] = this.desiredColumnKey(slot, cols[i]!)
        key = parts.join('\u0001')
      }
      if (rule.parent === true) key = underParent(this.desiredPrefix(slot), key)
    }
    slot.key = key
    return key
  }

  /** A desired row's identity as parts, for matching (valid until the next call). */
  desiredParts(slot: Slot): Part[] {
    const { row, table } = slot
    const rule = this.ruleOf(row.table)
    if ('key' in rule) {
      const parts = this.buffer(3)
      parts[0] = ''
      parts[1] = this.owner
      parts[2] = row.id
      return parts
    }
    const cols = rule.columns
    const parts = this.buffer(cols.length + 1)
    parts[0] = rule.parent === true ? this.desiredPrefix(slot) : ''
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i]!
      const v = row.columns[c]
      const cs = table.columns[c]
      parts[i + 1] = v === undefined || cs === undefined || hasRef(v) ? partOf(cs ? defaultValue(cs.type) : EMPTY_SET) : partOf(canonicalValue(cs.type, v as Value))
    }
    return parts
  }

  // the key text of a column: its canonical value; a column the desired row leaves out
  // (or fills with references, which identity does not follow) is its default, made
  // once per column
  private desiredColumnKey(slot: Slot, c: string): string {
    const v = slot.row.columns[c]
    const cs = slot.table.columns[c]
    if (v !== undefined && cs !== undefined && !hasRef(v)) return valueKey(canonicalValue(cs.type, v as Value))
    let k = this.defaultKeys.get(cs)
    if (k === undefined) this.defaultKeys.set(cs, (k = valueKey(cs ? defaultValue(cs.type) : EMPTY_SET)))
    return k
  }

  private desiredPrefix(slot: Slot): string {
    const p = slot.parent
    if (p === undefined) return ORPHAN
    let byColumn = this.desiredPrefixMemo.get(p.row.id)
    if (byColumn === undefined) this.desiredPrefixMemo.set(p.row.id, (byColumn = new Map()))
    let text = byColumn.get(slot.parentColumn)
    if (text === undefined) byColumn.set(slot.parentColumn, (text = parentPart(p.row.table, slot.parentColumn, this.desired(p))))
    return text
  }
}
