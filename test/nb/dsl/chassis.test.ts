import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('haChassisGroup: members sorted by chassis name', (t) => {
  const g = ok(_.haChassisGroup({ name: 'g', chassis: [{ chassisName: 'gw-2', priority: 10 }, { chassisName: 'gw-1', priority: 20 }], externalIds: { a: 'b' } }))
  t.deepEqual(g, { _tag: 'HaChassisGroup', name: 'g', chassis: [{ chassisName: 'gw-1', priority: 20 }, { chassisName: 'gw-2', priority: 10 }], externalIds: { a: 'b' } })
  t.true(deepFrozen(g))
  t.deepEqual(ok(_.haChassisGroup({ name: 'empty' })).chassis, [])
  rejects(t, _.haChassisGroup, [
    [{ name: '' }, ['name']],
    [{ name: 'g', chassis: [{ chassisName: 'a', priority: 32768 }, { chassisName: 'a', priority: 1 }, 'b' as never] }, ['chassis[0].priority', 'chassis[1]', 'chassis[2]', 'chassis[2].chassisName', 'chassis[2].priority']],
    [{ name: 'g', chassis: {} as never }, ['chassis']],
  ])
  laws(t, _.haChassisGroup, fc.record({ name: field('g'), chassis: opt([{ chassisName: 'a', priority: 1 }], [{ chassisName: 'a', priority: 1 }, { chassisName: 'b', priority: 1 }]) }))
})
