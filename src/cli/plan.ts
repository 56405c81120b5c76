/**
 * `ovn-nb plan FILE [--db REMOTE] [--owner NAME] [--json] [--cascade] [--adopt |
 * --adopt-from OWNER,...] [--out PLAN.json] [--timeout SECONDS] [TLS options]`: what `apply` would
 * change, without changing anything; with `--out`, the plan saved with what it read,
 * for `ovn-nb apply PLAN.json` (see `saved.ts`). Exit status: 0
 * nothing to do, 2 changes, 1 error.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { CliIO } from './load.js'
import { connectionUsage } from './options.js'
import { adoptArgs, adoptOption, adoptUsage } from './adopt.js'

const USAGE = `usage: ovn-nb plan FILE [--db REMOTE] [--owner NAME] [--json] [--cascade] [--adopt | --adopt-from OWNER,...] [--out PLAN.json]
                   [--timeout SECONDS] [TLS options]

Prints what "ovn-nb apply" would change in the Northbound database to make it hold the
desired state that FILE (a .ts or .js module) exports by default: a desired state
{ owner, rows }, a topology (anything with toDesired()), or a function returning one.
A cluster member that is not connected to a leader (no quorum) is not planned from.

${connectionUsage('in turn')}
  --owner NAME            the owner marking the rows (overrides the module's)
  --json                  the plan as JSON
  --cascade               delete rows of the owner even when they hold rows of other writers
                          (listed under each delete); without it such rows are kept and reported
${adoptUsage}
  --out PLAN.json         also save the plan, with every row it read, for "ovn-nb apply PLAN.json":
                          that applies exactly these operations, or nothing if any of those rows,
                          or the database itself, changed since

Exit status: 0 nothing to do, 2 changes to make, 1 error (one line on stderr).
`

/**
 * Runs `ovn-nb plan` with its arguments; resolves with the exit status.
 *
 * @category commands
 * @since 0.1.0
 * @example
 * import { planMain } from './plan.js'
 * import { nodeIO } from './load.js'
 * const code = await planMain(['topology.ts', '--db', 'unix:/run/ovn/ovnnb_db.sock'], nodeIO) // 0 or 2
 */
export const planMain = async (argv: ReadonlyArray<string>, given?: CliIO, env: NodeJS.ProcessEnv = process.env): Promise<number> => {
  if (argv.includes('--help') || argv.includes('-h')) {
    if (given !== undefined) given.stdout(USAGE)
    else process.stdout.write(USAGE)
    return 0
  }
  // the engine and the NB model are loaded only now: \`--help\` needs none of them; the
  // DSL and the formatter of every library error only when needed
  const [{ apply }, { renderJson, renderText }, { runDesiredCommand }, { nodeIO }] = await Promise.all([
    import('../apply/apply.js'),
    import('../plan/render.js'),
    import('./command.js'),
    import('./load.js'),
  ])
  const errors = () => import('../errors.js')
  const io = given ?? nodeIO
  const check = (values: Readonly<Record<string, string | boolean | undefined>>): string | undefined => {
    if (values['out'] === '') return '--out needs a file name'
    const a = adoptOption(values)
    return E.isLeft(a) ? a.left : undefined
  }
  return runDesiredCommand('plan', argv, io, { cascade: { type: 'boolean' }, out: { type: 'string' }, ...adoptArgs }, async ({ desired, connection, json, values }, run) => {
    run.phase(`reading the database from ${connection.client.remote}`)
    const adopt = adoptOption(values)
    const out = values['out']
    if (typeof out === 'string') {
      const [{ planToSave }, { encodeSavedPlan }, { promises: fs }] = await Promise.all([import('./saved.js'), import('../plan/saved.js'), import('node:fs')])
      const saved = await planToSave(connection.client, connection.schema, desired, { cascade: values['cascade'] === true, ...(E.isRight(adopt) && adopt.right !== undefined ? { adopt: adopt.right } : {}) })
      if (E.isLeft(saved)) {
        const e = saved.left
        const { errorToJson, formatError } = await errors()
        run.io.stderr(`ovn-nb plan: ${e._tag === 'Db' ? e.message : formatError(e)}\n`)
        if (json && e._tag !== 'Db') run.io.stdout(`${JSON.stringify({ error: errorToJson(e) }, null, 2)}\n`)
        return 1
      }
      run.phase(`writing ${out}`)
      try {
        await fs.writeFile(out, encodeSavedPlan(saved.right))
      } catch (e) {
        run.io.stderr(`ovn-nb plan: ${out}: cannot write the plan: ${e instanceof Error ? e.message : String(e)}\n`)
        return 1
      }
      const plan = saved.right.plan
      run.io.stdout(`${json ? renderJson(plan) : `${renderText(plan)}\nSaved the plan to ${out}: "ovn-nb apply ${out}" applies exactly these changes.`}\n`)
      return plan.entries.length === 0 ? 0 : 2
    }
    const r = await apply(connection.client, desired, { dryRun: true, read: 'scoped', cascade: values['cascade'] === true, ...(E.isRight(adopt) && adopt.right !== undefined ? { adopt: adopt.right } : {}) })()
    if (E.isLeft(r)) {
      const { errorToJson, formatError } = await errors()
      run.io.stderr(`ovn-nb plan: ${formatError(r.left)}\n`)
      // for programs: the error as data, everything it lists (every conflicting row)
      if (json) run.io.stdout(`${JSON.stringify({ error: errorToJson(r.left) }, null, 2)}\n`)
      return 1
    }
    run.io.stdout(`${json ? renderJson(r.right.plan) : renderText(r.right.plan)}\n`)
    return r.right.plan.entries.length === 0 ? 0 : 2
  }, check, env)
}
