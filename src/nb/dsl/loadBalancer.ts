/**
 * Load balancers and load balancer groups by value. VIPs and backends are parsed and
 * printed canonically (`10.0.0.10:80`, `[fd00::10]:80`), health checks become
 * `Load_Balancer_Health_Check` rows held by their load balancer, and switches and
 * routers refer to load balancers (and groups) by value.
 *
 * @module
 */
import * as E from '../../deps/Either.js'
import { Ip } from '../net/index.js'
import { checkName, checkOneOf, checkStringMap, Problems, type DslError, type StringMap } from './common.js'
import { boolOption, listOf, checkRecord, checkTagged, intOption, sortKeys, uniqueByName, withOptions } from './checks.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The hash fields a load balancer may select backends by (`ipv6_src`/`ipv6_dst` need
 * OVN_Northbound >= 7.11.0).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LbSelectionField } from 'ovn-nb'
 * const f: LbSelectionField = 'ip_src'
 */
export type LbSelectionField = 'eth_src' | 'eth_dst' | 'ip_src' | 'ip_dst' | 'tp_src' | 'tp_dst' | 'ipv6_src' | 'ipv6_dst'

/**
 * The options of a health check, in seconds and counts.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LbHealthCheckOptions } from 'ovn-nb'
 * const o: LbHealthCheckOptions = { interval: 5, timeout: 20, success_count: 3, failure_count: 3 }
 */
export interface LbHealthCheckOptions {
  readonly interval?: number | undefined
  readonly timeout?: number | undefined
  readonly success_count?: number | undefined
  readonly failure_count?: number | undefined
}

/**
 * A health check of one VIP's backends (as given to {@link loadBalancer}).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LbHealthCheckInput } from 'ovn-nb'
 * const h: LbHealthCheckInput = { vip: '172.16.0.100:80', options: { interval: 5, timeout: 20 } }
 */
export interface LbHealthCheckInput {
  /** A key of `vips`, with a port. */
  readonly vip: string
  readonly options?: LbHealthCheckOptions | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A health check by value (a `Load_Balancer_Health_Check` row).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LbHealthCheck } from 'ovn-nb'
 * const h: LbHealthCheck = { vip: '172.16.0.100:80', options: { interval: '5' }, externalIds: {} }
 */
export interface LbHealthCheck {
  readonly vip: string
  readonly options: StringMap
  readonly externalIds: StringMap
}

/**
 * Where health checks of a backend are sent from: a switch port and a source IP.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LbIpPortMapping } from 'ovn-nb'
 * const m: LbIpPortMapping = { logicalPort: 'web1', sourceIp: '10.0.1.2' }
 */
export interface LbIpPortMapping {
  readonly logicalPort: string
  readonly sourceIp: string
}

/**
 * What {@link loadBalancer} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LoadBalancerInput } from 'ovn-nb'
 * const i: LoadBalancerInput = {
 *   name: 'lb-web',
 *   protocol: 'tcp',
 *   vips: { '172.16.0.100:80': ['10.0.1.10:8080', '10.0.1.11:8080'], '[fd00:ff::100]:80': ['[fd00:1::10]:8080'] },
 *   healthChecks: [{ vip: '172.16.0.100:80', options: { interval: 5 } }],
 *   ipPortMappings: { '10.0.1.10': { logicalPort: 'web1', sourceIp: '10.0.1.2' } },
 * }
 */
export interface LoadBalancerInput {
  readonly name: string
  /** `VIP[:port]` -> backends `IP[:port]`; IPv6 with a port in brackets. */
  readonly vips: Readonly<Record<string, ReadonlyArray<string>>>
  /** Used when VIPs have ports (OVN assumes tcp when unset). */
  readonly protocol?: 'tcp' | 'udp' | 'sctp' | undefined
  readonly healthChecks?: ReadonlyArray<LbHealthCheckInput> | undefined
  /** Backend IP -> the port and source address health checks use. */
  readonly ipPortMappings?: Readonly<Record<string, LbIpPortMapping>> | undefined
  readonly selectionFields?: ReadonlyArray<LbSelectionField> | undefined
  /** options:reject — answer with a reset/unreachable when no backend is up. */
  readonly reject?: boolean | undefined
  /** options:skip_snat — exempt from the router's lb_force_snat_ip. */
  readonly skipSnat?: boolean | undefined
  /** options:hairpin_snat_ip — at most one IPv4 and one IPv6 address. */
  readonly hairpinSnatIp?: ReadonlyArray<string> | undefined
  /** options:affinity_timeout — seconds a client sticks to its backend (1..65535). */
  readonly affinityTimeout?: number | undefined
  /** options:neighbor_responder. */
  readonly neighborResponder?: 'all' | 'reachable' | 'none' | undefined
  /** options:add_route. */
  readonly addRoute?: boolean | undefined
  /** Other options, as OVN strings. */
  readonly options?: StringMap | undefined
  readonly externalIds?: StringMap | undefined
}

/**
 * A Load_Balancer by value.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { loadBalancer } from 'ovn-nb'
 * const lb = loadBalancer({ name: 'lb-web', vips: { '172.16.0.100:80': ['10.0.1.10:8080'] } })
 */
export interface LoadBalancer {
  readonly _tag: 'LoadBalancer'
  readonly name: string
  /** Canonical VIP -> canonical backends, keys sorted. */
  readonly vips: Readonly<Record<string, ReadonlyArray<string>>>
  readonly protocol?: 'tcp' | 'udp' | 'sctp'
  /** Sorted by VIP. */
  readonly healthChecks: ReadonlyArray<LbHealthCheck>
  /** As OVN stores it: `IP` -> `port:IP` (IPv6 in brackets). */
  readonly ipPortMappings: StringMap
  /** The logical ports `ipPortMappings` names. */
  readonly healthCheckPorts: ReadonlyArray<string>
  readonly selectionFields: ReadonlyArray<LbSelectionField>
  readonly options: StringMap
  readonly externalIds: StringMap
}

/**
 * What {@link loadBalancerGroup} takes.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { LoadBalancerGroupInput } from 'ovn-nb'
 * const i: LoadBalancerGroupInput = { name: 'cluster-lbs', loadBalancers: [] }
 */
export interface LoadBalancerGroupInput {
  readonly name: string
  /** The group's load balancers: values, inputs, or in a {@link topology} names of entries of its `loadBalancers`. */
  readonly loadBalancers?: ReadonlyArray<LoadBalancer | LoadBalancerInput | string> | undefined
}

/**
 * A Load_Balancer_Group by value. The table has no `external_ids`: groups carry no owner
 * and are never garbage-collected.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { loadBalancerGroup } from 'ovn-nb'
 * const g = loadBalancerGroup({ name: 'cluster-lbs' })
 */
export interface LoadBalancerGroup {
  readonly _tag: 'LoadBalancerGroup'
  readonly name: string
  readonly loadBalancers: ReadonlyArray<LoadBalancer>
}

// -------------------------------------------------------------------------------------
// endpoints
// -------------------------------------------------------------------------------------

/**
 * An IP address with an optional L4 port, as in `Load_Balancer.vips`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Endpoint } from 'ovn-nb'
 * const e: Endpoint = { ip: '10.0.0.1', family: 4, port: 80 }
 */
export interface Endpoint {
  readonly ip: string
  readonly family: 4 | 6
  readonly port?: number
}

/**
 * Parses `IP`, `IP:port`, `[IPv6]` or `[IPv6]:port` (port 1..65535).
 *
 * @category endpoints
 * @since 0.1.0
 * @example
 * import { parseEndpoint } from 'ovn-nb'
 * parseEndpoint('[FD00::1]:80') // Right({ ip: 'fd00::1', family: 6, port: 80 })
 */
export const parseEndpoint = (s: string): E.Either<{ readonly message: string }, Endpoint> => {
  let host = s
  let port: string | undefined
  if (s.startsWith('[')) {
    const end = s.indexOf(']')
    if (end < 0) return E.left({ message: `"${s}": "[" without "]"` })
    host = s.slice(1, end)
    const rest = s.slice(end + 1)
    if (rest !== '') {
      if (!rest.startsWith(':')) return E.left({ message: `"${s}": expected ":PORT" after "]"` })
      port = rest.slice(1)
    }
  } else {
    const colons = s.split(':').length - 1
    if (colons === 1) [host, port] = s.split(':') as [string, string]
  }
  const ip = Ip.parse(host)
  if (E.isLeft(ip)) return E.left({ message: `"${s}": ${ip.left.message}` })
  if (s.startsWith('[') && Ip.family(ip.right) !== 6) return E.left({ message: `"${s}": brackets are for IPv6 addresses` })
  if (port !== undefined && (!/^[0-9]{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535))
    return E.left({ message: `"${s}": the port must be an integer from 1 to 65535` })
  return E.right({ ip: Ip.print(ip.right), family: Ip.family(ip.right), ...(port !== undefined ? { port: Number(port) } : {}) })
}

/**
 * Prints an endpoint as OVN writes it: IPv6 in brackets when a port follows.
 *
 * @category endpoints
 * @since 0.1.0
 * @example
 * import { printEndpoint } from 'ovn-nb'
 * printEndpoint({ ip: 'fd00::1', family: 6, port: 80 }) // '[fd00::1]:80'
 * printEndpoint({ ip: '10.0.0.1', family: 4 }) // '10.0.0.1'
 */
export const printEndpoint = (e: Endpoint): string =>
  e.port === undefined ? e.ip : e.family === 6 ? `[${e.ip}]:${e.port}` : `${e.ip}:${e.port}`

// -------------------------------------------------------------------------------------
// constructors
// -------------------------------------------------------------------------------------

const SELECTION: ReadonlyArray<LbSelectionField> = ['eth_src', 'eth_dst', 'ip_src', 'ip_dst', 'tp_src', 'tp_dst', 'ipv6_src', 'ipv6_dst']
const HC_KEYS: ReadonlyArray<keyof LbHealthCheckOptions> = ['interval', 'timeout', 'success_count', 'failure_count']

/**
 * A load balancer. Every VIP and backend is parsed: a VIP and its backends are of one
 * family, and either all have ports or none; health checks name a VIP with a port; the
 * IP-port mappings name backends.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import { loadBalancer } from 'ovn-nb'
 * loadBalancer({ name: 'lb', protocol: 'udp', vips: { '[FD00::53]:53': ['[fd00:1::10]:53', '[FD00:1::11]:53'] } })
 * // vips: { '[fd00::53]:53': ['[fd00:1::10]:53', '[fd00:1::11]:53'] }
 * loadBalancer({ name: 'lb', vips: { '10.0.0.1:80': ['fd00::1'] } }) // Left: vips["10.0.0.1:80"][0]
 */
export const loadBalancer = (input: LoadBalancerInput): E.Either<DslError, LoadBalancer> => {
  const p = new Problems('loadBalancer', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'name', i['name'])
  if (i['protocol'] !== undefined) checkOneOf(p, 'protocol', i['protocol'], ['tcp', 'udp', 'sctp'] as const)
  // vips
  const vips: Record<string, string[]> = {}
  const vipPorts = new Map<string, boolean>()
  const backendIps = new Map<string, 4 | 6>()
  const vipsIn = checkRecord(p, 'vips', i['vips'])
  if (i['vips'] === undefined) p.add('vips', 'is required (a load balancer without VIPs does nothing)', 'required')
  for (const [key, backends] of Object.entries(vipsIn)) {
    const path = `vips[${JSON.stringify(key)}]`
    const vip = p.take(path, parseEndpoint(key), 'invalid_address')
    if (vip === undefined) continue
    const canon = printEndpoint(vip)
    if (canon in vips) {
      p.add(path, `the same VIP as "${canon}"`, 'duplicate_entry')
      continue
    }
    vipPorts.set(canon, vip.port !== undefined)
    const out: string[] = []
    listOf(p, path, backends).forEach((b, j) => {
      if (typeof b !== 'string') return p.add(`${path}[${j}]`, 'must be a string', 'invalid_type')
      const be = p.take(`${path}[${j}]`, parseEndpoint(b), 'invalid_address')
      if (be === undefined) return
      if (be.family !== vip.family) return p.add(`${path}[${j}]`, `an IPv${be.family} backend for an IPv${vip.family} VIP`, 'invalid_value')
      if ((be.port === undefined) !== (vip.port === undefined)) return p.add(`${path}[${j}]`, 'the VIP and its backends must all have ports, or none', 'invalid_value')
      const s = printEndpoint(be)
      if (out.includes(s)) return p.add(`${path}[${j}]`, `duplicate backend "${s}"`, 'duplicate_name')
      out.push(s)
      backendIps.set(be.ip, be.family)
    })
    vips[canon] = out
  }
  // health checks
  const healthChecks: LbHealthCheck[] = []
  listOf(p, 'healthChecks', i['healthChecks']).forEach((x, j) => {
    const path = `healthChecks[${j}]`
    const h = checkRecord(p, path, x)
    let vip: string | undefined
    if (typeof h['vip'] !== 'string') p.add(`${path}.vip`, 'must be a VIP of this load balancer', 'invalid_value')
    else {
      const e = p.take(`${path}.vip`, parseEndpoint(h['vip']), 'invalid_address')
      if (e !== undefined) {
        vip = printEndpoint(e)
        if (!vipPorts.has(vip)) p.add(`${path}.vip`, `"${vip}" is not a VIP of this load balancer`, 'unknown_reference')
        else if (e.port === undefined) p.add(`${path}.vip`, 'health checks need a VIP with a port', 'invalid_value')
        else if (healthChecks.some((c) => c.vip === vip)) p.add(`${path}.vip`, `"${vip}" has another health check`, 'duplicate_entry')
      }
    }
    const o = checkRecord(p, `${path}.options`, h['options'])
    const options: Record<string, string> = {}
    for (const [k, v] of Object.entries(o)) {
      if (!(HC_KEYS as ReadonlyArray<string>).includes(k)) {
        p.add(`${path}.options.${k}`, `is not a health check option (${HC_KEYS.join(', ')})`, 'invalid_value')
        continue
      }
      const s = intOption(p, `${path}.options.${k}`, v, 1, 2147483647)
      if (s !== undefined) options[k] = s
    }
    const externalIds = checkStringMap(p, `${path}.externalIds`, h['externalIds'])
    if (vip !== undefined) healthChecks.push({ vip, options: sortKeys(options), externalIds })
  })
  if (healthChecks.length > 0 && i['protocol'] === 'sctp') p.add('healthChecks', 'ovn-northd does not health-check SCTP load balancers', 'invalid_value')
  // ip_port_mappings
  const ipPortMappings: Record<string, string> = {}
  const healthCheckPorts = new Set<string>()
  for (const [key, m] of Object.entries(checkRecord(p, 'ipPortMappings', i['ipPortMappings']))) {
    const path = `ipPortMappings[${JSON.stringify(key)}]`
    const ip = p.take(path, Ip.parse(key))
    const r = checkRecord(p, path, m)
    const portOk = checkName(p, `${path}.logicalPort`, r['logicalPort'])
    const src = typeof r['sourceIp'] === 'string' ? p.take(`${path}.sourceIp`, Ip.parse(r['sourceIp'])) : void p.add(`${path}.sourceIp`, 'must be an IP address string', 'invalid_value')
    if (ip === undefined || src === undefined || !portOk) continue
    const text = Ip.print(ip)
    if (!backendIps.has(text)) p.add(path, `${text} is not a backend of this load balancer`, 'unknown_reference')
    if (Ip.family(src) !== Ip.family(ip)) p.add(`${path}.sourceIp`, `must be an IPv${Ip.family(ip)} address`, 'invalid_value')
    const v6 = Ip.family(ip) === 6
    const k = v6 ? `[${text}]` : text
    if (k in ipPortMappings) p.add(path, `${text} is given twice`, 'duplicate_entry')
    ipPortMappings[k] = `${r['logicalPort'] as string}:${v6 ? `[${Ip.print(src)}]` : Ip.print(src)}`
    healthCheckPorts.add(r['logicalPort'] as string)
  }
  // selection fields, options
  const fields = new Set<LbSelectionField>()
  listOf(p, 'selectionFields', i['selectionFields']).forEach((f, j) => {
    if (checkOneOf(p, `selectionFields[${j}]`, f, SELECTION)) fields.add(f)
  })
  let hairpin: string | undefined
  if (i['hairpinSnatIp'] !== undefined) {
    const ips = listOf(p, 'hairpinSnatIp', i['hairpinSnatIp']).map((x, j) => (typeof x === 'string' ? p.take(`hairpinSnatIp[${j}]`, Ip.parse(x)) : void p.add(`hairpinSnatIp[${j}]`, 'must be an IP address string', 'invalid_value')))
    const fams = ips.filter((x) => x !== undefined).map((x) => Ip.family(x))
    if (ips.length === 0 || ips.length > 2 || new Set(fams).size !== fams.length) p.add('hairpinSnatIp', 'must be one IPv4 and/or one IPv6 address', 'invalid_value')
    hairpin = ips.filter((x) => x !== undefined).map((x) => Ip.print(x)).join(' ')
  }
  if (i['neighborResponder'] !== undefined) checkOneOf(p, 'neighborResponder', i['neighborResponder'], ['all', 'reachable', 'none'] as const)
  const options = withOptions(p, 'options', i['options'], {
    reject: boolOption(p, 'reject', i['reject']),
    skip_snat: boolOption(p, 'skipSnat', i['skipSnat']),
    hairpin_snat_ip: hairpin,
    affinity_timeout: intOption(p, 'affinityTimeout', i['affinityTimeout'], 1, 65535),
    neighbor_responder: typeof i['neighborResponder'] === 'string' ? i['neighborResponder'] : undefined,
    add_route: boolOption(p, 'addRoute', i['addRoute']),
  })
  const externalIds = checkStringMap(p, 'externalIds', i['externalIds'])
  return p.result(() => ({
    _tag: 'LoadBalancer' as const,
    name: i['name'] as string,
    vips: sortKeys(vips),
    ...(i['protocol'] !== undefined ? { protocol: i['protocol'] as 'tcp' | 'udp' | 'sctp' } : {}),
    healthChecks: healthChecks.sort((a, b) => (a.vip < b.vip ? -1 : a.vip > b.vip ? 1 : 0)),
    ipPortMappings: sortKeys(ipPortMappings),
    healthCheckPorts: [...healthCheckPorts].sort(),
    selectionFields: SELECTION.filter((f) => fields.has(f)),
    options,
    externalIds,
  }))
}

/**
 * A load balancer group: load balancers that go together to the same switches and
 * routers.
 *
 * @category constructors
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { loadBalancer, loadBalancerGroup } from 'ovn-nb'
 * const lb = loadBalancer({ name: 'lb-dns', protocol: 'udp', vips: { '10.96.0.10:53': ['10.0.1.53:53'] } })
 * if (E.isRight(lb)) loadBalancerGroup({ name: 'cluster-lbs', loadBalancers: [lb.right] })
 */
export const loadBalancerGroup = (input: LoadBalancerGroupInput): E.Either<DslError, LoadBalancerGroup> => {
  const p = new Problems('loadBalancerGroup', input)
  const i = checkRecord(p, '', input)
  checkName(p, 'name', i['name'])
  const loadBalancers = checkTagged<LoadBalancer>(p, 'loadBalancers', i['loadBalancers'], 'LoadBalancer', 'loadBalancer', { build: loadBalancer, ref: 'loadBalancer' })
  uniqueByName(p, 'loadBalancers', loadBalancers, 'load balancer')
  return p.result(() => ({ _tag: 'LoadBalancerGroup' as const, name: i['name'] as string, loadBalancers }))
}

