/**
 * How the engine recognizes OVN Northbound rows: the identity rule of every NB table,
 * as data. Tables with a schema index use it; the others use the natural key a person
 * would use (a logical switch by name, an ACL by where it hangs, its direction,
 * priority and match, a static route by router, prefix, next hop, policy and route
 * table, a NAT rule by router, type and addresses), or, where nothing natural exists
 * (DHCP_Options, DNS), the id the engine records in `external_ids`.
 *
 * @module
 */
import type { IdentityRules } from '../ovsdb/identity.js'

/**
 * The identity rules of the OVN Northbound tables. Pass your own to override any of
 * them (`{ ...nbIdentity, ACL: { columns: ['name'], parent: true } }`).
 *
 * | table | identity |
 * |---|---|
 * | Logical_Switch, Logical_Router, Load_Balancer, DHCP_Relay | `name` |
 * | Logical_Switch_Port, Logical_Router_Port, Port_Group, Address_Set, Meter, HA_Chassis_Group, Load_Balancer_Group, Copp, Mirror, Gateway_Chassis | `name` (schema index) |
 * | ACL, QoS | parent + `direction` + `priority` + `match` |
 * | Logical_Router_Static_Route | parent + `ip_prefix` + `nexthop` + `policy` + `route_table` |
 * | Logical_Router_Policy | parent + `priority` + `match` |
 * | NAT | parent + `type` + `external_ip` + `logical_ip` |
 * | HA_Chassis | parent + `chassis_name` |
 * | Meter_Band | parent + `action` + `rate` + `burst_size` |
 * | Forwarding_Group | parent + `name` |
 * | Load_Balancer_Health_Check | parent + `vip` |
 * | BFD | `logical_port` + `dst_ip` (schema index) |
 * | Static_MAC_Binding | `logical_port` + `ip` (schema index) |
 * | DHCP_Options, DNS | owner + the desired id kept in `external_ids` |
 * | NB_Global | the one row |
 *
 * @category identity
 * @since 0.1.0
 * @example
 * import { nbIdentity } from 'ovn-nb'
 * nbIdentity.ACL // { columns: ['direction', 'priority', 'match'], parent: true }
 */
export const nbIdentity: IdentityRules = {
  Logical_Switch: { columns: ['name'] },
  Logical_Router: { columns: ['name'] },
  Load_Balancer: { columns: ['name'] },
  DHCP_Relay: { columns: ['name'] },
  Logical_Switch_Port: { columns: ['name'] },
  Logical_Router_Port: { columns: ['name'] },
  Port_Group: { columns: ['name'] },
  Address_Set: { columns: ['name'] },
  Meter: { columns: ['name'] },
  HA_Chassis_Group: { columns: ['name'] },
  Load_Balancer_Group: { columns: ['name'] },
  Copp: { columns: ['name'] },
  Mirror: { columns: ['name'] },
  Gateway_Chassis: { columns: ['name'] },
  ACL: { columns: ['direction', 'priority', 'match'], parent: true },
  QoS: { columns: ['direction', 'priority', 'match'], parent: true },
  Logical_Router_Static_Route: { columns: ['ip_prefix', 'nexthop', 'policy', 'route_table'], parent: true },
  Logical_Router_Policy: { columns: ['priority', 'match'], parent: true },
  NAT: { columns: ['type', 'external_ip', 'logical_ip'], parent: true },
  HA_Chassis: { columns: ['chassis_name'], parent: true },
  Meter_Band: { columns: ['action', 'rate', 'burst_size'], parent: true },
  Forwarding_Group: { columns: ['name'], parent: true },
  Load_Balancer_Health_Check: { columns: ['vip'], parent: true },
  BFD: { columns: ['logical_port', 'dst_ip'] },
  Static_MAC_Binding: { columns: ['logical_port', 'ip'] },
  DHCP_Options: { key: 'id' },
  DNS: { key: 'id' },
  NB_Global: { columns: [] },
}
