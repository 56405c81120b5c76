/**
 * switchPort's fast path: the ports a controller builds by the thousand (a VIF with
 * `MAC IPv4` addresses and port security, DHCP options, a router or localnet port),
 * checked and built in one pass with nothing allocated beyond the value itself — no
 * problem collector, no Either per address, no parsed address objects, no printed
 * copies (an entry already in canonical form is kept as given), no closures, no walk to
 * freeze what it just made. It answers only when it is sure: for any other input (a
 * field it does not handle, an entry not in canonical form, anything wrong) it answers
 * `undefined`, and switchPort takes the full check (switchPortChecked.ts), which gives
 * the same value or every problem with its path. test/nb/dsl/portFast.test.ts checks
 * that both give equal values (key order included) on generated inputs.
 *
 * Why: ports are 10,100 of benchlab's 13,610 values, and this path made their build
 * several times cheaper cold (figures in the commit that introduced it).
 *
 * @internal
 * @module
 */
import { isCanonicalMacIpv4 } from '../net/canonical.js'
import { brand, isBuilt } from './brand.js'
import { sortKeys } from './checks.js'
import type { StringMap } from './common.js'
import type { DhcpOptions } from './dhcp.js'
import { currentScope } from './scope.js'
import type { SwitchPort, SwitchPortInput, SwitchPortType } from './switch.js'

// shared, frozen: a port without addresses, options, ids or mirrors holds these
const NONE: ReadonlyArray<never> = Object.freeze([])
const EMPTY: StringMap = Object.freeze({})
const ROUTER: ReadonlyArray<string> = Object.freeze(['router'])
const UNKNOWN: ReadonlyArray<string> = Object.freeze(['unknown'])

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/

const isName = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && !CONTROL.test(v)

/** A copy of a map of strings with its keys sorted (as checkStringMap makes it), or undefined if it is not one. */
const stringMap = (m: unknown): Record<string, string> | undefined => {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined
  const out: Record<string, string> = {}
  for (const k of Object.keys(m).sort()) {
    const v = (m as Record<string, unknown>)[k]
    if (typeof v !== 'string') return undefined
    out[k] = v
  }
  return out
}

/** The entries, copied, if each is canonical (`ok`) and none repeats; else undefined. */
const entries = (v: unknown, ok: (s: string) => boolean): ReadonlyArray<string> | undefined => {
  if (!Array.isArray(v)) return undefined
  const n = v.length
  if (n === 0) return NONE
  // the repeat check below is quadratic: a long list (never a VIF's) takes the full check
  if (n > 16) return undefined
  for (let i = 0; i < n; i++) {
    const a: unknown = v[i]
    if (typeof a !== 'string' || !ok(a)) return undefined
    for (let j = 0; j < i; j++) if (v[j] === a) return undefined
  }
  return Object.freeze(v.slice())
}

/** Whether `ps` holds the same entries as `addresses`, none a keyword: entries that, being canonical addresses, are canonical port security too. */
const sameMacIps = (ps: unknown, addresses: unknown): boolean => {
  if (!Array.isArray(ps) || !Array.isArray(addresses) || ps.length !== addresses.length || ps.length === 0) return false
  for (let i = 0; i < ps.length; i++) {
    const a: unknown = ps[i]
    if (a !== addresses[i] || a === 'router' || a === 'unknown' || a === 'dynamic') return false
  }
  return true
}

const isAddress = (a: string): boolean => isCanonicalMacIpv4(a) || a === 'router' || a === 'unknown' || a === 'dynamic'

/** The port's DHCP options of a family: absent, a built value, or a name the current topology resolves; undefined (in `bad`) otherwise. */
const dhcp = (v: unknown, family: 4 | 6): DhcpOptions | null | undefined => {
  if (v === undefined) return null
  let d: unknown = v
  if (typeof v === 'string') {
    const r = currentScope()?.resolve('dhcpOptions', v)
    if (r?._tag !== 'Found') return undefined
    d = r.value
  } else if (typeof v !== 'object' || v === null || (v as { _tag?: unknown })._tag !== 'DhcpOptions' || !isBuilt(v)) return undefined
  return (d as DhcpOptions).family === family ? (d as DhcpOptions) : undefined
}

/**
 * The port, if the input is one this path builds and has nothing to report; undefined
 * otherwise (see the module).
 *
 * @internal
 * @category constructors
 * @since 0.2.0
 * @example
 * import { fastSwitchPort } from './switchPortFast.js'
 * fastSwitchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'] }) // the port
 * fastSwitchPort({ name: 'vm1', addresses: ['0A:00:00:00:00:01 10.0.0.11'] }) // undefined: not canonical, for the full check
 */
export const fastSwitchPort = (input: SwitchPortInput): SwitchPort | undefined => {
  if (typeof input !== 'object' || input === null) return undefined
  const { name, routerPort, networkName, requestedChassis, activationStrategy } = input
  if (!isName(name)) return undefined
  // the fields left to the full check
  if (
    input.virtualIp !== undefined ||
    input.virtualParents !== undefined ||
    input.l2gatewayChassis !== undefined ||
    input.vtepPhysicalSwitch !== undefined ||
    input.vtepLogicalSwitch !== undefined ||
    input.haChassisGroup !== undefined ||
    (input.mirrorRules !== undefined && !(Array.isArray(input.mirrorRules) && input.mirrorRules.length === 0))
  )
    return undefined
  const type: SwitchPortType = input.type ?? ''
  switch (type) {
    case '':
    case 'localport':
    case 'external':
      break
    case 'router':
      if (typeof routerPort !== 'string' || routerPort === '') return undefined
      break
    case 'localnet':
      if (typeof networkName !== 'string' || networkName === '') return undefined
      break
    default:
      return undefined
  }
  if (routerPort !== undefined && type !== 'router') return undefined

  // options: the free-form ones and the typed fields that are options, agreeing
  let options: Record<string, string> | undefined
  let typedKeys = 0
  if (input.options !== undefined) {
    options = stringMap(input.options)
    if (options === undefined) return undefined
  }
  for (let k = 0; k < 4; k++) {
    const v = k === 0 ? routerPort : k === 1 ? networkName : k === 2 ? requestedChassis : activationStrategy
    if (v === undefined) continue
    if (typeof v !== 'string') return undefined
    const key = k === 0 ? 'router-port' : k === 1 ? 'network_name' : k === 2 ? 'requested-chassis' : 'activation-strategy'
    if (options === undefined) options = {}
    else if (key in options && options[key] !== v) return undefined
    options[key] = v
    typedKeys++
  }
  if (options !== undefined && (input.options !== undefined || typedKeys > 1)) {
    // the full check's order: code units (sortKeys), whatever the machine's locale
    options = sortKeys(options) as Record<string, string>
  }

  const addresses = input.addresses === undefined ? (type === 'router' ? ROUTER : type === 'localnet' ? UNKNOWN : NONE) : entries(input.addresses, isAddress)
  if (addresses === undefined) return undefined
  // port security is most often the addresses again (a VM may send from what it owns):
  // then they are checked once, and the port holds one array for both
  const portSecurity = input.portSecurity === undefined ? NONE : sameMacIps(input.portSecurity, input.addresses) ? addresses : entries(input.portSecurity, isCanonicalMacIpv4)
  if (portSecurity === undefined) return undefined

  const { tag, tagRequest, parentName, enabled } = input
  if (tag !== undefined && !(typeof tag === 'number' && Number.isInteger(tag) && tag >= 1 && tag <= 4095)) return undefined
  if (tagRequest !== undefined && !(typeof tagRequest === 'number' && Number.isInteger(tagRequest) && tagRequest >= 0 && tagRequest <= 4095)) return undefined
  if (tag !== undefined && tagRequest !== undefined) return undefined
  if (parentName !== undefined && !isName(parentName)) return undefined
  if (enabled !== undefined && typeof enabled !== 'boolean') return undefined
  const dhcpv4 = dhcp(input.dhcpv4Options, 4)
  const dhcpv6 = dhcp(input.dhcpv6Options, 6)
  if (dhcpv4 === undefined || dhcpv6 === undefined) return undefined
  let externalIds: StringMap = EMPTY
  if (input.externalIds !== undefined) {
    const m = stringMap(input.externalIds)
    if (m === undefined) return undefined
    externalIds = Object.freeze(m)
  }
  const opts: StringMap = options === undefined ? EMPTY : Object.freeze(options)

  // the full check's key order: optional fields between externalIds and mirrorRules
  const port: SwitchPort =
    tag === undefined && tagRequest === undefined && parentName === undefined && enabled === undefined && dhcpv6 === null
      ? dhcpv4 === null
        ? { _tag: 'SwitchPort', name, type, addresses, portSecurity, options: opts, externalIds, mirrorRules: NONE }
        : { _tag: 'SwitchPort', name, type, addresses, portSecurity, options: opts, externalIds, dhcpv4Options: dhcpv4, mirrorRules: NONE }
      : {
          _tag: 'SwitchPort',
          name,
          type,
          addresses,
          portSecurity,
          options: opts,
          externalIds,
          ...(tag !== undefined ? { tag } : {}),
          ...(tagRequest !== undefined ? { tagRequest } : {}),
          ...(parentName !== undefined ? { parentName } : {}),
          ...(enabled !== undefined ? { enabled } : {}),
          ...(dhcpv4 !== null ? { dhcpv4Options: dhcpv4 } : {}),
          ...(dhcpv6 !== null ? { dhcpv6Options: dhcpv6 } : {}),
          mirrorRules: NONE,
        }
  return Object.freeze(brand(port))
}
