/**
 * The printer: TypeScript source from the IR. One module per table (row, insert and
 * update shapes, metadata, a row codec with specialized decoders) and an index. The
 * output depends on nothing but the IR and the options, so generation is
 * deterministic.
 *
 * @module
 */
import type { Atom } from '../ovsdb/wire/atom.js'
import type { BaseType, ColumnType } from '../ovsdb/schema.js'
import { checkAtom } from '../ovsdb/validate.js'
import { defaultAtom } from './runtime.js'
import type { ColumnIR, DatabaseIR, TableIR } from './ir.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Where generated modules import the runtime (the module `codegen/runtime`) from: a
 * module specifier, and the name under which it exports the runtime namespace (omit
 * when the specifier is the runtime module itself).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { RuntimeImport } from 'ovn-nb/codegen'
 * const fromPackage: RuntimeImport = { module: 'ovn-nb/codegen', name: 'codegenRuntime' }
 * const inRepo: RuntimeImport = { module: '../../codegen/runtime.js' }
 */
export interface RuntimeImport {
  readonly module: string
  readonly name?: string
}

/**
 * A generated file: a path relative to the output directory, and its text.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { GeneratedFile } from 'ovn-nb/codegen'
 * const f: GeneratedFile = { path: 'index.ts', content: '// generated — do not edit\n' }
 */
export interface GeneratedFile {
  readonly path: string
  readonly content: string
}

/**
 * Options of the printer.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PrintOptions } from 'ovn-nb/codegen'
 * const o: PrintOptions = { runtime: { module: 'ovn-nb/codegen', name: 'codegenRuntime' } }
 */
export interface PrintOptions {
  readonly runtime: RuntimeImport
}

// -------------------------------------------------------------------------------------
// text helpers
// -------------------------------------------------------------------------------------

/** A single-quoted TypeScript string literal. */
const str = (s: string): string =>
  `'${JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`

const lit = (a: Atom): string =>
  typeof a === 'string' ? str(a) : typeof a === 'object' ? `[${str(a[0])}, ${str(a[1])}]` : String(a)

/**
 * Text safe inside a TSDoc comment: no comment end anywhere, and outside code spans
 * no `@` that could start a tag.
 */
const doc = (s: string): string =>
  s
    .replace(/\*\//g, '*\\/')
    .split('`')
    .map((part, i) => (i % 2 === 0 ? part.replace(/@/g, '\\@') : part))
    .join('`')

/** A code span; backticks inside become quotes. */
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``

/** A TSDoc block from lines (empty strings are blank lines), indented. */
const block = (lines: ReadonlyArray<string>, indent = ''): string =>
  [`${indent}/**`, ...lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join('\n')

const HEADER = (ir: DatabaseIR): string => `// generated — do not edit: ${ir.name} ${ir.version} (ovn-nb gen)`

// -------------------------------------------------------------------------------------
// types
// -------------------------------------------------------------------------------------

/** Enum values that also satisfy the base type's other constraints. */
const enumValues = (b: BaseType): ReadonlyArray<Atom> | undefined => {
  if (b.enum === undefined) return undefined
  const { enum: _, ...plain } = b
  return b.enum.filter((a) => checkAtom(plain, a) === undefined)
}

type Mode = 'row' | 'write'

const atomType = (b: BaseType, mode: Mode): string => {
  const e = enumValues(b)
  if (e !== undefined && b.type !== 'uuid') return e.length === 0 ? 'never' : e.map(lit).join(' | ')
  switch (b.type) {
    case 'integer':
    case 'real':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'string':
      return 'string'
    case 'uuid':
      if (mode === 'write') return b.refTable !== undefined ? `rt.Ref<${str(b.refTable)}>` : 'rt.Ref'
      if (b.refTable === undefined) return 'rt.Uuid'
      return `rt.${b.refType === 'weak' ? 'WeakReference' : 'StrongReference'}<${str(b.refTable)}>`
  }
}

const columnTsType = (c: ColumnIR, mode: Mode): string => {
  const k = atomType(c.type.key, mode)
  switch (c.kind) {
    case 'atom':
      return k
    case 'optional':
      return `${k} | undefined`
    case 'set':
      return `ReadonlyArray<${k}>`
    case 'map':
      return `ReadonlyMap<${k}, ${atomType(c.type.value!, mode)}>`
  }
}

// -------------------------------------------------------------------------------------
// descriptions
// -------------------------------------------------------------------------------------

const range = (lo: number | undefined, hi: number | undefined): string =>
  lo !== undefined && hi !== undefined ? ` in ${lo}..${hi}` : lo !== undefined ? ` >= ${lo}` : hi !== undefined ? ` <= ${hi}` : ''

const atomText = (b: BaseType, plural: boolean): string => {
  const s = plural ? 's' : ''
  const e = enumValues(b)
  if (e !== undefined) return `${b.type}${s} ${plural ? 'each ' : ''}one of ${e.map((a) => code(JSON.stringify(a))).join(', ')}`
  switch (b.type) {
    case 'integer':
      return `integer${s}${range(b.minInteger, b.maxInteger)}`
    case 'real':
      return `real${s}${range(b.minReal, b.maxReal)}`
    case 'boolean':
      return `boolean${s}`
    case 'string': {
      const lo = b.minLength
      const hi = b.maxLength
      const len =
        lo !== undefined && hi !== undefined
          ? ` of ${lo} to ${hi} characters`
          : lo !== undefined
            ? ` of at least ${lo} characters`
            : hi !== undefined
              ? ` of at most ${hi} characters`
              : ''
      return `string${s}${len}`
    }
    case 'uuid':
      return b.refTable === undefined
        ? `UUID${s}`
        : `${b.refType === 'weak' ? 'weak' : 'strong'} reference${s} to \`${b.refTable}\``
  }
}

const sizeText = (ct: ColumnType, what: string): string => {
  const max = ct.max === 'unlimited' ? undefined : ct.max
  if (max === undefined) return ct.min === 0 ? `any number of ${what}` : `at least ${ct.min} ${what.replace(/s$/, '')}`
  return `${ct.min} to ${max} ${what}`
}

/**
 * One line saying in words what a column holds, as the generated docs do.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { describeColumn } from 'ovn-nb/codegen'
 * describeColumn({ name: 'tag', kind: 'optional', mutable: true, ephemeral: false, type: { key: { type: 'integer', minInteger: 1, maxInteger: 4095 }, min: 0, max: 1 } })
 * // 'optional integer in 1..4095.'
 */
export const describeColumn = (c: ColumnIR): string => {
  switch (c.kind) {
    case 'atom':
      return `${atomText(c.type.key, false)}.`
    case 'optional':
      return `optional ${atomText(c.type.key, false)}.`
    case 'set':
      return `set of ${atomText(c.type.key, true)} (${sizeText(c.type, 'elements')}).`
    case 'map':
      return `map from ${atomText(c.type.key, true)} to ${atomText(c.type.value!, true)} (${sizeText(c.type, 'entries')}).`
  }
}

const sinceText = (ir: DatabaseIR, since: string | undefined): string | undefined =>
  since === undefined
    ? undefined
    : since === ir.history[0]
      ? `Since schema ${ir.name} ${since} (or earlier: the oldest schema the model knows).`
      : `Since schema ${ir.name} ${since}.`

const seeLine = (t: TableIR, ir: DatabaseIR): ReadonlyArray<string> =>
  t.docUrl === undefined ? [] : [`@see {@link ${t.docUrl} | ${ir.name} documentation, table ${doc(t.name)}}`]

const columnDoc = (ir: DatabaseIR, t: TableIR, c: ColumnIR, mode: 'row' | 'insert' | 'update'): string => {
  const notes: string[] = []
  const since = sinceText(ir, c.since)
  if (since !== undefined) notes.push(since)
  if (!c.mutable) notes.push(mode === 'insert' ? 'Immutable: it can only be set here, by insert.' : 'Immutable: set by insert only.')
  if (c.ephemeral) notes.push('Ephemeral: not written to disk.')
  if (mode !== 'row') {
    const refs = [c.type.key, c.type.value].some((b) => b?.type === 'uuid')
    notes.push(
      c.kind === 'optional'
        ? '`undefined` clears it.' + (refs ? ' References may be named-uuids of rows inserted in the same transaction.' : '')
        : refs
          ? 'References may be named-uuids of rows inserted in the same transaction.'
          : '',
    )
  }
  const lines = [
    doc(`\`${c.name}\`: ${describeColumn(c)}`),
    '',
    ...notes.filter((n) => n !== '').map(doc),
    ...(notes.some((n) => n !== '') ? [''] : []),
    doc(`OVSDB type: ${code(JSON.stringify(c.type))}`),
    ...seeLine(t, ir),
  ]
  return block(lines, '  ')
}

// -------------------------------------------------------------------------------------
// examples
// -------------------------------------------------------------------------------------

/** A sample friendly value of a column, for examples; none for references. */
const sample = (c: ColumnIR): string | undefined => {
  const atom = (b: BaseType): string | undefined => {
    if (b.type === 'uuid') return undefined
    const e = enumValues(b)
    if (e !== undefined) return e.length > 0 ? lit(e[0]!) : undefined
    switch (b.type) {
      case 'boolean':
        return 'true'
      case 'string':
        return (b.minLength ?? 0) <= 7 && (b.maxLength ?? 7) >= 7 ? str('example') : undefined
      default:
        return lit(defaultAtom(b))
    }
  }
  const k = atom(c.type.key)
  if (k === undefined) return undefined
  switch (c.kind) {
    case 'atom':
    case 'optional':
      return k
    case 'set':
      return `[${k}]`
    case 'map': {
      const v = atom(c.type.value!)
      return v === undefined ? undefined : `new Map([[${k}, ${v}]])`
    }
  }
}

const exampleRecord = (cols: ReadonlyArray<ColumnIR>): string => {
  for (const c of cols) {
    const s = sample(c)
    if (s !== undefined) return `{ ${c.name}: ${s} }`
  }
  return '{}'
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

/** Module-level constants a table's decoders need (large enum sets). */
class Consts {
  readonly lines: string[] = []
  private readonly names = new Set<string>()
  add(name: string, values: ReadonlyArray<Atom>): string {
    if (this.names.has(name)) return name
    this.names.add(name)
    this.lines.push(`const ${name}: ReadonlySet<unknown> = new Set<unknown>([${values.map(lit).join(', ')}])`)
    return name
  }
}

/** A boolean expression: is `x` (an identifier of type unknown) a valid atom of `b`, as read from a server. */
const atomCheck = (b: BaseType, x: string, consts: Consts, constName: string): string => {
  const e = enumValues(b)
  if (e !== undefined) {
    if (b.type === 'uuid') {
      const ids = e.map((a) => (typeof a === 'object' ? a[1] : String(a)))
      return `(rt.isUuid(${x}) && (${ids.map((u) => `${x}[1] === ${str(u)}`).join(' || ') || 'false'}))`
    }
    if (e.length === 0) return 'false'
    if (e.length <= 8) return `(${e.map((a) => `${x} === ${lit(a)}`).join(' || ')})`
    return `${consts.add(constName, e)}.has(${x})`
  }
  switch (b.type) {
    case 'integer':
      return [
        `typeof ${x} === 'number'`,
        `Number.isInteger(${x})`,
        ...(b.minInteger !== undefined ? [`${x} >= ${b.minInteger}`] : []),
        ...(b.maxInteger !== undefined ? [`${x} <= ${b.maxInteger}`] : []),
      ].join(' && ')
    case 'real':
      return [
        `typeof ${x} === 'number'`,
        ...(b.minReal !== undefined ? [`${x} >= ${b.minReal}`] : []),
        ...(b.maxReal !== undefined ? [`${x} <= ${b.maxReal}`] : []),
      ].join(' && ')
    case 'boolean':
      return `typeof ${x} === 'boolean'`
    case 'string':
      return b.minLength !== undefined || b.maxLength !== undefined
        ? `typeof ${x} === 'string' && rt.lengthIn(${x}, ${b.minLength ?? 0}, ${b.maxLength ?? 'Infinity'})`
        : `typeof ${x} === 'string'`
    case 'uuid':
      return `rt.isUuid(${x})`
  }
}

const defaultAtomLit = (b: BaseType): string => {
  const a = defaultAtom(b)
  return typeof a === 'object' ? 'rt.ZERO_UUID' : lit(a)
}

const decoder = (c: ColumnIR, consts: Consts): string => {
  const fn = `d_${c.name}`
  const k = atomType(c.type.key, 'row')
  const ck = (x: string) => atomCheck(c.type.key, x, consts, `E_${c.name}`)
  const max = c.type.max === 'unlimited' ? undefined : c.type.max
  switch (c.kind) {
    case 'atom':
      return [
        `const ${fn} = (v: unknown): ${k} | rt.Invalid => {`,
        `  if (v === undefined) return ${defaultAtomLit(c.type.key)}`,
        `  if (rt.isSetForm(v)) {`,
        `    if (v[1].length !== 1) return rt.INVALID`,
        `    v = v[1][0]`,
        `  }`,
        `  return ${ck('v')} ? (v as ${k}) : rt.INVALID`,
        `}`,
      ].join('\n')
    case 'optional':
      return [
        `const ${fn} = (v: unknown): ${k} | undefined | rt.Invalid => {`,
        `  if (v === undefined) return undefined`,
        `  if (rt.isSetForm(v)) {`,
        `    if (v[1].length === 0) return undefined`,
        `    if (v[1].length !== 1) return rt.INVALID`,
        `    v = v[1][0]`,
        `  }`,
        `  return ${ck('v')} ? (v as ${k}) : rt.INVALID`,
        `}`,
      ].join('\n')
    case 'set': {
      const size = [...(c.type.min > 0 ? [`xs.length < ${c.type.min}`] : []), ...(max !== undefined ? [`xs.length > ${max}`] : [])]
      return [
        `const ${fn} = (v: unknown): ReadonlyArray<${k}> | rt.Invalid => {`,
        `  if (v === undefined) return ${c.type.min === 0 ? 'rt.EMPTY' : `[${defaultAtomLit(c.type.key)}]`}`,
        `  if (!rt.isSetForm(v)) return ${ck('v')} ? [v as ${k}] : rt.INVALID`,
        `  const xs = v[1]`,
        ...(size.length > 0 ? [`  if (${size.join(' || ')}) return rt.INVALID`] : []),
        `  for (let i = 0; i < xs.length; i++) {`,
        `    const x = xs[i]`,
        `    if (!(${ck('x')})) return rt.INVALID`,
        `  }`,
        `  return xs as ReadonlyArray<${k}>`,
        `}`,
      ].join('\n')
    }
    case 'map': {
      const vb = c.type.value!
      const v = atomType(vb, 'row')
      const cv = atomCheck(vb, 'y', consts, `E_${c.name}_value`)
      const size = [...(c.type.min > 0 ? [`ps.length < ${c.type.min}`] : []), ...(max !== undefined ? [`ps.length > ${max}`] : [])]
      const dflt =
        c.type.min === 0
          ? `new Map<${k}, ${v}>()`
          : `new Map<${k}, ${v}>([[${defaultAtomLit(c.type.key)}, ${defaultAtomLit(vb)}]])`
      return [
        `const ${fn} = (v: unknown): ReadonlyMap<${k}, ${v}> | rt.Invalid => {`,
        `  if (v === undefined) return ${dflt}`,
        `  if (!rt.isMapForm(v)) return rt.INVALID`,
        `  const ps = v[1]`,
        ...(size.length > 0 ? [`  if (${size.join(' || ')}) return rt.INVALID`] : []),
        `  const m = new Map<${k}, ${v}>()`,
        `  for (let i = 0; i < ps.length; i++) {`,
        `    const p = ps[i]`,
        `    if (!rt.isPair(p)) return rt.INVALID`,
        `    const x = p[0]`,
        `    const y = p[1]`,
        `    if (!(${ck('x')}) || !(${cv})) return rt.INVALID`,
        `    m.set(x as ${k}, y as ${v})`,
        `  }`,
        `  if (m.size !== ps.length) return rt.INVALID`,
        `  return m`,
        `}`,
      ].join('\n')
    }
  }
}

const encoder = (c: ColumnIR): string => {
  const r = `r.${c.name}`
  switch (c.kind) {
    case 'atom':
      return r
    case 'optional':
      return `rt.encodeOptional(${r})`
    case 'set':
      return `rt.encodeSet(${r})`
    case 'map':
      return `rt.encodeMap(${r})`
  }
}

// -------------------------------------------------------------------------------------
// modules
// -------------------------------------------------------------------------------------

const importRuntime = (o: PrintOptions): string =>
  o.runtime.name === undefined
    ? `import * as rt from ${str(o.runtime.module)}`
    : `import { ${o.runtime.name} as rt } from ${str(o.runtime.module)}`

const banner = (title: string): string =>
  [
    '// -------------------------------------------------------------------------------------',
    `// ${title}`,
    '// -------------------------------------------------------------------------------------',
    '',
  ].join('\n')

const tags = (category: string, example: ReadonlyArray<string>): ReadonlyArray<string> => [
  '',
  `@category ${category}`,
  '@since 0.1.0',
  '@example',
  ...example,
]

const tableFacts = (ir: DatabaseIR, t: TableIR): ReadonlyArray<string> => {
  const facts: string[] = []
  const since = sinceText(ir, t.since)
  if (since !== undefined) facts.push(since)
  facts.push(
    t.isRoot
      ? 'A root table: rows live until deleted.'
      : 'Not a root table: the server deletes a row once no strong reference points at it.',
  )
  if (t.indexes.length > 0) facts.push(`Indexes: ${t.indexes.map((ix) => `(${ix.map((c) => `\`${c}\``).join(', ')})`).join(', ')}.`)
  if (t.maxRows !== undefined) facts.push(`At most ${t.maxRows} rows.`)
  return facts.map(doc)
}

/**
 * The module of one table.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { buildIR, printTable } from 'ovn-nb/codegen'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * declare const schema: DatabaseSchema
 * const ir = buildIR(schema)
 * if (E.isRight(ir)) printTable(ir.right, ir.right.tables[0]!, { runtime: { module: 'ovn-nb/codegen', name: 'codegenRuntime' } })
 */
export const printTable = (ir: DatabaseIR, t: TableIR, options: PrintOptions): string =>
  [
    HEADER(ir),
    block([
      doc(`Table \`${t.name}\` of ${ir.name} ${ir.version}: its rows, inserts and updates, their codecs and the`),
      'table’s metadata.',
      '',
      ...tableFacts(ir, t),
      ...seeLine(t, ir),
      '',
      '@module',
    ]),
    `${importRuntime(options)}\n`,
    banner('model'),
    rowSection(ir, t),
    insertSection(ir, t),
    updateSection(ir, t),
    banner('metadata'),
    metadataSection(t),
    banner('decoders'),
    ...decoderSection(t),
    banner('codecs'),
    codecSection(t),
  ].join('\n')

/** How a table's module is imported in the examples of its TSDoc. */
const importOf = (t: TableIR): string => `import * as ${t.ident} from './${t.ident}.js'`
const mutableColumns = (t: TableIR): ReadonlyArray<ColumnIR> => t.columns.filter((c) => c.mutable)

/** The `Row` interface: a row as read from the server. */
const rowSection = (ir: DatabaseIR, t: TableIR): string =>
  [
    block([
      doc(`A row of \`${t.name}\` as read from the server: every column with a friendly value (see`),
      'the module `codegen/runtime` for the mapping); a column the server does not have holds',
      'its default value.',
      '',
      ...tableFacts(ir, t),
      ...seeLine(t, ir),
      ...tags('model', [importOf(t), `const id = (r: ${t.ident}.Row): string => r._uuid[1]`]),
    ]),
    `export interface Row {`,
    block(['The row’s UUID.'], '  '),
    `  readonly _uuid: rt.Uuid<${str(t.name)}>`,
    block(['The row’s version, when the server sent it (`select` and monitors that ask for it).'], '  '),
    `  readonly _version: rt.Uuid | undefined`,
    ...t.columns.flatMap((c) => [columnDoc(ir, t, c, 'row'), `  readonly ${c.name}: ${columnTsType(c, 'row')}`]),
    `}`,
  ].join('\n') + '\n'

/** The `Insert` interface: the columns of a new row. */
const insertSection = (ir: DatabaseIR, t: TableIR): string =>
  [
    block([
      doc(`The columns of a new \`${t.name}\` row; those left out get their default values.`),
      ...tags('model', [importOf(t), `const row: ${t.ident}.Insert = ${exampleRecord(t.columns)}`]),
    ]),
    `export interface Insert {`,
    ...t.columns.flatMap((c) => [columnDoc(ir, t, c, 'insert'), `  readonly ${c.name}?: ${columnTsType(c, 'write')}`]),
    `}`,
  ].join('\n') + '\n'

/** The `Update` interface: the mutable columns. */
const updateSection = (ir: DatabaseIR, t: TableIR): string => {
  const mutable = mutableColumns(t)
  return (
    [
      block([
        doc(`The columns an update of \`${t.name}\` may change: the mutable ones.`),
        ...tags('model', [importOf(t), `const change: ${t.ident}.Update = ${exampleRecord(mutable)}`]),
      ]),
      mutable.length === 0 ? `export interface Update {}` : `export interface Update {`,
      ...(mutable.length === 0
        ? []
        : [...mutable.flatMap((c) => [columnDoc(ir, t, c, 'update'), `  readonly ${c.name}?: ${columnTsType(c, 'write')}`]), `}`]),
    ].join('\n') + '\n'
  )
}

/** One column's entry in the table's metadata. */
const columnModelLine = (c: ColumnIR): string => {
  const opts = [
    ...(c.since !== undefined ? [`since: ${str(c.since)}`] : []),
    ...(c.mutable ? [] : ['mutable: false']),
    ...(c.ephemeral ? ['ephemeral: true'] : []),
  ]
  return `    ${c.name}: rt.columnModel(${str(c.name)}, ${JSON.stringify(c.type)}${opts.length > 0 ? `, { ${opts.join(', ')} }` : ''}),`
}

/** The `table` constant: what the model knows about the table and its columns. */
const metadataSection = (t: TableIR): string =>
  [
    block([
      doc(`What the model knows about \`${t.name}\` and each of its columns: OVSDB type, kind, first`),
      'schema version, mutability, references, default value and a codec.',
      ...tags('metadata', [importOf(t), `${t.ident}.table.isRoot // ${t.isRoot}`]),
    ]),
    `export const table: rt.TableModel<${str(t.name)}, keyof Insert> = {`,
    `  name: ${str(t.name)},`,
    ...(t.since !== undefined ? [`  since: ${str(t.since)},`] : []),
    `  isRoot: ${t.isRoot},`,
    ...(t.maxRows !== undefined ? [`  maxRows: ${t.maxRows},`] : []),
    `  indexes: [${t.indexes.map((ix) => `[${ix.map(str).join(', ')}]`).join(', ')}],`,
    ...(t.docUrl !== undefined ? [`  docUrl: ${str(t.docUrl)},`] : []),
    t.columns.length === 0 ? '  columns: {},' : '  columns: {',
    ...(t.columns.length === 0 ? [] : [...t.columns.map(columnModelLine), '  },']),
    `}`,
  ].join('\n') + '\n'

/** Each column's decoder (and the constants they share), the fast row decoder and the encoder. */
const decoderSection = (t: TableIR): ReadonlyArray<string> => {
  const N = str(t.name)
  const consts = new Consts()
  const decoders = t.columns.map((c) => decoder(c, consts))
  return [
    ...(consts.lines.length > 0 ? [consts.lines.join('\n') + '\n'] : []),
    decoders.join('\n\n') + '\n',
    [
      `const fast: rt.FastDecoder<Row> = (o, uuid) => {`,
      `  if (!rt.isUuid(uuid)) return rt.INVALID`,
      `  const _version = o['_version']`,
      `  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID`,
      ...t.columns.flatMap((c) => [`  const v_${c.name} = d_${c.name}(o[${str(c.name)}])`, `  if (v_${c.name} === rt.INVALID) return rt.INVALID`]),
      `  return {`,
      `    _uuid: uuid as rt.Uuid<${N}>,`,
      `    _version: _version as rt.Uuid | undefined,`,
      ...t.columns.map((c) => `    ${c.name}: v_${c.name},`),
      `  }`,
      `}`,
      ``,
      `const encode = (r: Row): rt.WireRow => {`,
      `  const o: Record<string, rt.Value> = {`,
      `    _uuid: r._uuid,`,
      ...t.columns.map((c) => `    ${c.name}: ${encoder(c)},`),
      `  }`,
      `  if (r._version !== undefined) o['_version'] = r._version`,
      `  return o`,
      `}`,
    ].join('\n') + '\n',
  ]
}

/** The io-ts codecs of rows, inserts and updates. */
const codecSection = (t: TableIR): string => {
  const imp = importOf(t)
  const mutable = mutableColumns(t)
  const uuidEx = `'550e8400-e29b-41d4-a716-446655440000'`
  return (
    [
      block([
        doc(`The io-ts codec of \`${t.name}\` rows: decodes a wire row (with \`_uuid\`, as \`select\``),
        'returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.',
        '`decodeWithUuid` decodes monitor rows, whose UUID is their key.',
        ...tags('codecs', [imp, `${t.ident}.RowC.decodeWithUuid(${uuidEx}, {}) // Right({ _uuid: ['uuid', ${uuidEx}], ... })`]),
      ]),
      `export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)`,
      '',
      block([
        `The io-ts codec of \`${t.name}\` inserts (wire row <-> {@link Insert}).`,
        ...tags('codecs', [imp, `${t.ident}.InsertC.encode(${exampleRecord(t.columns)})`]),
      ]),
      `export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')`,
      '',
      block([
        `The io-ts codec of \`${t.name}\` updates (wire row <-> {@link Update}).`,
        ...tags('codecs', [imp, `${t.ident}.UpdateC.encode(${exampleRecord(mutable)})`]),
      ]),
      `export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')`,
    ].join('\n') + '\n'
  )
}

/**
 * The index module: every table's module as a namespace, and the maps from table
 * names to row, insert and update types, metadata and codecs.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { buildIR, printIndex } from 'ovn-nb/codegen'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * declare const schema: DatabaseSchema
 * const ir = buildIR(schema)
 * if (E.isRight(ir)) printIndex(ir.right, { runtime: { module: 'ovn-nb/codegen', name: 'codegenRuntime' } })
 */
export const printIndex = (ir: DatabaseIR, options: PrintOptions): string => {
  const first = ir.tables[0]
  const imp = `import * as db from './index.js'`
  const map = (name: string, what: string, member: string, example: string) =>
    [
      block([doc(`${what}, by table name.`), ...tags('model', [imp, example])]),
      ir.tables.length === 0 ? `export interface ${name} {}` : `export interface ${name} {`,
      ...(ir.tables.length === 0 ? [] : [...ir.tables.map((t) => `  readonly ${t.name}: ${t.ident}.${member}`), '}']),
    ].join('\n') + '\n'
  const out: string[] = [
    HEADER(ir),
    block([
      doc(`The ${ir.name} ${ir.version} model: one namespace per table (its \`Row\`, \`Insert\`, \`Update\`,`),
      'codecs and `table` metadata), and maps over all tables.',
      ...(ir.history.length > 0 ? ['', doc(`Versions recorded by \`since\`: ${ir.history.join(', ')}.`)] : []),
      ...(ir.omitted !== undefined
        ? ['', doc(`Only some tables of the schema: ${ir.omitted.length} left out, and columns referring to them are plain uuids (${ir.omitted.join(', ')}).`)]
        : []),
      '',
      '@module',
    ]),
    `${importRuntime(options)}`,
    ...ir.tables.map((t) => `import * as ${t.ident} from './${t.ident}.js'`),
    '',
    ...(ir.tables.length > 0 ? [`export {\n${ir.tables.map((t) => `  ${t.ident},`).join('\n')}\n}\n`] : []),
    banner('model'),
    map('Rows', 'Every table’s row type', 'Row', first ? `type R = db.Rows[${str(first.name)}]` : 'type R = db.Rows'),
    map('Inserts', 'Every table’s insert shape', 'Insert', first ? `type I = db.Inserts[${str(first.name)}]` : 'type I = db.Inserts'),
    map('Updates', 'Every table’s update shape', 'Update', first ? `type U = db.Updates[${str(first.name)}]` : 'type U = db.Updates'),
    [
      block([doc(`The name of a table of ${ir.name}.`), ...tags('model', [imp, `const t: db.TableName = ${first ? str(first.name) : "'' as never"}`])]),
      `export type TableName = keyof Rows`,
    ].join('\n') + '\n',
    banner('metadata'),
    [
      block([
        doc(`The ${ir.name} model: name, version and every table’s metadata.`),
        ...tags('metadata', [imp, `db.model.version // ${str(ir.version)}`]),
      ]),
      `export const model: rt.DatabaseModel<TableName> = {`,
      `  name: ${str(ir.name)},`,
      `  version: ${str(ir.version)},`,
      ir.tables.length === 0 ? '  tables: {},' : '  tables: {',
      ...(ir.tables.length === 0 ? [] : [...ir.tables.map((t) => `    ${t.name}: ${t.ident}.table,`), '  },']),
      `}`,
    ].join('\n') + '\n',
    banner('codecs'),
    [
      block([
        doc('Every table’s row codec, by table name.'),
        ...tags('codecs', [imp, first ? `db.codecs[${str(first.name)}].decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {})` : 'db.codecs']),
      ]),
      `export const codecs: { readonly [K in TableName]: rt.RowType<Rows[K]> } = {`,
      ...ir.tables.map((t) => `  ${t.name}: ${t.ident}.RowC,`),
      `}`,
    ].join('\n') + '\n',
  ]
  return out.join('\n')
}

/**
 * Every file of a generated model: one module per table and `index.ts`.
 *
 * @category printing
 * @since 0.1.0
 * @example
 * import { buildIR, printDatabase } from 'ovn-nb/codegen'
 * import type { DatabaseSchema } from 'ovn-nb/ovsdb'
 * import * as E from 'fp-ts/lib/Either.js'
 * declare const schema: DatabaseSchema
 * const ir = buildIR(schema)
 * if (E.isRight(ir)) printDatabase(ir.right, { runtime: { module: 'ovn-nb/codegen', name: 'codegenRuntime' } }).map((f) => f.path)
 */
export const printDatabase = (ir: DatabaseIR, options: PrintOptions): ReadonlyArray<GeneratedFile> => [
  ...ir.tables.map((t) => ({ path: `${t.ident}.ts`, content: printTable(ir, t, options) })),
  { path: 'index.ts', content: printIndex(ir, options) },
]
