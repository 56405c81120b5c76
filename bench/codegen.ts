/**
 * Benchmarks of the code generator (issue 3):
 * - decoding >= 100k Logical_Switch_Port monitor rows (addresses, options, external_ids,
 *   tag, DHCP references, ...) with the generated codec, against a hand-written decoder
 *   of the same rows to the same values, measured in the same run (target >= 0.6x);
 *   the generic io-ts combinators the style guide describes are measured too, for
 *   reference;
 * - the compile-time cost of the generated NB model: `tsc --extendedDiagnostics`
 *   instantiations and check time.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { isUuid, type Uuid } from '../src/ovsdb/index.js'
import * as NB from '../src/nb/generated/index.js'
import { median, type Figure, type Section } from './report.js'

type LspRow = NB.Logical_Switch_Port.Row

const ROWS = 100_000
const root = fileURLToPath(new URL('../../', import.meta.url))

// -------------------------------------------------------------------------------------
// rows as a monitor sends them (every column; one-element sets as bare atoms)
// -------------------------------------------------------------------------------------

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0')
const uuidOf = (i: number, salt: number): string =>
  `${hex(i, 8)}-${hex(salt, 4)}-4${hex(i & 0xfff, 3)}-8${hex((i >> 3) & 0xfff, 3)}-${hex(i * 7919 + salt, 12).slice(-12)}`

const lspWire = (i: number): Record<string, unknown> => {
  const mac = `0a:58:0a:${hex((i >> 8) & 0xff, 2)}:${hex(i & 0xff, 2)}:01`
  const ip = `10.${(i >> 16) & 0xff}.${(i >> 8) & 0xff}.${i & 0xff}`
  return {
    name: `ns${i % 97}_pod-${i}`,
    addresses: i % 4 === 0 ? ['set', [`${mac} ${ip}`, 'unknown']] : `${mac} ${ip}`,
    port_security: `${mac} ${ip}`,
    dynamic_addresses: ['set', []],
    enabled: true,
    up: i % 3 === 0,
    type: i % 50 === 0 ? 'localnet' : '',
    tag: i % 10 === 0 ? 1 + (i % 4095) : ['set', []],
    tag_request: ['set', []],
    parent_name: ['set', []],
    peer: ['set', []],
    options: ['map', [['requested-chassis', `node-${i % 50}`], ['iface-id-ver', uuidOf(i, 3)]]],
    external_ids: ['map', [['pod', 'true'], ['namespace', `ns${i % 97}`], ['k8s.ovn.org/nad', 'default'], ['owner', 'ovn-nb']]],
    dhcpv4_options: ['uuid', uuidOf(i % 100, 9)],
    dhcpv6_options: i % 2 === 0 ? ['uuid', uuidOf(i % 100, 10)] : ['set', []],
    ha_chassis_group: ['set', []],
    mirror_rules: ['set', []],
    health_checks: ['set', []],
  }
}

// -------------------------------------------------------------------------------------
// the hand-written decoder: what one would write for this table without a generator
// -------------------------------------------------------------------------------------

const BAD = Symbol('bad')
type Bad = typeof BAD

const isSetOf = (v: unknown): v is readonly ['set', ReadonlyArray<unknown>] =>
  Array.isArray(v) && v[0] === 'set' && v.length === 2 && Array.isArray(v[1])

const hwString = (v: unknown): string | Bad => (typeof v === 'string' ? v : BAD)

const hwOptional = <A>(v: unknown, ok: (x: unknown) => x is A): A | undefined | Bad => {
  if (isSetOf(v)) {
    if (v[1].length === 0) return undefined
    if (v[1].length > 1) return BAD
    v = v[1][0]
  }
  return ok(v) ? v : BAD
}

const isString = (x: unknown): x is string => typeof x === 'string'
const isBoolean = (x: unknown): x is boolean => typeof x === 'boolean'
const isTag = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 1 && x <= 4095
const isTagRequest = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 4095

const hwStrings = (v: unknown): ReadonlyArray<string> | Bad => {
  if (!isSetOf(v)) return typeof v === 'string' ? [v] : BAD
  for (const x of v[1]) if (typeof x !== 'string') return BAD
  return v[1] as ReadonlyArray<string>
}

const hwUuids = <T extends string>(v: unknown): ReadonlyArray<Uuid<T>> | Bad => {
  if (!isSetOf(v)) return isUuid(v) ? [v as Uuid<T>] : BAD
  for (const x of v[1]) if (!isUuid(x)) return BAD
  return v[1] as ReadonlyArray<Uuid<T>>
}

const hwStringMap = (v: unknown): ReadonlyMap<string, string> | Bad => {
  if (!Array.isArray(v) || v[0] !== 'map' || !Array.isArray(v[1])) return BAD
  const m = new Map<string, string>()
  for (const p of v[1] as ReadonlyArray<unknown>) {
    if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'string' || typeof p[1] !== 'string') return BAD
    m.set(p[0], p[1])
  }
  return m.size === (v[1] as ReadonlyArray<unknown>).length ? m : BAD
}

const handWritten = (uuid: string, u: unknown): LspRow | Bad => {
  if (typeof u !== 'object' || u === null) return BAD
  const o = u as Record<string, unknown>
  const _uuid = ['uuid', uuid] as const
  if (!isUuid(_uuid)) return BAD
  const name = hwString(o['name'])
  const type = hwString(o['type'])
  const addresses = hwStrings(o['addresses'])
  const port_security = hwStrings(o['port_security'])
  const dynamic_addresses = hwOptional(o['dynamic_addresses'], isString)
  const enabled = hwOptional(o['enabled'], isBoolean)
  const up = hwOptional(o['up'], isBoolean)
  const tag = hwOptional(o['tag'], isTag)
  const tag_request = hwOptional(o['tag_request'], isTagRequest)
  const parent_name = hwOptional(o['parent_name'], isString)
  const peer = hwOptional(o['peer'], isString)
  const options = hwStringMap(o['options'])
  const external_ids = hwStringMap(o['external_ids'])
  const dhcpv4_options = hwOptional(o['dhcpv4_options'], isUuid)
  const dhcpv6_options = hwOptional(o['dhcpv6_options'], isUuid)
  const ha_chassis_group = hwOptional(o['ha_chassis_group'], isUuid)
  const mirror_rules = hwUuids<'Mirror'>(o['mirror_rules'])
  const health_checks = hwUuids<'Logical_Switch_Port_Health_Check'>(o['health_checks'])
  if (
    name === BAD || type === BAD || addresses === BAD || port_security === BAD || dynamic_addresses === BAD ||
    enabled === BAD || up === BAD || tag === BAD || tag_request === BAD || parent_name === BAD || peer === BAD ||
    options === BAD || external_ids === BAD || dhcpv4_options === BAD || dhcpv6_options === BAD ||
    ha_chassis_group === BAD || mirror_rules === BAD || health_checks === BAD
  )
    return BAD
  return {
    _uuid: _uuid as Uuid<'Logical_Switch_Port'>,
    _version: undefined,
    addresses,
    dhcpv4_options: dhcpv4_options as Uuid<'DHCP_Options'> | undefined,
    dhcpv6_options: dhcpv6_options as Uuid<'DHCP_Options'> | undefined,
    dynamic_addresses,
    enabled,
    external_ids,
    ha_chassis_group: ha_chassis_group as Uuid<'HA_Chassis_Group'> | undefined,
    health_checks,
    mirror_rules,
    name,
    options,
    parent_name,
    peer,
    port_security,
    tag,
    tag_request,
    type,
    up,
  }
}

// -------------------------------------------------------------------------------------
// generic io-ts combinators (ovsSet, ovsOptional, ovsMap and t.type), for reference
// -------------------------------------------------------------------------------------

const uuidC = new t.Type<Uuid, Uuid, unknown>('Uuid', isUuid, (u, c) => (isUuid(u) ? t.success(u) : t.failure(u, c)), (a) => a)
const ovsSet = <A>(atom: t.Type<A, A, unknown>): t.Type<ReadonlyArray<A>, unknown, unknown> =>
  new t.Type<ReadonlyArray<A>, unknown, unknown>(
    `set(${atom.name})`,
    (u): u is ReadonlyArray<A> => Array.isArray(u),
    (u, c) => (isSetOf(u) ? t.readonlyArray(atom).validate(u[1], c) : E.map((a: A) => [a])(atom.validate(u, c))),
    (a) => ['set', a],
  )
const ovsOptional = <A>(atom: t.Type<A, A, unknown>): t.Type<A | undefined, unknown, unknown> =>
  new t.Type<A | undefined, unknown, unknown>(
    `optional(${atom.name})`,
    (u): u is A | undefined => u === undefined || atom.is(u),
    (u, c) => {
      if (isSetOf(u)) {
        if (u[1].length === 0) return t.success(undefined)
        if (u[1].length > 1) return t.failure(u, c)
        return atom.validate(u[1][0], c)
      }
      return atom.validate(u, c)
    },
    (a) => (a === undefined ? ['set', []] : a),
  )
const ovsMap = <K, V>(k: t.Type<K, K, unknown>, v: t.Type<V, V, unknown>): t.Type<ReadonlyMap<K, V>, unknown, unknown> =>
  new t.Type<ReadonlyMap<K, V>, unknown, unknown>(
    `map(${k.name}, ${v.name})`,
    (u): u is ReadonlyMap<K, V> => u instanceof Map,
    (u, c) =>
      Array.isArray(u) && u[0] === 'map'
        ? E.map((ps: ReadonlyArray<readonly [K, V]>) => new Map(ps) as ReadonlyMap<K, V>)(t.readonlyArray(t.tuple([k, v])).validate(u[1], c))
        : t.failure(u, c),
    (m) => ['map', [...m]],
  )
const range = (lo: number, hi: number) =>
  t.refinement(t.Int, (n) => n >= lo && n <= hi, `Int ${lo}..${hi}`) as unknown as t.Type<number, number, unknown>
const GenericLsp = t.type({
  name: t.string,
  type: t.string,
  addresses: ovsSet(t.string),
  port_security: ovsSet(t.string),
  dynamic_addresses: ovsOptional(t.string),
  enabled: ovsOptional(t.boolean),
  up: ovsOptional(t.boolean),
  tag: ovsOptional(range(1, 4095)),
  tag_request: ovsOptional(range(0, 4095)),
  parent_name: ovsOptional(t.string),
  peer: ovsOptional(t.string),
  options: ovsMap(t.string, t.string),
  external_ids: ovsMap(t.string, t.string),
  dhcpv4_options: ovsOptional(uuidC),
  dhcpv6_options: ovsOptional(uuidC),
  ha_chassis_group: ovsOptional(uuidC),
  mirror_rules: ovsSet(uuidC),
  health_checks: ovsSet(uuidC),
})

// -------------------------------------------------------------------------------------
// measuring
// -------------------------------------------------------------------------------------

const rowsPerSecond = (rows: ReadonlyArray<readonly [string, Record<string, unknown>]>, decode: (id: string, w: unknown) => unknown): number => {
  const times: number[] = []
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint()
    let ok = 0
    for (const [id, w] of rows) if (decode(id, w) !== undefined) ok++
    const s = Number(process.hrtime.bigint() - start) / 1e9
    if (ok !== rows.length) throw new Error('a row did not decode')
    if (round >= 2) times.push(s) // the first rounds warm the JIT up
  }
  return rows.length / median(times)
}

const decodeSection = (): ReadonlyArray<Figure> => {
  const rows = Array.from({ length: ROWS }, (_, i) => [uuidOf(i, 1), lspWire(i)] as const)
  const codec = NB.Logical_Switch_Port.RowC
  // same values from both decoders
  for (const [id, w] of rows.slice(0, 200)) {
    const g = codec.decodeWithUuid(id, w)
    if (E.isLeft(g) || !isDeepStrictEqual(g.right, handWritten(id, w))) throw new Error(`decoders disagree on row ${id}`)
  }
  const viaGenerated = (id: string, w: unknown) => {
    const r = codec.decodeWithUuid(id, w)
    return E.isRight(r) ? r.right : undefined
  }
  const viaHand = (id: string, w: unknown) => {
    const r = handWritten(id, w)
    return r === BAD ? undefined : r
  }
  const viaGeneric = (_id: string, w: unknown) => {
    const r = GenericLsp.decode(w)
    return E.isRight(r) ? r.right : undefined
  }
  // interleaved, so neither side gets a warmer machine
  const gen: number[] = []
  const hand: number[] = []
  const generic: number[] = []
  for (let i = 0; i < 3; i++) {
    gen.push(rowsPerSecond(rows, viaGenerated))
    hand.push(rowsPerSecond(rows, viaHand))
    generic.push(rowsPerSecond(rows, viaGeneric))
  }
  const g = median(gen)
  const h = median(hand)
  const ratio = g / h
  return [
    {
      name: `generated codec, ${ROWS / 1000}k Logical_Switch_Port monitor rows (decodeWithUuid)`,
      value: g,
      unit: 'rows/s',
      baseline: { name: 'hand-written decoder', value: h },
      higherIsBetter: true,
      target: { text: 'ratio >= 0.6', met: ratio >= 0.6 },
    },
    {
      name: 'generic io-ts combinators (t.type + ovsSet/ovsOptional/ovsMap), same rows, for reference',
      value: median(generic),
      unit: 'rows/s',
      baseline: { name: 'hand-written decoder', value: h },
      higherIsBetter: true,
    },
  ]
}

/** `tsc --extendedDiagnostics` over some files of the project (and what they import), as numbers by label. */
const tscFigures = (files: ReadonlyArray<string>): ((label: string) => number) => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-tsc-'))
  try {
    const config = join(dir, 'tsconfig.json')
    writeFileSync(
      config,
      JSON.stringify({
        extends: join(root, 'tsconfig.json'),
        compilerOptions: { noEmit: true, incremental: false, rootDir: root, types: [] },
        files: files.map((f) => join(root, f)),
        include: [],
      }),
    )
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config, '--extendedDiagnostics'], {
      encoding: 'utf8',
      cwd: root,
    })
    const out = r.stdout + r.stderr
    if (r.status !== 0) throw new Error(`tsc failed:\n${out}`)
    return (label) => {
      const m = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)
      if (m === null) throw new Error(`no "${label}" in tsc output`)
      return Number(m[1])
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The generated NB model (its index and everything it imports) against the baseline of
 * the runtime alone (io-ts, fp-ts and the ovsdb modules it imports).
 */
const compileSection = (): ReadonlyArray<Figure> => {
  const model = tscFigures(['src/nb/generated/index.ts'])
  const base = tscFigures(['src/codegen/runtime.ts'])
  const instantiations = model('Instantiations')
  return [
    {
      name: 'tsc --extendedDiagnostics, generated NB model (40 modules): lines of TypeScript',
      value: model('Lines of TypeScript'),
      unit: 'lines',
      baseline: { name: 'runtime alone', value: base('Lines of TypeScript') },
    },
    {
      name: 'tsc, generated NB model: instantiations',
      value: instantiations,
      unit: 'instantiations',
      baseline: { name: 'runtime alone', value: base('Instantiations') },
      target: { text: '< 200000', met: instantiations < 200_000 },
    },
    { name: 'tsc, generated NB model: types', value: model('Types'), unit: 'types', baseline: { name: 'runtime alone', value: base('Types') } },
    { name: 'tsc, generated NB model: check time', value: model('Check time'), unit: 's', baseline: { name: 'runtime alone', value: base('Check time') } },
    { name: 'tsc, generated NB model: total time', value: model('Total time'), unit: 's', baseline: { name: 'runtime alone', value: base('Total time') } },
  ]
}

/**
 * The code generator's figures.
 */
export const section: Section = {
  title: 'codegen: generated codecs and compile time (issue 3)',
  run: async () => [...decodeSection(), ...compileSection()],
}
