/**
 * `npm run gen:deps`: regenerates src/deps/, the modules through which ovn-nb's own code
 * loads its CommonJS dependencies (fp-ts, io-ts, json-rpc-2.0) with `require` instead of
 * `import`.
 *
 * Why: Node 20 imports a CommonJS module from ESM through its ESM loader, which runs
 * cjs-module-lexer over the file and over every file it `require`s in turn. For the five
 * entry points ovn-nb uses that cost 100–200 ms of a fresh process (measured: 101 ms of
 * CPU by `import` against 23 ms by `require`, median of 10 on a quiet machine; 130–310 ms
 * against 29–61 ms at load 8), which every `ovn-nb` command paid before doing anything.
 *
 * Each generated module re-exports the package's types (`export type *`) and binds each of
 * its values, read once from the `require`d package, to a constant of the same type. A
 * name that is both a value and a type (a class such as io-ts's `Type`) also gets a type
 * alias with the declaration's type parameters. A name the package adds later is simply
 * not there until this script runs again; test/deps.test.ts checks that the committed
 * files are what this script writes, and that src/ imports these packages' values only
 * through src/deps/.
 *
 * Runs with tsx, no build needed. `--check` compares instead of writing (exit code 1 when
 * a file differs).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import ts from 'typescript'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'src/deps')

/** The CommonJS modules src/ takes values from, and the file of each in src/deps/. */
export const DEPS: ReadonlyArray<{ readonly spec: string; readonly file: string }> = [
  { spec: 'fp-ts/lib/Either.js', file: 'Either' },
  { spec: 'fp-ts/lib/Eq.js', file: 'Eq' },
  { spec: 'fp-ts/lib/Option.js', file: 'Option' },
  { spec: 'fp-ts/lib/ReadonlyArray.js', file: 'ReadonlyArray' },
  { spec: 'fp-ts/lib/TaskEither.js', file: 'TaskEither' },
  { spec: 'fp-ts/lib/function.js', file: 'function' },
  { spec: 'io-ts', file: 'io-ts' },
  { spec: 'json-rpc-2.0', file: 'json-rpc-2.0' },
]

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  types: [],
}

/**
 * The type parameters of a declaration, as text for a type alias in the generated module:
 * a reference to a type the package exports is qualified by `M.`. `undefined` when one
 * refers to a type the package declares but does not export (no alias can name it).
 */
const typeParameters = (
  decl: ts.Declaration | undefined,
  types: ReadonlySet<string>,
  locals: ReadonlySet<string>,
): { params: string; args: string } | undefined => {
  const tps = decl !== undefined && 'typeParameters' in decl
    ? (decl as ts.ClassDeclaration).typeParameters
    : undefined
  if (tps === undefined || tps.length === 0) return { params: '', args: '' }
  const own = new Set(tps.map((tp) => tp.name.text))
  let unnamed = false
  // A type node's text with each reference to an exported type qualified.
  const qualify = (node: ts.TypeNode): string => {
    const text = node.getText()
    const start = node.getStart()
    const edits: Array<{ at: number; name: string }> = []
    const visit = (n: ts.Node): void => {
      if (ts.isTypeReferenceNode(n) && ts.isIdentifier(n.typeName)) {
        const name = n.typeName.text
        if (!own.has(name)) {
          if (types.has(name)) edits.push({ at: n.typeName.getStart() - start, name })
          else if (locals.has(name)) unnamed = true
        }
      }
      ts.forEachChild(n, visit)
    }
    visit(node)
    let out = text
    for (const e of edits.reverse()) out = `${out.slice(0, e.at)}M.${out.slice(e.at)}`
    return out.replace(/\s*\n\s*/g, ' ')
  }
  const params = tps.map((tp) => {
    const constraint = tp.constraint === undefined ? '' : ` extends ${qualify(tp.constraint)}`
    const dflt = tp.default === undefined ? '' : ` = ${qualify(tp.default)}`
    return `${tp.name.text}${constraint}${dflt}`
  })
  if (unnamed) return undefined
  return { params: `<${params.join(', ')}>`, args: `<${tps.map((tp) => tp.name.text).join(', ')}>` }
}

/** A word reserved in a module (strict mode), which cannot name a constant. */
const reserved = (name: string): boolean => {
  const token = ts.stringToToken(name)
  if (token === undefined) return false
  return (token >= ts.SyntaxKind.FirstReservedWord && token <= ts.SyntaxKind.LastReservedWord) ||
    (token >= ts.SyntaxKind.FirstFutureReservedWord && token <= ts.SyntaxKind.LastFutureReservedWord)
}

/** The generated module for one package entry point. */
const render = (program: ts.Program, spec: string, declarations: string): string => {
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(declarations)!
  const moduleSymbol = checker.getSymbolAtLocation(source)!
  const exports = checker.getExportsOfModule(moduleSymbol)
  const resolve = (s: ts.Symbol): ts.Symbol => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s)
  const types = new Set(exports.filter((s) => (resolve(s).flags & ts.SymbolFlags.Type) !== 0).map((s) => s.name))
  // Names the package's own declaration files declare at top level, exported or not.
  const locals = new Set<string>()
  const pkg = /^.*\/node_modules\/(@[^/]+\/)?[^/]+\//.exec(declarations)![0]
  for (const f of program.getSourceFiles()) {
    if (!f.fileName.startsWith(pkg)) continue
    for (const st of f.statements) {
      const name = (st as { name?: ts.Node }).name
      if (name !== undefined && ts.isIdentifier(name)) locals.add(name.text)
    }
  }
  const lines: string[] = []
  for (const s of [...exports].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const target = resolve(s)
    if ((target.flags & ts.SymbolFlags.Value) === 0) continue
    if (s.name === 'default' || s.name === '__esModule') continue
    if ((target.flags & ts.SymbolFlags.Type) === 0) {
      // io-ts exports codecs named `null`, `void` and `interface`, fp-ts functions named `let`:
      // a constant cannot have such a name.
      if (!reserved(s.name)) lines.push(`export const ${s.name}: typeof M.${s.name} = m.${s.name}`)
      else lines.push(`const ${s.name}$: typeof M.${s.name} = m.${s.name}`, `export { ${s.name}$ as ${s.name} }`)
      continue
    }
    // Both a value and a type (a class, an enum, a constant with a type of its name): the
    // constant would hide the type that `export type *` gives, so an alias restores it.
    // Left out (type only, through `export type *`) when the alias cannot be written.
    const decl = target.declarations?.find((d) => 'typeParameters' in d)
    const tp = typeParameters(decl, types, locals)
    if (tp === undefined) continue
    lines.push(`export const ${s.name}: typeof M.${s.name} = m.${s.name}`)
    lines.push(`export type ${s.name}${tp.params} = M.${s.name}${tp.args}`)
  }
  return [
    `// Generated by scripts/deps.ts (npm run gen:deps): do not edit. ${spec} loaded with`,
    "// `require`, which costs a fresh process far less than `import` of CommonJS (see the script).",
    `import type * as M from '${spec}'`,
    `import { load } from './load.js'`,
    `export type * from '${spec}'`,
    '',
    `const m = load('${spec}') as typeof M`,
    '',
    ...lines,
    '',
  ].join('\n')
}

const check = process.argv.includes('--check')
mkdirSync(outDir, { recursive: true })
let differs = 0
const resolve = (spec: string): string => {
  const resolved = ts.resolveModuleName(spec, join(root, 'src/index.ts'), options, ts.sys).resolvedModule
  if (resolved === undefined) throw new Error(`cannot resolve ${spec}`)
  return resolved.resolvedFileName
}
const declarations = DEPS.map(({ spec }) => resolve(spec))
// One program for all of them: the packages' declaration files are read once.
const program = ts.createProgram(declarations, options)
for (const [i, { spec, file }] of DEPS.entries()) {
  const path = join(outDir, `${file}.ts`)
  const text = render(program, spec, declarations[i]!)
  let old: string | undefined
  try {
    old = readFileSync(path, 'utf8')
  } catch {
    old = undefined
  }
  if (old === text) continue
  if (check) {
    differs++
    process.stderr.write(`src/deps/${file}.ts differs from what scripts/deps.ts writes\n`)
  } else {
    writeFileSync(path, text)
    process.stdout.write(`wrote src/deps/${file}.ts\n`)
  }
}
process.exitCode = differs === 0 ? 0 : 1
