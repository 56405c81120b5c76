/**
 * Benchmarks of the OVSDB layer (issue: foundation):
 * - framer + JSON.parse on chunked OVSDB-like traffic against JSON.parse on the same
 *   messages already split (the floor);
 * - one transact of 1000 Logical_Switch_Port inserts through the client against the
 *   same JSON written on a raw socket.
 */
import * as E from 'fp-ts/lib/Either.js'
import { connect, Framer, type Operation } from '../src/ovsdb/index.js'
import { startOvsdb } from '../test/support/ovsdb.js'
import { median, type Figure, type Section } from './report.js'
import { rawTransact } from './raw.js'

// -------------------------------------------------------------------------------------
// traffic like an NB monitor's: update3 notifications of Logical_Switch_Port rows
// -------------------------------------------------------------------------------------

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0')
const uuidOf = (i: number, salt: number): string =>
  `${hex(i, 8)}-${hex(salt, 4)}-4${hex(i & 0xfff, 3)}-8${hex((i >> 3) & 0xfff, 3)}-${hex(i * 7919 + salt, 12).slice(-12)}`

const lspRow = (i: number) => ({
  name: `ns${i % 97}_pod-${i}`,
  addresses: ['set', [`0a:58:0a:${hex((i >> 8) & 0xff, 2)}:${hex(i & 0xff, 2)}:01 10.${(i >> 16) & 0xff}.${(i >> 8) & 0xff}.${i & 0xff}`]],
  port_security: ['set', [`0a:58:0a:${hex((i >> 8) & 0xff, 2)}:${hex(i & 0xff, 2)}:01 10.${(i >> 16) & 0xff}.${(i >> 8) & 0xff}.${i & 0xff}`]],
  options: ['map', [['requested-chassis', `node-${i % 50}`], ['iface-id-ver', uuidOf(i, 3)]]],
  // NB traffic is ASCII but for the odd description; quotes and backslashes do occur
  external_ids: ['map', [['pod', 'true'], ['namespace', `ns${i % 97}`], ['k8s.ovn.org/nad', 'default'], ['owner', i % 500 === 0 ? 'ovn-nb "bench" \\ é' : 'ovn-nb']]],
  tag: ['set', []],
  dhcpv4_options: ['uuid', uuidOf(i % 100, 9)],
  enabled: true,
  up: i % 3 === 0,
})

const trafficMessages = (targetBytes: number): string[] => {
  const out: string[] = []
  let bytes = 0
  let i = 0
  while (bytes < targetBytes) {
    const rows: Record<string, unknown> = {}
    const n = 1 + (i % 40) // messages from ~0.5 KB to ~20 KB
    for (let k = 0; k < n; k++, i++) rows[uuidOf(i, 1)] = k % 5 === 0 ? { modify: { up: true } } : { insert: lspRow(i) }
    const text = JSON.stringify({ id: null, method: 'update3', params: ['nb', uuidOf(i, 2), { Logical_Switch_Port: rows }] })
    out.push(text)
    bytes += Buffer.byteLength(text)
  }
  return out
}

const chunked = (texts: ReadonlyArray<string>, chunk: number): Buffer[] => {
  const all = Buffer.from(texts.join(''), 'utf8')
  const out: Buffer[] = []
  for (let o = 0; o < all.length; o += chunk) out.push(all.subarray(o, Math.min(all.length, o + chunk)))
  return out
}

const framerSection: Section = {
  title: 'OVSDB framer (issue 2)',
  run: async () => {
    const texts = trafficMessages(64 * 1024 * 1024)
    const bytes = texts.reduce((n, s) => n + Buffer.byteLength(s), 0)
    const chunks = chunked(texts, 64 * 1024) // a socket read is at most 64 KiB
    const mb = bytes / 1e6
    const floor: number[] = []
    const ours: number[] = []
    let sink = 0
    const runFloor = () => {
      const t0 = performance.now()
      for (const s of texts) sink += (JSON.parse(s) as { params: unknown[] }).params.length
      floor.push(mb / ((performance.now() - t0) / 1000))
    }
    const runOurs = () => {
      const t0 = performance.now()
      const f = new Framer()
      for (const c of chunks) {
        const r = f.push(c)
        if (E.isLeft(r)) throw new Error(r.left.message)
        sink += r.right.length
      }
      ours.push(mb / ((performance.now() - t0) / 1000))
    }
    // alternate which goes first, so neither always inherits the other's garbage
    for (let round = 0; round < 8; round++) {
      if (round % 2 === 0) {
        runFloor()
        runOurs()
      } else {
        runOurs()
        runFloor()
      }
    }
    if (sink === 0) throw new Error('nothing parsed')
    const f = median(ours)
    const b = median(floor)
    return [
      {
        name: `framer + parse, ${mb.toFixed(0)} MB in 64 KiB chunks (${texts.length} messages)`,
        value: f,
        unit: 'MB/s',
        baseline: { name: 'JSON.parse on pre-split text', value: b },
        higherIsBetter: true,
        target: { text: 'ratio >= 0.8', met: f / b >= 0.8 },
      },
    ]
  },
}

// -------------------------------------------------------------------------------------
// transact of 1000 LSP inserts: client vs raw socket
// -------------------------------------------------------------------------------------

const lspInserts = (tag: string, n: number): Operation[] => {
  const ops: Operation[] = []
  const refs: Array<readonly ['named-uuid', string]> = []
  for (let i = 0; i < n; i++) {
    const mac = `0a:00:00:${hex((i >> 8) & 0xff, 2)}:${hex(i & 0xff, 2)}:${hex(tag.length, 2)}`
    const ip = `10.1.${(i >> 8) & 0xff}.${i & 0xff}`
    ops.push({
      op: 'insert',
      table: 'Logical_Switch_Port',
      'uuid-name': `p${i}`,
      row: {
        name: `${tag}-port-${i}`,
        addresses: ['set', [`${mac} ${ip}`]],
        port_security: ['set', [`${mac} ${ip}`]],
        external_ids: ['map', [['owner', 'bench'], ['vm', `${tag}-vm-${i}`]]],
      },
    })
    refs.push(['named-uuid', `p${i}`])
  }
  ops.push({ op: 'insert', table: 'Logical_Switch', row: { name: `${tag}-sw`, ports: ['set', refs] } })
  return ops
}

const transactSection: Section = {
  title: 'OVSDB client transact (issue 2)',
  run: async () => {
    const server = await startOvsdb()
    try {
      const path = server.unix.slice('unix:'.length)
      const validated = await connect(server.unix)()
      const plain = await connect(server.unix)()
      if (E.isLeft(validated) || E.isLeft(plain)) throw new Error('connect failed')
      const vc = validated.right
      const pc = plain.right
      const schema = await vc.getSchema('OVN_Northbound')()
      if (E.isLeft(schema)) throw new Error('get_schema failed')
      const raw: number[] = []
      const withValidation: number[] = []
      const without: number[] = []
      // one transact of 1000 fresh inserts through a client, its time added to `into`
      const timed = async (client: typeof vc, tag: string, into: number[]): Promise<void> => {
        const ops = lspInserts(tag, 1000)
        const t0 = performance.now()
        const r = await client.transact('OVN_Northbound', ops)()
        into.push(performance.now() - t0)
        if (E.isLeft(r)) throw new Error('transact failed')
      }
      for (let round = 0; round < 16; round++) {
        // the three take turns at going first: the run right after another pays for what
        // the server still does of the one before (about 10 ms here)
        const runs = [
          async () => raw.push(await rawTransact(path, JSON.stringify({ method: 'transact', params: ['OVN_Northbound', ...lspInserts(`raw${round}`, 1000)], id: 1 }), 1001)),
          () => timed(vc, `val${round}`, withValidation),
          () => timed(pc, `nov${round}`, without),
        ]
        for (let k = 0; k < runs.length; k++) await runs[(k + round) % runs.length]!()
      }
      await vc.close()()
      await pc.close()()
      // the first rounds warm up the JIT
      const floor = median(raw.slice(3))
      const v = median(withValidation.slice(3))
      const n = median(without.slice(3))
      const figures: Figure[] = [
        {
          name: 'client transact, 1000 LSP inserts (schema-validated)',
          value: v,
          unit: 'ms',
          baseline: { name: 'raw socket, pre-serialized', value: floor },
          target: { text: 'ratio <= 1.2', met: v / floor <= 1.2 },
        },
        {
          name: 'client transact, 1000 LSP inserts (validate: false)',
          value: n,
          unit: 'ms',
          baseline: { name: 'raw socket, pre-serialized', value: floor },
          target: { text: 'ratio <= 1.2', met: n / floor <= 1.2 },
        },
      ]
      return figures
    } finally {
      await server.stop()
    }
  },
}

export const sections: ReadonlyArray<Section> = [framerSection, transactSection]
