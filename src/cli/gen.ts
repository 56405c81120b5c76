/**
 * `ovn-nb gen`: generates a typed model from `.ovsschema` files or from a live
 * server's schema.
 *
 * ```
 * ovn-nb gen --out DIR [options] SCHEMA.ovsschema [OLDER.ovsschema ...]
 * ovn-nb gen --out DIR [options] --schemas DIR --database NAME
 * ovn-nb gen --out DIR [options] --db REMOTE --database NAME
 * ```
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { promises as fs } from 'node:fs'
import { join } from 'node:path'
import { connect } from '../ovsdb/client.js'
import { formatError } from '../ovsdb/errors.js'
import { DEFAULT_TIMEOUT_SECONDS, parseTimeout } from './options.js'
import type { DatabaseSchema } from '../ovsdb/schema.js'
import { generate, newestOf, packageRuntime, parseSchemaText } from '../codegen/generate.js'
import type { GeneratedFile, RuntimeImport } from '../codegen/print.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What `ovn-nb gen` does to the outside world, as a record of functions so tests can
 * pass values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { nodeGenIO, type GenIO } from './gen.js'
 * const quiet: GenIO = { ...nodeGenIO, stdout: () => {} }
 */
export interface GenIO {
  readonly readFile: (path: string) => Promise<string>
  readonly readDir: (path: string) => Promise<ReadonlyArray<string>>
  readonly writeFile: (path: string, content: string) => Promise<void>
  readonly removeFile: (path: string) => Promise<void>
  readonly mkdir: (path: string) => Promise<void>
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Reads a database's schema from a server (`get_schema`), within `timeoutMs` (default 30 s). */
  readonly fetchSchema: (remote: string, database: string, timeoutMs?: number) => Promise<E.Either<string, DatabaseSchema>>
}

/**
 * The real file system, console and network.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { genMain, nodeGenIO } from './gen.js'
 * const code = await genMain(['--help'], nodeGenIO) // 0
 */
export const nodeGenIO: GenIO = {
  readFile: (p) => fs.readFile(p, 'utf8'),
  readDir: async (p) => (await fs.readdir(p)).sort(),
  writeFile: (p, c) => fs.writeFile(p, c, 'utf8'),
  removeFile: (p) => fs.rm(p),
  mkdir: async (p) => void (await fs.mkdir(p, { recursive: true })),
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  fetchSchema: async (remote, database, timeoutMs = DEFAULT_TIMEOUT_SECONDS * 1000) => {
    // a server that accepts and never answers must not hang the command
    const c = await connect(remote, { connectTimeoutMs: timeoutMs, requestTimeoutMs: timeoutMs })()
    if (E.isLeft(c)) return E.left(formatError(c.left))
    try {
      const s = await c.right.getSchema(database)()
      return E.isLeft(s) ? E.left(formatError(s.left)) : E.right(s.right)
    } finally {
      await c.right.close()()
    }
  },
}

const USAGE = `usage: ovn-nb gen --out DIR [options] SCHEMA.ovsschema [OLDER.ovsschema ...]
       ovn-nb gen --out DIR [options] --schemas DIR --database NAME
       ovn-nb gen --out DIR [options] --db REMOTE --database NAME

Generates one TypeScript module per table (row, insert and update types, io-ts
codecs, metadata) and an index. With several schemas of a database, the newest is
generated and each table and column records the oldest schema that has it.

options:
  --out DIR              where to write the modules (required)
  --db REMOTE            read the schema from a server (unix:PATH, tcp:HOST:PORT, ssl:...)
  --database NAME        the database (with --db or --schemas; default: that of the first file)
  --timeout SECONDS      with --db: bound on connecting and reading the schema (default ${DEFAULT_TIMEOUT_SECONDS})
  --schemas DIR          every .ovsschema file in DIR is an input
  --history FILE         an older schema, only for the "since" versions (repeatable)
  --runtime MODULE       module the generated code imports the runtime from (default: ovn-nb/codegen)
  --runtime-export NAME  the runtime's export name in MODULE (default: codegenRuntime with
                         the default module; none otherwise: MODULE is the runtime itself)
  --doc-url TEMPLATE     table documentation URL, {table} replaced; "none" for no links
  --tables T1,T2,...     generate only these tables (repeatable); columns referring to
                         other tables become plain uuids
  --check                write nothing; exit 1 when the files in --out differ
  -h, --help             this help
`

interface Args {
  out?: string
  db?: string
  timeout?: string
  database?: string
  schemasDir?: string
  history: string[]
  files: string[]
  runtime?: string
  runtimeExport?: string
  docUrl?: string | false
  tables?: string[]
  check: boolean
  help: boolean
}

const parseArgs = (argv: ReadonlyArray<string>): E.Either<string, Args> => {
  const a: Args = { history: [], files: [], check: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const name = eq > 0 ? arg.slice(0, eq) : arg
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i])
    const need = (): string => {
      const v = value()
      if (v === undefined) throw new Error(`${name} needs a value`)
      return v
    }
    try {
      switch (name) {
        case '--out':
          a.out = need()
          break
        case '--db':
          a.db = need()
          break
        case '--database':
          a.database = need()
          break
        case '--timeout':
          a.timeout = need()
          break
        case '--schemas':
          a.schemasDir = need()
          break
        case '--history':
          a.history.push(need())
          break
        case '--runtime':
          a.runtime = need()
          break
        case '--runtime-export':
          a.runtimeExport = need()
          break
        case '--doc-url': {
          const v = need()
          a.docUrl = v === 'none' ? false : v
          break
        }
        case '--tables':
          a.tables = [...(a.tables ?? []), ...need().split(',').map((n) => n.trim()).filter((n) => n !== '')]
          break
        case '--check':
          a.check = true
          break
        case '-h':
        case '--help':
          a.help = true
          break
        default:
          if (arg.startsWith('-')) return E.left(`unknown option ${arg}`)
          a.files.push(arg)
      }
    } catch (e) {
      return E.left((e as Error).message)
    }
  }
  return E.right(a)
}

// -------------------------------------------------------------------------------------
// command
// -------------------------------------------------------------------------------------

const isGenerated = (text: string): boolean => text.startsWith('// generated — do not edit')

const readSchemas = async (io: GenIO, paths: ReadonlyArray<string>): Promise<E.Either<string, DatabaseSchema[]>> => {
  const out: DatabaseSchema[] = []
  for (const p of paths) {
    let text: string
    try {
      text = await io.readFile(p)
    } catch (e) {
      return E.left(`cannot read ${p}: ${(e as Error).message}`)
    }
    const s = parseSchemaText(text, p)
    if (E.isLeft(s)) return s
    out.push(s.right)
  }
  return E.right(out)
}

/** Writes the files, or compares them (check); returns the names that differ. */
const sync = async (io: GenIO, out: string, files: ReadonlyArray<GeneratedFile>, check: boolean): Promise<string[]> => {
  const differ: string[] = []
  let existing: ReadonlyArray<string> = []
  try {
    existing = await io.readDir(out)
  } catch {
    if (!check) await io.mkdir(out)
  }
  const wanted = new Set(files.map((f) => f.path))
  for (const f of files) {
    let current: string | undefined
    try {
      current = await io.readFile(join(out, f.path))
    } catch {
      current = undefined
    }
    if (current === f.content) continue
    differ.push(f.path)
    if (!check) await io.writeFile(join(out, f.path), f.content)
  }
  // generated modules of tables that no longer exist
  for (const name of existing) {
    if (!name.endsWith('.ts') || wanted.has(name)) continue
    const text = await io.readFile(join(out, name)).catch(() => '')
    if (!isGenerated(text)) continue
    differ.push(name)
    if (!check) await io.removeFile(join(out, name))
  }
  return differ
}

/**
 * Runs `ovn-nb gen` with the arguments after `gen`; resolves with the exit code
 * (0 success, 1 failure or `--check` found differences, 2 bad usage).
 *
 * @category command
 * @since 0.1.0
 * @example
 * import { genMain } from './gen.js'
 * const code = await genMain(['--out', 'src/model', '/usr/share/openvswitch/vswitch.ovsschema'])
 */
export const genMain = async (argv: ReadonlyArray<string>, io: GenIO = nodeGenIO): Promise<number> => {
  const parsed = parseArgs(argv)
  if (E.isLeft(parsed)) {
    io.stderr(`ovn-nb gen: ${parsed.left}\n${USAGE}`)
    return 2
  }
  const a = parsed.right
  if (a.help) {
    io.stdout(USAGE)
    return 0
  }
  if (a.out === undefined) {
    io.stderr(`ovn-nb gen: --out is required\n${USAGE}`)
    return 2
  }
  if (a.db !== undefined && a.database === undefined) {
    io.stderr(`ovn-nb gen: --db needs --database\n${USAGE}`)
    return 2
  }
  if (a.db === undefined && a.files.length === 0 && a.schemasDir === undefined) {
    io.stderr(`ovn-nb gen: no schema: give files, --schemas DIR or --db REMOTE\n${USAGE}`)
    return 2
  }
  const fail = (message: string): number => {
    io.stderr(`ovn-nb gen: ${message}\n`)
    return 1
  }

  let dirFiles: string[] = []
  if (a.schemasDir !== undefined) {
    try {
      dirFiles = (await io.readDir(a.schemasDir)).filter((f) => f.endsWith('.ovsschema')).map((f) => join(a.schemasDir!, f))
    } catch (e) {
      return fail(`cannot read ${a.schemasDir}: ${(e as Error).message}`)
    }
  }
  const inputs = await readSchemas(io, [...a.files, ...dirFiles])
  if (E.isLeft(inputs)) return fail(inputs.left)
  const older = await readSchemas(io, a.history)
  if (E.isLeft(older)) return fail(older.left)

  let schema: DatabaseSchema
  let history: ReadonlyArray<DatabaseSchema>
  if (a.db !== undefined) {
    const timeoutMs = parseTimeout(a.timeout)
    if (E.isLeft(timeoutMs)) return fail(timeoutMs.left)
    const live = await io.fetchSchema(a.db, a.database!, timeoutMs.right)
    if (E.isLeft(live)) return fail(`cannot read the schema of ${a.database} from ${a.db}: ${live.left}`)
    schema = live.right
    history = [...inputs.right, ...older.right]
  } else {
    const database = a.database ?? inputs.right[0]?.name
    if (database === undefined) return fail(`no .ovsschema file in ${a.schemasDir}`)
    const n = newestOf(inputs.right, database)
    if (E.isLeft(n)) return fail(n.left)
    schema = n.right.newest
    history = [...n.right.history, ...older.right]
  }
  const many = history.filter((h) => h.name === schema.name).length > 1 || (a.db !== undefined && history.length > 0)
  const runtime: RuntimeImport =
    a.runtime === undefined
      ? packageRuntime
      : a.runtimeExport !== undefined
        ? { module: a.runtime, name: a.runtimeExport }
        : { module: a.runtime }
  const files = generate(schema, {
    runtime,
    ...(many ? { history } : {}),
    ...(a.docUrl !== undefined ? { docUrl: a.docUrl } : {}),
    ...(a.tables !== undefined ? { tables: a.tables } : {}),
  })
  if (E.isLeft(files)) return fail(files.left)
  const differ = await sync(io, a.out, files.right, a.check)
  if (a.check) {
    if (differ.length > 0) {
      io.stderr(
        `ovn-nb gen: ${a.out} is not what ${schema.name} ${schema.version} generates: ${differ.join(', ')}\n` +
          `(generated files are never edited by hand: regenerate them)\n`,
      )
      return 1
    }
    io.stdout(`${a.out}: up to date with ${schema.name} ${schema.version} (${files.right.length} files)\n`)
    return 0
  }
  io.stdout(
    `${schema.name} ${schema.version}: ${files.right.length} files in ${a.out}` +
      (differ.length > 0 ? `, ${differ.length} changed\n` : ', unchanged\n'),
  )
  return 0
}
