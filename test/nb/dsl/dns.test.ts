import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, rejects } from './helpers.js'

test('dns: names lowercased, addresses canonical, reverse records answer names', (t) => {
  const d = ok(_.dns({ key: 'k', records: { 'VM1.Example.org': ['10.0.0.4', 'AEF0::4'], '4.0.0.10.in-addr.arpa': ['VM1.example.org'] }, externalIds: { a: 'b' } }))
  t.deepEqual(d, { _tag: 'Dns', key: 'k', records: { '4.0.0.10.in-addr.arpa': 'vm1.example.org', 'vm1.example.org': '10.0.0.4 aef0::4' }, externalIds: { a: 'b' } })
  t.true(deepFrozen(d))
  rejects(t, _.dns, [
    [{ key: '', records: {} }, ['key']],
    [{ key: 'k', records: { 'a b': ['10.0.0.1'] } }, ['records["a b"]']],
    [{ key: 'k', records: { a: [], b: ['x', 1 as never] } }, ['records.a', 'records.b[0]', 'records.b[1]']],
    [{ key: 'k', records: { a: ['10.0.0.1'], A: ['10.0.0.2'] } }, ['records.A']],
    [{ key: 'k', records: { '1.0.0.10.in-addr.arpa': ['10.0.0.1 x'] } }, ['records["1.0.0.10.in-addr.arpa"][0]']],
  ])
  laws(t, _.dns, fc.record({ key: field('k'), records: field({ a: ['10.0.0.1'] }, { 'b.c': ['fd00::1', '10.0.0.2'] }, { a: 'x' }) }))
})
