import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import type { Row } from '../../src/ovsdb/index.js'
import type { DesiredState } from '../../src/plan/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { Keys } from '../../src/plan/keys.js'
import * as _ from '../../src/plan/match.js'
import { validateDesired } from '../../src/plan/validate.js'
import { nb2303 } from '../support/schema.js'

const nb = nb2303
const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const ids = (owner?: string) => ['map', owner === undefined ? [] : [['ovn-nb/owner', owner]]] as const
// two switches named "dup" (one of "a", one of nobody), one of "b", one of nobody
const rows = new Map<string, Row>([
  [U(1), { name: 'dup', external_ids: ids() } as unknown as Row],
  [U(2), { name: 'dup', external_ids: ids('a') } as unknown as Row],
  [U(3), { name: 'theirs', external_ids: ids('b') } as unknown as Row],
  [U(4), { name: 'free', external_ids: ids() } as unknown as Row],
])
const current = { rows: (t: string) => (t === 'Logical_Switch' ? rows : new Map<string, Row>()) }
const run = (desired: DesiredState, adopt?: boolean | ReadonlyArray<string>) => {
  const byId = validateDesired(nb, current, desired)
  if (E.isLeft(byId)) throw new Error('invalid')
  const keys = new Keys(nb, current, nbIdentity, desired.owner, 'ovn-nb/owner', 'ovn-nb/id')
  return _.match({ schema: nb, current, byId: byId.right, keys, owner: desired.owner, adopt, describe: (k) => k })
}
const sw = (id: string, name: string, shared = false) => ({ table: 'Logical_Switch', id, columns: { name }, ...(shared ? { shared } : {}) })

test('a row of this owner is taken first; rows of others or of nobody are conflicts unless shared or adopted', (t) => {
  const m = run({ owner: 'a', rows: [sw('x', 'dup')] })
  t.deepEqual(E.isRight(m) && [...m.right.maps.matched], [['x', U(2)]])
  // two desired rows find the two "dup" rows: sorted ids pick first, ours before nobody's
  const both = run({ owner: 'a', rows: [sw('z', 'dup'), sw('y', 'dup')] }, true)
  t.deepEqual(E.isRight(both) && [...both.right.maps.matched].sort(), [['y', U(2)], ['z', U(1)]])
  const c = run({ owner: 'a', rows: [sw('t', 'theirs'), sw('f', 'free')] })
  t.true(E.isLeft(c))
  if (E.isLeft(c))
    t.deepEqual(
      c.left.conflicts.map((x) => [x.id, x.owner]),
      [
        ['f', undefined],
        ['t', 'b'],
      ],
    )
  t.true(E.isRight(run({ owner: 'a', rows: [sw('f', 'free')] }, true)))
  t.true(E.isLeft(run({ owner: 'a', rows: [sw('t', 'theirs')] }, true)))
  t.true(E.isRight(run({ owner: 'a', rows: [sw('t', 'theirs')] }, ['b'])))
  t.true(E.isRight(run({ owner: 'a', rows: [sw('t', 'theirs', true)] })))
})
