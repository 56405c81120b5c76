import test from 'ava'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { runCli, tempFiles } from './support.js'

// A drift report, as Terraform users expect from `plan` on a state that was applied: an
// operator changed our rows with ovn-nbctl, and the plan shows exactly those changes —
// each put back key by key, element by element — and nothing of what the operator added
// beside them (their key in our options, their key in our external_ids, their port in
// our switch).
const NET = {
  owner: 'demo',
  switches: [
    {
      name: 'sw0',
      mcastSnoop: true,
      ports: [
        { name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.1'], requestedChassis: 'node1' },
        { name: 'vm2', addresses: ['0a:00:00:00:00:02 10.0.0.2'] },
      ],
    },
  ],
  portGroups: [{ name: 'pg', ports: ['vm1'], acls: [{ direction: 'to-lport', priority: 1000, match: 'outport == @pg && tcp.dst == 22', action: 'drop' }] }],
}

test('plan after an operator changed applied rows shows exactly what they changed, and none of what they added', async (t) => {
  t.timeout(60_000)
  const s = await startOvsdb()
  t.teardown(() => void s.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const net = files.write('net.json', JSON.stringify(NET))
  const applied = runCli({}, 'apply', net, '--db', s.unix)
  t.is(applied.code, 0, applied.err)
  t.is(runCli({}, 'plan', net, '--db', s.unix).code, 0)

  // the operator's changes to our rows ...
  nbctl(s, 'lsp-set-addresses', 'vm1', '0a:00:00:00:00:99 10.0.0.99')
  nbctl(s, 'set', 'Logical_Switch_Port', 'vm1', 'options:requested-chassis=node7')
  nbctl(s, 'acl-del', 'pg')
  nbctl(s, 'lsp-del', 'vm2')
  nbctl(s, 'set', 'Logical_Switch', 'sw0', 'other_config:mcast_snoop=false')
  // ... and what they added beside them, which stays theirs
  nbctl(s, 'set', 'Logical_Switch_Port', 'vm1', 'options:theirs=1')
  nbctl(s, 'set', 'Logical_Switch', 'sw0', 'external_ids:op=x')
  nbctl(s, 'lsp-add', 'sw0', 'op-port')

  const drift = runCli({}, 'plan', net, '--db', s.unix)
  t.is(drift.code, 2, drift.err)
  const changes = drift.out.split('\n').filter((l) => /^[~+-] |^ {4}(addresses|options|other_config|ports|acls|external_ids): /.test(l) && !/^ {4}external_ids: \{ovn-nb\/owner/.test(l))
  t.deepEqual(changes, [
    '+ ACL pg / to-lport 1000 outport == @pg && tcp.dst == 22',
    '+ Logical_Switch_Port vm2',
    '    addresses: ["0a:00:00:00:00:02 10.0.0.2"]',
    '~ Logical_Switch sw0',
    '    other_config: ~mcast_snoop "false" -> "true"',
    '    ports: +Logical_Switch_Port vm2 (new)',
    '~ Logical_Switch_Port vm1',
    '    addresses: +"0a:00:00:00:00:01 10.0.0.1", -"0a:00:00:00:00:99 10.0.0.99"',
    '    options: ~requested-chassis "node7" -> "node1"',
    '~ Port_Group pg',
    '    acls: +ACL pg / to-lport 1000 outport == @pg && tcp.dst == 22 (new)',
  ])
  t.regex(drift.out, /^Plan: 2 to add, 3 to change, 0 to destroy\.$/m)

  // applying it puts back ours and keeps theirs
  t.is(runCli({}, 'apply', net, '--db', s.unix).code, 0)
  t.is(runCli({}, 'plan', net, '--db', s.unix).code, 0)
  t.is(nbctl(s, 'get', 'Logical_Switch_Port', 'vm1', 'options:theirs').trim(), '"1"')
  t.is(nbctl(s, 'get', 'Logical_Switch', 'sw0', 'external_ids:op').trim(), 'x')
  t.true(nbctl(s, 'lsp-list', 'sw0').includes('(op-port)'))
})
