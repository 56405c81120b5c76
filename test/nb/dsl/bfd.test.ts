import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('bfd', (t) => {
  const b = ok(_.bfd({ logicalPort: 'lrp', dstIp: 'FD00::1', minTx: 100, minRx: 0, detectMult: 3, options: { a: 'b' } }))
  t.deepEqual(b, { _tag: 'Bfd', logicalPort: 'lrp', dstIp: 'fd00::1', minTx: 100, minRx: 0, detectMult: 3, options: { a: 'b' }, externalIds: {} })
  t.true(deepFrozen(b))
  t.deepEqual(ok(_.bfd({ logicalPort: 'lrp', dstIp: '10.0.0.1' })), { _tag: 'Bfd', logicalPort: 'lrp', dstIp: '10.0.0.1', options: {}, externalIds: {} })
  rejects(t, _.bfd, [
    [{ logicalPort: '', dstIp: '10.0.0.0/8' }, ['logicalPort', 'dstIp']],
    [{ logicalPort: 'p', dstIp: '10.0.0.1', minTx: 0, minRx: -1, detectMult: 0.5 }, ['minTx', 'minRx', 'detectMult']],
  ])
  laws(t, _.bfd, fc.record({ logicalPort: field('p'), dstIp: field('10.0.0.1', 'fd00::1'), minTx: opt(1, 1000), detectMult: opt(3) }))
})
