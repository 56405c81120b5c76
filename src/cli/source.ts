/**
 * What FILE is, told by one read: `ovn-nb apply FILE` takes a saved plan (told by its
 * content, `"format": "ovn-nb-plan"`) or a desired state, and a `.json` desired state
 * is data. The file is read and parsed once for both questions: W10k's 4 MB `.json` was
 * read and parsed twice, once to see it was no saved plan and once to load it (~40 ms
 * and its garbage, on every apply). Only a saved plan loads the saved-plan codecs.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { promises as fs } from 'node:fs'
import { extname } from 'node:path'
import type { SavedPlan } from '../plan/saved.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What FILE holds: a saved plan (`Left`, one line, when it says it is one and is not
 * valid), the parsed data of a `.json` file, or something for the module loader to
 * read and report on (a module, a missing file, a `.json` file that does not parse).
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { Source } from './source.js'
 * const s: Source = { _tag: 'Data', value: { owner: 'demo', rows: [] } }
 */
export type Source =
  | { readonly _tag: 'Saved'; readonly saved: E.Either<string, SavedPlan> }
  | { readonly _tag: 'Data'; readonly value: unknown }
  | { readonly _tag: 'Module' }

/** Larger files are not read whole to be told apart: a topology module is never this big as JSON text. */
const MAX_PLAN_BYTES = 1 << 30

const MODULE: Source = { _tag: 'Module' }

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null

// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------

/**
 * Reads FILE once and tells what it holds (see {@link Source}). Never fails: a file that
 * cannot be read is the module loader's to report, in its words.
 *
 * @category reading
 * @since 0.2.0
 * @example
 * import { readSource } from './source.js'
 * const s = await readSource('w10k.json') // { _tag: 'Data', value: { owner: 'bench', rows: [...] } }
 */
export const readSource = async (file: string): Promise<Source> => {
  let text: string
  try {
    const st = await fs.stat(file)
    if (!st.isFile() || st.size > MAX_PLAN_BYTES) return MODULE
    text = await fs.readFile(file, 'utf8')
  } catch {
    return MODULE
  }
  if (!text.trimStart().startsWith('{')) return MODULE
  let u: unknown
  try {
    u = JSON.parse(text)
  } catch (e) {
    // a file that names itself a saved plan and is not JSON: broken, not a module
    return text.includes('"ovn-nb-plan"') ? { _tag: 'Saved', saved: E.left(`${file}: a saved plan that is not valid JSON: ${e instanceof Error ? e.message : String(e)}`) } : MODULE
  }
  // the marker alone tells (isSavedPlanLike): the codecs are loaded only for a saved plan
  if (isObject(u) && u['format'] === 'ovn-nb-plan') {
    const { decodeSavedPlan } = await import('../plan/saved.js')
    return { _tag: 'Saved', saved: E.mapLeft((m: string) => `${file}: ${m}`)(decodeSavedPlan(u)) }
  }
  return extname(file).toLowerCase() === '.json' ? { _tag: 'Data', value: u } : MODULE
}
