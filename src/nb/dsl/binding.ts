/**
 * Static MAC bindings by value: an IP-to-MAC mapping a router port uses instead of (or
 * before) ARP/ND. The table has no `external_ids`, so its rows carry no owner: the
 * engine matches them by their index (`logical_port`, `ip`) and never garbage-collects
 * them.
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { Ip } from '../net/index.js'
import { checkName, Problems, type DslError } from './common.js'
import { checkBool, checkIp, checkMac, checkRecord } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link staticMacBinding} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { StaticMacBindingInput } from 'ovn-nb'
 * const i: StaticMacBindingInput = { logicalPort: 'lrp-ext', ip: '172.16.0.254', mac: '0a:00:00:00:fe:01', overrideDynamicMac: true }
 */
export interface StaticMacBindingInput {
  /** The logical router port. */
  readonly logicalPort: string
  readonly ip: string
  readonly mac: string
  /** Replace a dynamically learnt MAC for the same IP (default false). */
  readonly overrideDynamicMac?: boolean | undefined
}

/**
 * A Static_MAC_Binding by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { staticMacBinding } from 'ovn-nb'
 * const b = staticMacBinding({ logicalPort: 'lrp-ext', ip: '172.16.0.254', mac: '0A:00:00:00:FE:01' })
 */
export interface StaticMacBinding {
  readonly _tag: 'StaticMacBinding'
  readonly logicalPort: string
  readonly ip: string
  readonly mac: string
  readonly overrideDynamicMac: boolean
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A static MAC binding; the address and MAC are printed canonically.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { staticMacBinding } from 'ovn-nb'
 * staticMacBinding({ logicalPort: 'lrp-ext', ip: 'FD00::1', mac: '0A:00:00:00:FE:01' }) // ip 'fd00::1', mac '0a:00:00:00:fe:01'
 */
export const staticMacBinding = (input: StaticMacBindingInput): E.Either<DslError, StaticMacBinding> => {
  const p = new Problems('staticMacBinding', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'logicalPort', i['logicalPort'])
  const ip = checkIp(p, 'ip', i['ip'])
  const mac = checkMac(p, 'mac', i['mac'])
  checkBool(p, 'overrideDynamicMac', i['overrideDynamicMac'])
  return p.result(() => ({
    _tag: 'StaticMacBinding' as const,
    logicalPort: i['logicalPort'] as string,
    ip: ip === undefined ? '' : Ip.print(ip),
    mac: mac ?? '',
    overrideDynamicMac: i['overrideDynamicMac'] === true,
  }))
}
