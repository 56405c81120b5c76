/**
 * Differential tests: the same requests, byte for byte, to a real ovsdb-server and to the
 * embedded server; their replies, the notifications they cause and the final contents of
 * the database must be the same once UUIDs are normalized.
 */
import test, { type ExecutionContext } from 'ava'
import { canon, NB, Normalizer, normalizeStep, startSides, type Message, type RawPeer } from './support.js'

type Ops = ReadonlyArray<unknown>

const U1 = '11111111-0000-0000-0000-000000000001'
const lsp = (name: string, extra: Record<string, unknown> = {}) => ({
  op: 'insert',
  table: 'Logical_Switch_Port',
  row: { name, ...extra },
  'uuid-name': `p_${name}`,
})
const ls = (name: string, ports: ReadonlyArray<string> = [], extra: Record<string, unknown> = {}) => ({
  op: 'insert',
  table: 'Logical_Switch',
  row: { name, ports: ['set', ports.map((p) => ['named-uuid', `p_${p}`])], ...extra },
})
const sel = (table: string, where: unknown[] = [], columns?: string[]) => ({
  op: 'select',
  table,
  where,
  ...(columns !== undefined ? { columns } : {}),
})

const TABLES = ['Logical_Switch', 'Logical_Switch_Port', 'ACL', 'Port_Group', 'Address_Set', 'DHCP_Options', 'NB_Global', 'Meter', 'Meter_Band', 'BFD']

/** Runs transactions on both sides and compares each step, then the whole database. */
const runSteps = async (t: ExecutionContext, steps: ReadonlyArray<Ops>, monitors = true): Promise<void> => {
  const sides = await startSides(t)
  const [real, emb] = await sides.connect()
  const nr = new Normalizer()
  const ne = new Normalizer()
  if (monitors) {
    const reqs = Object.fromEntries(TABLES.map((tb) => [tb, {}]))
    for (const [method, extra] of [
      ['monitor', []],
      ['monitor_cond', []],
      ['monitor_cond_since', ['00000000-0000-0000-0000-000000000000']],
    ] as const) {
      const a = await real.request(method, [NB, method, reqs, ...extra])
      const b = await emb.request(method, [NB, method, reqs, ...extra])
      t.deepEqual(nr.value(b), ne.value(a), `${method} reply`)
    }
  }
  for (const [i, ops] of steps.entries()) {
    const a = await real.request('transact', [NB, ...ops])
    const b = await emb.request('transact', [NB, ...ops])
    const na = normalizeStep(nr, a, real.takeNotifications())
    const nb = normalizeStep(ne, b, emb.takeNotifications())
    t.deepEqual(nb, na, `step ${i}: ${JSON.stringify(ops).slice(0, 300)}`)
  }
  await compareContents(t, real, emb, nr, ne)
}

const compareContents = async (t: ExecutionContext, real: RawPeer, emb: RawPeer, nr: Normalizer, ne: Normalizer) => {
  const dump = TABLES.map((tb) => sel(tb))
  const a = await real.request('transact', [NB, ...dump])
  const b = await emb.request('transact', [NB, ...dump])
  t.deepEqual(ne.value(b), nr.value(a), 'final contents')
}

// -------------------------------------------------------------------------------------
// transactions
// -------------------------------------------------------------------------------------

test('operation syntax, unknown tables and columns, type and constraint errors', async (t) => {
  const one = (op: unknown): Ops => [op]
  await runSteps(t, [
    [],
    one({ op: 'bogus' }),
    one(5),
    one({ table: 'Logical_Switch' }),
    one({ op: 7 }),
    one({ op: 'insert', table: 'Nope', row: {} }),
    one({ op: 'insert', table: 'Logical_Switch', row: { nme: 'x' } }),
    one({ op: 'insert', table: 'Logical_Switch' }),
    one({ op: 'insert', table: 'Logical_Switch', row: {}, extra: 1 }),
    one({ op: 'insert', table: 'Logical_Switch', row: {}, extra: 1, more: 2 }),
    one({ op: 'insert', table: 'Logical_Switch', row: {}, extra: 1, more: 2, most: 3 }),
    one({ op: 'insert', table: 'Logical_Switch', row: { name: 1 } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { name: ['set', ['a', 'b']] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { name: ['set', []] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { name: ['set', ['a']] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { name: ['set', 'a'] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { ports: ['set', [['uuid', 'x']]] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { ports: ['set', [['named-uuid', 'nope']]] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { ports: ['set', [['named-uuid', '9bad']]] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { ports: ['set', [['uid', 'x']]] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { ports: ['uuid', U1] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { external_ids: ['map', [['a', 1]]] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { external_ids: ['map', [['a', '1'], ['a', '2']]] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { external_ids: ['map', [['a']]] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { external_ids: ['set', []] } }),
    one({ op: 'insert', table: 'Logical_Switch', row: { external_ids: { a: 'b' } } }),
    one({ op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p', addresses: ['set', ['a', 'a']] } }),
    one({ op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p', tag: 5000 } }),
    one({ op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p', tag: 0 } }),
    one({ op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p', tag: 1.5 } }),
    one({ op: 'insert', table: 'Logical_Switch_Port', row: { name: 'p', enabled: 'yes' } }),
    one({ op: 'insert', table: 'ACL', row: { action: 'bogus', direction: 'to-lport', match: '1', priority: 1 } }),
    one({ op: 'insert', table: 'ACL', row: { action: 'x9', direction: 'to-lport', match: '1', priority: 1 } }),
    one({ op: 'insert', table: 'ACL', row: { action: 'true', direction: 'to-lport', match: '1', priority: 1 } }),
    one({ op: 'insert', table: 'ACL', row: { action: 'a b', direction: 'to-lport', match: '1', priority: 1 } }),
    one({ op: 'insert', table: 'ACL', row: { action: U1, direction: 'to-lport', match: '1', priority: 1 } }),
    one({ op: 'insert', table: 'ACL', row: { name: 'x'.repeat(70), action: 'drop', direction: 'to-lport', match: '1', priority: 1 } }),
    one({ op: 'insert', table: 'ACL', row: { name: 'é'.repeat(63), action: 'drop', direction: 'to-lport', match: '1', priority: 1 } }),
    one({ op: 'insert', table: 'ACL', row: { action: 'drop', direction: 'to-lport', match: '1', priority: 40000 } }),
    one({ op: 'insert', table: 'ACL', row: { action: 'drop', match: '1', priority: 4 } }),
    one({ op: 'insert', table: 'Meter_Band', row: { action: 'drop', rate: 0 } }),
    one({ op: 'insert', table: 'BFD', row: { logical_port: 'p', dst_ip: '1', detect_mult: 0 } }),
    one({ op: 'insert', table: 'Logical_Switch', row: {}, uuid: 'bad' }),
    one({ op: 'insert', table: 'Logical_Switch', row: {}, uuid: 5 }),
    one({ op: 'insert', table: 'Logical_Switch', row: {}, 'uuid-name': '9bad' }),
    one({ op: 'insert', table: 'Logical_Switch', row: { _uuid: ['uuid', U1], _version: ['uuid', U1] } }),
    one({ op: 'update', table: 'Logical_Switch', where: [], row: { _uuid: ['uuid', U1] } }),
    one({ op: 'update', table: 'NB_Global', where: [], row: { nb_cfg: true } }),
    one({ op: 'update', table: 'Logical_Switch', where: 'x', row: {} }),
    one({ op: 'update', table: 'Logical_Switch', where: [], row: { nme: 1 } }),
    one({ op: 'delete', table: 'Logical_Switch' }),
    one({ op: 'delete', where: [] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['name', 'includes', 'x']], columns: ['name', 'name'] }),
    one({ op: 'select', table: 'Logical_Switch', where: [], columns: [1] }),
    one({ op: 'select', table: 'Logical_Switch', where: [], columns: ['nope'] }),
    one({ op: 'select', table: 'Logical_Switch', where: [], columns: 'name' }),
    one({ op: 'select', table: 'Logical_Switch', where: [['name', '==', ['set', []]]] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['name']] }),
    one({ op: 'select', table: 'Logical_Switch', where: [[1, '==', 'a']] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['nme', '==', 'a']] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['name', '<', 'a']] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['name', '=~', 'a']] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['name', '==', 1]] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['ports', '<', 1]] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['ports', '==', ['uuid', 'x']]] }),
    one({ op: 'select', table: 'Logical_Switch', where: [['ports', 'includes', ['named-uuid', 'x']]] }),
    one({ op: 'select', table: 'Logical_Switch_Port', where: [['tag', '==', 5000]] }),
    one({ op: 'commit', durable: 1 }),
    one({ op: 'commit' }),
    one({ op: 'commit', durable: false }),
    one({ op: 'comment' }),
    one({ op: 'comment', comment: 'hello' }),
    one({ op: 'assert', lock: 'l' }),
    one({ op: 'assert', lock: '9l' }),
    one({ op: 'abort' }),
    [{ op: 'comment', comment: 'x' }, { op: 'abort' }, { op: 'comment', comment: 'y' }],
    [ls('a'), { op: 'insert', table: 'Nope', row: {} }, ls('b')],
    [{ op: 'insert', table: 'Logical_Switch', row: {}, 'uuid-name': 'x' }, { op: 'insert', table: 'Logical_Switch', row: {}, 'uuid-name': 'x' }],
    [{ op: 'insert', table: 'Logical_Switch', row: { name: 'é\n"\\\u0001' } }],
    [{ op: 'insert', table: 'Logical_Switch', row: { name: 'with-uuid' }, uuid: U1 }],
    [{ op: 'insert', table: 'Logical_Switch', row: { name: 'dup-uuid' }, uuid: U1 }],
    [{ op: 'insert', table: 'Logical_Switch', row: { name: 'dup-uuid' }, uuid: U1.toUpperCase() }],
    [{ op: 'delete', table: 'Logical_Switch', where: [['_uuid', '==', ['uuid', U1]]] }, { op: 'insert', table: 'Logical_Switch', row: {}, uuid: U1 }],
  ])
})

test('reference integrity, garbage collection, weak references, indexes, maxRows', async (t) => {
  await runSteps(t, [
    [lsp('p1')],
    [sel('Logical_Switch_Port')],
    [lsp('p1'), ls('s1', ['p1'])],
    [lsp('p1'), ls('s2', ['p1'])],
    [lsp('p2'), { ...lsp('p2'), 'uuid-name': 'q' }, ls('s2', ['p2'])],
    // (deleting both referenced ports at once would fail for either: which one ovsdb-server names depends on their UUIDs)
    [{ op: 'delete', table: 'Logical_Switch_Port', where: [['name', '==', 'p1']] }],
    [{ op: 'insert', table: 'NB_Global', row: {} }, { op: 'insert', table: 'NB_Global', row: {} }],
    [{ op: 'insert', table: 'NB_Global', row: { name: 'g' } }],
    [{ op: 'insert', table: 'NB_Global', row: {} }],
    [
      { op: 'insert', table: 'DHCP_Options', row: { cidr: '10.0.0.0/24' }, 'uuid-name': 'd' },
      lsp('p3', { dhcpv4_options: ['named-uuid', 'd'] }),
      { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', 's1']], mutations: [['ports', 'insert', ['set', [['named-uuid', 'p_p3']]]]] },
    ],
    [sel('Logical_Switch_Port', [['name', '==', 'p3']], ['dhcpv4_options'])],
    [{ op: 'delete', table: 'DHCP_Options', where: [] }],
    [sel('Logical_Switch_Port', [['name', '==', 'p3']], ['dhcpv4_options'])],
    [
      lsp('p4', { dhcpv4_options: ['uuid', U1] }),
      { op: 'mutate', table: 'Logical_Switch', where: [['name', '==', 's1']], mutations: [['ports', 'insert', ['named-uuid', 'p_p4']]] },
    ],
    [sel('Logical_Switch_Port', [['name', '==', 'p4']], ['name', 'dhcpv4_options'])],
    [{ op: 'insert', table: 'Address_Set', row: { name: 'as1' } }, { op: 'insert', table: 'Address_Set', row: { name: 'as1' } }],
    [{ op: 'insert', table: 'Address_Set', row: { name: 'as1' } }],
    [{ op: 'insert', table: 'Address_Set', row: { name: 'as1' } }],
    [{ op: 'insert', table: 'Address_Set', row: { name: 'x y' } }, { op: 'insert', table: 'Address_Set', row: { name: 'x y' } }],
    [{ op: 'insert', table: 'Address_Set', row: { name: 'as2' } }, { op: 'update', table: 'Address_Set', where: [['name', '==', 'as2']], row: { name: 'as1' } }],
    [{ op: 'update', table: 'Address_Set', where: [['name', '==', 'as1']], row: { name: 'as3' } }, { op: 'insert', table: 'Address_Set', row: { name: 'as1' } }],
    [{ op: 'update', table: 'Address_Set', where: [['name', '==', 'as3']], row: { addresses: ['set', ['1.1.1.1']] } }, { op: 'insert', table: 'Address_Set', row: { name: 'as3' } }],
    [{ op: 'insert', table: 'Address_Set', row: { name: 'as4' } }, { op: 'update', table: 'Address_Set', where: [['name', '==', 'as4']], row: { name: 'as5' } }, { op: 'update', table: 'Address_Set', where: [['name', '==', 'as1']], row: { name: 'as5' } }],
    [{ op: 'insert', table: 'BFD', row: { logical_port: 'p', dst_ip: '1.2.3.4' } }, { op: 'insert', table: 'BFD', row: { logical_port: 'p', dst_ip: '1.2.3.4' } }],
    [{ op: 'delete', table: 'Logical_Switch', where: [['name', '==', 's1']] }, sel('Logical_Switch_Port', [], ['name'])],
    [sel('Logical_Switch_Port', [], ['name'])],
    [lsp('x'), { op: 'insert', table: 'Port_Group', row: { name: 'pg', ports: ['named-uuid', 'p_x'] } }],
    [sel('Port_Group', [], ['name', 'ports'])],
    [lsp('x'), ls('sx', ['x']), { op: 'mutate', table: 'Port_Group', where: [], mutations: [['ports', 'insert', ['set', [['named-uuid', 'p_x']]]]] }],
    [sel('Port_Group', [], ['name', 'ports'])],
    [{ op: 'delete', table: 'Logical_Switch', where: [['name', '==', 'sx']] }],
    [sel('Port_Group', [], ['name', 'ports'])],
    [
      { op: 'insert', table: 'ACL', row: { action: 'drop', direction: 'to-lport', match: '1', priority: 1 }, 'uuid-name': 'a' },
      { op: 'insert', table: 'Port_Group', row: { name: 'pg2', acls: ['named-uuid', 'a'] } },
      { op: 'insert', table: 'Logical_Switch', row: { name: 'sa', acls: ['named-uuid', 'a'] } },
    ],
    [{ op: 'delete', table: 'Port_Group', where: [['name', '==', 'pg2']] }, sel('ACL', [], ['priority'])],
    [{ op: 'delete', table: 'Logical_Switch', where: [['name', '==', 'sa']] }, sel('ACL', [], ['priority'])],
    [sel('ACL', [], ['priority'])],
    [{ op: 'insert', table: 'Meter', row: { name: 'm', unit: 'kbps' } }],
    [{ op: 'insert', table: 'Meter', row: { name: 'm', unit: 'kbps', bands: ['set', []] } }],
    [{ op: 'insert', table: 'Meter', row: { name: 'm', unit: 'kbps', bands: ['named-uuid', 'b'] } }, { op: 'insert', table: 'Meter_Band', row: { action: 'drop', rate: 1 }, 'uuid-name': 'b' }],
    [{ op: 'delete', table: 'Meter_Band', where: [] }],
    [{ op: 'insert', table: 'Logical_Switch', row: { name: 'wz', dns_records: ['uuid', '00000000-0000-0000-0000-000000000000'] } }, sel('Logical_Switch', [['name', '==', 'wz']], ['dns_records'])],
    [sel('Logical_Switch', [['name', '==', 'wz']], ['dns_records'])],
    // a row inserted and deleted in one transaction, a reference to it
    [lsp('gone'), { op: 'delete', table: 'Logical_Switch_Port', where: [['name', '==', 'gone']] }, ls('sg')],
    [lsp('gone'), { op: 'delete', table: 'Logical_Switch_Port', where: [['name', '==', 'gone']] }, ls('sg2', ['gone'])],
    // deleting a referenced row and its referrer together
    [lsp('pp'), ls('spp', ['pp'])],
    [{ op: 'delete', table: 'Logical_Switch_Port', where: [['name', '==', 'pp']] }],
    [{ op: 'delete', table: 'Logical_Switch_Port', where: [['name', '==', 'pp']] }, { op: 'delete', table: 'Logical_Switch', where: [['name', '==', 'spp']] }],
    // no-op updates do not change _version and send nothing
    [ls('v')],
    [{ op: 'update', table: 'Logical_Switch', where: [['name', '==', 'v']], row: { name: 'v' } }],
    [{ op: 'mutate', table: 'Logical_Switch', where: [['name', '==', 'v']], mutations: [['external_ids', 'insert', ['map', [['k', 'v']]]], ['external_ids', 'delete', ['set', ['k']]]] }],
    [{ op: 'update', table: 'Logical_Switch', where: [['name', '==', 'v']], row: { name: 'w' } }, { op: 'update', table: 'Logical_Switch', where: [['name', '==', 'w']], row: { name: 'v' } }],
  ])
})

test('mutations: sets, maps, arithmetic, ranges, sizes', async (t) => {
  await runSteps(t, [
    [lsp('a', { tag_request: 5 }), lsp('b'), ls('s', ['a', 'b']), { op: 'insert', table: 'NB_Global', row: {} }],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', 'insert', ['map', [['a', '1']]]]] }, { op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', 'insert', ['map', [['a', '2'], ['b', '2']]]]] }, sel('Logical_Switch', [], ['external_ids'])],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', 'delete', ['map', [['a', '2'], ['b', '2']]]]] }, sel('Logical_Switch', [], ['external_ids'])],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', 'delete', ['set', ['a', 'zz']]]] }],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', 'delete', ['set', [1]]]] }],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', 'insert', ['set', ['a']]]] }],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['name', 'insert', 'x']] }],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['name', '+=', 1]] }],
    [{ op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', '+=', 1]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '%=', 1.5]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '^=', 1]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=']] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['_uuid', '+=', 1]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nope', '+=', 1]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: 'x' }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=', 5], ['nb_cfg', '*=', 3], ['nb_cfg', '-=', 1], ['nb_cfg', '/=', 2], ['nb_cfg', '%=', 4]] }, sel('NB_Global', [], ['nb_cfg'])],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '-=', 10], ['nb_cfg', '/=', 3], ['nb_cfg', '%=', 2]] }, sel('NB_Global', [], ['nb_cfg'])],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '/=', 0]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '%=', 0]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=', 9007199254740000]] }, { op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '*=', 1024]] }],
    [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '*=', 1]] }],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [], mutations: [['tag_request', '*=', 0]] }],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'a']], mutations: [['tag_request', '+=', 5000]] }],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'a']], mutations: [['tag_request', '-=', 100]] }],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'b']], mutations: [['tag_request', 'insert', ['set', [1, 2]]]] }],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'b']], mutations: [['tag_request', 'insert', 1], ['tag_request', 'insert', 2]] }],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'b']], mutations: [['tag_request', 'insert', 1], ['tag_request', 'insert', 1]] }, sel('Logical_Switch_Port', [['name', '==', 'b']], ['tag_request'])],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'b']], mutations: [['tag_request', 'delete', 1], ['addresses', 'insert', ['set', ['x', 'y']]], ['addresses', 'delete', 'y']] }, sel('Logical_Switch_Port', [['name', '==', 'b']], ['tag_request', 'addresses'])],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'b']], mutations: [['tag_request', 'insert', 9999]] }],
    [{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'b']], mutations: [['name', 'delete', 'b']] }],
    [{ op: 'insert', table: 'Meter', row: { name: 'm', unit: 'kbps', bands: ['named-uuid', 'b'] } }, { op: 'insert', table: 'Meter_Band', row: { action: 'drop', rate: 1 }, 'uuid-name': 'b' }],
    [{ op: 'mutate', table: 'Meter', where: [], mutations: [['bands', 'delete', ['set', []]]] }, { op: 'mutate', table: 'Meter_Band', where: [], mutations: [['rate', '-=', 1]] }],
    [{ op: 'mutate', table: 'Meter', where: [], mutations: [['bands', 'delete', ['select', []]]] }],
    [{ op: 'mutate', table: 'Meter', where: [['name', '==', 'm']], mutations: [['bands', 'delete', ['set', [['uuid', U1]]]]] }],
    [{ op: 'mutate', table: 'Meter', where: [['name', '==', 'm']], mutations: [['bands', 'insert', ['set', [['uuid', U1]]]]] }],
    [{ op: 'mutate', table: 'Meter', where: [['name', '==', 'm']], mutations: [['unit', 'insert', 'kbps']] }],
    [{ op: 'insert', table: 'QoS', row: { direction: 'to-lport', match: '1', priority: 1, bandwidth: ['map', [['rate', 5]]] }, 'uuid-name': 'q' }, { op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['qos_rules', 'insert', ['named-uuid', 'q']]] }],
    [{ op: 'mutate', table: 'QoS', where: [], mutations: [['bandwidth', 'insert', ['map', [['burst', 0]]]]] }],
    [{ op: 'mutate', table: 'QoS', where: [], mutations: [['bandwidth', 'insert', ['map', [['bogus', 1]]]]] }],
    [{ op: 'mutate', table: 'QoS', where: [], mutations: [['bandwidth', 'delete', ['map', [['rate', 6]]]], ['bandwidth', 'insert', ['map', [['burst', 7]]]]] }, sel('QoS', [], ['bandwidth'])],
  ])
})

test('conditions: functions on scalars, optional values, sets and maps; distinct and sorted selects', async (t) => {
  const S = (where: unknown[]) => ({ op: 'select', table: 'Logical_Switch_Port', where, columns: ['name'] })
  await runSteps(t, [
    [
      lsp('a', { tag_request: 5, addresses: ['set', ['x', 'y']], external_ids: ['map', [['k', 'v'], ['n', '1']]], enabled: true }),
      lsp('b', { addresses: 'x', external_ids: ['map', [['k', 'w']]] }),
      lsp('c', { tag_request: 7, type: 'router' }),
      ls('s', ['a', 'b', 'c']),
    ],
    ...[
      [['tag_request', '==', ['set', []]]],
      [['tag_request', '!=', ['set', []]]],
      [['tag_request', 'includes', ['set', []]]],
      [['tag_request', 'excludes', ['set', []]]],
      [['tag_request', '==', 5]],
      [['tag_request', '!=', 5]],
      [['tag_request', 'includes', 5]],
      [['tag_request', 'excludes', 5]],
      [['tag_request', '<', 6]],
      [['tag_request', '<=', 7]],
      [['tag_request', '>', 5]],
      [['tag_request', '>=', 6]],
      [['tag_request', '<', ['set', []]]],
      [['tag_request', '==', 5000]],
      [['addresses', 'includes', ['set', ['x', 'y']]]],
      [['addresses', 'includes', 'x']],
      [['addresses', 'excludes', 'y']],
      [['addresses', '==', 'x']],
      [['addresses', '!=', ['set', []]]],
      [['external_ids', 'includes', ['map', [['k', 'v']]]]],
      [['external_ids', 'excludes', ['map', [['k', 'v']]]]],
      [['external_ids', 'includes', ['map', []]]],
      [['external_ids', '==', ['map', [['k', 'w']]]]],
      [['enabled', '==', true]],
      [['enabled', '!=', true]],
      [['name', '>', 'a']],
      [['type', 'includes', 'router']],
      [['type', 'excludes', 'router']],
      [true],
      [false],
      [true, ['name', '==', 'a']],
      [['name', '!=', 'a'], ['name', '!=', 'b']],
      [['name', '==', 'a'], ['name', '==', 'b']],
    ].map((w) => [S(w)]),
    [{ op: 'select', table: 'Logical_Switch_Port', where: [], columns: ['type'] }],
    [{ op: 'select', table: 'Logical_Switch_Port', where: [], columns: ['type', 'name'] }],
    [{ op: 'select', table: 'Logical_Switch_Port', where: [], columns: ['tag_request'], sort: ['tag_request'] }],
    [{ op: 'select', table: 'Logical_Switch_Port', where: [], columns: ['name'], sort: ['nope'] }],
    [{ op: 'select', table: 'Logical_Switch_Port', where: [], columns: ['_uuid', 'name'] }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [['name', '==', 'a']], columns: ['name'], until: '==', rows: [{ name: 'a' }], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], columns: ['type'], until: '==', rows: [{ type: '' }, { type: 'router' }], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], columns: ['type'], until: '==', rows: [{ type: '' }], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], columns: ['type'], until: '!=', rows: [{ type: '' }], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [['name', '==', 'zz']], columns: ['name'], until: '==', rows: [], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [['name', '==', 'a']], until: '!=', rows: [{ name: 'a' }], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], columns: ['name'], until: '=', rows: [], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], columns: ['name'], until: '==', rows: [], timeout: -1 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], columns: ['name'], until: '==', rows: [], timeout: 1.5 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], until: '==', rows: [{ nme: 1 }], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], until: '==', rows: [5], timeout: 0 }],
    [{ op: 'wait', table: 'Logical_Switch_Port', where: [], columns: ['name'], until: '==', rows: [{ name: 'a', type: 'x' }, { name: 'b' }, { name: 'c' }], timeout: 0 }],
    [lsp('d'), { op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['ports', 'insert', ['named-uuid', 'p_d']]] }, S([['_uuid', '==', ['named-uuid', 'p_d']]])],
    [{ op: 'delete', table: 'Logical_Switch_Port', where: [['name', '==', 'd']] }],
  ], false)
})

test('monitors: update, update2 and update3 bodies, conditions, condition changes, errors', async (t) => {
  const sides = await startSides(t)
  const [real, emb] = await sides.connect()
  const nr = new Normalizer()
  const ne = new Normalizer()
  const both = async (method: string, params: unknown, label: string) => {
    const a = await real.request(method, params)
    const b = await emb.request(method, params)
    const na = normalizeStep(nr, a, real.takeNotifications())
    const nb = normalizeStep(ne, b, emb.takeNotifications())
    t.deepEqual(nb, na, label)
  }
  const tx = (ops: Ops, label: string) => both('transact', [NB, ...ops], label)
  await tx([lsp('a', { tag_request: 5 }), lsp('b'), ls('s0', ['a', 'b'], { external_ids: ['map', [['k', 'v'], ['x', '1']]] })], 'seed')
  const monitors: ReadonlyArray<readonly [string, unknown[]]> = [
    ['monitor', [NB, 'm1', { Logical_Switch: { columns: ['name', 'external_ids', 'ports', 'other_config'] } }]],
    ['monitor', [NB, 'm1b', { Logical_Switch_Port: {} }]],
    ['monitor_cond', [NB, 'm2', { Logical_Switch: [{ columns: ['name', 'external_ids', 'ports'], where: [['name', '!=', 'zz']] }] }]],
    ['monitor_cond_since', [NB, 'm3', { Logical_Switch: [{ columns: ['name', 'external_ids', 'ports'] }] }, '00000000-0000-0000-0000-000000000000']],
    ['monitor_cond', [NB, 'm4', { Logical_Switch: { columns: ['name'], where: [['external_ids', 'includes', ['map', [['a', 'b']]]]] } }]],
    ['monitor_cond', [NB, 'm5', { Logical_Switch_Port: { columns: ['name', 'tag_request'], where: [['name', '==', 'a'], ['tag_request', '>', 6]] } }]],
    ['monitor', [NB, 'm6', { Logical_Switch: { columns: ['name'], select: { initial: false, modify: false } } }]],
    ['monitor', [NB, 'm7', { Logical_Switch: [{ columns: ['name'], select: { insert: false } }, { columns: ['ports'] }] }]],
    ['monitor_cond', [NB, 'm8', { Logical_Switch_Port: {}, DHCP_Options: [{ where: [['cidr', '==', '10.0.0.0/8']] }] }]],
    ['monitor_cond', [NB, 'm9', { Logical_Switch: { where: [] } }]],
    ['monitor_cond_since', [NB, 'm10', { NB_Global: {} }, '11111111-0000-0000-0000-000000000000']],
    ['monitor_cond', [NB, 'm11', { Logical_Switch_Port: { columns: ['_uuid', 'name'] } }]],
    ['monitor', [NB, 'm12', { Logical_Switch_Port: { columns: [] } }]],
    ['monitor_cond', [NB, 'm13', { Logical_Switch_Port: { columns: [] } }]],
    ['monitor_cond', [NB, ['m', 14], { Logical_Switch_Port: { columns: ['name'], select: { initial: false } } }]],
    ['monitor', [NB, { id: 15 }, { Logical_Switch_Port: { columns: ['name'], select: {} } }]],
    ['monitor_cond', [NB, 16, { Logical_Switch_Port: { columns: ['name'], where: [['name', '==', 'c']] } }]],
  ]
  for (const [method, params] of monitors) await both(method, params, `${method} ${JSON.stringify(params[1])}`)
  const errors: ReadonlyArray<readonly [string, unknown]> = [
    ['monitor', [NB, 'm1', { Logical_Switch: {} }]],
    ['monitor', [NB, 'x', { Nope: {} }]],
    ['monitor', [NB, 'x', { Logical_Switch: { columns: ['nope'] } }]],
    ['monitor', [NB, 'x', { Logical_Switch: { columns: [1] } }]],
    ['monitor', [NB, 'x', { Logical_Switch: { columns: 'name' } }]],
    ['monitor', [NB, 'x', { Logical_Switch: [{ columns: ['name'] }, { columns: ['name'] }] }]],
    ['monitor', [NB, 'x', { Logical_Switch: { columns: ['name'], where: [] } }]],
    ['monitor', [NB, 'x', { Logical_Switch: { select: { initial: 1 } } }]],
    ['monitor', [NB, 'x', { Logical_Switch: { select: { bogus: true } } }]],
    ['monitor', [NB, 'x', { Logical_Switch: 5 }]],
    ['monitor', [NB, 'x', []]],
    // (not [NB, 'x']: ovsdb-server 3.1 crashes on a monitor request with two parameters)
    ['monitor', ['Nope', 'x', {}]],
    ['monitor', []],
    ['monitor_cond', [NB, 'x', { Logical_Switch: [{ where: [['nope', '==', 1]] }] }]],
    ['monitor_cond', [NB, 'x', { Logical_Switch: [{ where: [['ports', 'includes', ['named-uuid', 'n']]] }] }]],
    ['monitor_cond_since', [NB, 'x', { NB_Global: {} }]],
    ['monitor_cond_since', [NB, 'x', { NB_Global: {} }, 'x']],
    ['monitor_cond_since', [NB, 'x', { NB_Global: {} }, 5]],
    ['monitor_cancel', ['nope']],
    ['monitor_cancel', []],
    ['monitor_cond_change', ['nope', 'x', { Logical_Switch: [{ where: [] }] }]],
    ['monitor_cond_change', ['m2', 'm3', { Logical_Switch: [{ where: [] }] }]],
    ['monitor_cond_change', ['m2', 'm2', { Nope: [{ where: [] }] }]],
    ['monitor_cond_change', ['m2', 'm2', { DHCP_Options: [{ where: [] }] }]],
    ['monitor_cond_change', ['m2', 'm2', { Logical_Switch: { where: [] } }]],
    ['monitor_cond_change', ['m2', 'm2', { Logical_Switch: [{ columns: ['name'], where: [] }] }]],
    ['monitor_cond_change', ['m2', 'm2', { Logical_Switch: [{ where: [['nope', '==', 1]] }] }]],
    ['monitor_cond_change', ['m2', 'm2', []]],
    ['monitor_cond_change', ['m2', 'm2']],
  ]
  for (const [method, params] of errors) await both(method, params, `${method} ${JSON.stringify(params)}`)
  await tx(
    [
      { op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['external_ids', 'insert', ['map', [['a', 'b']]]], ['external_ids', 'delete', ['set', ['k']]]] },
      { op: 'update', table: 'Logical_Switch', where: [], row: { other_config: ['map', [['o', 'p']]] } },
    ],
    'map diff',
  )
  await tx([{ op: 'update', table: 'Logical_Switch', where: [], row: { external_ids: ['map', [['a', 'c'], ['x', '1']]] } }], 'changed map value')
  await tx([lsp('c'), { op: 'mutate', table: 'Logical_Switch', where: [], mutations: [['ports', 'insert', ['set', [['named-uuid', 'p_c']]]], ['ports', 'delete', ['set', []]]] }], 'set diff')
  await tx([{ op: 'update', table: 'Logical_Switch', where: [], row: { name: 'zz' } }], 'leaves a condition')
  await tx([{ op: 'update', table: 'Logical_Switch', where: [], row: { name: 's1' } }], 'enters a condition')
  await tx([{ op: 'update', table: 'Logical_Switch', where: [], row: { external_ids: ['map', [['a', 'b'], ['c', 'd']]] } }], 'condition column only')
  await tx([{ op: 'mutate', table: 'Logical_Switch_Port', where: [['name', '==', 'a']], mutations: [['tag_request', '+=', 2]] }], 'optional scalar')
  await tx([{ op: 'update', table: 'Logical_Switch_Port', where: [['name', '==', 'a']], row: { tag_request: ['set', []] } }], 'optional emptied')
  await tx([{ op: 'insert', table: 'DHCP_Options', row: { cidr: '10.0.0.0/8', options: ['map', [['router', '10.0.0.1']]] } }, { op: 'insert', table: 'DHCP_Options', row: { cidr: '1' } }], 'table with a condition')
  await both('monitor_cond_change', ['m2', 'm2x', { Logical_Switch: [{ where: [['name', '==', 'zz']] }] }], 'condition change: rows leave')
  await both('monitor_cond_change', ['m2x', 'm2x', { Logical_Switch: [{ where: [true] }] }], 'condition change: rows enter')
  await both('monitor_cond_change', ['m3', 'm3', { Logical_Switch: [{ where: [false] }] }], 'condition change on update3')
  await both('monitor_cond_change', ['m1', 'm1', { Logical_Switch: [{ where: [false] }] }], 'condition change on a plain monitor')
  await both('monitor_cond_change', ['m8', 'm8', { DHCP_Options: [{ where: [['cidr', '==', '1']] }] }], 'condition change: swap')
  await both('monitor_cancel', ['m2x'], 'cancel renamed')
  await both('monitor_cancel', ['m2'], 'old name is gone')
  await tx([{ op: 'delete', table: 'Logical_Switch', where: [] }, { op: 'delete', table: 'DHCP_Options', where: [] }], 'delete everything')
  await tx([ls('later')], 'insert after')
})

// -------------------------------------------------------------------------------------
// JSON-RPC
// -------------------------------------------------------------------------------------

test('JSON-RPC methods and their errors, _Server, get_schema', async (t) => {
  const sides = await startSides(t)
  const [real, emb] = await sides.connect()
  const nr = new Normalizer()
  const ne = new Normalizer()
  const both = async (method: string, params: unknown, id?: unknown) => {
    const a = await real.request(method, params, id)
    const b = await emb.request(method, params, id)
    t.deepEqual(ne.value(b), nr.value(a), `${method} ${JSON.stringify(params)}`)
    return [a, b] as const
  }
  await both('list_dbs', [])
  await both('get_schema', [NB])
  await both('get_schema', ['_Server'])
  await both('get_schema', ['Nope'])
  await both('get_schema', [])
  await both('get_schema', [5])
  await both('transact', [])
  await both('transact', ['Nope'])
  await both('transact', [NB])
  await both('transact', ['_Server', sel('Database', [], ['name', 'model', 'connected', 'leader', 'schema', 'cid', 'sid', 'index'])])
  await both('transact', ['_Server', { op: 'insert', table: 'Database', row: { name: 'x', model: 'standalone', connected: true, leader: true } }])
  await both('transact', ['_Server', { op: 'insert', table: 'Database', row: {} }])
  await both('transact', ['_Server', { op: 'delete', table: 'Database', where: [] }])
  await both('transact', ['_Server', { op: 'commit', durable: false }])
  await both('transact', ['_Server', { op: 'wait', table: 'Database', where: [['name', '==', NB]], columns: ['leader'], until: '==', rows: [{ leader: true }], timeout: 0 }])
  {
    // the rows' UUIDs are random: compare the rows
    const params = ['_Server', 'srv', { Database: { columns: ['name', 'model', 'connected', 'leader', 'schema', 'cid', 'sid', 'index'] } }]
    const rows = (m: Message) =>
      Object.values((m['result'] as { Database: Record<string, unknown> }).Database)
        .map(canon)
        .sort()
    const [a, b] = [await real.request('monitor_cond', params), await emb.request('monitor_cond', params)]
    t.deepEqual(rows(b), rows(a), '_Server Database rows')
    t.is(rows(b).length, 2)
  }
  await both('echo', [1, 'a', { b: [null] }])
  await both('echo', [])
  await both('nope', [])
  await both('set_db_change_aware', [true])
  await both('set_db_change_aware', [])
  await both('set_db_change_aware', [1])
  await both('lock', [])
  await both('lock', ['9'])
  await both('lock', ['a', 'b'])
  await both('unlock', ['M'])
  await both('steal', [5])
  await both('lock', ['L'])
  await both('lock', ['L'])
  await both('steal', ['L'])
  await both('unlock', ['L'])
  await both('transact', [NB, { op: 'comment', comment: 'x' }], 'string-id')
  await both('transact', [NB, { op: 'comment', comment: 'x' }], ['array', 'id'])
  const [idA, idB] = await Promise.all([real.call(t, 'get_server_id', []), emb.call(t, 'get_server_id', [])])
  t.regex(String(idA), /^[0-9a-f-]{36}$/)
  t.regex(String(idB), /^[0-9a-f-]{36}$/)
})

test('a connection that breaks JSON-RPC is dropped by both; notifications other than cancel are ignored', async (t) => {
  const sides = await startSides(t)
  const cases: ReadonlyArray<readonly [string, unknown, boolean]> = [
    ['garbage', 'x{}', true],
    ['not an object', '[1,2]', true],
    ['params not an array', { id: 1, method: 'list_dbs', params: 'x' }, true],
    ['request without params', { id: 1, method: 'list_dbs' }, true],
    ['jsonrpc member', { jsonrpc: '2.0', id: 1, method: 'list_dbs', params: [] }, true],
    ['method not a string', { id: 1, method: 5, params: [] }, true],
    ['unexpected reply', { id: 99, result: [], error: null }, true],
    ['unexpected error', { id: 99, result: null, error: 'x' }, true],
    ['reply with method', { id: 1, method: 'echo', params: [], result: 5 }, true],
    ['request with a null result', { id: 1, method: 'echo', params: [], result: null, error: null }, false],
    ['error reply without id', { error: 'x' }, true],
    ['echo reply', { id: 'echo', result: [], error: null }, false],
    ['unknown notification', { id: null, method: 'whatever', params: [] }, false],
    ['cancel of nothing', { id: null, method: 'cancel', params: [42] }, false],
    ['notification without id member', { method: 'update', params: [] }, false],
  ]
  for (const [label, msg, dropped] of cases) {
    const [real, emb] = await sides.connect()
    real.send(msg)
    emb.send(msg)
    const [a, b] = await Promise.all([real.whenClosed(300), emb.whenClosed(300)])
    t.is(a, dropped, `real: ${label}`)
    t.is(b, dropped, `embedded: ${label}`)
    if (!dropped) {
      // still serving
      const [x, y] = await Promise.all([real.request('echo', ['ok']), emb.request('echo', ['ok'])])
      t.deepEqual(y, x, label)
    }
    real.close()
    emb.close()
  }
})

test('locks across two connections: locked and stolen notifications, assert', async (t) => {
  const sides = await startSides(t)
  const [r1, e1] = await sides.connect()
  const [r2, e2] = await sides.connect()
  const steps: ReadonlyArray<readonly [1 | 2, string, unknown]> = [
    [1, 'lock', ['L']],
    [2, 'lock', ['L']],
    [2, 'lock', ['L']],
    [2, 'transact', [NB, { op: 'assert', lock: 'L' }]],
    [1, 'transact', [NB, { op: 'assert', lock: 'L' }, { op: 'comment', comment: 'owner' }]],
    [2, 'steal', ['L']],
    [2, 'unlock', ['L']],
    [2, 'steal', ['L']],
    [1, 'transact', [NB, { op: 'assert', lock: 'L' }]],
    [2, 'transact', [NB, { op: 'assert', lock: 'L' }]],
    [1, 'unlock', ['L']],
    [1, 'lock', ['L']],
    [2, 'unlock', ['L']],
    [1, 'transact', [NB, { op: 'assert', lock: 'L' }]],
    [1, 'lock', ['M']],
    [2, 'steal', ['M']],
    [1, 'unlock', ['M']],
    [2, 'unlock', ['M']],
  ]
  for (const [who, method, params] of steps) {
    const [rp, ep] = who === 1 ? [r1, e1] : [r2, e2]
    const a = await rp.request(method, params)
    const b = await ep.request(method, params)
    await r1.settle(15)
    const got = (p: RawPeer) => p.takeNotifications()
    t.deepEqual(
      { reply: b, n1: got(e1), n2: got(e2) },
      { reply: a, n1: got(r1), n2: got(r2) },
      `${who} ${method} ${JSON.stringify(params)}`,
    )
  }
  // a disconnecting owner hands the lock over
  await r1.request('lock', ['Z'])
  await e1.request('lock', ['Z'])
  await r2.request('lock', ['Z'])
  await e2.request('lock', ['Z'])
  r1.close()
  e1.close()
  await r2.settle(50)
  t.deepEqual(e2.takeNotifications(), r2.takeNotifications())
})

test.serial('wait with a timeout: satisfied by another connection, timed out, cancelled', async (t) => {
  const sides = await startSides(t)
  const [r1, e1] = await sides.connect()
  const [r2, e2] = await sides.connect()
  const waitFor = (name: string, timeout?: number) => [
    NB,
    { op: 'wait', table: 'Logical_Switch', where: [['name', '==', name]], columns: ['name'], until: '==', rows: [{ name }], ...(timeout !== undefined ? { timeout } : {}) },
    { op: 'insert', table: 'Address_Set', row: { name: `after-${name}` } },
  ]
  const run = async (p1: RawPeer, p2: RawPeer) => {
    const out: Message[] = []
    const pending = p1.request('transact', waitFor('w', 2000))
    await p1.settle(30)
    out.push(await p2.request('transact', [NB, ls('w')]))
    out.push(await pending)
    const t0 = Date.now()
    out.push(await p1.request('transact', waitFor('v', 150)))
    const waited = Date.now() - t0
    // cancelled: no reply ever comes, later requests are served
    void p1.request('transact', waitFor('u'), 'cancelled')
    p1.send({ id: null, method: 'cancel', params: ['cancelled'] })
    await p1.settle(30)
    out.push(await p2.request('transact', [NB, ls('u')]))
    out.push(await p1.request('echo', ['after cancel']))
    // a duplicate id while the first is pending
    const first = p1.request('transact', waitFor('t', 300), 'dup')
    await p1.settle(10)
    p1.send({ id: 'dup', method: 'transact', params: [NB] })
    out.push(await first)
    await p1.settle(400)
    return { out, waited, received: p1.received.filter((m) => m['id'] === 'cancelled' || m['id'] === 'dup') }
  }
  const [a, b] = await Promise.all([run(r1, r2), run(e1, e2)])
  const n = (x: typeof a) => {
    const norm = new Normalizer()
    return {
      out: x.out.map((m) => norm.value(m)),
      received: x.received.map((m) => JSON.stringify(norm.value(m)).replace(/after \d+ ms/, 'after N ms')),
    }
  }
  const na = n(a)
  const nb = n(b)
  t.deepEqual(nb.out.map((m) => JSON.stringify(m).replace(/after \d+ ms/, 'after N ms')), na.out.map((m) => JSON.stringify(m).replace(/after \d+ ms/, 'after N ms')))
  t.deepEqual(nb.received, na.received)
  t.regex(JSON.stringify(b.out[2]), /"wait\\" timed out after \d+ ms/)
  t.true(b.waited >= 145 && b.waited < 1000, `waited ${b.waited} ms`)
})
