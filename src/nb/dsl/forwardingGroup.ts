/**
 * Forwarding groups by value: a virtual IP and MAC on a switch answered by one of
 * several child ports (with liveness detection, only live ones). A `Forwarding_Group`
 * row is held by its switch ({@link logicalSwitch} `forwardingGroups`), which checks
 * that the child ports are its own.
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { Ip } from '../net/index.js'
import { checkName, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { checkBool, checkIp, listOf, checkMac, checkRecord } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link forwardingGroup} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ForwardingGroupInput } from 'ovn-nb'
 * const i: ForwardingGroupInput = { name: 'fg-web', vip: '10.0.1.100', vmac: '0a:00:00:00:01:64', liveness: true, childPorts: ['web1', 'web2'] }
 */
export interface ForwardingGroupInput {
  readonly name: string
  readonly vip: string
  readonly vmac: string
  /** Forward only to live child ports (BFD); default false. */
  readonly liveness?: boolean | undefined
  /** At least one switch port of the same switch. */
  readonly childPorts: ReadonlyArray<string>
  readonly externalIds?: StringMap | undefined
}

/**
 * A Forwarding_Group by value, child ports sorted.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { forwardingGroup } from 'ovn-nb'
 * const fg = forwardingGroup({ name: 'fg-web', vip: '10.0.1.100', vmac: '0a:00:00:00:01:64', childPorts: ['web1'] })
 */
export interface ForwardingGroup {
  readonly _tag: 'ForwardingGroup'
  readonly name: string
  readonly vip: string
  readonly vmac: string
  readonly liveness: boolean
  readonly childPorts: ReadonlyArray<string>
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A forwarding group.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { forwardingGroup } from 'ovn-nb'
 * forwardingGroup({ name: 'fg', vip: '10.0.1.100', vmac: '0A:00:00:00:01:64', childPorts: ['web1', 'web2'] })
 * forwardingGroup({ name: 'fg', vip: '10.0.1.100', vmac: 'x', childPorts: [] }) // Left: vmac, childPorts
 */
export const forwardingGroup = (input: ForwardingGroupInput): E.Either<DslError, ForwardingGroup> => {
  const p = new Problems('forwardingGroup', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'name', i['name'])
  const vip = checkIp(p, 'vip', i['vip'])
  const vmac = checkMac(p, 'vmac', i['vmac'])
  checkBool(p, 'liveness', i['liveness'])
  const children = listOf(p, 'childPorts', i['childPorts'])
  if (Array.isArray(i['childPorts']) && children.length === 0) p.add('childPorts', 'must name at least one port', 'invalid_value')
  const seen = new Set<string>()
  children.forEach((c, j) => {
    if (!checkName(p, `childPorts[${j}]`, c)) return
    if (seen.has(c)) p.add(`childPorts[${j}]`, `duplicate port "${c}"`, 'duplicate_name')
    seen.add(c)
  })
  if (i['childPorts'] === undefined) p.add('childPorts', 'must name at least one port', 'invalid_value')
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'ForwardingGroup' as const,
    name: i['name'] as string,
    vip: vip === undefined ? '' : Ip.print(vip),
    vmac: vmac ?? '',
    liveness: i['liveness'] === true,
    childPorts: [...seen].sort(),
    externalIds,
  }))
}
