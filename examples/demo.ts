/**
 * The demo (`npm run demo`): the two-tier topology of `examples/topology.ts`, applied to
 * an OVN Northbound database — the one in `OVN_NB_DB` if set, else a throwaway
 * ovsdb-server when Open vSwitch is installed, else the embedded in-memory server
 * serving the library's own NB model. It shows the plan, applies it, shows that a
 * second apply has nothing to do, lets "someone else" break the network, repairs it,
 * and reports the database's status.
 */
import * as E from 'fp-ts/lib/Either.js'
import {
  apply,
  connect,
  formatError,
  modelSchema,
  NB,
  renderText,
  status,
  type Client,
  type OvsdbError,
} from 'ovn-nb'
import { startEmbedded } from 'ovn-nb/ovsdb/server'
import { haveOvsdbServer, launchOvsdbServer } from 'ovn-nb/testing'
import example from './topology.js'

const DB = 'OVN_Northbound'

const fail = (what: string, why: string): never => {
  console.error(`demo failed: ${what}: ${why}`)
  process.exit(1)
}

interface Target {
  readonly label: string
  readonly client: Client
  readonly stop: () => Promise<void>
}

/** Where to apply: OVN_NB_DB, an installed ovsdb-server, or the embedded server. */
const target = async (): Promise<Target> => {
  const env = process.env['OVN_NB_DB']
  if (env !== undefined && env !== '') {
    const c = await connect(env)()
    if (E.isLeft(c)) return fail('connect', formatError(c.left))
    return { label: `the database in OVN_NB_DB (${env})`, client: c.right, stop: async () => void (await c.right.close()()) }
  }
  if (haveOvsdbServer()) {
    const s = await launchOvsdbServer()()
    if (E.isLeft(s)) return fail('ovsdb-server', s.left.message)
    const c = await connect(s.right.unix)()
    if (E.isLeft(c)) {
      // the server started: it is ours to stop, whatever happens next
      await s.right.stop()
      return fail('connect', formatError(c.left))
    }
    return {
      label: `a throwaway ovsdb-server (pid ${s.right.pid}, ${s.right.unix})`,
      client: c.right,
      stop: async () => {
        await c.right.close()()
        await s.right.stop()
      },
    }
  }
  const e = await startEmbedded([modelSchema(NB.model)])()
  if (E.isLeft(e)) return fail('embedded server', JSON.stringify(e.left))
  const c = await e.right.connect()()
  if (E.isLeft(c)) return fail('connect', formatError(c.left))
  return {
    label: `the embedded in-memory server (OVN is not installed here; OVN_Northbound ${NB.model.version} from the library's model)`,
    client: c.right,
    stop: async () => {
      await c.right.close()()
      await e.right.stop()
    },
  }
}

const main = async (): Promise<void> => {
  if (E.isLeft(example)) return fail('topology', example.left.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  const topo = example.right
  const desired = topo.toDesired()
  const t = await target()
  try {
    console.log(`Applying the two-tier example (owner "${topo.owner}", ${desired.rows.length} rows) to ${t.label}.\n`)

    const first = await apply(t.client, desired)()
    if (E.isLeft(first)) return fail('apply', JSON.stringify(first.left))
    console.log(renderText(first.right.plan))
    console.log(`applied in one transaction of ${first.right.operations} operations; ${first.right.created.size} rows created\n`)

    const again = await apply(t.client, desired)()
    if (E.isLeft(again)) return fail('apply', JSON.stringify(again.left))
    console.log(`second apply: ${renderText(again.right.plan)} (${again.right.operations} operations sent)\n`)

    // someone else deletes a VM port and loosens an ACL behind the controller's back
    const drift = await t.client.transact(DB, [
      { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', 'sw-web']], mutations: [['ports', 'delete', ['set', [['uuid', first.right.created.get('Logical_Switch_Port:web2')!]]]]] },
      { op: 'update', table: 'ACL', where: [['match', '==', 'outport == @pg_db && ip'], ['priority', '==', 1000]], row: { action: 'allow' } },
    ])()
    if (E.isLeft(drift)) return fail('drift', formatError(drift.left as OvsdbError))
    console.log('someone else removed port web2 and turned the db tier\'s drop ACL into allow; the next apply repairs it:\n')
    const repair = await apply(t.client, desired)()
    if (E.isLeft(repair)) return fail('apply', JSON.stringify(repair.left))
    console.log(renderText(repair.right.plan))
    console.log(`repaired with ${repair.right.operations} operations\n`)

    const s = await status(t.client)()
    if (E.isLeft(s)) return fail('status', formatError(s.left))
    const st = s.right
    console.log(`status: ${st.database.model} database, leader ${st.database.leader}, schema ${st.schema.version} (model ${st.schema.modelVersion}, server ${st.schema.server}), ready ${st.ready}`)
  } finally {
    await t.stop()
  }
}

await main()
