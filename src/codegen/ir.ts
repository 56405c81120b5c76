/**
 * The generator's intermediate representation: a database schema made ready to print
 * — tables and columns in a fixed order, TypeScript names chosen, and for each table
 * and column the first schema version (of a history of schemas) that has it.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { Atom } from '../ovsdb/wire/atom.js'
import {
  columnKind,
  type BaseType,
  compareVersions,
  type ColumnKind,
  type ColumnType,
  type DatabaseSchema,
} from '../ovsdb/schema.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A column ready to print.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ColumnIR } from 'ovn-nb/codegen'
 * const c: ColumnIR = { name: 'tag', type: { key: { type: 'integer', minInteger: 1, maxInteger: 4095 }, min: 0, max: 1 }, kind: 'optional', mutable: true, ephemeral: false, since: '7.0.0' }
 */
export interface ColumnIR {
  readonly name: string
  readonly type: ColumnType
  readonly kind: ColumnKind
  readonly mutable: boolean
  readonly ephemeral: boolean
  /** The first version in the history that has the column. */
  readonly since?: string
}

/**
 * A table ready to print: `ident` names its module and namespace.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { TableIR } from 'ovn-nb/codegen'
 * const t: TableIR = { name: 'Empty', ident: 'Empty', isRoot: true, indexes: [], columns: [] }
 */
export interface TableIR {
  readonly name: string
  /** The TypeScript identifier (and file name) of the table's module. */
  readonly ident: string
  readonly since?: string
  readonly isRoot: boolean
  readonly maxRows?: number
  readonly indexes: ReadonlyArray<ReadonlyArray<string>>
  /** Sorted by name. */
  readonly columns: ReadonlyArray<ColumnIR>
  readonly docUrl?: string
}

/**
 * A database ready to print.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DatabaseIR } from 'ovn-nb/codegen'
 * const d: DatabaseIR = { name: 'Demo', version: '1.0.0', history: ['1.0.0'], tables: [] }
 */
export interface DatabaseIR {
  readonly name: string
  readonly version: string
  /** The versions the `since` records were computed from, oldest first. */
  readonly history: ReadonlyArray<string>
  /** Sorted by name. */
  readonly tables: ReadonlyArray<TableIR>
  /** The schema's tables left out by {@link IROptions.tables}, sorted; absent when none are. */
  readonly omitted?: ReadonlyArray<string>
}

/**
 * Options of {@link buildIR}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { IROptions } from 'ovn-nb/codegen'
 * const o: IROptions = { docUrl: 'https://example.org/db.html#{table}' }
 */
export interface IROptions {
  /**
   * Older (or all) schemas of the same database: each table and column records the
   * oldest of them that has it. Without a history, nothing records a version.
   */
  readonly history?: ReadonlyArray<DatabaseSchema>
  /**
   * Where a table is documented: a URL template where `{table}` is replaced by the
   * table name, or `false` for none. The default knows the OVN and Open vSwitch
   * man pages.
   */
  readonly docUrl?: string | false
  /**
   * Generate only these tables (default: every table). A column of a generated table
   * that refers to a table left out becomes a plain `uuid` column (no reference type,
   * no reference metadata): the model never names a table it does not have. Naming a
   * table the schema lacks is an error.
   */
  readonly tables?: ReadonlyArray<string>
}

// -------------------------------------------------------------------------------------
// names
// -------------------------------------------------------------------------------------

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean constructor declare get ' +
    'module require number set string symbol type from of undefined never unknown object await async arguments eval ' +
    // names the generated index itself declares
    'rt Rows Inserts Updates TableName model codecs'
  ).split(' '),
)

const identOf = (table: string): string => (RESERVED.has(table) ? `${table}_` : table)

/**
 * The man page sections of the databases the project knows.
 *
 * @category names
 * @since 0.1.0
 * @example
 * import { knownDocUrl } from 'ovn-nb/codegen'
 * knownDocUrl('OVN_Northbound') // 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#{table}_TABLE'
 */
export const knownDocUrl = (database: string): string | undefined => {
  const page = { OVN_Northbound: 'ovn-nb', OVN_Southbound: 'ovn-sb', Open_vSwitch: 'ovs-vswitchd.conf.db', hardware_vtep: 'vtep' }[
    database
  ]
  return page === undefined ? undefined : `https://man7.org/linux/man-pages/man5/${page}.5.html#{table}_TABLE`
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * For each table and column, the oldest schema in `history` that has it (schemas of
 * other databases are ignored). Keys are `Table` and `Table.column`.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { sinceVersions } from 'ovn-nb/codegen'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb700: DatabaseSchema, nb730: DatabaseSchema
 * sinceVersions('OVN_Northbound', [nb730, nb700]).get('ACL.tier') // '7.3.0'
 */
export const sinceVersions = (database: string, history: ReadonlyArray<DatabaseSchema>): ReadonlyMap<string, string> => {
  const sorted = history.filter((s) => s.name === database).sort((a, b) => compareVersions(a.version, b.version))
  const out = new Map<string, string>()
  for (const s of sorted)
    for (const t of Object.values(s.tables)) {
      if (!out.has(t.name)) out.set(t.name, s.version)
      for (const c of Object.keys(t.columns)) if (!out.has(`${t.name}.${c}`)) out.set(`${t.name}.${c}`, s.version)
    }
  return out
}

const atomOrder = (a: Atom, b: Atom): number => {
  const ka = typeof a === 'object' ? a[1] : a
  const kb = typeof b === 'object' ? b[1] : b
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** Enum values in OVSDB's order (servers sort them), so a schema from a file and from a server print the same. */
const normalizeBase = (b: BaseType): BaseType => (b.enum === undefined ? b : { ...b, enum: [...b.enum].sort(atomOrder) })

/** A reference to a table the model leaves out is only a uuid to it. */
const keepRef = (b: BaseType, kept: (table: string) => boolean): BaseType => {
  if (b.refTable === undefined || kept(b.refTable)) return b
  const { refTable: _t, refType: _r, ...rest } = b
  return rest
}

const normalizeType = (ct: ColumnType, kept: (table: string) => boolean): ColumnType => ({
  ...ct,
  key: keepRef(normalizeBase(ct.key), kept),
  ...(ct.value !== undefined ? { value: keepRef(normalizeBase(ct.value), kept) } : {}),
})

const byName = <A extends { readonly name: string }>(a: A, b: A): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/**
 * Builds the IR of a schema, or says why it cannot be generated (two tables whose
 * module files would differ only in case).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { buildIR } from 'ovn-nb/codegen'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const nb: DatabaseSchema
 * const ir = buildIR(nb, { history: [nb] }) // Right({ name: 'OVN_Northbound', tables: [...] })
 */
export const buildIR = (schema: DatabaseSchema, options: IROptions = {}): E.Either<string, DatabaseIR> => {
  const history = options.history ?? []
  const withSelf = history.some((h) => h.name === schema.name && h.version === schema.version) ? history : [...history, schema]
  const since = history.length > 0 ? sinceVersions(schema.name, withSelf) : new Map<string, string>()
  const versions = [...new Set(withSelf.filter((s) => s.name === schema.name).map((s) => s.version))].sort(compareVersions)
  const template = options.docUrl === false ? undefined : (options.docUrl ?? knownDocUrl(schema.name))
  const only = options.tables === undefined ? undefined : new Set(options.tables)
  const unknown = [...(only ?? [])].filter((n) => schema.tables[n] === undefined)
  if (unknown.length > 0) return E.left(`${schema.name} ${schema.version} has no table ${unknown.join(', ')}`)
  const kept = (table: string): boolean => only === undefined || only.has(table)
  const files = new Map<string, string>()
  const tables: TableIR[] = []
  for (const t of Object.values(schema.tables).sort(byName)) {
    if (!kept(t.name)) continue
    const ident = identOf(t.name)
    const lower = ident.toLowerCase()
    const clash = files.get(lower)
    if (clash !== undefined) return E.left(`tables ${clash} and ${t.name} would be written to files that differ only in case`)
    files.set(lower, t.name)
    const ts = since.get(t.name)
    const columns: ColumnIR[] = Object.values(t.columns)
      .sort(byName)
      .map((c) => {
        const cs = since.get(`${t.name}.${c.name}`)
        return {
          name: c.name,
          type: normalizeType(c.type, kept),
          kind: columnKind(c.type),
          mutable: c.mutable,
          ephemeral: c.ephemeral,
          ...(cs !== undefined ? { since: cs } : {}),
        }
      })
    tables.push({
      name: t.name,
      ident,
      ...(ts !== undefined ? { since: ts } : {}),
      isRoot: t.isRoot,
      ...(t.maxRows !== undefined ? { maxRows: t.maxRows } : {}),
      indexes: t.indexes,
      columns,
      ...(template !== undefined ? { docUrl: template.replaceAll('{table}', t.name) } : {}),
    })
  }
  const omitted = Object.keys(schema.tables).filter((n) => !kept(n)).sort()
  return E.right({
    name: schema.name,
    version: schema.version,
    history: history.length > 0 ? versions : [],
    tables,
    ...(omitted.length > 0 ? { omitted } : {}),
  })
}
