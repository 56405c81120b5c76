import test from 'ava'
import { join, relative } from 'node:path'
import ts from 'typescript'

// Every public export has TSDoc with a summary and an @example. "Public" means reachable
// from a package entry point (the `exports` map of package.json), through `export *`
// and `export * as Namespace`; internal modules of a layer need not repeat the docs of
// what their layer exports. typedoc checks links and renders; this checks coverage.
const root = process.cwd()
const entries = ['src/index.ts', 'src/ovsdb/index.ts', 'src/testing/index.ts', 'src/ovsdb/server/index.ts', 'src/virt/index.ts'].map((f) => join(root, f))

const documented = (decl: ts.Declaration): boolean => {
  const node = ts.isVariableDeclaration(decl) ? decl : decl
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)
  const hasExample = docs.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'example'))
  const hasSummary = docs.some(
    (d) =>
      (typeof d.comment === 'string' ? d.comment.trim() !== '' : (d.comment?.length ?? 0) > 0) ||
      (d.tags ?? []).some((t) => t.tagName.text === 'category'),
  )
  return hasExample && hasSummary
}

test('every public export has TSDoc with a summary and an @example', (t) => {
  const program = ts.createProgram(entries, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true })
  const checker = program.getTypeChecker()
  const missing = new Set<string>()
  const seen = new Set<ts.Symbol>()
  let checked = 0
  const visit = (moduleSymbol: ts.Symbol): void => {
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const sym = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      if (seen.has(sym)) continue
      seen.add(sym)
      for (const decl of sym.declarations ?? []) {
        const file = decl.getSourceFile().fileName
        if (!file.startsWith(join(root, 'src'))) continue
        if (ts.isSourceFile(decl)) {
          visit(sym) // export * as Namespace from './module.js'
          continue
        }
        checked++
        if (!documented(decl)) missing.add(`${relative(root, file)}: ${sym.getName()}`)
      }
    }
  }
  for (const e of entries) {
    const sf = program.getSourceFile(e)
    const ms = sf && checker.getSymbolAtLocation(sf)
    t.truthy(ms, e)
    if (ms !== undefined) visit(ms)
  }
  t.true(checked > 500, `only ${checked} declarations found`)
  t.deepEqual([...missing].sort(), [])
})
