import test from 'ava'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { decodeSchema, type DatabaseSchema } from '../../src/ovsdb/index.js'
import * as _ from '../../src/plan/index.js'
import { nbIdentity } from '../../src/nb/identity.js'

const nb: DatabaseSchema = (() => {
  const r = decodeSchema(JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'ovn-nb-v23.03.0.ovsschema'), 'utf8')))
  if (E.isLeft(r)) throw new Error('schema')
  return r.right
})()

const ports = 25
const desired: _.DesiredState = {
  owner: 'a',
  rows: [
    { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', Array.from({ length: ports }, (_x, i) => _.ref(`p${i}`))], other_config: ['map', [['subnet', '10.0.0.0/24'], ['a key', 'x"y']]] } },
    ...Array.from({ length: ports }, (_x, i): _.DesiredRow => ({ table: 'Logical_Switch_Port', id: `p${i}`, columns: { name: `p${i}`, addresses: ['set', [`0a:00:00:00:00:${String(i).padStart(2, '0')} 10.0.0.${i + 10}`]], enabled: ['set', [true]] } })),
  ],
}

const plan = (): _.Plan => {
  const p = _.diff(nb, { rows: () => new Map() }, desired, { rules: nbIdentity })
  if (E.isLeft(p)) throw new Error(JSON.stringify(p.left))
  return p.right
}

test('renderText: a created row is its columns sorted by name, empty sets and maps left out, each value as people read it', (t) => {
  const text = _.renderText(plan())
  t.true(
    text.includes(
      '+ Logical_Switch_Port p3\n    addresses: ["0a:00:00:00:00:03 10.0.0.13"]\n    enabled: [true]\n    external_ids: {ovn-nb/owner="a"}\n    name: "p3"\n+ ',
    ),
    text,
  )
  // map keys as given, bare when plain words, quoted otherwise
  t.regex(text, /^\+ Logical_Switch sw0\n {4}external_ids: \{ovn-nb\/owner="a", ovn-nb\/managed="other_config=a key,subnet"\}\n {4}name: "sw0"\n {4}other_config: \{subnet="10\.0\.0\.0\/24", "a key"="x\\"y"\}\n {4}ports: \[Logical_Switch_Port p0 \(new\), Logical_Switch_Port p1 \(new\), [^\]]*Logical_Switch_Port p24 \(new\)\]\n/m)
  t.regex(text, /\nPlan: 26 to add, 0 to change, 0 to destroy\.$/)
})

test('renderTextPieces: pieces of N entries, then the summary; joined, they are renderText', (t) => {
  const p = plan()
  const whole = _.renderText(p)
  for (const n of [1, 3, 7, 26, 1000]) {
    const pieces = [..._.renderTextPieces(p, n)]
    t.is(pieces.length, Math.ceil(p.entries.length / n) + 1)
    t.is(pieces.join(''), whole)
    t.is(pieces.at(-1), _.summaryLine(p))
  }
  // an empty plan: the summary alone
  const none = _.diff(nb, { rows: () => new Map() }, { owner: 'a', rows: [] }, { rules: nbIdentity })
  if (E.isLeft(none)) return t.fail()
  t.deepEqual([..._.renderTextPieces(none.right)], ['No changes. The database matches the desired state.'])
})
