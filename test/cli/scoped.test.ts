/**
 * `ovn-nb plan` and `apply` read only what the plan needs (src/apply/scope.ts): against a
 * database of many other rows, with other writers' rows in and around the owner's, they
 * print the plan a full read gives, having received a fraction of the database (counted
 * by a proxy between the CLI and ovsdb-server).
 */
import test from 'ava'
import * as net from 'node:net'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { applyMain } from '../../src/cli/apply.js'
import { planMain } from '../../src/cli/plan.js'
import { connect, syncReplica, type Operation } from '../../src/ovsdb/index.js'
import { diff, renderJson } from '../../src/plan/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { startOvsdb } from '../support/ovsdb.js'
import { right } from '../support/either.js'
import { capture, tempFiles } from './support.js'

const NB = 'OVN_Northbound'

/** A unix-socket proxy to `target` counting the bytes the server sends. */
const countingProxy = (path: string, target: string): Promise<{ readonly received: () => number; readonly reset: () => void; readonly close: () => Promise<void> }> =>
  new Promise((resolve, reject) => {
    let bytes = 0
    const sockets = new Set<net.Socket>()
    const server = net.createServer((client) => {
      const upstream = net.connect(target)
      sockets.add(client).add(upstream)
      upstream.on('data', (d: Buffer) => (bytes += d.length))
      client.pipe(upstream)
      upstream.pipe(client)
      const end = (): void => {
        client.destroy()
        upstream.destroy()
      }
      client.on('error', end).on('close', end)
      upstream.on('error', end).on('close', end)
    })
    server.on('error', reject)
    server.listen(path, () =>
      resolve({
        received: () => bytes,
        reset: () => void (bytes = 0),
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy()
            server.close(() => done())
          }),
      }),
    )
  })

const ids = (owner: string | undefined): readonly ['map', ReadonlyArray<readonly [string, string]>] => ['map', owner === undefined ? [] : [[`ovn-nb/owner`, owner]]]

test('ovn-nb plan and apply on a database of other rows: the plan of a full read, from a fraction of the bytes', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const proxy = await countingProxy(join(files.dir, 'proxy.sock'), server.unix.slice('unix:'.length))
  t.teardown(() => proxy.close())
  const db = `unix:${join(files.dir, 'proxy.sock')}`
  const c = right(t, await connect(server.unix)())
  t.teardown(() => c.close()())
  const schema = right(t, await c.getSchema(NB)())
  // 300 switches of other owners (and none), each with 5 ports and an ACL
  const bg: Operation[] = []
  for (let i = 0; i < 300; i++) {
    for (let j = 0; j < 5; j++) bg.push({ op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': `p${i}_${j}`, row: { name: `bg${i}-${j}`, addresses: ['set', [`0a:00:00:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')} 10.1.${i & 255}.${j + 10}`]], external_ids: ids(i % 3 === 0 ? undefined : `ctl-${i % 3}`) } })
    bg.push({ op: 'insert', table: 'ACL', 'uuid-name': `a${i}`, row: { direction: 'to-lport', priority: 1000, match: `ip4.src == 10.2.0.${i & 255}`, action: 'allow' } })
    bg.push({ op: 'insert', table: 'Logical_Switch', row: { name: `bg${i}`, ports: ['set', [0, 1, 2, 3, 4].map((j) => ['named-uuid', `p${i}_${j}`] as const)], acls: ['set', [['named-uuid', `a${i}`]]], external_ids: ids(`ctl-${i % 3}`) } })
  }
  right(t, await c.transact(NB, bg)())
  const module = (action: string) => `
const ref = (id) => ['ref', id]
export default {
  owner: 'demo',
  rows: [
    { table: 'Logical_Switch', id: 'ls:sw0', columns: { name: 'sw0', ports: ['set', [ref('lsp:vm1')]] } },
    { table: 'Logical_Switch_Port', id: 'lsp:vm1', columns: { name: 'vm1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']] } },
    { table: 'Port_Group', id: 'pg:web', columns: { name: 'web', ports: ['set', [ref('lsp:vm1')]], acls: ['set', [ref('acl:web')]] } },
    { table: 'ACL', id: 'acl:web', columns: { direction: 'to-lport', priority: 1001, match: 'outport == @web && tcp.dst == 80', action: '${action}' } },
  ],
}
`
  const first = files.write('state.mjs', module('allow-related'))
  const a = capture()
  t.is(await applyMain([first, '--db', db], a), 0, a.err())
  const appliedBytes = proxy.received()
  // other writers in and around ours: a port in our switch, an ACL in our port group
  right(t, await c.transact(NB, [
    { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'theirs', row: { name: 'theirs', external_ids: ids('ctl-b') } },
    { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', 'sw0']], mutations: [['ports', 'insert', ['set', [['named-uuid', 'theirs']]]]] },
    { op: 'insert', table: 'ACL', 'uuid-name': 'acl', row: { direction: 'from-lport', priority: 900, match: 'ip4', action: 'drop' } },
    { op: 'mutate', table: 'Port_Group', where: [['name', '==', 'web']], mutations: [['acls', 'insert', ['set', [['named-uuid', 'acl']]]]] },
  ])())
  const changed = files.write('changed.mjs', module('drop'))
  proxy.reset()
  const p = capture()
  t.is(await planMain([changed, '--db', db, '--json'], p), 2, p.err())
  const scopedBytes = proxy.received()
  // the plan a full read gives
  const full = right(t, await syncReplica(c, NB, { monitorId: 'full' })())
  right(t, await c.monitorCancel('full')())
  const desired = (await import(changed)) as { default: Parameters<typeof diff>[2] }
  const expected = diff(schema, full, desired.default, { rules: nbIdentity })
  t.true(E.isRight(expected))
  if (E.isRight(expected)) t.is(p.out(), `${renderJson(expected.right)}\n`)
  // what a full read of the same database sends, through the same proxy
  proxy.reset()
  const viaProxy = right(t, await connect(db)())
  right(t, await syncReplica(viaProxy, NB, { monitorId: 'full' })())
  await viaProxy.close()()
  const fullBytes = proxy.received()
  t.log(`bytes received: plan ${scopedBytes}, a full read ${fullBytes} (${full.size} rows); the first apply ${appliedBytes}`)
  // the schema is read either way; the rows are not
  t.true(scopedBytes < fullBytes / 3, `plan received ${scopedBytes} bytes, a full read ${fullBytes}`)
  t.true(appliedBytes < fullBytes / 3, `apply received ${appliedBytes} bytes, a full read ${fullBytes}`)
})
