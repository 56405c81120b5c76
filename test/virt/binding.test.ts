/**
 * vmBinding against a real Southbound ovsdb-server, rows written by ovn-sbctl (as
 * ovn-northd and ovn-controller would): not bound yet, bound, migrating (additional
 * chassis, activated), a chassis gone (weak references dropped); the same from a
 * replica; waitForBinding until a change and until its deadline; a server sending a
 * row that does not fit the model.
 */
import test from 'ava'
import { spawnSync } from 'node:child_process'
import * as E from 'fp-ts/lib/Either.js'
import { connect, formatError, syncReplica } from '../../src/ovsdb/index.js'
import * as _ from '../../src/virt/index.js'
import { right } from '../support/either.js'
import { hostileServer } from '../support/hostile.js'
import { SB_SCHEMA, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'

const sbctl = (sb: OvsdbServer, ...args: string[]): string => {
  const r = spawnSync('ovn-sbctl', [`--db=${sb.unix}`, ...args], { encoding: 'utf8', timeout: 10000 })
  if (r.status !== 0) throw new Error(`ovn-sbctl ${args.join(' ')}: ${r.stderr}`)
  return r.stdout.trim()
}

/** An SB with chassis node1 and node2 and the datapath of a switch. */
const southbound = async () => {
  const sb = await startOvsdb({ schema: SB_SCHEMA, name: 'sb' })
  sbctl(sb, 'chassis-add', 'node1', 'geneve', '127.0.0.1')
  sbctl(sb, 'chassis-add', 'node2', 'geneve', '127.0.0.2')
  const dp = sbctl(sb, 'create', 'Datapath_Binding', 'tunnel_key=1')
  const uuid = (name: string) => sbctl(sb, '--bare', '--columns=_uuid', 'find', 'Chassis', `name=${name}`)
  return { sb, dp, node1: uuid('node1'), node2: uuid('node2') }
}

test('not bound yet, bound on the source, migrating with the target activated, the target gone; client and replica read the same', async (t) => {
  const { sb, dp, node1, node2 } = await southbound()
  t.teardown(() => sb.stop())
  const c = right(t, await connect(sb.unix)())
  t.teardown(() => c.close()())
  const replica = right(t, await syncReplica(c, 'OVN_Southbound')())
  const both = async () => {
    const a = right(t, await _.vmBinding(c, 'vm-a')())
    await c.echo()() // the replica's update arrives before the reply of anything sent after the change
    t.deepEqual(right(t, await _.vmBinding(replica, 'vm-a')()), a)
    return a
  }
  t.is(await both(), undefined)
  const pb = sbctl(sb, 'create', 'Port_Binding', 'logical_port=vm-a', `datapath=${dp}`, 'tunnel_key=1', 'options:requested-chassis=node1')
  t.deepEqual(await both(), { port: 'vm-a', chassis: undefined, additionalChassis: [], activated: [], up: false, requestedChassis: ['node1'] })
  sbctl(sb, 'set', 'Port_Binding', pb, `chassis=${node1}`, 'up=true')
  t.deepEqual(await both(), { port: 'vm-a', chassis: 'node1', additionalChassis: [], activated: [], up: true, requestedChassis: ['node1'] })
  sbctl(sb, 'set', 'Port_Binding', pb, `additional_chassis=${node2}`, 'options:requested-chassis="node1,node2"', 'options:activation-strategy=rarp')
  t.deepEqual(await both(), { port: 'vm-a', chassis: 'node1', additionalChassis: ['node2'], activated: [], up: true, requestedChassis: ['node1', 'node2'] })
  sbctl(sb, 'set', 'Port_Binding', pb, 'options:additional-chassis-activated=node2')
  const vm = right(t, _.vmNetwork({ name: 'vm-a', mac: '0a:58:0a:0a:00:0a', ipv4: '10.10.0.10/24', chassis: 'node1', gateway: { mac: '0a:58:0a:0a:00:01' } }))
  t.deepEqual(right(t, await _.vmBinding(c, vm)())?.activated, ['node2'])
  // the target's chassis row goes away: the server drops the weak reference
  sbctl(sb, 'chassis-del', 'node2')
  t.deepEqual(await both(), { port: 'vm-a', chassis: 'node1', additionalChassis: [], activated: ['node2'], up: true, requestedChassis: ['node1', 'node2'] })
  t.truthy(node1)
})

test('waitForBinding: returns once the binding reaches the state, and gives up at its deadline with the last binding', async (t) => {
  const { sb, dp, node2 } = await southbound()
  t.teardown(() => sb.stop())
  const c = right(t, await connect(sb.unix)())
  t.teardown(() => c.close()())
  const pb = sbctl(sb, 'create', 'Port_Binding', 'logical_port=vm-a', `datapath=${dp}`, 'tunnel_key=1')
  const waiting = _.waitForBinding(c, 'vm-a', (b) => b?.activated.includes('node2') === true, { timeoutMs: 20000, intervalMs: 20 })()
  sbctl(sb, 'set', 'Port_Binding', pb, `additional_chassis=${node2}`, 'options:additional-chassis-activated=node2')
  t.deepEqual(right(t, await waiting)?.additionalChassis, ['node2'])
  const never = await _.waitForBinding(c, 'vm-a', (b) => b?.chassis === 'node9', { timeoutMs: 200, intervalMs: 20 })()
  t.true(E.isLeft(never))
  if (E.isLeft(never) && never.left._tag === 'BindingTimeout') {
    t.is(never.left.port, 'vm-a')
    t.is(never.left.last?.chassis, undefined)
  } else t.fail(JSON.stringify(never))
})

test('a server whose Port_Binding does not fit the model: a DecodeError, one line, no throw', async (t) => {
  const server = await hostileServer((req, socket) => {
    if (req.method === 'transact')
      socket.write(
        JSON.stringify({
          id: req.id,
          error: null,
          result: [{ rows: [{ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], logical_port: 'vm-a', up: 'yes', options: ['map', []] }] }, { rows: [] }],
        }),
      )
  })
  t.teardown(() => server.close())
  const c = right(t, await connect(server.remote)())
  t.teardown(() => c.close()())
  const r = await _.vmBinding(c, 'vm-a', { timeoutMs: 5000 })()
  t.true(E.isLeft(r))
  if (E.isLeft(r)) {
    t.is(r.left._tag, 'DecodeError')
    t.regex(formatError(r.left), /^cannot decode OVN_Southbound Port_Binding of vm-a: up: expected a boolean/)
    t.false(formatError(r.left).includes('\n'))
  }
})
