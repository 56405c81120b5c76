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
export * from './chassis.js'
export * from './router.js'
export * from './route.js'
export * from './nat.js'
export * from './loadBalancer.js'
export * from './qos.js'
export * from './meter.js'
export * from './dns.js'
export * from './bfd.js'
export * from './binding.js'
export * from './mirror.js'
export * from './forwardingGroup.js'
export * from './row.js'
export * from './topology.js'
export * from './parse.js'
export * from './print.js'
