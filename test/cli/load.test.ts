import test from 'ava'
import { nodeIO } from '../../src/cli/load.js'

// what nodeIO hands process.stdout.write / process.stderr.write, the writes themselves kept from the terminal
const written = (f: () => void): ReadonlyArray<unknown> => {
  const seen: unknown[] = []
  const { stdout, stderr } = process
  const out = stdout.write.bind(stdout)
  const err = stderr.write.bind(stderr)
  stdout.write = ((chunk: unknown) => (seen.push(chunk), true)) as typeof stdout.write
  stderr.write = ((chunk: unknown) => (seen.push(chunk), true)) as typeof stderr.write
  try {
    f()
  } finally {
    stdout.write = out
    stderr.write = err
  }
  return seen
}

// W10k's 5 MB plan waited for the reader as strings (trees of concatenated pieces), which
// every scavenge copied again: a large text goes as its bytes, outside the heap
test('nodeIO writes a large text as its UTF-8 bytes (the same bytes), and a small one as it is', (t) => {
  const large = `+ Logical_Switch_Port é-${'x'.repeat(20000)}\n`
  const [a, b, c, d] = written(() => {
    nodeIO.stdout(large)
    nodeIO.stdout('small\n')
    nodeIO.stderr(large)
    nodeIO.stderr('one line\n')
  })
  t.true(Buffer.isBuffer(a))
  t.is((a as Buffer).toString('utf8'), large)
  t.is(b, 'small\n')
  t.true(Buffer.isBuffer(c))
  t.is((c as Buffer).toString('utf8'), large)
  t.is(d, 'one line\n')
})
