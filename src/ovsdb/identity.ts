/**
 * Identity: how a desired row is matched with an existing one. Rules are data, per
 * table: natural-key columns (compared as values, sets as sets), optionally with the
 * parent row (the row that holds this one through a strong reference) as part of the
 * key; or the id the engine writes into `external_ids` of the rows it creates.
 *
 * @module
 */
import { getTable, type DatabaseSchema } from './schema.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How rows of one table are identified.
 *
 * - `{ columns, parent? }`: the values of these columns (and, with `parent: true`, the
 *   identity of the row holding this one) identify a row: `Logical_Switch` by `name`,
 *   `ACL` by its parent, `direction`, `priority` and `match`.
 * - `{ key: 'id' }`: the desired row's id, which the engine stores in `external_ids`
 *   together with the owner, identifies it (for tables with no natural key, such as
 *   `DHCP_Options`, of which a controller may hold several for one CIDR).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { IdentityRule } from 'ovn-nb/ovsdb'
 * const acl: IdentityRule = { columns: ['direction', 'priority', 'match'], parent: true }
 * const dhcp: IdentityRule = { key: 'id' }
 */
export type IdentityRule =
  | { readonly columns: ReadonlyArray<string>; readonly parent?: boolean }
  | { readonly key: 'id' }

/**
 * Identity rules by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { IdentityRules } from 'ovn-nb/ovsdb'
 * const rules: IdentityRules = { Logical_Switch: { columns: ['name'] } }
 */
export type IdentityRules = Readonly<Record<string, IdentityRule>>

// -------------------------------------------------------------------------------------
// defaults
// -------------------------------------------------------------------------------------

/**
 * The rule for a table that has none given: its first schema index; else its `name`
 * column (with the parent for tables that are not root tables); else the id kept in
 * `external_ids`; else (no `external_ids` either) every column, with the parent.
 *
 * @category defaults
 * @since 0.1.0
 * @example
 * import { defaultIdentity, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * defaultIdentity(nb, 'Logical_Switch_Port') // { columns: ['name'] }
 */
export const defaultIdentity = (schema: DatabaseSchema, table: string): IdentityRule => {
  const t = getTable(schema, table)
  if (t === undefined) return { key: 'id' }
  const index = t.indexes[0]
  if (index !== undefined) return { columns: index }
  if ('name' in t.columns) return t.isRoot ? { columns: ['name'] } : { columns: ['name'], parent: true }
  if ('external_ids' in t.columns) return { key: 'id' }
  return { columns: Object.keys(t.columns).sort(), parent: !t.isRoot }
}

/**
 * The rule of a table: the given one, else {@link defaultIdentity}.
 *
 * @category defaults
 * @since 0.1.0
 * @example
 * import { identityRule, type DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * identityRule(nb, { ACL: { columns: ['match'], parent: true } }, 'ACL') // { columns: ['match'], parent: true }
 */
export const identityRule = (schema: DatabaseSchema, rules: IdentityRules, table: string): IdentityRule =>
  Object.prototype.hasOwnProperty.call(rules, table) ? rules[table]! : defaultIdentity(schema, table)
