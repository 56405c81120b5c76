/**
 * What the `plan`, `apply` and `status` commands share: where they write (an
 * {@link CliIO}, so tests run them in-process), argument parsing, loading the desired
 * state from a TypeScript or JavaScript module, and one-line error messages.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { promises as fs } from 'node:fs'
import { extname, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { formatIssue } from '../issue.js'
import type { DslError } from '../nb/dsl/common.js'
import type { DesiredState } from '../ovsdb/desired.js'
import { messageOf } from './guard.js'
import type { Source } from './source.js'

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

// Past this many characters a text is written as its UTF-8 bytes (the same bytes). A text
// written to a pipe faster than the reader takes it waits in the stream's queue; as a
// string — a tree of the many pieces it was concatenated from, in the young generation —
// it was copied again by every scavenge until written: W10k's 5 MB plan, written in 14
// pieces, made the scavenges after the reply take ~200 ms (--trace-gc, loaded machine)
// and ~150 instead of ~130 MB RSS. A Buffer's bytes live outside the heap.
const LARGE_TEXT = 16384

const bytesIfLarge = (s: string): string | Buffer => (s.length > LARGE_TEXT ? Buffer.from(s, 'utf8') : s)

/**
 * The process's standard output and error. A large text is handed over as its UTF-8
 * bytes: it may wait for a slow reader, and its bytes are then kept outside the heap.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { nodeIO } from './load.js'
 * nodeIO.stdout('hello\n')
 */
export const nodeIO: CliIO = {
  stdout: (s) => void process.stdout.write(bytesIfLarge(s)),
  stderr: (s) => void process.stderr.write(bytesIfLarge(s)),
}

// -------------------------------------------------------------------------------------
// errors
// -------------------------------------------------------------------------------------

// kept here too for the commands and tests that import it from the CLI
export { formatApplyError } from '../apply/format.js'

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim()

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

// every problem on a line of its own, under the line that names the file
const lines = (xs: ReadonlyArray<string>): string => (xs.length === 1 ? xs[0]! : `${xs.length} problems:\n${xs.map((x) => `  ${x}`).join('\n')}`)

// the formatter of every library error (and the DSL under it) is loaded only for a DSL
// error: a desired state's .json file needs neither (44 modules fewer on apply's path)
const describeLeft = async (left: unknown): Promise<string> => {
  // a DSL value refused: each problem with the object it belongs to
  if (isObject(left) && left['_tag'] === 'DslError') {
    const { formatError } = await import('../errors.js')
    return lines(formatError(left as unknown as DslError).split('\n'))
  }
  if (isObject(left) && Array.isArray(left['problems']))
    return lines(
      (left['problems'] as ReadonlyArray<unknown>).map((p) =>
        isObject(p) && typeof p['message'] === 'string' ? (typeof p['path'] === 'string' && p['path'] !== '' ? `${p['path']}: ${p['message']}` : p['message']) : JSON.stringify(p),
      ),
    )
  if (isObject(left) && typeof left['message'] === 'string') return left['message']
  if (left instanceof Error) return left.message
  return typeof left === 'string' ? left : JSON.stringify(left)
}

// A desired state's rows have ids (`{ owner, rows: [{ table, id, columns }] }`); a
// topology's plain data has lists of objects by kind, and its generic rows (values of
// row(...), or their plain form { table, key, columns }) carry no id.
const TOPOLOGY_FIELDS = ['switches', 'routers', 'portGroups', 'addressSets', 'dhcpOptions', 'loadBalancers', 'loadBalancerGroups', 'meters', 'haChassisGroups', 'staticMacBindings', 'bfds', 'copps', 'mirrors', 'dns']
const isDesiredState = (u: Record<string, unknown>): boolean =>
  !TOPOLOGY_FIELDS.some((k) => k in u) && Array.isArray(u['rows']) && (u['rows'] as ReadonlyArray<unknown>).every((r) => isObject(r) && 'id' in r)
// `rows` and no list of a topology, but rows that are not generic rows: a desired state
// written wrong, told as such (`rows[0].id is not a string`)
const isMalformedDesired = (u: Record<string, unknown>): boolean =>
  'rows' in u && !TOPOLOGY_FIELDS.some((k) => k in u) && !(Array.isArray(u['rows']) && u['rows'].every((r) => isObject(r) && (r['_tag'] === 'GenericRow' || ('key' in r && !('id' in r)))))

/**
 * Why a desired state could not be loaded: one line, and what was thrown when the
 * module threw (its stack is shown under `--verbose`).
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import type { LoadFailure } from './load.js'
 * const f: LoadFailure = { message: 'topology.ts: the default export threw: boom', thrown: new Error('boom') }
 */
export interface LoadFailure {
  readonly message: string
  readonly thrown?: unknown
}

const resolveDesired = async (u: unknown, depth: number): Promise<E.Either<LoadFailure, DesiredState>> => {
  const fail = (message: string): E.Either<LoadFailure, DesiredState> => E.left({ message })
  if (depth > 8) return fail('the default export does not lead to a desired state')
  try {
    if (typeof u === 'function') return await resolveDesired(await (u as () => unknown)(), depth + 1)
    if (isObject(u) && typeof u['then'] === 'function') return await resolveDesired(await (u as unknown as Promise<unknown>), depth + 1)
    if (!isObject(u)) return fail(`the default export is ${u === undefined ? 'missing' : `a ${typeof u}`}, not a desired state, a topology or a function returning one`)
    if (u['_tag'] === 'Left' && 'left' in u) return fail(await describeLeft(u['left']))
    if (u['_tag'] === 'Right' && 'right' in u) return await resolveDesired(u['right'], depth + 1)
    if (typeof u['toDesired'] === 'function') return await resolveDesired((u['toDesired'] as () => unknown).call(u), depth + 1)
    if (isDesiredState(u)) return E.mapLeft((message: string) => ({ message }))(checkDesired(u))
    // plain data: a topology, validated whole, every problem listed
    if ('owner' in u && !isMalformedDesired(u)) {
      const { safeParseTopology } = await import('../nb/dsl/parse.js')
      const t = safeParseTopology(u)
      return t.success ? await resolveDesired(t.data, depth + 1) : fail(`invalid topology, ${lines(t.error.issues.map(formatIssue))}`)
    }
    if ('rows' in u || 'owner' in u) return E.mapLeft((message: string) => ({ message }))(checkDesired(u))
    return fail('the default export is not a desired state ({ owner, rows }), a topology\'s plain data ({ owner, switches, ... }), nor has it a toDesired() method')
  } catch (e) {
    return E.left({ message: `the default export threw: ${messageOf(e)}`, thrown: e })
  }
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
export const desiredFrom = async (u: unknown): Promise<E.Either<string, DesiredState>> =>
  E.mapLeft((f: LoadFailure) => f.message)(await resolveDesired(u, 0))

const TS = new Set(['.ts', '.mts', '.cts', '.tsx'])

type TsxApi = typeof import('tsx/esm/api')

// tsx (and esbuild under it, ~11 MB) is an optional peer dependency: only .ts files need it
const TSX_MISSING = 'loading a TypeScript file needs tsx, an optional peer dependency of ovn-nb: npm install --save-dev tsx'

// tsx is imported only here, and only when a .ts file is given: the library and the
// CLI's other paths run without it. Any other failure (a broken tsx) is thrown on, to be
// reported as a load failure with its own message.
const importTsx = async (): Promise<E.Either<string, TsxApi>> => {
  try {
    return E.right(await import('tsx/esm/api'))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | undefined)?.code
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((e as Error).message).includes("'tsx'")) return E.left(TSX_MISSING)
    throw e
  }
}

/**
 * Loads a desired state from a module file: TypeScript (`.ts`, `.mts`, `.cts`,
 * `.tsx`, compiled on the fly by tsx, an optional peer dependency: without it, one line
 * says to install it) or JavaScript, whose default export is one of
 * what {@link desiredFrom} takes. Every failure is a `Left` starting with the file: a
 * missing file, a syntax error, a throwing module (sync or async), a default export of
 * the wrong shape. `source`, when FILE was read already (`readSource`, source.ts),
 * spares a `.json` file a second read. A module or promise that never settles is bounded by the command's
 * deadline (`run.ts`), and a module that ends the process by its guard (`guard.ts`).
 *
 * @category loading
 * @since 0.1.0
 * @example
 * import { loadDesired } from './load.js'
 * const d = await loadDesired('topology.ts') // Right({ owner: 'my-ctl', rows: [...] })
 */
export const loadDesired = async (file: string, source?: Source): Promise<E.Either<LoadFailure, DesiredState>> => {
  // a .json file read already (to tell it from a saved plan): its data as it was parsed
  if (source?._tag === 'Data') return E.mapLeft((f: LoadFailure) => ({ ...f, message: `${file}: ${f.message}` }))(await resolveDesired(source.value, 0))
  const path = resolve(file)
  try {
    const st = await fs.stat(path)
    if (!st.isFile()) return E.left({ message: `${file}: not a file` })
  } catch (e) {
    return E.left({ message: `${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : oneLine(String(e))}` })
  }
  // plain data: no module loader (nor tsx) involved
  if (extname(path).toLowerCase() === '.json') {
    let data: unknown
    try {
      data = JSON.parse(await fs.readFile(path, 'utf8'))
    } catch (e) {
      return E.left({ message: `${file}: cannot load: ${oneLine(e instanceof Error ? e.message : String(e))}` })
    }
    return E.mapLeft((f: LoadFailure) => ({ ...f, message: `${file}: ${f.message}` }))(await resolveDesired(data, 0))
  }
  let mod: unknown
  try {
    const url = pathToFileURL(path).href
    if (TS.has(extname(path))) {
      const tsx = await importTsx()
      if (E.isLeft(tsx)) return E.left({ message: `${file}: ${tsx.left}` })
      mod = await tsx.right.tsImport(url, import.meta.url)
    } else mod = await import(url)
  } catch (e) {
    // a syntax error's message carries the offending source lines: the first few are enough
    const msg = e instanceof Error ? e.message : String(e)
    return E.left({ message: `${file}: cannot load: ${oneLine(msg.split('\n').slice(0, 3).join(' '))}`, thrown: e })
  }
  // a .ts file outside an ESM package is compiled to CommonJS: the namespace's default is
  // then module.exports, marked __esModule, and the module's own default export sits at
  // module.exports.default
  let d = isObject(mod) ? mod['default'] : undefined
  if (isObject(d) && d['__esModule'] === true) d = d['default']
  const r = await resolveDesired(d, 0)
  return E.mapLeft((f: LoadFailure) => ({ ...f, message: `${file}: ${f.message}` }))(r)
}

