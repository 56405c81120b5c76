/**
 * The NB DSL: immutable, validated values for the Northbound model, gathered by
 * `topology(...)` and turned into the engine's desired state by `toDesired`.
 *
 * @module dsl
 */
export * from './common.js'
export * from './dhcp.js'
export * from './switch.js'
export * from './acl.js'
export * from './groups.js'
export * from './topology.js'
