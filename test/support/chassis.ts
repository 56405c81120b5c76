/**
 * A hypervisor for tests, on top of `ovn-nb/testing`'s {@link launchChassis} (a local
 * Open_vSwitch database, `ovs-vswitchd` with the userspace datapath and `ovn-controller`
 * in a network namespace of their own): throwing where the tests want a failure to
 * fail the test, and VMs with a static address, a default route and `ping`.
 */
import { spawnSync } from 'node:child_process'
import * as E from 'fp-ts/lib/Either.js'
import { launchChassis, type Chassis as LaunchedChassis } from '../../src/testing/chassis.js'
import type { OvsdbServer } from './ovsdb.js'

export interface Chassis extends Omit<LaunchedChassis, 'vsctl' | 'plug'> {
  /** Runs ovs-vsctl against the chassis's Open_vSwitch database (throws on failure). */
  readonly vsctl: (...args: string[]) => string
  /**
   * A "VM": a namespace whose `eth0` has MAC `mac`, address `cidr` and a default route
   * through `gateway`, plugged into `br-int` as the logical switch port `port`.
   */
  readonly plug: (port: string, mac: string, cidr: string, gateway?: string) => Vm
}

/** A network namespace standing for a VM, plugged into a chassis. */
export interface Vm {
  readonly netns: string
  /** Whether any of `count` pings to `ip` is answered (each waits a second). */
  readonly ping: (ip: string, count?: number) => boolean
}

const orThrow = <A>(r: E.Either<string, A>): A => {
  if (E.isLeft(r)) throw new Error(r.left)
  return r.right
}

const run = (cmd: string, args: ReadonlyArray<string>): string => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20000 })
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`)
  return r.stdout
}

/** Starts a chassis named `name` whose ovn-controller talks to `sb`. */
export const startChassis = async (sb: Pick<OvsdbServer, 'unix'>, name = 'chassis-1'): Promise<Chassis> => {
  const c = orThrow(E.mapLeft((e: { readonly message: string }) => e.message)(await launchChassis({ name, encapIp: '127.0.0.1', sb: sb.unix })()))
  const plug = (port: string, mac: string, cidr: string, gateway?: string): Vm => {
    const vm = orThrow(c.plug(port, mac))
    run('ip', ['-n', vm.netns, 'addr', 'add', cidr, 'dev', 'eth0'])
    if (gateway !== undefined) run('ip', ['-n', vm.netns, 'route', 'add', 'default', 'via', gateway])
    return {
      netns: vm.netns,
      ping: (ip, count = 1) => spawnSync('ip', ['netns', 'exec', vm.netns, 'ping', '-n', '-q', '-c', String(count), '-W', '1', ip], { stdio: 'ignore', timeout: 5000 + count * 1000 }).status === 0,
    }
  }
  return { ...c, vsctl: (...args) => orThrow(c.vsctl(...args)), plug }
}
