// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * The OVN_Northbound 7.19.0 model: one namespace per table (its `Row`, `Insert`, `Update`,
 * codecs and `table` metadata), and maps over all tables.
 *
 * Versions recorded by `since`: 7.0.0, 7.3.0, 7.6.0, 7.11.0, 7.12.0, 7.18.0, 7.19.0.
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'
import * as ACL from './ACL.js'
import * as Address_Set from './Address_Set.js'
import * as BFD from './BFD.js'
import * as Chassis_Template_Var from './Chassis_Template_Var.js'
import * as Connection from './Connection.js'
import * as Copp from './Copp.js'
import * as DHCP_Options from './DHCP_Options.js'
import * as DHCP_Relay from './DHCP_Relay.js'
import * as DNS from './DNS.js'
import * as Forwarding_Group from './Forwarding_Group.js'
import * as Gateway_Chassis from './Gateway_Chassis.js'
import * as HA_Chassis from './HA_Chassis.js'
import * as HA_Chassis_Group from './HA_Chassis_Group.js'
import * as Load_Balancer from './Load_Balancer.js'
import * as Load_Balancer_Group from './Load_Balancer_Group.js'
import * as Load_Balancer_Health_Check from './Load_Balancer_Health_Check.js'
import * as Logical_Router from './Logical_Router.js'
import * as Logical_Router_Policy from './Logical_Router_Policy.js'
import * as Logical_Router_Port from './Logical_Router_Port.js'
import * as Logical_Router_Static_Route from './Logical_Router_Static_Route.js'
import * as Logical_Switch from './Logical_Switch.js'
import * as Logical_Switch_Port from './Logical_Switch_Port.js'
import * as Logical_Switch_Port_Health_Check from './Logical_Switch_Port_Health_Check.js'
import * as Meter from './Meter.js'
import * as Meter_Band from './Meter_Band.js'
import * as Mirror from './Mirror.js'
import * as Mirror_Rule from './Mirror_Rule.js'
import * as NAT from './NAT.js'
import * as NB_Global from './NB_Global.js'
import * as Network_Function from './Network_Function.js'
import * as Network_Function_Group from './Network_Function_Group.js'
import * as Network_Function_Health_Check from './Network_Function_Health_Check.js'
import * as Port_Group from './Port_Group.js'
import * as QoS from './QoS.js'
import * as SSL from './SSL.js'
import * as Sample from './Sample.js'
import * as Sample_Collector from './Sample_Collector.js'
import * as Sampling_App from './Sampling_App.js'
import * as Static_MAC_Binding from './Static_MAC_Binding.js'

export {
  ACL,
  Address_Set,
  BFD,
  Chassis_Template_Var,
  Connection,
  Copp,
  DHCP_Options,
  DHCP_Relay,
  DNS,
  Forwarding_Group,
  Gateway_Chassis,
  HA_Chassis,
  HA_Chassis_Group,
  Load_Balancer,
  Load_Balancer_Group,
  Load_Balancer_Health_Check,
  Logical_Router,
  Logical_Router_Policy,
  Logical_Router_Port,
  Logical_Router_Static_Route,
  Logical_Switch,
  Logical_Switch_Port,
  Logical_Switch_Port_Health_Check,
  Meter,
  Meter_Band,
  Mirror,
  Mirror_Rule,
  NAT,
  NB_Global,
  Network_Function,
  Network_Function_Group,
  Network_Function_Health_Check,
  Port_Group,
  QoS,
  SSL,
  Sample,
  Sample_Collector,
  Sampling_App,
  Static_MAC_Binding,
}

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Every table’s row type, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type R = db.Rows['ACL']
 */
export interface Rows {
  readonly ACL: ACL.Row
  readonly Address_Set: Address_Set.Row
  readonly BFD: BFD.Row
  readonly Chassis_Template_Var: Chassis_Template_Var.Row
  readonly Connection: Connection.Row
  readonly Copp: Copp.Row
  readonly DHCP_Options: DHCP_Options.Row
  readonly DHCP_Relay: DHCP_Relay.Row
  readonly DNS: DNS.Row
  readonly Forwarding_Group: Forwarding_Group.Row
  readonly Gateway_Chassis: Gateway_Chassis.Row
  readonly HA_Chassis: HA_Chassis.Row
  readonly HA_Chassis_Group: HA_Chassis_Group.Row
  readonly Load_Balancer: Load_Balancer.Row
  readonly Load_Balancer_Group: Load_Balancer_Group.Row
  readonly Load_Balancer_Health_Check: Load_Balancer_Health_Check.Row
  readonly Logical_Router: Logical_Router.Row
  readonly Logical_Router_Policy: Logical_Router_Policy.Row
  readonly Logical_Router_Port: Logical_Router_Port.Row
  readonly Logical_Router_Static_Route: Logical_Router_Static_Route.Row
  readonly Logical_Switch: Logical_Switch.Row
  readonly Logical_Switch_Port: Logical_Switch_Port.Row
  readonly Logical_Switch_Port_Health_Check: Logical_Switch_Port_Health_Check.Row
  readonly Meter: Meter.Row
  readonly Meter_Band: Meter_Band.Row
  readonly Mirror: Mirror.Row
  readonly Mirror_Rule: Mirror_Rule.Row
  readonly NAT: NAT.Row
  readonly NB_Global: NB_Global.Row
  readonly Network_Function: Network_Function.Row
  readonly Network_Function_Group: Network_Function_Group.Row
  readonly Network_Function_Health_Check: Network_Function_Health_Check.Row
  readonly Port_Group: Port_Group.Row
  readonly QoS: QoS.Row
  readonly SSL: SSL.Row
  readonly Sample: Sample.Row
  readonly Sample_Collector: Sample_Collector.Row
  readonly Sampling_App: Sampling_App.Row
  readonly Static_MAC_Binding: Static_MAC_Binding.Row
}

/**
 * Every table’s insert shape, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type I = db.Inserts['ACL']
 */
export interface Inserts {
  readonly ACL: ACL.Insert
  readonly Address_Set: Address_Set.Insert
  readonly BFD: BFD.Insert
  readonly Chassis_Template_Var: Chassis_Template_Var.Insert
  readonly Connection: Connection.Insert
  readonly Copp: Copp.Insert
  readonly DHCP_Options: DHCP_Options.Insert
  readonly DHCP_Relay: DHCP_Relay.Insert
  readonly DNS: DNS.Insert
  readonly Forwarding_Group: Forwarding_Group.Insert
  readonly Gateway_Chassis: Gateway_Chassis.Insert
  readonly HA_Chassis: HA_Chassis.Insert
  readonly HA_Chassis_Group: HA_Chassis_Group.Insert
  readonly Load_Balancer: Load_Balancer.Insert
  readonly Load_Balancer_Group: Load_Balancer_Group.Insert
  readonly Load_Balancer_Health_Check: Load_Balancer_Health_Check.Insert
  readonly Logical_Router: Logical_Router.Insert
  readonly Logical_Router_Policy: Logical_Router_Policy.Insert
  readonly Logical_Router_Port: Logical_Router_Port.Insert
  readonly Logical_Router_Static_Route: Logical_Router_Static_Route.Insert
  readonly Logical_Switch: Logical_Switch.Insert
  readonly Logical_Switch_Port: Logical_Switch_Port.Insert
  readonly Logical_Switch_Port_Health_Check: Logical_Switch_Port_Health_Check.Insert
  readonly Meter: Meter.Insert
  readonly Meter_Band: Meter_Band.Insert
  readonly Mirror: Mirror.Insert
  readonly Mirror_Rule: Mirror_Rule.Insert
  readonly NAT: NAT.Insert
  readonly NB_Global: NB_Global.Insert
  readonly Network_Function: Network_Function.Insert
  readonly Network_Function_Group: Network_Function_Group.Insert
  readonly Network_Function_Health_Check: Network_Function_Health_Check.Insert
  readonly Port_Group: Port_Group.Insert
  readonly QoS: QoS.Insert
  readonly SSL: SSL.Insert
  readonly Sample: Sample.Insert
  readonly Sample_Collector: Sample_Collector.Insert
  readonly Sampling_App: Sampling_App.Insert
  readonly Static_MAC_Binding: Static_MAC_Binding.Insert
}

/**
 * Every table’s update shape, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type U = db.Updates['ACL']
 */
export interface Updates {
  readonly ACL: ACL.Update
  readonly Address_Set: Address_Set.Update
  readonly BFD: BFD.Update
  readonly Chassis_Template_Var: Chassis_Template_Var.Update
  readonly Connection: Connection.Update
  readonly Copp: Copp.Update
  readonly DHCP_Options: DHCP_Options.Update
  readonly DHCP_Relay: DHCP_Relay.Update
  readonly DNS: DNS.Update
  readonly Forwarding_Group: Forwarding_Group.Update
  readonly Gateway_Chassis: Gateway_Chassis.Update
  readonly HA_Chassis: HA_Chassis.Update
  readonly HA_Chassis_Group: HA_Chassis_Group.Update
  readonly Load_Balancer: Load_Balancer.Update
  readonly Load_Balancer_Group: Load_Balancer_Group.Update
  readonly Load_Balancer_Health_Check: Load_Balancer_Health_Check.Update
  readonly Logical_Router: Logical_Router.Update
  readonly Logical_Router_Policy: Logical_Router_Policy.Update
  readonly Logical_Router_Port: Logical_Router_Port.Update
  readonly Logical_Router_Static_Route: Logical_Router_Static_Route.Update
  readonly Logical_Switch: Logical_Switch.Update
  readonly Logical_Switch_Port: Logical_Switch_Port.Update
  readonly Logical_Switch_Port_Health_Check: Logical_Switch_Port_Health_Check.Update
  readonly Meter: Meter.Update
  readonly Meter_Band: Meter_Band.Update
  readonly Mirror: Mirror.Update
  readonly Mirror_Rule: Mirror_Rule.Update
  readonly NAT: NAT.Update
  readonly NB_Global: NB_Global.Update
  readonly Network_Function: Network_Function.Update
  readonly Network_Function_Group: Network_Function_Group.Update
  readonly Network_Function_Health_Check: Network_Function_Health_Check.Update
  readonly Port_Group: Port_Group.Update
  readonly QoS: QoS.Update
  readonly SSL: SSL.Update
  readonly Sample: Sample.Update
  readonly Sample_Collector: Sample_Collector.Update
  readonly Sampling_App: Sampling_App.Update
  readonly Static_MAC_Binding: Static_MAC_Binding.Update
}

/**
 * The name of a table of OVN_Northbound.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * const t: db.TableName = 'ACL'
 */
export type TableName = keyof Rows

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * The OVN_Northbound model: name, version and every table’s metadata.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * db.model.version // '7.19.0'
 */
export const model: rt.DatabaseModel<TableName> = {
  name: 'OVN_Northbound',
  version: '7.19.0',
  tables: {
    ACL: ACL.table,
    Address_Set: Address_Set.table,
    BFD: BFD.table,
    Chassis_Template_Var: Chassis_Template_Var.table,
    Connection: Connection.table,
    Copp: Copp.table,
    DHCP_Options: DHCP_Options.table,
    DHCP_Relay: DHCP_Relay.table,
    DNS: DNS.table,
    Forwarding_Group: Forwarding_Group.table,
    Gateway_Chassis: Gateway_Chassis.table,
    HA_Chassis: HA_Chassis.table,
    HA_Chassis_Group: HA_Chassis_Group.table,
    Load_Balancer: Load_Balancer.table,
    Load_Balancer_Group: Load_Balancer_Group.table,
    Load_Balancer_Health_Check: Load_Balancer_Health_Check.table,
    Logical_Router: Logical_Router.table,
    Logical_Router_Policy: Logical_Router_Policy.table,
    Logical_Router_Port: Logical_Router_Port.table,
    Logical_Router_Static_Route: Logical_Router_Static_Route.table,
    Logical_Switch: Logical_Switch.table,
    Logical_Switch_Port: Logical_Switch_Port.table,
    Logical_Switch_Port_Health_Check: Logical_Switch_Port_Health_Check.table,
    Meter: Meter.table,
    Meter_Band: Meter_Band.table,
    Mirror: Mirror.table,
    Mirror_Rule: Mirror_Rule.table,
    NAT: NAT.table,
    NB_Global: NB_Global.table,
    Network_Function: Network_Function.table,
    Network_Function_Group: Network_Function_Group.table,
    Network_Function_Health_Check: Network_Function_Health_Check.table,
    Port_Group: Port_Group.table,
    QoS: QoS.table,
    SSL: SSL.table,
    Sample: Sample.table,
    Sample_Collector: Sample_Collector.table,
    Sampling_App: Sampling_App.table,
    Static_MAC_Binding: Static_MAC_Binding.table,
  },
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * Every table’s row codec, by table name.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * db.codecs['ACL'].decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {})
 */
export const codecs: { readonly [K in TableName]: rt.RowType<Rows[K]> } = {
  ACL: ACL.RowC,
  Address_Set: Address_Set.RowC,
  BFD: BFD.RowC,
  Chassis_Template_Var: Chassis_Template_Var.RowC,
  Connection: Connection.RowC,
  Copp: Copp.RowC,
  DHCP_Options: DHCP_Options.RowC,
  DHCP_Relay: DHCP_Relay.RowC,
  DNS: DNS.RowC,
  Forwarding_Group: Forwarding_Group.RowC,
  Gateway_Chassis: Gateway_Chassis.RowC,
  HA_Chassis: HA_Chassis.RowC,
  HA_Chassis_Group: HA_Chassis_Group.RowC,
  Load_Balancer: Load_Balancer.RowC,
  Load_Balancer_Group: Load_Balancer_Group.RowC,
  Load_Balancer_Health_Check: Load_Balancer_Health_Check.RowC,
  Logical_Router: Logical_Router.RowC,
  Logical_Router_Policy: Logical_Router_Policy.RowC,
  Logical_Router_Port: Logical_Router_Port.RowC,
  Logical_Router_Static_Route: Logical_Router_Static_Route.RowC,
  Logical_Switch: Logical_Switch.RowC,
  Logical_Switch_Port: Logical_Switch_Port.RowC,
  Logical_Switch_Port_Health_Check: Logical_Switch_Port_Health_Check.RowC,
  Meter: Meter.RowC,
  Meter_Band: Meter_Band.RowC,
  Mirror: Mirror.RowC,
  Mirror_Rule: Mirror_Rule.RowC,
  NAT: NAT.RowC,
  NB_Global: NB_Global.RowC,
  Network_Function: Network_Function.RowC,
  Network_Function_Group: Network_Function_Group.RowC,
  Network_Function_Health_Check: Network_Function_Health_Check.RowC,
  Port_Group: Port_Group.RowC,
  QoS: QoS.RowC,
  SSL: SSL.RowC,
  Sample: Sample.RowC,
  Sample_Collector: Sample_Collector.RowC,
  Sampling_App: Sampling_App.RowC,
  Static_MAC_Binding: Static_MAC_Binding.RowC,
}
