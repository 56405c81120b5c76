import test from 'ava'
import { applyMain } from '../../src/cli/apply.js'
import { planMain } from '../../src/cli/plan.js'
import { desiredFrom } from '../../src/cli/load.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { startCentral } from '../support/central.js'
import { capture, lib, tempFiles, topologyTs } from './support.js'

const ONE_LINE = /^ovn-nb (plan|apply|status): [^\n]+\n$/

test('plan: 2 with changes, apply: 0 and the plan it applied, plan again: 0; text and JSON', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const file = files.write('topo.ts', topologyTs('ctl-a', 'sw0', ['p1', 'p2']))

  const p1 = capture()
  t.is(await planMain([file, '--db', server.unix], p1), 2)
  t.regex(p1.out(), /^\+ Logical_Switch sw0$/m)
  t.regex(p1.out(), /^\+ Logical_Switch_Port p2$/m)
  t.regex(p1.out(), /Plan: 3 to add, 0 to change, 0 to destroy\.\n$/)
  t.is(p1.err(), '')
  // plan wrote nothing
  t.is(nbctl(server, 'ls-list').trim(), '')

  const pj = capture()
  t.is(await planMain([file, '--db', server.tcp, '--json'], pj), 2)
  const plan = JSON.parse(pj.out()) as { owner: string; summary: unknown; entries: Array<{ action: string; table: string }> }
  t.deepEqual(plan.summary, { create: 3, update: 0, delete: 0 })
  t.is(plan.owner, 'ctl-a')

  const a = capture()
  t.is(await applyMain([file, '--db', server.unix], a), 0)
  t.regex(a.out(), /Plan: 3 to add, 0 to change, 0 to destroy\.\nApplied: \d+ operations in one transaction\.\n$/)
  t.is(a.err(), '')
  t.deepEqual(nbctl(server, 'lsp-list', 'sw0').replace(/[0-9a-f-]{36} \(|\)/g, '').trim().split('\n'), ['p1', 'p2'])
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw0', 'external_ids:"ovn-nb/owner"').trim(), 'ctl-a')

  const p2 = capture()
  t.is(await planMain([file, '--db', server.unix], p2), 0)
  t.is(p2.out(), 'No changes. The database matches the desired state.\n')

  // a smaller state: p2 goes; JSON result of apply
  const smaller = files.write('smaller.ts', topologyTs('ctl-a', 'sw0', ['p1']))
  const aj = capture()
  t.is(await applyMain([smaller, '--db', server.unix, '--json'], aj), 0)
  const r = JSON.parse(aj.out()) as { plan: { summary: unknown }; operations: number; attempts: number; created: Record<string, string> }
  t.deepEqual(r.plan.summary, { create: 0, update: 1, delete: 1 })
  t.true(r.operations > 0)
  t.is(r.attempts, 1)
  t.deepEqual(r.created, {})
  t.deepEqual(nbctl(server, 'lsp-list', 'sw0').replace(/[0-9a-f-]{36} \(|\)/g, '').trim().split('\n'), ['p1'])
})

test('module shapes: a function (sync and async), toDesired() returning an Either or a state, an Either; .js and .mjs; --owner overrides', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const sw = (name: string) => `{ table: 'Logical_Switch', id: 'ls', columns: { name: '${name}' } }`
  const cases: Array<[string, string, string]> = [
    ['sync.ts', `export default (): unknown => ({ owner: 'o1', rows: [${sw('s1')}] })`, 's1'],
    ['async.mjs', `export default async () => { await new Promise((r) => setTimeout(r, 5)); return { owner: 'o2', rows: [${sw('s2')}] } }`, 's2'],
    ['method.ts', `import * as E from ${lib('node_modules/fp-ts/lib/Either.js')}\nexport default { toDesired: () => E.right({ owner: 'o3', rows: [${sw('s3')}] }) }`, 's3'],
    ['plain-method.js', `export default { toDesired() { return { owner: 'o4', rows: [${sw('s4')}] } } }`, 's4'],
    ['either.ts', `export default { _tag: 'Right', right: { owner: 'o5', rows: [${sw('s5')}] } }`, 's5'],
  ]
  for (const [name, text, swName] of cases) {
    const c = capture()
    t.is(await applyMain([files.write(name, text), '--db', server.unix], c), 0, `${name}: ${c.err()}`)
    t.regex(c.out(), new RegExp(`\\+ Logical_Switch ${swName}\\n`), name)
  }
  t.deepEqual(nbctl(server, '--bare', '--columns=name', 'list', 'Logical_Switch').split('\n').filter(Boolean).sort(), ['s1', 's2', 's3', 's4', 's5'])
  // --owner: the same file under another owner owns another switch
  const c = capture()
  const f = files.write('owned.ts', `export default { owner: 'from-file', rows: [${sw('s6')}] }`)
  t.is(await applyMain([f, '--db', server.unix, '--owner', 'from-flag'], c), 0)
  t.is(nbctl(server, 'get', 'Logical_Switch', 's6', 'external_ids:"ovn-nb/owner"').trim(), 'from-flag')
  // and the file's own owner would now conflict with it
  const conflict = capture()
  t.is(await planMain([f, '--db', server.unix], conflict), 1)
  t.regex(conflict.err(), ONE_LINE)
  t.regex(conflict.err(), /conflict: Logical_Switch s6 belongs to "from-flag"/)
})

test('bad FILE, bad or unreachable remote, empty owner, bad options: one line on stderr, exit 1, nothing on stdout', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const good = files.write('good.ts', topologyTs('x', 'swx', ['px']))
  const cases: Array<[string, ReadonlyArray<string>, RegExp]> = [
    ['missing file', [files.dir + '/nope.ts', '--db', server.unix], /nope\.ts: no such file/],
    ['directory', [files.dir, '--db', server.unix], /not a file/],
    ['syntax error', [files.write('syntax.ts', 'export default { owner: "x", rows: [ \n'), '--db', server.unix], /syntax\.ts: cannot load: /],
    ['throws on load', [files.write('throws.js', 'throw new Error("no config\\nat all")\n'), '--db', server.unix], /throws\.js: cannot load: no config at all/],
    ['default export throws', [files.write('fn-throws.ts', 'export default () => { throw new Error("boom") }\n'), '--db', server.unix], /the default export threw: boom/],
    ['no default export', [files.write('none.ts', 'export const x = 1\n'), '--db', server.unix], /default export is missing/],
    ['wrong shape', [files.write('shape.ts', 'export default { name: "sw0" }\n'), '--db', server.unix], /not a desired state/],
    ['rows not an array', [files.write('rows.ts', 'export default { owner: "x", rows: 3 }\n'), '--db', server.unix], /no "rows" array/],
    ['a Left', [files.write('left.ts', 'export default { _tag: "Left", left: { problems: [{ path: "switches[0].name", message: "empty name" }] } }\n'), '--db', server.unix], /switches\[0\]\.name: empty name/],
    ['empty owner in file', [files.write('empty-owner.ts', 'export default { owner: "", rows: [] }\n'), '--db', server.unix], /the owner is empty/],
    ['empty --owner', [good, '--db', server.unix, '--owner', ''], /--owner must not be empty/],
    ['unparseable remote', [good, '--db', 'tcp:nowhere'], /invalid remote "tcp:nowhere"/],
    ['unreachable remote', [good, '--db', `unix:${files.dir}/no.sock`], /cannot connect: .*ENOENT/],
    ['refused remote', [good, '--db', 'tcp:127.0.0.1:1'], /cannot connect: .*ECONNREFUSED/],
    ['no --db', [good], /--db REMOTE is required \(or set OVN_NB_DB\)/],
    ['no FILE', ['--db', server.unix], /a FILE is required/],
    ['unknown option', [good, '--db', server.unix, '--frobnicate'], /Unknown option '--frobnicate'/],
    ['invalid desired state', [files.write('invalid.ts', 'export default { owner: "x", rows: [{ table: "Logical_Swich", id: "a", columns: {} }] }\n'), '--db', server.unix], /invalid desired state: rows\[0\]\.table: no table "Logical_Swich"/],
  ]
  for (const [what, argv, message] of cases)
    for (const [name, main] of [['plan', planMain], ['apply', applyMain]] as const) {
      const c = capture()
      t.is(await main(argv, c, {}), 1, `${name}, ${what}: ${c.err()}`)
      t.regex(c.err(), ONE_LINE, `${name}, ${what}`)
      t.regex(c.err(), message, `${name}, ${what}`)
      t.is(c.out(), '', `${name}, ${what}`)
    }
  const w = capture()
  t.is(await applyMain([good, '--db', server.unix, '--wait', 'nb'], w), 1)
  t.is(w.err(), 'ovn-nb apply: --wait takes sb or hv\n')
  // nothing was written by any of them
  t.is(nbctl(server, 'ls-list').trim(), '')
})

test('apply --wait sb|hv with ovn-northd returns after northd caught up; without northd the wait times out as a one-line error', async (t) => {
  const central = await startCentral()
  t.teardown(() => central.stop())
  const files = tempFiles()
  t.teardown(() => files.remove())
  const file = files.write('topo.ts', topologyTs('ctl', 'sw0', ['p1', 'p2']))
  const c = capture()
  t.is(await applyMain([file, '--db', central.nb.unix, '--wait', 'sb'], c), 0, c.err())
  const m = /ovn-northd has caught up with nb_cfg (\d+)/.exec(c.out())
  t.truthy(m)
  t.true(Number(nbctl(central.nb, 'get', 'NB_Global', '.', 'sb_cfg').trim()) >= Number(m![1]))
  // with no chassis, northd moves hv_cfg along with sb_cfg (as ovn-nbctl --wait=hv sees)
  const bigger = files.write('bigger.ts', topologyTs('ctl', 'sw0', ['p1', 'p2', 'p3']))
  const h = capture()
  t.is(await applyMain([bigger, '--db', central.nb.unix, '--wait', 'hv', '--wait-timeout', '5000'], h), 0, h.err())
  t.regex(h.out(), /Plan: 1 to add, 1 to change, 0 to destroy\.\nApplied: \d+ operations in one transaction; the chassis have caught up with nb_cfg \d+\.\n$/)
  // a database nobody processes: the wait gives up
  const lone = await startOvsdb()
  t.teardown(() => lone.stop())
  nbctl(lone, 'init')
  const w = capture()
  t.is(await applyMain([file, '--db', lone.unix, '--wait', 'sb', '--wait-timeout', '300'], w), 1)
  t.is(w.err(), 'ovn-nb apply: ovn-northd did not catch up within 300 ms: sb_cfg is 0, waiting for 1\n')
  t.is(w.out(), '')
})

test('desiredFrom: nested functions, promises and Eithers end in a state or a reason', async (t) => {
  t.deepEqual(await desiredFrom(() => async () => ({ _tag: 'Right', right: { toDesired: () => ({ owner: 'a', rows: [] }) } })), { _tag: 'Right', right: { owner: 'a', rows: [] } })
  t.deepEqual(await desiredFrom(Promise.resolve({ _tag: 'Left', left: new Error('nope') })), { _tag: 'Left', left: 'nope' })
  t.deepEqual(await desiredFrom(42), { _tag: 'Left', left: 'the default export is a number, not a desired state, a topology or a function returning one' })
  const loop: () => unknown = () => loop
  t.deepEqual(await desiredFrom(loop), { _tag: 'Left', left: 'the default export does not lead to a desired state' })
  t.deepEqual(await desiredFrom({ owner: 'a', rows: [{ table: 'T', id: 'x', columns: [] }] }), { _tag: 'Left', left: 'rows[0].columns is not an object' })
})
