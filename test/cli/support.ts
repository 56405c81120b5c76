/** Helpers of the CLI tests: captured output, topology files in a temporary directory. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CliIO } from '../../src/cli/load.js'

export interface Captured extends CliIO {
  readonly out: () => string
  readonly err: () => string
}

export const capture = (): Captured => {
  let out = ''
  let err = ''
  return { stdout: (s) => void (out += s), stderr: (s) => void (err += s), out: () => out, err: () => err }
}

/** The repository root (tests run from it), to import the library by absolute path. */
export const ROOT = resolve('.')
export const lib = (p: string): string => JSON.stringify(join(ROOT, p))

export interface Files {
  readonly dir: string
  readonly write: (name: string, text: string) => string
  readonly remove: () => void
}

export const tempFiles = (esm = false): Files => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-cli-'))
  if (esm) writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  return {
    dir,
    write: (name, text) => {
      const p = join(dir, name)
      writeFileSync(p, text)
      return p
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** A small topology as a desired-state literal, in TypeScript. */
export const topologyTs = (owner: string, sw: string, ports: ReadonlyArray<string>): string => `
import type { DesiredState, DesiredRow } from ${lib('dist/src/ovsdb/desired.js')}
const ports: DesiredRow[] = ${JSON.stringify(ports)}.map((p: string, i: number) => ({
  table: 'Logical_Switch_Port',
  id: 'lsp:' + p,
  columns: { name: p, addresses: ['set', ['0a:00:00:00:00:0' + (i + 1) + ' 10.0.0.' + (i + 11)]] },
}))
const state: DesiredState = {
  owner: ${JSON.stringify(owner)},
  rows: [{ table: 'Logical_Switch', id: 'ls', columns: { name: ${JSON.stringify(sw)}, ports: ['set', ports.map((p) => ['ref', p.id] as const)] } }, ...ports],
}
export default state
`
