import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('forwardingGroup', (t) => {
  const fg = ok(_.forwardingGroup({ name: 'fg', vip: '10.0.0.100', vmac: '0A:00:00:00:00:64', liveness: true, childPorts: ['b', 'a'], externalIds: { k: 'v' } }))
  t.deepEqual(fg, { _tag: 'ForwardingGroup', name: 'fg', vip: '10.0.0.100', vmac: '0a:00:00:00:00:64', liveness: true, childPorts: ['a', 'b'], externalIds: { k: 'v' } })
  t.true(deepFrozen(fg))
  rejects(t, _.forwardingGroup, [
    [{ name: '', vip: 'x', vmac: 'y', childPorts: [] }, ['name', 'vip', 'vmac', 'childPorts']],
    [{ name: 'fg', vip: '10.0.0.1', vmac: '0a:00:00:00:00:01' } as never, ['childPorts']],
    [{ name: 'fg', vip: '10.0.0.1', vmac: '0a:00:00:00:00:01', childPorts: ['a', 'a', ''], liveness: 'on' as never }, ['liveness', 'childPorts[1]', 'childPorts[2]']],
  ])
  laws(t, _.forwardingGroup, fc.record({ name: field('fg'), vip: field('10.0.0.1'), vmac: field('0a:00:00:00:00:01'), childPorts: field(['a'], ['a', 'b'], []), liveness: opt(true) }))
})
