/**
 * The parents of existing rows: for each row of a non-root table, the row that holds it
 * by a strong reference (its table and column), as the database holds them. The diff
 * needs them for the identities of rows keyed under their parent (ACLs, routes, NAT) and
 * for the rows the sweep removes through their parent; the index of a child table is
 * made when one of its rows is first asked for, so that a diff that asks for none of
 * them (every port matched by name in a no-op) does not index them: W100k's 100k ports
 * cost 100k insertions into a map (~0.4-0.9 us each on this machine) and as many
 * objects. Pure given what it reads; internal to the library.
 *
 * @module
 * @internal
 */
import type { DatabaseSchema } from '../ovsdb/schema.js'
import { setElements } from '../ovsdb/values.js'
import type { CurrentState } from './plan.js'
import type { Parent } from './sweep.js'
import { holdsChildren } from './validate.js'

/** The columns holding rows of one child table: by table, in schema order. */
type Holders = ReadonlyMap<string, ReadonlyArray<{ readonly table: string; readonly column: string }>>

const holdersMemo = new WeakMap<DatabaseSchema, Holders>()

const holdersOf = (schema: DatabaseSchema): Holders => {
  let h = holdersMemo.get(schema) as Map<string, Array<{ readonly table: string; readonly column: string }>> | undefined
  if (h === undefined) {
    h = new Map()
    for (const t of Object.values(schema.tables))
      for (const c of Object.values(t.columns)) {
        if (!holdsChildren(schema, c)) continue
        const child = c.type.key.refTable!
        let l = h.get(child)
        if (l === undefined) h.set(child, (l = []))
        l.push({ table: t.name, column: c.name })
      }
    holdersMemo.set(schema, h)
  }
  return h
}

/**
 * Child UUID -> its parent. A child table's rows are indexed on the first question about
 * one of them (`get` with its table; without a table, every child table), from the rows
 * as they are then; `set` records a parent a transaction of ours gave (after indexing
 * the table, so that it wins). A row held by two parents has the last one in schema
 * order of tables and columns, then of rows. @internal
 */
export class Parents {
  private readonly byChild = new Map<string, Parent>()
  private readonly indexed = new Set<string>()

  constructor(
    private readonly schema: DatabaseSchema,
    private readonly current: CurrentState,
  ) {}

  /** The parent of a row of `table` (every child table indexed when `table` is not given). */
  get(uuid: string, table?: string): Parent | undefined {
    if (table === undefined) for (const t of holdersOf(this.schema).keys()) this.index(t)
    else this.index(table)
    return this.byChild.get(uuid)
  }

  /** Records the parent of a row of `table`. */
  set(uuid: string, table: string, parent: Parent): void {
    this.index(table)
    this.byChild.set(uuid, parent)
  }

  private index(table: string): void {
    if (this.indexed.has(table)) return
    this.indexed.add(table)
    const holders = holdersOf(this.schema).get(table)
    if (holders === undefined) return
    // in schema order, as one pass over every table would set them
    for (const { table: t, column } of holders)
      for (const [uuid, r] of this.current.rows(t)) {
        const v = r[column]
        if (v === undefined) continue
        const atoms = setElements(v)
        for (let i = 0; i < atoms.length; i++) {
          const a = atoms[i]!
          if (Array.isArray(a) && a[0] === 'uuid') this.byChild.set(a[1], { table: t, uuid, column })
        }
      }
  }
}
