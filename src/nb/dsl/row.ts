/**
 * A typed row of any Northbound table, for what the DSL has no constructor for
 * (`Chassis_Template_Var`, `Connection`, `SSL`, `DHCP_Relay`, `Sample_Collector`, ...)
 * or when a table's columns are needed beyond what a constructor models. Its columns
 * are typed from the generated model's insert shape, with references given either as
 * UUIDs of existing rows or as `ref(id)`s to other rows of the desired state; values
 * are checked against the column types before any I/O.
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import type * as NB from '../generated/index.js'
import { model } from '../generated/index.js'
import { checkValue } from '../../ovsdb/validate.js'
import type { NamedUuid, Uuid } from '../../ovsdb/wire/atom.js'
import { isRefTo, type DesiredAtom, type DesiredValue, type RefTo } from '../../ovsdb/desired.js'
import { checkName, Problems, type DslError } from './common.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * An atom of a generic row: a reference column takes the UUID of an existing row or a
 * reference to a desired row by id; other atoms are as the model types them.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RowAtom } from 'ovn-nb'
 * type A = RowAtom<string> // string
 */
export type RowAtom<V> = V extends NamedUuid<string> ? RefTo : V extends Uuid<string> ? V | RefTo : V

/**
 * A column value of a generic row: an atom, a list (sets), a `ReadonlyMap` (maps), or
 * `undefined` (clears an optional column), as in the model's `Insert` shape.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RowValue } from 'ovn-nb'
 * type V = RowValue<ReadonlyMap<string, string>> // ReadonlyMap<string, string>
 */
export type RowValue<V> = V extends Uuid<string> | NamedUuid<string>
  ? RowAtom<V>
  : V extends ReadonlyMap<infer K, infer X>
    ? ReadonlyMap<RowAtom<K>, RowAtom<X>>
    : V extends ReadonlyArray<infer X>
      ? ReadonlyArray<RowAtom<X>>
      : V

/**
 * The columns of a generic row of table `T`: any of the table's columns, typed from the
 * model's insert shape (see {@link RowValue}).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RowColumns } from 'ovn-nb'
 * const c: RowColumns<'Chassis_Template_Var'> = { chassis: 'hv1', variables: new Map([['VIP', '10.0.0.10']]) }
 */
export type RowColumns<T extends NB.TableName> = { readonly [K in keyof NB.Inserts[T]]?: RowValue<NB.Inserts[T][K]> }

/**
 * Options of {@link row}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RowOptions } from 'ovn-nb'
 * const o: RowOptions = { shared: true }
 */
export interface RowOptions {
  /** A row several owners use: created when missing, only added to (see `DesiredRow.shared`). */
  readonly shared?: boolean | undefined
  /**
   * Why this row is in the generic form although the DSL has a constructor for its
   * table: the DSL's finding about a row OVN accepts (`ovn-nb export` writes it, e.g. for
   * a router with NAT but no gateway port, which ovn-northd ignores). The row is sent as
   * it is; `plan` and `apply` show the finding as a warning (`DesiredState.warnings`).
   */
  readonly warning?: string | undefined
}

/**
 * A generic row by value: its table, its key (the desired id is `Table:key`, see
 * {@link idOf}) and its columns in wire form.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { row } from 'ovn-nb'
 * const r = row('Chassis_Template_Var', 'hv1', { chassis: 'hv1', variables: new Map([['VIP', '10.0.0.10']]) })
 * // Right({ _tag: 'GenericRow', table: 'Chassis_Template_Var', key: 'hv1', columns: { chassis: 'hv1', variables: ['map', [['VIP', '10.0.0.10']]] }, shared: false })
 */
export interface GenericRow {
  readonly _tag: 'GenericRow'
  readonly table: NB.TableName
  readonly key: string
  readonly columns: Readonly<Record<string, DesiredValue>>
  readonly shared: boolean
  /** See {@link RowOptions.warning}. */
  readonly warning?: string
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const isAtomLike = (a: unknown): a is DesiredAtom =>
  typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean' || isRefTo(a) || (Array.isArray(a) && a.length === 2 && (a[0] === 'uuid' || a[0] === 'named-uuid') && typeof a[1] === 'string')

/** A UUID standing for each distinct reference, so that the type check sees repeats. */
const placeholders = (): ((a: DesiredAtom) => unknown) => {
  const ids = new Map<string, number>()
  return (a) => {
    if (!isRefTo(a)) return a
    let n = ids.get(a[1])
    if (n === undefined) ids.set(a[1], (n = ids.size))
    return ['uuid', `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`]
  }
}

/**
 * A row of any NB table. Each column is encoded by its kind (atom, optional, set, map)
 * and checked against the column's type (enums, ranges, lengths, sizes); named-uuids
 * are refused (refer to desired rows with `ref(id)`).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { idOf, ref, row } from 'ovn-nb'
 * row('Chassis_Template_Var', 'hv1', { chassis: 'hv1', variables: new Map([['VIP', '10.0.0.10']]) })
 * row('Connection', 'ptcp', { target: 'ptcp:6641', inactivity_probe: 30000 })
 * row('Load_Balancer_Group', 'g', { name: 'g', load_balancer: [ref(idOf('Load_Balancer', 'lb-web'))] })
 * row('ACL', 'a', { priority: 40000 }) // Left: columns.priority: integer 40000 is greater than 32767
 */
export const row = <T extends NB.TableName>(table: T, key: string, columns: RowColumns<T>, options: RowOptions = {}): E.Either<DslError, GenericRow> => {
  const p = new Problems('row')
  const tm = typeof table === 'string' && Object.prototype.hasOwnProperty.call(model.tables, table) ? model.tables[table] : undefined
  if (tm === undefined) p.add('table', `no table ${JSON.stringify(table)} in ${model.name}`, 'invalid_value')
  checkName(p, 'key', key)
  const out: Record<string, DesiredValue> = {}
  const cols = typeof columns === 'object' && columns !== null && !Array.isArray(columns) ? (columns as Readonly<Record<string, unknown>>) : undefined
  if (cols === undefined) p.add('columns', 'must be an object of columns', 'invalid_type')
  for (const [name, v] of Object.entries(cols ?? {})) {
    const path = `columns.${name}`
    if (tm === undefined) continue
    const col = Object.prototype.hasOwnProperty.call(tm.columns, name) ? (tm.columns as Readonly<Record<string, (typeof tm.columns)[keyof typeof tm.columns]>>)[name] : undefined
    if (col === undefined) {
      p.add(path, `no column "${name}" in table ${tm.name}`, 'invalid_value')
      continue
    }
    let value: DesiredValue | undefined
    switch (col.kind) {
      case 'atom':
        if (isAtomLike(v)) value = v
        break
      case 'optional':
        if (v === undefined) value = ['set', []]
        else if (isAtomLike(v)) value = v
        break
      case 'set':
        if (Array.isArray(v) && v.every(isAtomLike)) value = ['set', v as ReadonlyArray<DesiredAtom>]
        break
      case 'map': {
        const entries = v instanceof Map ? [...(v as ReadonlyMap<unknown, unknown>)] : typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.entries(v) : undefined
        if (entries !== undefined && entries.every(([k, x]) => isAtomLike(k) && isAtomLike(x)))
          value = ['map', (entries as Array<[DesiredAtom, DesiredAtom]>).sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))]
        break
      }
    }
    if (value === undefined) {
      p.add(path, `must be ${col.kind === 'map' ? 'a Map' : col.kind === 'set' ? 'a list' : col.kind === 'optional' ? 'a value or undefined' : 'a value'} of ${JSON.stringify(col.type)}`, 'invalid_value')
      continue
    }
    const ok = checkColumn(p, path, col.type, value)
    if (ok !== undefined) out[name] = ok
  }
  if (typeof options !== 'object' || options === null || (options.shared !== undefined && typeof options.shared !== 'boolean')) p.add('options.shared', 'must be a boolean', 'invalid_type')
  const warning = typeof options === 'object' && options !== null ? options.warning : undefined
  if (warning !== undefined && typeof warning !== 'string') p.add('options.warning', 'must be a string', 'invalid_type')
  return p.result(() => ({ _tag: 'GenericRow' as const, table, key, columns: out, shared: options?.shared === true, ...(warning !== undefined ? { warning } : {}) }))
}

/**
 * A generic row as plain data: what {@link row} takes, as one object — the form a
 * topology's `rows` take in JSON (`ovn-nb export` writes rows the DSL would refuse this
 * way). Sets are lists, maps objects, references `["ref", "Table:key"]`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { GenericRowInput } from 'ovn-nb'
 * const r: GenericRowInput = { table: 'NAT', key: 'r9|snat|172.16.9.1|10.9.0.0/24', columns: { type: 'snat', external_ip: '172.16.9.1', logical_ip: '10.9.0.0/24' } }
 */
export interface GenericRowInput {
  readonly table: NB.TableName
  readonly key: string
  readonly columns: Readonly<Record<string, unknown>>
  readonly shared?: boolean | undefined
  /** See {@link RowOptions.warning}. */
  readonly warning?: string | undefined
}

/**
 * {@link row} of a {@link GenericRowInput}.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { rowFromInput } from './row.js'
 * rowFromInput({ table: 'Connection', key: 'ptcp', columns: { target: 'ptcp:6641' } }) // Right({ _tag: 'GenericRow', ... })
 */
export const rowFromInput = (input: GenericRowInput): E.Either<DslError, GenericRow> => {
  const i = (typeof input === 'object' && input !== null ? input : {}) as Partial<GenericRowInput>
  return row(i.table as NB.TableName, i.key as string, (i.columns ?? {}) as never, { ...(i.shared !== undefined ? { shared: i.shared } : {}), ...(i.warning !== undefined ? { warning: i.warning } : {}) })
}

/** A column's value in desired form, checked against its type: the value, or undefined with the problem recorded. */
const checkColumn = (p: Problems, path: string, type: unknown, value: DesiredValue): DesiredValue | undefined => {
  const atoms: ReadonlyArray<DesiredAtom> =
    Array.isArray(value) && (value[0] === 'set' || value[0] === 'map') ? (value[0] === 'set' ? (value[1] as ReadonlyArray<DesiredAtom>) : (value[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).flat()) : [value as DesiredAtom]
  if (atoms.some((a) => Array.isArray(a) && a[0] === 'named-uuid')) return void p.add(path, 'named-uuids belong to transactions; refer to a desired row with ref(id)', 'invalid_value')
  const placeholder = placeholders()
  const wire =
    Array.isArray(value) && value[0] === 'set'
      ? ['set', (value[1] as ReadonlyArray<DesiredAtom>).map(placeholder)]
      : Array.isArray(value) && value[0] === 'map'
        ? ['map', (value[1] as ReadonlyArray<readonly [DesiredAtom, DesiredAtom]>).map(([a, b]) => [placeholder(a), placeholder(b)])]
        : placeholder(value as DesiredAtom)
  const e = checkValue(type as Parameters<typeof checkValue>[0], wire)
  if (e !== undefined) return void p.add(path, e, 'invalid_value')
  return value
}

/** A column value as {@link GenericRow} holds it (an atom, `['set', atoms]`, `['map', pairs]`), as read from plain data. */
const isDesiredValue = (v: unknown): v is DesiredValue =>
  isAtomLike(v) ||
  (Array.isArray(v) && v.length === 2 && v[0] === 'set' && Array.isArray(v[1]) && (v[1] as ReadonlyArray<unknown>).every(isAtomLike)) ||
  (Array.isArray(v) && v.length === 2 && v[0] === 'map' && Array.isArray(v[1]) && (v[1] as ReadonlyArray<unknown>).every((x) => Array.isArray(x) && x.length === 2 && isAtomLike(x[0]) && isAtomLike(x[1])))

/**
 * A generic row from its data as {@link topologyToData} prints it (`{ _tag: 'GenericRow',
 * table, key, columns, shared }`, columns in desired form), checked as {@link row} checks
 * its input: how a `.json` topology's `rows` become values. The `_tag` alone is never
 * trusted (an object with it that no constructor built is read here, not taken as is).
 *
 * @category constructors
 * @since 0.2.0
 * @example
 * import { rowFromData } from './row.js'
 * rowFromData({ _tag: 'GenericRow', table: 'Logical_Switch', key: 'sw9', columns: { name: 'sw9' }, shared: false }) // Right(a GenericRow)
 */
export const rowFromData = (data: unknown): E.Either<DslError, GenericRow> => {
  const p = new Problems('row', data)
  const d = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Readonly<Record<string, unknown>>) : {}
  if (d !== data) p.add([], 'must be an object', 'invalid_type')
  const table = d['table']
  const tm = typeof table === 'string' && Object.prototype.hasOwnProperty.call(model.tables, table) ? model.tables[table as NB.TableName] : undefined
  if (tm === undefined) p.add('table', `no table ${JSON.stringify(table)} in ${model.name}`, 'invalid_value')
  checkName(p, 'key', d['key'])
  const cols = typeof d['columns'] === 'object' && d['columns'] !== null && !Array.isArray(d['columns']) ? (d['columns'] as Readonly<Record<string, unknown>>) : undefined
  if (cols === undefined) p.add('columns', 'must be an object of columns', 'invalid_type')
  const out: Record<string, DesiredValue> = {}
  for (const [name, v] of Object.entries(cols ?? {})) {
    if (tm === undefined) continue
    const col = Object.prototype.hasOwnProperty.call(tm.columns, name) ? (tm.columns as Readonly<Record<string, (typeof tm.columns)[keyof typeof tm.columns]>>)[name] : undefined
    if (col === undefined) {
      p.add(`columns.${name}`, `no column "${name}" in table ${tm.name}`, 'invalid_value')
      continue
    }
    if (!isDesiredValue(v)) {
      p.add(`columns.${name}`, 'must be an atom, ["set", atoms] or ["map", pairs]', 'invalid_type')
      continue
    }
    const ok = checkColumn(p, `columns.${name}`, col.type, v)
    if (ok !== undefined) out[name] = ok
  }
  if (d['shared'] !== undefined && typeof d['shared'] !== 'boolean') p.add('shared', 'must be a boolean', 'invalid_type')
  const warning = d['warning']
  if (warning !== undefined && typeof warning !== 'string') p.add('warning', 'must be a string', 'invalid_type')
  return p.result(() => ({ _tag: 'GenericRow' as const, table: table as NB.TableName, key: d['key'] as string, columns: out, shared: d['shared'] === true, ...(typeof warning === 'string' ? { warning } : {}) }))
}
