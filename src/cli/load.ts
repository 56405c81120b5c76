/**
 * What the `plan`, `apply` and `status` commands share: where they write (an
 * {@link CliIO}, so tests run them in-process), loading the desired state from a
 * TypeScript or JavaScript module, connecting to a remote (or the first of a list that
 * answers), and one-line error messages.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { promises as fs } from 'node:fs'
import { extname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import type { ApplyError } from '../apply/apply.js'
import { formatError, type OvsdbError } from '../ovsdb/errors.js'
import { parseRemotes } from '../ovsdb/transport.js'
import type { DesiredState } from '../ovsdb/desired.js'
import { connectNb, type NbConnection } from '../nb/compat.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where a command writes: standard output and standard error, as functions.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CliIO } from './load.js'
 * const out: string[] = []
 * const io: CliIO = { stdout: (s) => void out.push(s), stderr: (s) => void out.push(s) }
 */
export interface CliIO {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
}

/**
 * The process's standard output and error.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { nodeIO } from './load.js'
 * nodeIO.stdout('hello\n')
 */
export const nodeIO: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
}

// -------------------------------------------------------------------------------------
// errors
// -------------------------------------------------------------------------------------

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim()

const listed = (xs: ReadonlyArray<string>, max = 5): string =>
  xs.length <= max ? xs.join('; ') : `${xs.slice(0, max).join('; ')}; and ${xs.length - max} more`

/**
 * An {@link ApplyError} (or an OVSDB error) as one line for people.
 *
 * @category errors
 * @since 0.1.0
 * @example
 * import { formatApplyError } from './load.js'
 * formatApplyError({ _tag: 'InvalidDesired', problems: [{ path: 'owner', message: 'the owner must not be empty' }] })
 * // 'invalid desired state: owner: the owner must not be empty'
 */
export const formatApplyError = (e: ApplyError): string => {
  switch (e._tag) {
    case 'InvalidDesired':
      return oneLine(`invalid desired state: ${listed(e.problems.map((p) => `${p.path}: ${p.message}`))}`)
    case 'Conflict':
      return oneLine(`conflict: ${listed(e.conflicts.map((c) => c.message))}`)
    case 'ConflictRetriesExhausted':
      return oneLine(`the database kept changing; gave up after ${e.attempts} attempts: ${formatError(e.last)}`)
    case 'ReplicaNotCurrent':
      return oneLine(`the replica is not current after ${e.ms} ms (${e.reason}): nothing planned, nothing sent`)
    case 'OutcomeUnknown':
      return oneLine(
        `the outcome of the transaction (${e.operations} operations) is unknown: ${formatError(e.cause)}; apply again to plan from what the database now holds`,
      )
    case 'Refused':
      return oneLine(
        `the server refused the change, and planning again from the database as it is gave the same operations: ${e.operation}: ${e.error.error}${e.error.details !== undefined ? `: ${e.error.details}` : ''}`,
      )
    case 'ReferencesDropped':
      return oneLine(
        `committed, but the server dropped ${e.dropped.length} weak reference(s) to rows that do not exist: ${listed(e.dropped.map((d) => `${d.table} ${d.identity} ${d.column} -> ${d.refTable} ${d.uuid}`))}; the database cannot hold the desired state until they exist`,
      )
    case 'WaitTimeout':
      return `${e.wait === 'sb' ? 'ovn-northd' : 'the chassis'} did not catch up within ${e.ms} ms: ${e.wait}_cfg is ${e.reached}, waiting for ${e.nbCfg}`
    default:
      return oneLine(formatError(e))
  }
}

// -------------------------------------------------------------------------------------
// arguments
// -------------------------------------------------------------------------------------

/**
 * Parsed arguments: the positional ones and the options by name.
 *
 * @category arguments
 * @since 0.1.0
 * @example
 * import type { Args } from './load.js'
 * const a: Args = { positionals: ['topology.ts'], values: { db: 'unix:/run/ovn/ovnnb_db.sock', json: true } }
 */
export interface Args {
  readonly positionals: ReadonlyArray<string>
  readonly values: Readonly<Record<string, string | boolean | undefined>>
}

/**
 * Parses a command's arguments strictly (unknown options are errors), as
 * `node:util`'s `parseArgs` does, returning the problem as a `Left` line.
 *
 * @category arguments
 * @since 0.1.0
 * @example
 * import { parseCommandArgs } from './load.js'
 * parseCommandArgs(['x.ts', '--db', 'unix:/s'], { db: { type: 'string' } }) // Right({ positionals: ['x.ts'], values: { db: 'unix:/s' } })
 * parseCommandArgs(['--nope'], {}) // Left("Unknown option '--nope'. ...")
 */
export const parseCommandArgs = (argv: ReadonlyArray<string>, options: NonNullable<ParseArgsConfig['options']>): E.Either<string, Args> => {
  try {
    const r = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
    return E.right({ positionals: r.positionals, values: r.values as Args['values'] })
  } catch (e) {
    return E.left(oneLine(e instanceof Error ? e.message : String(e)))
  }
}

// -------------------------------------------------------------------------------------
// loading the desired state
// -------------------------------------------------------------------------------------

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null

const checkDesired = (u: Record<string, unknown>): E.Either<string, DesiredState> => {
  if (typeof u['owner'] !== 'string') return E.left('the desired state has no "owner" string')
  const rows = u['rows']
  if (!Array.isArray(rows)) return E.left('the desired state has no "rows" array')
  for (const [i, r] of rows.entries()) {
    if (!isObject(r)) return E.left(`rows[${i}] is not an object`)
    if (typeof r['table'] !== 'string') return E.left(`rows[${i}].table is not a string`)
    if (typeof r['id'] !== 'string') return E.left(`rows[${i}].id is not a string`)
    if (!isObject(r['columns']) || Array.isArray(r['columns'])) return E.left(`rows[${i}].columns is not an object`)
    if (r['shared'] !== undefined && typeof r['shared'] !== 'boolean') return E.left(`rows[${i}].shared is not a boolean`)
  }
  return E.right(u as unknown as DesiredState)
}

const describeLeft = (left: unknown): string => {
  if (isObject(left) && Array.isArray(left['problems']))
    return listed(
      (left['problems'] as ReadonlyArray<unknown>).map((p) =>
        isObject(p) && typeof p['message'] === 'string' ? (typeof p['path'] === 'string' && p['path'] !== '' ? `${p['path']}: ${p['message']}` : p['message']) : JSON.stringify(p),
      ),
    )
  if (isObject(left) && typeof left['message'] === 'string') return left['message']
  if (left instanceof Error) return left.message
  return typeof left === 'string' ? left : JSON.stringify(left)
}

/**
 * Turns what a module exports into a desired state: a {@link DesiredState}
 * (`{ owner, rows }`); anything with a `toDesired()` method returning a desired
 * state or an `Either` of one (a DSL topology); an `Either` (`Left` is the error); a
 * promise of any of these; or a function, sync or async, returning any of these.
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import { desiredFrom } from './load.js'
 * await desiredFrom({ owner: 'demo', rows: [] }) // Right({ owner: 'demo', rows: [] })
 * await desiredFrom(async () => ({ _tag: 'Left', left: 'no network' })) // Left('no network')
 */
export const desiredFrom = async (u: unknown, depth = 0): Promise<E.Either<string, DesiredState>> => {
  if (depth > 8) return E.left('the default export does not lead to a desired state')
  try {
    if (typeof u === 'function') return await desiredFrom(await (u as () => unknown)(), depth + 1)
    if (isObject(u) && typeof u['then'] === 'function') return await desiredFrom(await (u as unknown as Promise<unknown>), depth + 1)
    if (!isObject(u)) return E.left(`the default export is ${u === undefined ? 'missing' : `a ${typeof u}`}, not a desired state, a topology or a function returning one`)
    if (u['_tag'] === 'Left' && 'left' in u) return E.left(describeLeft(u['left']))
    if (u['_tag'] === 'Right' && 'right' in u) return await desiredFrom(u['right'], depth + 1)
    if (typeof u['toDesired'] === 'function') return await desiredFrom((u['toDesired'] as () => unknown).call(u), depth + 1)
    if ('rows' in u || 'owner' in u) return checkDesired(u)
    return E.left('the default export is not a desired state ({ owner, rows }), nor has it a toDesired() method')
  } catch (e) {
    return E.left(oneLine(`the default export threw: ${e instanceof Error ? e.message : String(e)}`))
  }
}

const TS = new Set(['.ts', '.mts', '.cts', '.tsx'])

/**
 * Loads a desired state from a module file: TypeScript (`.ts`, `.mts`, `.cts`,
 * `.tsx`, compiled on the fly by tsx) or JavaScript, whose default export is one of
 * what {@link desiredFrom} takes. Every failure is a `Left` line: a missing file, a
 * syntax error, a throwing module, a default export of the wrong shape.
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import { loadDesired } from './load.js'
 * const d = await loadDesired('topology.ts') // Right({ owner: 'my-ctl', rows: [...] })
 */
export const loadDesired = async (file: string): Promise<E.Either<string, DesiredState>> => {
  const path = resolve(file)
  try {
    const st = await fs.stat(path)
    if (!st.isFile()) return E.left(`${file}: not a file`)
  } catch (e) {
    return E.left(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : oneLine(String(e))}`)
  }
  let mod: unknown
  try {
    const url = pathToFileURL(path).href
    if (TS.has(extname(path))) {
      const { tsImport } = await import('tsx/esm/api')
      mod = await tsImport(url, import.meta.url)
    } else mod = await import(url)
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    return E.left(`${file}: cannot load: ${oneLine(msg.split('\n').slice(0, 3).join(' '))}`)
  }
  // a .ts file outside an ESM package is compiled to CommonJS: the namespace's default is
  // then module.exports, marked __esModule, and the module's own default export sits at
  // module.exports.default
  let d = isObject(mod) ? mod['default'] : undefined
  if (isObject(d) && d['__esModule'] === true) d = d['default']
  const r = await desiredFrom(d)
  return E.mapLeft((m: string) => `${file}: ${m}`)(r)
}

// -------------------------------------------------------------------------------------
// connecting
// -------------------------------------------------------------------------------------

/**
 * Connects to the first remote of a comma-separated list that answers and has the
 * Northbound database (through `connectNb`: schema read, server guard installed).
 * `Left` is one line naming every remote tried.
 *
 * @category connecting
 * @since 0.1.0
 * @example
 * import { connectFirst } from './load.js'
 * const c = await connectFirst('tcp:127.0.0.1:6641,tcp:127.0.0.1:6642')
 */
export const connectFirst = async (remotes: string, connectTimeoutMs = 5000): Promise<E.Either<string, NbConnection>> => {
  const list = parseRemotes(remotes)
  if (E.isLeft(list)) return E.left(oneLine(formatError(list.left)))
  const errors: OvsdbError[] = []
  for (const r of list.right) {
    const c = await connectNb(r, { connectTimeoutMs })()
    if (E.isRight(c)) return c
    errors.push(c.left)
  }
  return E.left(oneLine(`cannot connect: ${errors.map(formatError).join('; ')}`))
}

// -------------------------------------------------------------------------------------
// plan and apply
// -------------------------------------------------------------------------------------

/**
 * What `plan` and `apply` start from: the desired state (its owner replaced by
 * `--owner` when given) and a connection.
 *
 * @category plan and apply
 * @since 0.1.0
 * @example
 * import type { Prepared } from './load.js'
 * const close = async (p: Prepared) => p.connection.client.close()()
 */
export interface Prepared {
  readonly desired: DesiredState
  readonly connection: NbConnection
  readonly json: boolean
  readonly values: Args['values']
}

/**
 * Parses `FILE --db REMOTE [--owner NAME] [--json]` (plus `extra` options), loads the
 * desired state and connects; `Left` is the one-line error (and `usage` when the
 * arguments are wrong). Loading comes first, so a bad file fails without I/O.
 *
 * @category plan and apply
 * @since 0.1.0
 * @example
 * import { prepareRun } from './load.js'
 * const p = await prepareRun(['topology.ts', '--db', 'unix:/run/ovn/ovnnb_db.sock'], {})
 */
export const prepareRun = async (
  argv: ReadonlyArray<string>,
  extra: NonNullable<ParseArgsConfig['options']>,
): Promise<E.Either<string, Prepared>> => {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, owner: { type: 'string' }, json: { type: 'boolean' }, ...extra })
  if (E.isLeft(args)) return args
  const { positionals, values } = args.right
  if (positionals.length !== 1) return E.left(positionals.length === 0 ? 'a FILE is required' : `one FILE only (got ${positionals.join(' ')})`)
  const db = values['db']
  if (typeof db !== 'string' || db === '') return E.left('--db REMOTE is required')
  const owner = values['owner']
  if (owner === '') return E.left('--owner must not be empty')
  const loaded = await loadDesired(positionals[0]!)
  if (E.isLeft(loaded)) return loaded
  const desired: DesiredState = typeof owner === 'string' ? { ...loaded.right, owner } : loaded.right
  if (desired.owner === '') return E.left(`${positionals[0]!}: the owner is empty (set it in the file or with --owner)`)
  const connection = await connectFirst(db)
  if (E.isLeft(connection)) return connection
  return E.right({ desired, connection: connection.right, json: values['json'] === true, values })
}
