/**
 * `ovn-nb destroy` as a user runs it (a fresh process per command): every row of one
 * owner goes; another owner's rows and ovn-nbctl's stay, and a row of the owner that
 * holds ovn-nbctl's port is kept (reported) unless --cascade; --dry-run changes nothing.
 */
import test from 'ava'
import { join } from 'node:path'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { runCli, tempFiles } from './support.js'

// owner a: a switch with two ports (one with DHCP options), a port group with an ACL;
// owner b: a switch with one port
const MODULE = `
const o = process.env.OWNER
const rows = o === 'a' ? [
  { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw-a', ports: ['set', [['ref', 'p1'], ['ref', 'p2']]] } },
  { table: 'Logical_Switch_Port', id: 'p1', columns: { name: 'a1', dhcpv4_options: ['ref', 'dhcp'] } },
  { table: 'Logical_Switch_Port', id: 'p2', columns: { name: 'a2' } },
  { table: 'DHCP_Options', id: 'dhcp', columns: { cidr: '10.1.0.0/24', options: ['map', [['lease_time', '3600']]] } },
  { table: 'Port_Group', id: 'pg', columns: { name: 'pga', ports: ['set', [['ref', 'p1']]], acls: ['set', [['ref', 'acl']]] } },
  { table: 'ACL', id: 'acl', columns: { direction: 'to-lport', priority: 1001, match: 'outport == @pga', action: 'allow' } },
] : [
  { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw-b', ports: ['set', [['ref', 'p1']]] } },
  { table: 'Logical_Switch_Port', id: 'p1', columns: { name: 'b1' } },
]
export default { owner: o, rows }
`

test('ovn-nb destroy removes only its owner\'s rows: another owner\'s and ovn-nbctl\'s stay, a switch holding ovn-nbctl\'s port is kept and reported unless --cascade; --dry-run changes nothing', async (t) => {
  t.timeout(60_000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const file = files.write('state.mjs', MODULE)
  const bin = runCli
  const destroy = (...args: string[]) => bin({}, 'destroy', '--db', server.unix, ...args)
  t.is(bin({ OWNER: 'a' }, 'apply', file, '--db', server.unix).code, 0)
  t.is(bin({ OWNER: 'b' }, 'apply', file, '--db', server.unix).code, 0)
  nbctl(server, 'lsp-add', 'sw-a', 'p-nbctl')
  nbctl(server, 'ls-add', 'sw-op')
  const names = (table: string) => nbctl(server, '--bare', '--columns=name', 'list', table).split('\n').filter((l) => l !== '').sort()
  const snapshot = () => ({ ls: names('Logical_Switch'), lsp: names('Logical_Switch_Port'), pg: names('Port_Group'), acl: nbctl(server, '--bare', '--columns=_uuid', 'list', 'ACL').trim().split('\n').filter((l) => l !== '').length, dhcp: nbctl(server, '--bare', '--columns=cidr', 'list', 'DHCP_Options').trim() })
  const before = snapshot()
  t.deepEqual(before, { ls: ['sw-a', 'sw-b', 'sw-op'], lsp: ['a1', 'a2', 'b1', 'p-nbctl'], pg: ['pga'], acl: 1, dhcp: '10.1.0.0/24' })

  // --dry-run: what would go, exit 2, nothing changed
  const dry = destroy('--owner', 'a', '--dry-run')
  t.is(dry.code, 2, dry.err)
  t.regex(dry.out, /^- DHCP_Options /m)
  t.regex(dry.out, /^- Port_Group pga$/m)
  t.regex(dry.out, /^- Logical_Switch_Port a1 from Logical_Switch sw-a\.ports$/m)
  t.regex(dry.out, /^! Logical_Switch sw-a retained: holds 1 Logical_Switch_Port of other writers$/m)
  t.notRegex(dry.out, /Destroyed/)
  t.deepEqual(snapshot(), before)

  // the destroy: a's rows go but the switch that holds ovn-nbctl's port; b's and ovn-nbctl's stay
  const done = destroy('--owner', 'a')
  t.is(done.code, 0, done.err)
  t.regex(done.out, /^Destroyed: \d+ rows \(.*Port_Group 1.*\) in one transaction\.$/m)
  t.deepEqual(snapshot(), { ls: ['sw-a', 'sw-b', 'sw-op'], lsp: ['b1', 'p-nbctl'], pg: [], acl: 0, dhcp: '' })
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw-b', 'external_ids:"ovn-nb/owner"').trim(), 'b')
  // again: nothing to remove; the kept switch is still reported
  const again = destroy('--owner', 'a')
  t.is(again.code, 0)
  t.regex(again.out, /^! Logical_Switch sw-a retained: /m)
  t.regex(again.out, /^No changes\./m)

  // --cascade: the switch goes, with ovn-nbctl's port (listed)
  const cascade = destroy('--owner', 'a', '--cascade')
  t.is(cascade.code, 0, cascade.err)
  t.regex(cascade.out, /^- Logical_Switch sw-a\n {4}with Logical_Switch_Port p-nbctl \(no owner\)$/m)
  t.deepEqual(snapshot(), { ls: ['sw-b', 'sw-op'], lsp: ['b1'], pg: [], acl: 0, dhcp: '' })

  // --json: the plan and the rows per table
  const json = destroy('--owner', 'b', '--dry-run', '--json')
  t.is(json.code, 2)
  t.deepEqual(JSON.parse(json.out).removed, { Logical_Switch: 1, Logical_Switch_Port: 1 })

  // errors: one line, exit 1
  t.deepEqual(destroy(), { code: 1, out: '', err: 'ovn-nb destroy: --owner NAME is required: whose rows to remove\n' })
  const dead = bin({}, 'destroy', '--owner', 'a', '--db', `unix:${join(files.dir, 'nothing.sock')}`, '--timeout', '5')
  t.is(dead.code, 1)
  t.is(dead.err.split('\n').length, 2, dead.err)
  t.regex(dead.err, /^ovn-nb destroy: /)
})
