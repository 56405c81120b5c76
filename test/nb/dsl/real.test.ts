/**
 * The DSL against real servers: a topology using every concept applied to Debian's
 * ovsdb-server (OVN_Northbound 7.0.0) and read back through the generated codecs; then
 * to NB + SB + ovn-northd, which must turn it into logical flows without a warning.
 */
import test, { type ExecutionContext } from 'ava'
import { spawnSync } from 'node:child_process'
import * as E from 'fp-ts/lib/Either.js'
import { connect, type Client } from '../../../src/ovsdb/index.js'
import { apply } from '../../../src/apply/index.js'
import * as NB from '../../../src/nb/generated/index.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { startOvsdb } from '../../support/ovsdb.js'
import { startCentral } from '../../support/central.js'
import { everything } from './fixture.js'

const right = <A>(t: ExecutionContext, r: E.Either<unknown, A>): A => {
  if (E.isLeft(r)) {
    t.fail(JSON.stringify(r.left, null, 1))
    throw new Error('unexpected Left')
  }
  return r.right
}

const connectTo = async (t: ExecutionContext, remote: string): Promise<Client> => {
  const c = right(t, await connect(remote)())
  t.teardown(() => c.close()())
  return c
}

const rowsOf = async (t: ExecutionContext, c: Client, table: NB.TableName): Promise<ReadonlyArray<Record<string, unknown>>> => {
  const r = right(t, await c.transact('OVN_Northbound', [{ op: 'select', table, where: [] }])())
  return (r[0] as { rows: ReadonlyArray<Record<string, unknown>> }).rows
}

test('every concept applies to ovsdb-server 7.0.0, reads back through the codecs, and applies again as a no-op', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = await connectTo(t, server.unix)
  const desired = _.toDesired(everything())
  const first = right(t, await apply(c, desired)())
  t.is(first.plan.summary.create, desired.rows.length)
  t.true(first.operations > desired.rows.length)
  // every desired row is there, decodes with its table's codec, and has the desired values
  const byTable = new Map<string, number>()
  for (const r of desired.rows) byTable.set(r.table, (byTable.get(r.table) ?? 0) + 1)
  for (const [table, n] of byTable) {
    const rows = await rowsOf(t, c, table as NB.TableName)
    t.is(rows.length, n, table)
    for (const row of rows) {
      const d = NB.codecs[table as NB.TableName].decode(row)
      if (E.isLeft(d)) t.fail(`${table}: ${JSON.stringify(row)} does not decode`)
    }
  }
  const lb = (await rowsOf(t, c, 'Load_Balancer')).map((r) => right(t, NB.Load_Balancer.RowC.decode(r))).find((r) => r.name === 'lb-web')!
  t.is(lb.vips.get('[fd00:ff::100]:80'), '[fd00:1::10]:8080,[fd00:1::11]:8080')
  t.is(lb.health_check.length, 1)
  const lrp = (await rowsOf(t, c, 'Logical_Router_Port')).map((r) => right(t, NB.Logical_Router_Port.RowC.decode(r))).find((r) => r.name === 'lrp-web')!
  t.is(lrp.ipv6_ra_configs.get('address_mode'), 'dhcpv6_stateless')
  const gcs = (await rowsOf(t, c, 'Gateway_Chassis')).map((r) => right(t, NB.Gateway_Chassis.RowC.decode(r)).name).sort()
  t.deepEqual(gcs, ['lrp-ext-gw-1', 'lrp-ext-gw-2'])
  // the same state again changes nothing
  const second = right(t, await apply(c, desired)())
  t.is(second.operations, 0, JSON.stringify(second.plan.entries.slice(0, 3)))
  // so does the same topology built again (values are built deterministically)
  const third = right(t, await apply(c, _.toDesired(everything()))())
  t.is(third.operations, 0)
})

test('changing every kind of value and changing it back: each apply reaches its state, and again is a no-op', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = await connectTo(t, server.unix)
  const counts = async (): Promise<Record<string, number>> => {
    const out: Record<string, number> = {}
    for (const table of Object.keys(NB.model.tables) as NB.TableName[]) {
      if (NB.model.tables[table].since !== '7.0.0') continue
      const rows = await rowsOf(t, c, table)
      for (const row of rows) if (E.isLeft(NB.codecs[table].decode(row))) t.fail(`${table}: ${JSON.stringify(row)} does not decode`)
      if (rows.length > 0) out[table] = rows.length
    }
    return out
  }
  const expected = (d: ReturnType<typeof _.toDesired>): Record<string, number> => {
    const out: Record<string, number> = {}
    for (const r of d.rows) out[r.table] = (out[r.table] ?? 0) + 1
    return out
  }
  const a = _.toDesired(everything('o', 0))
  const b = _.toDesired(everything('o', 1))
  right(t, await apply(c, a)())
  const ab = right(t, await apply(c, b)())
  t.true(ab.plan.summary.create > 0 && ab.plan.summary.update > 0 && ab.plan.summary.delete > 0, JSON.stringify(ab.plan.summary))
  t.is(right(t, await apply(c, b)()).operations, 0)
  // Static_MAC_Binding and Load_Balancer_Group have no external_ids: their rows carry no
  // owner and outlive the desired state (here the binding keeps its key, so it is updated)
  t.deepEqual(await counts(), expected(b))
  const ba = right(t, await apply(c, a)())
  t.true(ba.plan.summary.create > 0 && ba.plan.summary.update > 0 && ba.plan.summary.delete > 0, JSON.stringify(ba.plan.summary))
  t.is(right(t, await apply(c, a)()).operations, 0)
  t.deepEqual(await counts(), expected(a))
})

test('ovn-northd turns every concept into logical flows without a warning', async (t) => {
  const central = await startCentral()
  t.teardown(() => central.stop())
  const c = await connectTo(t, central.nb.unix)
  const desired = _.toDesired(everything())
  const first = right(t, await apply(c, desired, { wait: 'sb', waitTimeoutMs: 20000 })())
  t.true(first.operations > 0)
  const lflows = spawnSync('ovn-sbctl', [`--db=${central.sb.unix}`, '--no-leader-only', 'lflow-list'], { encoding: 'utf8' })
  t.is(lflows.status, 0, lflows.stderr)
  const count = (lflows.stdout.match(/^\s+table=/gm) ?? []).length
  t.true(count > 500, `only ${count} logical flows`)
  for (const dp of ['sw-web', 'sw-db', 'sw-ext', 'sw-l2', 'sw-vtep', 'lr0', 'lr1']) t.regex(lflows.stdout, new RegExp(`Datapath: "${dp}"`))
  // features that show in the flows: load balancing (with hash fields), SNAT with a port
  // range, DNAT, QoS marking and metering, a policy's packet mark, a forwarding group, DNS,
  // RA and DHCPv4/v6 options, the ACL log meter, the address sets of NAT rules
  for (const re of [
    /ct_lb_mark\(backends=10\.0\.1\.10:8080,10\.0\.1\.11:8080; hash_fields="ip_dst,ip_src"\)/,
    /ct_lb_mark\(backends=\[fd00:1::10\]:8080,\[fd00:1::11\]:8080/,
    /ct_snat\(172\.16\.0\.10,1024-65535\)/,
    /ct_dnat_in_czone\(10\.0\.2\.10\)/,
    /ip\.dscp = 46/,
    /set_meter\(10000, 1000\)/,
    /pkt\.mark = 100/,
    /fwd_group\(liveness="true",childports="web1","web2"\)/,
    /dns_lookup\(\)/,
    /put_nd_ra_opts\(.*mtu = 1450.*\)/,
    /put_dhcp_opts\(.*router = 10\.0\.1\.1/,
    /put_dhcpv6_opts\(/,
    /meter="meter-acl/,
    /ip4\.src == \$as_allowed/,
    /ip4\.src == \$as_exempt/,
    /check_pkt_larger\(1414\)/,
  ])
    t.regex(lflows.stdout, re)
  // and the southbound rows northd derives from the other values
  const sbCount = (table: string): number => {
    const o = spawnSync('ovn-sbctl', [`--db=${central.sb.unix}`, '--no-leader-only', '--columns=_uuid', 'list', table], { encoding: 'utf8' })
    return (o.stdout.match(/_uuid/g) ?? []).length
  }
  t.deepEqual(
    Object.fromEntries(['Mirror', 'BFD', 'Service_Monitor', 'Static_MAC_Binding', 'HA_Chassis_Group', 'DNS', 'Chassis_Template_Var', 'Load_Balancer', 'Datapath_Binding', 'Port_Binding'].map((x) => [x, sbCount(x)])),
    { Mirror: 2, BFD: 1, Service_Monitor: 2, Static_MAC_Binding: 1, HA_Chassis_Group: 2, DNS: 1, Chassis_Template_Var: 1, Load_Balancer: 2, Datapath_Binding: 7, Port_Binding: 22 },
  )
  const second = right(t, await apply(c, desired, { wait: 'sb', waitTimeoutMs: 20000 })())
  t.is(second.operations, 0)
  const problems = central
    .northdLog()
    .split('\n')
    .filter((l) => /\|(WARN|ERR|EMER)\|/.test(l))
  t.deepEqual(problems, [])
})
