import test from 'ava'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import ts from 'typescript'
import * as _ from '../../../src/nb/dsl/index.js'

// Inputs under exactOptionalPropertyTypes: every optional field of every *Input type
// takes `undefined` too (`{ requestedChassis: vm.chassis }` with an optional value), and
// an explicit undefined means the same as the field left out.

/** The optional fields of each `export interface XInput` in the DSL's sources, and whether each admits undefined. */
const inputs = (): ReadonlyMap<string, ReadonlyArray<{ readonly name: string; readonly undefinedOk: boolean }>> => {
  const dir = join(process.cwd(), 'src', 'nb', 'dsl')
  const out = new Map<string, Array<{ name: string; undefinedOk: boolean }>>()
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    let current: Array<{ name: string; undefinedOk: boolean }> | undefined
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const start = /^export interface (\w*Input)\b.*\{\s*$/.exec(line)
      if (start !== null) out.set(start[1]!, (current = []))
      else if (current !== undefined && line.startsWith('}')) current = undefined
      else if (current !== undefined) {
        const m = /^\s+readonly (\w+)\?: (.+)$/.exec(line)
        if (m !== null) current.push({ name: m[1]!, undefinedOk: /\| undefined\s*$/.test(m[2]!) })
      }
    }
  }
  return out
}

test('every optional field of every input type admits undefined', (t) => {
  const all = inputs()
  t.true(all.size >= 20, `${all.size} input types`)
  const missing = [...all].flatMap(([i, fs]) => fs.filter((f) => !f.undefinedOk).map((f) => `${i}.${f.name}`))
  t.deepEqual(missing, [])
})

test('an explicit undefined is the field left out', (t) => {
  const all = inputs()
  const withUndefined = <I extends object>(input: I, type: string): I => {
    const fields = all.get(type)
    if (fields === undefined) throw new Error(type)
    const out: Record<string, unknown> = { ...(input as Record<string, unknown>) }
    for (const f of fields) if (!(f.name in out)) out[f.name] = undefined
    return out as I
  }
  const same = <I extends object>(f: (i: I) => E.Either<_.DslError, unknown>, input: I, type: string) => {
    const a = f(input)
    const b = f(withUndefined(input, type))
    t.true(E.isRight(a), `${type}: ${JSON.stringify(a)}`)
    t.deepEqual(b, a, type)
  }
  same(_.switchPort, { name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'] }, 'SwitchPortInput')
  same(_.logicalSwitch, { name: 'sw0' }, 'LogicalSwitchInput')
  same(_.acl, { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' }, 'AclInput')
  same(_.routerPort, { name: 'lrp0', mac: '0a:00:00:00:01:00', networks: ['10.0.0.1/24'] }, 'RouterPortInput')
  same(_.logicalRouter, { name: 'lr0' }, 'LogicalRouterInput')
  same(_.staticRoute, { ipPrefix: '10.1.0.0/16', nexthop: '10.0.0.254' }, 'StaticRouteInput')
  same(_.nat, { type: 'snat', externalIp: '172.16.0.1', logicalIp: '10.0.0.0/24' }, 'NatInput')
  same(_.dhcpOptions, { key: 'net4', cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 3600, router: '10.0.0.1' } }, 'DhcpOptionsInput')
})

test("the caller's arrays and maps stay the caller's: values are frozen copies", (t) => {
  const notFrozen = (v: unknown, path: string): void => {
    if (typeof v !== 'object' || v === null) return
    if ((v as { _tag?: unknown })._tag !== undefined) return // a DSL value: frozen by its own constructor
    t.false(Object.isFrozen(v), `${path} was frozen`)
    for (const [k, x] of Object.entries(v)) notFrozen(x, `${path}.${k}`)
  }
  const port = _.switchPort({ name: 'vm1', addresses: ['0a:00:00:00:00:01 10.0.0.11'] })
  if (E.isLeft(port)) return t.fail()
  const acl = _.acl({ direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' })
  if (E.isLeft(acl)) return t.fail()
  const inputs: ReadonlyArray<readonly [string, (i: never) => E.Either<_.DslError, unknown>, object]> = [
    ['switchPort', _.switchPort, { name: 'vm2', addresses: ['0a:00:00:00:00:02 10.0.0.12'], portSecurity: ['0a:00:00:00:00:02'], options: { a: '1' }, externalIds: { b: '2' } }],
    ['logicalSwitch', _.logicalSwitch, { name: 'sw0', ports: [port.right], acls: [acl.right], otherConfig: { c: '3' } }],
    ['portGroup', _.portGroup, { name: 'pg0', ports: [port.right], acls: [acl.right] }],
    ['addressSet', _.addressSet, { name: 'as0', addresses: ['10.0.0.1'] }],
    ['logicalRouter', _.logicalRouter, { name: 'lr0', ports: [] }],
  ]
  for (const [name, f, input] of inputs) {
    const r = f(input as never)
    t.true(E.isRight(r), `${name}: ${JSON.stringify(r)}`)
    notFrozen(input, name)
  }
  const sw = _.logicalSwitch({ name: 'sw1', ports: [port.right] })
  if (E.isLeft(sw)) return t.fail()
  const switches = [sw.right]
  t.true(E.isRight(_.topology({ owner: 'o', switches })))
  t.false(Object.isFrozen(switches))
})

// A consumer's module, as a project with exactOptionalPropertyTypes writes it: optional
// values of its own (a VM whose chassis, tag, DHCP and gateway may be unknown) passed
// straight into the plain-data input of a topology — switches, ports, routers, router
// ports, DHCP options.
const CONSUMER = `
import { parseTopology, topology, type TopologyInput } from 'ovn-nb'
interface Vm { readonly name: string; readonly mac: string; readonly ip?: string; readonly chassis?: string; readonly tag?: number; readonly dhcp?: string; readonly enabled?: boolean }
interface Net { readonly subnet?: string; readonly exclude?: ReadonlyArray<string>; readonly v6?: string; readonly gatewayChassis?: string; readonly mtu?: number; readonly router?: string; readonly dns?: ReadonlyArray<string> }
declare const vms: ReadonlyArray<Vm>
declare const net: Net
const input: TopologyInput = {
  owner: 'consumer',
  dhcpOptions: [{ key: 'net4', cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 3600, mtu: net.mtu, router: net.router, dns_server: net.dns } }],
  switches: [{
    name: 'vmnet', subnet: net.subnet, excludeIps: net.exclude, ipv6Prefix: net.v6,
    ports: vms.map((vm) => ({ name: vm.name, addresses: [vm.mac + ' ' + (vm.ip ?? 'dynamic')], requestedChassis: vm.chassis, tag: vm.tag, dhcpv4Options: vm.dhcp, enabled: vm.enabled })),
  }],
  routers: [{ name: 'lr', chassis: net.gatewayChassis, ports: [{ name: 'lrp', mac: '0a:00:00:00:01:00', networks: ['10.0.0.1/24'], peer: undefined, enabled: undefined }] }],
}
export const a = topology(input)
export const b = parseTopology(input)
`

const compile = (code: string): ReadonlyArray<string> => {
  const root = process.cwd()
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })
  const options: ts.CompilerOptions = { ...config?.options, exactOptionalPropertyTypes: true, strict: true, noEmit: true, incremental: false, declaration: false, declarationMap: false, sourceMap: false }
  // beside the examples, which import the package by its own name as a user's project does
  const file = join(root, 'examples', '__consumer_optional.ts')
  const host = ts.createCompilerHost(options)
  const getSourceFile = host.getSourceFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  host.getSourceFile = (f, language, ...rest) => (f === file ? ts.createSourceFile(f, code, language) : getSourceFile(f, language, ...rest))
  host.fileExists = (f) => f === file || fileExists(f)
  const program = ts.createProgram({ rootNames: [file], options, host })
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

test('a consumer compiled with exactOptionalPropertyTypes passes its optional values through the plain-data inputs (switches, ports, routers, DHCP)', (t) => {
  t.timeout(60000)
  t.deepEqual(compile(CONSUMER), [])
  // the check is real: a wrong type in the same place is refused
  const wrong = compile(CONSUMER.replace('requestedChassis: vm.chassis', 'requestedChassis: vm.tag'))
  t.true(wrong.length > 0 && wrong.some((m) => /requestedChassis|number/.test(m)), wrong.join('; '))
})
