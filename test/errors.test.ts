/** The one formatError: every kind of error the library returns, each problem listed. */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { errorToJson, formatError } from '../src/errors.js'
import * as _ from '../src/nb/dsl/index.js'
import { MatchError, validateMatch } from '../src/nb/match/index.js'
import { Mac, NetError } from '../src/nb/net/index.js'

const left = <A, B>(r: E.Either<A, B>): A => {
  if (E.isRight(r)) throw new Error('expected a Left')
  return r.left
}

test('formatError formats every error of the library: DSL, topology, plan and apply, OVSDB, address and match parsers, load failures', (t) => {
  // a DSL value: one line per problem, naming the object and the path
  t.is(formatError(left(_.acl({ direction: 'to-lport', priority: 40000, match: 'ip4', action: 'nope' as never }))).split('\n').length, 2)
  t.regex(formatError(left(_.acl({ direction: 'to-lport', priority: 40000, match: 'ip4', action: 'drop' }))), /^acl "to-lport 40000 ip4": priority: must be an integer from 0 to 32767, got 40000$/)
  // a topology, as the Either form and as the thrown error
  const plain = { owner: 'o', switches: [{ name: 'vmnet', subnet: '10.0.0.0/33', ports: [{ name: 'vm-a', tag: 0 }] }] }
  t.deepEqual(formatError(left(_.topology(plain as _.TopologyInput))).split('\n').map((l) => l.split(':')[1]?.trim()), ['switches.vmnet.ports.vm-a.tag', 'switches.vmnet.subnet'])
  const thrown = t.throws(() => _.parseTopology(plain), { instanceOf: _.TopologyError })
  if (thrown !== undefined) t.is(formatError(thrown), thrown.message)
  // the planner: every problem and every conflict, none left out
  const problems = Array.from({ length: 7 }, (_x, i) => ({ path: `rows[${i}].id`, message: `duplicate id "x${i}"` }))
  const invalid = formatError({ _tag: 'InvalidDesired', problems })
  for (let i = 0; i < 7; i++) t.true(invalid.includes(`rows[${i}].id: duplicate id "x${i}"`), invalid)
  const conflicts = Array.from({ length: 7 }, (_x, i) => ({ table: 'Logical_Switch', id: `ls${i}`, uuid: `u${i}`, owner: 'other', message: `Logical_Switch sw${i} belongs to "other"` }))
  const conflict = formatError({ _tag: 'Conflict', conflicts })
  for (let i = 0; i < 7; i++) t.true(conflict.includes(`Logical_Switch sw${i} belongs`), conflict)
  t.deepEqual(errorToJson({ _tag: 'Conflict', conflicts }).conflicts, conflicts)
  // apply, OVSDB
  t.regex(formatError({ _tag: 'WaitTimeout', wait: 'sb', nbCfg: 3, reached: 2, ms: 100 }), /ovn-northd did not catch up within 100 ms/)
  t.is(formatError({ _tag: 'Timeout', method: 'echo', ms: 100 }), 'echo timed out after 100 ms')
  t.regex(formatError({ _tag: 'ConflictRetriesExhausted', attempts: 3, last: { _tag: 'Timeout', method: 'transact', ms: 5 } }), /gave up after 3 attempts: transact timed out after 5 ms/)
  // the address and match parsers
  const mac = left(Mac.parse('0a:00:00:00:00'))
  t.is(formatError(mac), NetError.format(mac))
  t.regex(formatError(mac), /0a:00:00:00:00/)
  const match = left(validateMatch('ip4.src == fd00::1'))
  t.is(formatError(match), MatchError.format(match))
  // anything with a message: a CLI load failure, an Error
  t.is(formatError({ message: 'topology.ts: no such file' }), 'topology.ts: no such file')
  t.is(formatError(new Error('boom')), 'boom')
  // as data: the code and path of each issue of a topology
  const j = errorToJson(left(_.topology(plain as _.TopologyInput)))
  t.is(j._tag, 'DslError')
  t.deepEqual((j['issues'] as ReadonlyArray<_.Issue>).map((i) => i.code), ['out_of_range', 'invalid_cidr'])
})
