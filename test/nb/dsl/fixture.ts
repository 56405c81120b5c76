/**
 * A topology using every concept of the DSL (switch ports of every type, ACLs, port
 * groups, address sets, DHCPv4 and v6, routers with peers, gateway chassis, an HA group
 * and RA configs, routes with BFD, policies, NAT of every type, load balancers with
 * health checks and groups, QoS, meters, CoPP, DNS, static MAC bindings, a mirror, a
 * forwarding group, a generic row), as the real-server tests apply it.
 */
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'

export const ok = <A>(r: E.Either<_.DslError, A>): A => {
  if (E.isLeft(r)) throw new Error(`${r.left.what}: ${r.left.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  return r.right
}

/** `variant` 1 changes something in most values (and drops or adds a few), for update tests. */
export const everything = (owner = 'dsl-everything', variant: 0 | 1 = 0): _.Topology => {
  const v = variant === 1
  // ---- shared values ---------------------------------------------------------------------
  const dhcp4 = ok(_.dhcpOptions({ cidr: '10.0.1.0/24', v4: { server_id: '10.0.1.1', server_mac: '0a:00:00:00:01:01', lease_time: 3600, router: '10.0.1.1', dns_server: ['10.0.1.1'] } }))
  const dhcp6 = ok(_.dhcpOptions({ cidr: 'fd00:1::/64', v6: { server_id: '0a:00:00:00:01:01', dns_server: ['fd00:1::1'], dhcpv6_stateless: true } }))
  const dhcpDb = ok(_.dhcpOptions({ cidr: '10.0.2.0/24', v4: { server_id: '10.0.2.1', server_mac: '0a:00:00:00:02:01', lease_time: 600, router: '10.0.2.1' } }))
  const haGw = ok(_.haChassisGroup({ name: 'ha-gw', chassis: [{ chassisName: 'gw-1', priority: 20 }, { chassisName: v ? 'gw-3' : 'gw-2', priority: 10 }] }))
  const mirrorWeb = ok(_.mirror({ name: 'mirror-web', type: 'gre', sink: '192.0.2.50', filter: 'to-lport', index: v ? 17 : 7 }))
  const mirrorDb = ok(_.mirror({ name: 'mirror-db', type: 'erspan', sink: '192.0.2.51', filter: 'from-lport', index: 8 }))
  const meterCopp = ok(_.meter({ name: 'meter-copp', unit: 'pktps', bands: [{ rate: v ? 200 : 100, burstSize: 10 }] }))
  const meterAcl = ok(_.meter({ name: 'meter-acl', unit: 'pktps', bands: [{ rate: 10 }], fair: true }))
  const coppPolicy = ok(_.copp({ name: 'copp-default', meters: { arp: 'meter-copp', 'icmp4-error': 'meter-copp', ...(v ? { 'tcp-reset': 'meter-acl' } : { reject: 'meter-copp' }) } }))
  const asAllowed = ok(_.addressSet({ name: 'as_allowed', addresses: ['198.51.100.0/24'] }))
  const asExempt = ok(_.addressSet({ name: 'as_exempt', addresses: ['203.0.113.7'] }))
  const lbWeb = ok(
    _.loadBalancer({
      name: 'lb-web',
      protocol: 'tcp',
      vips: { '172.16.0.100:80': v ? ['10.0.1.10:8081', '10.0.1.11:8081'] : ['10.0.1.10:8080', '10.0.1.11:8080'], '[fd00:ff::100]:80': ['[fd00:1::10]:8080', '[fd00:1::11]:8080'] },
      healthChecks: [{ vip: '172.16.0.100:80', options: { interval: v ? 10 : 5, timeout: 20, success_count: 3, failure_count: 3 } }],
      ipPortMappings: { '10.0.1.10': { logicalPort: 'web1', sourceIp: '10.0.1.2' }, '10.0.1.11': { logicalPort: 'web2', sourceIp: '10.0.1.2' } },
      selectionFields: ['ip_src', 'ip_dst'],
      skipSnat: false,
    }),
  )
  const lbDns = ok(_.loadBalancer({ name: 'lb-dns', protocol: 'udp', vips: { '10.96.0.10:53': ['10.0.2.53:53'] }, reject: true }))
  const lbGroup = ok(_.loadBalancerGroup({ name: 'lbg-cluster', loadBalancers: [lbDns] }))
  const dnsWeb = ok(_.dns({ key: 'web', records: { 'web1.example.org': ['10.0.1.10', 'fd00:1::10'], 'web2.example.org': [v ? '10.0.1.12' : '10.0.1.11'], '10.1.0.10.in-addr.arpa': ['web1.example.org'] } }))

  // ---- sw-web: every kind of port ------------------------------------------------------------
  const web1 = ok(
    _.switchPort({
      name: 'web1',
      addresses: ['0a:00:00:00:01:0a 10.0.1.10 fd00:1::10'],
      portSecurity: ['0a:00:00:00:01:0a 10.0.1.10 fd00:1::10'],
      dhcpv4Options: dhcp4,
      dhcpv6Options: dhcp6,
      mirrorRules: [mirrorWeb],
    }),
  )
  const web2 = ok(_.switchPort({ name: 'web2', addresses: ['0a:00:00:00:01:0b 10.0.1.11 fd00:1::11'], portSecurity: ['0a:00:00:00:01:0b 10.0.1.11 fd00:1::11'], dhcpv4Options: dhcp4, dhcpv6Options: dhcp6 }))
  const webCnt = ok(_.switchPort({ name: 'web1-c1', parentName: 'web1', tag: 10, addresses: ['0a:00:00:00:01:1a 10.0.1.30'] }))
  const webVip = ok(_.switchPort({ name: 'web-vip', type: 'virtual', virtualIp: '10.0.1.100', virtualParents: ['web1', 'web2'], addresses: ['0a:00:00:00:01:64 10.0.1.100'] }))
  const webMeta = ok(_.switchPort({ name: 'web-meta', type: 'localport', addresses: ['0a:00:00:00:01:fe 10.0.1.254'] }))
  const webBm = ok(_.switchPort({ name: 'web-bm', type: 'external', addresses: ['0a:00:00:00:01:e0 10.0.1.224'], haChassisGroup: haGw }))
  const webRtr = ok(_.switchPort({ name: 'web-rtr', type: 'router', routerPort: 'lrp-web' }))
  const qosWeb = ok(_.qos({ direction: 'from-lport', priority: 100, match: 'inport == "web1" && ip4', action: { dscp: v ? 34 : 46 }, bandwidth: { rate: 10000, burst: 1000 } }))
  const fgWeb = ok(_.forwardingGroup({ name: 'fg-web', vip: '10.0.1.200', vmac: '0a:00:00:00:01:c8', liveness: true, childPorts: v ? ['web1'] : ['web1', 'web2'] }))
  const swAcl = ok(_.acl({ direction: 'from-lport', priority: 1001, match: 'ip4.src == $as_exempt', action: 'drop', log: true, severity: 'warning', name: 'drop-exempt', meter: 'meter-acl' }))
  const swWeb = ok(
    _.logicalSwitch({
      name: 'sw-web',
      ports: v ? [web1, web2, webVip, webMeta, webBm, webRtr] : [web1, web2, webCnt, webVip, webMeta, webBm, webRtr],
      acls: [swAcl],
      qosRules: [qosWeb],
      loadBalancers: [lbWeb],
      loadBalancerGroups: [lbGroup],
      dnsRecords: [dnsWeb],
      forwardingGroups: [fgWeb],
      copp: coppPolicy,
      otherConfig: { subnet: '10.0.1.0/24' },
    }),
  )

  // ---- sw-db, sw-ext (localnet), sw-l2 (l2gateway), sw-vtep -----------------------------
  const db1 = ok(_.switchPort({ name: 'db1', addresses: ['0a:00:00:00:02:0a 10.0.2.10'], portSecurity: ['0a:00:00:00:02:0a 10.0.2.10'], dhcpv4Options: dhcpDb, mirrorRules: [mirrorDb] }))
  const dbRtr = ok(_.switchPort({ name: 'db-rtr', type: 'router', routerPort: 'lrp-db' }))
  const swDb = ok(_.logicalSwitch({ name: 'sw-db', ports: [db1, dbRtr], loadBalancerGroups: [lbGroup] }))
  const extLn = ok(_.switchPort({ name: 'ext-ln', type: 'localnet', networkName: 'physnet1', tag: 100 }))
  const extRtr = ok(_.switchPort({ name: 'ext-rtr', type: 'router', routerPort: 'lrp-ext' }))
  const ext2Rtr = ok(_.switchPort({ name: 'ext2-rtr', type: 'router', routerPort: 'lrp-ext2' }))
  const swExt = ok(_.logicalSwitch({ name: 'sw-ext', ports: [extLn, extRtr, ext2Rtr] }))
  const l2gw = ok(_.switchPort({ name: 'l2-gw', type: 'l2gateway', l2gatewayChassis: 'gw-1', networkName: 'physnet2', addresses: ['unknown'] }))
  const swL2 = ok(_.logicalSwitch({ name: 'sw-l2', ports: [l2gw] }))
  const vtep = ok(_.switchPort({ name: 'vtep-1', type: 'vtep', vtepPhysicalSwitch: 'tor-1', vtepLogicalSwitch: 'ls-1', addresses: ['unknown'] }))
  const swVtep = ok(_.logicalSwitch({ name: 'sw-vtep', ports: [vtep] }))

  // ---- port groups -----------------------------------------------------------------------
  const pgWeb = ok(
    _.portGroup({
      name: 'pg_web',
      ports: [web1, web2],
      acls: [
        ok(_.acl({ direction: 'to-lport', priority: 1001, match: 'outport == @pg_web && ip4 && tcp.dst == {80, 443}', action: 'allow-related' })),
        ok(_.acl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg_web && ip', action: 'drop' })),
      ],
    }),
  )
  const pgDb = ok(
    _.portGroup({
      name: 'pg_db',
      ports: [db1],
      acls: [
        ok(_.acl({ direction: 'to-lport', priority: 1001, match: 'outport == @pg_db && ip4.src == $pg_web_ip4 && tcp.dst == 5432', action: 'allow-related' })),
        ok(_.acl({ direction: 'to-lport', priority: 1000, match: 'outport == @pg_db && ip', action: 'drop' })),
      ],
    }),
  )

  // ---- routers -------------------------------------------------------------------------------
  const bfdPeer = ok(_.bfd({ logicalPort: 'lrp-peer0', dstIp: '169.254.0.2', minTx: 300, minRx: 300, detectMult: 3 }))
  const lr0 = ok(
    _.logicalRouter({
      name: 'lr0',
      ports: [
        ok(
          _.routerPort({
            name: 'lrp-web',
            mac: '0a:00:00:00:01:01',
            networks: ['10.0.1.1/24', 'fd00:1::1/64'],
            ipv6RaConfigs: { address_mode: 'dhcpv6_stateless', router_preference: 'HIGH', send_periodic: true, max_interval: 300, min_interval: 100, mtu: v ? 1400 : 1450, rdnss: 'fd00:1::1', dnssl: ['example.org'], route_info: [{ preference: 'LOW', prefix: 'fd00:2::/64' }] },
          }),
        ),
        ok(_.routerPort({ name: 'lrp-db', mac: '0a:00:00:00:02:01', networks: ['10.0.2.1/24'], gatewayMtu: 1400 })),
        ok(_.routerPort({ name: 'lrp-ext', mac: '0a:00:00:00:ff:01', networks: ['172.16.0.2/24', 'fd00:ff::2/64'], gatewayChassis: [{ chassisName: 'gw-1', priority: 20 }, { chassisName: 'gw-2', priority: v ? 30 : 10 }] })),
        ok(_.routerPort({ name: 'lrp-peer0', mac: '0a:00:00:00:fe:01', networks: ['169.254.0.1/30'], peer: 'lrp-peer1' })),
      ],
      staticRoutes: [
        ok(_.staticRoute({ ipPrefix: '0.0.0.0/0', nexthop: '172.16.0.1', outputPort: 'lrp-ext' })),
        ok(_.staticRoute({ ipPrefix: '::/0', nexthop: 'fd00:ff::1', outputPort: 'lrp-ext' })),
        ok(_.staticRoute({ ipPrefix: '10.9.0.0/16', nexthop: '169.254.0.2', outputPort: 'lrp-peer0', bfd: bfdPeer })),
        ...(v ? [] : [ok(_.staticRoute({ ipPrefix: '192.0.2.0/24', nexthop: 'discard' }))]),
        ok(_.staticRoute({ ipPrefix: '10.0.2.0/24', nexthop: '172.16.0.254', policy: 'src-ip', outputPort: 'lrp-ext' })),
        ok(_.staticRoute({ ipPrefix: '10.8.0.0/16', nexthop: '172.16.0.253', routeTable: 'rtb-db', outputPort: 'lrp-ext' })),
      ],
      policies: [
        ok(_.routerPolicy({ priority: 1000, match: 'ip4.src == 10.0.2.0/24 && ip4.dst == 10.0.1.0/24', action: 'allow' })),
        ok(_.routerPolicy({ priority: v ? 950 : 900, match: 'ip4.dst == 198.18.0.0/15', action: 'drop' })),
        ok(_.routerPolicy({ priority: 800, match: 'ip4.src == 10.0.1.0/24 && ip4.dst == 10.9.0.0/16', action: 'reroute', nexthops: ['169.254.0.2'], pktMark: 100 })),
      ],
      nat: [
        ok(_.nat({ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', externalPortRange: '1024-65535' })),
        ok(_.nat({ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.2.10', exemptedExtIps: asExempt })),
        ok(_.nat({ type: 'dnat_and_snat', externalIp: '172.16.0.11', logicalIp: '10.0.1.10', logicalPort: 'web1', externalMac: '0a:00:00:00:ac:0b', allowedExtIps: asAllowed })),
        ok(v ? _.nat({ type: 'dnat', externalIp: '172.16.0.14', logicalIp: '10.0.1.11' }) : _.nat({ type: 'dnat_and_snat', externalIp: '172.16.0.13', logicalIp: '10.0.1.11', stateless: true })),
      ],
      loadBalancers: [lbWeb],
      loadBalancerGroups: [lbGroup],
      copp: coppPolicy,
      options: { always_learn_from_arp_request: 'false' },
      externalIds: { purpose: 'test' },
    }),
  )
  const lr1 = ok(
    _.logicalRouter({
      name: 'lr1',
      ports: [
        ok(_.routerPort({ name: 'lrp-peer1', mac: '0a:00:00:00:fe:02', networks: ['169.254.0.2/30'], peer: 'lrp-peer0' })),
        ok(_.routerPort({ name: 'lrp-ext2', mac: '0a:00:00:00:ff:02', networks: ['172.16.0.3/24'], haChassisGroup: haGw })),
      ],
      staticRoutes: [ok(_.staticRoute({ ipPrefix: '10.0.0.0/16', nexthop: '169.254.0.1' }))],
      nat: [ok(_.nat({ type: 'snat', externalIp: '172.16.0.3', logicalIp: '10.9.0.0/16' }))],
      dynamicNeighRouters: true,
      enabled: true,
    }),
  )

  return ok(
    _.topology({
      owner,
      switches: v ? [swWeb, swDb, swExt, swVtep] : [swWeb, swDb, swExt, swL2, swVtep],
      routers: [lr0, lr1],
      portGroups: [pgWeb, pgDb],
      addressSets: [asAllowed],
      loadBalancers: [lbWeb],
      meters: [meterCopp, meterAcl],
      haChassisGroups: [haGw],
      staticMacBindings: [ok(_.staticMacBinding({ logicalPort: 'lrp-ext', ip: '172.16.0.1', mac: v ? '0a:00:00:00:ac:02' : '0a:00:00:00:ac:01', overrideDynamicMac: true }))],
      bfds: [bfdPeer],
      dns: [dnsWeb],
      rows: [ok(_.row('Chassis_Template_Var', 'hv-1', { chassis: 'hv-1', variables: new Map([['LB_VIP', v ? '172.16.0.201' : '172.16.0.200']]), external_ids: new Map([['role', 'test']]) }))],
    }),
  )
}
