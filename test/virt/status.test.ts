/**
 * vmStatus against real NB + SB + ovn-northd: ready (probed) with the SB caught up;
 * a chassis whose ovn-controller does not answer; ovn-northd stopped (only the probe
 * sees it); the SB gone. Each reason is one line.
 */
import test from 'ava'
import { spawnSync } from 'node:child_process'
import { connect } from '../../src/ovsdb/index.js'
import * as _ from '../../src/virt/index.js'
import { startCentral } from '../support/central.js'
import { right } from '../support/either.js'
import { hostileServer } from '../support/hostile.js'
import { sleep, alive } from '../support/process.js'

test('ready when NB, northd and SB have caught up; a silent chassis, a stopped ovn-northd and a lost SB are reasons', async (t) => {
  const central = await startCentral()
  t.teardown(() => central.stop())
  const nb = right(t, await connect(central.nb.unix)())
  t.teardown(() => nb.close()())
  const sb = right(t, await connect(central.sb.unix)())
  t.teardown(() => sb.close()())

  const first = await _.vmStatus(nb, sb, { probe: true, timeoutMs: 10000 })()
  t.deepEqual(first.reasons, [])
  t.true(first.ready)
  const cfg = first.nb?.northd?.nbCfg ?? 0
  t.true(cfg >= 1) // the probe asked
  t.deepEqual(first.sb, { nbCfg: cfg, chassis: [] })
  t.true((await _.vmStatus(nb, sb)()).ready)

  // a chassis whose ovn-controller never answers (registered, nb_cfg stays 0)
  const sbctl = (...a: string[]) => spawnSync('ovn-sbctl', [`--db=${central.sb.unix}`, ...a], { encoding: 'utf8', timeout: 10000 })
  t.is(sbctl('chassis-add', 'node9', 'geneve', '127.0.0.9').status, 0)
  t.is(sbctl('create', 'Chassis_Private', 'name=node9').status, 0)
  const silent = await _.vmStatus(nb, sb, { probe: true, timeoutMs: 300 })()
  t.false(silent.ready)
  t.true(silent.reasons.some((r) => /^chassis are behind: hv_cfg \d+ < nb_cfg \d+ \(node9 at 0\)$/.test(r)), silent.reasons.join(' | '))
  t.true(silent.reasons.includes('probe: not caught up within 300 ms'))
  t.is(sbctl('chassis-del', 'node9').status, 0) // its Chassis_Private row goes with it
  t.true((await _.vmStatus(nb, sb, { probe: true, timeoutMs: 10000 })()).ready)

  // ovn-northd stops: at rest everything still looks caught up; the probe tells
  spawnSync('ovs-appctl', ['-t', `${central.dir}/northd.ctl`, 'exit'], { timeout: 5000 })
  for (let i = 0; i < 100 && alive(central.northdPid); i++) await sleep(20)
  t.true((await _.vmStatus(nb, sb)()).ready)
  const noNorthd = await _.vmStatus(nb, sb, { probe: true, timeoutMs: 300 })()
  t.false(noNorthd.ready)
  t.true(noNorthd.reasons.some((r) => /^ovn-northd is behind: NB_Global sb_cfg \d+ < nb_cfg \d+$/.test(r)), noNorthd.reasons.join(' | '))
  t.true(noNorthd.reasons.some((r) => /^Southbound is behind: SB_Global nb_cfg \d+ < NB nb_cfg \d+$/.test(r)))

  // the SB goes away: a reason, not a failure
  await central.sb.stop()
  const noSb = await _.vmStatus(nb, sb, { timeoutMs: 1000 })()
  t.false(noSb.ready)
  t.true(noSb.reasons.some((r) => r.startsWith('Southbound: ')), noSb.reasons.join(' | '))
  for (const r of noSb.reasons) t.false(r.includes('\n'))
})

test('an SB that accepts and never answers: not ready, the reason says so, within the bound', async (t) => {
  const central = await startCentral()
  t.teardown(() => central.stop())
  const silent = await hostileServer(() => {})
  t.teardown(() => silent.close())
  const nb = right(t, await connect(central.nb.unix)())
  t.teardown(() => nb.close()())
  const sb = right(t, await connect(silent.remote)())
  t.teardown(() => sb.close()())
  const s = await _.vmStatus(nb, sb, { timeoutMs: 300 })()
  t.false(s.ready)
  t.deepEqual(s.reasons, ['Southbound: transact timed out after 300 ms'])
  t.is(s.sb, undefined)
  t.true(s.nb?.database.connected)
})
