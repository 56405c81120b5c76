/**
 * benchlab's workload, built with the DSL (the shape ovn-nbctl and ovsdbapp are measured
 * on there): per switch `sw{i}` 100 ports (MAC+IP, port security, DHCPv4 options of its
 * own) and one router port, a port group with the 100 ports and 10 ACLs; address sets of
 * 100 addresses; routers `lr{r}` with 10 ports (one per switch), 100 static routes and
 * 100 NAT rules. Scale 1 (W10k) is 13,610 values: 100 switches, 10,100 ports, 100 DHCP
 * options, 100 port groups, 1000 ACLs, 100 address sets, 10 routers, 100 router ports,
 * 1000 routes, 1000 NAT rules.
 *
 * In two steps: {@link benchlabData}, the names, addresses and matches as strings — what a
 * controller already holds (from its informers, its IPAM) before it describes the network
 * — and {@link benchlabBuild}, which describes it with the DSL, so that bench/dslCold.ts
 * can time the DSL apart from making the strings.
 */
import * as E from 'fp-ts/lib/Either.js'
import { acl, addressSet, dhcpOptions, logicalRouter, logicalSwitch, nat, portGroup, routerPort, staticRoute, switchPort, topology, type DslError, type Topology } from '../src/nb/dsl/index.js'

const ok = <A>(r: E.Either<DslError, A>): A => {
  if (E.isRight(r)) return r.right
  throw new Error(`${r.left.what}: ${r.left.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
}

const hex2 = (n: number): string => (n & 0xff).toString(16).padStart(2, '0')

/** benchlab's strings: names, `MAC IP` addresses, networks, matches. */
export interface BenchlabData {
  readonly switches: ReadonlyArray<{
    readonly name: string
    readonly cidr: string
    /** The DHCP server and the router: `x.y.z.1`. */
    readonly gateway: string
    readonly ports: ReadonlyArray<{ readonly name: string; readonly address: string }>
    readonly routerPort: { readonly name: string; readonly peer: string }
    readonly portGroup: string
    readonly matches: ReadonlyArray<string>
  }>
  readonly addressSets: ReadonlyArray<{ readonly name: string; readonly addresses: ReadonlyArray<string> }>
  readonly routers: ReadonlyArray<{
    readonly name: string
    readonly ports: ReadonlyArray<{ readonly name: string; readonly mac: string; readonly network: string }>
    readonly nexthop: string
    readonly prefixes: ReadonlyArray<string>
    readonly nats: ReadonlyArray<{ readonly externalIp: string; readonly logicalIp: string }>
  }>
}

/** benchlab's W10k (scale 1) or W100k (scale 10) as strings. */
export const benchlabData = (scale: number): BenchlabData => {
  const S = 100 * scale
  const routersN = 10 * scale
  const switches = []
  for (let i = 0; i < S; i++) {
    const net = `10.${i >> 8}.${i & 0xff}`
    const ports = []
    for (let j = 0; j < 100; j++) ports.push({ name: `sw${i}-p${j}`, address: `0a:00:${hex2(i >> 8)}:${hex2(i)}:00:${hex2(j)} ${net}.${j + 10}` })
    const matches = []
    for (let k = 0; k < 10; k++) matches.push(`outport == @pg${i} && ip4 && tcp.dst == ${8000 + k}`)
    switches.push({ name: `sw${i}`, cidr: `${net}.0/24`, gateway: `${net}.1`, ports, routerPort: { name: `sw${i}-rtr`, peer: `lr${Math.floor(i / 10)}-p${i % 10}` }, portGroup: `pg${i}`, matches })
  }
  const addressSets = []
  for (let a = 0; a < S; a++) {
    const addresses = []
    for (let k = 0; k < 100; k++) addresses.push(`172.${16 + (a >> 8)}.${a & 0xff}.${k + 1}`)
    addressSets.push({ name: `as${a}`, addresses })
  }
  const routers = []
  for (let r = 0; r < routersN; r++) {
    const ports = []
    for (let q = 0; q < 10; q++) {
      const x = r * 10 + q
      ports.push({ name: `lr${r}-p${q}`, mac: `0a:01:00:${hex2(x >> 8)}:${hex2(x)}:01`, network: `100.${64 + (x >> 8)}.${x & 0xff}.1/24` })
    }
    const prefixes = []
    for (let k = 0; k < 100; k++) prefixes.push(`20.${k}.0.0/16`)
    const nats = []
    for (let k = 0; k < 100; k++) nats.push({ externalIp: `203.${r >> 8}.${r & 0xff}.${(k % 250) + 1}`, logicalIp: `10.${128 + (r >> 8)}.${r & 0xff}.${k}` })
    routers.push({ name: `lr${r}`, ports, nexthop: `100.${64 + ((r * 10) >> 8)}.${(r * 10) & 0xff}.254`, prefixes, nats })
  }
  return { switches, addressSets, routers }
}

/** benchlab's topology, described with the DSL from its strings. */
export const benchlabBuild = (data: BenchlabData, owner = 'bench'): Topology => {
  const switches = []
  const pgs = []
  for (const sw of data.switches) {
    const dhcp = ok(dhcpOptions({ cidr: sw.cidr, v4: { server_id: sw.gateway, server_mac: '0a:00:00:00:00:01', lease_time: 3600, router: sw.gateway } }))
    const ports = []
    for (const p of sw.ports) ports.push(ok(switchPort({ name: p.name, addresses: [p.address], portSecurity: [p.address], dhcpv4Options: dhcp })))
    const rp = ok(switchPort({ name: sw.routerPort.name, type: 'router', routerPort: sw.routerPort.peer }))
    switches.push(ok(logicalSwitch({ name: sw.name, ports: [...ports, rp] })))
    const acls = []
    for (let k = 0; k < sw.matches.length; k++) acls.push(ok(acl({ direction: 'to-lport', priority: 1000 + k, match: sw.matches[k]!, action: 'allow-related' })))
    pgs.push(ok(portGroup({ name: sw.portGroup, ports, acls })))
  }
  const sets = []
  for (const as of data.addressSets) sets.push(ok(addressSet({ name: as.name, addresses: as.addresses })))
  const routers = []
  for (const r of data.routers) {
    const ports = []
    for (const q of r.ports) ports.push(ok(routerPort({ name: q.name, mac: q.mac, networks: [q.network] })))
    const staticRoutes = []
    for (const prefix of r.prefixes) staticRoutes.push(ok(staticRoute({ ipPrefix: prefix, nexthop: r.nexthop })))
    const nats = []
    for (const n of r.nats) nats.push(ok(nat({ type: 'snat', externalIp: n.externalIp, logicalIp: n.logicalIp })))
    // a gateway router (options:chassis): NAT needs one, or a distributed gateway port
    routers.push(ok(logicalRouter({ name: r.name, ports, staticRoutes, nat: nats, chassis: 'gw-1' })))
  }
  return ok(topology({ owner, switches, routers, portGroups: pgs, addressSets: sets }))
}

/** benchlab's W10k (scale 1) or W100k (scale 10) as a topology. */
export const benchlab = (scale: number, owner = 'bench'): Topology => benchlabBuild(benchlabData(scale), owner)
