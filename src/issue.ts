/**
 * The one shape of a problem across the library — the DSL, validation, planning, apply
 * and the OVSDB layer: a path (names where the object has one, else indexes), a stable
 * code, a message — and how it prints. The lowest layer: it imports nothing, so the
 * engine (plan/, generic over any schema) and the DSL share it without reaching into
 * each other.
 *
 * @module
 */

/**
 * Where a problem is: field names, and for list items the item's name where it has one
 * (a switch, a port, a DHCP options entry's `key`) or its index (an ACL, a route):
 * `['switches', 'vmnet', 'ports', 'vm-a', 'addresses', 0]`, which `formatError` prints
 * as `switches.vmnet.ports.vm-a.addresses[0]`.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { IssuePath } from 'ovn-nb'
 * const p: IssuePath = ['portGroups', 'vms', 'acls', 1, 'priority']
 */
export type IssuePath = ReadonlyArray<string | number>

/**
 * What kind of problem an issue is, stable for programs (the message is for people):
 *
 * - `invalid_type`: not an object, a list, a string, a number or a boolean where one is needed
 * - `required`: a field that must be given (for this port type, for this NAT type, ...) is missing
 * - `invalid_name`: an empty name, or one with control characters
 * - `out_of_range`: a number outside its range (a priority over 32767, a VLAN tag of 0)
 * - `invalid_enum`: not one of the allowed literals (an ACL direction, a port type)
 * - `invalid_mac`, `invalid_ip`, `invalid_cidr`, `invalid_address`: an address that does not parse
 *   (`invalid_address`: an LSP address or port-security entry as a whole)
 * - `invalid_match`: a match expression OVN would refuse
 * - `duplicate_name`: two objects of one kind with one name (or key, or identity)
 * - `duplicate_entry`: an entry repeated in one list (an address, a port-security entry)
 * - `unknown_reference`: a name that the topology does not have (a port group's port, a port's DHCP options key)
 * - `ambiguous_reference`: a name that two different objects of the topology have
 * - `unresolved_reference`: a name given outside {@link topology}, where names cannot be resolved
 * - `conflict`: two fields, or two objects, that contradict each other (a typed field and the same key in `options`)
 * - `not_validated`: a warning, not an error — a generic row the DSL would refuse for its table,
 *   sent as it is (`ovn-nb export` writes such rows with their finding, `RowOptions.warning`).
 * - `forged_value`: an object carrying a DSL value's `_tag` that no constructor built (plain data such as a
 *   `.json` file, or a copy spread from a value): build it with its constructor, or give its input without `_tag`
 * - `invalid_value`: any other value OVN would refuse or misread
 *
 * Planning and apply (`issuesOf` gives every error of the library as issues):
 *
 * - `conflict` (above) also: a row the state claims exists without an owner
 * - `owned_by_other`: a row the state claims belongs to another owner
 * - `refused_by_server`: the server refused an operation (and planning again gave the same operations)
 * - `outcome_unknown`: a transaction was sent and its reply never came: it may have committed
 * - `reference_dropped`: the server dropped a weak reference written to a row that does not exist
 * - `retries_exhausted`: the database kept changing under the plan
 * - `replica_not_current`: the caller's replica was stale; nothing was planned
 * - `schema_mismatch`: the model needs columns or tables the server's schema lacks
 * - `invalid_operation`: an operation the schema refuses, found before sending it
 * - `timeout`: no answer in time (a request, or ovn-northd / the chassis catching up)
 * - `unreachable`: the remote is invalid, or the connection failed or closed
 * - `protocol_error`: the server answered something the protocol or the model does not allow
 * - `error`: anything else (a CLI load failure, an `Error`)
 *
 * Every site that finds a problem gives its code; no code is read from a message, so
 * rewording a message never changes a code.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { IssueCode } from 'ovn-nb'
 * const c: IssueCode = 'unknown_reference'
 */
export type IssueCode =
  | 'invalid_type'
  | 'required'
  | 'invalid_name'
  | 'out_of_range'
  | 'invalid_enum'
  | 'invalid_mac'
  | 'invalid_ip'
  | 'invalid_cidr'
  | 'invalid_address'
  | 'invalid_match'
  | 'duplicate_name'
  | 'duplicate_entry'
  | 'unknown_reference'
  | 'ambiguous_reference'
  | 'unresolved_reference'
  | 'conflict'
  | 'not_validated'
  | 'forged_value'
  | 'invalid_value'
  | 'owned_by_other'
  | 'refused_by_server'
  | 'outcome_unknown'
  | 'reference_dropped'
  | 'retries_exhausted'
  | 'replica_not_current'
  | 'schema_mismatch'
  | 'invalid_operation'
  | 'timeout'
  | 'unreachable'
  | 'protocol_error'
  | 'error'

/**
 * One problem: where ({@link IssuePath}), what kind ({@link IssueCode}) and a message
 * for people. The one shape of problems across the DSL, the desired-state validation
 * and the CLI.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { Issue } from 'ovn-nb'
 * const i: Issue = { path: ['switches', 'vmnet', 'subnet'], code: 'invalid_cidr', message: 'bad prefix length 33' }
 */
export interface Issue {
  readonly path: IssuePath
  readonly code: IssueCode
  readonly message: string
}

/** A text path of field names and indexes (`ports[2].addresses[0]`) as segments. */
export const parsePath = (path: string): IssuePath => {
  const out: Array<string | number> = []
  // a key that is not a plain word is written ["key"] (JSON), as formatPath writes it
  for (const m of path.matchAll(/\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? (JSON.parse(m[2]) as string) : m[3]!)
  return out
}

/**
 * An {@link Issue} from a problem with a text path (`rows[1].columns.ports`) and the
 * code its site gives: how the problems of other layers (the desired-state
 * validation of the planner) take the one issue shape.
 *
 * @category constructors
 * @since 0.2.0
 * @example
 * import { issueOf } from 'ovn-nb'
 * issueOf('rows[1].id', 'duplicate id "ls"', 'duplicate_name') // { path: ['rows', 1, 'id'], code: 'duplicate_name', message: 'duplicate id "ls"' }
 */
export const issueOf = (path: string, message: string, code: IssueCode): Issue => ({ path: parsePath(path), code, message })

/**
 * An {@link IssuePath} as text: names joined by `.`, indexes as `[i]`, a name that
 * holds `.`, `[`, `]`, a quote or a space quoted (`ports["a.b"]`).
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { formatPath } from 'ovn-nb'
 * formatPath(['switches', 'vmnet', 'ports', 'vm-a', 'addresses', 0]) // 'switches.vmnet.ports.vm-a.addresses[0]'
 */
export const formatPath = (path: IssuePath): string =>
  path
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z0-9_\-/]+$/.test(s) ? (i === 0 ? s : `.${s}`) : `[${JSON.stringify(s)}]`))
    .join('')

/**
 * An issue as one line: `switches.vmnet.subnet: bad prefix length 33`.
 *
 * @category utils
 * @since 0.2.0
 * @example
 * import { formatIssue } from 'ovn-nb'
 * formatIssue({ path: ['switches', 'vmnet', 'subnet'], code: 'invalid_cidr', message: 'bad prefix' }) // 'switches.vmnet.subnet: bad prefix'
 */
export const formatIssue = (i: Issue): string => (i.path.length === 0 ? i.message : `${formatPath(i.path)}: ${i.message}`)
