import test from 'ava'
import { spawn } from 'node:child_process'
import { startOvsdb } from '../support/ovsdb.js'
import { BIN, runBin, tempFiles } from './support.js'

// A plan larger than a pipe's buffer (64 KB): Node writes to a pipe asynchronously, and
// the CLI exits on its own (process.exit) once the command is done; the whole plan must
// reach a reader such as `ovn-nb plan | less` before it does.
test('plan and apply through a pipe: a plan of several hundred KB reaches the reader whole', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(files.remove)
  const n = 1500
  const ports = Array.from({ length: n }, (_, i) => ({ table: 'Logical_Switch_Port', id: `lsp:${i}`, columns: { name: `pipe-port-${i}`, addresses: ['set', [`0a:00:00:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')} dynamic`]] } }))
  const state = { owner: 'pipe', rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: 'pipe-sw', ports: ['set', ports.map((p) => ['ref', p.id])] } }, ...ports] }
  const file = files.write('state.json', JSON.stringify(state))
  for (const command of ['plan', 'apply']) {
    const r = await runBin([command, file, '--db', server.unix], { killAfterMs: 60000 })
    t.false(r.killed)
    t.is(r.code, command === 'plan' ? 2 : 0, r.err)
    t.true(r.out.length > 200_000, `${command}: ${r.out.length} bytes`)
    // every row's entry, in order, and the lines that end the output
    t.is(r.out.match(/^\+ Logical_Switch_Port /gm)?.length, n)
    t.regex(r.out, command === 'plan' ? /\nPlan: 1501 to add, 0 to change, 0 to destroy\.\n$/ : /\nPlan: 1501 to add, 0 to change, 0 to destroy\.\nApplied: \d+ operations in one transaction\.\n$/)
  }
})

// `ovn-nb plan | head -1`: the reader goes away while the plan is being written (EPIPE)
test('a reader that goes away early is no crash: no stack on stderr, the exit status is the command\'s', async (t) => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const files = tempFiles()
  t.teardown(files.remove)
  const switches = Array.from({ length: 1500 }, (_, i) => ({ table: 'Logical_Switch', id: `ls:${i}`, columns: { name: `early-${i}`, other_config: ['map', [['subnet', '10.0.0.0/24']]] } }))
  const file = files.write('state.json', JSON.stringify({ owner: 'early', rows: switches }))
  const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'plan', file, '--db', server.unix], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    const guard = setTimeout(() => child.kill('SIGKILL'), 60000)
    // the first bytes read, the reading end is closed
    child.stdout.once('data', () => child.stdout.destroy())
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('close', (code) => {
      clearTimeout(guard)
      resolve({ code, err })
    })
  })
  t.is(r.err.slice(0, 300), '')
  t.is(r.code, 2)
})
