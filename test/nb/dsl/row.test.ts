import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { ref } from '../../../src/ovsdb/desired.js'
import { namedUuid, uuid } from '../../../src/ovsdb/wire/atom.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('row: columns typed from the model, encoded by kind into wire form', (t) => {
  const r = ok(_.row('Chassis_Template_Var', 'hv1', { chassis: 'hv1', variables: new Map([['VIP', '10.0.0.10'], ['PORT', '80']]) }))
  t.deepEqual(r, { _tag: 'GenericRow', table: 'Chassis_Template_Var', key: 'hv1', columns: { chassis: 'hv1', variables: ['map', [['PORT', '80'], ['VIP', '10.0.0.10']]] }, shared: false })
  t.true(deepFrozen(r))
  const c = ok(_.row('Connection', 'c', { target: 'ptcp:6641', inactivity_probe: 30000, max_backoff: undefined, other_config: new Map() }, { shared: true }))
  t.deepEqual(c.columns, { target: 'ptcp:6641', inactivity_probe: 30000, max_backoff: ['set', []], other_config: ['map', []] })
  t.true(c.shared)
  // references: a desired row by id, or an existing row by UUID
  const g = ok(_.row('Load_Balancer_Group', 'g', { name: 'g', load_balancer: [ref(_.idOf('Load_Balancer', 'lb1')), uuid<'Load_Balancer'>('550e8400-e29b-41d4-a716-446655440000')] }))
  t.deepEqual(g.columns['load_balancer'], ['set', [['ref', 'Load_Balancer:lb1'], ['uuid', '550e8400-e29b-41d4-a716-446655440000']]])
})

test('row refuses what the column types refuse, each at its path', (t) => {
  rejects(t, (i: { table: string; key: string; columns: unknown }) => _.row(i.table as never, i.key, i.columns as never), [
    [{ table: 'Logical_Swich', key: 'x', columns: {} }, ['table']],
    [{ table: 'ACL', key: '', columns: { priority: 40000, direction: 'sideways', nmae: 'x' } }, ['key', 'columns.priority', 'columns.direction', 'columns.nmae']],
    [{ table: 'Connection', key: 'c', columns: { target: undefined, max_backoff: 10, other_config: [['a', 'b']] } }, ['columns.target', 'columns.max_backoff', 'columns.other_config']],
    [{ table: 'Port_Group', key: 'p', columns: { ports: [['named-uuid', 'x']] } }, ['columns.ports']],
    [{ table: 'Port_Group', key: 'p', columns: { ports: [ref('a'), ref('a')] } }, ['columns.ports']],
    [{ table: 'Meter', key: 'm', columns: { bands: [] } }, ['columns.bands']],
    [{ table: 'Meter', key: 'm', columns: 'x' }, ['columns']],
  ])
})

test('row keeps its laws on random input', (t) => {
  laws(
    t,
    (i: { table: unknown; key: unknown; columns: unknown; options: unknown }) => _.row(i.table as never, i.key as never, i.columns as never, i.options as never),
    fc.record({
      table: field('Connection', 'SSL', 'Chassis_Template_Var'),
      key: field('k'),
      columns: field({ target: 'ptcp:1' }, { chassis: 'hv' }, { inactivity_probe: 5 }, { external_ids: new Map([['a', 'b']]) }),
      options: opt({ shared: true }, {}),
    }),
  )
})

test('row columns are typed from the model: what the compiler refuses, the constructor refuses too', (t) => {
  // @ts-expect-error a string where the model has an integer
  const a = _.row('ACL', 'a', { priority: 'high' })
  // @ts-expect-error no such column
  const b = _.row('Connection', 'c', { target: 'ptcp:1', nosuch: 1 })
  // @ts-expect-error named-uuids belong to transactions, not to desired rows
  const c = _.row('Port_Group', 'p', { ports: [namedUuid('x')] })
  // @ts-expect-error not a table of the model
  const d = _.row('Logical_Swich', 'x', {})
  // @ts-expect-error a reference to another table's rows
  const e = _.row('Port_Group', 'p', { ports: [uuid<'ACL'>('550e8400-e29b-41d4-a716-446655440000')], acls: [uuid<'Logical_Switch_Port'>('550e8400-e29b-41d4-a716-446655440000')] })
  t.true([a, b, c, d].every(E.isLeft))
  t.true(E.isRight(e)) // the phantom table of a UUID is for the compiler only
})
