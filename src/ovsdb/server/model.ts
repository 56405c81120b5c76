/**
 * A database schema compiled for the embedded server: columns with their index in a row,
 * internal types, references, defaults; rows; and the schema JSON exactly as
 * ovsdb-server's `get_schema` prints it.
 *
 * @internal
 * @module
 */
import * as E from '../../deps/Either.js'
import { decodeSchema, type BaseType, type DatabaseSchema } from '../schema.js'
import {
  defaultDatum,
  single,
  typeOf,
  UUID_TYPE,
  type Datum,
  type Type,
} from './datum.js'
import { compareStrings, shashOrder, sortedStringify } from './json.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** Position of `_uuid` and `_version` (not stored in `fields`). */
export const UUID_INDEX = -1
export const VERSION_INDEX = -2

/** A column of a compiled table. */
export interface Column {
  readonly name: string
  /** Index in `Row.fields`, or {@link UUID_INDEX} / {@link VERSION_INDEX}. */
  readonly index: number
  readonly type: Type
  readonly mutable: boolean
  readonly strongKey: boolean
  readonly strongValue: boolean
  readonly weakKey: boolean
  readonly weakValue: boolean
}

/** A compiled table. */
export interface TableInfo {
  readonly name: string
  /** The declared columns, in schema order (`fields` order). */
  readonly columns: ReadonlyArray<Column>
  /** Every column by name, `_uuid` and `_version` included. */
  readonly byName: ReadonlyMap<string, Column>
  readonly isRoot: boolean
  readonly maxRows: number
  readonly indexes: ReadonlyArray<ReadonlyArray<Column>>
  readonly defaults: ReadonlyArray<Datum>
  readonly strongColumns: ReadonlyArray<Column>
  readonly weakColumns: ReadonlyArray<Column>
  /**
   * Every column in the order ovsdb-server iterates the table's columns, for a database
   * that `ovsdb-tool create` made from this schema (it matters for which error comes
   * first, and for the default order of `select` results).
   */
  readonly hashOrder: ReadonlyArray<Column>
}

/** A compiled database schema. */
export interface DbInfo {
  readonly name: string
  readonly schema: DatabaseSchema
  readonly tables: ReadonlyMap<string, TableInfo>
  /** What `get_schema` answers. */
  readonly json: unknown
}

/** A row. `fields` holds the declared columns; rows are copied before they change. */
export interface Row {
  readonly uuid: string
  version: string
  readonly fields: Datum[]
  /** Strong references to this row from other rows (committed). */
  nRefs: number
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const implicit = (name: string, index: number): Column => ({
  name,
  index,
  type: UUID_TYPE,
  mutable: false,
  strongKey: false,
  strongValue: false,
  weakKey: false,
  weakValue: false,
})

/** Compiles a schema. */
export const compile = (schema: DatabaseSchema): DbInfo => {
  const tables = new Map<string, TableInfo>()
  for (const ts of Object.values(schema.tables)) {
    const columns: Column[] = Object.values(ts.columns).map((c, index) => {
      const type = typeOf(c.type)
      return {
        name: c.name,
        index,
        type,
        mutable: c.mutable,
        strongKey: type.key.refType === 'strong',
        strongValue: type.value?.refType === 'strong',
        weakKey: type.key.refType === 'weak',
        weakValue: type.value?.refType === 'weak',
      }
    })
    const byName = new Map<string, Column>(columns.map((c) => [c.name, c]))
    byName.set('_uuid', implicit('_uuid', UUID_INDEX))
    byName.set('_version', implicit('_version', VERSION_INDEX))
    tables.set(ts.name, {
      name: ts.name,
      columns,
      byName,
      isRoot: ts.isRoot,
      maxRows: ts.maxRows ?? Infinity,
      indexes: ts.indexes.map((ix) => ix.map((n) => byName.get(n)!)),
      defaults: columns.map((c) => defaultDatum(c.type)),
      strongColumns: columns.filter((c) => c.strongKey || c.strongValue),
      weakColumns: columns.filter((c) => c.weakKey || c.weakValue),
      hashOrder: columnHashOrder(columns.map((c) => c.name)).map((n) => byName.get(n)!),
    })
  }
  return { name: schema.name, schema, tables, json: schemaJson(schema) }
}

/**
 * The iteration order of a table's columns in ovsdb-server: the schema file's JSON object,
 * the table's column shash (`_uuid` and `_version` first), written back to the database
 * file by `ovsdb-tool create`, and parsed again by the server.
 */
const columnHashOrder = (fileOrder: ReadonlyArray<string>): ReadonlyArray<string> => {
  const created = shashOrder(['_uuid', '_version', ...shashOrder(fileOrder)])
  const written = shashOrder(created.filter((n) => !n.startsWith('_')))
  return shashOrder(['_uuid', '_version', ...shashOrder(written)])
}

/** The value of a column of a row (`_uuid` and `_version` included). */
export const fieldOf = (row: Row, c: Column): Datum =>
  c.index >= 0 ? row.fields[c.index]! : single(c.index === UUID_INDEX ? row.uuid : row.version)

// -------------------------------------------------------------------------------------
// schema JSON
// -------------------------------------------------------------------------------------

const hasConstraints = (b: BaseType): boolean =>
  b.enum !== undefined ||
  b.minInteger !== undefined ||
  b.maxInteger !== undefined ||
  b.minReal !== undefined ||
  b.maxReal !== undefined ||
  (b.minLength !== undefined && b.minLength !== 0) ||
  (b.maxLength !== undefined && b.maxLength !== 4294967295) ||
  b.refTable !== undefined

const baseJson = (b: BaseType): unknown => {
  if (!hasConstraints(b)) return b.type
  const out: Record<string, unknown> = { type: b.type }
  if (b.enum !== undefined) {
    const atoms = [...b.enum].sort((x, y) =>
      typeof x === 'string' && typeof y === 'string' ? compareStrings(x, y) : (x as number) < (y as number) ? -1 : 1,
    )
    out['enum'] = atoms.length === 1 ? atoms[0] : ['set', atoms]
  }
  if (b.minInteger !== undefined) out['minInteger'] = b.minInteger
  if (b.maxInteger !== undefined) out['maxInteger'] = b.maxInteger
  if (b.minReal !== undefined) out['minReal'] = b.minReal
  if (b.maxReal !== undefined) out['maxReal'] = b.maxReal
  if (b.minLength !== undefined && b.minLength !== 0) out['minLength'] = b.minLength
  if (b.maxLength !== undefined && b.maxLength !== 4294967295) out['maxLength'] = b.maxLength
  if (b.refTable !== undefined) {
    out['refTable'] = b.refTable
    if (b.refType === 'weak') out['refType'] = 'weak'
  }
  return out
}

/**
 * The schema as ovsdb-server prints it (`ovsdb_schema_to_json`): scalar types without
 * constraints as bare names, `min`/`max` only when not 1, `isRoot` only when not every
 * table is a root table, enums as sets.
 */
export const schemaJson = (s: DatabaseSchema): unknown => {
  const tables = Object.values(s.tables)
  const allRoot = tables.every((t) => t.isRoot)
  return {
    name: s.name,
    version: s.version,
    ...(s.cksum !== undefined ? { cksum: s.cksum } : {}),
    tables: Object.fromEntries(
      tables.map((t) => [
        t.name,
        {
          columns: Object.fromEntries(
            Object.values(t.columns).map((c) => {
              const ct = c.type
              const scalar = ct.value === undefined && ct.min === 1 && ct.max === 1
              const type =
                scalar && !hasConstraints(ct.key)
                  ? ct.key.type
                  : {
                      key: baseJson(ct.key),
                      ...(ct.value !== undefined ? { value: baseJson(ct.value) } : {}),
                      ...(ct.min !== 1 ? { min: ct.min } : {}),
                      ...(ct.max !== 1 ? { max: ct.max } : {}),
                    }
              return [
                c.name,
                { type, ...(c.ephemeral ? { ephemeral: true } : {}), ...(c.mutable ? {} : { mutable: false }) },
              ]
            }),
          ),
          ...(t.maxRows !== undefined ? { maxRows: t.maxRows } : {}),
          ...(!allRoot && t.isRoot ? { isRoot: true } : {}),
          ...(t.indexes.length > 0 ? { indexes: t.indexes } : {}),
        },
      ]),
    ),
  }
}

/** The text of a schema in `_Server.Database.schema` (sorted keys). */
export const schemaText = (info: DbInfo): string => sortedStringify(info.json)

// -------------------------------------------------------------------------------------
// _Server
// -------------------------------------------------------------------------------------

/** The `_Server` schema of ovsdb-server 3.1 (`ovsdb/_server.ovsschema`). */
export const SERVER_SCHEMA_JSON = {
  name: '_Server',
  version: '1.2.0',
  cksum: '3009684573 744',
  tables: {
    Database: {
      columns: {
        name: { type: 'string' },
        model: { type: { key: { type: 'string', enum: ['set', ['clustered', 'relay', 'standalone']] } } },
        connected: { type: 'boolean' },
        leader: { type: 'boolean' },
        schema: { type: { key: 'string', min: 0 } },
        sid: { type: { key: 'uuid', min: 0 } },
        cid: { type: { key: 'uuid', min: 0 } },
        index: { type: { key: 'integer', min: 0 } },
      },
    },
  },
} as const

/** The compiled `_Server` schema. */
export const serverSchema = (): DatabaseSchema => {
  const r = decodeSchema(SERVER_SCHEMA_JSON)
  // the constant above is a valid schema; decoding it cannot fail
  if (E.isLeft(r)) throw new Error('invalid built-in _Server schema')
  return r.right
}
