import test from 'ava'
import { parseDb } from '../../src/cli/options.js'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { runBin, tempFiles, topologyTs } from './support.js'

test('OVN_NB_DB is the default of --db, as for ovn-nbctl; --db wins over it', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  nbctl(server, 'init')
  const files = tempFiles()
  t.teardown(() => files.remove())
  const file = files.write('topo.ts', topologyTs('env', 'sw-env', ['e1']))
  const env = { OVN_NB_DB: `tcp:127.0.0.1:1,${server.unix}` }
  const apply = await runBin(['apply', file], { env })
  t.is(apply.code, 0, apply.err)
  t.is(nbctl(server, 'get', 'Logical_Switch', 'sw-env', 'external_ids:"ovn-nb/owner"').trim(), 'env')
  const status = await runBin(['status'], { env })
  t.is(status.code, 0, status.err)
  t.regex(status.out, /^remote: {3}unix:/m)
  // --db is taken over a variable that would fail
  const plan = await runBin(['plan', file, '--db', server.tcp], { env: { OVN_NB_DB: 'tcp:127.0.0.1:1' } })
  t.is(plan.code, 0, plan.err)
  // a bad variable is named as such
  const bad = await runBin(['plan', file], { env: { OVN_NB_DB: 'nowhere' } })
  t.is(bad.code, 1)
  t.is(bad.err, 'ovn-nb plan: OVN_NB_DB: invalid remote "nowhere": expected tcp:HOST:PORT, ssl:HOST:PORT or unix:PATH\n')
  const unset = await runBin(['status'])
  t.is(unset.code, 1)
  t.is(unset.err, 'ovn-nb status: --db REMOTE is required (or set OVN_NB_DB)\n')
})

test('parseDb: --db, else OVN_NB_DB; an empty variable is unset', (t) => {
  t.deepEqual(parseDb('unix:/a', { OVN_NB_DB: 'unix:/b' }), { _tag: 'Right', right: [{ kind: 'unix', path: '/a', text: 'unix:/a' }] })
  t.deepEqual(parseDb(undefined, { OVN_NB_DB: 'unix:/b' }), { _tag: 'Right', right: [{ kind: 'unix', path: '/b', text: 'unix:/b' }] })
  t.deepEqual(parseDb(undefined, { OVN_NB_DB: ' ' }), { _tag: 'Left', left: '--db REMOTE is required (or set OVN_NB_DB)' })
  t.deepEqual(parseDb('bogus', {}), { _tag: 'Left', left: 'invalid remote "bogus": expected tcp:HOST:PORT, ssl:HOST:PORT or unix:PATH' })
})
