/**
 * Taking over a network ovn-nbctl made, with the CLI as a user runs it (a fresh process
 * per command): without --adopt every conflicting row is named with the flag that takes
 * it over; --adopt takes the rows over, the DHCP_Options row by its content (no
 * duplicate, the port keeps pointing at it); --adopt-from takes another owner's rows.
 */
import test from 'ava'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { runCli, tempFiles } from './support.js'

const PORTS = ['vm1', 'vm2', 'vm3', 'vm4', 'vm5', 'vm6', 'vm7']
const DHCP = 'DHCP_Options:10.1.0.0/24'
const MODULE = `
const ports = ${JSON.stringify(PORTS)}
const rows = [
  { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', ports.map((p) => ['ref', 'lsp:' + p])] } },
  ...ports.map((p) => ({ table: 'Logical_Switch_Port', id: 'lsp:' + p, columns: { name: p, ...(p === 'vm1' ? { dhcpv4_options: ['ref', '${DHCP}'] } : {}) } })),
  { table: 'DHCP_Options', id: '${DHCP}', columns: { cidr: '10.1.0.0/24', options: ['map', [['lease_time', '3600'], ['router', '10.1.0.1'], ['server_id', '10.1.0.1'], ['server_mac', '0a:00:00:00:00:01']]] } },
]
if (process.env.MORE === '1') rows.push({ table: 'Logical_Switch', id: 'ls:sw1', columns: { name: 'sw1' } })
export default { owner: 'ctl', rows }
`

test('ovn-nb plan/apply --adopt take over what ovn-nbctl made: every conflict named with the flag, the DHCP_Options row adopted by content (no duplicate, the port unchanged), then nothing to do; --adopt-from takes another owner\'s rows', async (t) => {
  t.timeout(60_000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const file = files.write('state.mjs', MODULE)
  const cli = (env: Record<string, string>, ...args: string[]) => runCli(env, ...args, file, '--db', server.unix)
  // the network as ovn-nbctl makes it: a switch, seven ports, DHCP options used by one port
  nbctl(server, 'ls-add', 'sw0')
  for (const p of PORTS) nbctl(server, 'lsp-add', 'sw0', p)
  nbctl(server, 'dhcp-options-create', '10.1.0.0/24')
  const dhcp = nbctl(server, '--bare', '--columns=_uuid', 'list', 'DHCP_Options').trim()
  nbctl(server, 'dhcp-options-set-options', dhcp, 'lease_time=3600', 'router=10.1.0.1', 'server_id=10.1.0.1', 'server_mac=0a:00:00:00:00:01')
  nbctl(server, 'lsp-set-dhcpv4-options', 'vm1', dhcp)

  // without --adopt: one line naming all eight rows (not "5 and 3 more") and the flag
  const refused = cli({}, 'plan')
  t.is(refused.code, 1)
  t.is(refused.err.split('\n').length, 2, refused.err)
  for (const name of ['Logical_Switch sw0', ...PORTS.map((p) => `Logical_Switch_Port ${p} `)]) t.true(refused.err.includes(name), name)
  t.regex(refused.err, /\(8 rows; --adopt takes them over\)\n$/)
  t.notRegex(refused.err, /more/)

  // --adopt: every row an adoption, nothing created
  const planned = cli({}, 'plan', '--adopt')
  t.is(planned.code, 2, planned.err)
  t.regex(planned.out, /^= DHCP_Options 10\.1\.0\.0\/24 \(adopt\)$/m)
  t.regex(planned.out, /^= Logical_Switch sw0 \(adopt\)$/m)
  t.notRegex(planned.out, /^[+~-] /m)
  t.regex(planned.out, /^Plan: 0 to add, 0 to change, 0 to destroy, 9 to adopt\.$/m)
  const json = JSON.parse(cli({}, 'plan', '--adopt', '--json').out)
  t.deepEqual(json.summary, { create: 0, update: 0, delete: 0, adopt: 9 })

  const applied = cli({}, 'apply', '--adopt')
  t.is(applied.code, 0, applied.err)
  // the same DHCP row, now owned; the port still points at it; no second row
  t.is(nbctl(server, '--bare', '--columns=_uuid', 'list', 'DHCP_Options').trim(), dhcp)
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm1', 'dhcpv4_options').trim(), dhcp)
  t.is(nbctl(server, 'get', 'DHCP_Options', dhcp, 'external_ids:"ovn-nb/owner"').trim(), 'ctl')
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw0', 'external_ids:"ovn-nb/owner"').trim(), 'ctl')
  t.deepEqual(cli({}, 'plan'), { code: 0, out: 'No changes. The database matches the desired state.\n', err: '' })

  // another owner's switch: --adopt is not enough, the message names --adopt-from
  nbctl(server, 'ls-add', 'sw1', '--', 'set', 'Logical_Switch', 'sw1', 'external_ids:ovn-nb/owner=old')
  const theirs = cli({ MORE: '1' }, 'plan', '--adopt')
  t.is(theirs.code, 1)
  t.regex(theirs.err, /Logical_Switch sw1 belongs to "old".*\(1 row; --adopt-from old takes it over\)\n$/)
  const from = cli({ MORE: '1' }, 'apply', '--adopt-from', 'old')
  t.is(from.code, 0, from.err)
  t.regex(from.out, /^= Logical_Switch sw1 \(adopt\)$/m)
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw1', 'external_ids:"ovn-nb/owner"').trim(), 'ctl')
  t.is(cli({ MORE: '1' }, 'plan').code, 0)

  // a malformed owner list: one line, nothing done
  const bad = cli({}, 'plan', '--adopt-from', 'old,')
  t.deepEqual(bad, { code: 1, out: '', err: 'ovn-nb plan: --adopt-from takes a comma-separated list of owners (got "old,")\n' })
})
