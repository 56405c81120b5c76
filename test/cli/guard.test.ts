import test from 'ava'
import { guardProcess, isExitCall, messageOf } from '../../src/cli/guard.js'

test('guards alive at once share one process.exit replacement, each hears a fault, and the last release restores process.exit', async (t) => {
  const real = process.exit
  const a = guardProcess()
  const b = guardProcess()
  t.not(process.exit, real)
  const thrown = t.throws(() => process.exit(3))
  t.true(isExitCall(thrown))
  t.like(await a.fault, { _tag: 'Exit', code: 3 })
  t.like(await b.fault, { _tag: 'Exit', code: 3 })
  t.true(a.faulted() && b.faulted())
  a.release()
  t.not(process.exit, real)
  // releasing twice changes nothing
  a.release()
  t.not(process.exit, real)
  b.release()
  t.is(process.exit, real)
  // a guard after that installs again, with no fault of its own
  const c = guardProcess()
  t.false(c.faulted())
  c.release()
  t.is(process.exit, real)
})

test('messageOf: one line whatever was thrown', (t) => {
  t.is(messageOf(new Error('a\n  b')), 'a b')
  t.is(messageOf('plain'), 'plain')
  t.is(messageOf({ code: 1 }), '{"code":1}')
  t.is(messageOf(undefined), 'undefined')
  const cyclic: Record<string, unknown> = {}
  cyclic['self'] = cyclic
  t.is(messageOf(cyclic), '[object Object]')
})
