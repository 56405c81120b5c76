/**
 * Meters and control-plane protection (CoPP) by value. A meter is a `Meter` row
 * holding its `Meter_Band` rows; a CoPP policy maps control protocols to meters by
 * name and is referred to by switches and routers.
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { checkInt, checkName, checkOneOf, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { checkBool, listOf, checkRecord, sortKeys } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A meter band: above `rate` (kbps or packets per second, as the meter's unit says),
 * packets are dropped; `burstSize` 0 lets the switch choose.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MeterBand } from 'ovn-nb'
 * const b: MeterBand = { action: 'drop', rate: 1000, burstSize: 100 }
 */
export interface MeterBand {
  readonly action: 'drop'
  readonly rate: number
  readonly burstSize: number
}

/**
 * What {@link meter} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MeterInput } from 'ovn-nb'
 * const i: MeterInput = { name: 'acl-log', unit: 'pktps', bands: [{ rate: 100 }] }
 */
export interface MeterInput {
  /** Names starting with `__` are reserved for OVN. */
  readonly name: string
  readonly unit: 'kbps' | 'pktps'
  /** At least one band; `action` defaults to `drop` (the only one), `burstSize` to 0. */
  readonly bands: ReadonlyArray<{ readonly action?: 'drop'; readonly rate: number; readonly burstSize?: number }>
  /** Each user of the meter is limited on its own (true), or all share the rate. */
  readonly fair?: boolean | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A Meter by value, bands sorted by rate.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { meter } from 'ovn-nb'
 * const m = meter({ name: 'acl-log', unit: 'pktps', bands: [{ rate: 100 }] })
 */
export interface Meter {
  readonly _tag: 'Meter'
  readonly name: string
  readonly unit: 'kbps' | 'pktps'
  readonly bands: ReadonlyArray<MeterBand>
  readonly fair?: boolean
  readonly externalIds: StringMap
}

/**
 * The control protocols a CoPP policy can meter (the keys of `Copp.meters`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CoppProtocol } from 'ovn-nb'
 * const p: CoppProtocol = 'arp'
 */
export type CoppProtocol =
  | 'arp'
  | 'arp-resolve'
  | 'dhcpv4-opts'
  | 'dhcpv6-opts'
  | 'dns'
  | 'event-elb'
  | 'icmp4-error'
  | 'icmp6-error'
  | 'igmp'
  | 'nd-na'
  | 'nd-ns'
  | 'nd-ns-resolve'
  | 'nd-ra-opts'
  | 'tcp-reset'
  | 'bfd'
  | 'reject'
  | 'svc-monitor'

/**
 * What {@link copp} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { CoppInput } from 'ovn-nb'
 * const i: CoppInput = { name: 'copp-default', meters: { arp: 'meter-arp', 'icmp4-error': 'meter-icmp' } }
 */
export interface CoppInput {
  readonly name: string
  /** Control protocol -> the name of a Meter ({@link topology} checks it has it). */
  readonly meters: Readonly<Partial<Record<CoppProtocol, string>>>
  readonly externalIds?: StringMap | undefined
}

/**
 * A Copp (control plane protection policy) by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { copp } from 'ovn-nb'
 * const c = copp({ name: 'copp-default', meters: { arp: 'meter-arp' } })
 */
export interface Copp {
  readonly _tag: 'Copp'
  readonly name: string
  readonly meters: Readonly<Partial<Record<CoppProtocol, string>>>
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A meter.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { meter } from 'ovn-nb'
 * meter({ name: 'm1', unit: 'kbps', bands: [{ rate: 10000, burstSize: 1000 }], fair: true })
 * meter({ name: '__reserved', unit: 'bps' as never, bands: [] }) // Left: name, unit, bands
 */
export const meter = (input: MeterInput): E.Either<DslError, Meter> => {
  const p = new Problems('meter', input)
  const i = checkRecord(p, '', input)
  if (checkName(p, 'name', i['name'])) p.check(!(i['name'] as string).startsWith('__'), 'name', 'names starting with "__" are reserved for OVN', 'invalid_value')
  checkOneOf(p, 'unit', i['unit'], ['kbps', 'pktps'] as const)
  const bands: MeterBand[] = []
  const given = listOf(p, 'bands', i['bands'])
  if (Array.isArray(i['bands']) && given.length === 0) p.add('bands', 'must have at least one band', 'invalid_value')
  const seen = new Set<string>()
  given.forEach((x, j) => {
    const b = checkRecord(p, `bands[${j}]`, x)
    const action = b['action'] ?? 'drop'
    const burstSize = b['burstSize'] ?? 0
    const ok = [checkOneOf(p, `bands[${j}].action`, action, ['drop'] as const), checkInt(p, `bands[${j}].rate`, b['rate'], 1, 4294967295), checkInt(p, `bands[${j}].burstSize`, burstSize, 0, 4294967295)]
    if (!ok.every(Boolean)) return
    const band: MeterBand = { action: 'drop', rate: b['rate'] as number, burstSize: burstSize as number }
    const k = `${band.rate}/${band.burstSize}`
    if (seen.has(k)) p.add(`bands[${j}]`, `duplicate band (rate ${band.rate}, burst ${band.burstSize})`, 'duplicate_name')
    seen.add(k)
    bands.push(band)
  })
  checkBool(p, 'fair', i['fair'])
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'Meter' as const,
    name: i['name'] as string,
    unit: i['unit'] as 'kbps' | 'pktps',
    bands: bands.sort((a, b) => a.rate - b.rate || a.burstSize - b.burstSize),
    ...(i['fair'] !== undefined ? { fair: i['fair'] as boolean } : {}),
    externalIds,
  }))
}

const PROTOCOLS: ReadonlyArray<CoppProtocol> = [
  'arp',
  'arp-resolve',
  'dhcpv4-opts',
  'dhcpv6-opts',
  'dns',
  'event-elb',
  'icmp4-error',
  'icmp6-error',
  'igmp',
  'nd-na',
  'nd-ns',
  'nd-ns-resolve',
  'nd-ra-opts',
  'tcp-reset',
  'bfd',
  'reject',
  'svc-monitor',
]

/**
 * A CoPP policy. Unknown protocols are refused.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { copp } from 'ovn-nb'
 * copp({ name: 'copp1', meters: { arp: 'm-arp', reject: 'm-reject' } })
 * copp({ name: 'copp1', meters: { ssh: 'm' } as never }) // Left: meters.ssh is not a control protocol
 */
export const copp = (input: CoppInput): E.Either<DslError, Copp> => {
  const p = new Problems('copp', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'name', i['name'])
  const meters = checkStringMap(p, 'meters', i['meters'])
  for (const [k, v] of Object.entries(meters)) {
    if (!(PROTOCOLS as ReadonlyArray<string>).includes(k)) p.add(`meters.${k}`, `is not a control protocol (one of ${PROTOCOLS.join(', ')})`, 'invalid_value')
    else checkName(p, `meters.${k}`, v)
  }
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({ _tag: 'Copp' as const, name: i['name'] as string, meters: sortKeys(meters), externalIds }))
}
