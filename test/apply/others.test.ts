/**
 * The promise, against a real ovsdb-server: ovn-nb changes only what its owner wrote.
 * Another writer (ovn-nbctl, and a second ovn-nb owner) puts keys into the maps of rows
 * ovn-nb owns and rows (ports, ACLs) inside them; ovn-nb re-applies, drops a key it set,
 * withdraws everything: what the others wrote survives.
 */
import test, { type ExecutionContext } from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { connect, snapshot, syncReplica, type Client, type Row } from '../../src/ovsdb/index.js'
import { compile, diff, ref, renderText, type DesiredRow, type DesiredState } from '../../src/plan/index.js'
import { apply, gc } from '../../src/apply/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { topology } from '../support/topology.js'
import { right } from '../support/either.js'

const NB = 'OVN_Northbound'

const setup = async (t: ExecutionContext): Promise<{ server: OvsdbServer; c: Client }> => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  return { server, c }
}

/** A column of one row as ovn-nbctl prints it (`get`). */
const get = (server: OvsdbServer, table: string, record: string, column: string): string => nbctl(server, 'get', table, record, column).trim()
const exists = (server: OvsdbServer, table: string, name: string): boolean =>
  nbctl(server, '--bare', '--columns=_uuid', 'find', table, `name=${JSON.stringify(name)}`).trim() !== ''
const aclMatches = (server: OvsdbServer): string[] =>
  nbctl(server, '--bare', '--columns=match', 'list', 'ACL')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .sort()

/** A switch with a port, and a port group holding it with an ACL: the state. */
const state = (portOptions: ReadonlyArray<readonly [string, string]>): DesiredState => ({
  owner: 'ctl-a',
  rows: [
    { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [ref('lsp:vm1')]], external_ids: ['map', [['app', 'demo']]] } },
    { table: 'Logical_Switch_Port', id: 'lsp:vm1', columns: { name: 'vm1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']], options: ['map', portOptions] } },
    { table: 'Port_Group', id: 'pg:pg1', columns: { name: 'pg1', ports: ['set', [ref('lsp:vm1')]], acls: ['set', [ref('acl:web')]] } },
    { table: 'ACL', id: 'acl:web', columns: { direction: 'to-lport', priority: 1001, match: 'outport == @pg1 && tcp.dst == 80', action: 'allow-related' } },
  ],
})

test('ovn-nbctl writes keys and rows in and around ours: re-applying keeps them all, dropping a key of ours removes only it, withdrawing keeps what holds theirs', async (t) => {
  const { server, c } = await setup(t)
  const full = state([
    ['requested-chassis', 'node1'],
    ['activation-strategy', 'rarp'],
  ])
  right(t, await apply(c, full)())
  // ovn-nb records the keys it set, in the row itself
  t.is(get(server, 'Logical_Switch_Port', 'vm1', 'external_ids:"ovn-nb/managed"'), '"options=activation-strategy,requested-chassis"')
  t.is(get(server, 'Logical_Switch', 'sw0', 'external_ids:"ovn-nb/managed"'), '"external_ids=app"')

  // the other writer: a port and an ACL inside our switch, keys in our rows' maps, its port in our port group, an ACL in it
  nbctl(server, 'lsp-add', 'sw0', 'p-nbctl')
  nbctl(server, 'acl-add', 'sw0', 'to-lport', '900', 'ip4.src == 192.0.2.1', 'drop')
  nbctl(server, 'set', 'Logical_Switch', 'sw0', 'external_ids:cms=neutron', 'external_ids:neutron\\:revision_number=7')
  nbctl(server, 'set', 'Logical_Switch_Port', 'vm1', 'options:iface-id-ver=42', 'external_ids:kubevirt.io/vm=vm1')
  const pNbctl = nbctl(server, 'get', 'Logical_Switch_Port', 'p-nbctl', '_uuid').trim()
  nbctl(server, 'add', 'Port_Group', 'pg1', 'ports', pNbctl)
  nbctl(server, '--type=port-group', 'acl-add', 'pg1', 'from-lport', '800', 'inport == @pg1', 'allow')
  const theirs = () => ({
    swIds: [get(server, 'Logical_Switch', 'sw0', 'external_ids:cms'), get(server, 'Logical_Switch', 'sw0', 'external_ids:"neutron:revision_number"')],
    portKeys: [get(server, 'Logical_Switch_Port', 'vm1', 'options:iface-id-ver'), get(server, 'Logical_Switch_Port', 'vm1', 'external_ids:"kubevirt.io/vm"')],
    pgPorts: get(server, 'Port_Group', 'pg1', 'ports').includes(pNbctl),
  })
  const expected = { swIds: ['neutron', '"7"'], portKeys: ['"42"', 'vm1'], pgPorts: true }
  t.deepEqual(theirs(), expected)

  // re-applying changes none of that, and the plan after it is empty
  const again = right(t, await apply(c, full)())
  t.is(again.operations, 0, renderText(again.plan))
  t.deepEqual(theirs(), expected)
  t.true(exists(server, 'Logical_Switch_Port', 'p-nbctl'))
  t.deepEqual(aclMatches(server), ['inport == @pg1', 'ip4.src == 192.0.2.1', 'outport == @pg1 && tcp.dst == 80'])

  // a key both want with different values: ours wins, shown as a change of that key
  nbctl(server, 'set', 'Logical_Switch_Port', 'vm1', 'options:requested-chassis=elsewhere')
  const won = right(t, await apply(c, full, { dryRun: true })())
  t.regex(renderText(won.plan), /^~ Logical_Switch_Port vm1\n {4}options: ~requested-chassis "elsewhere" -> "node1"$/m)
  right(t, await apply(c, full)())
  t.is(get(server, 'Logical_Switch_Port', 'vm1', 'options:requested-chassis'), 'node1')

  // dropping a key ovn-nb set removes only that key, and the record follows
  const fewer = state([['requested-chassis', 'node1']])
  const dropped = right(t, await apply(c, fewer)())
  t.regex(renderText(dropped.plan), /^ {4}options: -activation-strategy "rarp"$/m)
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'vm1', 'options').trim(), '{iface-id-ver="42", requested-chassis=node1}')
  t.is(get(server, 'Logical_Switch_Port', 'vm1', 'external_ids:"ovn-nb/managed"'), '"options=requested-chassis"')
  t.deepEqual(theirs(), expected)
  t.is(right(t, await apply(c, fewer)()).operations, 0)

  // withdrawing everything: our port and ACL go; the switch holds the other writer's port
  // and ACL, the port group its ACL: both stay, and the plan says why
  const withdrawn = right(t, await apply(c, { owner: 'ctl-a', rows: [] })())
  const text = renderText(withdrawn.plan)
  t.regex(text, /^! Logical_Switch sw0 retained: holds 1 ACL and 1 Logical_Switch_Port of other writers$/m)
  t.regex(text, /^! Port_Group pg1 retained: holds 1 ACL of other writers$/m)
  t.false(exists(server, 'Logical_Switch_Port', 'vm1'))
  t.true(exists(server, 'Logical_Switch_Port', 'p-nbctl'))
  t.true(exists(server, 'Logical_Switch', 'sw0'))
  t.deepEqual(aclMatches(server), ['inport == @pg1', 'ip4.src == 192.0.2.1'])
  t.deepEqual(get(server, 'Logical_Switch', 'sw0', 'external_ids:cms'), 'neutron')
  // nothing more to do: withdrawing again sends nothing
  t.is(right(t, await apply(c, { owner: 'ctl-a', rows: [] })()).operations, 0)

  // cascade: the rows go, and the plan lists every other writer's row that goes with them
  const cascaded = right(t, await apply(c, { owner: 'ctl-a', rows: [] }, { cascade: true })())
  const ct = renderText(cascaded.plan)
  t.regex(ct, /^- Logical_Switch sw0\n {4}with ACL sw0 \/ to-lport 900 ip4\.src == 192\.0\.2\.1 \(no owner\)\n {4}with Logical_Switch_Port p-nbctl \(no owner\)$/m)
  t.regex(ct, /^- Port_Group pg1\n {4}with ACL pg1 \/ from-lport 800 inport == @pg1 \(no owner\)$/m)
  t.false(exists(server, 'Logical_Switch', 'sw0'))
  t.deepEqual(aclMatches(server), [])
})

test('a second ovn-nb owner: its keys in our rows and its rows in ours survive our re-apply, key drop, gc and withdrawal', async (t) => {
  const { server, c } = await setup(t)
  const mine = (keys: ReadonlyArray<readonly [string, string]>): DesiredState => ({
    owner: 'ctl-a',
    rows: [
      { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', other_config: ['map', keys], ports: ['set', [ref('lsp:a1')]] } },
      { table: 'Logical_Switch_Port', id: 'lsp:a1', columns: { name: 'a1' } },
    ],
  })
  // ctl-b uses our switch as shared: adds a key and a port of its own
  const theirs: DesiredState = {
    owner: 'ctl-b',
    rows: [
      { table: 'Logical_Switch', id: 'ls:sw0', shared: true, columns: { name: 'sw0', other_config: ['map', [['b-key', 'b']]], ports: ['set', [ref('lsp:b1')]] } },
      { table: 'Logical_Switch_Port', id: 'lsp:b1', columns: { name: 'b1', options: ['map', [['b-opt', '1']]] } },
    ],
  }
  right(t, await apply(c, mine([['mcast_snoop', 'true'], ['mcast_querier', 'false']]))())
  right(t, await apply(c, theirs)())
  t.is(right(t, await apply(c, mine([['mcast_snoop', 'true'], ['mcast_querier', 'false']]))()).operations, 0)
  t.is(get(server, 'Logical_Switch', 'sw0', 'other_config:b-key'), 'b')
  right(t, await apply(c, mine([['mcast_snoop', 'true']]))())
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw0', 'other_config').trim(), '{b-key=b, mcast_snoop="true"}')
  // gc of ctl-a with nothing to keep: its port goes; the switch holds b1, so it stays
  const swept = right(t, await gc(c, 'ctl-a', [])())
  t.deepEqual(swept.removed, { Logical_Switch_Port: 1 })
  t.deepEqual(swept.plan.retained?.map((r) => r.reason), ['holds 1 Logical_Switch_Port of other writers'])
  t.true(exists(server, 'Logical_Switch_Port', 'b1'))
  t.false(exists(server, 'Logical_Switch_Port', 'a1'))
  t.is(get(server, 'Logical_Switch_Port', 'b1', 'options:b-opt'), '"1"')
  // and ctl-b converged still
  t.is(right(t, await apply(c, theirs)()).operations, 0)
})

/** What another writer puts in and around our rows: keys in maps, rows inside ours. */
type Write = { readonly what: 'key' | 'port' | 'acl' | 'pg-acl'; readonly n: number; readonly owner: string | undefined }
const write: fc.Arbitrary<Write> = fc.record({
  what: fc.constantFrom<Write['what']>('key', 'key', 'port', 'acl', 'pg-acl'),
  n: fc.nat(),
  owner: fc.constantFrom<string | undefined>(undefined, 'ctl-b'),
})

const uuids = (s: ReadonlyMap<string, ReadonlyMap<string, Row>>, table: string): string[] => [...(s.get(table)?.keys() ?? [])].sort()

test('random desired states interleaved with random writes of others: after every apply the database holds the state, and every key and row of the others is intact', async (t) => {
  t.timeout(240_000)
  const { server, c } = await setup(t)
  void server
  const replica = right(t, await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  const other = right(t, await connect(server.unix)())
  t.teardown(() => other.close()())
  let writes = 0
  let rounds = 0
  let failures = 0
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(topology, fc.array(write, { maxLength: 3 })), { minLength: 2, maxLength: 4 }), async (seq) => {
      try {
        return await run(seq)
      } catch (e) {
        // the reason of the first failure, for the report (fast-check keeps only the input)
        if (failures++ === 0) t.log(String(e), JSON.stringify(seq))
        throw e
      } finally {
        // a clean slate for the next run: everything of ours, with cascade, then the others' rows
        right(t, await apply(c, { owner: 'ctl-a', rows: [] }, { replica, cascade: true })())
        right(t, await other.transact(NB, ['Logical_Switch', 'Port_Group', 'Address_Set', 'DHCP_Options', 'Load_Balancer', 'Logical_Router'].map((table) => ({ op: 'delete' as const, table, where: [] })))())
      }
    }),
    { numRuns: 25, seed: 11 },
  )
  t.true(rounds >= 25 && writes > 20, `${rounds} rounds, ${writes} writes`)

  async function run(seq: ReadonlyArray<readonly [DesiredState, ReadonlyArray<Write>]>): Promise<boolean> {
      rounds++
      // what the others wrote: keys (row uuid, column, key, value) and rows (table, uuid)
      const keys: Array<{ table: string; uuid: string; column: string; key: string; value: string }> = []
      const rows: Array<{ table: string; uuid: string }> = []
      const holds = (s: ReadonlyMap<string, ReadonlyMap<string, Row>>): string | undefined => {
        for (const k of keys) {
          const r = s.get(k.table)?.get(k.uuid)
          if (r === undefined) continue // the row itself went (ours, withdrawn)
          const m = r[k.column] as readonly ['map', ReadonlyArray<readonly [string, string]>]
          if (!m[1].some((p) => p[0] === k.key && p[1] === k.value)) return `${k.table} ${k.uuid} lost ${k.column}:${k.key}`
        }
        for (const r of rows) if (s.get(r.table)?.get(r.uuid) === undefined) return `${r.table} ${r.uuid} of another writer was deleted`
        return undefined
      }
      for (const [desired, ws] of seq) {
        const res = await apply(c, desired, { replica })()
        if (E.isLeft(res)) throw new Error(`apply: ${JSON.stringify(res.left)}`)
        // converged: the full diff from a fresh read is empty
        const fresh = right(t, await snapshot(other, NB, Object.keys(replica.schema.tables))())
        const again = diff(replica.schema, { rows: (x) => fresh.get(x) ?? new Map() }, desired, { rules: nbIdentity })
        if (E.isLeft(again) || again.right.entries.length > 0) throw new Error(`not converged: ${JSON.stringify(E.isLeft(again) ? again.left : again.right.entries)}`)
        const lost = holds(fresh)
        if (lost !== undefined) throw new Error(lost)
        // the others write in and around our rows
        for (const w of ws) {
          writes++
          const ids: ReadonlyArray<readonly [string, string]> = w.owner === undefined ? [] : [['ovn-nb/owner', w.owner]]
          const pick = (table: string): string | undefined => {
            const us = uuids(fresh, table)
            return us.length === 0 ? undefined : us[w.n % us.length]
          }
          const by = (u: string) => [['_uuid', '==', ['uuid', u]]] as const
          if (w.what === 'key') {
            const table = ['Logical_Switch', 'Logical_Switch_Port', 'DHCP_Options', 'Load_Balancer'][w.n % 4]!
            const column = table === 'Logical_Switch' ? 'other_config' : table === 'Load_Balancer' ? 'external_ids' : 'options'
            const u = pick(table)
            if (u === undefined) continue
            const key = `w${writes}`
            right(t, await other.transact(NB, [{ op: 'mutate', table, where: by(u), mutations: [[column, 'insert', ['map', [[key, 'x']]]]] }])())
            keys.push({ table, uuid: u, column, key, value: 'x' })
          } else {
            const table = w.what === 'pg-acl' ? 'Port_Group' : 'Logical_Switch'
            const u = pick(table)
            if (u === undefined) continue
            const row: DesiredRow['columns'] =
              w.what === 'port' ? { name: `o${writes}`, external_ids: ['map', ids] } : { direction: 'to-lport', priority: 100 + (writes % 50), match: `ip4.src == 198.51.100.${writes % 250}`, action: 'drop', external_ids: ['map', ids] }
            const child = w.what === 'port' ? 'Logical_Switch_Port' : 'ACL'
            const r = right(
              t,
              await other.transact(NB, [
                { op: 'insert', table: child, 'uuid-name': 'o', row: row as Row },
                { op: 'mutate', table, where: by(u), mutations: [[w.what === 'port' ? 'ports' : 'acls', 'insert', ['set', [['named-uuid', 'o']]]]] },
              ])(),
            )
            rows.push({ table: child, uuid: (r[0] as { uuid: readonly [string, string] }).uuid[1] })
          }
        }
      }
      // withdrawing everything keeps every row and key of the others, and leaves nothing of ours that holds none of theirs
      const gone = await apply(c, { owner: 'ctl-a', rows: [] }, { replica })()
      if (E.isLeft(gone)) throw new Error(JSON.stringify(gone.left))
      const end = right(t, await snapshot(other, NB, Object.keys(replica.schema.tables))())
      const lost = holds(end)
      if (lost !== undefined) throw new Error(`after withdrawal: ${lost}`)
      const kept = new Set((gone.right.plan.retained ?? []).map((r) => r.uuid))
      for (const table of Object.keys(replica.schema.tables))
        for (const [u, r] of end.get(table) ?? new Map<string, Row>()) {
          const ext = r['external_ids'] as readonly ['map', ReadonlyArray<readonly [string, string]>] | undefined
          if (ext?.[1].some((p) => p[0] === 'ovn-nb/owner' && p[1] === 'ctl-a') === true && !kept.has(u)) throw new Error(`${table} ${u} of ctl-a left behind, not retained`)
        }
      return true
  }
})

test('a child another writer puts into a row of ours between our plan and our transaction fails the transaction instead of going with the row', async (t) => {
  const { server, c } = await setup(t)
  const replica = right(t, await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  right(t, await apply(c, { owner: 'ctl-a', rows: [{ table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0' } }] }, { replica })())
  // the plan withdraws the switch, which holds nothing yet
  const p = diff(replica.schema, replica, { owner: 'ctl-a', rows: [] }, { rules: nbIdentity })
  if (E.isLeft(p)) return t.fail(JSON.stringify(p.left))
  t.deepEqual(p.right.summary, { create: 0, update: 0, delete: 1 })
  nbctl(server, 'lsp-add', 'sw0', 'late')
  const r = await c.transact(NB, compile(p.right))()
  t.true(E.isLeft(r) && r.left._tag === 'OperationError' && r.left.error === 'timed out', JSON.stringify(r))
  t.true(exists(server, 'Logical_Switch_Port', 'late'))
  // apply plans again from the replica, which has the port by now: the switch is retained
  const again = right(t, await apply(c, { owner: 'ctl-a', rows: [] }, { replica })())
  t.deepEqual(again.plan.retained?.map((x) => `${x.identity}: ${x.reason}`), ['sw0: holds 1 Logical_Switch_Port of other writers'])
  t.true(exists(server, 'Logical_Switch_Port', 'late'))
})
