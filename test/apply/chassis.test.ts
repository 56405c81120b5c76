import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { spawnSync } from 'node:child_process'
import { connect, syncReplica, type Replica } from '../../src/ovsdb/index.js'
import { ref, type DesiredRow, type DesiredState } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { acl, logicalRouter, logicalSwitch, portGroup, routerPort, switchPort, topology, type DslError } from '../../src/nb/dsl/index.js'
import { startCentral } from '../support/central.js'
import { startChassis } from '../support/chassis.js'
import { issuesOf } from '../../src/errors.js'
import { right } from '../support/either.js'

const sbctl = (sb: string, ...args: string[]): string => {
  const r = spawnSync('ovn-sbctl', [`--db=${sb}`, ...args], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`ovn-sbctl ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}

/** Resolves when the replica's rows satisfy `ok`, or rejects after `ms`. */
const until = (replica: Replica, ok: () => boolean, ms: number, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    if (ok()) return resolve()
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`${what}: not within ${ms} ms`))
    }, ms)
    const stop = replica.onChange(() => {
      if (!ok()) return
      clearTimeout(timer)
      stop()
      resolve()
    })
  })

/** NB + SB + ovn-northd, a chassis named `name`, and a client with a kept replica; all stopped after the test. */
const hypervisor = async (t: ExecutionContext, name: string) => {
  const central = await startCentral()
  t.teardown(() => central.stop())
  const chassis = await startChassis(central.sb, name)
  t.teardown(() => chassis.stop())
  const c = await connect(central.nb.unix)()
  if (E.isLeft(c)) throw new Error(JSON.stringify(c.left))
  const client = c.right
  t.teardown(() => client.close()())
  const replica = right(t, await syncReplica(client, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })())
  return { central, chassis, client, replica }
}

/** Whether the replica shows the logical switch port up (`up` is an optional boolean). */
const isUp = (replica: Replica, name: string): boolean => {
  const u = replica.lookup('Logical_Switch_Port', 'name', name)[0]
  const up = u === undefined ? undefined : replica.rows('Logical_Switch_Port').get(u)?.['up']
  return up === true || JSON.stringify(up) === '["set",[true]]'
}

const vm = (ports: ReadonlyArray<string>): DesiredState => ({
  owner: 'hv-test',
  rows: [
    { table: 'Logical_Switch', id: 'ls:net', columns: { name: 'net', ports: ['set', ports.map((p) => ref(`lsp:${p}`))] } },
    ...ports.map((p, i): DesiredRow => ({ table: 'Logical_Switch_Port', id: `lsp:${p}`, columns: { name: p, addresses: ['set', [`0a:00:00:00:00:0${i + 1} 10.0.0.${i + 1}`]] } })),
  ],
})

test('wait hv with a real chassis (ovn-controller): apply returns once the chassis has processed the change; a VM port bound on the chassis shows up; with ovn-controller stopped, wait sb still returns and wait hv times out', async (t) => {
  t.timeout(60000)
  const { central, chassis, client, replica } = await hypervisor(t, 'hv1')

  // the chassis's own record of the generation it has processed reaches the one apply asked for
  const r1 = right(t, await apply(client, vm(['vm1']), { replica, wait: 'hv', waitTimeoutMs: 20000 })())
  t.true(r1.nbCfg !== undefined && r1.nbCfg > 0)
  t.true(Number(sbctl(central.sb.unix, '--bare', '--columns=nb_cfg', 'find', 'Chassis_Private', 'name=hv1')) >= r1.nbCfg!)
  const global = [...replica.rows('NB_Global').values()][0]!
  t.true((global['hv_cfg'] as number) >= r1.nbCfg!)

  // the VM's interface appears on the chassis: ovn-controller binds the port, ovn-northd
  // sets it up, and the replica shows it
  chassis.vsctl('add-port', 'br-int', 'vm1', '--', 'set', 'Interface', 'vm1', 'type=internal', 'external_ids:iface-id=vm1')
  await until(replica, () => isUp(replica, 'vm1'), 20000, 'vm1 up')
  t.true(sbctl(central.sb.unix, '--bare', '--columns=logical_port', 'find', 'Port_Binding', 'logical_port=vm1').includes('vm1'))
  // our own plan is not disturbed by ovn-northd writing `up`: nothing to do
  t.is(right(t, await apply(client, vm(['vm1']), { replica })()).operations, 0)

  // the hypervisor stops processing: northd still answers, the chassis does not
  await chassis.stopController()
  const r2 = right(t, await apply(client, vm(['vm1', 'vm2']), { replica, wait: 'sb', waitTimeoutMs: 20000 })())
  t.is(r2.plan.summary.create, 1)
  const r3 = await apply(client, vm(['vm1', 'vm2', 'vm3']), { replica, wait: 'hv', waitTimeoutMs: 1000 })()
  t.like(E.isLeft(r3) ? r3.left : undefined, { _tag: 'WaitTimeout', wait: 'hv', ms: 1000 })
  t.deepEqual(E.isLeft(r3) ? issuesOf(r3.left).map((i) => [i.path, i.code]) : [], [[[], 'timeout']])
  // the change itself was made: only the wait gave up
  t.is(replica.lookup('Logical_Switch_Port', 'name', 'vm3').length, 1)
})

const ok = <A>(r: E.Either<DslError, A>): A => {
  if (E.isRight(r)) return r.right
  throw new Error(r.left.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
}

/** Two VMs on two switches behind a router; with `drop`, a port group's ACL drops ICMP to vm2. */
const routed = (drop: boolean): DesiredState => {
  const vm1 = ok(switchPort({ name: 'vm1', addresses: ['0a:00:00:00:01:0a 10.0.1.10'], portSecurity: ['0a:00:00:00:01:0a 10.0.1.10'] }))
  const vm2 = ok(switchPort({ name: 'vm2', addresses: ['0a:00:00:00:02:0a 10.0.2.10'], portSecurity: ['0a:00:00:00:02:0a 10.0.2.10'] }))
  const sw1 = ok(logicalSwitch({ name: 'sw1', ports: [vm1, ok(switchPort({ name: 'sw1-rtr', type: 'router', routerPort: 'lrp1' }))] }))
  const sw2 = ok(logicalSwitch({ name: 'sw2', ports: [vm2, ok(switchPort({ name: 'sw2-rtr', type: 'router', routerPort: 'lrp2' }))] }))
  const lr = ok(
    logicalRouter({
      name: 'lr',
      ports: [ok(routerPort({ name: 'lrp1', mac: '0a:00:00:00:01:01', networks: ['10.0.1.1/24'] })), ok(routerPort({ name: 'lrp2', mac: '0a:00:00:00:02:01', networks: ['10.0.2.1/24'] }))],
    }),
  )
  const pg = ok(portGroup({ name: 'pg_vm2', ports: [vm2], acls: [ok(acl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg_vm2 && icmp4', action: 'drop' }))] }))
  return ok(topology({ owner: 'dataplane', switches: [sw1, sw2], routers: [lr], portGroups: drop ? [pg] : [] })).toDesired()
}

/** Whether `check` comes true within `ms`, trying every 100 ms. */
const soon = async (check: () => boolean, ms: number): Promise<boolean> => {
  for (const end = Date.now() + ms; ; ) {
    if (check()) return true
    if (Date.now() > end) return false
    await new Promise((r) => setTimeout(r, 100))
  }
}

test('the data plane: two VMs in namespaces on a chassis, routed between two switches by what apply wrote; an ACL applied with wait hv stops ICMP, and removing it lets it through again', async (t) => {
  t.timeout(90000)
  const { chassis, client, replica } = await hypervisor(t, 'hv-dp')
  const vm1 = chassis.plug('vm1', '0a:00:00:00:01:0a', '10.0.1.10/24', '10.0.1.1')
  const vm2 = chassis.plug('vm2', '0a:00:00:00:02:0a', '10.0.2.10/24', '10.0.2.1')

  right(t, await apply(client, routed(false), { replica, wait: 'hv', waitTimeoutMs: 20000 })())
  // the ports come up once the chassis has bound them
  for (const p of ['vm1', 'vm2']) await until(replica, () => isUp(replica, p), 20000, `${p} up`)
  t.true(await soon(() => vm1.ping('10.0.2.10'), 10000), 'vm1 reaches vm2 through the router')
  t.true(vm2.ping('10.0.1.10'), 'and back')

  // the ACL: once apply returns (wait hv), ICMP to vm2 is dropped (datapath flows are
  // revalidated in the background, hence a short grace)
  const withAcl = right(t, await apply(client, routed(true), { replica, wait: 'hv', waitTimeoutMs: 20000 })())
  t.is(withAcl.plan.summary.create, 2)
  t.true(await soon(() => !vm1.ping('10.0.2.10'), 3000), 'the ACL drops ICMP to vm2')
  t.false(vm1.ping('10.0.2.10', 2))
  // garbage collection removes the port group and its ACL: ICMP passes again
  const without = right(t, await apply(client, routed(false), { replica, wait: 'hv', waitTimeoutMs: 20000 })())
  t.is(without.plan.summary.delete, 1)
  t.true(await soon(() => vm1.ping('10.0.2.10'), 3000), 'ICMP passes again')
})
