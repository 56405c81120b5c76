import test from 'ava'
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

// Every example is type-checked by the build (tsconfig includes examples/) and run here.
const dir = join(process.cwd(), 'dist', 'examples')
const examples = readdirSync(dir).filter((f) => f.endsWith('.js'))

// vm-migration.ts runs its two-chassis part as root where OVN is installed, as here
const twoChassis =
  process.getuid?.() === 0 && ['ovn-controller', 'ovs-vswitchd', 'ovn-northd', 'python3'].every((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0)

// What each example must print to count as having done its job.
const expected: Readonly<Record<string, ReadonlyArray<RegExp>>> = {
  'demo.js': [
    /to a throwaway ovsdb-server \(pid \d+/,
    /^Plan: 28 to add, 0 to change, 0 to destroy\.$/m,
    /^second apply: No changes\. The database matches the desired state\. \(0 operations sent\)$/m,
    /^~ ACL pg_db \/ to-lport 1000 outport == @pg_db && ip\n    action: "allow" -> "drop"$/m,
    /^Plan: 1 to add, 3 to change, 0 to destroy\.$/m,
    /^status: standalone database, leader true, schema 7\.0\.0 \(model 7\.19\.0, server older\), ready true$/m,
  ],
  'controller.js': [
    /^start: 21 to add, 0 to change, 0 to destroy; 22 operations sent$/m,
    /^resync: 0 to add, 0 to change, 0 to destroy; 0 operations sent$/m,
    /^vm21 created: 1 to add, 1 to change, 0 to destroy; 2 operations sent$/m,
    /^vm7 migrated, new address: 0 to add, 1 to change, 0 to destroy; 1 operations sent$/m,
    /^vm3 deleted: 0 to add, 1 to change, 1 to destroy; 1 operations sent$/m,
    /^a planner of your own: first plan full, the same state again: reused \(0 entries\)$/m,
  ],
  'vm-migration.js': [
    /^start: vm-a and vm-b on node1: 10 to add, 0 to change, 0 to destroy; 16 operations sent$/m,
    // each migration step: one key-level change of the port's options, one operation
    /^vm-a: migration to node2 begins: 0 to add, 1 to change, 0 to destroy; 1 operations sent\n  ~ Logical_Switch_Port vm-a\n.*\n {6}options: ~requested-chassis "node1" -> "node1,node2", \+activation-strategy "rarp"$/m,
    /^vm-a: migration complete: 0 to add, 1 to change, 0 to destroy; 1 operations sent\n  ~ Logical_Switch_Port vm-a\n.*\n {6}options: ~requested-chassis "node1,node2" -> "node2", -activation-strategy "rarp"$/m,
    /^vm-a: migration given up: 0 to add, 1 to change, 0 to destroy; 1 operations sent\n  ~ Logical_Switch_Port vm-a\n.*\n {6}options: ~requested-chassis "node2,node1" -> "node2", -activation-strategy "rarp"$/m,
    /^gc after restart without vm-b: removed \{"DHCP_Options":2,"Logical_Switch_Port":1\}$/m,
    /^ports left: vm-a, vmnet-to-lr; DHCP options left: 2$/m,
    ...(twoChassis
      ? [
          // part 2, for real on two chassis: every check passed, and the figures
          /^ {2}ok {5}vm-a on node1: DHCPv4 lease: \{"ip":"10\.10\.0\.10"/m,
          /^ {2}ok {5}vm-a on node1: DHCPv6 address: \{"ip":"fd00:10::10"/m,
          /^ {2}ok {5}node2 activated \(Port_Binding options additional-chassis-activated=node2\)/m,
          /^ {2}ok {5}a DHCP renewal on node2 returns the same lease/m,
          // vmnet2's gateway: SLAAC from OVN's router advertisements, a link-local IPv4 gateway by arp_proxy
          /^ {2}ok {5}vm-d on node1: DHCPv4 lease, router 169\.254\.1\.1 with its classless routes: .*"routes":\[\{"prefix":"169\.254\.1\.1\/32","nexthop":"0\.0\.0\.0"\},\{"prefix":"0\.0\.0\.0\/0","nexthop":"169\.254\.1\.1"\}\]/m,
          /^ {2}ok {5}vm-d: SLAAC address fd00:20::858:aff:fe14:d\/64 from the router advertisement: .*inet6 fd00:20::858:aff:fe14:d\/64 scope global dynamic/m,
          /^ {2}ok {5}vm-d: IPv6 default route via the router port's link-local address: .*default via fe80::858:aff:fe14:1 dev eth0 proto ra/m,
          /^ {2}ok {5}vm-d: the advertised MTU 1400 on that route$/m,
          /^ {2}ok {5}vm-d pings its IPv6 gateway fd00:20::1$/m,
          /^ {2}ok {5}vm-d pings vm-b \(vmnet, node1\) across the router through 169\.254\.1\.1$/m,
          /^ {2}ok {5}vm-d: 169\.254\.1\.1 answered with the router port's MAC \(arp_proxy\): 169\.254\.1\.1 dev eth0 lladdr 0a:58:0a:14:00:01/m,
          /^ {2}ok {5}vm-d on node2 pings vm-c \(vmnet, node2\) across the router through 169\.254\.1\.1$/m,
          /^ {2}ok {5}vm-d on node2 pings its IPv6 gateway fd00:20::1$/m,
          /^ {2}ok {5}vm-d on node2 keeps its SLAAC address and its default route/m,
          /^ {2}ok {5}after abortMigration vm-a is bound on node2, requested on node2/m,
          /^ {2}ok {5}vmGc after the restart removes vm-b's port and DHCP options: \{"DHCP_Options":2,"Logical_Switch_Port":1\}$/m,
          /^ {2}pings lost during the move \(100 ms interval\): \d+ of \d+, the slowest reply \d+ ms$/m,
          /completeMigration -> vm-a answering on node2: \d+ ms/,
          /^two chassis: (\d+) of \1 checks passed in [\d.]+ s$/m,
        ]
      : [/^part 2 \(two chassis\) skipped: /m]),
  ],
  'takeover.js': [
    /^A network written without ovn-nb, on a throwaway ovsdb-server/m,
    /^\$ ovn-nb export --owner me --unowned --out net\.json {2}\(exit 0\)$/m,
    /"dhcpv4Options": "10\.1\.0\.0\/24"/,
    /^\$ ovn-nb plan net\.json --adopt {2}\(exit 2\)\n(  = .*\n( {6}.*\n)?)+  Plan: 0 to add, 0 to change, 0 to destroy, 6 to adopt\.$/m,
    /^ {2}= DHCP_Options 10\.1\.0\.0\/24 \(adopt\)$/m,
    /^\$ ovn-nb apply net\.json --adopt {2}\(exit 0\)$/m,
    /^\$ ovn-nb plan net\.json {2}\(exit 0\)\n {2}No changes\. The database matches the desired state\.$/m,
    /^\$ ovn-nb plan net\.json --out plan\.json {2}\(exit 2\)\n {2}\+ Logical_Switch_Port vm3$/m,
    /^\$ ovn-nb apply plan\.json {2}\(exit 0\)\n(.*\n)+ {2}Applied the saved plan: 3 operations in one transaction, guarded by 4 reads\.$/m,
  ],
  'topology.js': [
    /topology "example-two-tier": 3 switches, 1 router, 2 port groups, 1 load balancer, 2 DHCP options/,
    /^\+ Logical_Switch sw-web$/m,
    /^\+ Logical_Router lr-edge$/m,
    /^\+ Gateway_Chassis lrp-ext-gw-1$/m,
    /^\+ NAT lr-edge \/ snat 172\.16\.0\.10 10\.0\.0\.0\/16$/m,
    /^\+ ACL pg_db \/ to-lport \S*1001 outport == @pg_db && ip4\.src == \$pg_web_ip4 && tcp\.dst == 5432$/m,
    /vips: \{172\.16\.0\.100:443="10\.0\.1\.11:443,10\.0\.1\.12:443", 172\.16\.0\.100:80="10\.0\.1\.11:80,10\.0\.1\.12:80"\}/,
    /^Plan: 28 to add, 0 to change, 0 to destroy\.$/m,
    /^again: No changes\. The database matches the desired state\. \(0 operations\)$/m,
  ],
}

test('there are examples to run', (t) => {
  t.true(examples.includes('demo.js'))
})

for (const file of examples) {
  test(`examples/${file.replace(/\.js$/, '.ts')} runs to completion`, (t) => {
    // the two-chassis run bounds itself at 100 s (and stops what it started); this is the bound if it cannot
    const r = spawnSync(process.execPath, [join(dir, file)], { encoding: 'utf8', timeout: file === 'vm-migration.js' ? 120000 : 60000 })
    t.is(r.status, 0, r.stderr + r.stdout.split('\n').filter((l) => l.includes('NOT OK')).join('\n'))
    t.notRegex(r.stdout, /NOT OK/)
    t.true(r.stdout.length > 0)
    t.notRegex(r.stdout + r.stderr, /failed|Error:/)
    for (const re of expected[file] ?? []) t.regex(r.stdout, re)
  })
}

test('the demo runs on the embedded server where OVN is not installed', (t) => {
  // a PATH without /usr/sbin and /usr/bin: no ovsdb-server, as on a machine without OVN
  const r = spawnSync(process.execPath, [join(dir, 'demo.js')], { encoding: 'utf8', timeout: 60000, env: { ...process.env, PATH: '/nonexistent' } })
  t.is(r.status, 0, r.stderr)
  t.regex(r.stdout, /to the embedded in-memory server \(OVN is not installed here; OVN_Northbound 7\.19\.0/)
  t.regex(r.stdout, /^Plan: 28 to add, 0 to change, 0 to destroy\.$/m)
  t.regex(r.stdout, /^second apply: No changes\./m)
  t.regex(r.stdout, /^Plan: 1 to add, 3 to change, 0 to destroy\.$/m)
  t.regex(r.stdout, /^status: standalone database, leader true, schema 7\.19\.0 \(model 7\.19\.0, server same\), ready true$/m)
})

test('vm-migration runs its Northbound part and says why it skips the two chassis where OVN is not installed', (t) => {
  const r = spawnSync(process.execPath, [join(dir, 'vm-migration.js')], { encoding: 'utf8', timeout: 60000, env: { ...process.env, PATH: '/nonexistent' } })
  t.is(r.status, 0, r.stderr)
  t.regex(r.stdout, /^gc after restart without vm-b: removed \{"DHCP_Options":2,"Logical_Switch_Port":1\}$/m)
  t.regex(r.stdout, /^part 2 \(two chassis\) skipped: ovsdb-server is not installed/m)
})

test('the takeover example runs on the embedded server where OVN is not installed', (t) => {
  const r = spawnSync(process.execPath, [join(dir, 'takeover.js')], { encoding: 'utf8', timeout: 60000, env: { ...process.env, PATH: '/nonexistent' } })
  t.is(r.status, 0, r.stderr)
  t.regex(r.stdout, /^A network written without ovn-nb, on the embedded in-memory server/m)
  t.regex(r.stdout, /Plan: 0 to add, 0 to change, 0 to destroy, 6 to adopt\./)
  t.regex(r.stdout, /^ {2}Applied the saved plan: 3 operations in one transaction, guarded by 4 reads\.$/m)
})
