/**
 * ACLs (a switch's and a port group's), as `acl` inputs. Internal to the export.
 *
 * A match naming a port group or address set the export does not hold (another
 * writer's, or one not selected) would make the DSL refuse the whole topology. Such an
 * ACL is left out, and said: the row it belongs to is adopted without it, and it stays
 * as it is, unowned and in place (a plan removes from a set only what its owner put
 * there), so it does not block a takeover.
 *
 * @module
 */
import type { Value } from '../../ovsdb/wire/datum.js'
import type { Context } from './context.js'
import { byText, opt, put, str, strMap, uuids, type Obj } from './values.js'

/** The names of the port groups and address sets the export holds (what an ACL's match may name). */
export interface Held {
  readonly portGroups: ReadonlySet<string>
  readonly addressSets: ReadonlySet<string>
}

/** The port groups and address sets the selection takes. */
export const held = (cx: Context): Held => {
  const names = (table: string): ReadonlySet<string> => new Set(cx.rows(table).flatMap(([, r]) => (cx.selected(r) ? [str(r['name']) ?? ''] : [])))
  return { portGroups: names('Port_Group'), addressSets: names('Address_Set') }
}

/** What a match names that the export does not hold (`port group X`, `address set Y`), if anything. */
const missingName = (h: Held, m: string): string | undefined => {
  for (const x of m.matchAll(/@([A-Za-z_][A-Za-z0-9_.]*)/g)) if (!h.portGroups.has(x[1]!)) return `port group ${x[1]!}`
  for (const x of m.matchAll(/\$([A-Za-z_][A-Za-z0-9_.]*)/g)) {
    const implicit = /^(.*)_ip[46]$/.exec(x[1]!)
    if (!h.addressSets.has(x[1]!) && !(implicit !== null && h.portGroups.has(implicit[1]!))) return `address set ${x[1]!}`
  }
  return undefined
}

const acl = (cx: Context, h: Held, label: string, uuid: string): Obj | undefined => {
  const r = cx.row('ACL', uuid)
  if (r === undefined) return undefined
  const missing = missingName(h, str(r['match']) ?? '')
  if (missing !== undefined) {
    cx.note(`ACL ${label} ${str(r['direction']) ?? ''} ${String(opt(r['priority']))} ${JSON.stringify(str(r['match']) ?? '')}: names ${missing}, which this export does not hold: left out (it stays as it is, unowned)`)
    return undefined
  }
  cx.exported.add(uuid)
  const o: Obj = { direction: str(r['direction']) ?? '', priority: Number(opt(r['priority'])), match: str(r['match']) ?? '', action: str(r['action']) ?? '' }
  if (opt(r['log']) === true) o['log'] = true
  put(o, 'severity', str(r['severity']))
  put(o, 'meter', str(r['meter']))
  put(o, 'name', str(r['name']))
  const lbl = opt(r['label'])
  if (typeof lbl === 'number' && lbl !== 0) o['label'] = lbl
  put(o, 'options', strMap(r['options']))
  put(o, 'externalIds', cx.ids(r))
  cx.unmodeled('ACL', `ACL ${label} ${o['direction'] as string} ${String(o['priority'])} ${JSON.stringify(o['match'])}`, r)
  return o
}

/** The ACLs a column refers to, sorted by direction, priority (highest first) and match. */
export const aclList = (cx: Context, h: Held, label: string, v: Value | undefined): ReadonlyArray<Obj> =>
  uuids(v)
    .flatMap((u) => {
      const o = acl(cx, h, label, u)
      return o === undefined ? [] : [o]
    })
    .sort((a, b) => byText(a['direction'] as string, b['direction'] as string) || (b['priority'] as number) - (a['priority'] as number) || byText(a['match'] as string, b['match'] as string))
