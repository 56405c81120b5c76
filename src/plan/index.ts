/**
 * The desired-state engine, generic over any schema: desired rows -> diff -> Plan ->
 * compile -> operations, and render for people and programs. Pure.
 *
 * @module plan
 */
export * from '../ovsdb/desired.js'
export * from '../ovsdb/identity.js'
export * from './plan.js'
export * from './compile.js'
export * from './render.js'
export * from './planner.js'
export * from './saved.js'
