/**
 * render: a {@link Plan} for people (`+`, `~`, `-` per row, `=` for a row taken over, each changed column old ->
 * new, a summary line) and for programs (JSON).
 *
 * @module
 */
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Value } from '../ovsdb/wire/datum.js'
import type { ColumnChange, OtherRow, Plan, PlanEntry } from './plan.js'

/** What the UUIDs of a plan stand for: its labels, and the rows it creates by named-uuid. */
interface Names {
  readonly labels: Readonly<Record<string, string>>
  readonly created: ReadonlyMap<string, string>
}

const NO_NAMES: Names = { labels: {}, created: new Map() }

const namesOf = (plan: Plan): Names => {
  const created = new Map<string, string>()
  for (const e of plan.entries) if (e.action === 'create') created.set(e.uuidName, `${e.table} ${e.identity} (new)`)
  return { labels: plan.labels ?? {}, created }
}

const atomText = (a: Atom, names: Names = NO_NAMES): string => {
  if (typeof a === 'string') return JSON.stringify(a)
  if (typeof a === 'object') {
    if (a[0] === 'named-uuid') return names.created.get(a[1]) ?? `(new ${a[1]})`
    return Object.prototype.hasOwnProperty.call(names.labels, a[1]) ? names.labels[a[1]]! : a[1]
  }
  return String(a)
}

const valueIn = (v: Value, names: Names): string => {
  if (Array.isArray(v) && v[0] === 'set') {
    const xs = v[1] as ReadonlyArray<Atom>
    // an optional value shows as the value itself, or as none
    if (xs.length === 0) return '[]'
    let text = `[${atomText(xs[0]!, names)}`
    for (let i = 1; i < xs.length; i++) text += `, ${atomText(xs[i]!, names)}`
    return `${text}]`
  }
  if (Array.isArray(v) && v[0] === 'map') {
    let text = '{'
    for (const p of v[1] as ReadonlyArray<readonly [Atom, Atom]>) text += `${text.length > 1 ? ', ' : ''}${keyOf(p[0])}=${atomText(p[1], names)}`
    return `${text}}`
  }
  return atomText(v as Atom, names)
}

/** A map key as people write it: bare when it is a plain word, quoted otherwise. */
const keyOf = (k: Atom): string => (typeof k === 'string' && /^[A-Za-z0-9_.:/-]+$/.test(k) ? k : atomText(k))

/**
 * A value as people read it: `"sw0"`, `[a, b]`, `{k="v"}`, `[]`.
 *
 * @category render
 * @since 0.1.0
 * @example
 * import { valueText } from 'ovn-nb/plan'
 * valueText(['map', [['owner', 'me']]]) // '{owner="me"}'
 */
export const valueText = (v: Value): string => valueIn(v, NO_NAMES)

/** A key-level change of a map, key by key: `~k "a" -> "b", +k2 "c", -k3 "d"`. */
const mapChangeText = (c: Extract<ColumnChange, { mode: 'mutate' }>, names: Names): string => {
  const old = new Map<string, Atom>()
  for (const p of (c.old as readonly [string, ReadonlyArray<readonly [Atom, Atom]>])[1]) old.set(JSON.stringify(p[0]), p[1])
  const inserted = new Map<string, readonly [Atom, Atom]>()
  for (const x of c.insert) inserted.set(JSON.stringify((x as readonly [Atom, Atom])[0]), x as readonly [Atom, Atom])
  const parts: string[] = []
  for (const k of c.delete) {
    const id = JSON.stringify(k)
    const was = old.get(id)
    const now = inserted.get(id)
    if (now !== undefined) {
      parts.push(`~${keyOf(k)} ${was === undefined ? '?' : atomText(was, names)} -> ${atomText(now[1], names)}`)
      inserted.delete(id)
    } else parts.push(`-${keyOf(k)}${was === undefined ? '' : ` ${atomText(was, names)}`}`)
  }
  for (const [, p] of inserted) parts.push(`+${keyOf(p[0])} ${atomText(p[1], names)}`)
  return parts.join(', ')
}

const changeText = (c: ColumnChange, names: Names): string => {
  if (c.mode === 'set') return `    ${c.column}: ${valueIn(c.old, names)} -> ${valueIn(c.new, names)}`
  if (Array.isArray(c.old) && c.old[0] === 'map') return `    ${c.column}: ${mapChangeText(c, names)}`
  const parts = [...c.insert.map((x) => `+${atomText(x as Atom, names)}`), ...c.delete.map((x) => `-${atomText(x, names)}`)]
  return `    ${c.column}: ${parts.join(', ')}`
}

const ownerText = (o: OtherRow): string => (o.owner === undefined ? 'no owner' : `owner "${o.owner}"`)

const isEmptyCollection = (v: Value): boolean => Array.isArray(v) && (v[0] === 'set' || v[0] === 'map') && (v[1] as ReadonlyArray<unknown>).length === 0

// A created row's lines, as one string. The one-shot apply of a large state prints one
// such entry per row (W10k: 13.5k entries, 5 MB): concatenating into one string, with no
// intermediate arrays of entries, lines and columns, took renderText of W10k's plan from
// ~105 ms to ~NN ms, measured in one process, warm
const createText = (e: Extract<PlanEntry, { action: 'create' }>, names: Names): string => {
  // empty sets and maps are what a new row has anyway: leave them out
  const columns = Object.keys(e.row).sort()
  let text = `+ ${e.table} ${e.identity}`
  for (const c of columns) {
    const v = e.row[c]!
    if (!isEmptyCollection(v)) text += `\n    ${c}: ${valueIn(v, names)}`
  }
  return text
}

const entryText = (e: PlanEntry, names: Names): string[] => {
  switch (e.action) {
    case 'create':
      return [createText(e, names)]
    case 'update':
      // an adoption: the row stays as it is, but for the owner's marks (and any change of it)
      return [e.adopt === true ? `= ${e.table} ${e.identity} (adopt)` : `~ ${e.table} ${e.identity}`, ...e.changes.map((c) => changeText(c, names))]
    case 'delete':
      return [
        `- ${e.table} ${e.identity}${e.via !== undefined ? ` from ${names.labels[e.via.uuid] ?? e.via.table}.${e.via.column}` : ''}`,
        ...(e.cascade ?? []).map((o) => `    with ${o.table} ${o.identity} (${ownerText(o)})`),
      ]
  }
}

/**
 * The summary line: `N to add, N to change, N to destroy.`, and `, N to adopt` when the
 * plan takes rows over.
 *
 * @category render
 * @since 0.1.0
 * @example
 * import { summaryLine, type Plan } from 'ovn-nb'
 * declare const plan: Plan
 * summaryLine(plan) // 'Plan: 2 to add, 1 to change, 0 to destroy.'
 */
export const summaryLine = (plan: Plan): string =>
  plan.entries.length === 0
    ? 'No changes. The database matches the desired state.'
    : `Plan: ${plan.summary.create} to add, ${plan.summary.update} to change, ${plan.summary.delete} to destroy${plan.summary.adopt !== undefined && plan.summary.adopt > 0 ? `, ${plan.summary.adopt} to adopt` : ''}.`

/**
 * The plan as text for people.
 *
 * @category render
 * @since 0.1.0
 * @example
 * import { renderText, type Plan } from 'ovn-nb'
 * declare const plan: Plan
 * console.log(renderText(plan))
 * // + Logical_Switch sw0
 * //     name: "sw0"
 * // Plan: 1 to add, 0 to change, 0 to destroy.
 */
export const renderText = (plan: Plan): string => {
  let text = ''
  for (const piece of renderTextPieces(plan)) text += piece
  return text
}

/**
 * {@link renderText}'s text in pieces of `entries` plan entries each, in order (joined,
 * they are the text): a large plan (W10k: 13.5k entries, 5 MB) can be written as it is
 * made, or made a piece at a time between other work.
 *
 * @category render
 * @since 0.1.0
 * @example
 * import { renderTextPieces } from 'ovn-nb/plan'
 * import type { Plan } from 'ovn-nb'
 * declare const plan: Plan
 * for (const piece of renderTextPieces(plan, 500)) process.stdout.write(piece)
 * process.stdout.write('\n')
 */
export function* renderTextPieces(plan: Plan, entries = 1000): Generator<string, void, undefined> {
  const names = namesOf(plan)
  const all = plan.entries
  for (let i = 0; i < all.length; i += entries) {
    let text = ''
    const end = Math.min(all.length, i + entries)
    for (let j = i; j < end; j++) for (const line of entryText(all[j]!, names)) text += `${line}\n`
    yield text
  }
  let text = ''
  for (const r of plan.retained ?? []) text += `! ${r.table} ${r.identity} retained: ${r.reason}\n`
  yield text + summaryLine(plan)
}

/**
 * The plan as JSON for programs (a stable shape: the plan value itself).
 *
 * @category render
 * @since 0.1.0
 * @example
 * import { renderJson, type Plan } from 'ovn-nb'
 * declare const plan: Plan
 * JSON.parse(renderJson(plan)).summary // { create: 1, update: 0, delete: 0 }
 */
export const renderJson = (plan: Plan): string => JSON.stringify(plan, null, 2)
