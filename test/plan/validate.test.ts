import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { ref } from '../../src/plan/index.js'
import * as _ from '../../src/plan/validate.js'
import { nb2303 } from '../support/schema.js'

const EMPTY = { rows: () => new Map() }
const nb = nb2303

test('the desired rows alone: every problem, with its path, before the database is read', (t) => {
  const r = _.validateDesired(nb, EMPTY, {
    owner: '',
    rows: [
      { table: 'Logical_Swich', id: 'x', columns: {} },
      { table: 'Logical_Switch', id: 'ls:a', columns: { name: 'a', ports: ['set', [ref('lsp:p'), ref('as:1'), ref('nope')]], bogus: 1 } },
      { table: 'Logical_Switch', id: 'ls:b', columns: { name: 'b', ports: ['set', [ref('lsp:p')]] } },
      { table: 'Logical_Switch', id: 'ls:b', columns: { name: 'b2' } },
      { table: 'Logical_Switch_Port', id: 'lsp:p', columns: { name: 'p', tag: 5000 } },
      { table: 'Logical_Switch_Port', id: 'lsp:orphan', columns: { name: 'o' } },
      { table: 'Address_Set', id: 'as:1', columns: { name: 'as1' } },
    ],
  })
  t.true(E.isLeft(r))
  if (E.isRight(r)) return
  t.deepEqual(
    r.left.problems.map((p) => p.path),
    ['owner', 'rows[0].table', 'rows[3].id', 'rows[1].columns.ports', 'rows[1].columns.ports', 'rows[1].columns.bogus', 'rows[2].columns.ports', 'rows[4].columns.tag', 'rows[5]'],
  )
  t.regex(r.left.problems[3]!.message, /"as:1" is a Address_Set row; Logical_Switch.ports refers to Logical_Switch_Port/)
  t.regex(r.left.problems[4]!.message, /reference to "nope", which is not in the desired state/)
  t.regex(r.left.problems[6]!.message, /"lsp:p" is held by both "ls:a" and "ls:b"/)
  t.regex(r.left.problems[8]!.message, /held by no desired row/)
})

test('valid rows: slots by id, each row of a non-root table with its parent and column', (t) => {
  const r = _.validateDesired(nb, EMPTY, {
    owner: 'a',
    rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw', acls: ['set', [ref('acl')]] } },
      { table: 'ACL', id: 'acl', columns: { direction: 'to-lport', priority: 1, match: 'ip4', action: 'drop' } },
    ],
  })
  if (E.isLeft(r)) return t.fail(JSON.stringify(r.left))
  const acl = r.right.get('acl')!
  t.is(acl.parent?.row.id, 'ls')
  t.is(acl.parentColumn, 'acls')
  t.is(r.right.get('ls')!.parent, undefined)
  t.deepEqual(_.checkRow(nb, EMPTY, { table: 'ACL', id: 'acl', columns: { priority: 40000 } }, 7, nb.tables['ACL']!).map((p) => p.path), ['rows[7].columns.priority'])
})

test('an invalid desired state carries its problems as issues too: path segments, a code, the message', (t) => {
  const r = _.validateDesired(nb, EMPTY, {
    owner: '',
    rows: [
      { table: 'Logical_Switch', id: 'ls:a', columns: { name: 'a', ports: ['set', [ref('nope')]] } },
      { table: 'Logical_Switch', id: 'ls:a', columns: { name: 'b' } },
    ],
  })
  if (E.isRight(r)) return t.fail()
  t.is(r.left.issues?.length, r.left.problems.length)
  t.deepEqual(
    r.left.issues?.map((i) => [i.path, i.code]),
    [
      // as gc says of an empty owner: required (the message-pattern fallback gave invalid_value)
      [['owner'], 'required'],
      [['rows', 1, 'id'], 'duplicate_name'],
      [['rows', 0, 'columns', 'ports'], 'unknown_reference'],
    ],
  )
  t.deepEqual(r.left.issues?.map((i) => i.message), r.left.problems.map((p) => p.message))
})
