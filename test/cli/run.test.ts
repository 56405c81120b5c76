import test from 'ava'
import { runWithin, seconds } from '../../src/cli/run.js'
import { sleep } from '../support/process.js'
import { capture } from './support.js'

test('runWithin: the body exit status when it ends in time; one line and 1 on a timeout, with what it was doing; nothing it writes afterwards', async (t) => {
  const ok = capture()
  t.is(await runWithin('plan', ok, { timeoutMs: 5000, verbose: false }, async () => 2), 2)
  t.is(ok.err(), '')

  const slow = capture()
  let closed = 0
  let finished = false
  const code = await runWithin('apply', slow, { timeoutMs: 100, verbose: false }, async (run) => {
    run.phase('waiting for the slowest server')
    run.onAbort(() => void closed++)
    await sleep(600)
    run.io.stdout('too late\n')
    finished = true
    return 0
  })
  t.is(code, 1)
  t.is(slow.err(), 'ovn-nb apply: timed out after 0.1 s while waiting for the slowest server (--timeout)\n')
  t.is(closed, 1)
  await sleep(700)
  t.true(finished)
  t.is(slow.out(), '')
})

test('runWithin: restart gives the next stage the whole budget again; extend moves the deadline and is counted in the message', async (t) => {
  // two stages of 60% of the budget each: over the budget in all, within it per stage
  const c = capture()
  t.is(
    await runWithin('plan', c, { timeoutMs: 1000, verbose: false }, async (run) => {
      await sleep(600)
      run.restart()
      await sleep(600)
      return 0
    }),
    0,
    c.err(),
  )
  const e = capture()
  t.is(
    await runWithin('apply', e, { timeoutMs: 100, verbose: false }, async (run) => {
      run.extend(200)
      run.phase('waiting for ovn-northd')
      await new Promise(() => undefined)
      return 0
    }),
    1,
  )
  t.is(e.err(), 'ovn-nb apply: timed out after 0.3 s while waiting for ovn-northd (--timeout)\n')
})

test('runWithin: a body that throws is one line, with the stack under verbose', async (t) => {
  const quiet = capture()
  t.is(await runWithin('status', quiet, { timeoutMs: 1000, verbose: false }, async (run) => (run.phase('asking'), Promise.reject(new Error('bug\nhere')))), 1)
  t.is(quiet.err(), 'ovn-nb status: internal error while asking: bug here\n')
  const loud = capture()
  t.is(await runWithin('status', loud, { timeoutMs: 1000, verbose: true }, async () => Promise.reject(new Error('bug'))), 1)
  t.regex(loud.err(), /^ovn-nb status: internal error while starting: bug\nError: bug\n\s+at /)
})

test('seconds', (t) => {
  t.is(seconds(30000), '30 s')
  t.is(seconds(1500), '1.5 s')
  t.is(seconds(1), '0.001 s')
})

// serial: every guard alive hears a fault, and the other tests of this file run runWithin too
test.serial('runWithin: a process.exit the body catches still fails the command, even when the body then ends first', async (t) => {
  const c = capture()
  const code = await runWithin('apply', c, { timeoutMs: 1000, verbose: false, file: 'topo.js' }, async (run) => {
    run.phase('loading topo.js')
    try {
      process.exit(0)
    } catch {
      run.io.stderr('muted\n')
    }
    return 0
  })
  t.is(code, 1)
  t.is(c.err(), 'ovn-nb apply: topo.js: process.exit(0) called while loading topo.js: a module must export the desired state, not end the process; nothing was done after it\n')
})
