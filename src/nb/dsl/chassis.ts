/**
 * HA chassis groups by value: a named group of chassis with priorities, the preferred
 * way to make a router port a distributed gateway port (or to place an `external`
 * switch port). The group is an `HA_Chassis_Group` row, each member an `HA_Chassis` row
 * it holds.
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { checkInt, checkName, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { listOf, checkRecord } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A chassis with its priority (0..32767; the highest available one is active).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ChassisPriority } from 'ovn-nb'
 * const c: ChassisPriority = { chassisName: 'gw-1', priority: 20 }
 */
export interface ChassisPriority {
  /** The chassis name (its `system-id`, the SB Chassis name). */
  readonly chassisName: string
  readonly priority: number
}

/**
 * What {@link haChassisGroup} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { HaChassisGroupInput } from 'ovn-nb'
 * const i: HaChassisGroupInput = { name: 'gw-group', chassis: [{ chassisName: 'gw-1', priority: 20 }, { chassisName: 'gw-2', priority: 10 }] }
 */
export interface HaChassisGroupInput {
  readonly name: string
  readonly chassis?: ReadonlyArray<ChassisPriority> | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * An HA_Chassis_Group by value, its members sorted by chassis name.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { haChassisGroup } from 'ovn-nb'
 * const g = haChassisGroup({ name: 'gw-group', chassis: [{ chassisName: 'gw-1', priority: 20 }] })
 */
export interface HaChassisGroup {
  readonly _tag: 'HaChassisGroup'
  readonly name: string
  readonly chassis: ReadonlyArray<ChassisPriority>
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * Checks a list of `{ chassisName, priority }` (no chassis twice) and sorts it by name.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { checkChassisList, Problems } from 'ovn-nb'
 * checkChassisList(new Problems('x'), 'chassis', [{ chassisName: 'b', priority: 1 }, { chassisName: 'a', priority: 2 }])
 * // [{ chassisName: 'a', priority: 2 }, { chassisName: 'b', priority: 1 }]
 */
export const checkChassisList = (p: Problems, path: string, v: unknown): ReadonlyArray<ChassisPriority> => {
  const out: ChassisPriority[] = []
  const seen = new Set<string>()
  listOf(p, path, v).forEach((x, i) => {
    const r = checkRecord(p, `${path}[${i}]`, x)
    const okName = checkName(p, `${path}[${i}].chassisName`, r['chassisName'])
    const okPrio = checkInt(p, `${path}[${i}].priority`, r['priority'], 0, 32767)
    if (okName && seen.has(r['chassisName'] as string)) p.add(`${path}[${i}]`, `duplicate chassis "${r['chassisName'] as string}"`, 'duplicate_name')
    else if (okName && okPrio) out.push({ chassisName: r['chassisName'] as string, priority: r['priority'] as number })
    if (okName) seen.add(r['chassisName'] as string)
  })
  return [...out].sort((a, b) => (a.chassisName < b.chassisName ? -1 : a.chassisName > b.chassisName ? 1 : 0))
}

/**
 * An HA chassis group.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { haChassisGroup } from 'ovn-nb'
 * haChassisGroup({ name: 'gw', chassis: [{ chassisName: 'gw-1', priority: 20 }, { chassisName: 'gw-1', priority: 70000 }] })
 * // Left: chassis[1].priority out of range, chassis[1] duplicate chassis "gw-1"
 */
export const haChassisGroup = (input: HaChassisGroupInput): E.Either<DslError, HaChassisGroup> => {
  const p = new Problems('haChassisGroup', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'name', i['name'])
  const chassis = checkChassisList(p, 'chassis', i['chassis'])
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({ _tag: 'HaChassisGroup' as const, name: i['name'] as string, chassis, externalIds }))
}
