/**
 * Which columns of each table the export maps to fields of the plain data, which it
 * never exports, and which tables are not a network's topology. Internal to the export.
 *
 * @module
 */

/** The columns each exported table maps to fields; any other column with a value is reported. */
export const MODELED: Readonly<Record<string, ReadonlySet<string>>> = {
  Logical_Switch: new Set(['name', 'ports', 'acls', 'qos_rules', 'dns_records', 'load_balancer', 'load_balancer_group', 'forwarding_groups', 'copp', 'other_config', 'external_ids']),
  QoS: new Set(['direction', 'priority', 'match', 'action', 'bandwidth', 'external_ids']),
  DNS: new Set(['records', 'external_ids']),
  Logical_Switch_Port: new Set(['name', 'type', 'addresses', 'port_security', 'dhcpv4_options', 'dhcpv6_options', 'tag', 'tag_request', 'parent_name', 'enabled', 'ha_chassis_group', 'mirror_rules', 'options', 'external_ids', 'up', 'dynamic_addresses']),
  Logical_Router: new Set(['name', 'ports', 'static_routes', 'policies', 'nat', 'load_balancer', 'load_balancer_group', 'copp', 'enabled', 'options', 'external_ids']),
  Logical_Router_Port: new Set(['name', 'mac', 'networks', 'peer', 'gateway_chassis', 'ha_chassis_group', 'ipv6_ra_configs', 'ipv6_prefix', 'enabled', 'options', 'external_ids']),
  ACL: new Set(['direction', 'priority', 'match', 'action', 'log', 'severity', 'meter', 'name', 'label', 'options', 'external_ids']),
  NAT: new Set(['type', 'external_ip', 'logical_ip', 'logical_port', 'external_mac', 'external_port_range', 'gateway_port', 'allowed_ext_ips', 'exempted_ext_ips', 'options', 'external_ids']),
  Logical_Router_Static_Route: new Set(['ip_prefix', 'nexthop', 'policy', 'route_table', 'output_port', 'bfd', 'options', 'external_ids']),
  Logical_Router_Policy: new Set(['priority', 'match', 'action', 'nexthops', 'options', 'external_ids']),
  Port_Group: new Set(['name', 'ports', 'acls', 'external_ids']),
  Address_Set: new Set(['name', 'addresses', 'external_ids']),
  DHCP_Options: new Set(['cidr', 'options', 'external_ids']),
  Load_Balancer: new Set(['name', 'vips', 'protocol', 'health_check', 'ip_port_mappings', 'selection_fields', 'options', 'external_ids']),
  Load_Balancer_Health_Check: new Set(['vip', 'options', 'external_ids']),
  Load_Balancer_Group: new Set(['name', 'load_balancer']),
  Gateway_Chassis: new Set(['name', 'chassis_name', 'priority', 'external_ids']),
  HA_Chassis_Group: new Set(['name', 'ha_chassis', 'external_ids']),
  HA_Chassis: new Set(['chassis_name', 'priority', 'external_ids']),
  Meter: new Set(['name', 'unit', 'bands', 'fair', 'external_ids']),
  Meter_Band: new Set(['action', 'rate', 'burst_size', 'external_ids']),
  Copp: new Set(['name', 'meters', 'external_ids']),
  // status is ovn-northd's (the session's state), not configuration
  BFD: new Set(['logical_port', 'dst_ip', 'min_tx', 'min_rx', 'detect_mult', 'options', 'external_ids', 'status']),
  Mirror: new Set(['name', 'type', 'sink', 'filter', 'index', 'external_ids']),
  Forwarding_Group: new Set(['name', 'vip', 'vmac', 'liveness', 'child_port', 'external_ids']),
  Static_MAC_Binding: new Set(['logical_port', 'ip', 'mac', 'override_dynamic_mac']),
}

/** Columns ovn-northd writes: state, not configuration, never exported. */
export const STATE: ReadonlySet<string> = new Set(['BFD.status', 'Logical_Switch_Port.up', 'Logical_Switch_Port.dynamic_addresses'])

/** Tables whose rows are never part of a network's topology: the server's and ovn-northd's own. */
export const NOT_TOPOLOGY: ReadonlySet<string> = new Set(['NB_Global', 'Connection', 'SSL'])
