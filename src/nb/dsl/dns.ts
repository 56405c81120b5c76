/**
 * DNS records by value: the names OVN answers for on the switches that refer to them.
 * A `DNS` row has no natural key, so the value carries one (`key`), kept in the row's
 * `external_ids` by the engine (like DHCP options).
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { Ip } from '../net/index.js'
import { checkName, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { checkRecord, sortKeys } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link dns} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { DnsInput } from 'ovn-nb'
 * const i: DnsInput = { key: 'web', records: { 'web.example.org': ['10.0.1.10', 'fd00:1::10'], '10.1.0.10.in-addr.arpa': ['web.example.org'] } }
 */
export interface DnsInput {
  /** Names the row within its owner. */
  readonly key: string
  /**
   * Query name -> addresses; for reverse names (`...in-addr.arpa`, `...ip6.arpa`)
   * -> the domain name(s).
   */
  readonly records: Readonly<Record<string, ReadonlyArray<string>>>
  readonly externalIds?: StringMap | undefined
}

/**
 * A DNS row by value: names lowercased (queries match whatever the case), addresses in
 * canonical form, each record's value as OVN stores it (space-separated).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { dns } from 'ovn-nb'
 * const d = dns({ key: 'web', records: { 'WEB.example.org': ['10.0.1.10'] } }) // records: { 'web.example.org': '10.0.1.10' }
 */
export interface Dns {
  readonly _tag: 'Dns'
  readonly key: string
  readonly records: StringMap
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const HOSTNAME = /^(?=.{1,253}$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\.?$/

/**
 * A set of DNS records.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { dns } from 'ovn-nb'
 * dns({ key: 'k', records: { 'db.example.org': ['10.0.2.10', 'FD00:2::10'] } }) // records: { 'db.example.org': '10.0.2.10 fd00:2::10' }
 * dns({ key: 'k', records: { 'bad name': ['x'] } }) // Left: records["bad name"], records["bad name"][0]
 */
export const dns = (input: DnsInput): E.Either<DslError, Dns> => {
  const p = new Problems('dns', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'key', i['key'])
  const records: Record<string, string> = {}
  for (const [name, values] of Object.entries(checkRecord(p, 'records', i['records']))) {
    const path = `records[${JSON.stringify(name)}]`
    const ok = HOSTNAME.test(name)
    if (!ok) p.add(path, 'must be a DNS name', 'invalid_value')
    const key = name.toLowerCase()
    if (ok && key in records) p.add(path, `"${key}" is given twice (names are not case-sensitive)`, 'duplicate_entry')
    const reverse = /\.(in-addr|ip6)\.arpa\.?$/.test(key)
    if (!Array.isArray(values) || values.length === 0) {
      p.add(path, 'must be a non-empty list', 'invalid_type')
      continue
    }
    const out: string[] = []
    values.forEach((v: unknown, j) => {
      if (typeof v !== 'string') return p.add(`${path}[${j}]`, 'must be a string', 'invalid_type')
      if (reverse) {
        if (!HOSTNAME.test(v)) return p.add(`${path}[${j}]`, 'must be a domain name (the answer to a reverse query)', 'invalid_value')
        out.push(v.toLowerCase())
        return
      }
      const ip = p.take(`${path}[${j}]`, Ip.parse(v))
      if (ip !== undefined) out.push(Ip.print(ip))
    })
    records[key] = out.join(' ')
  }
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({ _tag: 'Dns' as const, key: i['key'] as string, records: sortKeys(records), externalIds }))
}
