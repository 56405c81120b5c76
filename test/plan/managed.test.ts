import test from 'ava'
import fc from 'fast-check'
import type { Atom, Row, Value } from '../../src/ovsdb/index.js'
import type { DesiredRow, DesiredValue } from '../../src/plan/index.js'
import * as _ from '../../src/plan/managed.js'
import { mapGet } from '../../src/plan/values.js'
import type { Slot } from '../../src/plan/validate.js'
import { nb2303 } from '../support/schema.js'

const OWNER_KEY = 'ovn-nb/owner'
const ID_KEY = 'ovn-nb/id'
const MANAGED_KEY = 'ovn-nb/managed'
const ownerOf = (r: Row): string | undefined => {
  const o = mapGet(r['external_ids'], OWNER_KEY)
  return typeof o === 'string' ? o : undefined
}
const marks = new _.Marks('me', OWNER_KEY, ID_KEY, MANAGED_KEY, ownerOf)
const table = nb2303.tables['Logical_Switch_Port']!
const noRefs = (): string | undefined => undefined
const slotOf = (row: DesiredRow): Slot => ({ row, index: 0, table, parent: undefined, parentColumn: '', key: undefined, name: '', atom: undefined, one: undefined, managed: '', managedFor: undefined, uuid: undefined })

// keys that sort in various orders, need escaping, or are the owner's marks
const key = fc.constantFrom('a', 'b', 'ab', 'z', 'a,b', 'x=y', 'p;q', '50%', OWNER_KEY, ID_KEY, MANAGED_KEY)
const pairs = fc.uniqueArray(fc.tuple(key, fc.constantFrom('1', '2')), { selector: (p) => p[0], maxLength: 4 })
// a desired row with map columns in either order (and a string column), each possibly empty or left out
const row = fc
  .record({ options: fc.option(pairs), external_ids: fc.option(pairs), optionsFirst: fc.boolean(), name: fc.boolean() })
  .map(({ options, external_ids, optionsFirst, name }): DesiredRow => {
    const columns: Record<string, DesiredValue> = {}
    if (name) columns['name'] = 'p'
    const put = (c: string, ps: ReadonlyArray<readonly [string, string]> | null) => {
      if (ps !== null) columns[c] = ['map', ps]
    }
    if (optionsFirst) put('options', options), put('external_ids', external_ids)
    else put('external_ids', external_ids), put('options', options)
    return { table: 'Logical_Switch_Port', id: 'p1', columns }
  })

// the external_ids the owner writes for the row, or something near it
const haveFor = (r: DesiredRow, other: DesiredRow, withId: boolean, change: number): Value => {
  const marked = marks.marked(r.id, withId, r.columns['external_ids'], marks.recordOf(r, table)) as readonly ['map', ReadonlyArray<readonly [Atom, Atom]>]
  const ps = [...marked[1]]
  const at = ps.findIndex((p) => p[0] === MANAGED_KEY)
  switch (change) {
    case 1: // another row's record
      if (at >= 0) ps[at] = [MANAGED_KEY, marks.recordOf(other, table)]
      else ps.push([MANAGED_KEY, marks.recordOf(other, table)])
      break
    case 2: // no record
      if (at >= 0) ps.splice(at, 1)
      break
    case 3: // an empty record
      if (at >= 0) ps[at] = [MANAGED_KEY, '']
      else ps.push([MANAGED_KEY, ''])
      break
    case 4: // the pairs in another order
      ps.reverse()
      break
    case 5: // a key of someone else's
      ps.push(['theirs', '1'])
      break
  }
  return ['map', ps]
}

test('sameFor (the record checked in place) answers as same with the record made', (t) => {
  fc.assert(
    fc.property(row, row, fc.boolean(), fc.integer({ min: 0, max: 5 }), (r, other, withId, change) => {
      const have = haveFor(r, other, withId, change)
      const expected = marks.same(have, r.columns['external_ids'], r.id, withId, noRefs, marks.recordOf(r, table))
      t.is(marks.sameFor(have, slotOf(r), withId, noRefs), expected)
      // and with the record kept in the slot (the planner's later plans)
      const kept = slotOf(r)
      kept.managed = marks.managedOf(kept)
      t.is(marks.sameFor(have, kept, withId, noRefs), expected)
    }),
    { numRuns: 2000 },
  )
  // both answers occur
  const plain: DesiredRow = { table: 'Logical_Switch_Port', id: 'p1', columns: { external_ids: ['map', [['a', '1'], ['b', '2']]] } }
  t.true(marks.sameFor(haveFor(plain, plain, false, 0), slotOf(plain), false, noRefs))
  t.false(marks.sameFor(haveFor(plain, plain, false, 2), slotOf(plain), false, noRefs))
})

test('namesOtherColumns is false only where the record names external_ids alone', (t) => {
  fc.assert(
    fc.property(row, fc.boolean(), (r, mine) => {
      const record = marks.recordOf(r, table)
      const existing = { external_ids: ['map', [[OWNER_KEY, mine ? 'me' : 'them'], [MANAGED_KEY, record]]] } as unknown as Row
      const columns = [...marks.before(existing).keys()]
      if (!marks.namesOtherColumns(existing)) t.true(columns.every((c) => c === 'external_ids'))
      else t.true(mine)
    }),
    { numRuns: 500 },
  )
})

test("sameFor: external_ids holding another value of one of the owner's own keys are not the same", (t) => {
  const isMark = (k: Atom): boolean => k === OWNER_KEY || k === ID_KEY || k === MANAGED_KEY
  fc.assert(
    fc.property(row, fc.boolean(), fc.boolean(), (r, withId, keep) => {
      const ext = r.columns['external_ids']
      const own = ext === undefined ? [] : ((ext as readonly ['map', ReadonlyArray<readonly [Atom, Atom]>])[1]).filter(([k]) => !isMark(k))
      fc.pre(own.length > 0)
      const slot = slotOf(r)
      if (keep) slot.managed = marks.managedOf(slot)
      // what the owner writes is the same; the same with one of its values changed is not
      const have = haveFor(r, r, withId, 0) as readonly ['map', ReadonlyArray<readonly [Atom, Atom]>]
      t.true(marks.sameFor(have, slot, withId, noRefs))
      const [k, v] = own[0]!
      const changed: Value = ['map', have[1].map(([hk, hv]) => (hk === k ? [hk, v === '1' ? '2' : '1'] : [hk, hv]))]
      t.false(marks.sameFor(changed, slot, withId, noRefs))
    }),
    { numRuns: 500 },
  )
})
