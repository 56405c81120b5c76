/**
 * ovn-nb: a typed, desired-state client for the OVN Northbound database.
 *
 * @module ovn-nb
 */
export * from './ovsdb/index.js'
export * from './codegen/index.js'
export * as NB from './nb/generated/index.js'
export * from './nb/compat.js'
export * from './plan/index.js'
export * from './apply/index.js'
export * from './nb/identity.js'
export * from './nb/dsl/index.js'
export * as Net from './nb/net/index.js'
export * as Match from './nb/match/index.js'
// one formatter for every error of the library (the OVSDB-only one stays in 'ovn-nb/ovsdb')
export { errorToJson, formatError, type LibraryError } from './errors.js'
