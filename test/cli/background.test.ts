import test from 'ava'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { setImmediate as turn } from 'node:timers/promises'
import { renderInBackground } from '../../src/cli/background.js'
import { decodeSchema, type DatabaseSchema } from '../../src/ovsdb/index.js'
import { diff, ref, renderText, type Plan } from '../../src/plan/index.js'
import { nbIdentity } from '../../src/nb/identity.js'

const nb: DatabaseSchema = (() => {
  const r = decodeSchema(JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'ovn-nb-v23.03.0.ovsschema'), 'utf8')))
  if (E.isLeft(r)) throw new Error('schema')
  return r.right
})()

const plan = (): Plan => {
  const rows = Array.from({ length: 40 }, (_x, i) => ({ table: 'Logical_Switch_Port', id: `p${i}`, columns: { name: `p${i}` } }))
  const p = diff(nb, { rows: () => new Map() }, { owner: 'a', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', rows.map((r) => ref(r.id))] } }, ...rows] }, { rules: nbIdentity })
  if (E.isLeft(p)) throw new Error('plan')
  return p.right
}

test('renderInBackground: pieces are made one per event-loop turn; finish() makes the rest at once; the text is renderText', async (t) => {
  const p = plan()
  const b = renderInBackground(p, 4)
  t.is(b.plan, p)
  // some turns pass (a transaction's pieces are written meanwhile), then finish
  await turn()
  await turn()
  t.is(b.finish().join(''), renderText(p))
  // finished right away, and after every piece was made in the background
  t.is(renderInBackground(p, 4).finish().join(''), renderText(p))
  const all = renderInBackground(p, 4)
  for (let i = 0; i < 20; i++) await turn()
  t.is(all.finish().join(''), renderText(p))
})

