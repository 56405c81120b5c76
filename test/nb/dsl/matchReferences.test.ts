import test from 'ava'
import fc from 'fast-check'
import { matchReferences } from '../../../src/nb/dsl/checks.js'

// matchReferences scans by hand (issue 15: the DSL's cold build cost); it must find what
// the regexes it replaced found: quoted strings skipped, then $NAME and @NAME, unique, sorted.
const byRegex = (match: string): { addressSets: string[]; portGroups: string[] } => {
  const unquoted = match.replace(/"(?:[^"\\]|\\.)*"/g, '""')
  const names = (sigil: string) => [...new Set([...unquoted.matchAll(new RegExp(`\\${sigil}([A-Za-z_][A-Za-z0-9_.]*)`, 'g'))].map((m) => m[1]!))].sort()
  return { addressSets: names('$'), portGroups: names('@') }
}

test('matchReferences finds what the regexes found, on generated texts of quotes, escapes, sigils and names', (t) => {
  const piece = fc.constantFrom('$', '@', '"', '\\', '\n', '\r', '\u2028', ' ', 'a', 'B', '_', '1', '.', 'pg1', 'as_2', 'x.y', '$$', '@@', '==', '"a\\"b"', '{', '}', '&&')
  const text = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(''))
  let found = 0
  fc.assert(
    fc.property(text, (m) => {
      const r = matchReferences(m)
      const o = byRegex(m)
      if (o.addressSets.length + o.portGroups.length > 0) found++
      t.deepEqual({ addressSets: [...r.addressSets], portGroups: [...r.portGroups] }, o, JSON.stringify(m))
    }),
    { numRuns: 5000 },
  )
  t.true(found > 500, `texts with names ${found}`)
  // a backslash does not escape a line terminator (the regex's `.`): the quote stays open, names after it count
  for (const m of ['"\\\n$a"', '"\\\r@b" $c', '"\\\u2028$a"', '"\\\u2029@b"', '"\\"$a"'])
    t.deepEqual({ ...matchReferences(m) }, byRegex(m), JSON.stringify(m))
  t.deepEqual(matchReferences('"\\\n$a"').addressSets, ['a'])
  t.deepEqual(matchReferences('outport == @pg1 && ip4.src == {$as_b, $as_a, $as_b} && ct.label == "@not $this"'), { addressSets: ['as_a', 'as_b'], portGroups: ['pg1'] })
})
