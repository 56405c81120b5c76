/**
 * Server schema vs model: the comparison, the guard (refusing before any I/O an
 * operation that names what the server lacks), and connectNb against real
 * ovsdb-servers older than, equal to and newer than the model.
 */
import test, { type ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clientOver, type DatabaseSchema, type Operation, type Row as WireRow } from '../../src/ovsdb/index.js'
import { parseSchemaText } from '../../src/codegen/index.js'
import * as NB from '../../src/nb/generated/index.js'
import * as _ from '../../src/nb/compat.js'
import { startOvsdb } from '../support/ovsdb.js'
import { fakeServer } from '../ovsdb/memory.js'
import { DEBIAN_NB, schemasDir } from '../codegen/paths.js'
import { right } from '../support/either.js'

const DB = 'OVN_Northbound'

const load = (path: string): DatabaseSchema => {
  const s = parseSchemaText(readFileSync(path, 'utf8'), path)
  if (E.isLeft(s)) throw new Error(s.left)
  return s.right
}
const nb700 = load(DEBIAN_NB)
const nbMainPath = join(schemasDir, 'ovn-nb-main.ovsschema')
const nbMain = load(nbMainPath)

const TIER_700 = 'ACL.tier needs OVN_Northbound >= 7.3.0; the server has 7.0.0'
const aclWithTier: Operation = {
  op: 'insert',
  table: 'ACL',
  row: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow', tier: 1 },
  'uuid-name': 'acl',
}
/** ACL is not a root table: a switch keeps the new ACL alive. */
const switchWithAcl: Operation = { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0', acls: ['set', [['named-uuid', 'acl']]] } }

// -------------------------------------------------------------------------------------
// pure
// -------------------------------------------------------------------------------------

test('compareWithServer: an older server lacks tables and columns, each with the version that has it', (t) => {
  const c = _.compareWithServer(NB.model, nb700)
  t.is(c.server, 'older')
  t.is(c.serverVersion, '7.0.0')
  t.is(c.modelVersion, '7.19.0')
  t.deepEqual(c.missingColumns.find((m) => m.table === 'ACL' && m.column === 'tier'), { table: 'ACL', column: 'tier', since: '7.3.0' })
  t.deepEqual(c.missingTables.find((m) => m.table === 'Logical_Switch_Port_Health_Check'), { table: 'Logical_Switch_Port_Health_Check', since: '7.18.0' })
  t.is(c.missingTables.length, 9)
  t.deepEqual(c.extraTables, [])
  t.deepEqual(c.extraColumns, [])
  for (const m of c.missingColumns) t.true(m.since !== undefined && m.since !== '7.0.0', `${m.table}.${m.column}`)
  t.deepEqual(_.compareWithServer(NB.model, nbMain).missingColumns, [])
  t.is(_.compareWithServer(NB.model, nbMain).server, 'same')
  t.false(_.sharedColumns(NB.model, nb700, 'ACL').includes('tier'))
  t.true(_.sharedColumns(NB.model, nb700, 'ACL').includes('priority'))
  t.deepEqual(_.sharedColumns(NB.model, nb700, 'Sample'), [])
})

test('checkAgainstServer: a column the server lacks, named by insert, update, mutate, where, select and wait', (t) => {
  const check = (ops: ReadonlyArray<Operation>) => _.checkAgainstServer(NB.model, nb700, ops)
  t.deepEqual(
    check([aclWithTier]),
    E.left({
      _tag: 'SchemaMismatch',
      database: DB,
      serverVersion: '7.0.0',
      problems: [{ index: 0, table: 'ACL', column: 'tier', needs: '7.3.0', message: TIER_700 }],
    }),
  )
  const where = [['tier', '==', 1] as const]
  const ops: ReadonlyArray<Operation> = [
    { op: 'update', table: 'ACL', where: [], row: { tier: 2 } },
    { op: 'mutate', table: 'ACL', where, mutations: [['priority', '+=', 1]] },
    { op: 'select', table: 'ACL', where: [], columns: ['tier', 'priority'] },
    { op: 'delete', table: 'ACL', where },
    { op: 'wait', table: 'ACL', where: [], columns: ['priority'], until: '==', rows: [{ tier: 0 }], timeout: 0 },
  ]
  const r = check(ops)
  t.deepEqual(E.isLeft(r) ? r.left.problems.map((p) => [p.index, p.message]) : [], ops.map((_op, i) => [i, TIER_700]))
  // a table the server lacks
  const s = check([{ op: 'insert', table: 'Sample', row: {} }])
  t.deepEqual(E.isLeft(s) ? s.left.problems : [], [
    { index: 0, table: 'Sample', needs: '7.6.0', message: 'Sample needs OVN_Northbound >= 7.6.0; the server has 7.0.0' },
  ])
  // what both have passes; what neither knows is left to schema validation
  t.deepEqual(check([{ op: 'insert', table: 'ACL', row: { priority: 1 } }, { op: 'insert', table: 'Nope', row: { x: 1 } }, { op: 'comment', comment: 'x' }]), E.right(undefined))
  t.deepEqual(check([{ op: 'insert', table: 'ACL', row: { nonsense: 1 } }]), E.right(undefined))
  t.deepEqual(_.checkAgainstServer(NB.model, nbMain, [aclWithTier]), E.right(undefined))
  // the guard only looks at its own database
  t.deepEqual(_.serverGuard(NB.model, nb700)('Other', [aclWithTier]), E.right(undefined))
})

test('refused before any I/O: nothing is written to the channel', async (t) => {
  const fake = fakeServer()
  // the client knows the server schema (as after get_schema): the guard still speaks first
  const client = clientOver(fake.channel, 'memory:', { probeIntervalMs: 0, schemas: [nb700] })
  client.addGuard(_.serverGuard(NB.model, nb700))
  const r = await client.transact(DB, [{ op: 'insert', table: 'Logical_Switch', row: { name: 'sw0' } }, aclWithTier])()
  t.like(E.isLeft(r) ? r.left : undefined, { _tag: 'SchemaMismatch', problems: [{ index: 1, message: TIER_700 }] })
  t.is(fake.raw.length, 0)
  await client.close()()
})

// -------------------------------------------------------------------------------------
// real servers
// -------------------------------------------------------------------------------------

const started = async (t: ExecutionContext, schema?: string) => {
  const server = await startOvsdb(schema !== undefined ? { schema } : {})
  t.teardown(() => server.stop())
  return server
}

const connected = async (t: ExecutionContext, remote: string) => {
  const c = right(t, await _.connectNb(remote)())
  t.teardown(() => c.client.close()())
  return c
}

test('connectNb to Debian NB 7.0.0: starts, refuses ACL.tier with the version needed, writes the rest', async (t) => {
  const server = await started(t)
  const { client, compatibility, schema } = await connected(t, server.unix)
  t.is(schema.version, '7.0.0')
  t.is(compatibility.server, 'older')
  const refused = await client.transact(DB, [aclWithTier])()
  t.like(E.isLeft(refused) ? refused.left : undefined, {
    _tag: 'SchemaMismatch',
    serverVersion: '7.0.0',
    problems: [{ index: 0, table: 'ACL', column: 'tier', needs: '7.3.0', message: TIER_700 }],
  })
  const { tier: _tier, ...row } = (aclWithTier as { row: WireRow }).row
  right(t, await client.transact(DB, [{ op: 'insert', table: 'ACL', row, 'uuid-name': 'acl' }, switchWithAcl])())
  const sel = right(t, await client.transact(DB, [{ op: 'select', table: 'ACL', where: [] }])())
  const acl = NB.ACL.RowC.decode(sel[0].rows[0])
  t.like(E.isRight(acl) ? acl.right : undefined, { priority: 1000, action: 'allow', tier: 0 })
})

test('connectNb to NB 7.19.0: nothing missing, ACL.tier written and read back', async (t) => {
  const server = await started(t, nbMainPath)
  const { client, compatibility } = await connected(t, server.tcp)
  t.is(compatibility.server, 'same')
  t.deepEqual([compatibility.missingTables, compatibility.missingColumns, compatibility.extraColumns], [[], [], []])
  right(t, await client.transact(DB, [aclWithTier, switchWithAcl])())
  const sel = right(t, await client.transact(DB, [{ op: 'select', table: 'ACL', where: [] }])())
  const acl = NB.ACL.RowC.decode(sel[0].rows[0])
  t.like(E.isRight(acl) ? acl.right : undefined, { tier: 1 })
})

test('connectNb to a server newer than the model: extra tables and columns are ignored, rows still decode', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-future-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const future = JSON.parse(readFileSync(nbMainPath, 'utf8')) as {
    version: string
    tables: Record<string, { columns: Record<string, unknown>; isRoot?: boolean }>
  }
  future.version = '7.99.0'
  future.tables['Logical_Switch_Port']!.columns['future_knob'] = { type: { key: 'integer', min: 0, max: 1 } }
  future.tables['Future_Table'] = { columns: { name: { type: 'string' } }, isRoot: true }
  const path = join(dir, 'future.ovsschema')
  writeFileSync(path, JSON.stringify(future))
  const server = await started(t, path)
  const { client, compatibility } = await connected(t, server.unix)
  t.is(compatibility.server, 'newer')
  t.deepEqual(compatibility.extraTables, ['Future_Table'])
  t.deepEqual(compatibility.extraColumns, [{ table: 'Logical_Switch_Port', column: 'future_knob' }])
  right(
    t,
    await client.transact(DB, [
      { op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p1', future_knob: 3, tag: 12 }, 'uuid-name': 'p1' },
      { op: 'insert', table: 'Logical_Switch', row: { name: 'sw0', ports: ['set', [['named-uuid', 'p1']]] } },
      { op: 'insert', table: 'Future_Table', row: { name: 'x' } },
    ])(),
  )
  const sel = right(t, await client.transact(DB, [{ op: 'select', table: 'Logical_Switch_Port', where: [] }])())
  const w = sel[0].rows[0]!
  t.is(w['future_knob'], 3)
  const port = NB.Logical_Switch_Port.RowC.decode(w)
  t.like(E.isRight(port) ? port.right : undefined, { name: 'p1', tag: 12 })
  t.false(E.isRight(port) && 'future_knob' in port.right)
})

test('connectNb fails only for real reasons: no server, no such database', async (t) => {
  const server = await started(t)
  const noDb = await _.connectNb(server.unix, { database: 'Nope' })()
  t.like(E.isLeft(noDb) ? noDb.left : undefined, { _tag: 'RpcError', error: 'unknown database' })
  const gone = await _.connectNb(`unix:${join(server.dir, 'nothing.sock')}`)()
  t.like(E.isLeft(gone) ? gone.left : undefined, { _tag: 'TransportError' })
})
