import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import type { Row } from '../../src/ovsdb/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { ref } from '../../src/plan/index.js'
import { Keys } from '../../src/plan/keys.js'
import { describeKey } from '../../src/plan/names.js'
import { validateDesired } from '../../src/plan/validate.js'
import { nb2303 as nb } from '../support/schema.js'

const U = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const rows: Record<string, Record<string, Record<string, unknown>>> = {
  Logical_Switch: { [U(1)]: { name: 'sw0', acls: ['set', [['uuid', U(2)]]] } },
  ACL: { [U(2)]: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow', external_ids: ['map', [['ovn-nb/owner', 'a']]] } },
  DHCP_Options: { [U(3)]: { cidr: '10.0.0.0/24', external_ids: ['map', [['ovn-nb/owner', 'a'], ['ovn-nb/id', 'dhcp:net']]] } },
}
const current = { rows: (t: string) => new Map(Object.entries(rows[t] ?? {}).map(([u, r]) => [u, r as unknown as Row])) }

test('one identity, built one way: an existing row and the desired row it stands for have the same key, parent part included; parts match keys', (t) => {
  const desired = validateDesired(nb, current, {
    owner: 'a',
    rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', acls: ['set', [ref('acl')]] } },
      { table: 'ACL', id: 'acl', columns: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'drop' } },
      { table: 'DHCP_Options', id: 'dhcp:net', columns: { cidr: '10.0.0.0/24' } },
    ],
  })
  if (E.isLeft(desired)) return t.fail(JSON.stringify(desired.left))
  const keys = new Keys(nb, current, nbIdentity, 'a', 'ovn-nb/owner', 'ovn-nb/id')
  const slot = (id: string) => desired.right.get(id)!
  const existing = (table: string, u: string) => keys.existing(table, u, current.rows(table).get(u)!)
  t.is(keys.desired(slot('ls')), existing('Logical_Switch', U(1)))
  t.is(keys.desired(slot('acl')), existing('ACL', U(2)))
  t.is(keys.desired(slot('dhcp:net')), existing('DHCP_Options', U(3)))
  t.is(describeKey(keys.desired(slot('acl'))), 'sw0 / to-lport 1000 ip4')
  // the parent's part is left out of a row's own key
  t.is(keys.own('ACL', current.rows('ACL').get(U(2))!), keys.desired(slot('acl')).split('\u0002')[1]!)
  // parts, for matching: the same for both sides
  t.deepEqual([...keys.desiredParts(slot('acl'))], [...keys.existingParts('ACL', U(2), current.rows('ACL').get(U(2))!)])
  t.deepEqual([...keys.desiredParts(slot('dhcp:net'))], [...keys.existingParts('DHCP_Options', U(3), current.rows('DHCP_Options').get(U(3))!)])
  t.deepEqual(keys.parents.get(U(2)), { table: 'Logical_Switch', uuid: U(1), column: 'acls' })
})
