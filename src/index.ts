/**
 * ovn-nb: a typed, desired-state client for the OVN Northbound database.
 *
 * @module ovn-nb
 */
export * from './ovsdb/index.js'
