/**
 * A hypervisor on this machine, for tests and examples: a local Open_vSwitch database,
 * `ovs-vswitchd` with the userspace (netdev) datapath and `ovn-controller`, registered
 * as a chassis in a Southbound database. Both daemons run in a network namespace made
 * for the chassis: the userspace datapath makes a tap device `ovs-netdev`, and a second
 * one in the same namespace fails, so several chassis can share a machine only this
 * way. The databases are reached over unix sockets, which every namespace sees.
 * Needs root (network namespaces). Everything is stopped by PID and removed by name.
 *
 * A "VM" is a namespace of its own whose `eth0` is one end of a veth pair; the other
 * end sits in the chassis' namespace, on `br-int`, with `external_ids:iface-id` = the
 * logical port. Moving that end to another chassis (same MAC, same iface-id) is what a
 * live migration does to the VM's tap.
 *
 * @module
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'
import { launchOvsdbServer, type LaunchError, type OvsdbServer } from './ovsdbServer.js'
import { alive, sleep } from './process.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A VM plugged into a chassis: its namespace and the veth end on the chassis' `br-int`.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { PluggedVm } from 'ovn-nb/testing'
 * const where = (vm: PluggedVm) => `${vm.port} in ${vm.netns} via ${vm.hostIf}`
 */
export interface PluggedVm {
  /** The logical switch port (`iface-id`). */
  readonly port: string
  /** The VM's namespace; its interface is `eth0`. */
  readonly netns: string
  /** The host end of the veth pair (at most 15 characters). */
  readonly hostIf: string
}

/**
 * A running chassis.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Chassis } from 'ovn-nb/testing'
 * const show = (c: Chassis) => `${c.name} (${c.encapIp}) in ${c.netns}`
 */
export interface Chassis {
  /** The chassis name (`system-id`). */
  readonly name: string
  readonly encapIp: string
  readonly dir: string
  /** The namespace ovs-vswitchd and ovn-controller run in. */
  readonly netns: string
  /** Runs ovs-vsctl on the chassis' Open_vSwitch database. */
  readonly vsctl: (...args: string[]) => E.Either<string, string>
  /** Makes a VM namespace with `eth0` (MAC `mac`, no address) and plugs it as `port`. */
  readonly plug: (port: string, mac: string) => E.Either<string, PluggedVm>
  /** Takes a VM's veth end off this chassis' `br-int` (it stays in the namespace). */
  readonly unplug: (vm: PluggedVm) => E.Either<string, void>
  /** Moves a VM's veth end (from another chassis' namespace) here and plugs it, same iface-id. */
  readonly adopt: (vm: PluggedVm, from: Chassis) => E.Either<string, void>
  /** Stops ovn-controller alone: the chassis stops processing changes (what a hypervisor whose agent died looks like). */
  readonly stopController: () => Promise<void>
  /** Stops ovn-controller, ovs-vswitchd and the database; removes the VMs made here, the namespace and the directory. */
  readonly stop: () => Promise<void>
}

/**
 * Options of {@link launchChassis}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { ChassisOptions } from 'ovn-nb/testing'
 * const o: ChassisOptions = { name: 'node2', encapIp: '127.0.0.2', sb: 'unix:/tmp/x/sb.sock' }
 */
export interface ChassisOptions {
  /** The `system-id`. */
  readonly name: string
  /** `ovn-encap-ip` (each chassis needs its own). */
  readonly encapIp: string
  /** The Southbound remote, a `unix:` socket (reachable from any namespace). */
  readonly sb: string
  /** How long to wait for the chassis to register (default 20000 ms). */
  readonly readyTimeoutMs?: number
}

// -------------------------------------------------------------------------------------
// launching
// -------------------------------------------------------------------------------------

const VSWITCH_SCHEMA = '/usr/share/openvswitch/vswitch.ovsschema'

const run = (cmd: string, args: ReadonlyArray<string>): E.Either<string, string> => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20000 })
  return r.status === 0 ? E.right(r.stdout) : E.left(`${cmd} ${args.join(' ')}: ${(r.stderr || r.error?.message || `exit ${r.status}`).trim()}`)
}

const all = (steps: ReadonlyArray<() => E.Either<string, unknown>>): E.Either<string, void> => {
  for (const s of steps) {
    const r = s()
    if (E.isLeft(r)) return r
  }
  return E.right(undefined)
}

/** TERM, then KILL, by PID; waits until the process is gone. */
const end = async (child: ChildProcess | undefined): Promise<void> => {
  const pid = child?.pid
  if (pid === undefined || !alive(pid)) return
  process.kill(pid, 'SIGTERM')
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(20)
  if (alive(pid)) process.kill(pid, 'SIGKILL')
  for (let i = 0; i < 50 && alive(pid); i++) await sleep(20)
}

/**
 * Starts a chassis in a namespace of its own; resolves when it is registered in the
 * Southbound database (`Chassis_Private` has its name).
 *
 * @category launching
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { launchChassis } from 'ovn-nb/testing'
 * const node1 = await launchChassis({ name: 'node1', encapIp: '127.0.0.1', sb: 'unix:/tmp/central/sb.sock' })()
 * if (E.isRight(node1)) {
 *   const vm = node1.right.plug('vm-a', '0a:58:0a:0a:00:0a')
 *   await node1.right.stop()
 * }
 */
export const launchChassis =
  (options: ChassisOptions): TE.TaskEither<LaunchError, Chassis> =>
  async () => {
    const { name, encapIp, sb } = options
    const fail = (message: string) => E.left<LaunchError, Chassis>({ _tag: 'LaunchError', message: `chassis ${name}: ${message}` })
    const dir = mkdtempSync(join(tmpdir(), `ovn-nb-${name}-`))
    const tag = `${process.pid.toString(36)}${randomBytes(2).toString('hex')}`
    const netns = `ovnnb-${name}-${tag}`
    // the daemons find each other's sockets (br-int.mgmt, db.sock) in these directories
    const env = { ...process.env, OVS_RUNDIR: dir, OVS_LOGDIR: dir, OVS_DBDIR: dir, OVS_SYSCONFDIR: dir, OVN_RUNDIR: dir, OVN_LOGDIR: dir }
    let db: OvsdbServer | undefined
    let vswitchd: ChildProcess | undefined
    let controller: ChildProcess | undefined
    let made = false
    const vms: string[] = []
    const stop = async (): Promise<void> => {
      await end(controller)
      await end(vswitchd)
      await db?.stop()
      // deleting a namespace deletes the veth ends in it, and so their peers
      for (const ns of vms) spawnSync('ip', ['netns', 'del', ns])
      if (made) spawnSync('ip', ['netns', 'del', netns])
      rmSync(dir, { recursive: true, force: true })
    }
    const made_ = run('ip', ['netns', 'add', netns])
    if (E.isLeft(made_)) return rmSync(dir, { recursive: true, force: true }), fail(made_.left)
    made = true
    const up = run('ip', ['-n', netns, 'link', 'set', 'lo', 'up'])
    if (E.isLeft(up)) return await stop(), fail(up.left)
    const d = await launchOvsdbServer({ dir, name: 'conf', schema: VSWITCH_SCHEMA })()
    if (E.isLeft(d)) return await stop(), fail(d.left.message)
    db = d.right
    const remote = db.unix
    const vsctl = (...args: string[]) => run('ovs-vsctl', [`--db=${remote}`, '--timeout=20', ...args])
    const inNetns = (cmd: string, args: ReadonlyArray<string>): ChildProcess => {
      const c = spawn('ip', ['netns', 'exec', netns, cmd, ...args], { env, stdio: 'ignore' })
      c.on('error', () => {})
      return c
    }
    const init = vsctl('--no-wait', 'init')
    if (E.isLeft(init)) return await stop(), fail(init.left)
    vswitchd = inNetns('ovs-vswitchd', [remote, `--pidfile=${join(dir, 'ovs-vswitchd.pid')}`, `--unixctl=${join(dir, 'ovs-vswitchd.ctl')}`, '-vconsole:off', `--log-file=${join(dir, 'ovs-vswitchd.log')}`, '--no-chdir'])
    const conf = all([
      () =>
        vsctl(
          'set', 'Open_vSwitch', '.',
          `external_ids:system-id=${name}`,
          `external_ids:ovn-remote=${sb}`,
          'external_ids:ovn-encap-type=geneve',
          `external_ids:ovn-encap-ip=${encapIp}`,
          'external_ids:ovn-bridge-datapath-type=netdev',
        ),
      // waits for ovs-vswitchd to make the bridge
      () => vsctl('--may-exist', 'add-br', 'br-int', '--', 'set', 'bridge', 'br-int', 'datapath_type=netdev', 'fail-mode=secure', 'other_config:disable-in-band=true'),
    ])
    if (E.isLeft(conf)) return await stop(), fail(conf.left)
    controller = inNetns('ovn-controller', [remote, `--pidfile=${join(dir, 'ovn-controller.pid')}`, '-vconsole:off', `--log-file=${join(dir, 'ovn-controller.log')}`, '--no-chdir'])

    const plug = (port: string, mac: string): E.Either<string, PluggedVm> => {
      const vm = `${netns}-${vms.length}`
      const hostIf = `v${tag}${vms.length}`.slice(0, 15)
      const r = all([
        () => run('ip', ['netns', 'add', vm]),
        () => (vms.push(vm), E.right(undefined)),
        () => run('ip', ['link', 'add', hostIf, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', vm]),
        () => run('ip', ['link', 'set', hostIf, 'netns', netns]),
        () => run('ip', ['-n', netns, 'link', 'set', hostIf, 'up']),
        () => run('ip', ['-n', vm, 'link', 'set', 'lo', 'up']),
        // no duplicate address detection: DHCPv6 can start at once from the link-local address
        () => run('ip', ['netns', 'exec', vm, 'sysctl', '-q', '-w', 'net.ipv6.conf.eth0.accept_dad=0']),
        () => run('ip', ['-n', vm, 'link', 'set', 'eth0', 'address', mac]),
        () => run('ip', ['-n', vm, 'link', 'set', 'eth0', 'up']),
        // the userspace datapath does not fill in checksums a veth leaves to offload (TCP,
        // UDP sockets); where ethtool is missing, ICMP and hand-made frames still work
        () => (run('ip', ['netns', 'exec', vm, 'ethtool', '-K', 'eth0', 'tx', 'off']), E.right(undefined)),
        () => vsctl('add-port', 'br-int', hostIf, '--', 'set', 'Interface', hostIf, `external_ids:iface-id=${port}`),
      ])
      return E.isLeft(r) ? r : E.right({ port, netns: vm, hostIf })
    }
    const unplug = (vm: PluggedVm) => all([() => vsctl('del-port', 'br-int', vm.hostIf)])
    const adopt = (vm: PluggedVm, from: Chassis) =>
      all([
        () => run('ip', ['-n', from.netns, 'link', 'set', vm.hostIf, 'netns', netns]),
        () => run('ip', ['-n', netns, 'link', 'set', vm.hostIf, 'up']),
        () => vsctl('add-port', 'br-int', vm.hostIf, '--', 'set', 'Interface', vm.hostIf, `external_ids:iface-id=${vm.port}`),
      ])

    // registered: the chassis is in the Southbound database
    const deadline = Date.now() + (options.readyTimeoutMs ?? 20000)
    while (Date.now() < deadline) {
      const names = run('ovn-sbctl', [`--db=${sb}`, '--bare', '--columns=name', 'list', 'Chassis_Private'])
      if (E.isRight(names) && names.right.split('\n').map((s) => s.trim()).includes(name))
        return E.right({ name, encapIp, dir, netns, vsctl, plug, unplug, adopt, stopController: () => end(controller), stop })
      await sleep(20)
    }
    const log = join(dir, 'ovn-controller.log')
    const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-1)[0] : 'no log'
    await stop()
    return fail(`did not register within ${options.readyTimeoutMs ?? 20000} ms (${tail})`)
  }
