/**
 * A topology as plain data in a `.json` FILE, through the built CLI as a fresh process
 * against a real ovsdb-server: the exact file of issue 13, and its bad variant.
 */
import test from 'ava'
import { parseTopology, topologyToData } from '../../src/nb/dsl/index.js'
import { nbctl, ovsdbClient, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { runBin, silentServer, tempFiles } from './support.js'

// the file of issue 13, verbatim
const GOOD = `{ "owner": "demo",
  "dhcpOptions": [{ "key": "net4", "cidr": "10.10.0.0/24",
    "v4": { "server_id": "10.10.0.1", "server_mac": "0a:00:00:00:00:01", "lease_time": 3600, "router": "10.10.0.1", "mtu": 1400 } }],
  "addressSets": [{ "name": "admins", "addresses": ["192.0.2.10", "192.0.2.11"] }],
  "switches": [{ "name": "vmnet", "subnet": "10.10.0.0/24", "ports": [
    { "name": "vm-a", "addresses": ["0a:00:00:00:00:0a 10.10.0.10"], "portSecurity": ["0a:00:00:00:00:0a 10.10.0.10"], "dhcpv4Options": "net4" },
    { "name": "vm-b", "addresses": ["0a:00:00:00:00:0b 10.10.0.11"], "portSecurity": ["0a:00:00:00:00:0b 10.10.0.11"], "dhcpv4Options": "net4" } ] }],
  "portGroups": [{ "name": "vms", "ports": ["vm-a", "vm-b"], "acls": [
    { "direction": "to-lport", "priority": 1001, "match": "outport == @vms && ip4.src == $admins && tcp.dst == 22", "action": "allow-related" },
    { "direction": "to-lport", "priority": 1000, "match": "outport == @vms && tcp.dst == 80", "action": "drop" } ] }] }
`

// the same file with a 5-byte MAC on vm-a, a /33 subnet and priority 40000 on the second ACL
const BAD = GOOD.replace('"addresses": ["0a:00:00:00:00:0a 10.10.0.10"]', '"addresses": ["0a:00:00:00:00 10.10.0.10"]')
  .replace('"subnet": "10.10.0.0/24"', '"subnet": "10.10.0.0/33"')
  .replace('"priority": 1000', '"priority": 40000')

const names = (server: OvsdbServer, table: string): ReadonlyArray<string> =>
  nbctl(server, '--bare', '--columns=name', 'list', table).split('\n').filter(Boolean).sort()

// every table's rows, for "unchanged"
const dump = (server: OvsdbServer): string => ovsdbClient('dump', server.unix, 'OVN_Northbound')

test('the JSON topology of issue 13: plan (2), apply, plan again (0, empty); rows and keys of ovn-nbctl survive', async (t) => {
  t.not(BAD, GOOD)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const file = files.write('vmnet.json', GOOD)

  const plan = await runBin(['plan', file, '--db', server.unix])
  t.false(plan.killed)
  t.is(plan.code, 2, plan.err)
  t.regex(plan.out, /^\+ Logical_Switch vmnet$/m)
  t.regex(plan.out, /^\+ Logical_Switch_Port vm-a$/m)
  t.regex(plan.out, /^\+ Port_Group vms$/m)
  t.is(names(server, 'Logical_Switch').length, 0)

  const apply = await runBin(['apply', file, '--db', server.unix])
  t.is(apply.code, 0, apply.err)
  t.deepEqual(names(server, 'Logical_Switch_Port'), ['vm-a', 'vm-b'])
  t.deepEqual(names(server, 'Port_Group'), ['vms'])
  t.is(nbctl(server, 'get', 'Logical_Switch', 'vmnet', 'other_config:subnet').trim(), '"10.10.0.0/24"')
  // both ports point at the one DHCP_Options row named "net4" in the file
  const dhcp = nbctl(server, '--bare', '--columns=_uuid', 'find', 'DHCP_Options', 'cidr="10.10.0.0/24"').trim()
  t.regex(dhcp, /^[0-9a-f-]{36}$/)
  for (const port of ['vm-a', 'vm-b']) t.is(nbctl(server, 'get', 'Logical_Switch_Port', port, 'dhcpv4_options').trim(), dhcp)
  t.deepEqual(nbctl(server, '--bare', '--columns=priority', 'list', 'ACL').split('\n').filter(Boolean).sort(), ['1000', '1001'])

  const again = await runBin(['plan', file, '--db', server.unix])
  t.is(again.code, 0, again.err)
  t.is(again.out, 'No changes. The database matches the desired state.\n')
  // the same data as a JavaScript module's default export: the same state
  const module = await runBin(['plan', files.write('vmnet.mjs', `export default ${GOOD}`), '--db', server.unix])
  t.is(module.code, 0, module.out + module.err)
  // and printed back to plain data (what an export writes): the same state again
  const printed = files.write('printed.json', JSON.stringify(topologyToData(parseTopology(JSON.parse(GOOD)))))
  const reprint = await runBin(['plan', printed, '--db', server.unix])
  t.is(reprint.code, 0, reprint.out + reprint.err)

  // another writer: a port in vmnet and keys in rows of ours
  nbctl(server, 'lsp-add', 'vmnet', 'vm-other')
  nbctl(server, 'set', 'Logical_Switch', 'vmnet', 'external_ids:operator=kept', 'other_config:mcast_snoop=true')
  nbctl(server, 'set', 'Logical_Switch_Port', 'vm-a', 'external_ids:kubevirt.io/vm=vm-a')
  const withOthers = await runBin(['plan', file, '--db', server.unix])
  t.is(withOthers.code, 0, withOthers.out + withOthers.err)
  const reapply = await runBin(['apply', file, '--db', server.unix])
  t.is(reapply.code, 0, reapply.err)
  t.deepEqual(names(server, 'Logical_Switch_Port'), ['vm-a', 'vm-b', 'vm-other'])
  t.is(nbctl(server, 'get', 'Logical_Switch', 'vmnet', 'external_ids:operator').trim(), 'kept')
  t.is(nbctl(server, 'get', 'Logical_Switch', 'vmnet', 'other_config:mcast_snoop').trim(), '"true"')
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm-a', 'external_ids:"kubevirt.io/vm"').trim(), 'vm-a')

  // the same file under another owner: every row it claims is a conflict, all listed, --json too
  const other = await runBin(['plan', file, '--db', server.unix, '--owner', 'other', '--json'])
  t.is(other.code, 1, other.err)
  const error = (JSON.parse(other.out) as { error: { _tag: string; message: string; conflicts: Array<{ table: string; owner: string }> } }).error
  t.is(error._tag, 'Conflict')
  const claimed = ['Address_Set', 'Logical_Switch', 'Logical_Switch_Port', 'Logical_Switch_Port', 'Port_Group']
  t.deepEqual(error.conflicts.map((c) => c.table).filter((x) => claimed.includes(x)).sort(), claimed)
  t.true(error.conflicts.every((c) => c.owner === 'demo'))
  t.is(other.err, `ovn-nb plan: ${error.message}\n`)
  for (const name of ['vmnet', 'vm-a', 'vm-b', 'vms', 'admins']) t.true(error.message.includes(` ${name} `), name)
  // the same conflicts as issues, the one shape: the row by table and name, owned by another
  const issues = (JSON.parse(other.out) as { error: { issues: Array<{ path: Array<string | number>; code: string }> } }).error.issues
  t.is(issues.length, error.conflicts.length)
  t.true(issues.every((i) => i.code === 'owned_by_other' && i.path.length === 2), JSON.stringify(issues))
  for (const path of [['Logical_Switch', 'vmnet'], ['Logical_Switch_Port', 'vm-a'], ['Logical_Switch_Port', 'vm-b'], ['Port_Group', 'vms'], ['Address_Set', 'admins']])
    t.true(issues.some((i) => JSON.stringify(i.path) === JSON.stringify(path)), JSON.stringify(path))
})

test('the bad variant: exit 1 naming all three problems and their objects; nothing sent, the server unchanged', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const silent = await silentServer()
  t.teardown(() => silent.close())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const good = files.write('vmnet.json', GOOD)
  const bad = files.write('vmnet-bad.json', BAD)
  t.is((await runBin(['apply', good, '--db', server.unix])).code, 0)
  const before = dump(server)

  for (const command of ['plan', 'apply']) {
    for (const db of [server.unix, silent.remote]) {
      const r = await runBin([command, bad, '--db', db, '--json'])
      t.false(r.killed)
      t.is(r.code, 1, `${command}: ${r.out}${r.err}`)
      t.is(r.out, '')
      const lines = r.err.split('\n')
      t.regex(lines[0]!, /^ovn-nb (plan|apply): .*vmnet-bad\.json: invalid topology, 3 problems:$/)
      t.true(lines.some((l) => /^ {2}switches\.vmnet\.ports\.vm-a\.addresses\[0\]: .*"0a:00:00:00:00 10\.10\.0\.10"/.test(l)), r.err)
      t.true(lines.some((l) => /^ {2}switches\.vmnet\.subnet: .*"10\.10\.0\.0\/33"/.test(l)), r.err)
      t.true(lines.some((l) => /^ {2}portGroups\.vms\.acls\[1\]\.priority: .*40000/.test(l)), r.err)
    }
  }
  // refused before connecting: the silent server saw no connection, the real one no change
  t.is(silent.accepted(), 0)
  t.is(dump(server), before)
})

test('a forged value in a JSON file (an object with a DSL _tag): exit 1 naming it and the constructor to use; nothing sent', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const silent = await silentServer()
  t.teardown(() => silent.close())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const before = dump(server)
  // a port that claims to be a built value: its MAC (5 bytes) would never have passed switchPort(...)
  const forged = JSON.parse(GOOD) as { switches: Array<{ ports: Array<Record<string, unknown>> }> }
  forged.switches[0]!.ports[0] = { _tag: 'SwitchPort', name: 'vm-a', addresses: ['0a:00:00:00:00 10.10.0.10'], options: {}, externalIds: {} }
  const file = files.write('forged.json', JSON.stringify(forged))
  for (const command of ['plan', 'apply']) {
    for (const db of [server.unix, silent.remote]) {
      const r = await runBin([command, file, '--db', db, '--json'])
      t.false(r.killed)
      t.is(r.code, 1, `${command}: ${r.out}${r.err}`)
      t.regex(r.err, /switches\.vmnet\.ports\.vm-a: carries _tag "SwitchPort" but was not built by switchPort\(\.\.\.\)/)
    }
  }
  t.is(silent.accepted(), 0)
  t.is(dump(server), before)
})
