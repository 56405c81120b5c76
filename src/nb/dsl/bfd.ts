/**
 * BFD sessions by value: OVN's BFD between a logical port and a peer address, used to
 * take ECMP static routes out of service when their next hop goes down. A static route
 * refers to its session ({@link staticRoute} `bfd`).
 *
 * @module
 */
import type * as E from 'fp-ts/lib/Either.js'
import { Ip } from '../net/index.js'
import { checkInt, checkName, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { checkIp, checkRecord } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * What {@link bfd} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { BfdInput } from 'ovn-nb'
 * const i: BfdInput = { logicalPort: 'lrp-ext', dstIp: '172.16.0.254', minTx: 300, minRx: 300, detectMult: 3 }
 */
export interface BfdInput {
  /** The logical (router) port the session runs on. */
  readonly logicalPort: string
  /** The peer's address. */
  readonly dstIp: string
  /** Milliseconds between transmitted control packets (>= 1; OVN's default 1000). */
  readonly minTx?: number | undefined
  /** Milliseconds between received control packets (0 asks the peer to send none). */
  readonly minRx?: number | undefined
  /** Detection time multiplier (>= 1; OVN's default 5). */
  readonly detectMult?: number | undefined
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A BFD row by value. `status` is ovn-northd's to write and is never managed.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { bfd } from 'ovn-nb'
 * const b = bfd({ logicalPort: 'lrp-ext', dstIp: '172.16.0.254' })
 */
export interface Bfd {
  readonly _tag: 'Bfd'
  readonly logicalPort: string
  readonly dstIp: string
  readonly minTx?: number
  readonly minRx?: number
  readonly detectMult?: number
  readonly options: StringMap
  readonly externalIds: StringMap
}

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

/**
 * A BFD session.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { bfd } from 'ovn-nb'
 * bfd({ logicalPort: 'lrp-ext', dstIp: '172.16.0.254', minTx: 100, detectMult: 3 })
 * bfd({ logicalPort: '', dstIp: 'x', minTx: 0 }) // Left: logicalPort, dstIp, minTx
 */
export const bfd = (input: BfdInput): E.Either<DslError, Bfd> => {
  const p = new Problems('bfd', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'logicalPort', i['logicalPort'])
  const ip = checkIp(p, 'dstIp', i['dstIp'])
  const n = (k: string, min: number): number | undefined => (i[k] !== undefined && checkInt(p, k, i[k], min, 4294967295) ? (i[k] as number) : undefined)
  const minTx = n('minTx', 1)
  const minRx = n('minRx', 0)
  const detectMult = n('detectMult', 1)
  const options = checkStringMap(p, 'options', i['options'])
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'Bfd' as const,
    logicalPort: i['logicalPort'] as string,
    dstIp: ip === undefined ? '' : Ip.print(ip),
    ...(minTx !== undefined ? { minTx } : {}),
    ...(minRx !== undefined ? { minRx } : {}),
    ...(detectMult !== undefined ? { detectMult } : {}),
    options,
    externalIds,
  }))
}
