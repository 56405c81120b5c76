/**
 * Test-side wrappers of the library's testing helpers: promises that reject, and the
 * ovn-nbctl / ovsdb-client runners the tests use to read the database back.
 */
import { spawnSync } from 'node:child_process'
import * as E from 'fp-ts/lib/Either.js'
import { launchOvsdbServer, type LaunchOptions, type OvsdbServer } from '../../src/testing/index.js'

export { freePort, haveOvsdbServer, listeningPorts, NB_SCHEMA, SB_SCHEMA, type OvsdbServer } from '../../src/testing/index.js'
export type StartOptions = LaunchOptions

/** Starts an ovsdb-server (NB schema by default) or rejects saying why not. */
export const startOvsdb = async (options: LaunchOptions = {}): Promise<OvsdbServer> => {
  const r = await launchOvsdbServer(options)()
  if (E.isLeft(r)) throw new Error(r.left.message)
  return r.right
}

/** Runs ovn-nbctl against a server (e.g. `init`). */
export const nbctl = (server: Pick<OvsdbServer, 'unix'>, ...args: string[]): string => {
  const r = spawnSync('ovn-nbctl', [`--db=${server.unix}`, ...args], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`ovn-nbctl ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

/** Runs ovsdb-client. */
export const ovsdbClient = (...args: string[]): string => {
  const r = spawnSync('ovsdb-client', args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`ovsdb-client ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}
