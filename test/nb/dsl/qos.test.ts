import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('qos marks and meters', (t) => {
  const q = ok(_.qos({ direction: 'to-lport', priority: 200, match: 'outport == @pg_db && tcp.dst == 5432', action: { dscp: 26, mark: 9 }, bandwidth: { rate: 1000, burst: 100 }, externalIds: { k: 'v' } }))
  t.deepEqual(q, {
    _tag: 'Qos',
    direction: 'to-lport',
    priority: 200,
    match: 'outport == @pg_db && tcp.dst == 5432',
    action: { dscp: 26, mark: 9 },
    bandwidth: { rate: 1000, burst: 100 },
    externalIds: { k: 'v' },
    references: { addressSets: [], portGroups: ['pg_db'] },
  })
  t.true(deepFrozen(q))
  t.deepEqual(ok(_.qos({ direction: 'from-lport', priority: 0, match: 'ip4', bandwidth: { rate: 1 } })).action, {})
})

test('qos refuses bad fields, each at its path', (t) => {
  rejects(t, _.qos, [
    [{ direction: 'in' as never, priority: -1, match: 'ip4', action: { dscp: 1 } }, ['direction', 'priority']],
    [{ direction: 'to-lport', priority: 1, match: 'ip5', action: { dscp: 1 } }, ['match']],
    [{ direction: 'to-lport', priority: 1, match: 'ip4' }, ['']],
    [{ direction: 'to-lport', priority: 1, match: 'ip4', action: { dscp: 64, mark: 0 } }, ['action.dscp', 'action.mark']],
    [{ direction: 'to-lport', priority: 1, match: 'ip4', action: { tos: 1 } as never }, ['action.tos', '']],
    [{ direction: 'to-lport', priority: 1, match: 'ip4', bandwidth: { burst: 10 } }, ['bandwidth.burst']],
    [{ direction: 'to-lport', priority: 1, match: 'ip4', bandwidth: { rate: 0, ceil: 1 } as never }, ['bandwidth.ceil', 'bandwidth.rate']],
  ])
})

test('qos keeps its laws on random input', (t) => {
  laws(
    t,
    _.qos,
    fc.record({
      direction: field('from-lport', 'to-lport'),
      priority: field(0, 100),
      match: field('ip4', 'inport == "a"', 'ip4 =='),
      action: opt({ dscp: 10 }, { mark: 2 }, {}),
      bandwidth: opt({ rate: 10 }, { rate: 10, burst: 5 }, { burst: 5 }),
    }),
  )
})
