/**
 * The errors the embedded server reports, in ovsdb-server's shape: a tag (`"constraint
 * violation"`, `"syntax error"`, ...), details, and for syntax errors the offending JSON
 * as text (`syntax`). They are values: functions return them instead of throwing.
 *
 * @internal
 * @module
 */
import { sortedStringify } from './json.js'

/** An error as ovsdb-server reports it. */
export interface DbError {
  readonly _tag: 'DbError'
  readonly error: string
  readonly details?: string
  readonly syntax?: string
}

/** `ovsdb_error(tag, details)`; a missing tag is `"ovsdb error"`. */
export const dbError = (tag: string | undefined, details: string): DbError => ({
  _tag: 'DbError',
  error: tag ?? 'ovsdb error',
  details,
})

/**
 * `ovsdb_syntax_error(json, tag, details)`: the tag defaults to `"syntax error"`, and the
 * JSON (when given; `undefined` means none) is quoted in `syntax` with sorted keys.
 */
export const syntaxError = (json: unknown, tag: string | undefined, details: string): DbError =>
  json === undefined
    ? { _tag: 'DbError', error: tag ?? 'syntax error', details }
    : { _tag: 'DbError', error: tag ?? 'syntax error', details, syntax: sortedStringify(json) }

/** Whether a value is a {@link DbError}. */
export const isDbError = (u: unknown): u is DbError =>
  typeof u === 'object' && u !== null && (u as { _tag?: unknown })._tag === 'DbError'

/** The JSON object ovsdb-server sends for an error (member order as it prints them). */
export const errorToJson = (e: DbError): Record<string, string> => {
  const out: Record<string, string> = {}
  if (e.syntax !== undefined) out['syntax'] = e.syntax
  if (e.details !== undefined) out['details'] = e.details
  out['error'] = e.error
  return out
}
