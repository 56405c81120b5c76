import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/scope.js'

// declareEach defers a batch of declarations to the first lookup of their kind (a topology
// of values looks up no name, and declared every port of its switches). What is found must
// be what declaring each name at once, in the same order, gives: values, refusals (a
// refused switch's ports), ambiguities (two different ports under one name), across kinds.

type Step = { readonly batch: boolean; readonly kind: _.RefKind; readonly items: ReadonlyArray<{ readonly name: unknown; readonly v: number | undefined }> }

const kind = fc.constantFrom<_.RefKind>('switchPort', 'dhcpOptions')
const item = fc.record({ name: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.constant(7 as unknown)), v: fc.option(fc.constantFrom(1, 2), { nil: undefined }) })
const step: fc.Arbitrary<Step> = fc.record({ batch: fc.boolean(), kind, items: fc.array(item, { maxLength: 4 }) })
const equals = (a: unknown, b: unknown): boolean => (a as { v: number }).v === (b as { v: number }).v

// a value: an object carrying its name (what declareEach reads), equal by `v`
const value = (x: Step['items'][number]) => (x.v === undefined ? undefined : { name: x.name, v: x.v })

const resolveAll = (s: _.Scope) => {
  const out: string[] = []
  for (const k of ['switchPort', 'dhcpOptions'] as const)
    for (const n of ['a', 'b', 'c']) {
      const r = s.resolve(k, n)
      out.push(`${k}:${n}:${r._tag}:${r._tag === 'Found' ? (r.value as { v: number }).v : ''}`)
    }
  return out
}

test('declareEach, deferred to the first lookup, finds what declaring each name at once finds', (t) => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 8 }), fc.nat(8), (steps, lookAt) => {
      const eager = new _.Scope()
      const lazy = new _.Scope()
      const early: string[][] = []
      steps.forEach((s, i) => {
        for (const x of s.items) if (typeof x.name === 'string') eager.declare(s.kind, x.name, value(x), equals)
        // a batch takes values only (a refused switch's ports are declared one by one)
        if (s.batch && s.items.every((x) => x.v !== undefined)) lazy.declareEach(s.kind, s.items.map(value) as Array<{ name: unknown }>, equals)
        else for (const x of s.items) if (typeof x.name === 'string') lazy.declare(s.kind, x.name, value(x), equals)
        // a lookup in the middle makes what was deferred, then later declarations go on
        if (i === lookAt) early.push(resolveAll(eager), resolveAll(lazy))
      })
      if (early.length > 0) t.deepEqual(early[1], early[0])
      t.deepEqual(resolveAll(lazy), resolveAll(eager))
    }),
    { numRuns: 500 },
  )
})

test('declareEach: its names resolve when looked up; names of another kind do not wait for it', (t) => {
  const s = new _.Scope()
  const port = { name: 'p', v: 1 }
  s.declareEach('switchPort', [port], equals)
  s.declare('dhcpOptions', 'k', { v: 2 }, equals)
  // another kind is not made to wait for it
  t.deepEqual(s.resolve('dhcpOptions', 'k'), { _tag: 'Found', value: { v: 2 } })
  t.deepEqual(s.resolve('switchPort', 'p'), { _tag: 'Found', value: port })
  t.deepEqual(s.resolve('switchPort', 'q'), { _tag: 'Unknown' })
})
