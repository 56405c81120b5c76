/**
 * The CLI as a user runs it (a fresh process per command) beside ovn-nbctl: what
 * another writer puts in and around the rows `ovn-nb apply` wrote survives re-applies,
 * key drops and withdrawal; `--cascade` says what would go with the rows.
 */
import test from 'ava'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { runCli, tempFiles } from './support.js'

const MODULE = `
const keys = process.env.KEYS === 'one' ? [['requested-chassis', 'node1']] : [['requested-chassis', 'node1'], ['activation-strategy', 'rarp']]
export default process.env.EMPTY === '1' ? { owner: 'ctl-a', rows: [] } : {
  owner: 'ctl-a',
  rows: [
    { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [['ref', 'lsp:vm1']]], external_ids: ['map', [['app', 'demo']]] } },
    { table: 'Logical_Switch_Port', id: 'lsp:vm1', columns: { name: 'vm1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']], options: ['map', keys] } },
    { table: 'Port_Group', id: 'pg:pg1', columns: { name: 'pg1', ports: ['set', [['ref', 'lsp:vm1']]], acls: ['set', [['ref', 'acl:web']]] } },
    { table: 'ACL', id: 'acl:web', columns: { direction: 'to-lport', priority: 1001, match: 'outport == @pg1 && tcp.dst == 80', action: 'allow-related' } },
  ],
}
`

test('ovn-nb plan/apply processes beside ovn-nbctl: the other writer keeps its port, ACL and keys; a dropped key of ours goes alone; withdrawal keeps the switch that holds theirs; --cascade lists what would go', async (t) => {
  t.timeout(60_000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const file = files.write('state.mjs', MODULE)
  const cli = (env: Record<string, string>, ...args: string[]) => runCli(env, ...args, file, '--db', server.unix)
  t.is(cli({}, 'apply').code, 0)
  nbctl(server, 'lsp-add', 'sw0', 'p-nbctl')
  nbctl(server, 'acl-add', 'sw0', 'to-lport', '900', 'ip4.src == 192.0.2.1', 'drop')
  nbctl(server, 'set', 'Logical_Switch', 'sw0', 'external_ids:cms=neutron')
  nbctl(server, 'set', 'Logical_Switch_Port', 'vm1', 'options:iface-id-ver=42', 'external_ids:kubevirt.io/vm=vm1')
  nbctl(server, 'add', 'Port_Group', 'pg1', 'ports', nbctl(server, 'get', 'Logical_Switch_Port', 'p-nbctl', '_uuid').trim())

  // re-applying changes none of that; the plan after it is empty (exit 0)
  t.regex(cli({}, 'apply').out, /^No changes\./)
  t.deepEqual(cli({}, 'plan'), { code: 0, out: 'No changes. The database matches the desired state.\n', err: '' })

  // dropping a key ovn-nb set removes only that key
  const dropped = cli({ KEYS: 'one' }, 'apply')
  t.regex(dropped.out, /^ {4}options: -activation-strategy "rarp"$/m)
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm1', 'options').trim(), '{iface-id-ver="42", requested-chassis=node1}')
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm1', 'external_ids:"kubevirt.io/vm"').trim(), 'vm1')

  // withdrawing the whole state: the other writer's port and ACL stay, and the switch with them; ours go
  const withdrawn = cli({ EMPTY: '1' }, 'apply')
  t.is(withdrawn.code, 0, withdrawn.err)
  t.regex(withdrawn.out, /^! Logical_Switch sw0 retained: holds 1 ACL and 1 Logical_Switch_Port of other writers$/m)
  t.is(nbctl(server, 'lsp-list', 'sw0').replace(/^[0-9a-f-]{36} /gm, '').trim(), '(p-nbctl)')
  t.is(nbctl(server, 'acl-list', 'sw0').trim(), 'to-lport   900 (ip4.src == 192.0.2.1) drop')
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw0', 'external_ids:cms').trim(), 'neutron')
  t.is(nbctl(server, '--bare', '--columns=name', 'list', 'Port_Group').trim(), '')

  // --cascade: the plan lists every other writer's row that would go (exit 2: changes)
  const cascade = cli({ EMPTY: '1' }, 'plan', '--cascade')
  t.is(cascade.code, 2)
  t.is(cascade.out, '- Logical_Switch sw0\n    with ACL sw0 / to-lport 900 ip4.src == 192.0.2.1 (no owner)\n    with Logical_Switch_Port p-nbctl (no owner)\nPlan: 0 to add, 0 to change, 1 to destroy.\n')
  t.regex(cli({ EMPTY: '1' }, 'apply', '--cascade').out, /^- Logical_Switch sw0$/m)
  t.is(nbctl(server, 'ls-list').trim(), '')
})
