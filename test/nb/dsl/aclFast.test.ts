import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { checkedAcl } from '../../../src/nb/dsl/acl.js'
import { fastAcl } from '../../../src/nb/dsl/aclFast.js'
import { invalid, valid } from '../match/corpus.js'
import { sameAsFullCheck } from './helpers.js'

// acl answers from a fast path when it can (issue 15: the DSL's cold build cost), and
// from the full check otherwise. The fast path must give exactly the full check's value —
// content, key order, frozen, branded — and answer nothing where the full check would
// refuse or change something; acl must give what the full check gives, problems included.

const matches = [
  'outport == @pg1 && ip4 && tcp.dst == 8000',
  'inport == "vm-a" && ip4',
  'ip4 && udp',
  'ip4.src == $as1 && tcp',
  ' ip4 && tcp',
  'ip4\t',
  ...valid.map(([m]) => m),
  ...invalid.map(([m]) => m),
  'ip4 ',
  'ip4\n',
  '',
  '   ',
]
const maybe = <A>(a: fc.Arbitrary<A>): fc.Arbitrary<A | undefined> => fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: a, weight: 1 })
const input = fc.record(
  {
    direction: fc.oneof({ arbitrary: fc.constantFrom('to-lport', 'from-lport'), weight: 8 }, { arbitrary: fc.constantFrom('in', undefined, 3), weight: 1 }),
    priority: fc.oneof({ arbitrary: fc.constantFrom(0, 1000, 32767), weight: 8 }, { arbitrary: fc.constantFrom(-1, 32768, 1.5, '7', Number.NaN), weight: 1 }),
    match: fc.oneof({ arbitrary: fc.constantFrom(...matches.slice(0, 6)), weight: 4 }, { arbitrary: fc.constantFrom(...matches), weight: 4 }, { arbitrary: fc.constantFrom(7, null), weight: 1 }),
    action: fc.oneof({ arbitrary: fc.constantFrom('allow', 'allow-related', 'allow-stateless', 'drop', 'reject', 'pass'), weight: 8 }, { arbitrary: fc.constantFrom('deny', undefined), weight: 1 }),
    log: maybe(fc.constantFrom(true, false, 'yes')),
    severity: maybe(fc.constantFrom('alert', 'info', 'loud')),
    meter: maybe(fc.constantFrom('m1', '')),
    name: maybe(fc.constantFrom('n', 'x'.repeat(64))),
    label: maybe(fc.constantFrom(0, 7, -1)),
    tier: maybe(fc.constantFrom(0, 3, 4)),
    options: maybe(fc.constantFrom<unknown>({}, { k: 'v' }, { k: 1 })),
    externalIds: maybe(fc.constantFrom<unknown>({}, { b: '2', a: '1' })),
  },
  { requiredKeys: ['direction', 'priority', 'match', 'action'] },
) as unknown as fc.Arbitrary<_.AclInput>

test('fastAcl: where it answers, the full check gives an equal value (same key order), frozen and branded; acl gives what the full check gives', (t) => {
  // through acl: the same value, or the same problems (also when the fast path found the match not simple)
  sameAsFullCheck(t, input, { fast: fastAcl, full: checkedAcl, exported: _.acl })
})

test('fastAcl answers the common ACLs, and leaves the others to the full check', (t) => {
  const common = { direction: 'to-lport', priority: 1001, match: 'outport == @pg0 && ip4 && tcp.dst == 8001', action: 'allow-related' } as const
  const fast = fastAcl(common)
  t.is(typeof fast, 'object')
  t.deepEqual(E.right(fast), checkedAcl(common))
  t.deepEqual(_.acl(common), checkedAcl(common))
  // a match it does not read: said so, and the full check reads it
  t.is(fastAcl({ ...common, match: 'ip4.src == 10.0.0.0/8' }), 'match')
  t.true(E.isRight(_.acl({ ...common, match: 'ip4.src == 10.0.0.0/8' })))
  // anything optional: the full check; a match to trim is not one the fast path reads
  t.is(fastAcl({ ...common, name: 'n' }), undefined)
  t.is(fastAcl({ ...common, match: ' ip4' }), 'match')
  t.is(fastAcl({ ...common, match: 'ip4\t' }), 'match')
  const trimmed = _.acl({ ...common, match: ' ip4' })
  t.is(E.isRight(trimmed) ? trimmed.right.match : undefined, 'ip4')
})
