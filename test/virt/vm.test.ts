import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { connect, syncReplica, type Operation } from '../../src/ovsdb/index.js'
import { compile, renderText } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { logicalSwitch, topology, type DslError } from '../../src/nb/dsl/index.js'
import * as _ from '../../src/virt/index.js'
import { right } from '../support/either.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'

const input: _.VmNetworkInput = {
  name: 'vm-a',
  mac: '0A:58:0A:0A:00:0A',
  ipv4: '10.10.0.10/24',
  ipv6: 'fd00:10::10/64',
  chassis: 'node1',
  gateway: { mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1', ipv6: 'fd00:10::1' },
  dhcpv4: { dns: ['10.10.0.2'], mtu: 1400, routes: [{ prefix: '169.254.169.254/32', nexthop: '10.10.0.2' }] },
  dhcpv6: { dns: ['fd00:10::2'], domainSearch: 'cluster.local' },
}

const ok = (r: E.Either<DslError, _.VmNetwork>): _.VmNetwork => {
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}

test('a VM network: port security from its MAC and addresses, requested on its chassis, DHCPv4/v6 options of its own with the stable gateway', (t) => {
  const vm = ok(_.vmNetwork(input))
  t.deepEqual(vm.port.addresses, ['0a:58:0a:0a:00:0a 10.10.0.10 fd00:10::10'])
  t.deepEqual(vm.port.portSecurity, ['0a:58:0a:0a:00:0a 10.10.0.10 fd00:10::10'])
  t.deepEqual(vm.port.options, { 'requested-chassis': 'node1' })
  t.is(vm.dhcpv4?.cidr, '10.10.0.0/24')
  t.deepEqual(vm.dhcpv4?.options, {
    classless_static_route: '{169.254.169.254/32,10.10.0.2}',
    dns_server: '10.10.0.2',
    hostname: '"vm-a"',
    lease_time: '3600',
    mtu: '1400',
    router: '10.10.0.1',
    server_id: '10.10.0.1',
    server_mac: '0a:58:0a:0a:00:01',
  })
  t.is(vm.dhcpv6?.cidr, 'fd00:10::/64')
  t.deepEqual(vm.dhcpv6?.options, { dns_server: 'fd00:10::2', domain_search: '"cluster.local"', server_id: '0a:58:0a:0a:00:01' })
  t.is(vm.port.dhcpv4Options, vm.dhcpv4)
  // marked as the VM's, for vmGc
  t.deepEqual([vm.port.externalIds, vm.dhcpv4?.externalIds, vm.dhcpv6?.externalIds], [{ 'ovn-nb/vm': 'vm-a' }, { 'ovn-nb/vm': 'vm-a' }, { 'ovn-nb/vm': 'vm-a' }])
})

test('the migration lifecycle changes the port\'s requested chassis and activation strategy only', (t) => {
  const vm = ok(_.vmNetwork(input))
  const moving = ok(_.beginMigration(vm, 'node2'))
  t.deepEqual(moving.port.options, { 'activation-strategy': 'rarp', 'requested-chassis': 'node1,node2' })
  t.deepEqual(moving.migration, { target: 'node2' })
  const moved = ok(_.completeMigration(moving))
  t.deepEqual(moved.port.options, { 'requested-chassis': 'node2' })
  t.is(moved.chassis, 'node2')
  const stayed = ok(_.abortMigration(ok(_.beginMigration(moved, 'node3'))))
  t.deepEqual(stayed.port.options, { 'requested-chassis': 'node2' })
  // addresses, port security and DHCP never change
  for (const v of [moving, moved, stayed]) {
    t.deepEqual(v.port.addresses, vm.port.addresses)
    t.deepEqual(v.port.portSecurity, vm.port.portSecurity)
    t.deepEqual(v.dhcpv4, vm.dhcpv4)
  }
  t.true(E.isLeft(_.beginMigration(moving, 'node3')))
  t.true(E.isLeft(_.beginMigration(vm, 'node1')))
  t.true(E.isLeft(_.completeMigration(vm)))
  t.true(E.isLeft(_.abortMigration(vm)))
})

test('bad input: every problem at its path, naming the VM', (t) => {
  const r = _.vmNetwork({ name: 'vm-b', mac: '0a:58:0a', ipv4: '10.10.0.10', chassis: '', gateway: { mac: 'x' }, dhcpv4: {}, dhcpv6: {} })
  t.true(E.isLeft(r))
  if (E.isRight(r)) return
  t.is(r.left.name, 'vm-b')
  t.deepEqual(r.left.problems.map((p) => p.path).sort(), ['chassis', 'dhcpv6', 'gateway.ipv4', 'gateway.mac', 'ipv4', 'mac'])
})

test('against ovsdb-server: each migration step is one key-level mutate of the port, a few hundred bytes; other writers\' keys on the port stay', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const replica = right(t, await syncReplica(c, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })())
  let sent: ReadonlyArray<Operation> = []
  c.addGuard((_db, ops) => {
    sent = ops
    return E.right(undefined)
  })
  const stateOf = (vm: _.VmNetwork) => {
    const sw = logicalSwitch({ name: 'vmnet', ports: [vm.port] })
    if (E.isLeft(sw)) throw new Error('switch')
    const top = topology({ owner: 'virt', switches: [sw.right], dhcpOptions: [vm.dhcpv4!, vm.dhcpv6!] })
    if (E.isLeft(top)) throw new Error(JSON.stringify(top.left))
    return top.right.toDesired()
  }
  const vm = ok(_.vmNetwork(input))
  right(t, await apply(c, stateOf(vm), { replica })())
  // another writer (the CMS) marks the port
  nbctl(server, 'set', 'Logical_Switch_Port', 'vm-a', 'external_ids:kubevirt.io/vm=vm-a', 'options:iface-id-ver=7')
  await c.echo()()
  const steps: Array<readonly [string, _.VmNetwork]> = []
  const moving = ok(_.beginMigration(vm, 'node2'))
  steps.push(['begin', moving], ['complete', ok(_.completeMigration(moving))])
  const again = ok(_.beginMigration(steps[1]![1], 'node1'))
  steps.push(['begin again', again], ['abort', ok(_.abortMigration(again))])
  for (const [name, v] of steps) {
    const r = right(t, await apply(c, stateOf(v), { replica })())
    t.is(r.plan.entries.length, 1, `${name}: ${renderText(r.plan)}`)
    t.like(r.plan.entries[0], { action: 'update', table: 'Logical_Switch_Port' })
    const ops = compile(r.plan)
    t.is(ops.length, 1, name)
    t.is(sent[0]?.op, 'mutate', name)
    const bytes = Buffer.byteLength(JSON.stringify({ method: 'transact', params: ['OVN_Northbound', ...sent], id: 1 }))
    t.true(bytes < 600, `${name}: ${bytes} bytes`)
    t.log(`${name}: ${renderText(r.plan).split('\n').slice(1, -1).join(' | ')} (${bytes} B)`)
  }
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm-a', 'options').trim(), '{iface-id-ver="7", requested-chassis=node2}')
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm-a', 'external_ids:"kubevirt.io/vm"').trim(), 'vm-a')
})
