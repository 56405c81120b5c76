/**
 * Plain data (what `ovn-nb export` prints) -> a topology, through the DSL's constructors:
 * what the round-trip tests load while the DSL does not take plain nested data itself.
 * Every constructor's input is given as exported; references by name are resolved here
 * (ports of port groups, DHCP keys, load balancers). Returns the DSL's Either.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as D from '../../src/nb/dsl/index.js'

type Plain = Record<string, unknown>
const list = (u: unknown): ReadonlyArray<Plain> => (Array.isArray(u) ? (u as Plain[]) : [])

export const fromPlain = (data: Plain): E.Either<unknown, D.Topology> => {
  const errors: unknown[] = []
  const ok = <A>(r: E.Either<unknown, A>): A | undefined => (E.isRight(r) ? r.right : (errors.push(r.left), undefined))
  const dhcp = new Map<string, D.DhcpOptions>()
  for (const d of list(data['dhcpOptions'])) {
    const v = ok(D.dhcpOptions(d as unknown as D.DhcpOptionsInput))
    if (v !== undefined) dhcp.set(String(d['key']), v)
  }
  const addressSets = list(data['addressSets']).flatMap((a) => ok(D.addressSet(a as unknown as D.AddressSetInput)) ?? [])
  const lbs = new Map<string, D.LoadBalancer>()
  for (const l of list(data['loadBalancers'])) {
    const v = ok(D.loadBalancer(l as unknown as D.LoadBalancerInput))
    if (v !== undefined) lbs.set(String(l['name']), v)
  }
  const lbsOf = (p: Plain) => ((p['loadBalancers'] as string[] | undefined) ?? []).map((n) => lbs.get(n)!)
  const acls = (p: Plain) => list(p['acls']).flatMap((a) => ok(D.acl(a as unknown as D.AclInput)) ?? [])
  const ports = new Map<string, D.SwitchPort>()
  const switches = list(data['switches']).flatMap((s) => {
    const ps = list(s['ports']).flatMap((p) => {
      const v = ok(
        D.switchPort({
          ...p,
          ...(p['dhcpv4Options'] !== undefined ? { dhcpv4Options: dhcp.get(String(p['dhcpv4Options'])) } : {}),
          ...(p['dhcpv6Options'] !== undefined ? { dhcpv6Options: dhcp.get(String(p['dhcpv6Options'])) } : {}),
        } as unknown as D.SwitchPortInput),
      )
      if (v !== undefined) ports.set(String(p['name']), v)
      return v ?? []
    })
    return ok(D.logicalSwitch({ ...s, ports: ps, acls: acls(s), loadBalancers: lbsOf(s) } as unknown as D.LogicalSwitchInput)) ?? []
  })
  const routers = list(data['routers']).flatMap((r) => {
    const ps = list(r['ports']).flatMap((p) => ok(D.routerPort(p as unknown as D.RouterPortInput)) ?? [])
    const routes = list(r['staticRoutes']).flatMap((x) => ok(D.staticRoute(x as unknown as D.StaticRouteInput)) ?? [])
    const policies = list(r['policies']).flatMap((x) => ok(D.routerPolicy(x as unknown as D.RouterPolicyInput)) ?? [])
    const nat = list(r['nat']).flatMap((x) => ok(D.nat(x as unknown as D.NatInput)) ?? [])
    return ok(D.logicalRouter({ ...r, ports: ps, staticRoutes: routes, policies, nat, loadBalancers: lbsOf(r) } as unknown as D.LogicalRouterInput)) ?? []
  })
  const portGroups = list(data['portGroups']).flatMap(
    (g) => ok(D.portGroup({ ...g, ports: ((g['ports'] as string[] | undefined) ?? []).map((n) => ports.get(n)!), acls: acls(g) } as unknown as D.PortGroupInput)) ?? [],
  )
  const rows = list(data['rows']).flatMap((r) => ok(D.row(r['table'] as D.GenericRow['table'], String(r['key']), r['columns'] as never)) ?? [])
  if (errors.length > 0) return E.left({ message: errors.map((e) => JSON.stringify(e)).join('; ') })
  return D.topology({ owner: String(data['owner']), switches, routers, portGroups, addressSets, dhcpOptions: [...dhcp.values()], loadBalancers: [...lbs.values()], rows })
}
