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
