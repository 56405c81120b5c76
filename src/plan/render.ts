/**
 * render: a {@link Plan} for people (`+`, `~`, `-` per row, each changed column old ->
 * new, a summary line) and for programs (JSON).
 *
 * @module
 */
import type { Atom } from '../ovsdb/wire/atom.js'
import type { Value } from '../ovsdb/wire/datum.js'
import type { Plan, PlanEntry } from './plan.js'

const atomText = (a: Atom): string => {
  if (typeof a === 'string') return JSON.stringify(a)
  if (typeof a === 'object') return a[0] === 'named-uuid' ? `(new ${a[1]})` : a[1].slice(0, 8)
  return String(a)
}

/**
 * A value as people read it: `"sw0"`, `[a, b]`, `{k=v}`, `[]`.
 *
 * @category render
 * @since 0.1.0
 * @example
 * import { valueText } from 'ovn-nb'
 * valueText(['map', [['owner', 'me']]]) // '{"owner"="me"}'
 */
export const valueText = (v: Value): string => {
  if (Array.isArray(v) && v[0] === 'set') return `[${(v[1] as ReadonlyArray<Atom>).map(atomText).join(', ')}]`
  if (Array.isArray(v) && v[0] === 'map')
    return `{${(v[1] as ReadonlyArray<readonly [Atom, Atom]>).map((p) => `${atomText(p[0])}=${atomText(p[1])}`).join(', ')}}`
  return atomText(v as Atom)
}

const entryText = (e: PlanEntry): string[] => {
  switch (e.action) {
    case 'create':
      // empty sets and maps are what a new row has anyway: leave them out
      return [
        `+ ${e.table} ${e.identity}`,
        ...Object.entries(e.row)
          .filter(([, v]) => !(Array.isArray(v) && (v[0] === 'set' || v[0] === 'map') && (v[1] as ReadonlyArray<unknown>).length === 0))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([c, v]) => `    ${c}: ${valueText(v)}`),
      ]
    case 'update':
      return [
        `~ ${e.table} ${e.identity} (${e.uuid.slice(0, 8)})`,
        ...e.changes.map((c) =>
          c.mode === 'set'
            ? `    ${c.column}: ${valueText(c.old)} -> ${valueText(c.new)}`
            : `    ${c.column}:${c.insert.map((x) => ` +${Array.isArray(x) && x.length === 2 && x[0] !== 'uuid' && x[0] !== 'named-uuid' ? `${atomText(x[0] as Atom)}=${atomText(x[1] as Atom)}` : atomText(x as Atom)}`).join('')}${c.delete.map((x) => ` -${atomText(x)}`).join('')}`,
        ),
      ]
    case 'delete':
      return [`- ${e.table} ${e.identity} (${e.uuid.slice(0, 8)})${e.via !== undefined ? ` from ${e.via.table}.${e.via.column}` : ''}`]
  }
}

/**
 * The summary line: `N to add, N to change, N to destroy.`
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
    : `Plan: ${plan.summary.create} to add, ${plan.summary.update} to change, ${plan.summary.delete} to destroy.`

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
export const renderText = (plan: Plan): string =>
  [
    ...plan.entries.flatMap(entryText),
    ...(plan.retained ?? []).map((r) => `! ${r.table} ${r.identity} (${r.uuid.slice(0, 8)}) kept: ${r.reason}`),
    summaryLine(plan),
  ].join('\n')

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
