import test from 'ava'
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

// Every example is type-checked by the build (tsconfig includes examples/) and run here.
const dir = join(process.cwd(), 'dist', 'examples')
const examples = readdirSync(dir).filter((f) => f.endsWith('.js'))

// What each example must print to count as having done its job.
const expected: Readonly<Record<string, ReadonlyArray<RegExp>>> = {
  'demo.js': [/databases: .*OVN_Northbound/, /Logical_Switch_Port .* indexed by name/, /transact: created switch/, /monitor update3: Logical_Switch /, /refused before sending: .*no column "nmae"/],
}

test('there are examples to run', (t) => {
  t.true(examples.includes('demo.js'))
})

for (const file of examples) {
  test(`examples/${file.replace(/\.js$/, '.ts')} runs to completion`, (t) => {
    const r = spawnSync(process.execPath, [join(dir, file)], { encoding: 'utf8', timeout: 60000 })
    t.is(r.status, 0, r.stderr)
    t.true(r.stdout.length > 0)
    t.notRegex(r.stdout + r.stderr, /failed|Error:/)
    for (const re of expected[file] ?? []) t.regex(r.stdout, re)
  })
}
