import test from 'ava'
import { nbctl, startOvsdb } from '../support/ovsdb.js'
import { runBin, tempFiles } from './support.js'

const ONE_LINE = /^ovn-nb (plan|apply): [^\n]+\n$/
const STACK = /\n\s+at /
const STATE = `{ owner: 'm', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'sw-m' } }] }`

test('a module that never settles (default export, returned promise, top-level await): exit 1 and one line once --timeout has passed', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const cases: Array<[string, string]> = [
    ['promise.js', 'export default new Promise(() => {})\n'],
    ['function.ts', 'export default async (): Promise<never> => new Promise(() => {})\n'],
    ['toplevel.mjs', 'await new Promise(() => {})\nexport default {}\n'],
    // a timer that keeps the event loop busy does not change anything
    ['interval.js', 'setInterval(() => {}, 50)\nexport default () => new Promise(() => {})\n'],
  ]
  const runs = await Promise.all(
    cases.flatMap(([name, text], i) =>
      (i === 0 ? ['plan', 'apply'] : ['plan']).map(async (cmd) => ({ cmd, name, r: await runBin([cmd, files.write(name, text), '--db', server.unix, '--timeout', '1']) })),
    ),
  )
  for (const { cmd, name, r } of runs) {
    t.false(r.killed, `${cmd} ${name}`)
    t.is(r.code, 1, `${cmd} ${name}`)
    t.regex(r.err, ONE_LINE, `${cmd} ${name}`)
    t.true(r.err.endsWith(`: timed out after 1 s while loading ${files.dir}/${name} (--timeout)\n`), `${cmd} ${name}: ${r.err}`)
    t.is(r.out, '', `${cmd} ${name}`)
  }
})

test("the module's own errors are one line naming the FILE, with the stack only under --verbose", async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const cases: Array<[string, string, string]> = [
    ['sync.js', 'throw new Error("no config here")\n', 'cannot load: no config here'],
    ['fn-sync.ts', 'export default (): never => { throw new Error("sync boom") }\n', 'the default export threw: sync boom'],
    ['fn-async.mjs', 'export default async () => { await null; throw new Error("async boom") }\n', 'the default export threw: async boom'],
    ['rejected.js', 'export default Promise.reject(new TypeError("rejected boom"))\n', 'the default export threw: rejected boom'],
    ['stray.mjs', `Promise.reject(new Error("stray boom"))\nexport default () => new Promise((r) => setTimeout(() => r(${STATE}), 200))\n`, 'unhandled promise rejection: stray boom'],
    ['timer.js', `setTimeout(() => { throw new Error("timer boom") }, 0)\nexport default () => new Promise((r) => setTimeout(() => r(${STATE}), 200))\n`, 'uncaught exception: timer boom'],
  ]
  const runs = await Promise.all(
    cases.map(async ([name, text, message], i) => {
      const file = files.write(name, text)
      // the same under --verbose, with the stack (apply, for a thrown and a stray error)
      const [plan, verbose] = await Promise.all([
        runBin(['plan', file, '--db', server.unix]),
        i === 2 || i === 4 ? runBin(['apply', file, '--db', server.unix, '--verbose']) : undefined,
      ])
      return { name, file, message, plan, verbose }
    }),
  )
  for (const { name, file, message, plan: r, verbose: v } of runs) {
    t.false(r.killed, name)
    t.is(r.code, 1, name)
    t.is(r.err, `ovn-nb plan: ${file}: ${message}\n`, name)
    t.is(r.out, '', name)
    if (v === undefined) continue
    t.is(v.code, 1, name)
    t.true(v.err.startsWith(`ovn-nb apply: ${file}: ${message}\n`), `${name}: ${v.err}`)
    t.regex(v.err, STACK, name)
    t.true(v.err.includes(name), name)
  }
  // none of them wrote anything
  t.is(nbctl(server, 'ls-list').trim(), '')
})

test('process.exit(0) inside the module does not end the command with success: exit 1 and one line, nothing applied', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const cases: Array<[string, string, RegExp]> = [
    ['top.mjs', 'process.exit(0)\n', /process\.exit\(0\) called while loading/],
    ['fn.js', `export default () => { process.exit(0); return ${STATE} }\n`, /process\.exit\(0\) called while loading/],
    ['no-code.js', `export default async () => { await null; process.exit(); return ${STATE} }\n`, /process\.exit\(\) called while loading/],
    // later, from a timer, while the command connects and plans (the state itself is fine)
    ['later.js', `export default () => { setTimeout(() => process.exit(0), 0); return new Promise((r) => setImmediate(() => r(${STATE}))) }\n`, /process\.exit\(0\) called while /],
  ]
  const runs = await Promise.all(
    cases.flatMap(([name, text, message]) => {
      const file = files.write(name, text)
      return (name === 'later.js' ? ['plan', 'apply'] : ['plan']).map(async (cmd) => ({ cmd, name, file, message, r: await runBin([cmd, file, '--db', server.unix]) }))
    }),
  )
  for (const { cmd, name, file, message, r } of runs) {
    t.false(r.killed, `${cmd} ${name}`)
    t.is(r.code, 1, `${cmd} ${name}: ${r.out}`)
    t.regex(r.err, ONE_LINE, `${cmd} ${name}`)
    t.true(r.err.startsWith(`ovn-nb ${cmd}: ${file}: process.exit(`), `${cmd} ${name}: ${r.err}`)
    t.regex(r.err, message, `${cmd} ${name}`)
    t.regex(r.err, /a module must export the desired state, not end the process/, `${cmd} ${name}`)
  }
  t.is(nbctl(server, 'ls-list').trim(), '')
})

test("a module's leftover timers do not keep the finished command alive", async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles(true)
  t.teardown(() => files.remove())
  const file = files.write('busy.js', `setInterval(() => {}, 1000)\nexport default ${STATE}\n`)
  const r = await runBin(['apply', file, '--db', server.unix], { killAfterMs: 10000 })
  t.false(r.killed)
  t.is(r.code, 0, r.err)
  t.regex(r.out, /\+ Logical_Switch sw-m\n/)
})
