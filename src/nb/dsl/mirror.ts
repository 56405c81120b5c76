/**
 * Port mirrors by value: a `Mirror` row that switch ports refer to from their
 * `mirror_rules` ({@link switchPort} `mirrorRules`), copying their traffic to a sink.
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { Ip } from '../net/index.js'
import { checkInt, checkName, checkOneOf, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { checkIp, checkRecord } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Mirror tunnel types. `local` and `lport` need OVN_Northbound >= 7.3.0 and 7.12.0.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MirrorType } from 'ovn-nb'
 * const t: MirrorType = 'erspan'
 */
export type MirrorType = 'gre' | 'erspan' | 'local' | 'lport'

/**
 * What {@link mirror} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { MirrorInput } from 'ovn-nb'
 * const i: MirrorInput = { name: 'span-web', type: 'gre', sink: '192.0.2.10', filter: 'to-lport', index: 100 }
 */
export interface MirrorInput {
  readonly name: string
  readonly type: MirrorType
  /** The tunnel endpoint's IP (`gre`, `erspan`), an interface (`local`) or a port name (`lport`). */
  readonly sink: string
  /** `to-lport`: traffic into the port; `from-lport`: out of it; `both` (NB >= 7.3.0). */
  readonly filter: 'from-lport' | 'to-lport' | 'both'
  /** The GRE key (0..2^32-1) or the ERSPAN index (0..2^20-1); default 0. */
  readonly index?: number | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A Mirror by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { mirror } from 'ovn-nb'
 * const m = mirror({ name: 'span-web', type: 'gre', sink: '192.0.2.10', filter: 'to-lport', index: 100 })
 */
export interface Mirror {
  readonly _tag: 'Mirror'
  readonly name: string
  readonly type: MirrorType
  readonly sink: string
  readonly filter: 'from-lport' | 'to-lport' | 'both'
  readonly index: number
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A mirror. The sink of a tunnel mirror must be an IP address (printed canonically).
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { mirror } from 'ovn-nb'
 * mirror({ name: 'm', type: 'erspan', sink: '192.0.2.10', filter: 'from-lport', index: 7 })
 * mirror({ name: 'm', type: 'gre', sink: 'collector', filter: 'to-lport' }) // Left: sink must be an IP address
 */
export const mirror = (input: MirrorInput): E.Either<DslError, Mirror> => {
  const p = new Problems('mirror', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'name', i['name'])
  const typeOk = checkOneOf(p, 'type', i['type'], ['gre', 'erspan', 'local', 'lport'] as const)
  checkOneOf(p, 'filter', i['filter'], ['from-lport', 'to-lport', 'both'] as const)
  let sink = ''
  if (typeOk && (i['type'] === 'gre' || i['type'] === 'erspan')) {
    const ip = checkIp(p, 'sink', i['sink'])
    if (ip !== undefined) sink = Ip.print(ip)
  } else if (checkName(p, 'sink', i['sink'])) sink = i['sink'] as string
  const index = i['index'] ?? 0
  checkInt(p, 'index', index, 0, i['type'] === 'erspan' ? 0xfffff : 4294967295)
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'Mirror' as const,
    name: i['name'] as string,
    type: i['type'] as MirrorType,
    sink,
    filter: i['filter'] as Mirror['filter'],
    index: index as number,
    externalIds,
  }))
}
