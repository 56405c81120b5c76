/**
 * Helpers for tests and examples that need real OVN daemons: a throwaway ovsdb-server,
 * NB + SB + ovn-northd, and chassis (userspace OVS + ovn-controller in a namespace).
 *
 * @module testing
 */
export * from './ovsdbServer.js'
export * from './central.js'
export * from './chassis.js'
export * from './guest.js'
