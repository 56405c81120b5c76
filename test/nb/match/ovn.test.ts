/**
 * validateMatch against OVN itself. ovn-trace parses every Logical_Flow match of a
 * southbound database with OVN's own parser (lib/expr.c) and logs each one it refuses,
 * so a database of candidate matches tells which ones OVN accepts. The candidates are the
 * corpora and generated expressions (canonical and noisy); each must be accepted by both
 * or refused by both. Allowed differences: symbols the installed OVN does not have yet
 * (probed) or no longer has, and the address-type check, where validateMatch is stricter
 * than OVN by design.
 */
import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { spawnSync } from 'node:child_process'
import * as Field from '../../../src/nb/match/Field.js'
import { print } from '../../../src/nb/match/Printer.js'
import * as _ from '../../../src/nb/match/validate.js'
import { ovsdbClient, SB_SCHEMA, startOvsdb } from '../../support/ovsdb.js'
import * as arb from './arbitraries.js'
import * as corpus from './corpus.js'

const NAME = /[$@]([A-Za-z_.][A-Za-z0-9_.]*)/g

/** The matches of `matches` that OVN refuses, with OVN's reason. */
const refusedByOvn = async (matches: ReadonlyArray<string>): Promise<ReadonlyMap<string, string>> => {
  const server = await startOvsdb({ schema: SB_SCHEMA, name: 'sb', readyTimeoutMs: 30_000 })
  try {
    const names = (sigil: string) => [...new Set(matches.flatMap((m) => [...m.matchAll(NAME)].filter((x) => x[0][0] === sigil).map((x) => x[1] as string)))]
    const transact = (ops: ReadonlyArray<unknown>): unknown => JSON.parse(ovsdbClient('transact', server.unix, JSON.stringify(['OVN_Southbound', ...ops])))
    transact([{ op: 'insert', table: 'Datapath_Binding', row: { tunnel_key: 1, external_ids: ['map', [['name', 'ls']]] } }])
    const dp = (transact([{ op: 'select', table: 'Datapath_Binding', where: [], columns: ['_uuid'] }]) as [{ rows: [{ _uuid: unknown }] }])[0].rows[0]._uuid
    const rows = [
      ...names('$').map((name) => ({ op: 'insert', table: 'Address_Set', row: { name, addresses: ['set', []] } })),
      ...names('@').map((name) => ({ op: 'insert', table: 'Port_Group', row: { name, ports: ['set', ['lsp1']] } })),
      ...matches.map((match, i) => ({
        op: 'insert',
        table: 'Logical_Flow',
        row: { logical_datapath: dp, pipeline: 'ingress', table_id: 0, priority: i % 65536, match, actions: 'next;' },
      })),
    ]
    // ovsdb-client takes the transaction as one argument: keep each well under ARG_MAX.
    let batch: unknown[] = []
    let size = 0
    for (const row of rows) {
      const n = JSON.stringify(row).length
      if (size + n > 100_000) {
        transact(batch)
        batch = []
        size = 0
      }
      batch.push(row)
      size += n
    }
    if (batch.length > 0) transact(batch)
    const trace = spawnSync('ovn-trace', [`--db=${server.unix}`, 'ls', 'inport == "lsp1"'], { encoding: 'utf8', maxBuffer: 1 << 28 })
    if (trace.error !== undefined) throw trace.error
    const refused = new Map<string, string>()
    for (const line of trace.stderr.split('\n')) {
      const m = /\|WARN\|(.*): parsing expression failed \((.*)\)$/.exec(line)
      if (m !== null) refused.set(m[1] as string, m[2] as string)
    }
    return refused
  } finally {
    await server.stop()
  }
}

const soupToken = fc.constantFrom(
  'ip4', 'tcp', 'tcp.dst', 'ip4.src', 'inport', 'reg0', 'ct.est', 'eth.type', 'ip.proto', '&&', '||', '!', '(', ')', '{', '}', ',',
  '==', '!=', '<', '<=', '>', '>=', '[', ']', '..', '0', '1', '80', '0x800', '10.0.0.1/8', 'fd00::1', '00:00:00:00:00:01', '$a1', '@pg1', '"p"',
)

test('validateMatch accepts exactly what OVN accepts', async (t) => {
  const probes = Field.all.map((f) => `${f.name} == 0 || 1`)
  const generated = [
    ...fc.sample(arb.typedExpr, { numRuns: 300, seed: 42 }).map(print),
    ...fc
      .sample(fc.tuple(arb.typedExpr, fc.array(fc.nat(1000), { minLength: 1, maxLength: 30 })), { numRuns: 300, seed: 43 })
      .map(([e, noise]) => arb.noisyPrint(e, noise)),
    ...fc.sample(fc.array(soupToken, { maxLength: 8 }).map((ts) => ts.join(' ')), { numRuns: 600, seed: 44 }),
  ]
    // OVN re-serializes a match containing `^` (template expansion), gluing comma-less set elements together.
    .filter((s) => !s.includes('^'))
  const candidates = [...new Set([...corpus.valid.map(([s]) => s), ...corpus.invalid.map(([s]) => s), ...generated])].filter(
    (s) => s.trim() !== '' && !/[\n\r]/.test(s),
  )
  const refused = await refusedByOvn([...probes, ...candidates])
  const unknownToOvn = Field.all.filter((f) => refused.get(`${f.name} == 0 || 1`)?.includes('expecting field name')).map((f) => f.name)
  const mentionsUnknown = (s: string) => unknownToOvn.some((n) => new RegExp(`(^|[^A-Za-z0-9_.])${n.replace(/\./g, '\\.')}([^A-Za-z0-9_.]|$)`).test(s))
  const disagreements: string[] = []
  let compared = 0
  for (const s of candidates) {
    if (mentionsUnknown(s)) continue
    compared++
    const mine = _.validateMatch(s)
    const ovn = refused.get(s)
    if (E.isRight(mine) === (ovn === undefined)) continue
    const byDesign = E.isLeft(mine) && mine.left.problems.every((p) => p.reason === 'wrong-address-type' || p._tag === 'UnknownField')
    if (!byDesign)
      disagreements.push(`${JSON.stringify(s)}: OVN ${ovn ?? 'accepts'}; validateMatch ${E.isLeft(mine) ? mine.left.problems.map((p) => p.message).join('; ') : 'accepts'}`)
  }
  t.true(compared > 600, `${compared} compared`)
  t.true(refused.size > 100 && refused.size < candidates.length, `OVN refused ${refused.size}`)
  t.deepEqual(disagreements, [])
})
