/**
 * A VM's network attachment as one value, and its live-migration lifecycle as pure
 * functions of it. A virtualization-aware controller (KubeVirt on OVN) keeps a VM's MAC,
 * addresses and gateway stable for its whole life, and hands the guest its addresses,
 * gateway, DNS, MTU and routes by DHCP instead of cloud-init:
 *
 * - the VM's Logical_Switch_Port: `addresses` and `port_security` from the MAC and the
 *   addresses (the guest cannot spoof another), `options:requested-chassis` where it runs;
 * - its DHCPv4 options (a DHCP_Options row of its own, keyed by the VM: `router` is the
 *   gateway, `server_id` and `server_mac` the gateway's too, `hostname` the VM's name,
 *   `lease_time`, `dns_server`, `mtu`, `classless_static_route`), and its DHCPv6 options
 *   (`server_id` the gateway's MAC, `dns_server`, `domain_search`);
 * - the gateway: a {@link VmGateway} value ({@link vmGateway}: the router port's address,
 *   or a link-local address answered by `arp_proxy`, and its router advertisements) or
 *   a router port's MAC and addresses; neither changes when the VM moves (the router
 *   port is distributed: every chassis answers for it).
 *
 * The port and the DHCP_Options rows carry `external_ids:ovn-nb/vm` = the VM's name
 * ({@link VM_KEY}), so that {@link vmGc} tells them from the controller's other rows.
 *
 * Live migration, as OVN does it (`requested-chassis` listing both chassis, activation
 * by the destination's first RARP): {@link beginMigration}, {@link completeMigration},
 * {@link abortMigration} — each changes keys of the port's `options` only, so its plan
 * is one key-level `mutate` of one row.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { Cidr, Ip, Ipv4, Ipv6, Mac } from '../nb/net/index.js'
import { checkName, dslError, Problems, type DslError } from '../nb/dsl/common.js'
import { dhcpOptions, type DhcpOptions, type DhcpRoute } from '../nb/dsl/dhcp.js'
import { switchPort, type SwitchPort } from '../nb/dsl/switch.js'
import { slaacAddress, type VmGateway } from './gateway.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link vmNetwork} takes: the VM, its stable identity on the network, where it
 * runs, its gateway, and what DHCP tells it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmNetworkInput } from 'ovn-nb/virt'
 * const vm: VmNetworkInput = {
 *   name: 'vm-a', mac: '0a:58:0a:0a:00:0a', ipv4: '10.10.0.10/24', chassis: 'node1',
 *   gateway: { mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1' },
 *   dhcpv4: { dns: ['10.10.0.2'], mtu: 1400 },
 * }
 */
export interface VmNetworkInput {
  /** The VM, and the name of its Logical_Switch_Port (the `iface-id` its tap carries). */
  readonly name: string
  readonly mac: string
  /** Its IPv4 address with the subnet's prefix length, e.g. `10.10.0.10/24`. */
  readonly ipv4?: string | undefined
  /**
   * Its IPv6 address with the prefix length, e.g. `fd00:10::10/64`. Left out with a
   * {@link VmGateway} advertising `slaac`: the address the guest forms from its MAC
   * ({@link slaacAddress}).
   */
  readonly ipv6?: string | undefined
  /** The chassis (system-id) the VM runs on. */
  readonly chassis: string
  /**
   * The gateway: a {@link VmGateway} (the router port and the switch's port to it, built
   * by {@link vmGateway}: its link-local address and routes, its SLAAC prefix), or the MAC
   * and addresses of a router port the caller builds. Stable through migrations: a
   * distributed router port answers on every chassis.
   */
  readonly gateway: VmGateway | { readonly mac: string; readonly ipv4?: string | undefined; readonly ipv6?: string | undefined }
  /** DHCPv4 for the IPv4 address (absent: no DHCPv4 options). */
  readonly dhcpv4?:
    | {
        readonly dns?: ReadonlyArray<string> | undefined
        readonly mtu?: number | undefined
        /** Default: the VM's name. */
        readonly hostname?: string | undefined
        /** Seconds (default 3600). */
        readonly leaseTime?: number | undefined
        /** Classless static routes (the default route through the gateway is `router`). */
        readonly routes?: ReadonlyArray<DhcpRoute> | undefined
      }
    | undefined
  /** DHCPv6 for the IPv6 address (absent: no DHCPv6 options). */
  readonly dhcpv6?: { readonly dns?: ReadonlyArray<string> | undefined; readonly domainSearch?: string | undefined } | undefined
}

/**
 * A VM's network attachment by value: its port and DHCP options (ready for a switch and
 * a topology), where it runs, and the migration under way, if any.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmNetwork } from 'ovn-nb/virt'
 * const where = (vm: VmNetwork): string => vm.migration === undefined ? vm.chassis : `${vm.chassis} -> ${vm.migration.target}`
 */
export interface VmNetwork {
  readonly _tag: 'VmNetwork'
  readonly input: VmNetworkInput
  /** The chassis it runs on (the source, during a migration). */
  readonly chassis: string
  readonly migration?: { readonly target: string }
  readonly port: SwitchPort
  readonly dhcpv4?: DhcpOptions
  readonly dhcpv6?: DhcpOptions
}

/**
 * The `external_ids` key that marks a VM's port and DHCP_Options rows with the VM's
 * name: how {@link vmGc} tells a VM's rows from the controller's other rows (the
 * switch's router port, a localnet port) in the same tables.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { VM_KEY } from 'ovn-nb/virt'
 * VM_KEY // 'ovn-nb/vm'
 */
export const VM_KEY = 'ovn-nb/vm'

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const addressOf = (p: Problems, path: string, text: string | undefined, family: 4 | 6): { readonly ip: string; readonly cidr: string } | undefined => {
  if (text === undefined) return undefined
  if (typeof text !== 'string' || !text.includes('/')) return p.add(path, 'must be an address with its prefix length, e.g. 10.0.0.10/24', 'invalid_value'), undefined
  const [address, length] = text.split('/') as [string, string]
  const ip = p.take<Ip.Ip>(path, family === 4 ? Ipv4.parse(address) : Ipv6.parse(address))
  if (ip === undefined) return undefined
  const c = Cidr.containing(ip, Number(length))
  if (c._tag === 'None') return p.add(path, `"/${length}" is not a prefix length`, 'invalid_value'), undefined
  return { ip: Ip.print(ip), cidr: Cidr.print(c.value) }
}

const build = (input: VmNetworkInput, chassis: string, migration: { readonly target: string } | undefined): E.Either<DslError, VmNetwork> => {
  const p = new Problems('vmNetwork', input)
  if (typeof input !== 'object' || input === null) return p.add('', 'must be an object', 'invalid_type'), p.result(() => input as never)
  checkName(p, 'name', input.name)
  checkName(p, 'chassis', chassis)
  const gw = input.gateway as Partial<VmGateway> | undefined
  const value = gw?._tag === 'VmGateway' ? (gw as VmGateway) : undefined
  const mac = p.take('mac', Mac.parse(typeof input.mac === 'string' ? input.mac : ''))
  const gwMac = p.take('gateway.mac', Mac.parse(typeof gw?.mac === 'string' ? gw.mac : ''))
  // a SLAAC gateway: the VM's IPv6 address is the one its guest forms from its MAC
  const slaac = value?.routerPort.ipv6RaConfigs['address_mode'] === 'slaac' && mac !== undefined ? slaacAddress(value, input.mac) : undefined
  const ipv6 = input.ipv6 ?? slaac
  const v4 = addressOf(p, 'ipv4', input.ipv4, 4)
  const v6 = addressOf(p, 'ipv6', ipv6, 6)
  if (input.ipv4 === undefined && ipv6 === undefined) p.add('', 'needs an IPv4 or an IPv6 address', 'required')
  if (value?.ipv4Subnet !== undefined && v4 !== undefined && v4.cidr !== value.ipv4Subnet) p.add('ipv4', `is not in the gateway's subnet ${value.ipv4Subnet}`, 'out_of_range')
  if (value?.ipv6Subnet !== undefined && v6 !== undefined && v6.cidr !== value.ipv6Subnet) p.add('ipv6', `is not in the gateway's subnet ${value.ipv6Subnet}`, 'out_of_range')
  if (input.dhcpv4 !== undefined && input.ipv4 === undefined) p.add('dhcpv4', 'needs an IPv4 address', 'required')
  if (input.dhcpv4 !== undefined && gw?.ipv4 === undefined) p.add('gateway.ipv4', 'DHCPv4 needs the gateway\'s IPv4 address', 'required')
  if (input.dhcpv6 !== undefined && ipv6 === undefined) p.add('dhcpv6', 'needs an IPv6 address', 'required')
  if (p.list.length > 0) return p.result(() => input as never)
  const macText = Mac.print(mac!)
  const gwMacText = Mac.print(gwMac!)
  const routes = [
    ...(value?.linkLocal !== undefined
      ? [
          { prefix: `${value.linkLocal}/32`, nexthop: '0.0.0.0' },
          { prefix: '0.0.0.0/0', nexthop: value.linkLocal },
        ]
      : []),
    ...(input.dhcpv4?.routes ?? []),
  ]
  const entry = [macText, ...(v4 !== undefined ? [v4.ip] : []), ...(v6 !== undefined ? [v6.ip] : [])].join(' ')
  const d4 =
    input.dhcpv4 === undefined || v4 === undefined
      ? undefined
      : p.take(
          'dhcpv4',
          dhcpOptions({
            key: `vm:${input.name}:v4`,
            cidr: v4.cidr,
            externalIds: { [VM_KEY]: input.name },
            v4: {
              server_id: gw!.ipv4!,
              server_mac: gwMacText,
              // a link-local gateway: on-link by a /32 route, the default route through it
              // (with option 121 a guest ignores option 3, RFC 3442)
              router: value?.linkLocal ?? gw!.ipv4!,
              lease_time: input.dhcpv4.leaseTime ?? 3600,
              hostname: input.dhcpv4.hostname ?? input.name,
              ...(input.dhcpv4.dns !== undefined ? { dns_server: input.dhcpv4.dns } : {}),
              ...(input.dhcpv4.mtu !== undefined ? { mtu: input.dhcpv4.mtu } : {}),
              ...(routes.length > 0 ? { classless_static_route: routes } : {}),
            },
          }),
        )
  const d6 =
    input.dhcpv6 === undefined || v6 === undefined
      ? undefined
      : p.take(
          'dhcpv6',
          dhcpOptions({
            key: `vm:${input.name}:v6`,
            cidr: v6.cidr,
            externalIds: { [VM_KEY]: input.name },
            v6: {
              server_id: gwMacText,
              ...(input.dhcpv6.dns !== undefined ? { dns_server: input.dhcpv6.dns } : {}),
              ...(input.dhcpv6.domainSearch !== undefined ? { domain_search: input.dhcpv6.domainSearch } : {}),
            },
          }),
        )
  const port = p.take(
    'port',
    switchPort({
      name: input.name,
      addresses: [entry],
      portSecurity: [entry],
      externalIds: { [VM_KEY]: input.name },
      requestedChassis: migration === undefined ? chassis : `${chassis},${migration.target}`,
      ...(migration !== undefined ? { activationStrategy: 'rarp' as const } : {}),
      ...(d4 !== undefined ? { dhcpv4Options: d4 } : {}),
      ...(d6 !== undefined ? { dhcpv6Options: d6 } : {}),
    }),
  )
  return p.result(() => ({
    _tag: 'VmNetwork' as const,
    input,
    chassis,
    ...(migration !== undefined ? { migration } : {}),
    port: port!,
    ...(d4 !== undefined ? { dhcpv4: d4 } : {}),
    ...(d6 !== undefined ? { dhcpv6: d6 } : {}),
  }))
}

/**
 * A VM's network attachment, checked: every problem with its path, before any I/O.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { vmNetwork } from 'ovn-nb/virt'
 * const vm = vmNetwork({ name: 'vm-a', mac: '0a:58:0a:0a:00:0a', ipv4: '10.10.0.10/24', chassis: 'node1', gateway: { mac: '0a:58:0a:0a:00:01', ipv4: '10.10.0.1' }, dhcpv4: {} })
 * // Right({ _tag: 'VmNetwork', chassis: 'node1', port: { name: 'vm-a', options: { 'requested-chassis': 'node1' }, ... }, dhcpv4: { ... } })
 */
export const vmNetwork = (input: VmNetworkInput): E.Either<DslError, VmNetwork> => build(input, input?.chassis, undefined)

// -------------------------------------------------------------------------------------
// the migration lifecycle
// -------------------------------------------------------------------------------------

/**
 * Starts a live migration to `target`: the port is requested on both chassis
 * (`requested-chassis=source,target`) and the target activates on the VM's first RARP
 * (`activation-strategy=rarp`). The VM keeps its addresses and gateway.
 *
 * @category migration
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { beginMigration, type VmNetwork } from 'ovn-nb/virt'
 * declare const vm: VmNetwork
 * const moving = beginMigration(vm, 'node2') // port options: requested-chassis "node1,node2", activation-strategy "rarp"
 */
export const beginMigration = (vm: VmNetwork, target: string): E.Either<DslError, VmNetwork> => {
  if (vm.migration !== undefined) return refused('beginMigration', vm, 'target', `already migrating to "${vm.migration.target}"`)
  if (target === vm.chassis) return refused('beginMigration', vm, 'target', `the VM already runs on "${target}"`)
  return build(vm.input, vm.chassis, { target })
}

/**
 * Ends a live migration: the VM runs on the target alone (`requested-chassis=target`,
 * no activation strategy).
 *
 * @category migration
 * @since 0.1.0
 * @example
 * import { completeMigration, type VmNetwork } from 'ovn-nb/virt'
 * declare const moving: VmNetwork
 * const moved = completeMigration(moving) // port options: requested-chassis "node2"
 */
export const completeMigration = (vm: VmNetwork): E.Either<DslError, VmNetwork> =>
  vm.migration === undefined ? refused('completeMigration', vm, '', 'no migration under way') : build(vm.input, vm.migration.target, undefined)

/**
 * Gives up a live migration: the VM stays on its source (`requested-chassis=source`).
 *
 * @category migration
 * @since 0.1.0
 * @example
 * import { abortMigration, type VmNetwork } from 'ovn-nb/virt'
 * declare const moving: VmNetwork
 * const stayed = abortMigration(moving) // port options: requested-chassis "node1"
 */
export const abortMigration = (vm: VmNetwork): E.Either<DslError, VmNetwork> =>
  vm.migration === undefined ? refused('abortMigration', vm, '', 'no migration under way') : build(vm.input, vm.chassis, undefined)

const refused = (what: string, vm: VmNetwork, path: string, message: string): E.Either<DslError, VmNetwork> =>
  E.left(dslError(what, [{ path: path === '' ? [] : [path], code: 'invalid_value', message }], vm.input.name))
