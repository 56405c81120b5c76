import test from 'ava'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

// Every public export has TSDoc with a summary and an @example (typedoc checks links and
// renders; this checks that nothing exported goes undocumented).
const root = join(process.cwd(), 'src')

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : []
  })

const isExported = (n: ts.Node): boolean =>
  ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)

const undocumented = (file: string): string[] => {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const out: string[] = []
  for (const st of sf.statements) {
    if (!isExported(st) || ts.isExportDeclaration(st)) continue
    const names = ts.isVariableStatement(st)
      ? st.declarationList.declarations.map((d) => d.name.getText(sf))
      : [(st as ts.DeclarationStatement).name?.getText(sf) ?? '?']
    const docs = ts.getJSDocCommentsAndTags(ts.isVariableStatement(st) ? st.declarationList.declarations[0]! : st)
    const jsdoc = docs.filter(ts.isJSDoc)
    const hasExample = jsdoc.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'example'))
    const hasSummary = jsdoc.some((d) => typeof d.comment === 'string' ? d.comment.trim() !== '' : (d.comment?.length ?? 0) > 0) ||
      jsdoc.some((d) => (d.tags ?? []).some((t) => t.tagName.text === 'category'))
    if (!hasExample || !hasSummary) out.push(`${relative(process.cwd(), file)}: ${names.join(', ')}`)
  }
  return out
}

test('every exported declaration under src/ has TSDoc with an @example', (t) => {
  const missing = files(root).flatMap(undocumented)
  t.deepEqual(missing, [])
})
