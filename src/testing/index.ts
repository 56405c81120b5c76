/**
 * `ovn-nb/testing`: helpers for tests that need real OVN daemons: a throwaway
 * ovsdb-server, started in a temporary directory and stopped by its PID.
 *
 * @module ovn-nb/testing
 */
export * from './ovsdbServer.js'
