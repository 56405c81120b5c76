/**
 * CoPP policies and meters, by name. A policy a selected switch or router uses goes with
 * it, and a meter a policy names with the policy, whoever owns them. Internal to the
 * export.
 *
 * @module
 */
import type { Context } from './context.js'
import { opt, put, putBool, str, strMap, uuids, type Obj } from './values.js'

/** The CoPP policies the export takes, and the names of the meters they name. */
export interface Copps {
  readonly copps: ReadonlyArray<Obj>
  readonly meters: ReadonlySet<string>
}

/** The selected CoPP policies, and those an exported switch or router names. */
export const exportCopps = (cx: Context): Copps => {
  const copps: Obj[] = []
  const usedMeters = new Set<string>()
  for (const [uuid, r] of cx.rows('Copp')) {
    const name = str(r['name']) ?? ''
    if (!cx.selected(r) && !cx.used.copps.has(name)) continue
    cx.exported.add(uuid)
    const meters = strMap(r['meters'])
    for (const m of Object.values(meters)) usedMeters.add(m as string)
    const o: Obj = { name, meters }
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Copp', `Copp ${name}`, r)
    copps.push(o)
  }
  return { copps, meters: usedMeters }
}

/** The selected meters, and those a policy names (`named`); OVN's own (`__...`) are said, not exported. */
export const exportMeters = (cx: Context, named: ReadonlySet<string>): ReadonlyArray<Obj> => {
  const meters: Obj[] = []
  for (const [uuid, r] of cx.rows('Meter')) {
    const name = str(r['name']) ?? ''
    if (!cx.selected(r) && !named.has(name)) continue
    if (name.startsWith('__')) {
      cx.note(`Meter ${name}: names starting with __ are OVN's own, which the DSL refuses: not exported`)
      continue
    }
    cx.exported.add(uuid)
    const bands: Obj[] = []
    for (const u of uuids(r['bands'])) {
      const x = cx.row('Meter_Band', u)
      if (x === undefined) continue
      cx.exported.add(u)
      const b: Obj = { rate: Number(opt(x['rate'])) }
      const burst = Number(opt(x['burst_size']) ?? 0)
      if (burst !== 0) b['burstSize'] = burst
      cx.unmodeled('Meter_Band', `Meter_Band ${name} / ${String(b['rate'])}`, x)
      bands.push(b)
    }
    const o: Obj = { name, unit: str(r['unit']) ?? '', bands: bands.sort((a, b) => (a['rate'] as number) - (b['rate'] as number) || ((a['burstSize'] as number) ?? 0) - ((b['burstSize'] as number) ?? 0)) }
    putBool(o, 'fair', r['fair'])
    put(o, 'externalIds', cx.ids(r))
    cx.unmodeled('Meter', `Meter ${name}`, r)
    meters.push(o)
  }
  return meters
}
