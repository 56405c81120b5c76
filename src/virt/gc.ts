/**
 * The CNI `GC` verb for VM networks: after a restart, a controller lists the VMs it
 * still has, and the ports and DHCP options of every other VM it made go. Built on
 * {@link gc}: only this owner's rows, only `Logical_Switch_Port` and `DHCP_Options`,
 * only rows marked as a VM's ({@link VM_KEY}); the controller's other rows (its switch,
 * the router port, a localnet port) and every other writer's rows stay.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import { gc, type GcResult } from '../apply/gc.js'
import type { ApplyError } from '../apply/apply.js'
import { currentReplica } from '../apply/current.js'
import type { Client } from '../ovsdb/client.js'
import type { DesiredRow } from '../ovsdb/desired.js'
import { syncReplica, type Replica } from '../ovsdb/replica.js'
import type { Value } from '../ovsdb/wire/datum.js'
import { VM_KEY, type VmNetwork } from './vm.js'

/**
 * Options of {@link vmGc}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmGcOptions } from 'ovn-nb/virt'
 * const o: VmGcOptions = { dryRun: true }
 */
export interface VmGcOptions {
  /** A replica of the NB kept by the caller; synced anew otherwise. */
  readonly replica?: Replica
  /** The `external_ids` key holding the owner (default `ovn-nb/owner`). */
  readonly ownerKey?: string
  /** The `external_ids` key holding a row's desired id (default `ovn-nb/id`). */
  readonly idKey?: string
  /** Plan only; send nothing. */
  readonly dryRun?: boolean
}

const TABLES = ['Logical_Switch_Port', 'DHCP_Options'] as const

const mapGet = (v: Value | undefined, key: string): string | undefined => {
  if (!Array.isArray(v) || v[0] !== 'map') return undefined
  for (const [k, x] of v[1] as ReadonlyArray<readonly [unknown, unknown]>) if (k === key && typeof x === 'string') return x
  return undefined
}

const setUuids = (v: Value | undefined): ReadonlyArray<string> => {
  if (!Array.isArray(v)) return []
  if (v[0] === 'uuid') return [v[1] as string]
  if (v[0] !== 'set') return []
  return (v[1] as ReadonlyArray<unknown>).flatMap((a) => (Array.isArray(a) && a[0] === 'uuid' ? [a[1] as string] : []))
}

/**
 * Removes the ports and DHCP options of this owner's VMs that are not in `liveVms`
 * (VMs by value or by name), and nothing else; sweeping twice sends nothing the second
 * time. The result says what went (`removed`: `{ Logical_Switch_Port: 1, DHCP_Options: 2 }`).
 *
 * @category gc
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { connect } from 'ovn-nb'
 * import { vmGc, type VmNetwork } from 'ovn-nb/virt'
 * declare const running: ReadonlyArray<VmNetwork>
 * const nb = await connect('unix:/var/run/ovn/ovnnb_db.sock')()
 * if (E.isRight(nb)) {
 *   const r = await vmGc(nb.right, 'virt-controller', running)()
 *   if (E.isRight(r)) console.log(r.right.removed) // { DHCP_Options: 2, Logical_Switch_Port: 1 }
 * }
 */
export const vmGc =
  (nb: Client, owner: string, liveVms: ReadonlyArray<VmNetwork | string>, options: VmGcOptions = {}): TE.TaskEither<ApplyError, GcResult> =>
  async () => {
    const ownerKey = options.ownerKey ?? 'ovn-nb/owner'
    const idKey = options.idKey ?? 'ovn-nb/id'
    let replica = options.replica
    if (replica === undefined) {
      const r = await syncReplica(nb, 'OVN_Northbound', { externalIdKeys: [ownerKey] })()
      if (E.isLeft(r)) return r
      replica = r.right
    } else {
      const cur = await currentReplica(replica, 30000)
      if (E.isLeft(cur)) return cur
    }
    const live = new Set(liveVms.map((v) => (typeof v === 'string' ? v : v.input.name)))
    // gc removes every row of the owner it is not told to keep: keep all of the owner's
    // rows in these tables but those of VMs gone, each by the identity gc matches it with
    // (a kept port needs its switch in the keep list too, holding it: ports are not root rows)
    const keep: DesiredRow[] = []
    const keptPorts = new Map<string, string>() // uuid -> desired id
    for (const table of TABLES)
      for (const [uuid, row] of replica.rows(table)) {
        const ids = row['external_ids']
        if (mapGet(ids, ownerKey) !== owner) continue
        const vm = mapGet(ids, VM_KEY)
        if (vm !== undefined && !live.has(vm)) continue
        if (table === 'Logical_Switch_Port') {
          const id = `${table}:${String(row['name'])}`
          keptPorts.set(uuid, id)
          keep.push({ table, id, columns: { name: row['name']! } })
        } else {
          const id = mapGet(ids, idKey)
          if (id !== undefined) keep.push({ table, id, columns: { cidr: row['cidr']! } })
        }
      }
    for (const row of replica.rows('Logical_Switch').values()) {
      const held = setUuids(row['ports']).flatMap((u) => keptPorts.get(u) ?? [])
      if (held.length > 0)
        keep.push({ table: 'Logical_Switch', id: `Logical_Switch:${String(row['name'])}`, columns: { name: row['name']!, ports: ['set', held.map((id) => ['ref', id] as const)] } })
    }
    return gc(nb, owner, keep, {
      replica,
      gcTables: TABLES,
      ownerKey,
      ...(options.idKey !== undefined ? { idKey: options.idKey } : {}),
      ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}),
    })()
  }
