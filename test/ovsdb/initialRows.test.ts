/**
 * The first copy of a replica taken in pieces while the monitor_cond_since reply arrives
 * (framer split -> rpc claim -> client initialRowsSplit -> Replica.stageInitial): the
 * same replica, the same errors and nothing applied on failure, whatever the chunks.
 */
import test, { type ExecutionContext } from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { attachReplica, clientOver, connect, formatError, Replica, snapshot, type Client, type DatabaseSchema, type Operation, type OvsdbError, type Row } from '../../src/ovsdb/index.js'
import { startOvsdb } from '../support/ovsdb.js'
import { right } from '../support/either.js'
import { fakeServer } from './memory.js'
import { splitAt } from './chunks.js'

const TXN = '00000000-0000-0000-0000-000000000007'
const uuid = (i: number): string => `550e8400-e29b-41d4-a716-${String(i).padStart(12, '0')}`

const column = (type: unknown) => ({ type, ephemeral: false, mutable: true })
const SCHEMA = {
  name: 'D',
  version: '1.0.0',
  tables: {
    T: {
      name: 'T',
      isRoot: true,
      indexes: [['name']],
      columns: {
        name: { name: 'name', ...column({ key: { type: 'string' }, min: 1, max: 1 }) },
        n: { name: 'n', ...column({ key: { type: 'integer' }, min: 0, max: 1 }) },
        tags: { name: 'tags', ...column({ key: { type: 'string' }, min: 0, max: 'unlimited' }) },
        external_ids: { name: 'external_ids', ...column({ key: { type: 'string' }, value: { type: 'string' }, min: 0, max: 'unlimited' }) },
      },
    },
    U: { name: 'U', isRoot: true, indexes: [], columns: { ref: { name: 'ref', ...column({ key: { type: 'uuid' }, min: 0, max: 1 }) } } },
  },
} as unknown as DatabaseSchema

const tRow = (i: number): Record<string, unknown> => ({
  name: `t${i} é€𝄞 "q" \\ {}[]`,
  ...(i % 2 === 0 ? { n: i } : {}),
  ...(i % 3 === 0 ? { tags: ['set', ['a', `b${i}`]] } : i % 3 === 1 ? { tags: 'solo' } : {}),
  external_ids: ['map', [['owner', i % 4 === 0 ? 'x' : 'y']]],
})

/** A monitor_cond_since reply as ovsdb-server writes it, id first. */
const reply = (id: number, tables: Record<string, Record<string, unknown>>): string =>
  JSON.stringify({ id, result: [false, TXN, tables], error: null })

const small = (): Record<string, Record<string, unknown>> => ({
  T: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [uuid(i), { initial: tRow(i) }])),
  U: { [uuid(100)]: { initial: { ref: ['uuid', uuid(1)] } }, [uuid(101)]: { initial: {} } },
})

/** Rows of `n` tables of T whose reply is about `bytes` long: several runs of 1 MB. */
const large = (rows: number): Record<string, Record<string, unknown>> => ({
  T: Object.fromEntries(Array.from({ length: rows }, (_, i) => [uuid(i), { initial: { ...tRow(i), tags: ['set', Array.from({ length: 20 }, (_, k) => `tag-${i}-${k}`)] } }])),
  U: { [uuid(rows + 1)]: { initial: { ref: ['uuid', uuid(0)] } } },
})

const chunks = (text: string, cuts: ReadonlyArray<number>): Buffer[] => splitAt(Buffer.from(text), cuts).filter((c) => c.length > 0)
const every = (text: string, size: number): number[] => Array.from({ length: Math.ceil(Buffer.byteLength(text) / size) }, (_, i) => i * size)

/** Counts the runs of rows `replica` stages from now on (0: every reply taken whole). */
const countPieces = (replica: Replica): (() => number) => {
  let n = 0
  const stage = replica.stageInitial.bind(replica)
  replica.stageInitial = () => {
    const s = stage()
    return { ...s, sink: { ...s.sink, rows: (r) => (n++, s.sink.rows(r)) } }
  }
  return () => n
}

/**
 * Syncs a new replica of D from a fake server that answers the monitor with `chunks`;
 * counts the pieces of rows the replica staged (0: the reply was taken whole).
 */
const syncOver = async (parts: ReadonlyArray<Uint8Array>): Promise<{ readonly result: E.Either<OvsdbError, Replica>; readonly replica: Replica; readonly pieces: number }> => {
  const server = fakeServer()
  const client = clientOver(server.channel, 'memory:', { probeIntervalMs: 0, schemas: [SCHEMA] })
  const replica = new Replica(SCHEMA, ['T', 'U'], ['owner'])
  const pieces = countPieces(replica)
  const pending = attachReplica(replica, client, 'D', { monitorId: 'm' })()
  await server.waitFor(1)
  for (const p of parts) server.send(p)
  const result = await pending
  return { result, replica, pieces: pieces() }
}

/** What a test compares: every table's rows and the indexes' answers. */
const content = (r: Replica): unknown => ({
  T: [...r.rows('T')],
  U: [...r.rows('U')],
  byName: [...r.rows('T').values()].map((row) => r.lookup('T', 'name', row['name'] as string)),
  owners: ['x', 'y', 'z'].map((o) => r.lookup('T', 'external_ids:owner', o)),
  txn: r.lastTxnId,
})

test('a reply split at every byte boundary gives the replica the reply in one chunk gives, through pieces', async (t) => {
  const text = reply(1, small())
  const whole = await syncOver([Buffer.from(text)])
  t.is(whole.pieces, 0) // one chunk: parsed whole (the framer's fast path)
  const expected = content(right(t, whole.result))
  t.is(whole.replica.size, 8)
  for (let k = 1; k < Buffer.byteLength(text); k++) {
    const r = await syncOver(chunks(text, [k]))
    t.deepEqual(content(right(t, r.result)), expected, `cut at ${k}`)
    // T's rows in one run at its close, U's at its close
    t.is(r.pieces, 2, `cut at ${k}`)
  }
})

test('any chunking of the reply (property): the same replica', async (t) => {
  const text = reply(1, small())
  const expected = content(right(t, (await syncOver([Buffer.from(text)])).result))
  await fc.assert(
    fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), async (cuts) => {
      const r = await syncOver(chunks(text, cuts))
      t.deepEqual(content(right(t, r.result)), expected)
    }),
    { numRuns: 200 },
  )
})

test('a large reply in 64 KiB chunks is taken in runs of about 1 MB while it arrives; the same replica as whole', async (t) => {
  const text = reply(1, large(12000))
  t.true(text.length > 3_000_000)
  const whole = await syncOver([Buffer.from(text)])
  const pieces = await syncOver(chunks(text, every(text, 65536)))
  t.deepEqual(content(right(t, pieces.result)), content(right(t, whole.result)))
  t.is(pieces.replica.size, 12001)
  t.true(pieces.pieces >= 4, `${pieces.pieces} pieces`)
})

const failsAlike = async (t: ExecutionContext, text: string): Promise<string> => {
  const whole = await syncOver([Buffer.from(text)])
  const split = await syncOver(chunks(text, every(text, 65536)))
  t.true(E.isLeft(whole.result) && E.isLeft(split.result))
  const message = (r: E.Either<OvsdbError, Replica>): string => (E.isLeft(r) ? formatError(r.left) : 'Right')
  t.is(message(split.result), message(whole.result))
  // nothing of it applied, and the replica not current
  t.is(split.replica.size, 0)
  t.false(split.replica.current)
  return message(split.result)
}

test('a malformed row in the middle of a large reply: the same DecodeError as the reply parsed whole, nothing applied', async (t) => {
  const withRow = (id: string, row: unknown): string => {
    const tables = large(12000)
    const rows = Object.entries(tables['T']!)
    rows.splice(6000, 0, [id, row])
    return reply(1, { ...tables, T: Object.fromEntries(rows) })
  }
  for (const bad of [{ initial: { name: 'x' }, insert: { name: 'y' } }, { initial: { name: { not: 'a value' } } }, 'row'])
    t.regex(await failsAlike(t, withRow(uuid(99999), bad)), /monitor_cond_since result/)
  // a modify of a row the copy does not hold is valid (and skipped): not for the pieces, taken whole, the same replica
  const modify = withRow(uuid(99999), { modify: { name: 'z' } })
  const whole = await syncOver([Buffer.from(modify)])
  const split = await syncOver(chunks(modify, every(modify, 65536)))
  t.deepEqual(content(right(t, split.result)), content(right(t, whole.result)))
  t.is(split.replica.size, 12001)
  // a row id that is no UUID, in the middle
  t.regex(await failsAlike(t, withRow('not-a-uuid', { initial: { name: 'x' } })), /not-a-uuid/)
})

test('an error reply, a result that is not what it should be: the same typed errors as whole', async (t) => {
  const deepDetails = { error: 'syntax error', details: 'x'.repeat(200_000), nested: { a: { b: { c: {} } } } }
  t.regex(await failsAlike(t, JSON.stringify({ id: 1, result: null, error: deepDetails })), /syntax error/)
  const big = large(3000)
  // a table that is not an object, a table that is an array, a fourth element, found true with rows that are not initial
  await failsAlike(t, JSON.stringify({ id: 1, result: [false, TXN, { ...big, U: 5 }], error: null }))
  await failsAlike(t, JSON.stringify({ id: 1, result: [false, TXN, { ...big, U: [1, 2] }], error: null }))
  await failsAlike(t, JSON.stringify({ id: 1, result: [false, 7, big], error: null }))
  await failsAlike(t, JSON.stringify({ id: 1, result: { ...big }, error: null }))
  await failsAlike(t, JSON.stringify({ id: 1, result: [false, TXN, big], error: { error: 'both' } }))
})

test('shapes the pieces do not take are still taken whole, as before: found true, a table named twice, white space, error first', async (t) => {
  const big = large(3000)
  const texts = [
    JSON.stringify({ id: 1, result: [true, TXN, big], error: null }),
    // a table named twice: the second wins, as JSON.parse has it
    reply(1, big).replace(`{"T":`, `{"T":{"${uuid(77777)}":{"initial":{"name":"gone"}}},"T":`),
    JSON.stringify({ id: 1, result: [false, TXN, big], error: null }, null, 1),
    JSON.stringify({ error: null, id: 1, result: [false, TXN, big] }),
  ]
  for (const text of texts) {
    const whole = await syncOver([Buffer.from(text)])
    const split = await syncOver(chunks(text, every(text, 65536)))
    t.deepEqual(content(right(t, split.result)), content(right(t, whole.result)))
    t.is(split.replica.size, 3001)
  }
})

// -------------------------------------------------------------------------------------
// the real ovsdb-server
// -------------------------------------------------------------------------------------

const NB = 'OVN_Northbound'

// serial (ava runs serial tests first, alone): the CPU-bound tests above, run beside it,
// starve its event loop past ovsdb-server's readiness deadline
test.serial('ovsdb-server: a first copy of more than a megabyte is taken in pieces, equals a select, follows updates, and re-attaches on a new connection', async (t) => {
  t.timeout(60_000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const a = right(t, await connect(server.unix)())
  t.teardown(() => a.close()())
  const schema = right(t, await a.getSchema(NB)())
  // 80 address sets of 2,000 addresses and 300 switches: a reply of ~2.2 MB
  const ops: Operation[] = [
    ...Array.from({ length: 80 }, (_, i): Operation => ({ op: 'insert', table: 'Address_Set', row: { name: `as${i}`, addresses: ['set', Array.from({ length: 2000 }, (_, k) => `10.${i}.${k >> 8}.${k & 255}`)] } })),
    ...Array.from({ length: 300 }, (_, i): Operation => ({ op: 'insert', table: 'Logical_Switch', row: { name: `ls${i}`, other_config: ['map', [['subnet', `10.${i}.0.0/16`]]], external_ids: ['map', [['owner', 'me']]] } })),
  ]
  right(t, await a.transact(NB, ops)())
  const tables = ['Address_Set', 'Logical_Switch', 'Port_Group']
  const replica = new Replica(schema, tables, ['owner'])
  const pieces = countPieces(replica)
  // a caller holding a table's rows before the first copy sees them arrive in the same map
  const held = replica.rows('Logical_Switch')
  const b = right(t, await connect(server.unix)())
  right(t, await attachReplica(replica, b, NB)())
  t.true(pieces() >= 3, `${pieces()} pieces`)
  t.is(replica.rows('Logical_Switch'), held)
  t.is(held.size, 300)
  const same = async (c: Client): Promise<void> => {
    const snap = right(t, await snapshot(c, NB, tables)())
    for (const table of tables) t.deepEqual(canon(replica.rows(table)), canon(snap.get(table)!), table)
  }
  await same(a)
  t.is(replica.lookup('Logical_Switch', 'external_ids:owner', 'me').length, 300)
  t.is(replica.size, 380)
  // updates after the copy
  right(t, await a.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'sw0' } }, { op: 'delete', table: 'Address_Set', where: [['name', '==', 'as3']] }])())
  await waitFor(() => replica.lookup('Logical_Switch', 'name', 'sw0').length === 1 && replica.lookup('Address_Set', 'name', 'as3').length === 0)
  await same(a)
  // the connection lost, a change meanwhile, re-attached on a new one (a standalone server: a fresh copy, whole)
  await b.close()()
  right(t, await a.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'sw1' } }])())
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  right(t, await attachReplica(replica, c, NB)())
  t.true(replica.current)
  t.is(replica.lookup('Logical_Switch', 'name', 'sw1').length, 1)
  await same(a)
})

const waitFor = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25))
}

// Compare as sets: element order inside sets and maps is not significant.
const canon = (rows: ReadonlyMap<string, Row>): unknown =>
  Object.fromEntries(
    [...rows].map(([u, r]) => [
      u,
      Object.fromEntries(Object.entries(r).map(([c, v]) => [c, Array.isArray(v) && (v[0] === 'set' || v[0] === 'map') ? [v[0], [...(v[1] as unknown[])].map((x) => JSON.stringify(x)).sort()] : v])),
    ]),
  )

test('a server silent in the middle of a large reply: a Timeout, nothing applied; the rest arriving late changes nothing and throws nothing', async (t) => {
  const text = reply(1, large(12000))
  const parts = chunks(text, every(text, 65536))
  const server = fakeServer()
  const client = clientOver(server.channel, 'memory:', { probeIntervalMs: 0, transactTimeoutMs: 300, schemas: [SCHEMA] })
  const replica = new Replica(SCHEMA, ['T', 'U'], ['owner'])
  const pieces = countPieces(replica)
  const pending = attachReplica(replica, client, 'D', { monitorId: 'm' })()
  await server.waitFor(1)
  const half = Math.floor(parts.length * 0.6)
  for (const p of parts.slice(0, half)) server.send(p)
  t.true(pieces() >= 2, `${pieces()} pieces staged before the server fell silent`)
  const r = await pending
  t.true(E.isLeft(r) && r.left._tag === 'Timeout', E.isLeft(r) ? formatError(r.left) : 'Right')
  t.is(replica.size, 0)
  t.false(replica.current)
  // the rest of the reply, after its request gave up: no rows taken, no throw
  const before = pieces()
  t.notThrows(() => {
    for (const p of parts.slice(half)) server.send(p)
  })
  t.is(pieces(), before)
  t.is(replica.size, 0)
  t.false(replica.current)
})
