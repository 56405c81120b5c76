/**
 * Issue codes are given where a problem is found, never read from its message: every
 * code of the IssueCode union is produced by some input (DSL, topology, planner, apply
 * and OVSDB errors through issuesOf), and no site records a problem without one.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { issuesOf, type LibraryError } from '../../../src/errors.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { nbIdentity } from '../../../src/nb/identity.js'
import { modelSchema } from '../../../src/codegen/runtime.js'
import { model as NB } from '../../../src/nb/generated/index.js'
import { diff } from '../../../src/plan/index.js'
import { ISSUE_CODES, watchCodes } from './helpers.js'

const dslIssues = (r: E.Either<_.DslError, unknown>): ReadonlyArray<_.Issue> => (E.isLeft(r) ? issuesOf(r.left) : [])
const error = (e: LibraryError): ReadonlyArray<_.Issue> => issuesOf(e)
const dhcp = (key: string, cidr = '10.0.0.0/24') => ({ key, cidr, v4: { server_id: cidr.replace(/0\/24$/, '1'), server_mac: '0a:00:00:00:00:01', lease_time: 3600 } })
const closed = { _tag: 'ConnectionClosed', message: 'closed by peer' } as const

// One input per code; a Record over the union, so that a code added to it without an
// input here does not compile.
const PRODUCERS: Readonly<Record<_.IssueCode, () => ReadonlyArray<_.Issue>>> = {
  invalid_type: () => dslIssues(_.logicalSwitch({ name: 'sw', ports: 'vm-a' as never })),
  required: () => dslIssues(_.switchPort({ name: 'lsp', type: 'router' })),
  invalid_name: () => dslIssues(_.logicalSwitch({ name: '' })),
  out_of_range: () => dslIssues(_.acl({ direction: 'to-lport', priority: 40000, match: 'ip4', action: 'drop' })),
  invalid_enum: () => dslIssues(_.acl({ direction: 'sideways' as never, priority: 1, match: 'ip4', action: 'drop' })),
  invalid_mac: () => dslIssues(_.switchPort({ name: 'vm', addresses: ['0a:00:00:00:00 10.0.0.5'] })),
  invalid_ip: () => dslIssues(_.addressSet({ name: 'as', addresses: ['192.0.2.999'] })),
  invalid_cidr: () => dslIssues(_.logicalSwitch({ name: 'sw', subnet: '10.0.0.0/33' })),
  invalid_address: () => dslIssues(_.loadBalancer({ name: 'lb', vips: { '[fd00::1': ['fd00::2'] } })),
  invalid_match: () => dslIssues(_.acl({ direction: 'to-lport', priority: 1, match: 'ip4.src == fd00::1', action: 'drop' })),
  duplicate_name: () => dslIssues(_.topology({ owner: 'o', switches: [{ name: 'sw' }, { name: 'sw' }] } as _.TopologyInput)),
  duplicate_entry: () => dslIssues(_.switchPort({ name: 'vm', addresses: ['0a:00:00:00:00:01 10.0.0.5', '0a:00:00:00:00:01 10.0.0.5'] })),
  unknown_reference: () => dslIssues(_.topology({ owner: 'o', portGroups: [{ name: 'pg', ports: ['ghost'] }] } as _.TopologyInput)),
  ambiguous_reference: () =>
    dslIssues(_.topology({ owner: 'o', dhcpOptions: [dhcp('k'), dhcp('k', '10.0.1.0/24')], switches: [{ name: 'sw', ports: [{ name: 'a', dhcpv4Options: 'k' }] }] } as _.TopologyInput)),
  unresolved_reference: () => dslIssues(_.portGroup({ name: 'pg', ports: ['vm-a'] })),
  conflict: () => dslIssues(_.logicalSwitch({ name: 'sw', subnet: '10.0.0.0/24', otherConfig: { subnet: '10.1.0.0/24' } })),
  forged_value: () => dslIssues(_.topology({ owner: 'o', switches: [{ _tag: 'LogicalSwitch', name: 'sw' }] } as never)),
  // a warning: the generic row is kept and sent, its finding shown by plan/apply
  not_validated: () => {
    const t = _.topology({ owner: 'o', rows: [{ table: 'Logical_Router', key: 'r9', columns: { name: 'r9' }, warning: 'NAT on a router without a gateway port' }] })
    return E.isRight(t) ? (t.right.toDesired().warnings ?? []) : []
  },
  invalid_value: () => dslIssues(_.acl({ direction: 'to-lport', priority: 1, match: 'ip4', action: 'drop', name: 'x'.repeat(64) })),
  // planning, apply and OVSDB errors (each family also from a real server in test/apply, test/cli/json)
  owned_by_other: () =>
    error({ _tag: 'Conflict', conflicts: [{ table: 'Logical_Switch', id: 'ls', uuid: 'u1', owner: 'other', identity: 'sw0', message: 'Logical_Switch sw0 belongs to "other"' }] }),
  refused_by_server: () =>
    error({ _tag: 'Refused', attempts: 1, operation: 'operation 0 (insert Logical_Switch): create Logical_Switch sw0', error: { _tag: 'OperationError', index: 0, op: 'insert', error: 'constraint violation' }, row: { table: 'Logical_Switch', identity: 'sw0' } }),
  outcome_unknown: () => error({ _tag: 'OutcomeUnknown', operations: 3, cause: closed }),
  reference_dropped: () =>
    error({ _tag: 'ReferencesDropped', dropped: [{ table: 'Logical_Switch_Port', identity: 'vm-a', column: 'dhcpv4_options', refTable: 'DHCP_Options', uuid: '00000000-0000-4000-8000-000000000001' }] }),
  retries_exhausted: () => error({ _tag: 'ConflictRetriesExhausted', attempts: 3, last: { _tag: 'Timeout', method: 'transact', ms: 5 } }),
  replica_not_current: () => error({ _tag: 'ReplicaNotCurrent', ms: 200, reason: 'its connection closed' }),
  schema_mismatch: () =>
    error({ _tag: 'SchemaMismatch', database: 'OVN_Northbound', serverVersion: '7.0.0', problems: [{ index: 0, table: 'ACL', column: 'tier', message: 'ACL.tier needs 7.3.0' }] } as never),
  invalid_operation: () => error({ _tag: 'InvalidOperations', database: 'OVN_Northbound', problems: [{ index: 1, path: 'row.name', message: 'must be a string' }] }),
  timeout: () => error({ _tag: 'WaitTimeout', wait: 'sb', nbCfg: 3, reached: 2, ms: 100 }),
  unreachable: () => error(closed),
  protocol_error: () => error({ _tag: 'RpcError', method: 'transact', error: 'unknown database' }),
  error: () => error(new Error('topology.ts: no such file')),
}

test('every code of the IssueCode union is produced by some input', (t) => {
  for (const [code, produce] of Object.entries(PRODUCERS) as ReadonlyArray<[_.IssueCode, () => ReadonlyArray<_.Issue>]>) {
    const issues = produce()
    t.true(
      issues.some((i) => i.code === code),
      `${code}: got ${issues.map((i) => `${i.code} ${_.formatPath(i.path)}: ${i.message}`).join('; ') || 'nothing'}`,
    )
  }
})

test('the one issue shape across families: paths by names for rows, the message as formatError says it', (t) => {
  t.deepEqual(PRODUCERS.owned_by_other().map((i) => i.path), [['Logical_Switch', 'sw0']])
  t.deepEqual(PRODUCERS.refused_by_server().map((i) => i.path), [['Logical_Switch', 'sw0']])
  t.deepEqual(PRODUCERS.reference_dropped().map((i) => i.path), [['Logical_Switch_Port', 'vm-a', 'dhcpv4_options']])
  t.deepEqual(PRODUCERS.invalid_operation().map((i) => i.path), [['operations', 1, 'row', 'name']])
  t.deepEqual(PRODUCERS.schema_mismatch().map((i) => i.path), [['ACL', 'tier']])
  // a row without an owner is a plain conflict
  t.deepEqual(
    error({ _tag: 'Conflict', conflicts: [{ table: 'Port_Group', id: 'pg', uuid: 'u', owner: undefined, identity: 'vms', message: 'Port_Group vms exists without an owner' }] }).map((i) => [i.path, i.code]),
    [[['Port_Group', 'vms'], 'conflict']],
  )
  // the planner's own problems, for real: a desired state the diff refuses
  const d = diff(modelSchema(NB), { rows: () => new Map() }, { owner: 'o', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'a' } }, { table: 'Logical_Switch', id: 'ls', columns: { name: 'b' } }] }, { rules: nbIdentity })
  t.true(E.isLeft(d))
  if (E.isLeft(d)) t.deepEqual(issuesOf(d.left).map((i) => [i.path, i.code]), [[['rows', 1, 'id'], 'duplicate_name']])
  // a topology thrown as TopologyError: its issues as they are
  const thrown = t.throws(() => _.parseTopology({ owner: 'o', switches: [{ name: 'sw', subnet: '10.0.0.0/33' }] }))
  if (thrown !== undefined) t.deepEqual(issuesOf(thrown as LibraryError), (thrown as _.TopologyError).issues)
})

test('no site records a problem without a code: the inputs above, watched at the one door of DSL problems', (t) => {
  const missing = watchCodes(() => {
    for (const produce of Object.values(PRODUCERS)) produce()
  })
  t.deepEqual(missing, [])
  t.deepEqual([...ISSUE_CODES].sort(), Object.keys(PRODUCERS).sort())
})
