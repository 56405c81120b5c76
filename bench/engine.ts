/**
 * Benchmarks of the desired-state engine (issue 5), on the workload W10k — 100 switches
 * x 100 ports (MAC+IP addresses, port security, external_ids, DHCPv4 options), one port
 * group per switch with 10 ACLs, 100 address sets x 100 addresses, 100 DHCP_Options,
 * 10 routers x 10 router ports, 1000 static routes, 1000 NAT rules (13,510 rows) — and
 * W100k, the same x10 (135,100 rows):
 *
 * - initial apply of W10k into an empty NB: the library end to end against the same
 *   operations pre-serialized on a raw socket (the floor), one `ovn-nbctl` with the
 *   equivalent commands chained by `--`, and ovsdbapp (Debian python3-ovsdbapp) in one
 *   transaction;
 * - a no-op plan on a synced replica, W10k and W100k, and the growth between them;
 * - incremental on W100k (one ACL changed, one port added): operations, bytes, time;
 * - the replica: initial sync of W100k (rows/s) and memory per row.
 *
 * Every NB is a fresh ovsdb-server (test/support/ovsdb.ts), stopped afterwards.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { apply } from '../src/apply/index.js'
import { nbIdentity } from '../src/nb/identity.js'
import { connect, syncReplica, type Client, type Operation, type Replica } from '../src/ovsdb/index.js'
import { compile, diff, ref, type DesiredRow, type DesiredState } from '../src/plan/index.js'
import type { OvsdbServer } from '../test/support/ovsdb.js'
// fullDiff.ts imports this module's workload back: used only inside functions, the cycle is safe
import { measureInFreshProcess } from './fullDiff.js'
import { rawRequest, rawTransact } from './raw.js'
import { median, type Figure, type Section } from './report.js'
import { fullGc, must, withServer } from './support.js'

const NB = 'OVN_Northbound'
const OWNER = 'bench'

// -------------------------------------------------------------------------------------
// the workload
// -------------------------------------------------------------------------------------

const hex2 = (n: number): string => (n & 0xff).toString(16).padStart(2, '0')

/** The numbers of one workload: W10k is scale 1, W100k scale 10. */
const shape = (scale: number) => ({
  switches: 100 * scale,
  portsPerSwitch: 100,
  aclsPerGroup: 10,
  addressSets: 100 * scale,
  addressesPerSet: 100,
  routers: 10 * scale,
  routerPorts: 10,
  routesPerRouter: 100,
  natsPerRouter: 100,
})

const portName = (i: number, j: number) => `ls${i}-p${j}`
const portMac = (i: number, j: number) => `0a:00:${hex2(i >> 8)}:${hex2(i)}:00:${hex2(j)}`
const portIp = (i: number, j: number) => `10.${i >> 8}.${i & 0xff}.${j + 10}`
const dhcpCidr = (i: number) => `10.${i >> 8}.${i & 0xff}.0/24`
const dhcpRouter = (i: number) => `10.${i >> 8}.${i & 0xff}.1`
const aclMatch = (i: number, k: number) => `outport == @pg${i} && ip4 && tcp.dst == ${8000 + k}`
const asAddress = (a: number, k: number) => `172.${16 + (a >> 8)}.${a & 0xff}.${k + 1}`
const lrpMac = (x: number) => `0a:01:00:${hex2(x >> 8)}:${hex2(x)}:01`
const lrpNet = (x: number) => `100.${64 + (x >> 8)}.${x & 0xff}.1/24`
const routePrefix = (k: number) => `20.${k}.0.0/16`
const routeNexthop = (r: number) => `100.${64 + ((r * 10) >> 8)}.${(r * 10) & 0xff}.254`
const natExternal = (r: number, k: number) => `203.${r >> 8}.${r & 0xff}.${(k % 250) + 1}`
const natLogical = (r: number, k: number) => `10.${128 + (r >> 8)}.${(r & 0xff)}.${k}`

/** The workload as the engine's desired state. */
export const workload = (scale: number): DesiredState => {
  const s = shape(scale)
  const rows: DesiredRow[] = []
  for (let i = 0; i < s.switches; i++) {
    const dhcp = `dhcp:${i}`
    rows.push({
      table: 'DHCP_Options',
      id: dhcp,
      columns: {
        cidr: dhcpCidr(i),
        options: ['map', [['lease_time', '3600'], ['router', dhcpRouter(i)], ['server_id', dhcpRouter(i)], ['server_mac', '0a:00:00:00:00:01']]],
      },
    })
    const ports: string[] = []
    for (let j = 0; j < s.portsPerSwitch; j++) {
      const name = portName(i, j)
      const addr = `${portMac(i, j)} ${portIp(i, j)}`
      ports.push(`lsp:${name}`)
      rows.push({
        table: 'Logical_Switch_Port',
        id: `lsp:${name}`,
        columns: {
          name,
          addresses: ['set', [addr]],
          port_security: ['set', [addr]],
          dhcpv4_options: ref(dhcp),
          external_ids: ['map', [['namespace', `ns${i % 50}`], ['pod', `pod-${i}-${j}`]]],
        },
      })
    }
    rows.push({ table: 'Logical_Switch', id: `ls:${i}`, columns: { name: `ls${i}`, ports: ['set', ports.map(ref)] } })
    const acls: string[] = []
    for (let k = 0; k < s.aclsPerGroup; k++) {
      acls.push(`acl:${i}:${k}`)
      rows.push({ table: 'ACL', id: `acl:${i}:${k}`, columns: { direction: 'to-lport', priority: 1000 + k, match: aclMatch(i, k), action: 'allow-related' } })
    }
    rows.push({ table: 'Port_Group', id: `pg:${i}`, columns: { name: `pg${i}`, ports: ['set', ports.map(ref)], acls: ['set', acls.map(ref)] } })
  }
  for (let a = 0; a < s.addressSets; a++) {
    const addresses: string[] = []
    for (let k = 0; k < s.addressesPerSet; k++) addresses.push(asAddress(a, k))
    rows.push({ table: 'Address_Set', id: `as:${a}`, columns: { name: `as${a}`, addresses: ['set', addresses] } })
  }
  for (let r = 0; r < s.routers; r++) {
    const lrps: string[] = []
    for (let q = 0; q < s.routerPorts; q++) {
      const x = r * 10 + q
      lrps.push(`lrp:${r}:${q}`)
      rows.push({ table: 'Logical_Router_Port', id: `lrp:${r}:${q}`, columns: { name: `lr${r}-lrp${q}`, mac: lrpMac(x), networks: ['set', [lrpNet(x)]] } })
    }
    const routes: string[] = []
    for (let k = 0; k < s.routesPerRouter; k++) {
      routes.push(`route:${r}:${k}`)
      rows.push({ table: 'Logical_Router_Static_Route', id: `route:${r}:${k}`, columns: { ip_prefix: routePrefix(k), nexthop: routeNexthop(r) } })
    }
    const nats: string[] = []
    for (let k = 0; k < s.natsPerRouter; k++) {
      nats.push(`nat:${r}:${k}`)
      rows.push({ table: 'NAT', id: `nat:${r}:${k}`, columns: { type: 'snat', external_ip: natExternal(r, k), logical_ip: natLogical(r, k) } })
    }
    rows.push({ table: 'Logical_Router', id: `lr:${r}`, columns: { name: `lr${r}`, ports: ['set', lrps.map(ref)], static_routes: ['set', routes.map(ref)], nat: ['set', nats.map(ref)] } })
  }
  return { owner: OWNER, rows }
}

/** The same workload as the arguments of one `ovn-nbctl` invocation, commands chained by `--`. */
const nbctlArgs = (scale: number): string[] => {
  const s = shape(scale)
  const a: string[] = []
  const cmd = (...xs: string[]) => a.push('--', ...xs)
  for (let i = 0; i < s.switches; i++) {
    cmd(`--id=@d${i}`, 'create', 'DHCP_Options', `cidr=${dhcpCidr(i)}`, 'options:lease_time=3600', `options:router=${dhcpRouter(i)}`, `options:server_id=${dhcpRouter(i)}`, 'options:server_mac="0a:00:00:00:00:01"')
    cmd('ls-add', `ls${i}`)
    for (let j = 0; j < s.portsPerSwitch; j++) {
      const name = portName(i, j)
      const addr = `"${portMac(i, j)} ${portIp(i, j)}"`
      cmd('lsp-add', `ls${i}`, name)
      cmd('set', 'Logical_Switch_Port', name, `addresses=${addr}`, `port_security=${addr}`, `dhcpv4_options=@d${i}`, `external_ids:namespace=ns${i % 50}`, `external_ids:pod=pod-${i}-${j}`)
    }
    const ports: string[] = []
    for (let j = 0; j < s.portsPerSwitch; j++) ports.push(portName(i, j))
    cmd('pg-add', `pg${i}`, ...ports)
    for (let k = 0; k < s.aclsPerGroup; k++) cmd('--type=port-group', 'acl-add', `pg${i}`, 'to-lport', String(1000 + k), aclMatch(i, k), 'allow-related')
  }
  for (let as = 0; as < s.addressSets; as++) {
    const addresses: string[] = []
    for (let k = 0; k < s.addressesPerSet; k++) addresses.push(`"${asAddress(as, k)}"`)
    cmd('create', 'Address_Set', `name=as${as}`, `addresses=[${addresses.join(',')}]`)
  }
  for (let r = 0; r < s.routers; r++) {
    cmd('lr-add', `lr${r}`)
    for (let q = 0; q < s.routerPorts; q++) cmd('lrp-add', `lr${r}`, `lr${r}-lrp${q}`, lrpMac(r * 10 + q), lrpNet(r * 10 + q))
    for (let k = 0; k < s.routesPerRouter; k++) cmd('lr-route-add', `lr${r}`, routePrefix(k), routeNexthop(r))
    for (let k = 0; k < s.natsPerRouter; k++) cmd('lr-nat-add', `lr${r}`, 'snat', natExternal(r, k), natLogical(r, k))
  }
  return a
}

/** The same workload in one ovsdbapp transaction (Python), timing the transaction alone. */
const OVSDBAPP_SCRIPT = String.raw`
import sys, time
t0 = time.monotonic()
from ovsdbapp.backend.ovs_idl import connection
from ovsdbapp.schema.ovn_northbound import impl_idl
remote, scale = sys.argv[1], int(sys.argv[2])
S, P, A, AS, AP, R, RP, RT, NT = 100*scale, 100, 10, 100*scale, 100, 10*scale, 10, 100, 100
idl = connection.OvsdbIdl.from_server(remote, 'OVN_Northbound')
conn = connection.Connection(idl=idl, timeout=600)
api = impl_idl.OvnNbApiIdlImpl(conn)
api.address_set_add('warmup').execute(check_error=True)
api.address_set_del('warmup').execute(check_error=True)
h2 = lambda n: '%02x' % (n & 0xff)
t1 = time.monotonic()
with api.transaction(check_error=True) as txn:
    for i in range(S):
        r = '10.%d.%d.1' % (i >> 8, i & 0xff)
        d = txn.add(api.db_create('DHCP_Options', cidr='10.%d.%d.0/24' % (i >> 8, i & 0xff),
                                  options={'lease_time': '3600', 'router': r, 'server_id': r, 'server_mac': '0a:00:00:00:00:01'}))
        txn.add(api.ls_add('ls%d' % i))
        ports = []
        for j in range(P):
            name = 'ls%d-p%d' % (i, j)
            addr = '0a:00:%s:%s:00:%s 10.%d.%d.%d' % (h2(i >> 8), h2(i), h2(j), i >> 8, i & 0xff, j + 10)
            ports.append(txn.add(api.lsp_add('ls%d' % i, name, addresses=[addr], port_security=[addr], dhcpv4_options=d,
                                             external_ids={'namespace': 'ns%d' % (i % 50), 'pod': 'pod-%d-%d' % (i, j)})))
        txn.add(api.pg_add('pg%d' % i, ports=ports, acls=[]))
        for k in range(A):
            txn.add(api.pg_acl_add('pg%d' % i, 'to-lport', 1000 + k, 'outport == @pg%d && ip4 && tcp.dst == %d' % (i, 8000 + k), 'allow-related'))
    for a in range(AS):
        txn.add(api.address_set_add('as%d' % a, ['172.%d.%d.%d' % (16 + (a >> 8), a & 0xff, k + 1) for k in range(AP)]))
    for r in range(R):
        txn.add(api.lr_add('lr%d' % r, ports=[], static_routes=[], nat=[]))
        for q in range(RP):
            x = r * 10 + q
            txn.add(api.lrp_add('lr%d' % r, 'lr%d-lrp%d' % (r, q), '0a:01:00:%s:%s:01' % (h2(x >> 8), h2(x)), ['100.%d.%d.1/24' % (64 + (x >> 8), x & 0xff)]))
        nh = '100.%d.%d.254' % (64 + ((r * 10) >> 8), (r * 10) & 0xff)
        for k in range(RT):
            txn.add(api.lr_route_add('lr%d' % r, '20.%d.0.0/16' % k, nh))
        for k in range(NT):
            txn.add(api.lr_nat_add('lr%d' % r, 'snat', '203.%d.%d.%d' % (r >> 8, r & 0xff, (k % 250) + 1), '10.%d.%d.%d' % (128 + (r >> 8), r & 0xff, k)))
t2 = time.monotonic()
print('%.1f %.1f' % ((t2 - t1) * 1000, (t2 - t0) * 1000))
sys.stdout.flush()
conn.stop() if hasattr(conn, 'stop') else None
`

// -------------------------------------------------------------------------------------
// helpers
// -------------------------------------------------------------------------------------

const connected = async (server: OvsdbServer): Promise<Client> => {
  const c = must(await connect(server.unix, { probeIntervalMs: 0 })(), 'connect')
  must(await c.getSchema(NB)(), 'get_schema')
  return c
}

/**
 * A raw socket holding a monitor_cond_since on every table (every column), reading and
 * dropping what the server sends: what the server does for a client keeping a replica.
 */
const rawMonitor = (path: string, tables: ReadonlyArray<string>): Promise<net.Socket> =>
  new Promise((resolve, reject) => {
    const s = net.connect(path)
    s.on('error', reject)
    let first = true
    s.on('data', () => {
      if (first) {
        first = false
        resolve(s)
      }
    })
    s.on('connect', () =>
      s.write(JSON.stringify({ method: 'monitor_cond_since', params: [NB, 'raw', Object.fromEntries(tables.map((t) => [t, {}])), '00000000-0000-0000-0000-000000000000'], id: 1 })),
    )
  })

/**
 * The floor of an initial sync: a monitor_cond_since of every table on a raw socket, the
 * reply received whole and parsed once with JSON.parse; resolves with ms and bytes.
 */
const rawSync = async (path: string, tables: ReadonlyArray<string>): Promise<{ ms: number; bytes: number }> => {
  const request = JSON.stringify({ method: 'monitor_cond_since', params: [NB, 'raw', Object.fromEntries(tables.map((t) => [t, {}])), '00000000-0000-0000-0000-000000000000'], id: 1 })
  const { ms, result, bytes } = await rawRequest(path, request)
  if (Object.keys((result as [boolean, string, Record<string, unknown>])[2]).length === 0) throw new Error('empty monitor reply')
  return { ms, bytes }
}

const rowCount = (server: OvsdbServer): number => {
  const r = spawnSync('ovsdb-client', ['dump', server.unix, NB, '-f', 'csv', '--no-headings', 'Logical_Switch_Port', '_uuid'], { encoding: 'utf8', maxBuffer: 1 << 28 })
  return r.stdout.split('\n').filter((l) => /^[0-9a-f-]{36}$/.test(l.trim())).length
}


const log = (line: string): void => console.log(`  (${line})`)

/** Structural equality of JSON-like values: the plainest comparison of two states. */
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false
  return true
}

/** Whether two desired states hold the same rows, in the same order, value by value. */
const sameStates = (x: DesiredState, y: DesiredState): boolean => {
  if (x.owner !== y.owner || x.rows.length !== y.rows.length) return false
  for (let i = 0; i < x.rows.length; i++) {
    const a = x.rows[i]!
    const b = y.rows[i]!
    if (a.id !== b.id || a.table !== b.table || a.shared !== b.shared) return false
    const ka = Object.keys(a.columns)
    if (ka.length !== Object.keys(b.columns).length) return false
    for (const k of ka) if (!sameJson(a.columns[k], b.columns[k])) return false
  }
  return true
}

// -------------------------------------------------------------------------------------
// measurements
// -------------------------------------------------------------------------------------

/**
 * The library end to end, as `ovn-nb apply` runs it: read the (empty) NB, plan, compile,
 * transact. With `kept`, into a replica the caller keeps (a controller): the server then
 * also sends the update the replica needs, and the call resolves once the replica shows it.
 */
export const libraryInitial = (desired: DesiredState, kept = false) =>
  withServer(async (server) => {
    const c = await connected(server)
    const replica = kept ? must(await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })(), 'sync') : undefined
    const t0 = performance.now()
    const r = must(await apply(c, desired, replica !== undefined ? { replica } : {})(), 'apply')
    const ms = performance.now() - t0
    await c.close()()
    if (r.plan.summary.create !== desired.rows.length) throw new Error('apply created the wrong number of rows')
    return ms
  })

/** The compiled operations of the initial apply, pre-serialized; the time of one raw transact. */
export const rawInitial = (text: string, n: number) => withServer((server) => rawTransact(server.unix.slice('unix:'.length), text, n))

/** The same, with a raw monitor of every table open on another connection. */
const rawInitialMonitored = (text: string, n: number, tables: ReadonlyArray<string>) =>
  withServer(async (server) => {
    const path = server.unix.slice('unix:'.length)
    const m = await rawMonitor(path, tables)
    try {
      return await rawTransact(path, text, n)
    } finally {
      m.destroy()
    }
  })

const nbctlInitial = (args: ReadonlyArray<string>, ports: number) =>
  withServer(async (server) => {
    // the arguments (a few MB) exceed the default ARG_MAX (a quarter of an 8 MiB stack):
    // a shell raises the stack limit and xargs execs ovn-nbctl once with all of them
    // (-x: fail rather than split into several invocations)
    const file = join(server.dir, 'nbctl.args')
    writeFileSync(file, `${[`--db=${server.unix}`, '--timeout=600', ...args].join('\0')}\0`)
    const t0 = performance.now()
    const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn('sh', ['-c', 'ulimit -s 65536 && exec xargs -0 -x -s 6000000 -a "$0" ovn-nbctl', file], { stdio: ['ignore', 'ignore', 'pipe'] })
      let err = ''
      child.stderr.on('data', (d: Buffer) => (err += d.toString()))
      child.on('close', (code) => resolve({ code, err }))
    })
    const ms = performance.now() - t0
    if (r.code !== 0) throw new Error(`ovn-nbctl failed: ${r.err.slice(0, 300)}`)
    const n = rowCount(server)
    if (n !== ports) throw new Error(`ovn-nbctl made ${n} ports, not ${ports}`)
    return ms
  })

const PYTHON = '/usr/bin/python3'
const haveOvsdbapp = (): boolean => spawnSync(PYTHON, ['-c', 'import ovsdbapp.schema.ovn_northbound.impl_idl'], { stdio: 'ignore' }).status === 0

/** Makes sure python3-ovsdbapp is there: installs it with apt-get when missing (saying so). */
const ensureOvsdbapp = (): string | undefined => {
  if (haveOvsdbapp()) return undefined
  if (!existsSync(PYTHON)) return 'skipped: /usr/bin/python3 not installed'
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0 || process.getuid?.() !== 0) return 'skipped: python3-ovsdbapp not installed'
  log('python3-ovsdbapp is not installed: installing it with apt-get (about 15 s)')
  const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'python3-ovsdbapp'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (r.status !== 0 || !haveOvsdbapp()) return 'skipped: python3-ovsdbapp not installed (apt-get install failed)'
  return undefined
}

const ovsdbappInitial = (script: string, scale: number, ports: number) =>
  withServer(async (server) => {
    const r = spawnSync(PYTHON, [script, server.unix, String(scale)], { encoding: 'utf8', timeout: 600_000 })
    if (r.status !== 0) throw new Error(`ovsdbapp failed: ${r.stderr.slice(-500)}`)
    const [txn, total] = r.stdout.trim().split(' ').map(Number)
    const n = rowCount(server)
    if (n !== ports) throw new Error(`ovsdbapp made ${n} ports, not ${ports}`)
    return { txn: txn!, total: total! }
  })

// -------------------------------------------------------------------------------------
// the section
// -------------------------------------------------------------------------------------

const run = async (): Promise<ReadonlyArray<Figure>> => {
  const figures: Figure[] = []
  const w10 = workload(1)
  const ports10 = shape(1).switches * shape(1).portsPerSwitch
  const rowsOf = (x: ReturnType<typeof shape>) => x.switches * (x.portsPerSwitch + x.aclsPerGroup + 3) + x.addressSets + x.routers * (1 + x.routerPorts + x.routesPerRouter + x.natsPerRouter)
  log(`W10k: ${w10.rows.length} rows; W100k: ${rowsOf(shape(10))} rows`)

  // ---- initial apply of W10k: library vs raw socket, ovn-nbctl, ovsdbapp ----------------
  const schema = await withServer(async (s) => {
    const c = await connected(s)
    const sc = c.schemaOf(NB)!
    await c.close()()
    return sc
  })
  const plan0 = must(diff(schema, { rows: () => new Map() }, w10, { rules: nbIdentity }), 'plan')
  const ops0: ReadonlyArray<Operation> = compile(plan0)
  const text0 = JSON.stringify({ method: 'transact', params: [NB, ...ops0], id: 1 })
  const tables = Object.keys(schema.tables)
  const lib: number[] = []
  const libKept: number[] = []
  const raw: number[] = []
  const rawMon: number[] = []
  const planMs: number[] = []
  // ovsdbapp runs inside three of the rounds (each seconds long), so that its figures and
  // the library's come from the same minutes
  const skip = ensureOvsdbapp()
  if (skip !== undefined) log(`ovsdbapp, one transaction of W10k: ${skip}`)
  const pyDir = skip === undefined ? mkdtempSync(join(tmpdir(), 'ovn-nb-bench-')) : undefined
  const script = pyDir === undefined ? undefined : join(pyDir, 'ovsdbapp_w10k.py')
  if (script !== undefined) writeFileSync(script, OVSDBAPP_SCRIPT)
  const ovsdbappRounds = new Set([1, 4, 7])
  const oapp: Array<{ readonly round: number; readonly txn: number; readonly total: number }> = []
  // warm-up (JIT), not counted
  await libraryInitial(w10)
  await libraryInitial(w10, true)
  // nine rounds; the machine's speed drifts (the same run varies by 1.5x from one minute
  // to the next here), so the ratio is also taken round by round, each library run
  // against the raw run of its own round, and the median of those ratios judged
  const rounds = 9
  try {
    for (let round = 0; round < rounds; round++) {
      // rotate the order, so that none always follows another
      const runs = [
        async () => lib.push(await libraryInitial(w10)),
        async () => raw.push(await rawInitial(text0, ops0.length)),
        async () => libKept.push(await libraryInitial(w10, true)),
        async () => rawMon.push(await rawInitialMonitored(text0, ops0.length, tables)),
      ]
      for (let k = 0; k < runs.length; k++) await runs[(k + round) % runs.length]!()
      // after the round's own runs, so that it never sits between two of them
      if (script !== undefined && ovsdbappRounds.has(round)) oapp.push({ round, ...(await ovsdbappInitial(script, 1, ports10)) })
      const t0 = performance.now()
      compile(must(diff(schema, { rows: () => new Map() }, w10, { rules: nbIdentity }), 'plan'))
      planMs.push(performance.now() - t0)
    }
  } finally {
    if (pyDir !== undefined) rmSync(pyDir, { recursive: true, force: true })
  }
  if (process.env['BENCH_DEBUG']) console.error({ lib, libKept, raw, rawMon, planMs, oapp })
  const libMs = median(lib)
  const rawMs = median(raw)
  log(`initial W10k: ${ops0.length} operations, ${(Buffer.byteLength(text0) / 1e6).toFixed(1)} MB of JSON; plan + compile alone (pure, no I/O): ${median(planMs).toFixed(0)} ms`)
  figures.push({
    name: 'initial apply W10k, library end to end (read NB, plan + compile + transact; as `ovn-nb apply`)',
    value: libMs,
    unit: 'ms',
    baseline: { name: 'same operations pre-serialized on a raw socket', value: rawMs },
  })
  const paired = median(lib.map((x, i) => x / raw[i]!))
  figures.push({
    name: `initial apply W10k, library / raw socket, round by round (median of ${rounds} rounds' ratios)`,
    value: paired,
    unit: 'x',
    target: { text: '<= 1.3', met: paired <= 1.3 },
  })
  figures.push({
    name: 'initial apply W10k into a replica the caller keeps (resolves once the replica shows it)',
    value: median(libKept),
    unit: 'ms',
    baseline: { name: 'raw socket, with a raw monitor of every table open (the server also sends the update a replica needs)', value: median(rawMon) },
  })

  const args = nbctlArgs(1)
  const nbctl: number[] = []
  // one run: ovn-nbctl takes tens of seconds here
  nbctl.push(await nbctlInitial(args, ports10))
  if (process.env['BENCH_DEBUG']) console.error({ nbctl })
  const nbctlMs = median(nbctl)
  log(`ovn-nbctl: ${args.filter((a) => a === '--').length} commands chained by --, ${(args.reduce((n, a) => n + a.length + 1, 0) / 1e6).toFixed(1)} MB of arguments`)
  figures.push({
    name: 'initial apply W10k, library end to end',
    value: libMs,
    unit: 'ms',
    baseline: { name: 'one ovn-nbctl, commands chained by --', value: nbctlMs },
    target: { text: 'faster than ovn-nbctl (ratio < 1)', met: libMs < nbctlMs },
  })

  if (oapp.length > 0) {
    const txn = median(oapp.map((x) => x.txn))
    log(`ovsdbapp: transaction ${oapp.map((x) => (x.txn / 1000).toFixed(1)).join(', ')} s in rounds ${oapp.map((x) => x.round + 1).join(', ')}; ${(median(oapp.map((x) => x.total)) / 1000).toFixed(1)} s with Python start, import and connect`)
    figures.push({
      name: 'initial apply W10k, library end to end',
      value: libMs,
      unit: 'ms',
      baseline: { name: `ovsdbapp, one transaction (transaction only; median of ${oapp.length}, run in the same rounds)`, value: txn },
    })
    // each ovsdbapp run against the library run of its own round, as for the raw floor
    const pairedApp = median(oapp.map((x) => lib[x.round]! / x.txn))
    figures.push({
      name: `initial apply W10k, library / ovsdbapp, round by round (median of ${oapp.length} rounds' ratios)`,
      value: pairedApp,
      unit: 'x',
      target: { text: '<= 0.1 (>= 10x faster)', met: pairedApp <= 0.1 },
    })
  }

  // ---- no-op plans, incremental, replica: W10k and W100k in two servers ----------------
  // a no-op apply with the caller's replica (the incremental planner beside it), three ways:
  // the same desired state again; the state built again from scratch (new objects, equal
  // content: a controller that recomputes it every time); and the full diff alone (what
  // the first plan after a start costs). A full GC before each timed call, so that no
  // call pays for the garbage of the one before.
  interface Noop { readonly same: number; readonly rebuilt: number; readonly compared: number; readonly full: number }
  const noop = async (c: Client, replica: Replica, desired: DesiredState, scale: number): Promise<Noop> => {
    const same: number[] = []
    const rebuilt: number[] = []
    const compared: number[] = []
    const full: number[] = []
    let last = desired
    for (let round = 0; round < 7; round++) {
      // the state built again (new objects, equal content), planned after the last one
      const again = workload(scale)
      // what telling a state built again equal to the last one costs done plainly: a
      // generic deep-equality pass, value by value, nothing else
      fullGc()
      let t0 = performance.now()
      if (!sameStates(last, again)) throw new Error('the state built again differs')
      compared.push(performance.now() - t0)
      fullGc()
      t0 = performance.now()
      const r2 = must(await apply(c, again, { replica })(), 'no-op apply (rebuilt)')
      rebuilt.push(performance.now() - t0)
      // then the same state again
      fullGc()
      t0 = performance.now()
      const r = must(await apply(c, again, { replica })(), 'no-op apply')
      same.push(performance.now() - t0)
      last = again
      if (round < 4) {
        fullGc()
        t0 = performance.now()
        const p = must(diff(replica.schema, replica, last, { rules: nbIdentity }), 'full diff')
        full.push(performance.now() - t0)
        if (p.entries.length !== 0) throw new Error('the full no-op diff was not empty')
      }
      if (r.operations !== 0 || r2.operations !== 0) throw new Error('the no-op plan was not empty')
    }
    // the first rounds warm up (the first plan after our own apply is a full one)
    return { same: median(same.slice(2)), rebuilt: median(rebuilt.slice(2)), compared: median(compared.slice(2)), full: median(full.slice(1)) }
  }

  const noop10 = await withServer(async (server) => {
    const c = await connected(server)
    const replica = must(await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })(), 'sync')
    must(await apply(c, w10, { replica })(), 'apply')
    const ms = await noop(c, replica, w10, 1)
    await c.close()()
    return ms
  })

  const w100 = workload(10)
  await withServer(async (server) => {
    const c = await connected(server)
    const replica = must(await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })(), 'sync')
    let t0 = performance.now()
    const first = must(await apply(c, w100, { replica })(), 'apply W100k')
    const initial100 = performance.now() - t0
    log(`initial apply W100k, library end to end: ${(initial100 / 1000).toFixed(2)} s for ${first.plan.summary.create} rows`)

    const noop100 = await noop(c, replica, w100, 10)
    log('no-op plans on a synced replica: apply with the caller\'s replica (the incremental planner beside it), given the same desired state, or the state built again (new objects, equal content); then the full diff alone, as the first plan after a start makes it')
    figures.push({ name: 'no-op apply W10k, replica kept, the same desired state', value: noop10.same, unit: 'ms' })
    figures.push({ name: 'no-op apply W100k, replica kept, the same desired state', value: noop100.same, unit: 'ms', target: { text: '<= 250 ms', met: noop100.same <= 250 } })
    figures.push({
      name: 'no-op growth W10k -> W100k (10x the rows), the same desired state',
      value: noop100.same / noop10.same,
      unit: 'x',
      target: { text: '<= 10x (linear)', met: noop100.same / noop10.same <= 10 },
    })
    // a state built again is compared value by value: beside it, the plainest way to do that
    const floor = 'a plain deep-equality pass over the two states (the new one against the last one)'
    figures.push({ name: 'no-op apply W10k, replica kept, the desired state built again', value: noop10.rebuilt, unit: 'ms', baseline: { name: floor, value: noop10.compared } })
    figures.push({
      name: 'no-op apply W100k, replica kept, the desired state built again (new objects, equal content)',
      value: noop100.rebuilt,
      unit: 'ms',
      baseline: { name: floor, value: noop100.compared },
    })
    figures.push({ name: 'no-op growth W10k -> W100k (10x the rows), the state built again', value: noop100.rebuilt / noop10.rebuilt, unit: 'x' })
    figures.push({ name: 'no-op full diff W10k (cold: the first plan after a start, nothing learned yet)', value: noop10.full, unit: 'ms' })
    figures.push({ name: 'no-op full diff W100k (cold: the first plan after a start, nothing learned yet)', value: noop100.full, unit: 'ms' })
    // the same diff as the first call of a fresh process (bench/fullDiff.ts): the JIT cold
    // too, as a one-shot `ovn-nb plan`/`apply` pays it (the figure above is warm JIT)
    const cold = await measureInFreshProcess(server.unix, 10)
    log(`no-op full diff W100k in a fresh process: first call ${cold.first.toFixed(0)} ms (CPU ${cold.cpu[0]!.toFixed(0)} ms), then ${cold.later.map((x) => x.toFixed(0)).join(', ')} ms`)
    figures.push({
      name: 'no-op full diff W100k, first call in a fresh process (truly cold JIT: a one-shot plan/apply)',
      value: cold.first,
      unit: 'ms',
      target: { text: '< 1 s', met: cold.first < 1000 },
    })
    figures.push({ name: 'no-op full diff growth W10k -> W100k', value: noop100.full / noop10.full, unit: 'x' })

    // ---- incremental: one ACL changed, one port added; the operations as sent --------
    let sent: ReadonlyArray<Operation> = []
    c.addGuard((_db, ops) => {
      sent = ops
      return E.right(undefined)
    })
    const inc: number[] = []
    const bytes: number[] = []
    const counts: number[] = []
    // how each plan was made: every full one names its reason (Planner.lastFallback)
    const made = new Map<string, number>()
    let state = w100
    for (let round = 0; round < 5; round++) {
      const acl = `acl:${round * 7}:3`
      const sw = `ls:${round * 11}`
      const port = `lsp:extra-${round}`
      state = {
        owner: OWNER,
        rows: [
          ...state.rows.map((r): DesiredRow => {
            if (r.id === acl) return { ...r, columns: { ...r.columns, action: r.columns['action'] === 'drop' ? 'allow-related' : 'drop' } }
            if (r.id === sw) return { ...r, columns: { ...r.columns, ports: ['set', [...(r.columns['ports'] as readonly ['set', ReadonlyArray<readonly ['ref', string]>])[1], ref(port)]] } }
            return r
          }),
          { table: 'Logical_Switch_Port', id: port, columns: { name: `extra-${round}`, addresses: ['set', [`0a:00:ff:00:00:${hex2(round)} 10.255.0.${round + 10}`]] } },
        ],
      }
      t0 = performance.now()
      const r = must(await apply(c, state, { replica })(), 'incremental apply')
      inc.push(performance.now() - t0)
      counts.push(r.operations)
      const how = r.planned === undefined ? 'no planner' : r.planned.path === 'full' ? `full: ${r.planned.fallback ?? '?'}` : r.planned.path
      made.set(how, (made.get(how) ?? 0) + 1)
      bytes.push(Buffer.byteLength(JSON.stringify({ method: 'transact', params: [NB, ...sent], id: 1 })))
      if (r.plan.summary.create !== 1 || r.plan.summary.update !== 2) throw new Error(`unexpected incremental plan ${JSON.stringify(r.plan.summary)}`)
    }
    const ops = Math.max(...counts)
    const size = Math.max(...bytes)
    figures.push({ name: 'incremental on W100k (1 ACL changed, 1 port added): operations', value: ops, unit: 'ops', target: { text: '<= 5', met: ops <= 5 } })
    figures.push({ name: 'incremental on W100k: bytes of the transact request', value: size, unit: 'B', target: { text: '<= 2048', met: size <= 2048 } })
    figures.push({ name: 'incremental on W100k: call to resolved apply', value: median(inc), unit: 'ms' })
    const full = [...made].filter(([k]) => k.startsWith('full')).reduce((n, [, v]) => n + v, 0)
    figures.push({ name: 'incremental on W100k: plans made by the full diff (of 5)', value: full, unit: 'plans', target: { text: '0', met: full === 0 } })
    log(`incremental plans by path (and fallback reason): ${[...made].map(([k, v]) => `${k} ${v}`).join(', ')}`)
    await c.close()()

    // ---- replica: initial sync of W100k, memory per row ------------------------------------
    const c2 = await connected(server)
    const syncs: number[] = []
    const floors: number[] = []
    let rows = 0
    let replyBytes = 0
    for (let round = 0; round < 3; round++) {
      const f = await rawSync(server.unix.slice('unix:'.length), tables)
      floors.push(f.ms)
      replyBytes = f.bytes
      t0 = performance.now()
      const r = must(await syncReplica(c2, NB, { externalIdKeys: ['ovn-nb/owner'], monitorId: `bench-${round}` })(), 'sync W100k')
      syncs.push(performance.now() - t0)
      rows = r.size
      must(await c2.monitorCancel(`bench-${round}`)(), 'monitor_cancel')
    }
    const syncMs = median(syncs)
    const floorMs = median(floors)
    figures.push({
      name: `replica initial sync of W100k (${rows} rows)`,
      value: rows / (syncMs / 1000),
      unit: 'rows/s',
      higherIsBetter: true,
      baseline: { name: 'raw socket: the same monitor reply received and JSON.parse-d', value: rows / (floorMs / 1000) },
    })
    log(`replica sync W100k: ${syncMs.toFixed(0)} ms; the raw monitor reply (${(replyBytes / 1e6).toFixed(0)} MB) ${floorMs.toFixed(0)} ms`)
    // memory: a full GC, then the sync, then a full GC with the replica held; nothing else
    // of the bench is allocated in between
    fullGc()
    const m0 = process.memoryUsage()
    const held = must(await syncReplica(c2, NB, { externalIdKeys: ['ovn-nb/owner'], monitorId: 'bench-memory' })(), 'sync W100k')
    fullGc()
    const m1 = process.memoryUsage()
    figures.push({ name: 'replica memory per row, heapUsed after full GC (difference around one sync)', value: (m1.heapUsed - m0.heapUsed) / held.size, unit: 'B/row' })
    figures.push({ name: 'replica memory per row, RSS (difference around the same sync)', value: (m1.rss - m0.rss) / held.size, unit: 'B/row' })
    log(`memory: process.memoryUsage() after a full GC (${typeof (globalThis as { gc?: unknown }).gc === 'function' ? '--expose-gc' : 'v8.setFlagsFromString("--expose-gc") at run time'}) before and after one sync, the replica held; RSS also counts heap the GC keeps`)
    must(await c2.monitorCancel('bench-memory')(), 'monitor_cancel')
    await c2.close()()
  })
  return figures
}

/** The engine's benchmark section. */
export const section: Section = { title: 'engine: apply, no-op plan, incremental, replica (issue 5)', run }
