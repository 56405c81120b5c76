/**
 * Where a VM runs, as the Southbound database says: its `Port_Binding` (bound by the
 * ovn-controller of the chassis that claimed it), read through the generated SB model.
 *
 * During a live migration OVN binds the port on the source (`chassis`) and, once the
 * target's ovn-controller sees the VM's interface, on the target too
 * (`additional_chassis`); with `activation-strategy=rarp` the target passes no traffic
 * until the VM's first RARP, after which ovn-controller records the target in the
 * port's `options:additional-chassis-activated`. A controller reads this to know when
 * to complete the migration.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import type { Client } from '../ovsdb/client.js'
import { decodeError, type OvsdbError } from '../ovsdb/errors.js'
import { toPathErrors } from '../ovsdb/wire/paths.js'
import type { Replica } from '../ovsdb/replica.js'
import type { Row as WireRow } from '../ovsdb/wire/datum.js'
import * as Chassis from '../sb/generated/Chassis.js'
import * as Port_Binding from '../sb/generated/Port_Binding.js'
import type { VmNetwork } from './vm.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A VM port's binding in the Southbound database. Chassis are given by name
 * (`system-id`); a chassis that has gone away is absent.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmBinding } from 'ovn-nb/virt'
 * const moving: VmBinding = { port: 'vm-a', chassis: 'node1', additionalChassis: ['node2'], activated: ['node2'], up: true, requestedChassis: ['node1', 'node2'] }
 */
export interface VmBinding {
  /** The logical port (the VM's name). */
  readonly port: string
  /** The chassis the port is bound on (the source, during a migration); absent: not bound. */
  readonly chassis: string | undefined
  /** The chassis the port is also bound on: a migration's target. */
  readonly additionalChassis: ReadonlyArray<string>
  /** The additional chassis that have seen the VM's RARP (`options:additional-chassis-activated`). */
  readonly activated: ReadonlyArray<string>
  /** Whether ovn-controller has installed the port's flows (`up`). */
  readonly up: boolean
  /** The chassis the NB asks for, as ovn-northd copied them (`options:requested-chassis`). */
  readonly requestedChassis: ReadonlyArray<string>
}

/**
 * What {@link vmBinding} reads from: a client connected to the Southbound database (a
 * one-shot `select`), or a replica of it that holds `Port_Binding` and `Chassis`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SouthboundSource } from 'ovn-nb/virt'
 * import type { Client } from 'ovn-nb'
 * declare const sb: Client
 * const from: SouthboundSource = sb
 */
export type SouthboundSource = Client | Replica

// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------

const SB = 'OVN_Southbound'
// columns every SB schema since OVN 22.06 (20.23.0) has: the read works on older servers than the model
const PB_COLUMNS = ['_uuid', 'logical_port', 'chassis', 'additional_chassis', 'options', 'up', 'requested_chassis'] as const

const list = (v: string | undefined): ReadonlyArray<string> => (v === undefined || v === '' ? [] : v.split(',').map((s) => s.trim()).filter((s) => s !== ''))

/** The typed binding of a decoded row, chassis by name. */
const bindingOf = (pb: Port_Binding.Row, chassisName: (uuid: string) => string | undefined): VmBinding => {
  const name = (ref: readonly [string, string] | undefined) => (ref === undefined ? undefined : chassisName(ref[1]))
  return {
    port: pb.logical_port,
    chassis: name(pb.chassis),
    additionalChassis: pb.additional_chassis.flatMap((r) => name(r) ?? []),
    activated: list(pb.options.get('additional-chassis-activated')),
    up: pb.up === true,
    requestedChassis: list(pb.options.get('requested-chassis')),
  }
}

const fromReplica = (replica: Replica, port: string): E.Either<OvsdbError, VmBinding | undefined> => {
  const names = new Map<string, string>()
  for (const [uuid, row] of replica.rows('Chassis')) {
    const c = Chassis.RowC.decodeWithUuid(uuid, row)
    if (c._tag === 'Right') names.set(uuid, c.right.name)
  }
  for (const [uuid, row] of replica.rows('Port_Binding')) {
    if (row['logical_port'] !== port) continue
    const pb = Port_Binding.RowC.decodeWithUuid(uuid, row)
    if (pb._tag === 'Left') return E.left(decodeError(`${SB} Port_Binding of ${port}`, toPathErrors(pb.left)))
    return E.right(bindingOf(pb.right, (u) => names.get(u)))
  }
  return E.right(undefined)
}

const fromClient = async (client: Client, port: string, timeoutMs: number | undefined): Promise<E.Either<OvsdbError, VmBinding | undefined>> => {
  const r = await client.transact(
    SB,
    [
      { op: 'select', table: 'Port_Binding', where: [['logical_port', '==', port]], columns: [...PB_COLUMNS] },
      { op: 'select', table: 'Chassis', where: [], columns: ['_uuid', 'name'] },
    ],
    { validate: false, ...(timeoutMs !== undefined ? { timeoutMs } : {}) },
  )()
  if (E.isLeft(r)) return r
  const [pbs, chassis] = r.right
  const names = new Map<string, string>()
  for (const row of chassis.rows as ReadonlyArray<WireRow>) {
    const id = row['_uuid']
    if (Array.isArray(id) && typeof row['name'] === 'string') names.set(id[1] as string, row['name'])
  }
  const row = (pbs.rows as ReadonlyArray<WireRow>)[0]
  if (row === undefined) return E.right(undefined)
  const pb = Port_Binding.RowC.decode(row)
  if (pb._tag === 'Left') return E.left(decodeError(`${SB} Port_Binding of ${port}`, toPathErrors(pb.left)))
  return E.right(bindingOf(pb.right, (u) => names.get(u)))
}

/**
 * Where a VM's port is bound, from the Southbound database; `undefined` while ovn-northd
 * has not made its `Port_Binding` yet.
 *
 * @category reading
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { connect } from 'ovn-nb'
 * import { vmBinding } from 'ovn-nb/virt'
 * const sb = await connect('unix:/var/run/ovn/ovnsb_db.sock')()
 * if (E.isRight(sb)) {
 *   const b = await vmBinding(sb.right, 'vm-a')()
 *   // Right({ port: 'vm-a', chassis: 'node1', additionalChassis: ['node2'], activated: ['node2'], up: true, requestedChassis: ['node1', 'node2'] })
 * }
 */
export const vmBinding =
  (sb: SouthboundSource, vm: VmNetwork | string, options: { readonly timeoutMs?: number } = {}): TE.TaskEither<OvsdbError, VmBinding | undefined> =>
  async () => {
    const port = typeof vm === 'string' ? vm : vm.input.name
    return 'transact' in sb ? fromClient(sb, port, options.timeoutMs) : fromReplica(sb, port)
  }

/**
 * Why {@link waitForBinding} gave up: the binding did not reach the state asked for in
 * time (the last binding read is given), or reading failed.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { BindingWaitError } from 'ovn-nb/virt'
 * const e: BindingWaitError = { _tag: 'BindingTimeout', port: 'vm-a', ms: 10000, last: undefined }
 */
export type BindingWaitError = OvsdbError | { readonly _tag: 'BindingTimeout'; readonly port: string; readonly ms: number; readonly last: VmBinding | undefined }

/**
 * Reads a VM's binding until `until` holds (every `intervalMs`, default 50), at most
 * `timeoutMs` (default 30000; a read under way then gets up to a second more): e.g.
 * until the migration target has activated.
 *
 * @category reading
 * @since 0.1.0
 * @example
 * import { waitForBinding } from 'ovn-nb/virt'
 * import type { Client } from 'ovn-nb'
 * declare const sb: Client
 * const activated = await waitForBinding(sb, 'vm-a', (b) => b?.activated.includes('node2') === true, { timeoutMs: 10000 })()
 */
export const waitForBinding =
  (
    sb: SouthboundSource,
    vm: VmNetwork | string,
    until: (b: VmBinding | undefined) => boolean,
    options: { readonly timeoutMs?: number; readonly intervalMs?: number } = {},
  ): TE.TaskEither<BindingWaitError, VmBinding | undefined> =>
  async () => {
    const ms = options.timeoutMs ?? 30000
    const deadline = Date.now() + ms
    const port = typeof vm === 'string' ? vm : vm.input.name
    let last: VmBinding | undefined
    for (;;) {
      // a read near the deadline still gets a second to answer: the bound is the deadline plus that
      const b = await vmBinding(sb, port, { timeoutMs: Math.max(1000, deadline - Date.now()) })()
      if (E.isLeft(b)) return b.left._tag === 'Timeout' && Date.now() >= deadline ? E.left({ _tag: 'BindingTimeout', port, ms, last }) : b
      if (until(b.right)) return b
      last = b.right
      if (Date.now() >= deadline) return E.left({ _tag: 'BindingTimeout', port, ms, last })
      await new Promise((r) => setTimeout(r, Math.min(options.intervalMs ?? 50, Math.max(1, deadline - Date.now()))))
    }
  }
