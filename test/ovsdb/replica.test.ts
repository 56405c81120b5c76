import test, { type ExecutionContext } from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/replica.js'
import { clientOver, connect, type Client, type Operation, type Row } from '../../src/ovsdb/index.js'
import { startOvsdb } from '../support/ovsdb.js'
import { fakeServer } from './memory.js'
import { right } from '../support/either.js'

const NB = 'OVN_Northbound'

const setup = async (t: ExecutionContext): Promise<Client> => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const client = right(t, await connect(server.unix)())
  t.teardown(() => client.close()())
  return client
}

// Compare as sets: element order inside sets and maps is not significant.
const canon = (tables: ReadonlyMap<string, ReadonlyMap<string, Row>>) =>
  Object.fromEntries(
    [...tables].map(([t, rows]) => [
      t,
      Object.fromEntries(
        [...rows].map(([u, r]) => [
          u,
          Object.fromEntries(
            Object.entries(r).map(([c, v]) => [
              c,
              Array.isArray(v) && (v[0] === 'set' || v[0] === 'map')
                ? [v[0], [...(v[1] as unknown[])].map((x) => JSON.stringify(x)).sort()]
                : v,
            ]),
          ),
        ]),
      ),
    ]),
  )

const TABLES = ['Logical_Switch', 'Logical_Switch_Port', 'Address_Set', 'Port_Group', 'ACL']

test('applyDiff: scalars replaced, set elements toggled, map pairs added, removed or replaced', (t) => {
  const str = { type: 'string' as const }
  t.is(_.applyDiff({ key: str, min: 1, max: 1 }, 'a', 'b'), 'b')
  t.deepEqual(_.applyDiff({ key: str, min: 0, max: 'unlimited' }, ['set', ['a', 'b']], ['set', ['b', 'c']]), ['set', ['a', 'c']])
  t.deepEqual(_.applyDiff({ key: { type: 'integer' }, min: 0, max: 1 }, ['set', []], 7), ['set', [7]])
  // an optional value gets its new value (what ovsdb-server 3.1 sends), not a toggle
  t.deepEqual(_.applyDiff({ key: { type: 'integer' }, min: 0, max: 1 }, ['set', [5]], 7), ['set', [7]])
  t.deepEqual(_.applyDiff({ key: { type: 'integer' }, min: 0, max: 1 }, ['set', [5]], ['set', []]), ['set', []])
  t.deepEqual(
    _.applyDiff({ key: str, value: str, min: 0, max: 'unlimited' }, ['map', [['a', '1'], ['b', '2']]], ['map', [['a', '1'], ['b', '3'], ['c', '4']]]),
    ['map', [['b', '3'], ['c', '4']]],
  )
})

let unique = 0 // unique names without randomness outside fast-check

// Random transactions over the NB schema, touching scalars, optional values, sets and maps.
const name = fc.constantFrom('a', 'b', 'c', 'd')
const str = fc.constantFrom('x', 'y', 'z', '10.0.0.1', 'fd00::1')
const opArb = fc.oneof<fc.Arbitrary<ReadonlyArray<Operation>>[]>(
  fc.tuple(name, fc.array(str, { maxLength: 3 }), fc.dictionary(fc.constantFrom('k1', 'k2', 'owner'), str, { maxKeys: 3 })).map(([n, addrs, ext]) => [
    { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'p', row: { name: `${n}-${++unique}`, addresses: ['set', [...new Set(addrs)]], external_ids: ['map', Object.entries(ext)] } },
    { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', n]], mutations: [['ports', 'insert', ['set', [['named-uuid', 'p']]]]] },
  ]),
  name.map((n) => [{ op: 'insert', table: 'Logical_Switch', row: { name: n, external_ids: ['map', [['owner', 'test']]] } }]),
  fc.tuple(name, fc.dictionary(fc.constantFrom('k1', 'k2', 'owner'), str, { maxKeys: 3 })).map(([n, ext]) => [
    { op: 'update', table: 'Logical_Switch', where: [['name', '==', n]], row: { external_ids: ['map', Object.entries(ext)] } },
  ]),
  fc.tuple(name, fc.constantFrom('k1', 'k2'), str).map(([n, k, v]) => [
    { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', n]], mutations: [['other_config', 'insert', ['map', [[k, v]]]]] },
  ]),
  fc.tuple(name, fc.constantFrom('k1', 'k2')).map(([n, k]) => [
    { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', n]], mutations: [['other_config', 'delete', ['set', [k]]]] },
  ]),
  fc.tuple(fc.integer({ min: 1, max: 4095 }), fc.boolean()).map(([tag, clear]) => [
    { op: 'update', table: 'Logical_Switch_Port', where: [], row: { tag: clear ? ['set', []] : tag } },
  ]),
  fc.tuple(str, fc.boolean()).map(([a, del]) => [
    { op: 'mutate', table: 'Logical_Switch_Port', where: [], mutations: [['addresses', del ? 'delete' : 'insert', ['set', [a]]]] },
  ]),
  name.map((n) => [{ op: 'delete', table: 'Logical_Switch', where: [['name', '==', n]] }]),
  fc.tuple(name, fc.array(str, { maxLength: 3 })).map(([n, xs]) => [
    { op: 'insert', table: 'Address_Set', row: { name: `as_${n}_${++unique}`, addresses: ['set', [...new Set(xs)]] } },
  ]),
  fc.constant([{ op: 'delete', table: 'Address_Set', where: [] }]),
)

for (const method of ['monitor_cond_since', 'monitor_cond', 'monitor'] as const) {
  test(`${method}: after every transaction the replica equals a fresh select of the database`, async (t) => {
    const client = await setup(t)
    // some rows exist before the replica starts
    right(t, await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'a', other_config: ['map', [['k1', 'v']]] } }])())
    const replica = right(t, await _.syncReplica(client, NB, { tables: TABLES, method })())
    t.is(replica.method, method)
    let mismatch = ''
    const check = fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (txns) => {
        for (const ops of txns) {
          await client.transact(NB, ops, { validate: false })() // some fail (e.g. no such switch): fine
          const db = right(t, await _.snapshot(client, NB, TABLES)())
          const mine = new Map(TABLES.map((x) => [x, replica.rows(x)]))
          const a = canon(mine)
          const b = canon(db)
          for (const table of TABLES)
            for (const u of new Set([...Object.keys(a[table] ?? {}), ...Object.keys(b[table] ?? {})]))
              if (JSON.stringify(a[table]?.[u]) !== JSON.stringify(b[table]?.[u]))
                throw new Error((mismatch = `${table} ${u}: replica ${JSON.stringify(a[table]?.[u])} database ${JSON.stringify(b[table]?.[u])}`))
        }
        return true
      }),
      { numRuns: 12 },
    )
    await check.catch((e: unknown) => t.fail(`${mismatch}\n${String(e)}`))
    t.is(mismatch, '')
  })
}

test('indexes: name, schema index, external_ids key; onChange events', async (t) => {
  const client = await setup(t)
  const replica = right(t, await _.syncReplica(client, NB, { tables: TABLES, externalIdKeys: ['owner'] })())
  const changes: _.ReplicaChanges[] = []
  replica.onChange((c) => changes.push(c))
  const r = right(
    t,
    await client.transact(NB, [
      { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'p', row: { name: 'port1', external_ids: ['map', [['owner', 'ctl-a']]] } },
      { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0', ports: ['set', [['named-uuid', 'p']]], external_ids: ['map', [['owner', 'ctl-a']]] } },
    ])(),
  )
  // read-your-writes: the replica has the rows when transact resolves
  t.deepEqual(replica.lookup('Logical_Switch', 'name', 'sw0'), [r[1].uuid[1]])
  t.deepEqual(replica.lookup('Logical_Switch_Port', 'name', 'port1'), [r[0].uuid[1]])
  t.deepEqual(replica.lookup('Logical_Switch', 'external_ids:owner', 'ctl-a'), [r[1].uuid[1]])
  t.deepEqual(replica.lookup('Logical_Switch', 'external_ids:owner', 'nobody'), [])
  t.true(typeof replica.lastTxnId === 'string')
  t.is(changes.length, 1)
  t.is(changes[0]!.changes.length, 2)
  right(t, await client.transact(NB, [{ op: 'update', table: 'Logical_Switch', where: [['name', '==', 'sw0']], row: { name: 'sw1', external_ids: ['map', [['owner', 'ctl-b']]] } }])())
  t.deepEqual(replica.lookup('Logical_Switch', 'name', 'sw0'), [])
  t.deepEqual(replica.lookup('Logical_Switch', 'name', 'sw1'), [r[1].uuid[1]])
  t.deepEqual(replica.lookup('Logical_Switch', 'external_ids:owner', 'ctl-a'), [])
  t.deepEqual(replica.lookup('Logical_Switch', 'external_ids:owner', 'ctl-b'), [r[1].uuid[1]])
  // an unindexed lookup scans
  t.deepEqual(replica.lookup('Logical_Switch_Port', 'enabled', ['set', []]), [r[0].uuid[1]])
  right(t, await client.transact(NB, [{ op: 'delete', table: 'Logical_Switch', where: [] }])())
  t.is(replica.rows('Logical_Switch').size, 0)
  t.is(replica.rows('Logical_Switch_Port').size, 0) // garbage-collected by the server, seen by the replica
  t.deepEqual(replica.lookup('Logical_Switch_Port', 'name', 'port1'), [])
})

test('auto falls back to monitor_cond when the server does not know monitor_cond_since', async (t) => {
  const server = fakeServer()
  const client = clientOver(server.channel, 'memory:', {
    probeIntervalMs: 0,
    schemas: [{ name: 'D', version: '1.0.0', tables: { T: { name: 'T', isRoot: true, indexes: [], columns: { n: { name: 'n', type: { key: { type: 'integer' }, min: 1, max: 1 }, ephemeral: false, mutable: true } } } } }],
  })
  const pending = _.syncReplica(client, 'D')()
  await server.waitFor(1)
  t.is(server.received[0]!['method'], 'monitor_cond_since')
  server.send('{"id":1,"result":null,"error":"unknown method"}')
  await server.waitFor(2)
  t.is(server.received[1]!['method'], 'monitor_cond')
  server.send('{"id":2,"result":{"T":{"550e8400-e29b-41d4-a716-446655440000":{"initial":{"n":5}}}},"error":null}')
  const replica = right(t, await pending)
  t.is(replica.method, 'monitor_cond')
  t.deepEqual(replica.get('T', '550e8400-e29b-41d4-a716-446655440000'), { _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], n: 5 })
  const monitorId = (server.received[1]!['params'] as unknown[])[1]
  server.send(JSON.stringify({ id: null, method: 'update2', params: [monitorId, { T: { '550e8400-e29b-41d4-a716-446655440000': { modify: { n: 6 } } } }] }))
  t.is(replica.get('T', '550e8400-e29b-41d4-a716-446655440000')?.['n'], 6)
})

test('an update read in the same chunk as the monitor reply is applied after the reply rows, not lost (found by apply --wait under load)', async (t) => {
  const server = fakeServer()
  const client = clientOver(server.channel, 'memory:', {
    probeIntervalMs: 0,
    schemas: [{ name: 'D', version: '1.0.0', tables: { T: { name: 'T', isRoot: true, indexes: [], columns: { n: { name: 'n', type: { key: { type: 'integer' }, min: 1, max: 1 }, ephemeral: false, mutable: true } } } } }],
  })
  const pending = _.syncReplica(client, 'D', { monitorId: 'm' })()
  await server.waitFor(1)
  server.send(
    '{"id":1,"result":[false,"00000000-0000-0000-0000-000000000001",{"T":{"550e8400-e29b-41d4-a716-446655440000":{"initial":{"n":0}}}}],"error":null}' +
      '{"id":null,"method":"update3","params":["m","00000000-0000-0000-0000-000000000002",{"T":{"550e8400-e29b-41d4-a716-446655440000":{"modify":{"n":1}}}}]}',
  )
  const replica = right(t, await pending)
  t.is(replica.get('T', '550e8400-e29b-41d4-a716-446655440000')?.['n'], 1)
  t.is(replica.lastTxnId, '00000000-0000-0000-0000-000000000002')
})

test('current: not while attaching, yes once the rows are in, not from the moment its connection ends (with the reason), yes again once re-attached on a new connection; whenCurrent waits for that, bounded; a replica filled by hand counts as current', async (t) => {
  t.timeout(20000)
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const a = right(t, await connect(server.unix)())
  const hand = new _.Replica(a.schemaOf('OVN_Northbound') ?? right(t, await a.getSchema('OVN_Northbound')()), ['Logical_Switch'])
  t.true(hand.current)
  const replica = new _.Replica(hand.schema, ['Logical_Switch'])
  const attaching = _.attachReplica(replica, a, 'OVN_Northbound')
  t.false(replica.current)
  t.is(replica.staleReason, `attaching on ${a.remote}`)
  right(t, await attaching())
  t.true(replica.current)
  t.is(replica.staleReason, undefined)
  await a.close()()
  t.false(replica.current)
  t.regex(replica.staleReason ?? '', /^connection to unix:.* closed \(/)
  const timedOut = await replica.whenCurrent(30)()
  t.true(E.isLeft(timedOut) && timedOut.left._tag === 'Timeout')
  // someone writes meanwhile; the re-attach on a new connection brings it, and only then is the copy current
  const b = right(t, await connect(server.unix)())
  t.teardown(() => b.close()())
  right(t, await b.transact('OVN_Northbound', [{ op: 'insert', table: 'Logical_Switch', row: { name: 'meanwhile' } }])())
  const waiting = replica.whenCurrent(10000)()
  const again = _.attachReplica(replica, b, 'OVN_Northbound')
  t.is(replica.staleReason, `re-attaching on ${b.remote}`)
  right(t, await again())
  const w = await waiting
  t.true(E.isRight(w))
  t.true(replica.current)
  t.is(replica.lookup('Logical_Switch', 'name', 'meanwhile').length, 1)
})

test('the monitor names every column of the schema (ovsdb-server adds `_version` to every row of a request without columns); a server that refuses a column (a schema given to the client newer than the server\'s) is asked again without columns', async (t) => {
  const server = fakeServer()
  const column = { name: 'n', type: { key: { type: 'integer' as const }, min: 1, max: 1 as const }, ephemeral: false, mutable: true }
  const client = clientOver(server.channel, 'memory:', {
    probeIntervalMs: 0,
    schemas: [{ name: 'D', version: '1.0.0', tables: { T: { name: 'T', isRoot: true, indexes: [], columns: { n: column, m: { ...column, name: 'm' } } }, E: { name: 'E', isRoot: true, indexes: [], columns: {} } } }],
  })
  const pending = _.syncReplica(client, 'D', { monitorId: 'm' })()
  await server.waitFor(1)
  t.deepEqual((server.received[0]!['params'] as unknown[])[2], { T: { columns: ['n', 'm'] }, E: {} })
  server.send('{"id":1,"result":null,"error":{"error":"syntax error","details":"m is not a valid column name"}}')
  await server.waitFor(2)
  t.is(server.received[1]!['method'], 'monitor_cond_since')
  t.deepEqual((server.received[1]!['params'] as unknown[])[2], { T: {}, E: {} })
  server.send('{"id":2,"result":[false,"00000000-0000-0000-0000-000000000001",{"T":{"550e8400-e29b-41d4-a716-446655440000":{"initial":{"n":3,"_version":["uuid","550e8400-e29b-41d4-a716-446655440001"]}}}}],"error":null}')
  const replica = right(t, await pending)
  t.deepEqual(replica.get('T', '550e8400-e29b-41d4-a716-446655440000'), { _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], n: 3, m: 0 })
})

test('any other refusal of the monitor is an error at once, not asked again without columns', async (t) => {
  const server = fakeServer()
  const column = { name: 'n', type: { key: { type: 'integer' as const }, min: 1, max: 1 as const }, ephemeral: false, mutable: true }
  const client = clientOver(server.channel, 'memory:', { probeIntervalMs: 0, schemas: [{ name: 'D', version: '1.0.0', tables: { T: { name: 'T', isRoot: true, indexes: [], columns: { n: column } } } }] })
  const pending = _.syncReplica(client, 'D', { monitorId: 'm' })()
  await server.waitFor(1)
  server.send('{"id":1,"result":null,"error":{"error":"unknown database","details":"D"}}')
  const r = await pending
  t.true(E.isLeft(r) && r.left._tag === 'RpcError' && r.left.error === 'unknown database', JSON.stringify(r))
  t.is(server.received.length, 1)
})

test('a client given a schema newer than the server\'s (a column the server lacks) still syncs from the real ovsdb-server', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const probe = right(t, await connect(server.unix)())
  t.teardown(() => probe.close()())
  const schema = right(t, await probe.getSchema(NB)())
  const ls = schema.tables['Logical_Switch']!
  const future = { name: 'zz_future', type: { key: { type: 'string' as const }, min: 0, max: 1 as const }, ephemeral: false, mutable: true }
  const newer = { ...schema, tables: { ...schema.tables, Logical_Switch: { ...ls, columns: { ...ls.columns, zz_future: future } } } }
  const client = right(t, await connect(server.unix, { schemas: [newer] })())
  t.teardown(() => client.close()())
  right(t, await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'sw0' } }], { validate: false })())
  const replica = right(t, await _.syncReplica(client, NB, { tables: ['Logical_Switch'] })())
  const [row] = [...replica.rows('Logical_Switch').values()]
  t.is(row?.['name'], 'sw0')
  t.deepEqual(row?.['zz_future'], ['set', []])
})

test('rows keep their format whatever the number of columns: `_uuid` first, then every column of the schema in order, defaults for those not sent, plain objects; a column named __proto__ or constructor is an own property', (t) => {
  const names = [...Array.from({ length: 18 }, (_, i) => `c${i}`), '__proto__', 'constructor']
  const str = { key: { type: 'string' as const }, min: 0, max: 1 as const }
  const schema = {
    name: 'D',
    version: '1.0.0',
    tables: { T: { name: 'T', isRoot: true, indexes: [], columns: Object.fromEntries(names.map((n) => [n, { name: n, type: str, ephemeral: false, mutable: true }])) } },
  }
  const replica = new _.Replica(schema, ['T'])
  const a = '550e8400-e29b-41d4-a716-446655440000'
  const b = '550e8400-e29b-41d4-a716-446655440001'
  replica.applyUpdates2(JSON.parse(`{"T":{"${a}":{"initial":{"c3":"x","__proto__":"p","constructor":"k"}},"${b}":{"initial":{"c17":"y"}}}}`))
  const ra = replica.get('T', a)!
  const rb = replica.get('T', b)!
  t.deepEqual(Object.keys(ra), ['_uuid', ...names])
  t.deepEqual(Object.keys(rb), ['_uuid', ...names])
  t.is(Object.getPrototypeOf(ra), Object.prototype)
  t.is(Object.getPrototypeOf(rb), Object.prototype)
  t.deepEqual(ra['_uuid'], ['uuid', a])
  t.deepEqual(rb['_uuid'], ['uuid', b])
  t.deepEqual(Object.getOwnPropertyDescriptor(ra, '__proto__')?.value, ['set', ['p']])
  t.deepEqual(Object.getOwnPropertyDescriptor(rb, '__proto__')?.value, ['set', []])
  t.deepEqual(ra['constructor'], ['set', ['k']])
  t.deepEqual(rb['constructor'], ['set', []])
  t.deepEqual(ra['c3'], ['set', ['x']])
  t.deepEqual(rb['c3'], ['set', []])
  t.deepEqual(rb['c17'], ['set', ['y']])
})
