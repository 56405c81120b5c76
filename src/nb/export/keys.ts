/**
 * The keys by which an exported topology names rows that have no name of their own:
 * DHCP options (ports name them) and DNS record sets (switches name them). Pure and
 * deterministic: the same rows give the same keys. Internal to the export.
 *
 * @module
 */
import type { Row } from '../../ovsdb/wire/datum.js'
import { byText, str, strMap } from './values.js'

type Rows = ReadonlyArray<readonly [string, Row]>

/** The key the owner's marks give a row (`ovn-nb/id` = `TABLE:KEY`), if any. */
const markedKey = (table: string, r: Row): string | undefined => {
  const id = strMap(r['external_ids'])['ovn-nb/id']
  return typeof id === 'string' && id.startsWith(`${table}:`) ? id.slice(table.length + 1) : undefined
}

/** Each DHCP_Options row's key, by UUID: the id in its marks, else its CIDR (made unique: `CIDR#2`, ...). */
export const dhcpKeys = (rows: Rows): ReadonlyMap<string, string> => {
  const keys = new Map<string, string>()
  const taken = new Set<string>()
  const ordered = [...rows].sort((a, b) => byText(str(a[1]['cidr']) ?? '', str(b[1]['cidr']) ?? '') || byText(JSON.stringify(a[1]['options']), JSON.stringify(b[1]['options'])))
  for (const [uuid, r] of ordered) {
    let key = markedKey('DHCP_Options', r) ?? str(r['cidr']) ?? uuid
    for (let i = 2; taken.has(key); i++) key = `${str(r['cidr']) ?? uuid}#${i}`
    taken.add(key)
    keys.set(uuid, key)
  }
  return keys
}

/** Each DNS row's key, by UUID: the id in its marks, else dns1, dns2, ... in the order of their records. */
export const dnsKeys = (rows: Rows): ReadonlyMap<string, string> => {
  const keys = new Map<string, string>()
  const taken = new Set<string>()
  const ordered = [...rows].sort((a, b) => byText(JSON.stringify(strMap(a[1]['records'])), JSON.stringify(strMap(b[1]['records']))) || byText(a[0], b[0]))
  let n = 0
  for (const [uuid, r] of ordered) {
    let key = markedKey('DNS', r) ?? ''
    while (key === '' || taken.has(key)) key = `dns${++n}`
    taken.add(key)
    keys.set(uuid, key)
  }
  return keys
}
