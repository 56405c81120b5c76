/**
 * Random differential test: fast-check generates sequences of transactions over the NB
 * tables that refer to each other strongly and weakly (Logical_Switch, Logical_Switch_Port,
 * ACL, Port_Group, Address_Set, DHCP_Options); each sequence runs on a real ovsdb-server
 * and on the embedded server, through raw JSON-RPC, with a `monitor_cond_since` and a
 * conditional `monitor_cond` open. Replies, notifications and the final contents must be
 * the same once UUIDs are normalized.
 */
import test from 'ava'
import fc from 'fast-check'
import { canon, embeddedNb, embeddedPeer, NB, Normalizer, normalizeStep, realPeer, type Message, type RawPeer } from './support.js'
import { startOvsdb } from '../../support/ovsdb.js'

// -------------------------------------------------------------------------------------
// abstract operations
// -------------------------------------------------------------------------------------

const SW = ['ls0', 'ls1', 'ls2'] as const
const PORTS = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'] as const
const PGS = ['pg0', 'pg1'] as const
const ASS = ['as0', 'as1', 'as2'] as const
const DHCP = ['d0', 'd1', 'd2'] as const
const BOGUS = '0badbad0-0000-4000-8000-000000000000'

/** A reference to a row by name, resolved on each side to the UUID it got there. */
interface Ref {
  readonly $ref: string
}
const ref = (table: string, name: string): Ref => ({ $ref: `${table}:${name}` })

type Op =
  | { readonly k: 'addSwitch'; readonly ls: string; readonly ports: ReadonlyArray<string>; readonly acl: boolean }
  | { readonly k: 'addPort'; readonly ls: string; readonly p: string; readonly tag: number | undefined }
  | { readonly k: 'movePort'; readonly ls: string; readonly p: string }
  | { readonly k: 'unplug'; readonly ls: string; readonly p: string }
  | { readonly k: 'delSwitch'; readonly ls: string }
  | { readonly k: 'delPort'; readonly p: string }
  | { readonly k: 'dhcp'; readonly p: string; readonly d: string | undefined }
  | { readonly k: 'addDhcp'; readonly d: string }
  | { readonly k: 'delDhcp'; readonly d: string }
  | { readonly k: 'addPg'; readonly pg: string; readonly ports: ReadonlyArray<string>; readonly acl: boolean }
  | { readonly k: 'pgPort'; readonly pg: string; readonly p: string; readonly insert: boolean }
  | { readonly k: 'delPg'; readonly pg: string }
  | { readonly k: 'addAs'; readonly as: string; readonly addrs: ReadonlyArray<string> }
  | { readonly k: 'asAddr'; readonly as: string; readonly addr: string; readonly insert: boolean }
  | { readonly k: 'renameAs'; readonly as: string; readonly to: string }
  | { readonly k: 'delAs'; readonly as: string }
  | { readonly k: 'extId'; readonly table: 'Logical_Switch' | 'Port_Group' | 'Address_Set'; readonly name: string; readonly key: string; readonly value: string; readonly insert: boolean }
  | { readonly k: 'tag'; readonly p: string; readonly value: number | undefined; readonly add: number | undefined }
  | { readonly k: 'acl'; readonly ls: string; readonly priority: number; readonly action: string }
  | { readonly k: 'wait'; readonly table: 'Logical_Switch' | 'Logical_Switch_Port'; readonly name: string; readonly present: boolean }
  | { readonly k: 'select'; readonly table: string }
  | { readonly k: 'abort' }

const pick = <A>(xs: ReadonlyArray<A>) => fc.constantFrom(...xs)
const sw = pick(SW)
const port = pick(PORTS)
const ports = fc.uniqueArray(port, { maxLength: 3 })
// a new switch with more than one port that already exists would break two indexes at once
const newPorts = fc.uniqueArray(port, { maxLength: 1 })

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('addSwitch' as const), ls: sw, ports: newPorts, acl: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('addPort' as const), ls: sw, p: port, tag: fc.option(fc.integer({ min: 0, max: 4100 }), { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('movePort' as const), ls: sw, p: port }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('unplug' as const), ls: sw, p: port }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('delSwitch' as const), ls: sw }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('delPort' as const), p: port }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('dhcp' as const), p: port, d: fc.option(pick(DHCP), { nil: undefined }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('addDhcp' as const), d: pick(DHCP) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('delDhcp' as const), d: pick(DHCP) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('addPg' as const), pg: pick(PGS), ports, acl: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('pgPort' as const), pg: pick(PGS), p: port, insert: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('delPg' as const), pg: pick(PGS) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('addAs' as const), as: pick(ASS), addrs: fc.uniqueArray(pick(['10.0.0.1', '10.0.0.2', '10.0.0.3']), { maxLength: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('asAddr' as const), as: pick(ASS), addr: pick(['10.0.0.1', '10.0.0.2', '10.0.0.9']), insert: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('renameAs' as const), as: pick(ASS), to: pick(ASS) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('delAs' as const), as: pick(ASS) }) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({ k: fc.constant('extId' as const), table: fc.constant('Logical_Switch' as const), name: sw, key: pick(['a', 'b']), value: pick(['1', '2']), insert: fc.boolean() }),
      fc.record({ k: fc.constant('extId' as const), table: fc.constant('Port_Group' as const), name: pick(PGS), key: pick(['a', 'b']), value: pick(['1', '2']), insert: fc.boolean() }),
      fc.record({ k: fc.constant('extId' as const), table: fc.constant('Address_Set' as const), name: pick(ASS), key: pick(['a', 'b']), value: pick(['1', '2']), insert: fc.boolean() }),
    ),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('tag' as const), p: port, value: fc.option(fc.integer({ min: 0, max: 4095 }), { nil: undefined }), add: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('acl' as const), ls: sw, priority: fc.integer({ min: 0, max: 3 }), action: pick(['allow', 'drop', 'reject', 'deny']) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('wait' as const), table: pick(['Logical_Switch', 'Logical_Switch_Port'] as const), name: fc.oneof(sw, port), present: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('select' as const), table: pick(['Logical_Switch', 'Logical_Switch_Port', 'ACL', 'Port_Group', 'Address_Set', 'DHCP_Options']) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'abort' as const }) },
)

// Operations that fail at commit for one row each; two in one transaction would make the
// server name one of two rows, chosen by their (different) UUIDs.
const risky = (o: Op): boolean => o.k === 'delPort' || o.k === 'renameAs' || o.k === 'addAs' || o.k === 'movePort' || o.k === 'addPort' || o.k === 'addSwitch' || o.k === 'addPg'
const txn = fc.array(op, { minLength: 1, maxLength: 4 }).filter((ops) => ops.filter(risky).length <= 1)

// -------------------------------------------------------------------------------------
// compiling to JSON (with references left to resolve)
// -------------------------------------------------------------------------------------

/** Operations of a transaction, and which inserts create which named rows. */
interface Compiled {
  readonly ops: unknown[]
  readonly creates: Map<number, string>
}

const byName = (name: string) => [['name', '==', name]]
const acl = (priority: number, action: string) => ({
  op: 'insert',
  table: 'ACL',
  row: { priority, action, direction: 'to-lport', match: `ip4 && ${priority}` },
})

const compile = (txnOps: ReadonlyArray<Op>, seq: number): Compiled => {
  const ops: unknown[] = []
  const creates = new Map<number, string>()
  let n = 0
  const fresh = (p: string) => `n${seq}_${n++}_${p}`
  const insertPort = (p: string, extra: Record<string, unknown> = {}) => {
    const name = fresh(p)
    creates.set(ops.length, `Logical_Switch_Port:${p}`)
    ops.push({ op: 'insert', table: 'Logical_Switch_Port', row: { name: p, addresses: ['set', [`00:00:00:00:00:0${p.slice(1)} 10.0.0.${p.slice(1)}`]], ...extra }, 'uuid-name': name })
    return ['named-uuid', name]
  }
  for (const o of txnOps) {
    switch (o.k) {
      case 'addSwitch': {
        const refs = o.ports.map((p) => insertPort(p))
        const acls: unknown[] = []
        if (o.acl) {
          const name = fresh('acl')
          ops.push({ ...acl(1, 'drop'), 'uuid-name': name })
          acls.push(['named-uuid', name])
        }
        // Logical_Switch has no index on name: guard it as a controller does (two switches of
        // one name would make a later error name either of them, by their UUIDs)
        ops.push({ op: 'wait', table: 'Logical_Switch', timeout: 0, where: byName(o.ls), columns: ['name'], until: '==', rows: [] })
        creates.set(ops.length, `Logical_Switch:${o.ls}`)
        ops.push({ op: 'insert', table: 'Logical_Switch', row: { name: o.ls, ports: ['set', refs], acls: ['set', acls], external_ids: ['map', [['owner', 'test']]] } })
        break
      }
      case 'addPort': {
        const r = insertPort(o.p, o.tag !== undefined ? { tag_request: o.tag } : {})
        ops.push({ op: 'mutate', table: 'Logical_Switch', where: byName(o.ls), mutations: [['ports', 'insert', ['set', [r]]]] })
        break
      }
      case 'movePort':
        ops.push({ op: 'mutate', table: 'Logical_Switch', where: byName(o.ls), mutations: [['ports', 'insert', ['set', [ref('Logical_Switch_Port', o.p)]]]] })
        break
      case 'unplug':
        ops.push({ op: 'mutate', table: 'Logical_Switch', where: byName(o.ls), mutations: [['ports', 'delete', ['set', [ref('Logical_Switch_Port', o.p)]]]] })
        break
      case 'delSwitch':
        ops.push({ op: 'delete', table: 'Logical_Switch', where: byName(o.ls) })
        break
      case 'delPort':
        ops.push({ op: 'delete', table: 'Logical_Switch_Port', where: byName(o.p) })
        break
      case 'dhcp':
        ops.push({ op: 'update', table: 'Logical_Switch_Port', where: byName(o.p), row: { dhcpv4_options: o.d === undefined ? ['set', []] : ref('DHCP_Options', o.d) } })
        break
      case 'addDhcp':
        creates.set(ops.length, `DHCP_Options:${o.d}`)
        ops.push({ op: 'insert', table: 'DHCP_Options', row: { cidr: '10.0.0.0/24', options: ['map', [['router', '10.0.0.1']]], external_ids: ['map', [['name', o.d]]] } })
        break
      case 'delDhcp':
        ops.push({ op: 'delete', table: 'DHCP_Options', where: [['external_ids', 'includes', ['map', [['name', o.d]]]]] })
        break
      case 'addPg': {
        const acls: unknown[] = []
        if (o.acl) {
          const name = fresh('acl')
          ops.push({ ...acl(2, 'allow'), 'uuid-name': name })
          acls.push(['named-uuid', name])
        }
        creates.set(ops.length, `Port_Group:${o.pg}`)
        ops.push({ op: 'insert', table: 'Port_Group', row: { name: o.pg, ports: ['set', o.ports.map((p) => ref('Logical_Switch_Port', p))], acls: ['set', acls] } })
        break
      }
      case 'pgPort':
        ops.push({ op: 'mutate', table: 'Port_Group', where: byName(o.pg), mutations: [['ports', o.insert ? 'insert' : 'delete', ref('Logical_Switch_Port', o.p)]] })
        break
      case 'delPg':
        ops.push({ op: 'delete', table: 'Port_Group', where: byName(o.pg) })
        break
      case 'addAs':
        creates.set(ops.length, `Address_Set:${o.as}`)
        ops.push({ op: 'insert', table: 'Address_Set', row: { name: o.as, addresses: ['set', o.addrs] } })
        break
      case 'asAddr':
        ops.push({ op: 'mutate', table: 'Address_Set', where: byName(o.as), mutations: [['addresses', o.insert ? 'insert' : 'delete', o.addr]] })
        break
      case 'renameAs':
        ops.push({ op: 'update', table: 'Address_Set', where: byName(o.as), row: { name: o.to } })
        break
      case 'delAs':
        ops.push({ op: 'delete', table: 'Address_Set', where: byName(o.as) })
        break
      case 'extId':
        ops.push({
          op: 'mutate',
          table: o.table,
          where: byName(o.name),
          mutations: [['external_ids', o.insert ? 'insert' : 'delete', o.insert ? ['map', [[o.key, o.value]]] : ['set', [o.key]]]],
        })
        break
      case 'tag':
        if (o.add !== undefined) ops.push({ op: 'mutate', table: 'Logical_Switch_Port', where: byName(o.p), mutations: [['tag_request', '+=', o.add]] })
        else ops.push({ op: 'update', table: 'Logical_Switch_Port', where: byName(o.p), row: { tag_request: o.value === undefined ? ['set', []] : o.value } })
        break
      case 'acl': {
        const name = fresh('acl')
        ops.push({ ...acl(o.priority, o.action), 'uuid-name': name })
        ops.push({ op: 'mutate', table: 'Logical_Switch', where: byName(o.ls), mutations: [['acls', 'insert', ['named-uuid', name]]] })
        break
      }
      case 'wait':
        ops.push({ op: 'wait', table: o.table, timeout: 0, where: byName(o.name), columns: ['name'], until: o.present ? '==' : '!=', rows: [{ name: o.name }] })
        break
      case 'select':
        ops.push({ op: 'select', table: o.table, where: [] })
        break
      case 'abort':
        ops.push({ op: 'abort' })
        break
    }
  }
  return { ops, creates }
}

/** Replaces references by the UUIDs one side gave those rows (a fixed bogus UUID when none). */
const resolve = (v: unknown, uuids: ReadonlyMap<string, string>): unknown => {
  if (Array.isArray(v)) return v.map((x) => resolve(x, uuids))
  if (typeof v === 'object' && v !== null) {
    if ('$ref' in v) return ['uuid', uuids.get((v as Ref).$ref) ?? BOGUS]
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x, uuids)]))
  }
  return v
}

// -------------------------------------------------------------------------------------
// running
// -------------------------------------------------------------------------------------

interface Side {
  readonly peer: RawPeer
  readonly uuids: Map<string, string>
  readonly norm: Normalizer
}

const TABLES = ['Logical_Switch', 'Logical_Switch_Port', 'ACL', 'Port_Group', 'Address_Set', 'DHCP_Options']

const runTxn = async (side: Side, c: Compiled): Promise<unknown> => {
  const reply = await side.peer.request('transact', [NB, ...(resolve(c.ops, side.uuids) as unknown[])])
  const results = reply['result']
  if (Array.isArray(results))
    for (const [i, name] of c.creates) {
      const r = results[i] as { uuid?: [string, string] } | null | undefined
      const ok = results.length === c.ops.length && results.every((x) => x === null || !(typeof x === 'object' && 'error' in (x as object)))
      if (ok && r?.uuid !== undefined) side.uuids.set(name, r.uuid[1])
    }
  return normalizeStep(side.norm, withoutId(reply), side.peer.takeNotifications())
}

/** The real server's connection lives across runs: request ids differ. */
const withoutId = (m: Message): Message => {
  const { id: _id, ...rest } = m
  return rest
}

const openMonitors = async (side: Side, run: number): Promise<unknown> => {
  const all = Object.fromEntries(TABLES.map((tb) => [tb, {}]))
  const a = await side.peer.request('monitor_cond_since', [NB, `since${run}`, all, '00000000-0000-0000-0000-000000000000'])
  const b = await side.peer.request('monitor_cond', [
    NB,
    `cond${run}`,
    {
      Logical_Switch: [{ columns: ['name', 'ports', 'external_ids'], where: [['name', '==', 'ls0'], ['external_ids', 'includes', ['map', [['a', '1']]]]] }],
      Logical_Switch_Port: [{ columns: ['name', 'tag_request', 'dhcpv4_options'], where: [['tag_request', '>', 10]] }],
    },
  ])
  const c = await side.peer.request('monitor', [NB, `plain${run}`, { Port_Group: { columns: ['name', 'ports'] }, Address_Set: {} }])
  return side.norm.value([a, b, c].map(withoutId))
}

const dump = async (side: Side): Promise<unknown> => {
  const r = await side.peer.request('transact', [NB, ...TABLES.map((table) => ({ op: 'select', table, where: [] }))])
  return side.norm.value(withoutId(r))
}

test('random transaction sequences give the same results, notifications and contents on both servers', async (t) => {
  const real = await startOvsdb()
  t.teardown(() => real.stop())
  const realConn = await realPeer(real)
  t.teardown(() => realConn.close())
  let run = 0
  let compared = 0
  let ops = 0
  let failedTxns = 0
  await fc.assert(
    fc.asyncProperty(fc.array(txn, { minLength: 6, maxLength: 20 }), async (txns) => {
      run++
      // a clean database on both sides: the real one emptied, the embedded one new
      await realConn.request('transact', [NB, ...['Logical_Switch', 'Port_Group', 'Address_Set', 'DHCP_Options'].map((table) => ({ op: 'delete', table, where: [] }))])
      realConn.takeNotifications()
      // a new connection per run on both sides: the order of a session's monitors depends on its history
      const realRun = await realPeer(real)
      const embedded = embeddedNb({ txnHistory: 0 })
      const embConn = embeddedPeer(embedded)
      const r: Side = { peer: realRun, uuids: new Map(), norm: new Normalizer() }
      const e: Side = { peer: embConn, uuids: new Map(), norm: new Normalizer() }
      try {
        const [ma, mb] = [await openMonitors(r, run), await openMonitors(e, run)]
        if (canon(ma) !== canon(mb)) throw new Error(`monitor replies differ:\n${canon(ma)}\n${canon(mb)}`)
        for (const [i, ops_] of txns.entries()) {
          const c = compile(ops_, i)
          ops += c.ops.length
          const a = await runTxn(r, c)
          const b = await runTxn(e, c)
          compared++
          if (/"error":"/.test(JSON.stringify(a))) failedTxns++
          if (canon(a) !== canon(b)) throw new Error(`transaction ${i} differs: ${JSON.stringify(ops_)}\nreal:     ${canon(a)}\nembedded: ${canon(b)}`)
        }
        const [da, db] = [await dump(r), await dump(e)]
        compared++
        if (canon(da) !== canon(db)) throw new Error(`contents differ:\n${canon(da)}\n${canon(db)}`)
      } finally {
        realRun.close()
        embConn.close()
        embedded.close()
      }
    }),
    { numRuns: 40, endOnFailure: true, includeErrorInReport: true },
  )
  t.log(`${run} sequences, ${compared} comparisons, ${ops} operations, ${failedTxns} transactions with an error`)
  t.true(compared > 100)
  t.true(failedTxns > 5, 'some transactions fail')
})
