/**
 * `npm run gen`: regenerates the committed OVN_Northbound model (src/nb/generated) from
 * the newest NB schema in schemas/, recording for each table and column the oldest NB
 * schema there that has it. Runs with tsx, no build needed. Extra arguments go to
 * `ovn-nb gen` (e.g. `npm run gen -- --check` compares instead of writing).
 */
import { fileURLToPath } from 'node:url'
import { dirname, join, relative } from 'node:path'
import { genMain } from '../src/cli/gen.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const rel = (p: string): string => relative(process.cwd(), join(root, p)) || '.'

/** The arguments of `ovn-nb gen` that produce the committed model. */
export const nbArgs = (): string[] => [
  '--schemas', rel('schemas'),
  '--database', 'OVN_Northbound',
  '--out', rel('src/nb/generated'),
  '--runtime', '../../codegen/runtime.js',
]

process.exitCode = await genMain([...nbArgs(), ...process.argv.slice(2)])
