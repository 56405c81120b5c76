/**
 * Taking over a network another tool made (the README's "Take over an existing network",
 * step by step, running the `ovn-nb` command as a user does): a network written without ovn-nb (one
 * transaction, as ovn-nbctl or a CMS would write it), then
 *
 *   ovn-nb export --owner me --unowned --out net.json   the network as a topology
 *   ovn-nb plan net.json --adopt                        = rows to adopt, nothing else
 *   ovn-nb apply net.json --adopt                       every row now owned by "me"
 *   ovn-nb plan net.json                                no changes
 *   (edit net.json: one more port)
 *   ovn-nb plan net.json --out plan.json                the change, saved
 *   ovn-nb apply plan.json                              exactly that change
 *
 * on a throwaway ovsdb-server when Open vSwitch is installed, else on the embedded
 * in-memory server listening on a local TCP port.
 */
import * as E from 'fp-ts/lib/Either.js'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { connect, formatError, modelSchema, NB, type Client } from 'ovn-nb'
import type { Operation } from 'ovn-nb/ovsdb'
import { startEmbedded } from 'ovn-nb/ovsdb/server'
import { haveOvsdbServer, launchOvsdbServer } from 'ovn-nb/testing'

// the installed package's `ovn-nb` command, run as a user runs it (a process of its own;
// asynchronously, because the embedded server answers from this process)
const require = createRequire(import.meta.url)
const pkg = require.resolve('ovn-nb/package.json')
const bin = join(dirname(pkg), (require(pkg) as { bin: Record<string, string> }).bin['ovn-nb']!)

const fail = (what: string, why: string): never => {
  console.error(`takeover failed: ${what}: ${why}`)
  process.exit(1)
}

/** A database to take over: its remote, and how to stop it. */
const target = async (): Promise<{ readonly label: string; readonly remote: string; readonly stop: () => Promise<void> }> => {
  if (haveOvsdbServer()) {
    const s = await launchOvsdbServer()()
    if (E.isLeft(s)) return fail('ovsdb-server', s.left.message)
    return { label: `a throwaway ovsdb-server (pid ${s.right.pid})`, remote: s.right.unix, stop: () => s.right.stop() }
  }
  const e = await startEmbedded([modelSchema(NB.model)], { listen: 'ptcp:0:127.0.0.1' })()
  if (E.isLeft(e)) return fail('embedded server', JSON.stringify(e.left))
  return { label: `the embedded in-memory server (${e.right.remote})`, remote: e.right.remote, stop: () => e.right.stop() }
}

/** The network as another tool writes it: no owner marks, references by UUID. */
const writeNetwork = async (client: Client): Promise<void> => {
  const r = await client.transact('OVN_Northbound', [
    { op: 'insert', table: 'NB_Global', row: {} },
    {
      op: 'insert',
      table: 'DHCP_Options',
      'uuid-name': 'dhcp',
      row: { cidr: '10.1.0.0/24', options: ['map', [['lease_time', '3600'], ['router', '10.1.0.1'], ['server_id', '10.1.0.1'], ['server_mac', '0a:00:00:00:01:01']]] },
    },
    ...(['vm1', 'vm2'] as const).map(
      (name, i): Operation => ({
        op: 'insert',
        table: 'Logical_Switch_Port',
        'uuid-name': name,
        row: { name, addresses: ['set', [`0a:00:00:00:00:1${i + 1} 10.1.0.1${i + 1}`]], dhcpv4_options: ['named-uuid', 'dhcp'] },
      }),
    ),
    { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0', ports: ['set', [['named-uuid', 'vm1'], ['named-uuid', 'vm2']]] } },
    { op: 'insert', table: 'ACL', 'uuid-name': 'acl', row: { direction: 'to-lport', priority: 1001, match: 'outport == @web && tcp.dst == 80', action: 'allow-related' } },
    { op: 'insert', table: 'Port_Group', row: { name: 'web', ports: ['set', [['named-uuid', 'vm1'], ['named-uuid', 'vm2']]], acls: ['set', [['named-uuid', 'acl']]] } },
  ])()
  if (E.isLeft(r)) return fail('writing the network', formatError(r.left))
}

/** Runs `ovn-nb ARGS`, echoing the command and what it printed; resolves to its exit status. */
const ovnNb = (shown: string, argv: ReadonlyArray<string>): Promise<number> =>
  new Promise((resolve) => {
    execFile(process.execPath, [bin, ...argv], { encoding: 'utf8', timeout: 60000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
      console.log(`$ ovn-nb ${shown}  (exit ${code})\n${(stdout + stderr).trimEnd().replace(/^/gm, '  ')}\n`)
      resolve(code)
    })
  })

const main = async (): Promise<void> => {
  const t = await target()
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-takeover-'))
  try {
    const c = await connect(t.remote)()
    if (E.isLeft(c)) return fail('connect', formatError(c.left))
    await writeNetwork(c.right)
    await c.right.close()()
    console.log(`A network written without ovn-nb, on ${t.label}: switch sw0, ports vm1 and vm2 with DHCP, port group web with an ACL.\n`)

    const net = join(dir, 'net.json')
    const db = ['--db', t.remote]
    if ((await ovnNb('export --owner me --unowned --out net.json', ['export', ...db, '--owner', 'me', '--unowned', '--out', net])) !== 0) return fail('export', 'exit status')
    console.log(`net.json:\n${readFileSync(net, 'utf8')}`)
    if ((await ovnNb('plan net.json --adopt', ['plan', net, ...db, '--adopt'])) !== 2) return fail('plan --adopt', 'expected adoptions')
    if ((await ovnNb('apply net.json --adopt', ['apply', net, ...db, '--adopt'])) !== 0) return fail('apply --adopt', 'exit status')
    if ((await ovnNb('plan net.json', ['plan', net, ...db])) !== 0) return fail('plan', 'expected no changes')

    // the network is ours now: a change goes through a saved plan, reviewed, then applied
    const data = JSON.parse(readFileSync(net, 'utf8')) as { switches: Array<{ ports: Array<Record<string, unknown>> }> }
    data.switches[0]!.ports.push({ name: 'vm3', addresses: ['0a:00:00:00:00:13 10.1.0.13'], dhcpv4Options: '10.1.0.0/24' })
    writeFileSync(net, JSON.stringify(data, null, 2))
    const saved = join(dir, 'plan.json')
    if ((await ovnNb('plan net.json --out plan.json', ['plan', net, ...db, '--out', saved])) !== 2) return fail('plan --out', 'expected a change')
    if ((await ovnNb('apply plan.json', ['apply', saved, ...db])) !== 0) return fail('apply plan.json', 'exit status')
    if ((await ovnNb('plan net.json', ['plan', net, ...db])) !== 0) return fail('plan', 'expected no changes')
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await t.stop()
  }
}

await main()
