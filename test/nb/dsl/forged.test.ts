/**
 * Values are unforgeable from data: only what a constructor built is taken as a value;
 * an object that merely carries a value's `_tag` (a .json file, a spread copy) is refused
 * with `forged_value` and told to use the constructor — generic rows, whose printed form
 * is their value, are checked again instead.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'

const issues = (r: E.Either<_.DslError, unknown>): ReadonlyArray<string> => (E.isLeft(r) ? r.left.issues.map((i) => `${i.code} ${_.formatPath(i.path)}`) : [])
const ok = <A>(r: E.Either<_.DslError, A>): A => {
  if (E.isLeft(r)) throw new Error(_.formatDslError(r.left))
  return r.right
}

test('topology(): an object with a _tag that no constructor built is refused where it is, at every depth', (t) => {
  // a whole switch, and a port inside a plain switch, each claiming to be a value
  t.deepEqual(issues(_.topology({ owner: 'o', switches: [{ _tag: 'LogicalSwitch', name: 'sw', ports: [], acls: [] }] } as never)), ['forged_value switches.sw'])
  const forgedPort = { _tag: 'SwitchPort', name: 'vm-a', addresses: ['0a:00:00:00:00 10.0.0.5'], options: {}, externalIds: {} }
  const r = _.topology({ owner: 'o', switches: [{ name: 'sw', ports: [forgedPort] }] } as never)
  t.deepEqual(issues(r), ['forged_value switches.sw.ports.vm-a'])
  if (E.isLeft(r)) t.regex(r.left.issues[0]!.message, /^carries _tag "SwitchPort" but was not built by switchPort\(\.\.\.\).*build it with switchPort\(\.\.\.\), or give its input without "_tag"$/)
  // a DHCP options entry named by a port, forged in the top-level list
  t.deepEqual(issues(_.topology({ owner: 'o', dhcpOptions: [{ _tag: 'DhcpOptions', key: 'net4', cidr: '10.0.0.0/24', options: {} }] } as never)), ['forged_value dhcpOptions.net4'])
  // and through the zod-style entry points
  const s = _.safeParseTopology({ owner: 'o', portGroups: [{ _tag: 'PortGroup', name: 'pg', ports: [], acls: [] }] })
  t.false(s.success)
  if (!s.success) t.deepEqual(s.error.issues.map((i) => i.code), ['forged_value'])
  // the same data without the tag is input: built, checked (here: the bad MAC is found)
  const { _tag, ...input } = forgedPort
  t.is(_tag, 'SwitchPort')
  t.deepEqual(issues(_.topology({ owner: 'o', switches: [{ name: 'sw', ports: [input] }] } as never)), ['invalid_mac switches.sw.ports.vm-a.addresses[0]'])
})

test('a value spread into a copy is not a value: refused with a message saying to use the constructor', (t) => {
  const port = ok(_.switchPort({ name: 'vm-a', addresses: ['0a:00:00:00:00:0a 10.0.0.10'] }))
  const copy = { ...port, name: 'vm-b' }
  t.deepEqual(issues(_.logicalSwitch({ name: 'sw', ports: [copy] })), ['forged_value ports.vm-b'])
  // the constructor, given the same fields as input, is the way
  t.deepEqual(issues(_.logicalSwitch({ name: 'sw', ports: [{ name: 'vm-b', addresses: ['0a:00:00:00:00:0a 10.0.0.10'] }] })), [])
  const acl = ok(_.acl({ direction: 'to-lport', priority: 1000, match: 'ip4', action: 'drop' }))
  t.deepEqual(issues(_.portGroup({ name: 'pg', acls: [{ ...acl, priority: 40000 }] })), ['forged_value acls[0]'])
})

test('built values are taken as they are: the same objects, structurally equal to a rebuild, nothing added to them', (t) => {
  const port = ok(_.switchPort({ name: 'vm-a', addresses: ['0a:00:00:00:00:0a 10.0.0.10'] }))
  const sw = ok(_.logicalSwitch({ name: 'sw', ports: [port] }))
  t.is(sw.ports[0], port)
  const top = ok(_.topology({ owner: 'o', switches: [sw], portGroups: [{ name: 'pg', ports: ['vm-a'] }] }))
  t.is(top.switches[0], sw)
  t.is(top.portGroups[0]!.ports[0], port)
  // no key, no symbol: a value and its rebuild are equal for deepEqual and structuralEquals
  t.deepEqual(Reflect.ownKeys(port).filter((k) => typeof k === 'symbol'), [])
  t.deepEqual(ok(_.switchPort({ name: 'vm-a', addresses: ['0a:00:00:00:00:0a 10.0.0.10'] })), port)
  // a topology built again from its printed data is a value too, and equal
  const again = _.parseTopology(JSON.parse(JSON.stringify(_.topologyToData(top))))
  t.true(_.structuralEquals(again, top))
})

test('generic rows in data are their printed values: checked again as row() checks, never trusted', (t) => {
  const built = ok(_.row('Logical_Switch', 'sw9', { name: 'sw9', other_config: new Map([['subnet', '10.9.0.0/24']]) }))
  const data = JSON.parse(JSON.stringify(built)) as Record<string, unknown>
  const good = _.topology({ owner: 'o', rows: [data] } as never)
  t.deepEqual(issues(good), [])
  if (E.isRight(good)) t.deepEqual(good.right.rows[0], built)
  // what row() would refuse is refused here too, at its path
  t.deepEqual(issues(_.topology({ owner: 'o', rows: [{ ...data, columns: { name: 7 } }] } as never)), ['invalid_value rows[0].columns.name'])
  t.deepEqual(issues(_.topology({ owner: 'o', rows: [{ ...data, table: 'Logical_Swich' }] } as never)), ['invalid_value rows[0].table'])
  t.deepEqual(issues(_.topology({ owner: 'o', rows: [{ ...data, columns: { nope: 'x' } }] } as never)), ['invalid_value rows[0].columns.nope'])
})
