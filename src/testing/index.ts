/**
 * Helpers for tests that need real OVN daemons: a throwaway ovsdb-server.
 *
 * @module ovn-nb/testing
 */
export * from './ovsdbServer.js'
