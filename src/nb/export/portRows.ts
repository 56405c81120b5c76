/**
 * Rows that name a port by its name: BFD sessions (those no route holds) and static MAC
 * bindings. The DSL checks that such a row names a port of the topology, so a row on a
 * port the export does not hold is left out (and said); a row on a port exported in the
 * generic row form is one too. Internal to the export.
 *
 * @module
 */
import type { Row } from '../../ovsdb/wire/datum.js'
import type { Context } from './context.js'
import { genericRow, namedId } from './generic.js'
import { bfdInput } from './routers.js'
import { opt, str, type Obj } from './values.js'

/** The ports an export holds (`ports`, by name) and those it exports as generic rows. */
export interface PortNames {
  readonly held: ReadonlySet<string>
  readonly generic: ReadonlySet<string>
}

/** A row exported in the generic row form, references to exported rows by their ids. */
export const asGeneric = (cx: Context, table: string, uuid: string, r: Row, key?: string): Obj => {
  const row = genericRow(table, uuid, r, (u) => (cx.exported.has(u) ? namedId(u, (t, x) => cx.row(t, x)) : undefined), key)
  cx.exported.add(uuid)
  return row
}

/** The BFD sessions of the selection that no exported route holds; those on generic ports go to `generic`. */
export const exportBfds = (cx: Context, ports: PortNames, generic: Obj[]): ReadonlyArray<Obj> => {
  const bfds: Obj[] = []
  for (const [uuid, r] of cx.rows('BFD')) {
    if (cx.used.bfds.has(uuid) || cx.exported.has(uuid) || !cx.selected(r)) continue
    const port = str(r['logical_port']) ?? ''
    if (ports.generic.has(port)) generic.push(asGeneric(cx, 'BFD', uuid, r, `${port}|${str(r['dst_ip']) ?? ''}`))
    else if (!ports.held.has(port)) cx.note(`BFD ${port} ${str(r['dst_ip']) ?? ''}: its port ${port} is not in this export: left out (it stays as it is)`)
    else bfds.push(bfdInput(cx, uuid, r))
  }
  return bfds
}

/**
 * The static MAC bindings on the ports the export holds; those on generic ports go to
 * `generic`. Static_MAC_Binding has no external_ids, so no owner: a binding goes with
 * its router port.
 */
export const exportStaticMacBindings = (cx: Context, ports: PortNames, generic: Obj[]): ReadonlyArray<Obj> => {
  const routerPortNames = new Set(cx.rows('Logical_Router_Port').map(([, x]) => str(x['name']) ?? ''))
  const out: Obj[] = []
  for (const [uuid, r] of cx.rows('Static_MAC_Binding')) {
    const port = str(r['logical_port']) ?? ''
    const label = `Static_MAC_Binding ${port} ${str(r['ip']) ?? ''}`
    if (ports.generic.has(port)) {
      generic.push(asGeneric(cx, 'Static_MAC_Binding', uuid, r, `${port}|${str(r['ip']) ?? ''}`))
      continue
    }
    if (!ports.held.has(port)) {
      // with its port, it is that port's owner's; without one, no topology can name it
      if (!routerPortNames.has(port)) cx.note(`${label}: no router port ${port} exists, which the DSL needs it to name: left out (it stays as it is)`)
      continue
    }
    cx.exported.add(uuid)
    const o: Obj = { logicalPort: port, ip: str(r['ip']) ?? '', mac: str(r['mac']) ?? '' }
    if (opt(r['override_dynamic_mac']) === true) o['overrideDynamicMac'] = true
    cx.unmodeled('Static_MAC_Binding', label, r)
    out.push(o)
  }
  return out
}
