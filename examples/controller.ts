/**
 * A controller's loop: keep a replica for the process's lifetime, keep the DSL values of
 * what you manage, and on every event build the topology again from them and `apply` it
 * with the replica. `apply` keeps an incremental planner beside the replica, so an event
 * costs what it changed (one VM's port), not the whole network; the DSL gives the same
 * row objects for the values that did not change.
 *
 * Runs on the embedded in-memory server (nothing to install); point `connect` at
 * `unix:/var/run/ovn/ovnnb_db.sock` for a real one.
 */
import * as E from 'fp-ts/lib/Either.js'
import {
  apply,
  type Client,
  type DslError,
  logicalSwitch,
  modelSchema,
  NB,
  nbIdentity,
  Planner,
  type Replica,
  type SwitchPort,
  switchPort,
  syncReplica,
  topology,
} from 'ovn-nb'
import { startEmbedded } from 'ovn-nb/ovsdb/server'

const ok = <A>(r: E.Either<DslError | { readonly _tag: string }, A>, what: string): A => {
  if (E.isRight(r)) return r.right
  throw new Error(`${what}: ${JSON.stringify(r.left)}`)
}

/** The VMs this controller manages, by name: one port each, kept as values. */
const vms = new Map<string, SwitchPort>()
const vmPort = (name: string, ip: string): SwitchPort => ok(switchPort({ name, addresses: [`0a:00:00:00:00:${ip.split('.')[3]!.padStart(2, '0')} ${ip}`] }), name)

/** The desired network, built again from the kept values on every event. */
const desired = () => ok(topology({ owner: 'vm-controller', switches: [ok(logicalSwitch({ name: 'vms', ports: [...vms.values()] }), 'switch')] }), 'topology').toDesired()

const reconcile = async (client: Client, replica: Replica, event: string): Promise<void> => {
  const r = await apply(client, desired(), { replica })()
  if (E.isLeft(r)) throw new Error(`${event}: ${JSON.stringify(r.left)}`)
  const { create, update, delete: del } = r.right.plan.summary
  console.log(`${event}: ${create} to add, ${update} to change, ${del} to destroy; ${r.right.operations} operations sent`)
}

const main = async (): Promise<void> => {
  const server = ok(await startEmbedded([modelSchema(NB.model)])(), 'embedded server')
  const client = ok(await server.connect()(), 'connect')
  try {
    const replica = ok(await syncReplica(client, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })(), 'replica')
    for (let i = 1; i <= 20; i++) vms.set(`vm${i}`, vmPort(`vm${i}`, `10.0.0.${i + 10}`))
    await reconcile(client, replica, 'start')
    await reconcile(client, replica, 'resync')
    vms.set('vm21', vmPort('vm21', '10.0.0.31'))
    await reconcile(client, replica, 'vm21 created')
    vms.set('vm7', vmPort('vm7', '10.0.0.99'))
    await reconcile(client, replica, 'vm7 migrated, new address')
    vms.delete('vm3')
    await reconcile(client, replica, 'vm3 deleted')
    await reconcile(client, replica, 'resync')
    // the same, with a planner of your own: how it made each plan
    const planner = new Planner(replica.schema, replica, { rules: nbIdentity }, replica)
    planner.plan(desired())
    const first = planner.lastPath
    const again = planner.plan(desired())
    console.log(`a planner of your own: first plan ${first}, the same state again: ${planner.lastPath} (${E.isRight(again) ? again.right.entries.length : -1} entries)`)
    planner.close()
  } finally {
    await client.close()()
    await server.stop()
  }
}

await main()
