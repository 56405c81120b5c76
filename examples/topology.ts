/**
 * A two-tier network with the DSL: web and db switches behind a router that NATs to a
 * physical network (an external switch with a localnet port; the router's gateway port
 * on two gateway chassis), port groups whose ACLs let anyone reach the web tier on 80
 * and 443 and only the web tier reach the database on 5432, DHCPv4 and DHCPv6 for the
 * web tier, and a load balancer in front of it.
 *
 * Run directly, it applies the topology to the OVN Northbound database in `OVN_NB_DB`
 * (e.g. `unix:/var/run/ovn/ovnnb_db.sock`) or, without it, to a throwaway
 * ovsdb-server; prints the plan; and applies again to show that nothing is left to do.
 * Its default export is the topology, so `ovn-nb plan examples/topology.ts` works too.
 */
import { pathToFileURL } from 'node:url'
import * as E from 'fp-ts/lib/Either.js'
import { apply, connect, formatError, renderText } from '../src/index.js'
import {
  acl,
  dslError,
  dhcpOptions,
  logicalRouter,
  logicalSwitch,
  loadBalancer,
  nat,
  portGroup,
  routerPort,
  staticRoute,
  switchPort,
  topology,
  type DslError,
  type Topology,
} from '../src/nb/dsl/index.js'
import { launchOvsdbServer } from '../src/testing/index.js'

// Every constructor returns Either<DslError, Value>; a script that builds a fixed
// topology can simply stop at the first refusal, printing every problem with its path.
const ok = <A>(r: E.Either<DslError, A>): A => {
  if (E.isRight(r)) return r.right
  throw new Error(`${r.left.what}: ${r.left.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
}

const build = (): E.Either<DslError, Topology> => {
  // ---- DHCP for the web tier -------------------------------------------------------------
  const web4 = ok(dhcpOptions({ cidr: '10.0.1.0/24', v4: { server_id: '10.0.1.1', server_mac: '0a:00:00:00:01:01', lease_time: 3600, router: '10.0.1.1', dns_server: ['10.0.1.1'] } }))
  const web6 = ok(dhcpOptions({ cidr: 'fd00:1::/64', v6: { server_id: '0a:00:00:00:01:01', dns_server: ['fd00:1::1'] } }))

  // ---- web tier ----------------------------------------------------------------------------
  const webVm = (n: number) =>
    ok(
      switchPort({
        name: `web${n}`,
        addresses: [`0a:00:00:00:01:${(0x10 + n).toString(16)} 10.0.1.${10 + n} fd00:1::${(0x10 + n).toString(16)}`],
        portSecurity: [`0a:00:00:00:01:${(0x10 + n).toString(16)} 10.0.1.${10 + n} fd00:1::${(0x10 + n).toString(16)}`],
        dhcpv4Options: web4,
        dhcpv6Options: web6,
      }),
    )
  const web1 = webVm(1)
  const web2 = webVm(2)
  const lbWeb = ok(loadBalancer({ name: 'lb-web', protocol: 'tcp', vips: { '172.16.0.100:80': ['10.0.1.11:80', '10.0.1.12:80'], '172.16.0.100:443': ['10.0.1.11:443', '10.0.1.12:443'] } }))
  const swWeb = ok(logicalSwitch({ name: 'sw-web', ports: [web1, web2, ok(switchPort({ name: 'web-rtr', type: 'router', routerPort: 'lrp-web' }))], loadBalancers: [lbWeb] }))

  // ---- db tier -----------------------------------------------------------------------------
  const db1 = ok(switchPort({ name: 'db1', addresses: ['0a:00:00:00:02:11 10.0.2.11'], portSecurity: ['0a:00:00:00:02:11 10.0.2.11'] }))
  const swDb = ok(logicalSwitch({ name: 'sw-db', ports: [db1, ok(switchPort({ name: 'db-rtr', type: 'router', routerPort: 'lrp-db' }))] }))

  // ---- the physical network: a localnet port on VLAN 100 -----------------------------------
  const swExt = ok(
    logicalSwitch({
      name: 'sw-ext',
      ports: [ok(switchPort({ name: 'ext-physnet1', type: 'localnet', networkName: 'physnet1', tag: 100 })), ok(switchPort({ name: 'ext-rtr', type: 'router', routerPort: 'lrp-ext' }))],
    }),
  )

  // ---- the router: two tiers in, a gateway port out, NAT and the load balancer ------------
  const lr = ok(
    logicalRouter({
      name: 'lr-edge',
      ports: [
        ok(routerPort({ name: 'lrp-web', mac: '0a:00:00:00:01:01', networks: ['10.0.1.1/24', 'fd00:1::1/64'], ipv6RaConfigs: { address_mode: 'dhcpv6_stateless' } })),
        ok(routerPort({ name: 'lrp-db', mac: '0a:00:00:00:02:01', networks: ['10.0.2.1/24'] })),
        ok(
          routerPort({
            name: 'lrp-ext',
            mac: '0a:00:00:00:ff:01',
            networks: ['172.16.0.2/24'],
            gatewayChassis: [
              { chassisName: 'gw-1', priority: 20 },
              { chassisName: 'gw-2', priority: 10 },
            ],
          }),
        ),
      ],
      staticRoutes: [ok(staticRoute({ ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', outputPort: 'lrp-ext' }))],
      nat: [
        ok(nat({ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16' })),
        ok(nat({ type: 'dnat_and_snat', externalIp: '172.16.0.11', logicalIp: '10.0.1.11', logicalPort: 'web1', externalMac: '0a:00:00:00:ac:0b' })),
      ],
      loadBalancers: [lbWeb],
    }),
  )

  // ---- port groups: who may talk to whom ----------------------------------------------------
  const pgWeb = ok(
    portGroup({
      name: 'pg_web',
      ports: [web1, web2],
      acls: [
        ok(acl({ direction: 'to-lport', priority: 1001, match: 'outport == @pg_web && ip && tcp.dst == {80, 443}', action: 'allow-related' })),
        ok(acl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg_web && ip', action: 'drop' })),
      ],
    }),
  )
  const pgDb = ok(
    portGroup({
      name: 'pg_db',
      ports: [db1],
      acls: [
        ok(acl({ direction: 'to-lport', priority: 1001, match: 'outport == @pg_db && ip4.src == $pg_web_ip4 && tcp.dst == 5432', action: 'allow-related' })),
        ok(acl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg_db && ip', action: 'drop' })),
      ],
    }),
  )

  return topology({ owner: 'example-two-tier', switches: [swWeb, swDb, swExt], routers: [lr], portGroups: [pgWeb, pgDb] })
}

/** The example's topology (a `Left` with every problem if it could not be built). */
const example: E.Either<DslError, Topology> = (() => {
  try {
    return build()
  } catch (e) {
    return E.left(dslError('example', [{ path: [], code: 'invalid_value', message: e instanceof Error ? e.message : String(e) }]))
  }
})()

export default example

const main = async (): Promise<number> => {
  if (E.isLeft(example)) {
    console.error(`topology refused: ${example.left.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
    return 1
  }
  const t = example.right
  console.log(`topology "${t.owner}": ${t.switches.length} switches, ${t.routers.length} router, ${t.portGroups.length} port groups, ${t.loadBalancers.length} load balancer, ${t.dhcpOptions.length} DHCP options`)
  const remote = process.env['OVN_NB_DB']
  const server = remote === undefined ? await launchOvsdbServer()() : undefined
  if (server !== undefined && E.isLeft(server)) {
    console.error(`could not start ovsdb-server: ${server.left.message}`)
    return 1
  }
  try {
    const target = remote ?? (server as E.Right<{ readonly unix: string }>).right.unix
    console.log(`applying to ${remote !== undefined ? target : `a throwaway ovsdb-server (${target})`}`)
    const client = await connect(target)()
    if (E.isLeft(client)) {
      console.error(`could not connect: ${formatError(client.left)}`)
      return 1
    }
    try {
      const desired = t.toDesired()
      const first = await apply(client.right, desired)()
      if (E.isLeft(first)) {
        console.error(`apply refused: ${JSON.stringify(first.left)}`)
        return 1
      }
      console.log(renderText(first.right.plan))
      console.log(`applied: ${first.right.operations} operations in ${first.right.attempts} transaction(s)`)
      const second = await apply(client.right, desired)()
      if (E.isLeft(second)) {
        console.error(`second apply refused: ${JSON.stringify(second.left)}`)
        return 1
      }
      console.log(`again: ${renderText(second.right.plan)} (${second.right.operations} operations)`)
      return 0
    } finally {
      await client.right.close()()
    }
  } finally {
    if (server !== undefined && E.isRight(server)) await server.right.stop()
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main()
