import test from 'ava'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/schema.js'

const dir = join(process.cwd(), 'schemas')
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.ovsschema')).map((f) => join(dir, f)),
  '/usr/share/ovn/ovn-nb.ovsschema',
  '/usr/share/ovn/ovn-sb.ovsschema',
  '/usr/share/openvswitch/vswitch.ovsschema',
]
const load = (f: string): _.DatabaseSchema => {
  const r = _.decodeSchema(JSON.parse(readFileSync(f, 'utf8')))
  if (E.isLeft(r)) throw new Error(`${f}: ${JSON.stringify(r.left)}`)
  return r.right
}
const nb = load(join(dir, 'ovn-nb-main.ovsschema'))

test('every vendored and installed schema decodes, and encodes back to an equivalent schema', (t) => {
  for (const f of files) {
    const s = load(f)
    t.true(Object.keys(s.tables).length > 5, f)
    t.deepEqual(_.decodeSchema(JSON.parse(JSON.stringify(_.encodeSchema(s)))), E.right(s), f)
  }
})

test('defaults are filled in: scalar types, mutability, refType strong', (t) => {
  const ls = _.getTable(nb, 'Logical_Switch')!
  t.deepEqual(ls.columns['name']?.type, { key: { type: 'string' }, min: 1, max: 1 })
  t.true(ls.columns['name']?.mutable)
  t.deepEqual(ls.columns['ports']?.type.key, { type: 'uuid', refTable: 'Logical_Switch_Port', refType: 'strong' })
  t.is(_.columnKind(ls.columns['ports']!.type), 'set')
  t.is(_.columnKind(ls.columns['external_ids']!.type), 'map')
  t.is(_.columnKind(ls.columns['name']!.type), 'atom')
  t.is(_.columnKind(_.getTable(nb, 'Logical_Switch_Port')!.columns['tag']!.type), 'optional')
  t.false(_.isMutable(nb, 'Logical_Switch', '_uuid'))
  t.is(_.getColumn(ls, 'constructor'), undefined)
  t.is(_.getTable(nb, 'toString'), undefined)
})

test('queries: root tables, references, indexes', (t) => {
  const roots = _.rootTables(nb)
  for (const r of ['Logical_Switch', 'Logical_Router', 'DHCP_Options', 'Address_Set', 'Port_Group', 'Load_Balancer', 'NB_Global'])
    t.true(roots.includes(r), r)
  for (const n of ['Logical_Switch_Port', 'ACL', 'NAT', 'Logical_Router_Static_Route']) t.false(roots.includes(n), n)
  const toDhcp = _.referencesTo(nb, 'DHCP_Options')
  t.true(toDhcp.length >= 2)
  t.true(toDhcp.every((r) => r.refType === 'weak' && r.table === 'Logical_Switch_Port'))
  t.true(_.references(nb, 'Logical_Switch').some((r) => r.column === 'acls' && r.refTable === 'ACL' && r.refType === 'strong'))
  t.deepEqual(_.getTable(nb, 'Logical_Switch_Port')?.indexes, [['name']])
  t.deepEqual(_.getTable(nb, 'NB_Global')?.maxRows, 1)
})

test('enums are normalized to arrays of atoms', (t) => {
  const acl = _.getTable(nb, 'ACL')!
  t.deepEqual(acl.columns['direction']?.type.key.enum, ['from-lport', 'to-lport'])
  t.deepEqual(acl.columns['priority']?.type.key, { type: 'integer', minInteger: 0, maxInteger: 32767 })
})

test('a schema with no isRoot anywhere makes every table a root table (RFC 7047)', (t) => {
  const r = _.decodeSchema({ name: 'D', version: '1.0.0', tables: { A: { columns: {} }, B: { columns: {} } } })
  t.deepEqual(E.map((s: _.DatabaseSchema) => _.rootTables(s))(r), E.right(['A', 'B']))
})

test('a broken schema reports every problem with its path', (t) => {
  const r = _.decodeSchema({
    name: 'D',
    version: '1.0',
    tables: {
      A: {
        columns: {
          x: { type: 'float' },
          y: { type: { key: { type: 'uuid', refTable: 'Nope' }, min: 2 } },
          z: { type: { key: 'string', max: 0 } },
        },
        indexes: [['w']],
      },
    },
  })
  t.true(E.isLeft(r))
  if (E.isLeft(r)) {
    const paths = r.left.errors.map((e) => e.path)
    t.true(paths.includes('version'))
    t.true(paths.includes('tables.A.columns.x.type'))
    t.true(paths.includes('tables.A.columns.y.type.min'))
    t.true(paths.includes('tables.A.columns.z.type.max'))
    t.true(paths.includes('tables.A.indexes[0]'))
  }
  t.true(E.isLeft(_.decodeSchema('nope')))
})

test('versions compare numerically', (t) => {
  t.true(_.compareVersions('7.0.4', '7.19.0') < 0)
  t.true(_.compareVersions('7.10.0', '7.9.9') > 0)
  t.is(_.compareVersions('7.3.0', '7.3.0'), 0)
})
