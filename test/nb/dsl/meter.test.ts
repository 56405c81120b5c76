import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('meter: bands sorted, drop and burst 0 by default', (t) => {
  const m = ok(_.meter({ name: 'm', unit: 'kbps', bands: [{ rate: 2000, burstSize: 10 }, { action: 'drop', rate: 1000 }], fair: true, externalIds: { a: 'b' } }))
  t.deepEqual(m, {
    _tag: 'Meter',
    name: 'm',
    unit: 'kbps',
    bands: [
      { action: 'drop', rate: 1000, burstSize: 0 },
      { action: 'drop', rate: 2000, burstSize: 10 },
    ],
    fair: true,
    externalIds: { a: 'b' },
  })
  t.true(deepFrozen(m))
  rejects(t, _.meter, [
    [{ name: '__acl', unit: 'kbps', bands: [{ rate: 1 }] }, ['name']],
    [{ name: 'm', unit: 'bps' as never, bands: [] }, ['unit', 'bands']],
    [{ name: 'm', unit: 'pktps', bands: [{ rate: 0 }, { rate: 1, burstSize: -1, action: 'remark' as never }] }, ['bands[0].rate', 'bands[1].action', 'bands[1].burstSize']],
    [{ name: 'm', unit: 'pktps', bands: [{ rate: 5 }, { rate: 5, burstSize: 0 }] }, ['bands[1]']],
    [{ name: 'm', unit: 'pktps', bands: [{ rate: 5 }], fair: 'yes' as never }, ['fair']],
  ])
})

test('copp maps control protocols to meter names', (t) => {
  const c = ok(_.copp({ name: 'copp', meters: { reject: 'm2', arp: 'm1' }, externalIds: { a: 'b' } }))
  t.deepEqual(c, { _tag: 'Copp', name: 'copp', meters: { arp: 'm1', reject: 'm2' }, externalIds: { a: 'b' } })
  t.true(deepFrozen(c))
  rejects(t, _.copp, [
    [{ name: '', meters: {} }, ['name']],
    [{ name: 'c', meters: { ssh: 'm' } as never }, ['meters.ssh']],
    [{ name: 'c', meters: { arp: '', dns: 5 as never } }, ['meters.dns', 'meters.arp']],
  ])
})

test('meter and copp keep their laws on random input', (t) => {
  laws(t, _.meter, fc.record({ name: field('m'), unit: field('kbps', 'pktps'), bands: field([{ rate: 1 }], [{ rate: 2, burstSize: 3 }, { rate: 1 }], []), fair: opt(true) }))
  laws(t, _.copp, fc.record({ name: field('c'), meters: field({ arp: 'm' }, { 'nd-ns': 'm', bfd: 'n' }, { tcp: 'm' }) }))
})
