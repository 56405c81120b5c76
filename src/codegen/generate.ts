/**
 * Generating a model: schema (and history) in, files out; and finding the newest
 * schema of a database among `.ovsschema` files.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { pipe } from '../deps/function.js'
import { compareVersions, decodeSchema, type DatabaseSchema } from '../ovsdb/schema.js'
import { formatError } from '../ovsdb/errors.js'
import { buildIR, type IROptions } from './ir.js'
import { printDatabase, type GeneratedFile, type RuntimeImport } from './print.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of {@link generate}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { GenerateOptions } from 'ovn-nb/codegen'
 * const o: GenerateOptions = { runtime: { module: '../../codegen/runtime.js' }, docUrl: false }
 */
export interface GenerateOptions extends IROptions {
  /** Where generated modules import the runtime from; by default the `ovn-nb` package. */
  readonly runtime?: RuntimeImport
}

/**
 * The runtime import of code generated outside this package: the `codegenRuntime`
 * namespace of `ovn-nb`.
 *
 * @category constants
 * @since 0.1.0
 * @example
 * import { packageRuntime } from 'ovn-nb/codegen'
 * packageRuntime.module // 'ovn-nb/codegen'
 */
export const packageRuntime: RuntimeImport = { module: 'ovn-nb/codegen', name: 'codegenRuntime' }

// -------------------------------------------------------------------------------------
// generating
// -------------------------------------------------------------------------------------

/**
 * Every file of the model of a schema, or why it cannot be generated.
 *
 * @category generating
 * @since 0.1.0
 * @example
 * import { generate } from 'ovn-nb/codegen'
 * import { decodeSchema } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * const s = decodeSchema({ name: 'Demo', version: '1.0.0', tables: { T: { columns: { n: { type: 'integer' } } } } })
 * if (E.isRight(s)) generate(s.right) // Right([{ path: 'T.ts', content: '// generated — do not edit: Demo 1.0.0 ...' }, { path: 'index.ts', ... }])
 */
export const generate = (schema: DatabaseSchema, options: GenerateOptions = {}): E.Either<string, ReadonlyArray<GeneratedFile>> =>
  pipe(
    buildIR(schema, options),
    E.map((ir) => printDatabase(ir, { runtime: options.runtime ?? packageRuntime })),
  )

/**
 * Decodes the text of a `.ovsschema` file, with a readable error.
 *
 * @category generating
 * @since 0.1.0
 * @example
 * import { parseSchemaText } from 'ovn-nb/codegen'
 * parseSchemaText('{"name":"D","version":"1.0.0","tables":{}}', 'd.ovsschema') // Right({ name: 'D', ... })
 */
export const parseSchemaText = (text: string, source: string): E.Either<string, DatabaseSchema> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    return E.left(`${source}: not JSON: ${(e as Error).message}`)
  }
  return pipe(
    decodeSchema(json),
    E.mapLeft((err) => `${source}: ${formatError(err)}`),
  )
}

/**
 * The newest schema of a database among several, and all of that database's schemas
 * (the history its `since` versions come from).
 *
 * @category generating
 * @since 0.1.0
 * @example
 * import { newestOf } from 'ovn-nb/codegen'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * declare const schemas: ReadonlyArray<DatabaseSchema>
 * newestOf(schemas, 'OVN_Northbound') // Right({ newest: { version: '7.19.0', ... }, history: [...] })
 */
export const newestOf = (
  schemas: ReadonlyArray<DatabaseSchema>,
  database: string,
): E.Either<string, { readonly newest: DatabaseSchema; readonly history: ReadonlyArray<DatabaseSchema> }> => {
  const history = schemas.filter((s) => s.name === database).sort((a, b) => compareVersions(a.version, b.version))
  const newest = history[history.length - 1]
  return newest === undefined ? E.left(`no schema of database ${database}`) : E.right({ newest, history })
}
