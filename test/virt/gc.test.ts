/**
 * vmGc against ovsdb-server, with ovn-nbctl as the other writer: the ports and DHCP
 * options of this owner's VMs not in the list go; the owner's other rows (switch,
 * router port), ovn-nbctl's port and DHCP row on the same switch, and another
 * controller's VM stay. A second sweep sends nothing.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { connect, syncReplica } from '../../src/ovsdb/index.js'
import { apply } from '../../src/apply/index.js'
import { logicalRouter, logicalSwitch, routerPort, switchPort, topology } from '../../src/nb/dsl/index.js'
import * as _ from '../../src/virt/index.js'
import { right } from '../support/either.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'

const gateway = { mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1', ipv6: 'fd00:10::1' }
const vm = (name: string, n: number): _.VmNetwork => {
  const r = _.vmNetwork({
    name,
    mac: `0a:58:0a:0a:00:${n}`,
    ipv4: `10.10.0.${n}/24`,
    ipv6: `fd00:10::${n}/64`,
    chassis: 'node1',
    gateway,
    dhcpv4: {},
    dhcpv6: {},
  })
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}

const state = (owner: string, vms: ReadonlyArray<_.VmNetwork>, withRouter: boolean) => {
  const ok = <A>(r: E.Either<unknown, A>): A => {
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
    return r.right
  }
  const lrp = ok(routerPort({ name: 'lrp-vmnet', mac: gateway.mac, networks: ['10.10.0.1/24', 'fd00:10::1/64'] }))
  const toRouter = ok(switchPort({ name: 'vmnet-to-lr', type: 'router', routerPort: 'lrp-vmnet', addresses: ['router'] }))
  const sw = ok(logicalSwitch({ name: 'vmnet', shared: true, ports: [...(withRouter ? [toRouter] : []), ...vms.map((v) => v.port)] }))
  return ok(
    topology({
      owner,
      switches: [sw],
      routers: withRouter ? [ok(logicalRouter({ name: 'lr-vms', ports: [lrp] }))] : [],
      dhcpOptions: vms.flatMap((v) => [v.dhcpv4!, v.dhcpv6!]),
    }),
  ).toDesired()
}

test('the ports and DHCP rows of VMs gone, and nothing else: not the owner\'s router port, not ovn-nbctl\'s rows, not another controller\'s VM', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  nbctl(server, 'init')
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const replica = right(t, await syncReplica(c, 'OVN_Northbound', { externalIdKeys: ['ovn-nb/owner'] })())
  right(t, await apply(c, state('virt', [vm('vm-a', 10), vm('vm-b', 11)], true), { replica })())
  right(t, await apply(c, state('other-ctl', [vm('vm-x', 20)], false), { replica })())
  // the other writer: a port on the same switch, a DHCP row, a key on a VM's port
  nbctl(server, 'lsp-add', 'vmnet', 'op-port', '--', 'lsp-set-addresses', 'op-port', '0a:00:00:00:00:99 10.10.0.99')
  const dhcp = nbctl(server, 'dhcp-options-create', '10.10.0.0/24', 'purpose=operator').trim() || nbctl(server, '--bare', '--columns=_uuid', 'find', 'DHCP_Options', 'external_ids:purpose=operator').trim()
  nbctl(server, 'dhcp-options-set-options', dhcp, 'lease_time=60', 'router=10.10.0.1', 'server_id=10.10.0.1', 'server_mac=0a:58:0a:0a:00:01')
  nbctl(server, 'set', 'Logical_Switch_Port', 'vm-a', 'external_ids:kubevirt.io/vm=vm-a')
  const ports = () => nbctl(server, '--bare', '--columns=name', 'list', 'Logical_Switch_Port').split('\n').filter((s) => s !== '').sort()
  const dhcpRows = () => Number(nbctl(server, '--bare', '--columns=_uuid', 'list', 'DHCP_Options').split('\n').filter((s) => s !== '').length)
  t.deepEqual(ports(), ['op-port', 'vm-a', 'vm-b', 'vm-x', 'vmnet-to-lr'])
  t.is(dhcpRows(), 7)

  // the controller restarts knowing only vm-a
  const a = vm('vm-a', 10)
  const dry = right(t, await _.vmGc(c, 'virt', [a], { dryRun: true })())
  t.deepEqual(dry.removed, { DHCP_Options: 2, Logical_Switch_Port: 1 })
  t.is(dry.operations, 0)
  t.deepEqual(ports(), ['op-port', 'vm-a', 'vm-b', 'vm-x', 'vmnet-to-lr'])
  const r = right(t, await _.vmGc(c, 'virt', [a], { replica })())
  t.deepEqual(r.removed, { DHCP_Options: 2, Logical_Switch_Port: 1 })
  t.deepEqual(ports(), ['op-port', 'vm-a', 'vm-x', 'vmnet-to-lr'])
  t.is(dhcpRows(), 5)
  t.is(nbctl(server, '--bare', '--columns=options', 'find', 'DHCP_Options', 'external_ids:purpose=operator').trim(), 'lease_time=60 router=10.10.0.1 server_id=10.10.0.1 server_mac=0a:58:0a:0a:00:01')
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm-a', 'external_ids:"kubevirt.io/vm"').trim(), 'vm-a')
  t.is(nbctl(server, '--bare', '--columns=name', 'list', 'Logical_Router').trim(), 'lr-vms')
  // again: nothing to do; by name too
  const again = right(t, await _.vmGc(c, 'virt', ['vm-a'])())
  t.is(again.operations, 0)
  t.deepEqual(again.removed, {})
  // the last VM goes: only its rows
  right(t, await _.vmGc(c, 'virt', [])())
  t.deepEqual(ports(), ['op-port', 'vm-x', 'vmnet-to-lr'])
  t.is(dhcpRows(), 3)
})
