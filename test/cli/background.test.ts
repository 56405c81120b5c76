import test from 'ava'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setImmediate as turn } from 'node:timers/promises'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/cli/background.js'
import { decodeSchema, type DatabaseSchema } from '../../src/ovsdb/index.js'
import { diff, ref, renderText, renderTextPieces, type DesiredRow, type Plan } from '../../src/plan/index.js'
import { nbIdentity } from '../../src/nb/identity.js'

const nb: DatabaseSchema = (() => {
  const r = decodeSchema(JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'ovn-nb-v23.03.0.ovsschema'), 'utf8')))
  if (E.isLeft(r)) throw new Error('schema')
  return r.right
})()

// a switch with 2000 ports: ~0.5 MB of text, more than one of the background's kept pieces
const plan = (): Plan => {
  const ports = Array.from({ length: 2000 }, (_x, i): DesiredRow => ({ table: 'Logical_Switch_Port', id: `p${i}`, columns: { name: `port-${i}`, addresses: ['set', [`0a:00:00:00:${String(i % 100).padStart(2, '0')}:01 10.0.${i % 250}.${i % 200}`]], external_ids: ['map', [['vm', `vm-${i}`]]] } }))
  const p = diff(nb, { rows: () => new Map() }, { owner: 'bg', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', ports.map((r) => ref(r.id))] } }, ...ports] }, { rules: nbIdentity })
  if (E.isLeft(p)) throw new Error('plan')
  return p.right
}

// renderTextPieces, counting the entries it is asked for (each iterator step renders `entries` entries)
const counted = (): { readonly render: _.RenderPieces; readonly steps: () => number } => {
  let steps = 0
  return {
    render: (p, entries) => {
      const it = renderTextPieces(p, entries)
      return { next: () => (steps++, it.next()) }
    },
    steps: () => steps,
  }
}

test('renderInBackground: the text is renderText, whenever finish() is called (at once, midway, after the last piece, after stop())', async (t) => {
  const p = plan()
  const want = renderText(p)
  t.true(want.length > 262144 * 1.5)
  // at once
  t.is(_.renderInBackground(p, renderTextPieces).finish().join(''), want)
  // midway: some turns pass (the transaction's pieces are written meanwhile)
  const mid = _.renderInBackground(p, renderTextPieces)
  t.is(mid.plan, p)
  for (let i = 0; i < 5; i++) await turn()
  t.is(mid.finish().join(''), want)
  // after every piece was made in the background, in pieces of at least 256 Ki characters but the last
  const all = _.renderInBackground(p, renderTextPieces, 500)
  for (let i = 0; i < 20; i++) await turn()
  const pieces = all.finish()
  t.is(pieces.join(''), want)
  t.true(pieces.length >= 2 && pieces.slice(0, -1).every((x) => x.length >= 262144), pieces.map((x) => x.length).join(' '))
  // stopped (another plan was sent): still the whole text when asked
  const stopped = _.renderInBackground(p, renderTextPieces)
  await turn()
  stopped.stop()
  for (let i = 0; i < 3; i++) await turn()
  t.is(stopped.finish().join(''), want)
})

test('renderInBackground: a few entries per event-loop turn, not the whole plan at once; nothing after stop()', async (t) => {
  const p = plan()
  const c = counted()
  const b = _.renderInBackground(p, c.render, 25)
  // nothing before the first turn: the caller sends its transaction first
  t.is(c.steps(), 0)
  await turn()
  await turn()
  await turn()
  // a step per turn, give or take the turn the first one was scheduled in
  t.true(c.steps() >= 2 && c.steps() <= 4, String(c.steps()))
  b.stop()
  const at = c.steps()
  for (let i = 0; i < 5; i++) await turn()
  t.is(c.steps(), at)
  t.is(b.finish().join(''), renderText(p))
})
