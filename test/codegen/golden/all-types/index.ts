// generated — do not edit: All_Types 1.1.0 (ovn-nb gen)
/**
 * The All_Types 1.1.0 model: one namespace per table (its `Row`, `Insert`, `Update`,
 * codecs and `table` metadata), and maps over all tables.
 *
 * Versions recorded by `since`: 1.0.0, 1.1.0.
 *
 * @module
 */
import * as rt from '../../../../src/codegen/runtime.js'
import * as Part from './Part.js'
import * as Rows_ from './Rows_.js'
import * as Thing from './Thing.js'

export {
  Part,
  Rows_,
  Thing,
}

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Every table’s row type, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type R = db.Rows['Part']
 */
export interface Rows {
  readonly Part: Part.Row
  readonly Rows: Rows_.Row
  readonly Thing: Thing.Row
}

/**
 * Every table’s insert shape, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type I = db.Inserts['Part']
 */
export interface Inserts {
  readonly Part: Part.Insert
  readonly Rows: Rows_.Insert
  readonly Thing: Thing.Insert
}

/**
 * Every table’s update shape, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type U = db.Updates['Part']
 */
export interface Updates {
  readonly Part: Part.Update
  readonly Rows: Rows_.Update
  readonly Thing: Thing.Update
}

/**
 * The name of a table of All_Types.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * const t: db.TableName = 'Part'
 */
export type TableName = keyof Rows

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * The All_Types model: name, version and every table’s metadata.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * db.model.version // '1.1.0'
 */
export const model: rt.DatabaseModel<TableName> = {
  name: 'All_Types',
  version: '1.1.0',
  tables: {
    Part: Part.table,
    Rows: Rows_.table,
    Thing: Thing.table,
  },
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * Every table’s row codec, by table name.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * db.codecs['Part'].decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {})
 */
export const codecs: { readonly [K in TableName]: rt.RowType<Rows[K]> } = {
  Part: Part.RowC,
  Rows: Rows_.RowC,
  Thing: Thing.RowC,
}
