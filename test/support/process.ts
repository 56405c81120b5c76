/**
 * Processes the test support starts: waiting, and telling whether one still runs — the
 * same helpers `ovn-nb/testing` uses for its daemons.
 */
export { alive, sleep } from '../../src/testing/process.js'
