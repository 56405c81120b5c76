import test from 'ava'
import * as _ from '../../../src/nb/dsl/index.js'
import { checkTagged } from '../../../src/nb/dsl/checks.js'
import { ok } from './helpers.js'

// checkTagged takes values as they are (no path made for them), reads inputs and names,
// and reports anything else at its index; a hole in a sparse list is skipped, as the
// forEach it was written with skipped it.
test('checkTagged: values kept, inputs built, others reported at their index, holes skipped', (t) => {
  const route = ok(_.staticRoute({ ipPrefix: '10.0.0.0/8', nexthop: '192.0.2.1' }))
  const items: unknown[] = [route, { ipPrefix: '10.1.0.0/16', nexthop: '192.0.2.1' }, 7, { _tag: 'StaticRoute', ipPrefix: '10.2.0.0/16' }]
  items[6] = route
  const p = new _.Problems('x')
  const out = checkTagged(p, 'staticRoutes', items, 'StaticRoute', 'staticRoute', { build: _.staticRoute as never })
  t.is(out.length, 3)
  t.is(out[0], route)
  t.is(out[2], route)
  t.deepEqual(
    p.list.map((i) => _.formatPath(i.path)),
    ['staticRoutes[2]', 'staticRoutes[3]'],
  )
})
