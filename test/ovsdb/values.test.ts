import test from 'ava'
import * as _ from '../../src/ovsdb/values.js'

test('defaults fill the columns the server leaves out; sets are canonical', (t) => {
  t.deepEqual(_.defaultValue({ key: { type: 'uuid' }, min: 0, max: 'unlimited' }), ['set', []])
  t.is(_.defaultValue({ key: { type: 'boolean' }, min: 1, max: 1 }), false)
  t.deepEqual(_.canonicalValue({ key: { type: 'string' }, min: 0, max: 'unlimited' }, 'x'), ['set', ['x']])
})

test('atom keys keep the type apart; a bare atom is a set of one', (t) => {
  t.not(_.atomKey(1), _.atomKey('1'))
  t.is(_.atomKey(['uuid', _.ZERO_UUID]), `uuid:${_.ZERO_UUID}`)
  t.deepEqual(_.setElements('x'), ['x'])
  t.deepEqual(_.setElements(['set', [1, 2]]), [1, 2])
})
