#!/usr/bin/env node
/**
 * The `ovn-nb` command: dispatches to a subcommand.
 *
 * @module
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * A subcommand: its one-line summary and how to run it with the arguments after its
 * name; resolves with the exit code.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Command } from './main.js'
 * const hello: Command = { summary: 'say hello', run: async () => (console.log('hello'), 0) }
 */
export interface Command {
  readonly summary: string
  readonly run: (argv: ReadonlyArray<string>) => Promise<number>
}

/**
 * The subcommands of `ovn-nb`, by name.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { commands } from './main.js'
 * Object.keys(commands) // ['gen', ...]
 */
// each command's module is imported when it runs, not when the CLI starts: `ovn-nb
// --help` and `ovn-nb status` do not load the plan engine, the DSL or the generated
// model that other commands need
export const commands: Readonly<Record<string, Command>> = {
  gen: { summary: 'generate a typed model from an .ovsschema file or a server', run: async (argv) => (await import('./gen.js')).genMain(argv) },
  plan: { summary: 'show what apply would change to make the database hold a desired state', run: async (argv) => (await import('./plan.js')).planMain(argv) },
  apply: { summary: 'make the database hold the desired state a .ts/.js module exports', run: async (argv) => (await import('./apply.js')).applyMain(argv) },
  destroy: { summary: 'remove every row of an owner (other writers\' rows, and ours that hold them, kept)', run: async (argv) => (await import('./destroy.js')).destroyMain(argv) },
  export: { summary: 'print the network the database holds as a topology (plain data, JSON or TypeScript)', run: async (argv) => (await import('./export.js')).exportMain(argv) },
  status: { summary: 'database model, leader, schema and northd progress (CNI STATUS)', run: async (argv) => (await import('./status.js')).statusMain(argv) },
}

const usage = (): string =>
  `usage: ovn-nb <command> [arguments]\n\ncommands:\n${Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
    .join('\n')}\n\nRun "ovn-nb <command> --help" for a command's options.\n`

/**
 * Runs `ovn-nb` with its arguments (without `node` and the script); resolves with the
 * exit code.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { runCli } from './main.js'
 * const code = await runCli(['gen', '--help']) // 0
 */
export const runCli = async (argv: ReadonlyArray<string>): Promise<number> => {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(usage())
    return name === undefined ? 2 : 0
  }
  const c = Object.prototype.hasOwnProperty.call(commands, name) ? commands[name] : undefined
  if (c === undefined) {
    process.stderr.write(`ovn-nb: unknown command "${name}"\n${usage()}`)
    return 2
  }
  return c.run(rest)
}

const invokedDirectly = (): boolean => {
  const script = process.argv[1]
  if (script === undefined) return false
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

// resolves once what was written to `s` has been handed to the kernel. Writes to a pipe
// are asynchronous in Node: exiting with a large plan still queued cut `ovn-nb apply |
// less` after the first 64 KB. A write's callback runs after every earlier write's
const flushed = (s: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => {
    if (s.writableLength === 0 || s.destroyed) return resolve()
    s.once('error', () => resolve())
    s.write('', () => resolve())
  })

if (invokedDirectly()) {
  // taken before any user module loads: a module may replace process.exit
  const exit = process.exit.bind(process)
  const { stdout, stderr } = process
  // a reader that went away (\`ovn-nb plan | head\`: EPIPE) is no failure of the command,
  // and no crash: what is left to print is dropped, the exit status stays the command's
  for (const s of [stdout, stderr]) s.on('error', () => undefined)
  const code = await runCli(process.argv.slice(2))
  await Promise.all([flushed(stdout), flushed(stderr)])
  // exit now rather than when the event loop drains: a user module's timers, sockets or
  // never-settling work must not keep a finished (or timed-out) command alive
  exit(code)
}
