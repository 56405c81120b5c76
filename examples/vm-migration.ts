/**
 * A VM network through its life, as a virtualization-aware controller drives it: two
 * VMs with stable MACs, addresses and a stable gateway (a router port), their DHCPv4 and
 * DHCPv6 options; a live migration of one (begin, complete), a second one given up
 * (begin, abort) — each step one key-level change of the port's `options`; then the
 * controller restarts without the other VM and garbage-collects what it left (its port
 * and DHCP options, nothing else).
 *
 * This is the Northbound part, on the embedded in-memory server (nothing to install).
 * Moving the VM's interface between two chassis and checking its packets needs two OVS
 * instances and two ovn-controllers; see ../shared/OVN-LAB.md.
 */
import * as E from 'fp-ts/lib/Either.js'
import {
  apply,
  type Client,
  type DslError,
  gc,
  logicalRouter,
  logicalSwitch,
  modelSchema,
  NB,
  renderText,
  type Replica,
  routerPort,
  switchPort,
  syncReplica,
  topology,
} from 'ovn-nb'
import { startEmbedded } from 'ovn-nb/ovsdb/server'
import { abortMigration, beginMigration, completeMigration, vmNetwork, type VmNetwork } from 'ovn-nb/virt'

const ok = <A>(r: E.Either<DslError | { readonly _tag: string }, A>, what: string): A => {
  if (E.isRight(r)) return r.right
  throw new Error(`${what}: ${JSON.stringify(r.left)}`)
}

const OWNER = 'virt-controller'
// the gateway: the router port on the VMs' switch, the same on every chassis
const gateway = { mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1', ipv6: 'fd00:10::1' }
const vm = (name: string, n: number): VmNetwork =>
  ok(
    vmNetwork({
      name,
      mac: `0a:58:0a:0a:00:${String(n).padStart(2, '0')}`,
      ipv4: `10.10.0.${n}/24`,
      ipv6: `fd00:10::${n}/64`,
      chassis: 'node1',
      gateway,
      dhcpv4: { dns: ['10.10.0.2'], mtu: 1400 },
      dhcpv6: { dns: ['fd00:10::2'], domainSearch: 'cluster.local' },
    }),
    name,
  )

/** The network of these VMs: their switch, the router that is their gateway, their DHCP options. */
const network = (vms: ReadonlyArray<VmNetwork>) => {
  const lrp = ok(routerPort({ name: 'lrp-vmnet', mac: gateway.mac, networks: ['10.10.0.1/24', 'fd00:10::1/64'] }), 'router port')
  const toRouter = ok(switchPort({ name: 'vmnet-to-lr', type: 'router', routerPort: 'lrp-vmnet', addresses: ['router'] }), 'switch side')
  const sw = ok(logicalSwitch({ name: 'vmnet', ports: [toRouter, ...vms.map((v) => v.port)] }), 'switch')
  const lr = ok(logicalRouter({ name: 'lr-vms', ports: [lrp] }), 'router')
  return ok(topology({ owner: OWNER, switches: [sw], routers: [lr], dhcpOptions: vms.flatMap((v) => [v.dhcpv4!, v.dhcpv6!]) }), 'topology').toDesired()
}

const step = async (client: Client, replica: Replica, what: string, vms: ReadonlyArray<VmNetwork>): Promise<void> => {
  const r = await apply(client, network(vms), { replica })()
  if (E.isLeft(r)) throw new Error(`${what}: ${JSON.stringify(r.left)}`)
  const { create, update, delete: del } = r.right.plan.summary
  console.log(`${what}: ${create} to add, ${update} to change, ${del} to destroy; ${r.right.operations} operations sent`)
  if (create === 0) for (const line of renderText(r.right.plan).split('\n').slice(0, -1)) console.log(`  ${line}`)
}

const main = async (): Promise<void> => {
  const server = ok(await startEmbedded([modelSchema(NB.model)])(), 'embedded server')
  const client = ok(await server.connect()(), 'connect')
  try {
    const replica = ok(await syncReplica(client, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })(), 'replica')
    const a = vm('vm-a', 10)
    const b = vm('vm-b', 11)
    await step(client, replica, 'start: vm-a and vm-b on node1', [a, b])
    const moving = ok(beginMigration(a, 'node2'), 'begin')
    await step(client, replica, 'vm-a: migration to node2 begins', [moving, b])
    const moved = ok(completeMigration(moving), 'complete')
    await step(client, replica, 'vm-a: migration complete', [moved, b])
    const back = ok(beginMigration(moved, 'node1'), 'begin again')
    await step(client, replica, 'vm-a: migration to node1 begins', [back, b])
    await step(client, replica, 'vm-a: migration given up', [ok(abortMigration(back), 'abort'), b])
    // the controller restarts knowing only vm-a: its GC removes what vm-b left
    const swept = await gc(client, OWNER, network([moved]), { replica })()
    if (E.isLeft(swept)) throw new Error(`gc: ${JSON.stringify(swept.left)}`)
    console.log(`gc after restart without vm-b: removed ${JSON.stringify(swept.right.removed)}`)
    const ports = [...replica.rows('Logical_Switch_Port').values()].map((r) => r['name'] as string).sort()
    console.log(`ports left: ${ports.join(', ')}; DHCP options left: ${replica.rows('DHCP_Options').size}`)
  } finally {
    await client.close()()
    await server.stop()
  }
}

await main()
