/**
 * What every phase of an export reads and records: the rows and which of them are
 * selected, the keys of unnamed rows, and what the export has taken so far (the rows it
 * exported, the names other rows refer to, the notes on what it could not express).
 * Internal to the export.
 *
 * @module
 */
import type { Row, Value } from '../../ovsdb/wire/datum.js'
import { MODELED } from './columns.js'
import { dhcpKeys, dnsKeys } from './keys.js'
import type { ExportOptions, ExportSource } from './model.js'
import { atoms, isDefault, MARKS, opt, pairs, shown, sorted, str, strMap, uuidOf, uuids, type Obj } from './values.js'

/**
 * The names of rows that a selected row refers to, collected while the switches and
 * routers are exported: those rows go with their users, whoever owns them (a reference
 * the topology could not resolve would make the DSL refuse it).
 */
export interface Used {
  readonly addressSets: Set<string>
  readonly lbGroups: Set<string>
  readonly copps: Set<string>
  readonly mirrors: Set<string>
  /** BFD rows by UUID (a route's session is exported inline). */
  readonly bfds: Set<string>
}

/** One export's reading of the database and its record of what it took. */
export class Context {
  /** What the export could not express, one line each (deduplicated and sorted at the end). */
  readonly notes: string[] = []
  /** The UUIDs of the rows exported so far. */
  readonly exported = new Set<string>()
  readonly used: Used = { addressSets: new Set(), lbGroups: new Set(), copps: new Set(), mirrors: new Set(), bfds: new Set() }
  /** DHCP_Options keys by UUID (ports name them). */
  readonly dhcpKeys: ReadonlyMap<string, string>
  /** DNS keys by UUID (switches name them). */
  readonly dnsKeys: ReadonlyMap<string, string>
  private readonly ownerKey: string

  constructor(
    readonly source: ExportSource,
    readonly options: ExportOptions,
  ) {
    this.ownerKey = options.ownerKey ?? 'ovn-nb/owner'
    this.dhcpKeys = dhcpKeys(this.rows('DHCP_Options'))
    this.dnsKeys = dnsKeys(this.rows('DNS'))
  }

  ownerOf(r: Row): string | undefined {
    const o = pairs(r['external_ids']).find((p) => p[0] === this.ownerKey)
    return o === undefined ? undefined : String(o[1])
  }

  /** Whether the selection takes this row (by its owner). */
  selected(r: Row): boolean {
    const o = this.ownerOf(r)
    const s = this.options.select
    switch (s._tag) {
      case 'All':
        return true
      case 'Unowned':
        return o === undefined
      case 'Owner':
        return o === s.owner
    }
  }

  rows(table: string): ReadonlyArray<readonly [string, Row]> {
    return [...this.source.rows(table).entries()]
  }

  row(table: string, uuid: string | undefined): Row | undefined {
    return uuid === undefined ? undefined : this.source.rows(table).get(uuid)
  }

  nameIn(table: string, uuid: string | undefined): string | undefined {
    return str(this.row(table, uuid)?.['name'])
  }

  note(line: string): void {
    this.notes.push(line)
  }

  /** A row's `external_ids`, the engine's marks aside. */
  ids(r: Row): Obj {
    return strMap(r['external_ids'], MARKS)
  }

  /**
   * Notes each column of a row that holds a value but that the export has no field for:
   * the DSL never writes those columns, so a plan of this export leaves them as they are.
   */
  unmodeled(table: string, label: string, r: Row): void {
    const modeled = MODELED[table]!
    for (const c of Object.keys(r).sort()) {
      if (modeled.has(c) || c === '_uuid' || c === '_version' || isDefault(r[c])) continue
      const refs = uuids(r[c]).length
      this.note(`${label}: column ${c} ${refs > 0 && refs === atoms(r[c]).length ? `(${refs} reference${refs === 1 ? '' : 's'})` : `= ${shown(r[c]!)}`} not exported (the DSL has no field for it; a plan leaves it as it is)`)
    }
  }

  /** The names of the rows a column refers to, sorted, each added to `into`; a row without a name is noted. */
  namesOf(label: string, column: string, table: string, v: Value | undefined, into: Set<string>): ReadonlyArray<string> {
    return sorted(
      uuids(v).flatMap((u) => {
        const n = this.nameIn(table, u)
        if (n === undefined || n === '') {
          this.note(`${label}: ${column} refers to a ${table} row without a name (${u}), which the DSL cannot name: not exported`)
          return []
        }
        into.add(n)
        return [n]
      }),
    )
  }

  /** The name of the row an optional column refers to, as {@link namesOf}. */
  nameOf(label: string, column: string, table: string, v: Value | undefined, into: Set<string>): string | undefined {
    return this.namesOf(label, column, table, v, into)[0]
  }

  /** The names of the load balancers a column refers to (they are exported when selected). */
  lbNames(label: string, v: Value | undefined): ReadonlyArray<string> {
    return sorted(
      uuids(v).flatMap((u) => {
        const n = this.nameIn('Load_Balancer', u)
        if (n === undefined || n === '') {
          this.note(`${label}: a load balancer without a name (${u}) cannot be referred to: not exported`)
          return []
        }
        return [n]
      }),
    )
  }

  /** A port's HA chassis group, by name (the group goes with the port). */
  haGroup(label: string, o: Obj, v: Value | undefined): void {
    const u = uuidOf(opt(v))
    if (u === undefined) return
    const n = this.nameIn('HA_Chassis_Group', u)
    if (n === undefined) this.note(`${label}: ha_chassis_group refers to a row that does not exist (${u}): not exported`)
    else o['haChassisGroup'] = n
  }
}
