/**
 * `ovn-nb/plan`: the desired-state engine, generic over any schema: desired rows and
 * their identity rules -> diff -> Plan (every entry type) -> compile -> operations, the
 * incremental Planner, and render for people and programs. Pure. The root entry point
 * re-exports what most programs need (`diff`, `Plan`, `Planner`, `renderText`, ...).
 *
 * @module ovn-nb/plan
 */
export * from '../ovsdb/desired.js'
export * from '../ovsdb/identity.js'
export * from './plan.js'
export * from './compile.js'
export * from './render.js'
export * from './planner.js'
export * from './saved.js'
