import test from 'ava'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'

// The public API is what the `exports` map of package.json serves: each entry point's
// module in src/, and what it reaches through `export *`, `export { ... }` and
// `export * as Namespace`. Internal modules of a layer need not repeat the docs of what
// their layer exports. typedoc checks links and renders; this checks coverage, that
// every @example compiles, and what the root entry point holds.
const root = process.cwd()
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { readonly exports: Readonly<Record<string, string | Readonly<Record<string, string>>>> }
const entries: ReadonlyArray<{ readonly name: string; readonly file: string }> = Object.entries(manifest.exports).flatMap(([key, target]) =>
  typeof target === 'string' || target['types'] === undefined
    ? []
    : [{ name: key === '.' ? 'ovn-nb' : `ovn-nb/${key.slice(2)}`, file: join(root, target['types'].replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '.ts')) }],
)

// the project's own compiler options (examples are written against them), except that an
// example may declare what it does not use
const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })
const options: ts.CompilerOptions = { ...config?.options, noEmit: true, incremental: false, declaration: false, declarationMap: false, sourceMap: false, noUnusedLocals: false, noUnusedParameters: false }
const program = ts.createProgram(
  entries.map((e) => e.file),
  options,
)
const checker = program.getTypeChecker()

interface Exported {
  readonly name: string
  readonly symbol: ts.Symbol
  readonly file: string
}
/** An entry point's exported names, each with the symbol it stands for and its file. */
const exportsOf = (file: string): ReadonlyArray<Exported> => {
  const sf = program.getSourceFile(file)
  const ms = sf && checker.getSymbolAtLocation(sf)
  if (ms === undefined) return []
  return checker.getExportsOfModule(ms).map((e) => {
    const symbol = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e
    return { name: e.getName(), symbol, file: relative(root, symbol.declarations?.[0]?.getSourceFile().fileName ?? '?') }
  })
}

/** Every public declaration (in src/), once, with the name it is exported as. */
const publicDeclarations = (): ReadonlyArray<{ readonly name: string; readonly decl: ts.Declaration }> => {
  const out: Array<{ readonly name: string; readonly decl: ts.Declaration }> = []
  const seen = new Set<ts.Symbol>()
  const visit = (moduleSymbol: ts.Symbol): void => {
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const sym = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      if (seen.has(sym)) continue
      seen.add(sym)
      for (const decl of sym.declarations ?? []) {
        if (!decl.getSourceFile().fileName.startsWith(join(root, 'src'))) continue
        if (ts.isSourceFile(decl)) visit(sym) // export * as Namespace from './module.js'
        else out.push({ name: sym.getName(), decl })
      }
    }
  }
  for (const e of entries) {
    const sf = program.getSourceFile(e.file)
    const ms = sf && checker.getSymbolAtLocation(sf)
    if (ms !== undefined) visit(ms)
  }
  return out
}

const documented = (decl: ts.Declaration): boolean => {
  const docs = ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc)
  const hasExample = docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'example'))
  const hasSummary = docs.some(
    (d) =>
      (typeof d.comment === 'string' ? d.comment.trim() !== '' : (d.comment?.length ?? 0) > 0) ||
      (d.tags ?? []).some((t) => t.tagName.text === 'category'),
  )
  return hasExample && hasSummary
}

/** The code of each @example of a declaration: the comment's raw lines up to the next tag. */
const examplesOf = (decl: ts.Declaration): ReadonlyArray<string> => {
  const out: string[][] = []
  for (const doc of ts.getJSDocCommentsAndTags(decl).filter(ts.isJSDoc)) {
    let current: string[] | undefined
    for (const raw of doc.getText().split('\n')) {
      const line = raw.replace(/^\s*\/?\*\*?\/?\s?/, '').replace(/\s*\*\/$/, '')
      if (/^@example\b/.test(line)) out.push((current = [line.replace(/^@example\s*/, '')]))
      else if (/^@\w/.test(line)) current = undefined
      else current?.push(line)
    }
  }
  return out.map((lines) => lines.join('\n').replace(/^```\w*$/gm, '').trim()).filter((code) => code !== '')
}

test('every public export has TSDoc with a summary and an @example', (t) => {
  t.true(entries.length >= 9, `entry points: ${entries.map((e) => e.name).join(', ')}`)
  for (const e of entries) t.truthy(program.getSourceFile(e.file), e.file)
  const decls = publicDeclarations()
  t.true(decls.length > 500, `only ${decls.length} declarations found`)
  const missing = decls.filter((d) => !documented(d.decl)).map((d) => `${relative(root, d.decl.getSourceFile().fileName)}: ${d.name}`)
  t.deepEqual([...new Set(missing)].sort(), [])
})

test('every @example of a public export and every TypeScript block of the guides and the README compiles, importing from the entry points', (t) => {
  // each example becomes a module beside the file it documents, so the generated model's
  // relative imports ('./ACL.js') resolve as well as 'ovn-nb' (package self-reference)
  const snippets = new Map<string, { readonly code: string; readonly where: string }>()
  for (const { name, decl } of publicDeclarations()) {
    const file = decl.getSourceFile().fileName
    for (const code of examplesOf(decl)) {
      snippets.set(join(dirname(file), `__example_${snippets.size}.ts`), { code: `${code}\nexport {}\n`, where: `${relative(root, file)}: ${name}` })
    }
  }
  t.true(snippets.size > 800, `only ${snippets.size} examples`)
  // and the guides' TypeScript blocks, as modules of a project that installed the package
  const guides = join(root, 'docs', 'guides')
  const docs = [...readdirSync(guides).filter((f) => f.endsWith('.md')).map((md) => ({ file: join(guides, md), where: `docs/guides/${md}` })), { file: join(root, 'README.md'), where: 'README.md' }]
  for (const { file, where } of docs) {
    for (const [i, block] of [...readFileSync(file, 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].entries()) {
      snippets.set(join(root, 'examples', `__doc_${where.replace(/\W/g, '_')}_${i}.ts`), { code: `${block[1] ?? ''}\nexport {}\n`, where: `${where}: block ${i + 1}` })
    }
  }
  t.true([...snippets.values()].filter((s) => s.where.startsWith('docs/')).length >= 5, 'the guides have code')
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  host.getSourceFile = (f, language, ...rest) => {
    const s = snippets.get(f)
    return s === undefined ? getSourceFile(f, language, ...rest) : ts.createSourceFile(f, s.code, language)
  }
  host.fileExists = (f) => snippets.has(f) || fileExists(f)
  const compiled = ts.createProgram({ rootNames: [...snippets.keys()], options, host, oldProgram: program })
  const problems: string[] = []
  for (const [file, s] of snippets) {
    const sf = compiled.getSourceFile(file)
    if (sf === undefined) problems.push(`${s.where}: not compiled`)
    else for (const d of [...compiled.getSyntacticDiagnostics(sf), ...compiled.getSemanticDiagnostics(sf)]) problems.push(`${s.where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
  }
  t.deepEqual(problems, [])
})

// What a topology author and a controller writer need, and no more: the root is where
// people look first, and typedoc's root page lists every name it holds.
const ROOT_LIMIT = 150
// The modules the root may take names from; the OVSDB client's internals, wire types,
// codecs and the code generator have their own entry points.
const ROOT_SOURCES = [
  /^src\/nb\/(dsl|net|match|generated)\//,
  /^src\/sb\/generated\//,
  /^src\/nb\/identity\.ts$/,
  /^src\/(plan|apply)\//,
  /^src\/ovsdb\/(client|session|replica|errors|desired)\.ts$/,
  /^src\/codegen\/runtime\.ts$/,
  /^src\/(errors|issue)\.ts$/,
]

test(`the root entry point holds at most ${ROOT_LIMIT} names, from the layers a user builds and applies networks with`, (t) => {
  for (const e of entries) {
    const names = exportsOf(e.file)
    const byFile = new Map<string, string[]>()
    for (const n of names) byFile.set(n.file, [...(byFile.get(n.file) ?? []), n.name])
    t.log(`${e.name}: ${names.length} names`)
    for (const [file, ns] of [...byFile].sort()) t.log(`  ${file}: ${ns.sort().join(', ')}`)
  }
  const rootNames = exportsOf(entries.find((e) => e.name === 'ovn-nb')?.file ?? '')
  t.true(rootNames.length >= 50, `${rootNames.length} names: the root lost what users need`)
  t.true(rootNames.length <= ROOT_LIMIT, `${rootNames.length} names at the root; at most ${ROOT_LIMIT}`)
  t.deepEqual(
    rootNames.filter((n) => !ROOT_SOURCES.some((re) => re.test(n.file))).map((n) => `${n.file}: ${n.name}`),
    [],
  )
  for (const name of ['topology', 'logicalSwitch', 'apply', 'Planner', 'connect', 'syncReplica', 'NB', 'formatError']) {
    t.true(
      rootNames.some((n) => n.name === name),
      name,
    )
  }
})
