/**
 * The demo: start a throwaway OVN Northbound ovsdb-server, connect, look at what it
 * holds, write a small logical switch with two ports in one transaction, and watch the
 * change arrive through a monitor.
 *
 * Run it with `npm run demo`.
 */
import * as E from 'fp-ts/lib/Either.js'
import { connect, formatError, type MonitorEvent, type OvsdbError } from '../src/ovsdb/index.js'
import { launchOvsdbServer, type LaunchError } from '../src/testing/index.js'

const NB = 'OVN_Northbound'

const orExit = <A>(r: E.Either<OvsdbError | LaunchError, A>): A => {
  if (E.isRight(r)) return r.right
  console.error('demo failed:', r.left._tag === 'LaunchError' ? r.left.message : formatError(r.left))
  process.exit(1)
}

const server = orExit(await launchOvsdbServer()())
try {
  console.log(`ovsdb-server (pid ${server.pid}) listening on ${server.unix} and ${server.tcp}`)
  const client = orExit(await connect(server.unix)())
  const dbs = orExit(await client.listDbs()())
  console.log(`databases: ${dbs.join(', ')}`)
  const schema = orExit(await client.getSchema(NB)())
  const tables = Object.values(schema.tables)
  console.log(`${schema.name} ${schema.version}: ${tables.length} tables`)
  for (const t of tables.slice().sort((a, b) => a.name.localeCompare(b.name)))
    console.log(`  ${t.name.padEnd(28)} ${String(Object.keys(t.columns).length).padStart(2)} columns${t.isRoot ? ', root' : ''}${t.indexes.length > 0 ? `, indexed by ${t.indexes.map((i) => i.join('+')).join(' / ')}` : ''}`)

  const events: MonitorEvent[] = []
  orExit(await client.monitorCondSince(NB, 'demo', { Logical_Switch: { columns: ['name', 'ports'] }, Logical_Switch_Port: { columns: ['name', 'addresses'] } }, null, (e) => events.push(e))())

  const result = orExit(
    await client.transact(NB, [
      { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'vm1', row: { name: 'vm1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.11']] } },
      { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'vm2', row: { name: 'vm2', addresses: ['set', ['0a:00:00:00:00:02 10.0.0.12']] } },
      {
        op: 'insert',
        table: 'Logical_Switch',
        row: { name: 'demo-sw', ports: ['set', [['named-uuid', 'vm1'], ['named-uuid', 'vm2']]], external_ids: ['map', [['owner', 'ovn-nb-demo']]] },
      },
    ])(),
  )
  console.log(`transact: created switch ${result[2].uuid[1]} with ports ${result[0].uuid[1]}, ${result[1].uuid[1]}`)
  // the update3 notification arrives before the transact reply: the monitor already saw it
  for (const e of events)
    for (const [table, rows] of Object.entries(e.updates))
      for (const [uuid, change] of Object.entries(rows)) console.log(`monitor ${e.method}: ${table} ${uuid} ${JSON.stringify(change)}`)

  const bad = await client.transact(NB, [{ op: 'insert', table: 'Logical_Switch', row: { nmae: 'typo' } }])()
  if (E.isLeft(bad)) console.log(`refused before sending: ${formatError(bad.left)}`)
  await client.close()()
} finally {
  await server.stop()
}
