/**
 * The zod-style entry points of {@link topology}: `parseTopology` returns the topology
 * or throws one {@link TopologyError} listing every problem; `safeParseTopology`
 * returns `{ success, data }` or `{ success, error }`. Both take plain data (a parsed
 * JSON file, an object literal) as `topology` does.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { formatIssue, type DslError, type Issue } from './common.js'
import { topology, type Topology, type TopologyInput } from './topology.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A topology refused: an `Error` whose message lists every problem, one a line, and
 * whose `issues` has them as data.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import { parseTopology, TopologyError } from 'ovn-nb'
 * try {
 *   parseTopology({ owner: 'demo', switches: [{ name: 'sw0', subnet: '10.0.0.0/33' }] })
 * } catch (e) {
 *   if (e instanceof TopologyError) console.error(e.issues[0]?.path) // ['switches', 'sw0', 'subnet']
 * }
 */
export class TopologyError extends Error {
  readonly _tag = 'TopologyError' as const
  readonly issues: ReadonlyArray<Issue>
  /** The same problems as the `Either` form ({@link topology}) returns them. */
  readonly error: DslError
  constructor(error: DslError) {
    const n = error.issues.length
    super(`invalid topology (${n} problem${n === 1 ? '' : 's'}):\n${error.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`)
    this.name = 'TopologyError'
    this.issues = error.issues
    this.error = error
  }
}

/**
 * What {@link safeParseTopology} returns.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { SafeParseTopology } from 'ovn-nb'
 * const describe = (r: SafeParseTopology): string => (r.success ? r.data.owner : r.error.message)
 */
export type SafeParseTopology = { readonly success: true; readonly data: Topology } | { readonly success: false; readonly error: TopologyError }

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A topology from plain data (or values), or a thrown {@link TopologyError} listing
 * every problem. For code that treats a refused topology as a bug; the CLI and
 * controllers use {@link safeParseTopology} or {@link topology}.
 *
 * @category constructors
 * @since 0.2.0
 * @example
 * import { parseTopology } from 'ovn-nb'
 * const t = parseTopology({
 *   owner: 'demo',
 *   dhcpOptions: [{ key: 'net4', cidr: '10.10.0.0/24', v4: { server_id: '10.10.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 3600 } }],
 *   switches: [{ name: 'vmnet', subnet: '10.10.0.0/24', ports: [{ name: 'vm-a', addresses: ['0a:00:00:00:00:0a 10.10.0.10'], dhcpv4Options: 'net4' }] }],
 *   portGroups: [{ name: 'pg_vms', ports: ['vm-a'], acls: [{ direction: 'to-lport', priority: 1000, match: 'outport == @pg_vms && tcp.dst == 80', action: 'drop' }] }],
 * })
 * t.toDesired().rows.length // 5
 */
export const parseTopology = (input: unknown): Topology => {
  const r = topology(input as TopologyInput)
  if (E.isLeft(r)) throw new TopologyError(r.left)
  return r.right
}

/**
 * A topology from plain data (or values), as a result object: `{ success: true, data }`
 * or `{ success: false, error }`, the error a {@link TopologyError} listing every problem.
 *
 * @category constructors
 * @since 0.2.0
 * @example
 * import { safeParseTopology } from 'ovn-nb'
 * const r = safeParseTopology({ owner: 'demo', switches: [{ name: 'vmnet', ports: [{ name: 'vm-a', addresses: ['0a:00:00:00:00 10.0.0.5'] }] }] })
 * if (!r.success) console.error(r.error.message)
 * // invalid topology (1 problem):
 * //   switches.vmnet.ports.vm-a.addresses[0]: ...
 */
export const safeParseTopology = (input: unknown): SafeParseTopology => {
  const r = topology(input as TopologyInput)
  return E.isLeft(r) ? { success: false, error: new TopologyError(r.left) } : { success: true, data: r.right }
}
