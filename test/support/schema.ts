/** The NB schema of OVN 23.03 (7.0.0), decoded from the vendored copy, for pure tests. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { decodeSchema, type DatabaseSchema } from '../../src/ovsdb/index.js'

export const nb2303: DatabaseSchema = (() => {
  const r = decodeSchema(JSON.parse(readFileSync(join(process.cwd(), 'schemas', 'ovn-nb-v23.03.0.ovsschema'), 'utf8')))
  if (E.isLeft(r)) throw new Error('schema')
  return r.right
})()
