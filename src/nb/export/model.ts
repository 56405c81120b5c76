/**
 * What an export takes and gives: the selection of rows, the options, the result.
 *
 * @module
 */
import type { CurrentState } from '../../plan/plan.js'
import type { Json } from './values.js'

/**
 * Which rows an export takes: those of one owner, those without an owner (what a
 * takeover adopts), or all of them.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ExportSelection } from './model.js'
 * const s: ExportSelection = { _tag: 'Unowned' }
 */
export type ExportSelection = { readonly _tag: 'Owner'; readonly owner: string } | { readonly _tag: 'Unowned' } | { readonly _tag: 'All' }

/**
 * Options of {@link exportTopology}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ExportOptions } from './model.js'
 * const o: ExportOptions = { owner: 'me', select: { _tag: 'Unowned' } }
 */
export interface ExportOptions {
  /** The owner the exported topology names. */
  readonly owner: string
  readonly select: ExportSelection
  /** The `external_ids` key holding the owner (default `ovn-nb/owner`). */
  readonly ownerKey?: string
}

/**
 * The rows an export reads: every table's rows by UUID, and the names of the tables (for
 * the tables the DSL has no constructor for, exported as generic rows).
 */
export type ExportSource = CurrentState & { readonly tables?: ReadonlyArray<string> }

/**
 * An export: the topology as plain data (`owner`, `switches`, `routers`, ...), and what
 * it could not express, one line each, sorted.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ExportResult } from './model.js'
 * const r: ExportResult = { data: { owner: 'me', switches: [] }, unexpressed: ['QoS (1 row): not exported'] }
 */
export interface ExportResult {
  readonly data: { readonly [k: string]: Json }
  readonly unexpressed: ReadonlyArray<string>
}
