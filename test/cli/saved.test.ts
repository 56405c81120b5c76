/**
 * Saved plans as a user runs them (a fresh CLI process per command, real ovsdb-server,
 * ovn-nbctl as the other writer): `plan --out` writes the plan and changes nothing;
 * `apply PLAN.json` does what a direct apply does; a change since to a row the plan
 * read refuses it (exit 1, nothing changed, the rows named); a change to a row it did
 * not read does not; a plan made on another database, of another version, or broken,
 * is refused before anything is sent; on a cluster, the plan records the cluster's id.
 */
import test from 'ava'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { runCli, tempFiles } from './support.js'
import { startRaft } from '../support/raft.js'

// the state: sw0 with ports; vm1's addresses and the port list change between versions
const MODULE = `
const v2 = process.env.V2 === '1'
const ports = v2 ? ['vm1', 'vm3'] : ['vm1', 'vm2']
const rows = [
  { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', ports.map((p) => ['ref', 'lsp:' + p])] } },
  ...ports.map((p) => ({ table: 'Logical_Switch_Port', id: 'lsp:' + p, columns: { name: p, addresses: ['set', [p === 'vm1' && v2 ? '0a:00:00:00:00:11 10.0.0.11' : 'dynamic']] } })),
]
export default { owner: 'ctl', rows }
`

// the database compared without UUIDs or row order: every switch's and port's columns
const dump = (s: OvsdbServer): string =>
  [
    ['Logical_Switch', 'name,ports,other_config,external_ids'],
    ['Logical_Switch_Port', 'name,addresses,options,external_ids'],
  ]
    .map(([table, columns]) =>
      nbctl(s, '--format=json', `--columns=${columns!}`, 'list', table!)
        .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID'),
    )
    .map((j) => JSON.stringify((JSON.parse(j) as { data: unknown[] }).data.map((r) => JSON.stringify(r)).sort()))
    .join('\n')

const setUp = async (t: { teardown: (f: () => void) => void }) => {
  const server = await startOvsdb()
  t.teardown(() => void server.stop())
  nbctl(server, 'init')
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const file = files.write('state.mjs', MODULE)
  const planFile = join(files.dir, 'plan.json')
  const cli = (env: Record<string, string>, ...args: string[]) => runCli(env, ...args, '--db', server.unix)
  // version 1 applied, then version 2 planned to a file
  const first = cli({}, 'apply', file)
  if (first.code !== 0) throw new Error(first.err)
  return { server, files, file, planFile, cli }
}

test.serial('plan --out saves the plan and changes nothing; apply PLAN.json makes the database what a direct apply makes it, then the plan is empty', async (t) => {
  t.timeout(60_000)
  const { server, file, planFile, cli } = await setUp(t)
  const before = dump(server)
  const planned = cli({ V2: '1' }, 'plan', file, '--out', planFile)
  t.is(planned.code, 2, planned.err)
  t.regex(planned.out, /^\+ Logical_Switch_Port vm3$/m)
  t.regex(planned.out, new RegExp(`Saved the plan to ${planFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`))
  t.is(dump(server), before)
  const saved = JSON.parse(readFileSync(planFile, 'utf8'))
  t.is(saved.format, 'ovn-nb-plan')
  t.is(saved.version, 1)
  // named-uuids of the rows it creates survive the file
  t.true(JSON.stringify(saved.operations).includes('"named-uuid"'))

  const applied = cli({}, 'apply', planFile)
  t.is(applied.code, 0, applied.err)
  t.regex(applied.out, /^Applied the saved plan: \d+ operations in one transaction, guarded by \d+ reads\.$/m)
  t.deepEqual(cli({ V2: '1' }, 'plan', file), { code: 0, out: 'No changes. The database matches the desired state.\n', err: '' })

  // the same two versions applied directly to another database give the same database
  const other = await startOvsdb()
  t.teardown(() => void other.stop())
  nbctl(other, 'init')
  for (const env of [{}, { V2: '1' }]) t.is(runCli(env, 'apply', file, '--db', other.unix).code, 0)
  t.is(dump(server), dump(other))
})

test.serial('apply PLAN.json refuses after a concurrent change to a row the plan read (exit 1, nothing changed, the rows named); a change to a row it did not read does not stop it', async (t) => {
  t.timeout(60_000)
  const { server, file, planFile, cli } = await setUp(t)
  t.is(cli({ V2: '1' }, 'plan', file, '--out', planFile).code, 2)
  const original = readFileSync(planFile, 'utf8')

  // another writer changes a column of vm1 the plan does not write (a mutate of addresses
  // carries no guard of its own), and creates the vm3 the plan creates
  nbctl(server, 'set', 'Logical_Switch_Port', 'vm1', 'options:foo=bar')
  nbctl(server, 'lsp-add', 'sw0', 'vm3')
  const moved = dump(server)
  const refused = cli({}, 'apply', planFile)
  t.is(refused.code, 1)
  t.is(refused.out, '')
  t.is(refused.err.split('\n').length, 2, refused.err)
  t.regex(refused.err, /^ovn-nb apply: the database changed since the plan was made; nothing was changed: /)
  t.regex(refused.err, /Logical_Switch_Port vm1: options changed/)
  t.regex(refused.err, /Logical_Switch sw0: ports changed/)
  t.regex(refused.err, /Logical_Switch_Port vm3: exists now/)
  t.is(dump(server), moved)

  // undone by the other writer: the plan applies again; a change to a row it never read
  // (another switch, another writer's) does not stop it
  nbctl(server, 'remove', 'Logical_Switch_Port', 'vm1', 'options', 'foo')
  nbctl(server, 'lsp-del', 'vm3')
  nbctl(server, 'ls-add', 'other', '--', 'set', 'Logical_Switch', 'other', 'other_config:x=1')
  writeFileSync(planFile, original)
  const applied = cli({}, 'apply', planFile)
  t.is(applied.code, 0, applied.err)
  t.is(cli({ V2: '1' }, 'plan', file).code, 0)
  t.is(nbctl(server, 'get', 'Logical_Switch', 'other', 'other_config:x').trim(), '"1"')
})

test.serial('a saved plan of another version, a broken one, or one made on another database is refused with one line; nothing is sent', async (t) => {
  t.timeout(60_000)
  const { server, files, file, planFile, cli } = await setUp(t)
  t.is(cli({ V2: '1' }, 'plan', file, '--out', planFile).code, 2)
  const saved = JSON.parse(readFileSync(planFile, 'utf8'))
  // checked before any I/O: a remote nobody listens on is never tried
  const nowhere = ['--db', `unix:${join(files.dir, 'nobody.sock')}`]
  const v2 = files.write('v2.json', JSON.stringify({ ...saved, version: 2 }))
  t.deepEqual(runCli({}, 'apply', v2, ...nowhere), {
    code: 1,
    out: '',
    err: `ovn-nb apply: ${v2}: a saved plan of format version 2; this ovn-nb reads version 1: make the plan again with this version\n`,
  })
  // the format is told by content, not by the file's name
  const broken = files.write('broken.txt', JSON.stringify({ ...saved, operations: [{ op: 'insert' }], plan: { ...saved.plan, entries: 3 } }))
  const b = runCli({}, 'apply', broken, ...nowhere)
  t.is(b.code, 1)
  t.regex(b.err, /^ovn-nb apply: .*broken\.txt: an invalid saved plan: plan\.entries: .*operations\[0\]/)
  t.is(b.err.split('\n').length, 2)
  const notJson = files.write('cut.json', readFileSync(planFile, 'utf8').slice(0, 200))
  const c = runCli({}, 'apply', notJson, ...nowhere)
  t.is(c.code, 1)
  t.regex(c.err, /^ovn-nb apply: .*cut\.json: a saved plan that is not valid JSON/)
  const undeclared = files.write('undeclared.json', JSON.stringify({ ...saved, operations: saved.operations.filter((o: { op: string }) => o.op !== 'insert') }))
  t.regex(runCli({}, 'apply', undeclared, ...nowhere).err, /an invalid saved plan: named-uuid \S+ used and not inserted/)
  const options = runCli({}, 'apply', planFile, '--adopt', ...nowhere)
  t.is(options.code, 1)
  t.regex(options.err, /--adopt: a saved plan is applied as it was made/)

  // the same schema, another database: its NB_Global is not the plan's
  const other = await startOvsdb()
  t.teardown(() => void other.stop())
  nbctl(other, 'init')
  const before = nbctl(other, 'show')
  const elsewhere = runCli({}, 'apply', planFile, '--db', other.unix)
  t.is(elsewhere.code, 1)
  t.regex(elsewhere.err, /^ovn-nb apply: the plan was made on another database; nothing was changed: NB_Global \S+ in the plan, \S+ in the database: another database\n$/)
  t.is(nbctl(other, 'show'), before)
  t.is(nbctl(server, 'show').includes('vm3'), false)
})

test.serial('on a clustered database the plan records the cluster id: applied there, refused by a plan of another cluster', async (t) => {
  t.timeout(60_000)
  const cluster = await startRaft()
  t.teardown(() => cluster.stop())
  const db = { unix: cluster.remotes }
  nbctl(db, 'init')
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const file = files.write('state.mjs', MODULE)
  const planFile = join(files.dir, 'plan.json')
  const planned = runCli({}, 'plan', file, '--out', planFile, '--db', cluster.remotes)
  t.is(planned.code, 2, planned.err)
  const saved = JSON.parse(readFileSync(planFile, 'utf8'))
  t.is(saved.database.model, 'clustered')
  t.regex(saved.database.cid, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  // the same plan, said to be of another cluster: refused before anything is sent
  const other = files.write('other.json', JSON.stringify({ ...saved, database: { ...saved.database, cid: '00000000-0000-0000-0000-000000000001' } }))
  const refused = runCli({}, 'apply', other, '--db', cluster.remotes)
  t.is(refused.code, 1)
  t.regex(refused.err, /^ovn-nb apply: the plan was made on another database; nothing was changed: cluster 00000000-0000-0000-0000-000000000001 in the plan, \S+ on the server\n$/)
  t.is(nbctl(db, 'ls-list').trim(), '')
  const applied = runCli({}, 'apply', planFile, '--db', cluster.remotes, '--json')
  t.is(applied.code, 0, applied.err)
  // --json: the rows created, by desired id, as a direct apply reports them
  const created = JSON.parse(applied.out).created
  t.deepEqual(Object.keys(created).sort(), ['ls:sw0', 'lsp:vm1', 'lsp:vm2'])
  t.is(nbctl(db, 'get', 'Logical_Switch', 'sw0', '_uuid').trim(), created['ls:sw0'])
})
