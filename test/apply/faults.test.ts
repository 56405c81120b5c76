import test, { type ExecutionContext } from 'ava'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { connect, followReplica, formatError, openSession, snapshot, syncReplica, type Client, type Session } from '../../src/ovsdb/index.js'
import { compile, diff, ref, type DesiredState } from '../../src/plan/index.js'
import { apply, gc, type ApplyError, type ApplyResult } from '../../src/apply/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { formatApplyError } from '../../src/cli/load.js'
import { issuesOf } from '../../src/errors.js'
import { freePort, startOvsdb } from '../support/ovsdb.js'
import { lostReplyProxy } from '../support/lostReply.js'
import { right } from '../support/either.js'
import { counting } from '../support/counting.js'

const NB = 'OVN_Northbound'

const until = async (what: string, f: () => boolean | Promise<boolean>, ms = 10000): Promise<void> => {
  const end = Date.now() + ms
  while (!(await f())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** The rows of some tables, read by a client of its own. */
const count = async (c: Client, table: string): Promise<number> => {
  const s = await snapshot(c, NB, [table])()
  if (E.isLeft(s)) throw new Error(formatError(s.left))
  return s.right.get(table)!.size
}

/** The next apply a controller makes right after its session reconnects: before the replica has re-attached. */
const onReconnect = (session: Session, f: (c: Client) => Promise<E.Either<ApplyError, ApplyResult>>): Promise<E.Either<ApplyError, ApplyResult>> =>
  new Promise((resolve) => {
    let done = false
    session.on((e) => {
      if (!done && e.type === 'connected' && e.reconnect) {
        done = true
        void f(e.client).then(resolve)
      }
    })
  })

const sw = (ports: boolean): DesiredState => ({
  owner: 'ctl',
  rows: [
    { table: 'Logical_Switch', id: 'sw0', columns: { name: 'sw0', ...(ports ? { ports: ['set', [ref('p1')]] } : {}) } },
    ...(ports ? [{ table: 'Logical_Switch_Port', id: 'p1', columns: { name: 'p1' } }] : []),
  ],
})

test('after a reconnect, apply waits for the replica to re-attach before planning: a switch deleted while the server was down is created again, not reported done with 0 operations', async (t) => {
  t.timeout(30000)
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-faults-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const port = await freePort()
  let server = await startOvsdb({ dir, remotes: [`ptcp:${port}:127.0.0.1`] })
  t.teardown(() => server.stop())
  const session = right(t, await openSession({ remotes: `tcp:127.0.0.1:${port}`, initialBackoffMs: 20, maxBackoffMs: 200 })())
  t.teardown(() => session.close()())
  const replica = right(t, await followReplica(session, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  t.true(replica.current)
  right(t, await apply(session.client!, sw(true), { replica })())

  // the server goes down; meanwhile the database loses the switch (a restore, an
  // operator): the replica still holds it
  await server.stop()
  await until('the replica to go stale', () => !replica.current)
  t.regex(replica.staleReason ?? '', /closed/)
  const del = spawnSync('ovsdb-tool', ['transact', server.db, JSON.stringify([NB, { op: 'delete', table: 'Logical_Switch', where: [] }])], { encoding: 'utf8' })
  t.is(del.status, 0, del.stderr)
  t.is(replica.lookup('Logical_Switch', 'name', 'sw0').length, 1)
  const next = onReconnect(session, (c) => apply(c, sw(true), { replica })())
  server = await startOvsdb({ dir, remotes: [`ptcp:${port}:127.0.0.1`] })
  const r = right(t, await next)
  // planned from the re-attached copy: the switch and its port are made again
  t.deepEqual(r.plan.summary, { create: 2, update: 0, delete: 0 })
  t.true(replica.current)
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  t.is(await count(c, 'Logical_Switch'), 1)
  t.is(await count(c, 'Logical_Switch_Port'), 1)
})

test('a replica whose plain client closed is never current again: apply says so after replicaTimeoutMs, and sends nothing', async (t) => {
  t.timeout(20000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const a = right(t, await connect(server.unix)())
  const replica = right(t, await syncReplica(a, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  t.true(replica.current)
  await a.close()()
  t.false(replica.current)
  const b = right(t, await connect(server.unix)())
  t.teardown(() => b.close()())
  const r = await apply(b, sw(false), { replica, replicaTimeoutMs: 200 })()
  t.true(E.isLeft(r) && r.left._tag === 'ReplicaNotCurrent')
  if (E.isLeft(r)) t.regex(formatApplyError(r.left), /^the replica is not current after 200 ms \(connection to unix:.* closed \(.*\)\): nothing planned, nothing sent$/)
  // the one issue shape: one issue, its code, the same text
  if (E.isLeft(r)) t.deepEqual(issuesOf(r.left), [{ path: [], code: 'replica_not_current', message: formatApplyError(r.left) }])
  t.is(await count(b, 'Logical_Switch'), 0)
  // whenCurrent says why, too
  const w = await replica.whenCurrent(50)()
  t.true(E.isLeft(w) && /closed/.test(formatError(w.left)))
  // and gc does not sweep from it either
  const g = await gc(b, 'ctl', [], { replica, replicaTimeoutMs: 50 })()
  t.true(E.isLeft(g) && g.left._tag === 'ReplicaNotCurrent', JSON.stringify(g))
})

// an ACL added to an existing switch (a child created through its parent's column) and a
// DHCP_Options row (identified by the id in its marks): no schema index refuses a copy
const withAclAndDhcp = (): DesiredState => ({
  owner: 'ctl',
  rows: [
    { table: 'Logical_Switch', id: 'sw0', columns: { name: 'sw0', acls: ['set', [ref('a1')]] } },
    { table: 'ACL', id: 'a1', columns: { direction: 'to-lport', priority: 1001, match: 'ip4', action: 'allow' } },
    { table: 'DHCP_Options', id: 'd1', columns: { cidr: '10.0.0.0/24', options: ['map', [['lease_time', '3600']]] } },
  ],
})

/**
 * A server, a lost-reply proxy in front of it, a session through the proxy with a replica
 * following it, and a direct client to read the truth; all stopped after the test.
 */
const throughLostReplyProxy = async (t: ExecutionContext) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const proxy = await lostReplyProxy(server.unix.slice('unix:'.length))
  t.teardown(() => proxy.close())
  const session = right(t, await openSession({ remotes: proxy.remote, initialBackoffMs: 20, maxBackoffMs: 200 })())
  t.teardown(() => session.close()())
  const replica = right(t, await followReplica(session, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  const direct = right(t, await connect(server.unix)())
  t.teardown(() => direct.close()())
  return { server, proxy, session, replica, direct }
}

for (const guards of [true, false])
  test(`a transaction that commits and loses its reply: apply says the outcome is unknown; the next apply, right after the reconnect, creates nothing again (guards ${guards ? 'on' : 'off: the replica\'s currency alone'})`, async (t) => {
    t.timeout(30000)
    const { proxy, session, replica, direct } = await throughLostReplyProxy(t)
    right(t, await apply(session.client!, sw(false), { replica, guards })())

    // the transaction reaches the server and commits; neither its update nor its reply comes back
    const hit = proxy.arm('"op":"insert"')
    const lost = apply(session.client!, withAclAndDhcp(), { replica, guards })()
    await hit
    await until('the commit', async () => (await count(direct, 'DHCP_Options')) === 1)
    const next = onReconnect(session, (c) => apply(c, withAclAndDhcp(), { replica, guards })())
    proxy.cut()
    const r = await lost
    t.true(E.isLeft(r) && r.left._tag === 'OutcomeUnknown' && r.left.cause._tag === 'ConnectionClosed', JSON.stringify(r))
    if (E.isLeft(r)) t.regex(formatApplyError(r.left), /^the outcome of the transaction \(\d+ operations\) is unknown: connection closed: .*; apply again/)
    if (E.isLeft(r)) t.deepEqual(issuesOf(r.left), [{ path: [], code: 'outcome_unknown', message: formatApplyError(r.left) }])

    const again = right(t, await next)
    t.deepEqual(again.plan.summary, { create: 0, update: 0, delete: 0 })
    t.is(again.operations, 0)
    t.is(await count(direct, 'ACL'), 1)
    t.is(await count(direct, 'DHCP_Options'), 1)
    t.is(proxy.accepted(), 2)
  })

test('with the session given, apply resolves a lost reply itself: it waits for the reconnection and the re-attach, plans again from what the replica now holds (the rows committed) and sends nothing twice', async (t) => {
  t.timeout(30000)
  const { proxy, session, replica, direct } = await throughLostReplyProxy(t)
  right(t, await apply(session.client!, sw(false), { replica, session })())
  const hit = proxy.arm('"op":"insert"')
  const lost = apply(session.client!, withAclAndDhcp(), { replica, session, guards: false })()
  await hit
  await until('the commit', async () => (await count(direct, 'DHCP_Options')) === 1)
  proxy.cut()
  const r = right(t, await lost)
  // the second attempt found the rows the first one committed
  t.is(r.attempts, 2)
  t.deepEqual(r.plan.summary, { create: 0, update: 0, delete: 0 })
  t.is(await count(direct, 'ACL'), 1)
  t.is(await count(direct, 'DHCP_Options'), 1)
  t.is(proxy.accepted(), 2)
})

test('guards: a plan whose creates another transaction already made fails instead of adding a copy (the owner+id wait of DHCP_Options, the parent column wait of an ACL); without guards, the copies appear', async (t) => {
  t.timeout(20000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  right(t, await apply(c, sw(false))())
  const s = right(t, await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  const plan = right(t, diff(s.schema, s, withAclAndDhcp(), { rules: nbIdentity }))
  t.deepEqual(plan.summary, { create: 2, update: 1, delete: 0 })
  const once = compile(plan)
  right(t, await c.transact(NB, once)())
  // the same transaction again, as a blind retry would send it
  const twice = await c.transact(NB, once)()
  t.true(E.isLeft(twice) && twice.left._tag === 'OperationError' && twice.left.op === 'wait' && twice.left.error === 'timed out', JSON.stringify(twice))
  t.is(await count(c, 'ACL'), 1)
  t.is(await count(c, 'DHCP_Options'), 1)
  // each guard on its own: the DHCP create alone, the ACL create alone
  for (const table of ['DHCP_Options', 'ACL']) {
    const only = compile({ ...plan, entries: plan.entries.filter((e) => (e.table === 'DHCP_Options') === (table === 'DHCP_Options')) })
    const r = await c.transact(NB, only)()
    t.true(E.isLeft(r) && r.left._tag === 'OperationError' && r.left.error === 'timed out', `${table}: ${JSON.stringify(r)}`)
  }
  const unguarded = await c.transact(NB, compile(plan, { guards: false }))()
  t.true(E.isRight(unguarded))
  t.is(await count(c, 'ACL'), 2)
  t.is(await count(c, 'DHCP_Options'), 2)
})


test('permanent problems are named before any I/O: two desired switches of one name, a NUL or a lone surrogate in a string, references by UUID to rows the database lacks; the connection stays up', async (t) => {
  t.timeout(20000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const sent = counting(c)
  const refused = async (desired: DesiredState): Promise<string> => {
    const r = await apply(c, desired)()
    if (E.isRight(r)) return 'applied'
    return formatApplyError(r.left)
  }
  t.is(
    await refused({ owner: 'ctl', rows: [{ table: 'Logical_Switch', id: 'a', columns: { name: 'sw0' } }, { table: 'Logical_Switch', id: 'b', columns: { name: 'sw0' } }] }),
    'invalid desired state: rows[1]: Logical_Switch "b" has the identity of rows[0] ("a"): sw0; the database holds one row per identity',
  )
  t.is(await refused({ owner: 'ctl', rows: [{ table: 'Logical_Switch', id: 'a', columns: { name: 'sw\u00000' } }] }), 'invalid desired state: rows[0].columns.name: string "sw\\u00000" holds a NUL character (at 2), which OVSDB refuses')
  t.regex(await refused({ owner: 'ctl', rows: [{ table: 'Logical_Switch', id: 'a', columns: { name: 'sw0', external_ids: ['map', [['k', 'x\ud800']]] } }] }), /^invalid desired state: rows\[0\]\.columns\.external_ids: value of key "k": string .* holds a lone surrogate \(U\+D800 at 1\)/)
  const gone = '00000000-0000-4000-8000-000000000001'
  t.regex(
    await refused({
      owner: 'ctl',
      rows: [
        { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [ref('p')]] } },
        { table: 'Logical_Switch_Port', id: 'p', columns: { name: 'p', dhcpv4_options: ['uuid', gone] } },
      ],
    }),
    /rows\[1\]\.columns\.dhcpv4_options: a weak reference to DHCP_Options 0{8}-.*, which the database does not hold: the server would drop it/,
  )
  // only the snapshots' monitors went out, no transaction; the connection is fine
  t.is(sent.count, 0)
  t.true(c.isOpen)
  right(t, await apply(c, sw(true))())
  t.is(await count(c, 'Logical_Switch'), 1)
})

test('a refusal that planning again does not change is permanent: said in words after one re-plan, not retried as a conflict ("the database kept changing")', async (t) => {
  t.timeout(20000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const sent = counting(c)
  // a replica of some tables: the diff cannot see that the HA_Chassis_Group is missing
  const replica = right(t, await syncReplica(c, NB, { tables: ['Logical_Switch', 'Logical_Switch_Port'], externalIdKeys: ['ovn-nb/owner'] })())
  const gone = '00000000-0000-4000-8000-000000000002'
  const desired: DesiredState = {
    owner: 'ctl',
    rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [ref('p')]] } },
      { table: 'Logical_Switch_Port', id: 'p', columns: { name: 'p', ha_chassis_group: ['uuid', gone] } },
    ],
  }
  const r = await apply(c, desired, { replica })()
  t.true(E.isLeft(r) && r.left._tag === 'Refused' && r.left.attempts === 1 && r.left.error.error === 'referential integrity violation', JSON.stringify(r))
  if (E.isLeft(r)) t.regex(formatApplyError(r.left), new RegExp(`^the server refused the change, and planning again from the database as it is gave the same operations: the commit of 3 operations: referential integrity violation: .*${gone}`))
  // the commit failed, not one row's operation: the issue is at the operation's index
  if (E.isLeft(r) && r.left._tag === 'Refused') t.deepEqual(issuesOf(r.left), [{ path: ['operations', r.left.error.index], code: 'refused_by_server', message: formatApplyError(r.left) }])
  t.is(sent.count, 1)
  t.is(await count(c, 'Logical_Switch'), 0)
})

test('a weak reference the server drops (to a row that does not exist) is reported after the commit, not called a success forever', async (t) => {
  t.timeout(20000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  // a replica without DHCP_Options: the diff cannot see that the row is missing
  const replica = right(t, await syncReplica(c, NB, { tables: ['Logical_Switch', 'Logical_Switch_Port'], externalIdKeys: ['ovn-nb/owner'] })())
  const gone = '00000000-0000-4000-8000-000000000003'
  const desired: DesiredState = {
    owner: 'ctl',
    rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [ref('p')]] } },
      { table: 'Logical_Switch_Port', id: 'p', columns: { name: 'vm1', dhcpv4_options: ['uuid', gone] } },
    ],
  }
  for (let round = 0; round < 2; round++) {
    const r = await apply(c, desired, { replica })()
    t.true(E.isLeft(r) && r.left._tag === 'ReferencesDropped', JSON.stringify(r))
    if (E.isLeft(r))
      t.is(
        formatApplyError(r.left),
        `committed, but the server dropped 1 weak reference(s) to rows that do not exist: Logical_Switch_Port vm1 dhcpv4_options -> DHCP_Options ${gone}; the database cannot hold the desired state until they exist`,
      )
    if (E.isLeft(r))
      t.deepEqual(issuesOf(r.left), [{ path: ['Logical_Switch_Port', 'vm1', 'dhcpv4_options'], code: 'reference_dropped', message: `the server dropped the weak reference to DHCP_Options ${gone}, which does not exist` }])
  }
  // the rest committed
  t.is(await count(c, 'Logical_Switch_Port'), 1)
})

test('the incremental planner refuses a changed row that refers by UUID to a missing row, as the full diff does, before any I/O', async (t) => {
  t.timeout(20000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const sent = counting(c)
  const replica = right(t, await syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  const port = (dhcp?: string): DesiredState => ({
    owner: 'ctl',
    rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [ref('p')]] } },
      { table: 'Logical_Switch_Port', id: 'p', columns: { name: 'vm1', ...(dhcp !== undefined ? { dhcpv4_options: ['uuid', dhcp] } : {}) } },
    ],
  })
  right(t, await apply(c, port(), { replica })())
  t.is(sent.count, 1)
  const r = await apply(c, port('00000000-0000-4000-8000-000000000004'), { replica })()
  t.true(E.isLeft(r) && r.left._tag === 'InvalidDesired', JSON.stringify(r))
  if (E.isLeft(r)) t.regex(formatApplyError(r.left), /^invalid desired state: rows\[1\]\.columns\.dhcpv4_options: a weak reference to DHCP_Options /)
  t.is(sent.count, 1)
})

test('a re-attach that fails on a connection that stays up (its monitor request timed out) is retried until it succeeds: the replica does not stay stale for good', async (t) => {
  t.timeout(30000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const proxy = await lostReplyProxy(server.unix.slice('unix:'.length))
  t.teardown(() => proxy.close())
  // not leader-only: nothing is asked of a new connection before the monitor
  // 1 s: long enough for the first get_schema on a loaded machine (300 ms timed out at load 10+), short enough to wait out
  const session = right(t, await openSession({ remotes: proxy.remote, leaderOnly: false, requestTimeoutMs: 1000, initialBackoffMs: 20, maxBackoffMs: 200 })())
  t.teardown(() => session.close()())
  const replica = right(t, await followReplica(session, NB, { externalIdKeys: ['ovn-nb/owner'] })())
  // the next connection's monitor reply is held back past the request timeout (what the
  // session asks of a new connection first, list_dbs, goes through)
  proxy.stall(true, 'monitor_cond')
  proxy.cutAll()
  await until('a failed re-attach', () => /re-attach on .* failed: .*timed out/.test(replica.staleReason ?? ''))
  t.false(replica.current)
  t.true(session.client?.isOpen === true)
  proxy.stall(false)
  const r = await replica.whenCurrent(10000)()
  t.true(E.isRight(r), E.isLeft(r) ? formatError(r.left) : '')
  t.true(replica.current)
  t.is(proxy.accepted(), 2)
})
