/**
 * The embedded server knows nothing of OVN: a made-up schema with what the NB schema
 * lacks (weak references that may not become empty, weak and strong references as map
 * values and keys, reals, integer enums, immutable columns, a two-column index, strong
 * reference cycles and self-references, maxRows) runs differentially against a real
 * ovsdb-server started on the same schema.
 */
import test, { type ExecutionContext } from 'ava'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { decodeSchema } from '../../../src/ovsdb/schema.js'
import { createServer } from '../../../src/ovsdb/server/index.js'
import { startOvsdb } from '../../support/ovsdb.js'
import { embeddedPeer, Normalizer, normalizeStep, realPeer } from './support.js'

const SCHEMA = {
  name: 'Generic',
  version: '1.2.3',
  tables: {
    Root: {
      columns: {
        name: { type: 'string' },
        children: { type: { key: { type: 'uuid', refTable: 'Child' }, min: 0, max: 'unlimited' } },
        weak1: { type: { key: { type: 'uuid', refTable: 'Child', refType: 'weak' }, min: 1, max: 'unlimited' } },
        wmap: { type: { key: 'string', value: { type: 'uuid', refTable: 'Child', refType: 'weak' }, min: 0, max: 'unlimited' } },
        smap: { type: { key: { type: 'uuid', refTable: 'Child' }, value: 'integer', min: 0, max: 'unlimited' } },
        ratio: { type: { key: { type: 'real', minReal: -1.5, maxReal: 100 } } },
        reals: { type: { key: 'real', min: 0, max: 3 } },
        fixed: { type: 'string', mutable: false },
        level: { type: { key: { type: 'integer', enum: ['set', [3, 1, 2]] } } },
        self: { type: { key: { type: 'uuid', refTable: 'Root' }, min: 0, max: 1 } },
        flags: { type: { key: 'boolean', min: 0, max: 2 } },
        tags: { type: { key: { type: 'string', minLength: 2, maxLength: 4 }, min: 0, max: 'unlimited' } },
        eph: { type: 'integer', ephemeral: true },
      },
      isRoot: true,
      indexes: [['name'], ['fixed', 'level']],
    },
    Child: {
      columns: {
        n: { type: 'integer' },
        next: { type: { key: { type: 'uuid', refTable: 'Child' }, min: 0, max: 1 } },
        owner: { type: { key: { type: 'uuid', refTable: 'Root', refType: 'weak' }, min: 0, max: 1 } },
      },
    },
    Single: { columns: { v: { type: { key: { type: 'integer', minInteger: -3 } } } }, isRoot: true, maxRows: 2 },
  },
}
const DB = 'Generic'
const TABLES = ['Root', 'Child', 'Single']

const root = (name: string, extra: Record<string, unknown> = {}) => ({
  op: 'insert',
  table: 'Root',
  row: { name, level: 1, fixed: name, weak1: ['named-uuid', `c_${name}`], ...extra },
  'uuid-name': `r_${name}`,
})
const child = (id: string, n: number, extra: Record<string, unknown> = {}) => ({
  op: 'insert',
  table: 'Child',
  row: { n, ...extra },
  'uuid-name': `c_${id}`,
})
const sel = (table: string, columns?: string[]) => ({ op: 'select', table, where: [], ...(columns ? { columns } : {}) })

const start = async (t: ExecutionContext) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-generic-'))
  const file = join(dir, 'generic.ovsschema')
  writeFileSync(file, JSON.stringify(SCHEMA))
  const real = await startOvsdb({ schema: file, name: 'generic' })
  const decoded = decodeSchema(SCHEMA)
  if (E.isLeft(decoded)) throw new Error(JSON.stringify(decoded.left))
  const created = createServer([decoded.right], { txnHistory: 0 })
  if (E.isLeft(created)) throw new Error(created.left.message)
  const embedded = created.right
  const r = await realPeer(real)
  const e = embeddedPeer(embedded)
  t.teardown(async () => {
    r.close()
    e.close()
    embedded.close()
    await real.stop()
    rmSync(dir, { recursive: true, force: true })
  })
  return { r, e }
}

test('a schema that is not OVN: schema JSON, references, weak-reference constraints, reals, enums, immutable columns, indexes', async (t) => {
  const { r, e } = await start(t)
  const nr = new Normalizer()
  const ne = new Normalizer()
  const both = async (method: string, params: unknown, label: string) => {
    const a = await r.request(method, params)
    const b = await e.request(method, params)
    t.deepEqual(normalizeStep(ne, b, e.takeNotifications()), normalizeStep(nr, a, r.takeNotifications()), label)
  }
  await both('get_schema', [DB], 'get_schema')
  await both('list_dbs', [], 'list_dbs')
  await both('transact', ['_Server', { op: 'select', table: 'Database', where: [['name', '==', DB]], columns: ['name', 'schema', 'model'] }], '_Server row')
  const all = Object.fromEntries(TABLES.map((tb) => [tb, {}]))
  await both('monitor_cond', [DB, 'm2', all], 'monitor_cond')
  await both('monitor', [DB, 'm1', all], 'monitor')
  const steps: ReadonlyArray<ReadonlyArray<unknown>> = [
    // defaults that violate constraints, in ovsdb-server's column order
    [{ op: 'insert', table: 'Root', row: {} }],
    [{ op: 'insert', table: 'Root', row: { level: 2 } }],
    [{ op: 'insert', table: 'Root', row: { level: 4 } }],
    [{ op: 'insert', table: 'Root', row: { level: 2, name: 'z' } }],
    [{ op: 'insert', table: 'Root', row: { level: 2, name: 'z', weak1: ['set', []] } }],
    [child('a', 1), root('a')],
    [child('b', 2), root('b', { ratio: 99.5, reals: ['set', [0.25, -1, 3e10]], flags: ['set', [true, false]], tags: ['set', ['ab', 'abcd']] })],
    [root('c', { ratio: 100.5 })],
    [root('c', { ratio: -2 })],
    [root('c', { reals: ['set', [1, 2, 3, 4]] })],
    [root('c', { tags: ['set', ['a']] })],
    [root('c', { tags: ['set', ['abcde']] })],
    [root('c', { flags: ['set', [true, true]] })],
    [root('c', { ratio: 'x' })],
    [child('c', 3), root('c', { fixed: 'a', level: 1 })],
    [child('c', 3), root('c', { fixed: 'a', level: 2 })],
    [{ op: 'update', table: 'Root', where: [['name', '==', 'a']], row: { fixed: 'x' } }],
    [{ op: 'update', table: 'Root', where: [['name', '==', 'a']], row: { name: 'a2', fixed: 'x', _version: ['uuid', '00000000-0000-0000-0000-000000000000'] } }],
    [{ op: 'mutate', table: 'Root', where: [], mutations: [['fixed', 'insert', 'x']] }],
    [{ op: 'update', table: 'Root', where: [['name', '==', 'a']], row: { level: 3 } }, { op: 'update', table: 'Root', where: [['name', '==', 'c']], row: { level: 3 } }],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'b']], mutations: [['ratio', '*=', 2]] }],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'b']], mutations: [['ratio', '/=', 0]] }],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'b']], mutations: [['ratio', '%=', 2]] }],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'b']], mutations: [['reals', '+=', 1.5], ['ratio', '-=', 0.5]] }, sel('Root', ['name', 'reals', 'ratio'])],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'b']], mutations: [['reals', '*=', 0]] }],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'b']], mutations: [['reals', '*=', 1e308], ['reals', '*=', 1e308]] }],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'b']], mutations: [['level', '+=', 1]] }],
    [{ op: 'select', table: 'Root', where: [['ratio', '<', 50]], columns: ['name'] }, { op: 'select', table: 'Root', where: [['ratio', '>=', 0.5]], columns: ['name'] }],
    // weak references that may not become empty
    [{ op: 'delete', table: 'Child', where: [['n', '==', 1]] }],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'a']], mutations: [['children', 'insert', ['set', [['uuid', '00000000-0000-0000-0000-000000000001']]]]] }],
    // references as map keys (strong) and values (weak)
    [child('m', 10), child('w', 11), { op: 'mutate', table: 'Root', where: [['name', '==', 'a']], mutations: [['smap', 'insert', ['map', [[['named-uuid', 'c_m'], 5]]]], ['wmap', 'insert', ['map', [['x', ['named-uuid', 'c_w']], ['y', ['named-uuid', 'c_m']]]]]] }],
    [sel('Root', ['name', 'smap', 'wmap']), sel('Child', ['n'])],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'a']], mutations: [['smap', 'delete', ['set', [['uuid', '00000000-0000-0000-0000-000000000000']]]]] }],
    [{ op: 'update', table: 'Root', where: [['name', '==', 'a']], row: { smap: ['map', []] } }, sel('Child', ['n'])],
    [sel('Root', ['name', 'smap', 'wmap']), sel('Child', ['n'])],
    // cycles are never collected, self-references do not count
    [child('x', 20, { next: ['named-uuid', 'c_y'] }), child('y', 21, { next: ['named-uuid', 'c_x'] }), child('s', 22, { next: ['named-uuid', 'c_s'] })],
    [sel('Child', ['n'])],
    [root('d', { self: ['named-uuid', 'r_d'], fixed: 'd' }), child('d', 4, { owner: ['named-uuid', 'r_d'] })],
    [{ op: 'mutate', table: 'Root', where: [['name', '==', 'd']], mutations: [['children', 'insert', ['named-uuid', 'c_d']]] }, { op: 'insert', table: 'Child', row: { n: 5, owner: ['named-uuid', 'nobody'] } }],
    [{ op: 'select', table: 'Child', where: [['owner', '!=', ['set', []]]], columns: ['n'] }],
    [{ op: 'delete', table: 'Root', where: [['name', '==', 'd']] }, sel('Child', ['n', 'owner'])],
    [sel('Child', ['n', 'owner'])],
    // maxRows, minInteger
    [{ op: 'insert', table: 'Single', row: {} }, { op: 'insert', table: 'Single', row: { v: -3 } }],
    [{ op: 'insert', table: 'Single', row: { v: -4 } }],
    [{ op: 'insert', table: 'Single', row: { v: 1 } }],
    [{ op: 'mutate', table: 'Single', where: [], mutations: [['v', '-=', 3]] }],
    [{ op: 'delete', table: 'Single', where: [['v', '==', 0]] }, { op: 'insert', table: 'Single', row: { v: 7 } }],
    [{ op: 'update', table: 'Root', where: [['name', '==', 'b']], row: { eph: 5 } }],
    [sel('Root'), sel('Child'), sel('Single')],
  ]
  for (const [i, ops] of steps.entries()) await both('transact', [DB, ...ops], `step ${i}: ${JSON.stringify(ops).slice(0, 200)}`)
})
