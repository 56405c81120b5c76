/**
 * `ovn-nb apply FILE [--db REMOTE] [--owner NAME] [--json] [--wait sb|hv] [--cascade]
 * [--adopt | --adopt-from OWNER,...] [--timeout SECONDS] [TLS options]`: makes the Northbound database hold the desired state FILE
 * exports, and prints the plan it applied. `ovn-nb apply PLAN.json [--db REMOTE] [--json]`:
 * applies a plan saved by `ovn-nb plan --out`, exactly, or nothing when the database
 * moved since (see `saved.ts`). Exit status: 0 applied (or nothing to do), 1 error.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { CliIO } from './load.js'
import { connectionUsage } from './options.js'
import { adoptArgs, adoptOption, adoptUsage } from './adopt.js'
import { connectionArgs, connectionOptions } from './options.js'
import type { Plan } from '../plan/plan.js'
import type { SavedPlan } from '../plan/saved.js'
import type { BackgroundText } from './background.js'
import type { Source } from './source.js'

const USAGE = `usage: ovn-nb apply FILE [--db REMOTE] [--owner NAME] [--json] [--wait sb|hv] [--wait-timeout MS] [--cascade] [--adopt | --adopt-from OWNER,...]
                    [--timeout SECONDS] [TLS options]

Makes the Northbound database hold the desired state that FILE (a .ts or .js module)
exports by default — a desired state { owner, rows }, a topology (anything with
toDesired()), or a function returning one — and prints the plan it applied. Rows of the
owner that the state no longer holds are deleted — unless they hold rows of other
writers, which would go with them: those are kept and reported — and rows and map keys
of others are never touched.
A cluster member that is not connected to a leader (no quorum) is not written to.

${connectionUsage('in turn')}
  --owner NAME            the owner marking the rows (overrides the module's)
  --json                  the result as JSON: { plan, operations, attempts, created, nbCfg }
  --wait sb|hv            wait until ovn-northd (sb) or the chassis too (hv) have caught up
  --wait-timeout MS       how long to wait (default 30000), on top of --timeout
  --cascade               delete rows of the owner even when they hold rows of other writers
                          (the plan lists each such row under the delete that takes it)
${adoptUsage}

With PLAN.json, a plan saved by "ovn-nb plan FILE --out PLAN.json" (told by its content):
applies exactly its operations, in one transaction guarded by every row the plan read,
or refuses (status 1, nothing changed, the rows that changed named) when the database
moved since, or is another one. --owner, --cascade, --adopt, --wait do not apply to it.

Exit status: 0 applied (or nothing to do), 1 error (one line on stderr). After a
timeout, whether a transaction that was sent committed is unknown: "ovn-nb plan" tells.
`

const waitTimeout = (v: string | boolean | undefined): number => (typeof v === 'string' ? Number(v) : 30000)

/**
 * Runs `ovn-nb apply` with its arguments; resolves with the exit status.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { applyMain } from './apply.js'
 * import { nodeIO } from './load.js'
 * const code = await applyMain(['topology.ts', '--db', 'unix:/run/ovn/ovnnb_db.sock', '--wait', 'sb'], nodeIO)
 */
export const applyMain = async (argv: ReadonlyArray<string>, given?: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  if (argv.includes('--help') || argv.includes('-h')) {
    if (given !== undefined) given.stdout(USAGE)
    else process.stdout.write(USAGE)
    return 0
  }
  // the engine and the NB model are loaded only now: \`--help\` needs none of them; the
  // DSL, the formatter of every library error and the saved-plan codecs only when needed
  // the engine is awaited only once connected: the server answers the connection's
  // requests (schema, cluster membership) while the engine's modules load and FILE is read
  const engine = Promise.all([import('../apply/apply.js'), import('../plan/render.js'), import('./background.js')])
  engine.catch(() => undefined) // awaited below; a load failure is reported there
  const [{ runDesiredCommand }, { nodeIO, parseCommandArgs }, { readSource }] = await Promise.all([import('./command.js'), import('./load.js'), import('./source.js')])
  const io = given ?? nodeIO
  const check = (values: Readonly<Record<string, string | boolean | undefined>>): string | undefined => {
    const w = values['wait']
    if (w !== undefined && w !== 'sb' && w !== 'hv') return '--wait takes sb or hv'
    const ms = waitTimeout(values['wait-timeout'])
    if (!(Number.isInteger(ms) && ms > 0)) return '--wait-timeout takes a positive number of milliseconds'
    const a = adoptOption(values)
    return E.isLeft(a) ? a.left : undefined
  }
  const extra = { wait: { type: 'string' }, 'wait-timeout': { type: 'string' }, cascade: { type: 'boolean' }, ...adoptArgs } as const
  // a saved plan is told by its content, before anything is loaded or connected; the file
  // is read once, and a .json desired state loaded from that read
  const parsed = parseCommandArgs(argv, { ...connectionArgs, owner: { type: 'string' }, json: { type: 'boolean' }, ...extra })
  let source: Source | undefined
  if (E.isRight(parsed) && parsed.right.positionals.length === 1) {
    source = await readSource(parsed.right.positionals[0]!)
    if (source._tag === 'Saved') return applySavedMain(source.saved, parsed.right.values, io, env)
  }
  return runDesiredCommand(
    'apply',
    argv,
    io,
    extra,
    async ({ desired, connection, json, values }, run) => {
      const [{ apply }, { renderTextPieces }, { renderInBackground }] = await engine
      const waitTimeoutMs = waitTimeout(values['wait-timeout'])
      const wait = values['wait'] === 'sb' || values['wait'] === 'hv' ? values['wait'] : 'none'
      // waiting for northd has its own bound, on top of the time to read and commit
      if (wait !== 'none') run.extend(waitTimeoutMs)
      run.phase(`applying to ${connection.client.remote} (if the transaction was sent, whether it committed is unknown: "ovn-nb plan" tells)`)
      const adopt = adoptOption(values)
      // the plan's text is made while the server commits its transaction, and printed
      // only once it committed (see background.ts); JSON output has no text to make
      let text: BackgroundText | undefined
      const onSend = json ? undefined : (plan: Plan): void => {
        text?.stop()
        text = renderInBackground(plan, renderTextPieces)
      }
      const r = await apply(connection.client, desired, { wait, waitTimeoutMs, read: 'scoped', cascade: values['cascade'] === true, ...(E.isRight(adopt) && adopt.right !== undefined ? { adopt: adopt.right } : {}), comment: `ovn-nb apply by ${desired.owner}`, ...(onSend !== undefined ? { onSend } : {}) })()
      if (E.isLeft(r)) {
        text?.stop()
        const { errorToJson, formatError } = await import('../errors.js')
        run.io.stderr(`ovn-nb apply: ${formatError(r.left)}\n`)
        // for programs: the error as data, everything it lists (every conflicting row)
        if (json) run.io.stdout(`${JSON.stringify({ error: errorToJson(r.left) }, null, 2)}\n`)
        return 1
      }
      const { plan, operations, attempts, created, nbCfg } = r.right
      if (json)
        run.io.stdout(`${JSON.stringify({ plan, operations, attempts, created: Object.fromEntries(created), ...(nbCfg !== undefined ? { nbCfg } : {}) }, null, 2)}\n`)
      else {
        // written piece by piece: one 5 MB string of W10k's plan is not needed
        for (const piece of text !== undefined && text.plan === plan ? text.finish() : renderTextPieces(plan)) run.io.stdout(piece)
        run.io.stdout('\n')
        if (operations > 0)
          run.io.stdout(
            `Applied: ${operations} operations in one transaction${attempts > 1 ? ` (attempt ${attempts})` : ''}${nbCfg !== undefined ? `; ${wait === 'hv' ? 'the chassis have' : 'ovn-northd has'} caught up with nb_cfg ${nbCfg}` : ''}.\n`,
          )
      }
      return 0
    },
    check,
    env,
    source,
  )
}

/** `ovn-nb apply PLAN.json`: a saved plan, checked before any I/O, applied exactly or not at all. */
const applySavedMain = async (
  saved: E.Either<string, SavedPlan>,
  values: Readonly<Record<string, string | boolean | undefined>>,
  io: CliIO,
  env: NodeJS.ProcessEnv,
): Promise<number> => {
  const fail = (line: string): number => {
    io.stderr(`ovn-nb apply: ${line}\n`)
    return 1
  }
  if (E.isLeft(saved)) return fail(saved.left)
  const [{ applySaved, formatSavedApplyError }, { connectFirst }, { runWithin }, { renderText }] = await Promise.all([
    import('./saved.js'),
    import('./connect.js'),
    import('./run.js'),
    import('../plan/render.js'),
  ])
  const ignored = ['owner', 'cascade', 'adopt', 'adopt-from', 'wait', 'wait-timeout'].filter((k) => values[k] !== undefined)
  if (ignored.length > 0) return fail(`${ignored.map((k) => `--${k}`).join(', ')}: a saved plan is applied as it was made (make it again with ovn-nb plan --out to change that)`)
  const options = await connectionOptions(values, env)
  if (E.isLeft(options)) return fail(options.left)
  const plan = saved.right.plan
  return runWithin('apply', io, { timeoutMs: options.right.timeoutMs, verbose: options.right.verbose }, async (run) => {
    const connection = await connectFirst(options.right, run, true)
    if (E.isLeft(connection)) return fail(connection.left)
    try {
      run.phase(`applying a saved plan to ${connection.right.client.remote} (if the transaction was sent, whether it committed is unknown: "ovn-nb plan" tells)`)
      const r = await applySaved(connection.right.client, connection.right.schema, saved.right)
      if (E.isLeft(r)) {
        run.io.stderr(`ovn-nb apply: ${formatSavedApplyError(r.left)}\n`)
        return 1
      }
      const { operations, created } = r.right
      if (values['json'] === true) run.io.stdout(`${JSON.stringify({ plan, operations, attempts: operations > 0 ? 1 : 0, created: Object.fromEntries(created) }, null, 2)}\n`)
      else {
        run.io.stdout(`${renderText(plan)}\n`)
        if (operations > 0) run.io.stdout(`Applied the saved plan: ${operations} operations in one transaction, guarded by ${saved.right.reads.length} reads.\n`)
      }
      return 0
    } finally {
      await connection.right.client.close()()
    }
  })
}
