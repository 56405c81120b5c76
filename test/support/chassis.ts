/**
 * A hypervisor for tests: a local Open_vSwitch database, `ovs-vswitchd` with the
 * userspace (netdev) datapath and `ovn-controller`, registered as a chassis in a
 * Southbound database. The two daemons run inside a network namespace made for the
 * chassis, so that the devices the datapath makes (`br-int`, internal ports) never
 * touch the host's network and go away with the namespace. Everything is stopped by
 * PID and removed afterwards. Needs root (network namespaces).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startOvsdb, type OvsdbServer } from './ovsdb.js'
import { alive, sleep } from './process.js'

export const VSWITCH_SCHEMA = '/usr/share/openvswitch/vswitch.ovsschema'

export interface Chassis {
  /** The chassis name (`system-id`). */
  readonly name: string
  readonly dir: string
  /** The network namespace the daemons run in. */
  readonly netns: string
  /** Runs ovs-vsctl against the chassis's Open_vSwitch database (throws on failure). */
  readonly vsctl: (...args: string[]) => string
  /**
   * A "VM": a network namespace of its own whose `eth0` (MAC, address/prefix, and a
   * default route through `gateway`) is one end of a veth pair; the other end is
   * plugged into `br-int` on this chassis as the logical switch port `port`
   * (`external_ids:iface-id`). Removed by {@link stop}.
   */
  readonly plug: (port: string, mac: string, cidr: string, gateway?: string) => Vm
  /** Stops ovn-controller alone (the chassis then stops processing changes). */
  readonly stopController: () => Promise<void>
  /** Stops everything, removes the namespace and the directory. */
  readonly stop: () => Promise<void>
}

/** A network namespace standing for a VM, plugged into a chassis. */
export interface Vm {
  readonly netns: string
  /** Whether any of `count` pings to `ip` is answered (each waits a second). */
  readonly ping: (ip: string, count?: number) => boolean
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

const run = (cmd: string, args: ReadonlyArray<string>): string => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20000 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`)
  return r.stdout
}

/** Starts a chassis named `name` whose ovn-controller talks to `sb`. */
export const startChassis = async (sb: Pick<OvsdbServer, 'unix'>, name = 'chassis-1'): Promise<Chassis> => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-chassis-'))
  const netns = `ovnnb-${process.pid}-${randomBytes(3).toString('hex')}`
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
  try {
    run('ip', ['netns', 'add', netns])
    made = true
    run('ip', ['-n', netns, 'link', 'set', 'lo', 'up'])
    db = await startOvsdb({ dir, name: 'conf', schema: VSWITCH_SCHEMA })
    const remote = db.unix
    const vsctl = (...args: string[]): string => run('ovs-vsctl', [`--db=${remote}`, '--timeout=20', ...args])
    vsctl('--no-wait', 'init')
    const inNetns = (cmd: string, args: ReadonlyArray<string>): ChildProcess =>
      spawn('ip', ['netns', 'exec', netns, cmd, ...args], { env, stdio: 'ignore' })
    vswitchd = inNetns('ovs-vswitchd', [remote, `--pidfile=${join(dir, 'ovs-vswitchd.pid')}`, `--unixctl=${join(dir, 'ovs-vswitchd.ctl')}`, '-vconsole:off', `--log-file=${join(dir, 'ovs-vswitchd.log')}`, '--no-chdir'])
    vsctl(
      'set',
      'Open_vSwitch',
      '.',
      `external_ids:system-id=${name}`,
      `external_ids:ovn-remote=${sb.unix}`,
      'external_ids:ovn-encap-type=geneve',
      'external_ids:ovn-encap-ip=127.0.0.1',
      'external_ids:ovn-bridge-datapath-type=netdev',
    )
    // waits for ovs-vswitchd to make the bridge
    vsctl('--may-exist', 'add-br', 'br-int', '--', 'set', 'bridge', 'br-int', 'datapath_type=netdev', 'fail-mode=secure', 'other_config:disable-in-band=true')
    controller = inNetns('ovn-controller', [remote, `--pidfile=${join(dir, 'ovn-controller.pid')}`, '-vconsole:off', `--log-file=${join(dir, 'ovn-controller.log')}`, '--no-chdir'])
    // registered: the chassis is in the Southbound database
    for (let i = 0; i < 250; i++) {
      const names = run('ovn-sbctl', [`--db=${sb.unix}`, '--bare', '--columns=name', 'list', 'Chassis_Private']).split('\n').map((s) => s.trim())
      if (names.includes(name)) {
        const plug = (port: string, mac: string, cidr: string, gateway?: string): Vm => {
          const vm = `${netns}-${vms.length}`
          // veth names: at most 15 characters
          const outside = `v${netns.slice(-6)}${vms.length}`
          run('ip', ['netns', 'add', vm])
          vms.push(vm)
          run('ip', ['link', 'add', outside, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', vm])
          run('ip', ['link', 'set', outside, 'netns', netns])
          run('ip', ['-n', netns, 'link', 'set', outside, 'up'])
          run('ip', ['-n', vm, 'link', 'set', 'lo', 'up'])
          run('ip', ['-n', vm, 'link', 'set', 'eth0', 'address', mac])
          run('ip', ['-n', vm, 'addr', 'add', cidr, 'dev', 'eth0'])
          run('ip', ['-n', vm, 'link', 'set', 'eth0', 'up'])
          if (gateway !== undefined) run('ip', ['-n', vm, 'route', 'add', 'default', 'via', gateway])
          vsctl('add-port', 'br-int', outside, '--', 'set', 'Interface', outside, `external_ids:iface-id=${port}`)
          return {
            netns: vm,
            ping: (ip, count = 1) => spawnSync('ip', ['netns', 'exec', vm, 'ping', '-n', '-q', '-c', String(count), '-W', '1', ip], { stdio: 'ignore', timeout: 5000 + count * 1000 }).status === 0,
          }
        }
        return {
          name,
          dir,
          netns,
          vsctl,
          plug,
          stopController: () => end(controller),
          stop,
        }
      }
      await sleep(20)
    }
    const log = join(dir, 'ovn-controller.log')
    throw new Error(`chassis ${name} did not register: ${existsSync(log) ? readFileSync(log, 'utf8').slice(-500) : 'no log'}`)
  } catch (e) {
    await stop()
    throw e
  }
}
