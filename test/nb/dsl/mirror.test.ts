import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('mirror: tunnel sinks are addresses, local sinks are names', (t) => {
  const m = ok(_.mirror({ name: 'm', type: 'erspan', sink: 'FD00::50', filter: 'both', index: 0xfffff, externalIds: { a: 'b' } }))
  t.deepEqual(m, { _tag: 'Mirror', name: 'm', type: 'erspan', sink: 'fd00::50', filter: 'both', index: 0xfffff, externalIds: { a: 'b' } })
  t.true(deepFrozen(m))
  t.deepEqual(ok(_.mirror({ name: 'l', type: 'local', sink: 'tap-span', filter: 'to-lport' })), { _tag: 'Mirror', name: 'l', type: 'local', sink: 'tap-span', filter: 'to-lport', index: 0, externalIds: {} })
  rejects(t, _.mirror, [
    [{ name: '', type: 'vxlan' as never, sink: '', filter: 'in' as never }, ['name', 'type', 'filter', 'sink']],
    [{ name: 'm', type: 'gre', sink: 'collector', filter: 'to-lport' }, ['sink']],
    [{ name: 'm', type: 'erspan', sink: '192.0.2.1', filter: 'to-lport', index: 0x100000 }, ['index']],
    [{ name: 'm', type: 'gre', sink: '192.0.2.1', filter: 'to-lport', index: -1 }, ['index']],
  ])
  laws(t, _.mirror, fc.record({ name: field('m'), type: field('gre', 'erspan', 'local'), sink: field('192.0.2.1', 'eth1'), filter: field('to-lport', 'from-lport', 'both'), index: opt(1, 5) }))
})
