import test from 'ava'
import * as _ from '../../../src/nb/dsl/index.js'
import { brand, isBuilt } from '../../../src/nb/dsl/brand.js'
import { ok } from './helpers.js'

// A value's record of being built (brand.ts) is a private class field: nothing a program
// can see or copy, and no copy of a value carries it.
test('the record of a built value is invisible and not copied', (t) => {
  const port = ok(_.switchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'] }))
  const acl = ok(_.acl({ direction: 'to-lport', priority: 1, match: 'ip4', action: 'drop' }))
  for (const v of [port, acl] as ReadonlyArray<object>) {
    t.true(isBuilt(v))
    t.true(Object.isFrozen(v))
    t.deepEqual(Reflect.ownKeys(v), Object.keys(v))
    t.false(isBuilt({ ...v }))
    t.false(isBuilt(structuredClone(v)))
    t.false(isBuilt(JSON.parse(JSON.stringify(v)) as object))
  }
  // an object frozen before it is recorded is recorded all the same
  const frozen = Object.freeze({ _tag: 'Demo' })
  t.false(isBuilt(frozen))
  t.is(brand(frozen), frozen)
  t.true(isBuilt(frozen))
  // recording twice is harmless
  t.is(brand(port), port)
  t.true(isBuilt(port))
  t.false(isBuilt(null))
  t.false(isBuilt('SwitchPort'))
})

// deepFreeze: everything a value holds ends frozen; a part already frozen is not walked
// into, and what is only inherited is not touched.
test('deepFreeze: every object and array reachable through members and elements is frozen', (t) => {
  const shared = { s: [1] }
  const proto = { inherited: { x: 1 } }
  const v = Object.assign(Object.create(proto) as Record<string, unknown>, { a: [{ b: [[{ c: 1 }]] }, 'x', null, undefined, shared], d: { e: shared, f: new Date(0) } })
  // a hole and a frozen part: skipped, not an error
  const sparse: unknown[] = [{ g: 1 }]
  sparse[3] = { h: [2] }
  v['sparse'] = sparse
  const frozenPart = Object.freeze({ open: { y: 1 } })
  v['frozenPart'] = frozenPart
  _.deepFreeze(v)
  const reach = (x: unknown, out: unknown[] = []): unknown[] => {
    if (typeof x !== 'object' || x === null || out.includes(x)) return out
    out.push(x)
    for (const m of Object.values(x)) reach(m, out)
    return out
  }
  // what Object.values reaches from v, except under a part already frozen (left as it was)
  for (const x of reach(v).filter((x) => x !== frozenPart.open)) t.true(Object.isFrozen(x), JSON.stringify(x))
  t.false(Object.isFrozen(frozenPart.open))
  t.false(Object.isFrozen(proto.inherited))
})
