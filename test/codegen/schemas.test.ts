/**
 * The generator works on every schema at hand: each vendored NB and SB schema, Debian's
 * NB, SB and Open_vSwitch schemas, and an odd synthetic one; the generated modules of
 * all of them type-check together under the project's strict compiler options.
 */
import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { generate, parseSchemaText } from '../../src/codegen/index.js'
import type { DatabaseSchema } from '../../src/ovsdb/index.js'
import { DEBIAN_NB, DEBIAN_SB, DEBIAN_VSWITCH, root, schemasDir } from './paths.js'

const inputs: ReadonlyArray<readonly [string, string]> = [
  ...readdirSync(schemasDir)
    .filter((f) => f.endsWith('.ovsschema'))
    .map((f) => [f.replace('.ovsschema', ''), join(schemasDir, f)] as const),
  ['debian-nb', DEBIAN_NB],
  ['debian-sb', DEBIAN_SB],
  ['debian-vswitch', DEBIAN_VSWITCH],
]

const load = (path: string): DatabaseSchema => {
  const s = parseSchemaText(readFileSync(path, 'utf8'), path)
  if (E.isLeft(s)) throw new Error(s.left)
  return s.right
}

/** Tables without columns, a table named like a generated export, columns named like keywords. */
const odd: DatabaseSchema = {
  name: 'Odd',
  version: '0.0.1',
  tables: {
    Empty: { name: 'Empty', columns: {}, isRoot: true, indexes: [] },
    model: {
      name: 'model',
      columns: {
        class: { name: 'class', type: { key: { type: 'string' }, min: 1, max: 1 }, ephemeral: false, mutable: false },
        function: { name: 'function', type: { key: { type: 'uuid', refTable: 'Empty' }, value: { type: 'string', enum: ["it's", 'a*/b', '@x'] }, min: 0, max: 'unlimited' }, ephemeral: false, mutable: true },
      },
      isRoot: false,
      indexes: [['class']],
    },
  },
}

test('the generated model of every schema type-checks under strict options', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-gen-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  const roots: string[] = []
  const schemas: Array<readonly [string, DatabaseSchema]> = [...inputs.map(([n, p]) => [n, load(p)] as const), ['odd', odd]]
  for (const [name, schema] of schemas) {
    const out = join(dir, name)
    mkdirSync(out)
    const runtime = relative(out, join(root, 'src/codegen/runtime.js'))
    const files = generate(schema, { runtime: { module: runtime.startsWith('.') ? runtime : `./${runtime}` } })
    if (E.isLeft(files)) return t.fail(`${name}: ${files.left}`)
    t.is(files.right.length, Object.keys(schema.tables).length + 1, name)
    for (const f of files.right) {
      writeFileSync(join(out, f.path), f.content)
      roots.push(join(out, f.path))
    }
  }
  const program = ts.createProgram(roots, {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitReturns: true,
    noFallthroughCasesInSwitch: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noImplicitOverride: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
  })
  const diags = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file !== undefined && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined
    return `${d.file?.fileName ?? ''}:${where !== undefined ? where.line + 1 : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
  })
  t.deepEqual(diags, [])
  t.true(roots.length > 300)
})

test('odd names: keyword columns, a table named like an index export, comment-breaking enum values', (t) => {
  const files = generate(odd, { runtime: { module: 'x' } })
  if (E.isLeft(files)) return t.fail(files.left)
  t.deepEqual(files.right.map((f) => f.path), ['Empty.ts', 'model_.ts', 'index.ts'])
  const m = files.right[1]!.content
  t.true(m.includes("ReadonlyMap<rt.StrongReference<'Empty'>, '@x' | 'a*/b' | 'it\\'s'>"))
  // no comment ends early: every "*/" outside a string literal closes a comment that was opened
  t.false(/\* .*a\*\/b/.test(m))
})
