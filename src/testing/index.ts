/**
 * Helpers for tests that need real OVN daemons: a throwaway ovsdb-server.
 *
 * @module testing
 */
export * from './ovsdbServer.js'
