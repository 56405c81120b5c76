/**
 * benchlab's workload, built with the DSL (the shape ovn-nbctl and ovsdbapp are measured
 * on there): per switch `sw{i}` 100 ports (MAC+IP, port security, DHCPv4 options of its
 * own) and one router port, a port group with the 100 ports and 10 ACLs; address sets of
 * 100 addresses; routers `lr{r}` with 10 ports (one per switch), 100 static routes and
 * 100 NAT rules. Scale 1 (W10k) is 13,610 values: 100 switches, 10,100 ports, 100 DHCP
 * options, 100 port groups, 1000 ACLs, 100 address sets, 10 routers, 100 router ports,
 * 1000 routes, 1000 NAT rules.
 */
import * as E from 'fp-ts/lib/Either.js'
import { acl, addressSet, dhcpOptions, logicalRouter, logicalSwitch, nat, portGroup, routerPort, staticRoute, switchPort, topology, type DslError, type Topology } from '../src/nb/dsl/index.js'

const ok = <A>(r: E.Either<DslError, A>): A => {
  if (E.isRight(r)) return r.right
  throw new Error(`${r.left.what}: ${r.left.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
}

const hex2 = (n: number): string => (n & 0xff).toString(16).padStart(2, '0')

/** benchlab's W10k (scale 1) or W100k (scale 10) as a topology. */
export const benchlab = (scale: number, owner = 'bench'): Topology => {
  const S = 100 * scale
  const routersN = 10 * scale
  const switches = []
  const pgs = []
  for (let i = 0; i < S; i++) {
    const net = `10.${i >> 8}.${i & 0xff}`
    const dhcp = ok(dhcpOptions({ cidr: `${net}.0/24`, v4: { server_id: `${net}.1`, server_mac: '0a:00:00:00:00:01', lease_time: 3600, router: `${net}.1` } }))
    const ports = []
    for (let j = 0; j < 100; j++) {
      const addr = `0a:00:${hex2(i >> 8)}:${hex2(i)}:00:${hex2(j)} ${net}.${j + 10}`
      ports.push(ok(switchPort({ name: `sw${i}-p${j}`, addresses: [addr], portSecurity: [addr], dhcpv4Options: dhcp })))
    }
    const rp = ok(switchPort({ name: `sw${i}-rtr`, type: 'router', routerPort: `lr${Math.floor(i / 10)}-p${i % 10}` }))
    switches.push(ok(logicalSwitch({ name: `sw${i}`, ports: [...ports, rp] })))
    const acls = []
    for (let k = 0; k < 10; k++) acls.push(ok(acl({ direction: 'to-lport', priority: 1000 + k, match: `outport == @pg${i} && ip4 && tcp.dst == ${8000 + k}`, action: 'allow-related' })))
    pgs.push(ok(portGroup({ name: `pg${i}`, ports, acls })))
  }
  const sets = []
  for (let a = 0; a < S; a++) {
    const addresses = []
    for (let k = 0; k < 100; k++) addresses.push(`172.${16 + (a >> 8)}.${a & 0xff}.${k + 1}`)
    sets.push(ok(addressSet({ name: `as${a}`, addresses })))
  }
  const routers = []
  for (let r = 0; r < routersN; r++) {
    const ports = []
    for (let q = 0; q < 10; q++) {
      const x = r * 10 + q
      ports.push(ok(routerPort({ name: `lr${r}-p${q}`, mac: `0a:01:00:${hex2(x >> 8)}:${hex2(x)}:01`, networks: [`100.${64 + (x >> 8)}.${x & 0xff}.1/24`] })))
    }
    const nexthop = `100.${64 + ((r * 10) >> 8)}.${(r * 10) & 0xff}.254`
    const staticRoutes = []
    for (let k = 0; k < 100; k++) staticRoutes.push(ok(staticRoute({ ipPrefix: `20.${k}.0.0/16`, nexthop })))
    const nats = []
    for (let k = 0; k < 100; k++) nats.push(ok(nat({ type: 'snat', externalIp: `203.${r >> 8}.${r & 0xff}.${(k % 250) + 1}`, logicalIp: `10.${128 + (r >> 8)}.${r & 0xff}.${k}` })))
    // a gateway router (options:chassis): NAT needs one, or a distributed gateway port
    routers.push(ok(logicalRouter({ name: `lr${r}`, ports, staticRoutes, nat: nats, chassis: 'gw-1' })))
  }
  return ok(topology({ owner, switches, routers, portGroups: pgs, addressSets: sets }))
}
