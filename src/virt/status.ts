/**
 * The CNI `STATUS` verb for VM networks: a controller is ready to plug VMs when the
 * Northbound database, ovn-northd and the Southbound database are reachable and have
 * caught up, and — where chassis exist — the chassis too. Built on {@link status} (the
 * NB side: database, `NB_Global` `nb_cfg` / `sb_cfg` / `hv_cfg`) and one `select` on the
 * SB (`SB_Global.nb_cfg`, which ovn-northd copies from the NB, and each chassis'
 * `Chassis_Private.nb_cfg`, which its ovn-controller copies from `SB_Global`).
 *
 * At rest, a stopped ovn-northd looks caught up (nothing asked it anything). `probe`
 * asks: it bumps `NB_Global.nb_cfg`, as `ovn-nbctl --wait=hv sync` does, and waits,
 * bounded, until ovn-northd (and the chassis) answer.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type * as T from 'fp-ts/lib/Task.js'
import { status, type Status } from '../apply/status.js'
import type { Client } from '../ovsdb/client.js'
import { formatError } from '../ovsdb/errors.js'
import type { Row } from '../ovsdb/wire/datum.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * The Southbound side of {@link VmStatus}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { SouthboundStatus } from 'ovn-nb/virt'
 * const s: SouthboundStatus = { nbCfg: 3, chassis: [{ name: 'node1', nbCfg: 3 }] }
 */
export interface SouthboundStatus {
  /** `SB_Global.nb_cfg`: the NB `nb_cfg` ovn-northd has written to the SB. */
  readonly nbCfg: number
  /** Every chassis (`Chassis_Private`) and the `nb_cfg` its ovn-controller has reached. */
  readonly chassis: ReadonlyArray<{ readonly name: string; readonly nbCfg: number }>
}

/**
 * Whether a VM network controller can work, and why not.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmStatus } from 'ovn-nb/virt'
 * const show = (s: VmStatus): string => (s.ready ? 'ready' : `not ready: ${s.reasons.join('; ')}`)
 */
export interface VmStatus {
  readonly ready: boolean
  /** Why it is not ready, one line each (empty when ready). */
  readonly reasons: ReadonlyArray<string>
  /** The Northbound status, when the NB answered. */
  readonly nb?: Status
  /** The Southbound status, when the SB answered. */
  readonly sb?: SouthboundStatus
}

/**
 * Options of {@link vmStatus}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { VmStatusOptions } from 'ovn-nb/virt'
 * const o: VmStatusOptions = { probe: true, timeoutMs: 5000 }
 */
export interface VmStatusOptions {
  /** Bound on each read, and on a probe's wait (default 10000 ms). */
  readonly timeoutMs?: number
  /** Bump `NB_Global.nb_cfg` and wait for ovn-northd (and the chassis) to answer. */
  readonly probe?: boolean
}

// -------------------------------------------------------------------------------------
// reading
// -------------------------------------------------------------------------------------

const num = (v: unknown): number => (typeof v === 'number' ? v : 0)

const readSb = async (sb: Client, timeoutMs: number): Promise<E.Either<string, SouthboundStatus | undefined>> => {
  const r = await sb.transact(
    'OVN_Southbound',
    [
      { op: 'select', table: 'SB_Global', where: [], columns: ['nb_cfg'] },
      { op: 'select', table: 'Chassis_Private', where: [], columns: ['name', 'nb_cfg'] },
    ],
    { validate: false, timeoutMs },
  )()
  if (E.isLeft(r)) return E.left(formatError(r.left))
  const global = (r.right[0].rows as ReadonlyArray<Row>)[0]
  if (global === undefined) return E.right(undefined)
  const chassis = (r.right[1].rows as ReadonlyArray<Row>)
    .map((c) => ({ name: String(c['name']), nbCfg: num(c['nb_cfg']) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return E.right({ nbCfg: num(global['nb_cfg']), chassis })
}

const judge = async (nb: Client, sb: Client, timeoutMs: number): Promise<VmStatus> => {
  const [n, s] = await Promise.all([status(nb, { timeoutMs })(), readSb(sb, timeoutMs)])
  const reasons: string[] = []
  if (E.isLeft(n)) reasons.push(`Northbound: ${formatError(n.left)}`)
  if (E.isLeft(s)) reasons.push(`Southbound: ${s.left}`)
  const nbs = E.isRight(n) ? n.right : undefined
  const sbs = E.isRight(s) ? s.right : undefined
  if (nbs !== undefined) {
    if (!nbs.database.connected) reasons.push('Northbound: not connected to its cluster')
    if (nbs.northd === undefined) reasons.push('Northbound: no NB_Global row (ovn-northd has not run, or "ovn-nbctl init" was not done)')
  }
  if (E.isRight(s) && sbs === undefined) reasons.push('Southbound: no SB_Global row (ovn-northd has not connected to it)')
  const cfg = nbs?.northd
  if (cfg !== undefined) {
    if (cfg.sbCfg < cfg.nbCfg) reasons.push(`ovn-northd is behind: NB_Global sb_cfg ${cfg.sbCfg} < nb_cfg ${cfg.nbCfg}`)
    if (sbs !== undefined && sbs.nbCfg < cfg.nbCfg) reasons.push(`Southbound is behind: SB_Global nb_cfg ${sbs.nbCfg} < NB nb_cfg ${cfg.nbCfg}`)
    // hv_cfg means something only where chassis exist (ovn-northd leaves it alone otherwise)
    if (sbs !== undefined && sbs.chassis.length > 0) {
      const behind = sbs.chassis.filter((c) => c.nbCfg < cfg.nbCfg)
      if (behind.length > 0 || cfg.hvCfg < cfg.nbCfg)
        reasons.push(
          `chassis are behind: hv_cfg ${cfg.hvCfg} < nb_cfg ${cfg.nbCfg}` +
            (behind.length > 0 ? ` (${behind.map((c) => `${c.name} at ${c.nbCfg}`).join(', ')})` : ''),
        )
    }
  }
  return { ready: reasons.length === 0, reasons, ...(nbs !== undefined ? { nb: nbs } : {}), ...(sbs !== undefined ? { sb: sbs } : {}) }
}

/**
 * Whether the NB, ovn-northd, the SB (and the chassis, where there are any) are
 * reachable and caught up, with the reasons when not. Never fails: an unreachable
 * database is a reason. With `probe`, first bumps `NB_Global.nb_cfg` and waits up to
 * `timeoutMs` for everyone to reach it.
 *
 * @category status
 * @since 0.1.0
 * @example
 * import * as E from 'fp-ts/lib/Either.js'
 * import { connect } from 'ovn-nb'
 * import { vmStatus } from 'ovn-nb/virt'
 * const nb = await connect('unix:/var/run/ovn/ovnnb_db.sock')()
 * const sb = await connect('unix:/var/run/ovn/ovnsb_db.sock')()
 * if (E.isRight(nb) && E.isRight(sb)) {
 *   const s = await vmStatus(nb.right, sb.right, { probe: true })()
 *   console.log(s.ready ? 'ready' : s.reasons.join('; ')) // 'ovn-northd is behind: NB_Global sb_cfg 3 < nb_cfg 4'
 * }
 */
export const vmStatus =
  (nb: Client, sb: Client, options: VmStatusOptions = {}): T.Task<VmStatus> =>
  async () => {
    const timeoutMs = options.timeoutMs ?? 10000
    if (options.probe !== true) return judge(nb, sb, timeoutMs)
    const bumped = await nb.transact('OVN_Northbound', [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=', 1]] }], {
      validate: false,
      timeoutMs,
    })()
    if (E.isLeft(bumped)) {
      const s = await judge(nb, sb, timeoutMs)
      return { ...s, ready: false, reasons: [`probe: cannot bump NB_Global nb_cfg: ${formatError(bumped.left)}`, ...s.reasons] }
    }
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const s = await judge(nb, sb, Math.max(1000, deadline - Date.now()))
      if (s.ready || Date.now() >= deadline) return s.ready ? s : { ...s, reasons: [...s.reasons, `probe: not caught up within ${timeoutMs} ms`] }
      await new Promise((r) => setTimeout(r, 20))
    }
  }
