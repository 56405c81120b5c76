import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('staticMacBinding', (t) => {
  const b = ok(_.staticMacBinding({ logicalPort: 'lrp', ip: 'FD00::1', mac: '0A:00:00:00:00:01', overrideDynamicMac: true }))
  t.deepEqual(b, { _tag: 'StaticMacBinding', logicalPort: 'lrp', ip: 'fd00::1', mac: '0a:00:00:00:00:01', overrideDynamicMac: true })
  t.true(deepFrozen(b))
  t.false(ok(_.staticMacBinding({ logicalPort: 'lrp', ip: '10.0.0.1', mac: '0a:00:00:00:00:01' })).overrideDynamicMac)
  rejects(t, _.staticMacBinding, [
    [{ logicalPort: '', ip: 'x', mac: 'y' }, ['logicalPort', 'ip', 'mac']],
    [{ logicalPort: 'p', ip: '10.0.0.1', mac: '0a:00:00:00:00:01', overrideDynamicMac: 1 as never }, ['overrideDynamicMac']],
  ])
  laws(t, _.staticMacBinding, fc.record({ logicalPort: field('p'), ip: field('10.0.0.1'), mac: field('0a:00:00:00:00:01'), overrideDynamicMac: opt(true) }))
})
