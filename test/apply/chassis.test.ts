import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { spawnSync } from 'node:child_process'
import { connect, syncReplica, type Replica } from '../../src/ovsdb/index.js'
import { ref, type DesiredRow, type DesiredState } from '../../src/plan/index.js'
import { apply, type ApplyError } from '../../src/apply/index.js'
import { startCentral } from '../support/central.js'
import { startChassis } from '../support/chassis.js'

const right = <A>(t: ExecutionContext, r: E.Either<ApplyError, A>): A => {
  if (E.isLeft(r)) {
    t.fail(JSON.stringify(r.left))
    throw new Error('unexpected Left')
  }
  return r.right
}

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

const vm = (ports: ReadonlyArray<string>): DesiredState => ({
  owner: 'hv-test',
  rows: [
    { table: 'Logical_Switch', id: 'ls:net', columns: { name: 'net', ports: ['set', ports.map((p) => ref(`lsp:${p}`))] } },
    ...ports.map((p, i): DesiredRow => ({ table: 'Logical_Switch_Port', id: `lsp:${p}`, columns: { name: p, addresses: ['set', [`0a:00:00:00:00:0${i + 1} 10.0.0.${i + 1}`]] } })),
  ],
})

test('wait hv with a real chassis (ovn-controller): apply returns once the chassis has processed the change; a VM port bound on the chassis shows up; with ovn-controller stopped, wait sb still returns and wait hv times out', async (t) => {
  t.timeout(60000)
  const central = await startCentral()
  t.teardown(() => central.stop())
  const chassis = await startChassis(central.sb, 'hv1')
  t.teardown(() => chassis.stop())
  const client = await connect(central.nb.unix)()
  if (E.isLeft(client)) return t.fail(JSON.stringify(client.left))
  t.teardown(() => client.right.close()())
  const replica = right(t, await syncReplica(client.right, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })())

  // the chassis's own record of the generation it has processed reaches the one apply asked for
  const r1 = right(t, await apply(client.right, vm(['vm1']), { replica, wait: 'hv', waitTimeoutMs: 20000 })())
  t.true(r1.nbCfg !== undefined && r1.nbCfg > 0)
  t.true(Number(sbctl(central.sb.unix, '--bare', '--columns=nb_cfg', 'find', 'Chassis_Private', 'name=hv1')) >= r1.nbCfg!)
  const global = [...replica.rows('NB_Global').values()][0]!
  t.true((global['hv_cfg'] as number) >= r1.nbCfg!)

  // the VM's interface appears on the chassis: ovn-controller binds the port, ovn-northd
  // sets it up, and the replica shows it
  chassis.vsctl('add-port', 'br-int', 'vm1', '--', 'set', 'Interface', 'vm1', 'type=internal', 'external_ids:iface-id=vm1')
  const up = () => {
    const u = replica.lookup('Logical_Switch_Port', 'name', 'vm1')[0]
    const row = u === undefined ? undefined : replica.rows('Logical_Switch_Port').get(u)
    return JSON.stringify(row?.['up']) === JSON.stringify(['set', [true]]) || row?.['up'] === true
  }
  await until(replica, up, 20000, 'vm1 up')
  t.true(sbctl(central.sb.unix, '--bare', '--columns=logical_port', 'find', 'Port_Binding', 'logical_port=vm1').includes('vm1'))
  // our own plan is not disturbed by ovn-northd writing `up`: nothing to do
  t.is(right(t, await apply(client.right, vm(['vm1']), { replica })()).operations, 0)

  // the hypervisor stops processing: northd still answers, the chassis does not
  await chassis.stopController()
  const r2 = right(t, await apply(client.right, vm(['vm1', 'vm2']), { replica, wait: 'sb', waitTimeoutMs: 20000 })())
  t.is(r2.plan.summary.create, 1)
  const r3 = await apply(client.right, vm(['vm1', 'vm2', 'vm3']), { replica, wait: 'hv', waitTimeoutMs: 1000 })()
  t.like(E.isLeft(r3) ? r3.left : undefined, { _tag: 'WaitTimeout', wait: 'hv', ms: 1000 })
  // the change itself was made: only the wait gave up
  t.is(replica.lookup('Logical_Switch_Port', 'name', 'vm3').length, 1)
})
