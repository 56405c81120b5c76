/**
 * What the package tests share: commands run in temporary directories with a deadline
 * (so a stuck npm cannot hang the suite), a fresh clone of this repository, and
 * consumer projects that install the package the way a user would.
 */
import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The repository under test: ava runs from its root. */
export const ROOT = resolve('.')

export interface Run {
  readonly code: number | null
  /** Set when the deadline killed the command: it hung. Not a timing assertion. */
  readonly killed: boolean
  readonly out: string
  readonly err: string
}

// The suite may run under `npm test`, whose npm_* variables (the lifecycle event, the
// package's own config) and node_modules/.bin in PATH would leak into the consumer's
// npm and npx: they run as a user's would, with neither.
const cleanEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'OVN_NB_DB' && k !== 'INIT_CWD') env[k] = v
  env['PATH'] = (process.env['PATH'] ?? '')
    .split(':')
    .filter((p) => !p.includes('node_modules/.bin'))
    .join(':')
  env['NO_UPDATE_NOTIFIER'] = '1'
  return env
}

/**
 * Runs a command in `cwd`. It runs in its own process group so that the deadline ends
 * the command and what it started (npm runs scripts and git in children), by the id of
 * the group this call made.
 */
export const run = (cmd: string, args: ReadonlyArray<string>, cwd: string, deadlineMs = 60000): Promise<Run> =>
  new Promise((done) => {
    const child = spawn(cmd, [...args], { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let out = ''
    let err = ''
    let killed = false
    const guard = setTimeout(() => {
      killed = true
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    }, deadlineMs)
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', (e) => (err += String(e)))
    child.on('close', (code) => {
      clearTimeout(guard)
      done({ code, killed, out, err })
    })
  })

/** Runs a command that must succeed; rejects with its output otherwise. */
export const must = async (cmd: string, args: ReadonlyArray<string>, cwd: string, deadlineMs?: number): Promise<string> => {
  const r = await run(cmd, args, cwd, deadlineMs)
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}): exit ${r.code}${r.killed ? ' (killed at the deadline)' : ''}\n${r.err}${r.out}`)
  return r.out
}

const GIT_ID = ['-c', 'user.name=ovn-nb tests', '-c', 'user.email=tests@ovn-nb.invalid']

/**
 * A fresh `git clone` of the repository, holding what its working tree holds: changes
 * not yet committed (modified, new, deleted files, as git sees them) are copied in and
 * committed in the clone, so the test checks the code under test, and a git install
 * from the clone gets the same. No build output comes along (dist/ is ignored).
 */
export const freshClone = async (into: string): Promise<string> => {
  await must('git', ['clone', '-q', ROOT, into], dirname(into))
  const changed = (await must('git', ['ls-files', '-z', '--modified', '--deleted', '--others', '--exclude-standard'], ROOT)).split('\0').filter((p) => p !== '' && p !== 'node_modules')
  for (const p of new Set(changed)) {
    const stat = await fs.lstat(join(ROOT, p)).catch(() => undefined)
    if (stat === undefined) await fs.rm(join(into, p), { force: true })
    else if (stat.isFile()) {
      await fs.mkdir(dirname(join(into, p)), { recursive: true })
      await fs.copyFile(join(ROOT, p), join(into, p))
    }
  }
  await must('git', ['add', '-A'], into)
  if ((await must('git', ['status', '--porcelain'], into)) !== '') await must('git', [...GIT_ID, 'commit', '-qm', 'the working tree under test'], into)
  return into
}

/** A consumer project: an empty package, CommonJS or ESM, with one file per entry. */
export const project = async (dir: string, type: 'commonjs' | 'module', files: Readonly<Record<string, string>>): Promise<string> => {
  await fs.mkdir(dir, { recursive: true })
  await fs.writeFile(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${type}`, version: '1.0.0', private: true, type }, null, 2))
  for (const [name, text] of Object.entries(files)) await fs.writeFile(join(dir, name), text)
  return dir
}

/**
 * Installs packages into a project as a user would. `--prefer-offline` uses npm's cache
 * where it has the packages and the registry otherwise.
 */
export const npmInstall = (dir: string, specs: ReadonlyArray<string>, deadlineMs = 150000): Promise<string> =>
  must('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...specs], dir, deadlineMs)
