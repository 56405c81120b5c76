/**
 * `npm run gen`: regenerates the committed OVN_Northbound model (src/nb/generated) from
 * the newest NB schema in schemas/, recording for each table and column the oldest NB
 * schema there that has it; and the part of the OVN_Southbound model that ovn-nb/virt
 * reads (src/sb/generated: where ports are bound, the chassis, northd's progress) from
 * the SB schemas the same way. Runs with tsx, no build needed. Extra arguments go to
 * both `ovn-nb gen` runs (e.g. `npm run gen -- --check` compares instead of writing).
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

/** The Southbound tables the committed SB model has; references to the others are plain uuids. */
export const SB_TABLES = ['Chassis', 'Chassis_Private', 'Encap', 'Port_Binding', 'SB_Global'] as const

/** The arguments of `ovn-nb gen` that produce the committed SB model. */
export const sbArgs = (): string[] => [
  '--schemas', rel('schemas'),
  '--database', 'OVN_Southbound',
  '--tables', SB_TABLES.join(','),
  '--out', rel('src/sb/generated'),
  '--runtime', '../../codegen/runtime.js',
]

const extra = process.argv.slice(2)
const nb = await genMain([...nbArgs(), ...extra])
const sb = await genMain([...sbArgs(), ...extra])
process.exitCode = Math.max(nb, sb)
