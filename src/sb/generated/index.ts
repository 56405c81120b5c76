// generated — do not edit: OVN_Southbound 21.11.0 (ovn-nb gen)
/**
 * The OVN_Southbound 21.11.0 model: one namespace per table (its `Row`, `Insert`, `Update`,
 * codecs and `table` metadata), and maps over all tables.
 *
 * Versions recorded by `since`: 20.27.0, 21.11.0.
 *
 * Only some tables of the schema: 34 left out, and columns referring to them are plain uuids (ACL_ID, Address_Set, Advertised_MAC_Binding, Advertised_Route, BFD, Chassis_Template_Var, Connection, Controller_Event, DHCP_Options, DHCPv6_Options, DNS, Datapath_Binding, ECMP_Nexthop, FDB, Gateway_Chassis, HA_Chassis, HA_Chassis_Group, IGMP_Group, IP_Multicast, Learned_Route, Load_Balancer, Logical_DP_Group, Logical_Flow, MAC_Binding, Meter, Meter_Band, Mirror, Multicast_Group, Port_Group, RBAC_Permission, RBAC_Role, SSL, Service_Monitor, Static_MAC_Binding).
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'
import * as Chassis from './Chassis.js'
import * as Chassis_Private from './Chassis_Private.js'
import * as Encap from './Encap.js'
import * as Port_Binding from './Port_Binding.js'
import * as SB_Global from './SB_Global.js'

export {
  Chassis,
  Chassis_Private,
  Encap,
  Port_Binding,
  SB_Global,
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
 * type R = db.Rows['Chassis']
 */
export interface Rows {
  readonly Chassis: Chassis.Row
  readonly Chassis_Private: Chassis_Private.Row
  readonly Encap: Encap.Row
  readonly Port_Binding: Port_Binding.Row
  readonly SB_Global: SB_Global.Row
}

/**
 * Every table’s insert shape, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type I = db.Inserts['Chassis']
 */
export interface Inserts {
  readonly Chassis: Chassis.Insert
  readonly Chassis_Private: Chassis_Private.Insert
  readonly Encap: Encap.Insert
  readonly Port_Binding: Port_Binding.Insert
  readonly SB_Global: SB_Global.Insert
}

/**
 * Every table’s update shape, by table name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * type U = db.Updates['Chassis']
 */
export interface Updates {
  readonly Chassis: Chassis.Update
  readonly Chassis_Private: Chassis_Private.Update
  readonly Encap: Encap.Update
  readonly Port_Binding: Port_Binding.Update
  readonly SB_Global: SB_Global.Update
}

/**
 * The name of a table of OVN_Southbound.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * const t: db.TableName = 'Chassis'
 */
export type TableName = keyof Rows

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * The OVN_Southbound model: name, version and every table’s metadata.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as db from './index.js'
 * db.model.version // '21.11.0'
 */
export const model: rt.DatabaseModel<TableName> = {
  name: 'OVN_Southbound',
  version: '21.11.0',
  tables: {
    Chassis: Chassis.table,
    Chassis_Private: Chassis_Private.table,
    Encap: Encap.table,
    Port_Binding: Port_Binding.table,
    SB_Global: SB_Global.table,
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
 * db.codecs['Chassis'].decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {})
 */
export const codecs: { readonly [K in TableName]: rt.RowType<Rows[K]> } = {
  Chassis: Chassis.RowC,
  Chassis_Private: Chassis_Private.RowC,
  Encap: Encap.RowC,
  Port_Binding: Port_Binding.RowC,
  SB_Global: SB_Global.RowC,
}
