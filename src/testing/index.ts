/**
 * `ovn-nb/testing`: helpers for tests and examples that need real OVN daemons: a
 * throwaway ovsdb-server, NB + SB + ovn-northd, and chassis (userspace OVS +
 * ovn-controller in a namespace), each started in a temporary directory and stopped by
 * its PID.
 *
 * @module ovn-nb/testing
 */
export * from './ovsdbServer.js'
export * from './central.js'
export * from './chassis.js'
export * from './guest.js'
