import test, { type ExecutionContext } from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { connect, syncReplica, type Client, type Operation, type Replica } from '../../src/ovsdb/index.js'
import { compile, createdUuids, diff, Planner, type DesiredRow, type DesiredState, type PlanOptions, type PlanPath } from '../../src/plan/index.js'
import { apply } from '../../src/apply/index.js'
import { nbIdentity } from '../../src/nb/identity.js'
import { nbctl, startOvsdb, type OvsdbServer } from '../support/ovsdb.js'
import { topology } from '../support/topology.js'

const NB = 'OVN_Northbound'
const OPTIONS: PlanOptions = { rules: nbIdentity }

const ok = async <A>(t: ExecutionContext, task: () => Promise<E.Either<unknown, A>>): Promise<A> => {
  const r = await task()
  if (E.isLeft(r)) {
    t.fail(JSON.stringify(r.left))
    throw new Error('unexpected Left')
  }
  return r.right
}

/** A new desired state that keeps the row objects of the last one where a row is the same (immutable values, as a controller keeps them). */
const stabilize = (prev: DesiredState | undefined, next: DesiredState): DesiredState => {
  if (prev === undefined) return next
  const byId = new Map(prev.rows.map((r) => [r.id, r]))
  return { owner: next.owner, rows: next.rows.map((r) => (byId.has(r.id) && JSON.stringify(byId.get(r.id)) === JSON.stringify(r) ? byId.get(r.id)! : r)) }
}

type Step =
  | { readonly kind: 'desired'; readonly topo: DesiredState; readonly keep: boolean }
  | { readonly kind: 'rebuild' }
  | { readonly kind: 'grow'; readonly what: Grow; readonly n: number; readonly at: number }
  | { readonly kind: 'shrink'; readonly what: Shrink; readonly at: number }
  | { readonly kind: 'tweak'; readonly n: number; readonly what: 'action' | 'priority' | 'bad-action' | 'match' | 'drop-ref' | 'port-addr'; readonly action: string }
  | { readonly kind: 'apply'; readonly tell: boolean; readonly then?: { readonly what: string; readonly n: number } }
  | { readonly kind: 'foreign'; readonly what: string; readonly n: number }
  | { readonly kind: 'reorder'; readonly at: number; readonly to: number }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('desired' as const), topo: topology, keep: fc.boolean() }),
  fc.record({ kind: fc.constant('rebuild' as const) }),
  // one row moved elsewhere in the list, every row object kept
  fc.record({ kind: fc.constant('reorder' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({
    kind: fc.constant('shrink' as const),
    what: fc.constantFrom<Shrink>('port', 'port', 'port-keep-ref', 'port-keep-ref-changed', 'port-keep-pg', 'switch', 'acl', 'address-set', 'orphans'),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('grow' as const),
    what: fc.constantFrom<Grow>('port', 'port', 'port-existing-name', 'bad-acl', 'orphan-port', 'two-parents', 'wrong-table', 'drop-and-add', 'rename-and-add'),
    n: fc.nat(5),
    at: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('tweak' as const),
    n: fc.nat(),
    what: fc.constantFrom('action' as const, 'action' as const, 'priority' as const, 'bad-action' as const, 'match' as const, 'drop-ref' as const, 'port-addr' as const),
    action: fc.constantFrom('allow', 'drop', 'allow-related'),
  }),
  fc.record({ kind: fc.constant('foreign' as const), what: fc.constant('up'), n: fc.nat() }),
  fc.record({ kind: fc.constant('foreign' as const), what: fc.constantFrom('clear-dhcp', 'pg-drop-port'), n: fc.nat() }),
  fc.record({ kind: fc.constant('apply' as const), tell: fc.boolean() }),
  fc.record({ kind: fc.constant('apply' as const), tell: fc.constant(true) }),
  // someone changes a row right after our transaction, before our next plan
  fc.record({
    kind: fc.constant('apply' as const),
    tell: fc.constant(true),
    then: fc.record({ what: fc.constantFrom('up', 'clobber-acl', 'rename-any', 'disown', 'port-ids', 'clear-dhcp', 'pg-drop-port', 'foreign-port-on-ours', 'move-acl', 'others-keys', 'unowned-acl-on-ours', 'clobber-key'), n: fc.nat() }),
  }),
  fc.record({
    kind: fc.constant('foreign' as const),
    what: fc.constantFrom('up', 'clobber-acl', 'nb-global', 'foreign-switch', 'rename-foreign', 'rename-any', 'disown', 'port-ids', 'foreign-port-on-ours', 'move-acl', 'clear-dhcp', 'pg-drop-port', 'others-keys', 'unowned-acl-on-ours', 'clobber-key'),
    n: fc.nat(),
  }),
)

type Grow = 'port' | 'port-existing-name' | 'bad-acl' | 'orphan-port' | 'two-parents' | 'wrong-table' | 'drop-and-add' | 'rename-and-add'

type SetOfRefs = readonly ['set', ReadonlyArray<readonly ['ref', string]>]

/**
 * Rows added to a desired state, the other row objects kept: a port on a switch, and
 * variants the diff refuses or must match (a name already in the database, a bad value,
 * a row nobody holds or two rows hold, a reference to the wrong table, a reference
 * dropped, an identity changed).
 */
const grow = (replica: Replica, desired: DesiredState, what: Grow, n: number, at: number): DesiredState => {
  const switches = desired.rows.flatMap((r, i) => (r.table === 'Logical_Switch' ? [i] : []))
  if (switches.length === 0) return desired
  const rows = [...desired.rows]
  const si = switches[at % switches.length]!
  const sw = rows[si]!
  const ports = (sw.columns['ports'] as SetOfRefs)[1]
  const withPorts = (r: DesiredRow, ps: ReadonlyArray<readonly ['ref', string]>, extra: DesiredRow['columns'] = {}): DesiredRow => ({ ...r, columns: { ...r.columns, ports: ['set', ps], ...extra } })
  const inDb = [...replica.rows('Logical_Switch_Port').values()].map((r) => r['name'] as string).filter((x) => !desired.rows.some((d) => d.columns['name'] === x))
  const name = what === 'port-existing-name' && inDb.length > 0 ? inDb[n % inDb.length]! : `new${n}`
  const id = `lsp:${name}`
  if (desired.rows.some((r) => r.id === id)) return desired
  const port: DesiredRow = { table: 'Logical_Switch_Port', id, columns: { name, addresses: ['set', [`0a:00:00:00:0a:0${n} 10.10.0.${n + 1}`]] } }
  const extra: DesiredRow[] = [port]
  switch (what) {
    case 'port':
    case 'port-existing-name':
      rows[si] = withPorts(sw, [...ports, ['ref', id]])
      break
    case 'bad-acl':
      extra[0] = { table: 'ACL', id: `acl:new${n}`, columns: { direction: 'to-lport', priority: 3000 + n, match: 'ip4', action: 'permit' } }
      rows[si] = { ...sw, columns: { ...sw.columns, acls: ['set', [...(sw.columns['acls'] as SetOfRefs)[1], ['ref', `acl:new${n}`]]] } }
      break
    case 'orphan-port':
      break
    case 'two-parents': {
      rows[si] = withPorts(sw, [...ports, ['ref', id]])
      const other = switches.find((i) => i !== si)
      if (other !== undefined) rows[other] = withPorts(rows[other]!, [...(rows[other]!.columns['ports'] as SetOfRefs)[1], ['ref', id]])
      else rows[si] = withPorts(sw, [...ports, ['ref', id]], { acls: ['set', [...(sw.columns['acls'] as SetOfRefs)[1], ['ref', id]]] })
      break
    }
    case 'wrong-table':
      extra[0] = { table: 'Address_Set', id: `as:new${n}`, columns: { name: `asnew${n}` } }
      rows[si] = withPorts(sw, [...ports, ['ref', `as:new${n}`]])
      break
    case 'drop-and-add':
      rows[si] = withPorts(sw, [...ports.slice(0, -1), ['ref', id]])
      break
    case 'rename-and-add':
      rows[si] = withPorts(sw, [...ports, ['ref', id]], { name: `${sw.columns['name'] as string}x` })
      break
  }
  const k = at % (rows.length + 1)
  return { owner: desired.owner, rows: [...rows.slice(0, k), ...extra, ...rows.slice(k)] }
}

type Shrink = 'port' | 'port-keep-ref' | 'port-keep-ref-changed' | 'port-keep-pg' | 'switch' | 'acl' | 'address-set' | 'orphans'

/**
 * Rows removed from a desired state, the other row objects kept: a port (and the
 * references to it), a switch with what it holds, an ACL, an address set; and variants
 * the diff refuses (a reference left to a removed row, rows left without their parent).
 */
const shrink = (desired: DesiredState, what: Shrink, at: number): DesiredState => {
  const rows = desired.rows
  const pick = (table: string): DesiredRow | undefined => {
    const xs = rows.filter((r) => r.table === table)
    return xs.length === 0 ? undefined : xs[at % xs.length]
  }
  const without = (ids: ReadonlySet<string>, dropRefs: (r: DesiredRow) => boolean): DesiredState => ({
    owner: desired.owner,
    rows: rows
      .filter((r) => !ids.has(r.id))
      .map((r) => {
        if (!dropRefs(r)) return r
        let changed = false
        const columns: Record<string, DesiredRow['columns'][string]> = {}
        for (const [k, v] of Object.entries(r.columns)) {
          if (Array.isArray(v) && v[0] === 'set') {
            const kept = (v[1] as ReadonlyArray<unknown>).filter((x) => !(Array.isArray(x) && x[0] === 'ref' && ids.has(x[1] as string)))
            if (kept.length !== (v[1] as ReadonlyArray<unknown>).length) {
              changed = true
              columns[k] = ['set', kept] as DesiredRow['columns'][string]
              continue
            }
          }
          columns[k] = v
        }
        return changed ? { ...r, columns } : r
      }),
  })
  switch (what) {
    case 'port':
    case 'port-keep-ref':
    case 'port-keep-pg': {
      const p = pick('Logical_Switch_Port')
      if (p === undefined) return desired
      return without(new Set([p.id]), (r) => (what === 'port' ? true : what === 'port-keep-ref' ? r.table !== 'Logical_Switch' : r.table !== 'Port_Group'))
    }
    case 'port-keep-ref-changed': {
      // the switch changed otherwise, still referring to the port removed
      const p = pick('Logical_Switch_Port')
      if (p === undefined) return desired
      const d = without(new Set([p.id]), (r) => r.table !== 'Logical_Switch')
      return { owner: d.owner, rows: d.rows.map((r) => (r.table === 'Logical_Switch' ? { ...r, columns: { ...r.columns, external_ids: ['map', [['note', `${at}`]]] } } : r)) }
    }
    case 'switch':
    case 'orphans': {
      const sw = pick('Logical_Switch')
      if (sw === undefined) return desired
      const held = ['ports', 'acls'].flatMap((c) => ((sw.columns[c] as SetOfRefs | undefined)?.[1] ?? []).map((x) => x[1]))
      return without(new Set(what === 'switch' ? [sw.id, ...held] : [sw.id]), () => true)
    }
    case 'acl': {
      const a = pick('ACL')
      return a === undefined ? desired : without(new Set([a.id]), () => true)
    }
    case 'address-set': {
      const a = pick('Address_Set')
      return a === undefined ? desired : without(new Set([a.id]), () => true)
    }
  }
}

const uuidsOf = (replica: Replica, table: string): string[] => [...replica.rows(table).keys()].sort()

/** What someone else does to the database meanwhile (through the same connection, so the replica has it when it resolves). */
const foreign = (replica: Replica, what: string, n: number): Operation[] => {
  const pick = (table: string): string | undefined => {
    const u = uuidsOf(replica, table)
    return u.length === 0 ? undefined : u[n % u.length]
  }
  const byUuid = (u: string) => [['_uuid', '==', ['uuid', u]]] as const
  switch (what) {
    case 'up': {
      const u = pick('Logical_Switch_Port')
      return u === undefined ? [] : [{ op: 'update', table: 'Logical_Switch_Port', where: byUuid(u), row: { up: n % 2 === 0 } }]
    }
    case 'clobber-acl': {
      const u = pick('ACL')
      return u === undefined ? [] : [{ op: 'update', table: 'ACL', where: byUuid(u), row: { action: 'reject' } }]
    }
    case 'nb-global':
      return replica.rows('NB_Global').size === 0
        ? [{ op: 'insert', table: 'NB_Global', row: {} }]
        : [{ op: 'mutate', table: 'NB_Global', where: [], mutations: [['nb_cfg', '+=', 1]] }]
    case 'foreign-switch':
      return [{ op: 'insert', table: 'Logical_Switch', row: { name: `f${n % 3}`, external_ids: ['map', [['ovn-nb/owner', 'b']]] } }]
    case 'rename-foreign':
      // to a name the desired states use, at times: the identity now collides
      return [{ op: 'update', table: 'Logical_Switch', where: [['external_ids', 'includes', ['map', [['ovn-nb/owner', 'b']]]]], row: { name: n % 2 === 0 ? `sw${(n % 3) + 1}` : `g${n % 3}` } }]
    case 'rename-any': {
      const u = pick('Logical_Switch')
      return u === undefined ? [] : [{ op: 'update', table: 'Logical_Switch', where: byUuid(u), row: { name: `sw${(n % 4) + 1}` } }]
    }
    case 'disown': {
      const u = pick('Address_Set')
      return u === undefined ? [] : [{ op: 'update', table: 'Address_Set', where: byUuid(u), row: { external_ids: ['map', n % 2 === 0 ? [] : [['ovn-nb/owner', 'b']]] } }]
    }
    case 'port-ids': {
      const u = pick('Logical_Switch_Port')
      return u === undefined ? [] : [{ op: 'mutate', table: 'Logical_Switch_Port', where: byUuid(u), mutations: [['external_ids', 'insert', ['map', [['x', String(n % 2)]]]]] }]
    }
    case 'move-acl': {
      // an ACL taken from the switch that holds it to another row (the ACL row itself unchanged)
      const from = uuidsOf(replica, 'Logical_Switch').find((u) => (replica.get('Logical_Switch', u)!['acls'] as readonly ['set', ReadonlyArray<unknown>])[1].length > 0)
      const to = pick('Port_Group')
      if (from === undefined || to === undefined) return []
      const acl = (replica.get('Logical_Switch', from)!['acls'] as readonly ['set', ReadonlyArray<readonly ['uuid', string]>])[1][0]!
      return [
        { op: 'mutate', table: 'Port_Group', where: byUuid(to), mutations: [['acls', 'insert', ['set', [acl]]]] },
        { op: 'mutate', table: 'Logical_Switch', where: byUuid(from), mutations: [['acls', 'delete', ['set', [acl]]]] },
      ]
    }
    case 'clear-dhcp': {
      // a reference of ours cleared: putting it back writes the UUID of the row it refers to
      const u = uuidsOf(replica, 'Logical_Switch_Port').find((x) => (replica.get('Logical_Switch_Port', x)!['dhcpv4_options'] as readonly ['set', ReadonlyArray<unknown>])[1].length > 0)
      return u === undefined ? [] : [{ op: 'update', table: 'Logical_Switch_Port', where: byUuid(u), row: { dhcpv4_options: ['set', []] } }]
    }
    case 'pg-drop-port': {
      const u = uuidsOf(replica, 'Port_Group').find((x) => (replica.get('Port_Group', x)!['ports'] as readonly ['set', ReadonlyArray<unknown>])[1].length > 0)
      if (u === undefined) return []
      const port = (replica.get('Port_Group', u)!['ports'] as readonly ['set', ReadonlyArray<readonly ['uuid', string]>])[1][0]!
      return [{ op: 'mutate', table: 'Port_Group', where: byUuid(u), mutations: [['ports', 'delete', ['set', [port]]]] }]
    }
    case 'others-keys': {
      // keys of another writer (no owner) in the maps of our rows
      const table = ['Logical_Switch', 'Logical_Switch_Port', 'DHCP_Options'][n % 3]!
      const u = pick(table)
      const column = table === 'Logical_Switch' ? 'other_config' : 'options'
      return u === undefined ? [] : [{ op: 'mutate', table, where: byUuid(u), mutations: [[column, 'insert', ['map', [[`k${n % 4}`, 'theirs']]]], ['external_ids', 'insert', ['map', [[`cms${n % 2}`, 'x']]]]] }]
    }
    case 'clobber-key': {
      // a key of ours given another value
      const u = uuidsOf(replica, 'Logical_Switch_Port').find((x) => (replica.get('Logical_Switch_Port', x)!['options'] as readonly ['map', ReadonlyArray<unknown>])[1].length > 0)
      if (u === undefined) return []
      const k = (replica.get('Logical_Switch_Port', u)!['options'] as readonly ['map', ReadonlyArray<readonly [string, string]>])[1][0]![0]
      return [{ op: 'mutate', table: 'Logical_Switch_Port', where: byUuid(u), mutations: [['options', 'delete', ['set', [k]]], ['options', 'insert', ['map', [[k, 'clobbered']]]]] }]
    }
    case 'unowned-acl-on-ours': {
      // an ACL of a writer without owner marks (ovn-nbctl) in a switch or port group of ours
      const table = n % 2 === 0 ? 'Logical_Switch' : 'Port_Group'
      const u = pick(table)
      return u === undefined
        ? []
        : [
            { op: 'insert', table: 'ACL', 'uuid-name': 'ua', row: { direction: 'from-lport', priority: 500 + (n % 5), match: `ip4.dst == 203.0.113.${n % 200}`, action: 'drop' } },
            { op: 'mutate', table, where: byUuid(u), mutations: [['acls', 'insert', ['set', [['named-uuid', 'ua']]]]] },
          ]
    }
    case 'foreign-port-on-ours': {
      const u = pick('Logical_Switch')
      return u === undefined
        ? []
        : [
            { op: 'insert', table: 'Logical_Switch_Port', 'uuid-name': 'fp', row: { name: `fp${n}`, external_ids: ['map', [['ovn-nb/owner', 'b']]] } },
            { op: 'mutate', table: 'Logical_Switch', where: byUuid(u), mutations: [['ports', 'insert', ['set', [['named-uuid', 'fp']]]]] },
          ]
    }
  }
  return []
}

const ROOTS = ['Logical_Switch', 'Logical_Router', 'Port_Group', 'Address_Set', 'DHCP_Options', 'Load_Balancer', 'NB_Global']

/** A fresh ovsdb-server, a client and a replica of its NB, stopped afterwards. */
const setup = async (t: ExecutionContext): Promise<{ server: OvsdbServer; c: Client; replica: Replica }> => {
  const server = await startOvsdb()
  t.teardown(() => server.stop())
  const c: Client = await ok(t, connect(server.unix))
  t.teardown(() => c.close()())
  const replica = await ok(t, syncReplica(c, NB, { externalIdKeys: ['ovn-nb/owner'] }))
  return { server, c, replica }
}

test('the incremental planner makes, at every step, the plan the full diff makes: desired rows replaced in place, applies, and changes by others in between', async (t) => {
  t.timeout(300_000)
  const { c, replica } = await setup(t)
  const paths = new Map<PlanPath, number>()
  // how the plan right after a committed transaction of ours was made
  const afterCommit = new Map<PlanPath, number>()
  let patchedAfterCreates = 0
  // rows added to the desired state, planned without the full diff
  let patchedWithCreates = 0
  // rows removed from the desired state, planned without the full diff
  let patchedWithDeletes = 0
  // why plans were made in full: every one names a reason
  const reasons = new Map<string, number>()
  await fc.assert(
    fc.asyncProperty(topology, fc.array(step, { minLength: 1, maxLength: 8 }), async (first, steps) => {
      await ok(t, c.transact(NB, ROOTS.map((table) => ({ op: 'delete' as const, table, where: [] }))))
      const planner = new Planner(replica.schema, replica, OPTIONS, replica)
      try {
        let desired = first
        let told = false
        let toldCreates = false
        const check = (): boolean => {
          const a = planner.plan(desired)
          paths.set(planner.lastPath!, (paths.get(planner.lastPath!) ?? 0) + 1)
          if (planner.lastPath === 'full') {
            const why = planner.lastFallback ?? 'none'
            reasons.set(why, (reasons.get(why) ?? 0) + 1)
          } else if (planner.lastFallback !== undefined) reasons.set('reason-without-full', 1)
          if (told) afterCommit.set(planner.lastPath!, (afterCommit.get(planner.lastPath!) ?? 0) + 1)
          if (toldCreates && planner.lastPath === 'patched') patchedAfterCreates++
          if (planner.lastPath === 'patched' && E.isRight(a) && a.right.summary.create > 0) patchedWithCreates++
          if (planner.lastPath === 'patched' && E.isRight(a) && a.right.summary.delete > 0) patchedWithDeletes++
          told = false
          toldCreates = false
          const b = diff(replica.schema, replica, desired, OPTIONS)
          t.deepEqual(a, b)
          return JSON.stringify(a) === JSON.stringify(b)
        }
        if (!check()) return false
        for (const s of steps) {
          if (s.kind === 'desired') desired = s.keep ? stabilize(desired, s.topo) : s.topo
          // the same state built again: new objects, equal content
          else if (s.kind === 'rebuild') desired = JSON.parse(JSON.stringify(desired)) as DesiredState
          else if (s.kind === 'grow') desired = grow(replica, desired, s.what, s.n, s.at)
          else if (s.kind === 'shrink') desired = shrink(desired, s.what, s.at)
          else if (s.kind === 'reorder' && desired.rows.length > 1) {
            const rows = [...desired.rows]
            const [moved] = rows.splice(s.at % rows.length, 1)
            rows.splice(s.to % rows.length, 0, moved!)
            desired = { owner: desired.owner, rows }
          }
          else if (s.kind === 'tweak') {
            // one row replaced in place by one with the same id: a column, its identity, or its references changed
            const table = s.what === 'port-addr' ? 'Logical_Switch_Port' : s.what === 'drop-ref' ? 'Logical_Switch' : 'ACL'
            const at = desired.rows.flatMap((r, i) => (r.table === table ? [i] : []))
            if (at.length > 0) {
              const i = at[s.n % at.length]!
              const rows = [...desired.rows]
              const r = rows[i]!
              const col = (): DesiredRow['columns'] => {
                switch (s.what) {
                  case 'action':
                    return { action: s.action }
                  case 'priority':
                    return { priority: 2000 + (s.n % 3) }
                  case 'bad-action':
                    return { action: 'permit' }
                  case 'match':
                    return { match: `ip4.src == 10.9.9.${s.n % 3}` }
                  case 'port-addr':
                    return { addresses: ['set', [`0a:00:00:00:09:0${s.n % 3} 10.9.0.${s.n % 3}`]] }
                  case 'drop-ref': {
                    const ports = (r.columns['ports'] as readonly ['set', ReadonlyArray<unknown>])[1]
                    return { ports: ['set', ports.slice(0, -1)] as DesiredRow['columns'][string] }
                  }
                }
              }
              rows[i] = { ...r, columns: { ...r.columns, ...col() } } satisfies DesiredRow
              desired = { owner: desired.owner, rows }
            }
          } else if (s.kind === 'apply') {
            const p = planner.plan(desired)
            if (E.isRight(p) && p.right.entries.length > 0) {
              const ops = compile(p.right)
              const r = await c.transact(NB, ops)()
              // as apply does: tell the planner what the transaction created (or not, at times)
              if (s.tell && E.isRight(r)) {
                const created = createdUuids(p.right, ops, r.right)
                planner.committed(p.right, created)
                told = true
                toldCreates = created.size > 0
              }
              if (s.then !== undefined) {
                const more = foreign(replica, s.then.what, s.then.n)
                if (more.length > 0) await c.transact(NB, more)()
              }
            }
          } else if (s.kind === 'foreign') {
            const ops = foreign(replica, s.what, s.n)
            if (ops.length > 0) await c.transact(NB, ops)()
          }
          if (!check()) return false
        }
        return true
      } finally {
        planner.close()
      }
    }),
    { numRuns: 200, seed: 7, endOnFailure: true },
  )
  // the property went through every path, so that each was checked against the full diff
  t.true((paths.get('full') ?? 0) > 0, JSON.stringify([...paths]))
  t.true((paths.get('reused') ?? 0) > 0, JSON.stringify([...paths]))
  t.true((paths.get('patched') ?? 0) > 0, JSON.stringify([...paths]))
  // after our own transaction, the next plan takes its changes as expected
  t.true((afterCommit.get('patched') ?? 0) > 0, JSON.stringify([...afterCommit]))
  t.true(patchedAfterCreates > 0, 'a plan after a transaction that created rows was patched')
  t.true(patchedWithCreates > 0, 'a plan that creates rows was patched')
  t.true(patchedWithDeletes > 0, 'a plan that deletes rows was patched')
  t.log('full diffs by reason:', JSON.stringify([...reasons].sort()))
  t.false(reasons.has('none'), 'a full plan without a reason')
  t.false(reasons.has('reason-without-full'))
  // the reasons the steps above exercise, each seen
  for (const r of ['no-last-plan', 'references-changed-by-others', 'our-row-identity-changed-by-others', 'row-inserted-or-deleted-by-others', 'desired-invalid', 'after-deletes', 'after-creates', 'child-moved'])
    t.true(reasons.has(r), `${r}: ${JSON.stringify([...reasons])}`)
})

test('apply with a kept replica plans incrementally: a second apply is reused, a change by ovn-northd-like writers is patched, and a clobbered column is put back', async (t) => {
  const { server, c, replica } = await setup(t)
  const state: DesiredState = {
    owner: 'ctl',
    rows: [
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [['ref', 'p1']]], acls: ['set', [['ref', 'acl']]] } },
      { table: 'Logical_Switch_Port', id: 'p1', columns: { name: 'p1', addresses: ['set', ['0a:00:00:00:00:01 10.0.0.2']] } },
      { table: 'ACL', id: 'acl', columns: { direction: 'to-lport', priority: 1000, match: 'ip4', action: 'allow' } },
    ],
  }
  const planner = new Planner(replica.schema, replica, OPTIONS, replica)
  t.teardown(() => planner.close())
  const first = await ok(t, apply(c, state, { replica }))
  t.is(first.plan.summary.create, 3)
  // the first plan after our own transaction sees new rows: full; then nothing changed: reused
  const p1 = planner.plan(state)
  t.is(planner.lastPath, 'full')
  t.true(E.isRight(p1) && p1.right.entries.length === 0)
  const p2 = planner.plan(state)
  t.is(planner.lastPath, 'reused')
  t.true(E.isRight(p1) && E.isRight(p2) && p2.right === p1.right, 'the same plan value')
  // someone sets the port up and clobbers the ACL's action: only those rows are compared again
  nbctl(server, 'set', 'Logical_Switch_Port', 'p1', 'up=true')
  nbctl(server, 'set', 'ACL', first.created.get('acl')!, 'action=drop')
  await ok(t, c.echo())
  const p3 = planner.plan(state)
  t.is(planner.lastPath, 'patched')
  t.deepEqual(p3, diff(replica.schema, replica, state, OPTIONS))
  const p3r = E.isRight(p3) ? p3.right : undefined
  t.deepEqual(p3r?.entries.map((e) => [e.action, e.table, e.action === 'update' ? e.changes.map((ch) => ch.column) : []]), [['update', 'ACL', ['action']]])
  // apply (through its own planner beside the replica) puts the action back
  const again = await ok(t, apply(c, state, { replica }))
  t.is(again.operations, 2) // the wait on the old value, and the update
  t.is(nbctl(server, '--bare', '--columns=action', 'list', 'ACL').trim(), 'allow')
  // a desired row replaced in place (same id, identity and references) is patched too
  const changed: DesiredState = { ...state, rows: state.rows.map((r) => (r.id === 'p1' ? { ...r, columns: { ...r.columns, addresses: ['set', ['0a:00:00:00:00:01 10.0.0.3']] } } : r)) }
  planner.plan(state)
  const p4 = planner.plan(changed)
  t.is(planner.lastPath, 'patched')
  t.deepEqual(p4, diff(replica.schema, replica, changed, OPTIONS))
})

test('after a committed transaction, the rows it created are matched: a reference to one, cleared by someone meanwhile, is put back with its UUID, without a full diff', async (t) => {
  const { server, c, replica } = await setup(t)
  const state: DesiredState = {
    owner: 'ctl',
    rows: [
      { table: 'DHCP_Options', id: 'dhcp', columns: { cidr: '10.0.0.0/24', options: ['map', [['lease_time', '3600']]] } },
      { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [['ref', 'p1']]] } },
      { table: 'Logical_Switch_Port', id: 'p1', columns: { name: 'p1', dhcpv4_options: ['ref', 'dhcp'] } },
    ],
  }
  const planner = new Planner(replica.schema, replica, OPTIONS, replica)
  t.teardown(() => planner.close())
  const p = planner.plan(state)
  if (E.isLeft(p)) return t.fail()
  const ops = compile(p.right)
  const r = await ok(t, c.transact(NB, ops))
  const created = createdUuids(p.right, ops, r)
  planner.committed(p.right, created)
  // someone clears the reference before our next plan: the port is a row our transaction
  // made, so its changes are expected and it is compared again
  nbctl(server, 'clear', 'Logical_Switch_Port', 'p1', 'dhcpv4_options')
  await ok(t, c.echo())
  const again = planner.plan(state)
  t.is(planner.lastPath, 'patched')
  t.deepEqual(again, diff(replica.schema, replica, state, OPTIONS))
  const change = E.isRight(again) && again.right.entries[0]?.action === 'update' ? again.right.entries[0].changes[0] : undefined
  t.deepEqual(change?.mode === 'set' ? change.new : undefined, ['set', [['uuid', created.get('dhcp')!]]])
})

test('after a committed transaction that added a port to a switch, the next plan is patched; a row of it renamed meanwhile makes it a full one', async (t) => {
  const { server, c, replica } = await setup(t)
  const planner = new Planner(replica.schema, replica, OPTIONS, replica)
  t.teardown(() => planner.close())
  const port = (name: string): DesiredRow => ({ table: 'Logical_Switch_Port', id: name, columns: { name, addresses: ['set', [`0a:00:00:00:00:0${name.length} 10.0.0.${name.length}`]] } })
  const sw = (ports: ReadonlyArray<string>): DesiredRow => ({ table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', ports.map((p) => ['ref', p] as const)] } })
  /** plan, transact, tell the planner; the path of the plan */
  const step = async (state: DesiredState): Promise<PlanPath> => {
    const p = planner.plan(state)
    const path = planner.lastPath!
    t.deepEqual(p, diff(replica.schema, replica, state, OPTIONS))
    if (E.isLeft(p) || p.right.entries.length === 0) return path
    const ops = compile(p.right)
    const r = await ok(t, c.transact(NB, ops))
    planner.committed(p.right, createdUuids(p.right, ops, r))
    return path
  }
  const one: DesiredState = { owner: 'ctl', rows: [sw(['p1']), port('p1')] }
  t.is(await step(one), 'full')
  t.is(await step(one), 'patched') // what the first transaction did: expected
  const two: DesiredState = { owner: 'ctl', rows: [sw(['p1', 'p22']), port('p1'), port('p22')] }
  t.is(await step(two), 'patched') // a row added, and the switch's reference to it
  t.is(await step(two), 'patched') // the switch's new port, the new row: expected
  t.is(await step(two), 'reused')
  // a change, then the changed port renamed by someone before the next plan: a new identity
  const three: DesiredState = { owner: 'ctl', rows: [sw(['p1', 'p22']), { ...port('p1'), columns: { ...port('p1').columns, addresses: ['set', ['0a:00:00:00:00:09 10.0.0.9']] } }, port('p22')] }
  t.is(await step(three), 'patched')
  t.is(planner.lastFallback, undefined)
  nbctl(server, 'set', 'Logical_Switch_Port', 'p1', 'name=p9')
  await ok(t, c.echo())
  t.is(await step(three), 'full')
  t.is(planner.lastFallback, 'our-row-identity-changed-by-others')
  // a port added whose name a row of someone else has: not a create, a conflict (the full diff's)
  nbctl(server, 'lsp-add', 'sw0', 'p333', '--', 'set', 'Logical_Switch_Port', 'p333', 'external_ids:ovn-nb/owner=other')
  await ok(t, c.echo())
  t.is(await step(three), 'full')
  const four: DesiredState = { owner: 'ctl', rows: [...three.rows.slice(0, 1).map(() => sw(['p1', 'p22', 'p333'])), ...three.rows.slice(1), port('p333')] }
  planner.plan(three)
  const p4 = planner.plan(four)
  t.is(planner.lastPath, 'full')
  t.like(p4, { _tag: 'Left', left: { _tag: 'Conflict' } })
})

test('a plan said to be committed but never sent: the rows it deletes are still there, so the next plan is the full one', async (t) => {
  const { c, replica } = await setup(t)
  const planner = new Planner(replica.schema, replica, OPTIONS, replica)
  t.teardown(() => planner.close())
  const sw = (ports: ReadonlyArray<string>): DesiredRow => ({ table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', ports.map((p) => ['ref', p] as const)] } })
  const port = (name: string): DesiredRow => ({ table: 'Logical_Switch_Port', id: name, columns: { name } })
  const two: DesiredState = { owner: 'ctl', rows: [sw(['p1', 'p2']), port('p1'), port('p2')] }
  const p = planner.plan(two)
  if (E.isLeft(p)) return t.fail()
  const ops = compile(p.right)
  planner.committed(p.right, createdUuids(p.right, ops, await ok(t, c.transact(NB, ops))))
  const one: DesiredState = { owner: 'ctl', rows: [sw(['p1']), port('p1')] }
  const drop = planner.plan(one)
  t.is(planner.lastPath, 'patched')
  t.like(drop, { right: { summary: { create: 0, update: 1, delete: 1 } } })
  if (E.isLeft(drop)) return t.fail()
  // not sent: p2 is still there
  planner.committed(drop.right, new Map())
  const again = planner.plan(one)
  t.is(planner.lastPath, 'full')
  t.is(planner.lastFallback, 'deleted-row-still-there')
  t.deepEqual(again, diff(replica.schema, replica, one, OPTIONS))
  t.like(again, { right: { summary: { delete: 1 } } })
})

test('rows added to the desired state are checked against the rows others made meanwhile: the identity keys kept for that are dropped once their table changes', async (t) => {
  const { server, c, replica } = await setup(t)
  const stepper = (planner: Planner) => async (state: DesiredState): Promise<PlanPath> => {
    const p = planner.plan(state)
    const path = planner.lastPath!
    t.deepEqual(p, diff(replica.schema, replica, state, OPTIONS))
    if (E.isLeft(p) || p.right.entries.length === 0) return path
    const ops = compile(p.right)
    planner.committed(p.right, createdUuids(p.right, ops, await ok(t, c.transact(NB, ops))))
    return path
  }
  const as = (name: string, id = `as:${name}`): DesiredRow => ({ table: 'Address_Set', id, columns: { name } })
  const sw: DesiredRow = { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0' } }
  const sw2: DesiredRow = { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw2' } }
  {
    const planner = new Planner(replica.schema, replica, OPTIONS, replica)
    const step = stepper(planner)
    t.is(await step({ owner: 'ctl', rows: [sw] }), 'full')
    // address sets added one by one: the table's keys made once, then kept with the rows
    // our own transactions made added to them
    t.is(await step({ owner: 'ctl', rows: [sw, as('a1')] }), 'patched')
    t.is(await step({ owner: 'ctl', rows: [sw, as('a1'), as('a2')] }), 'patched')
    // a1 under another id, in the plan that drops the first: the row our transaction made
    // has that key (added to the kept ones), so the full diff matches it to the new id
    // instead of deleting it and making it again
    t.is(await step({ owner: 'ctl', rows: [sw, as('a2'), as('a1', 'as:a1-again')] }), 'full')
    planner.close()
  }
  {
    const planner = new Planner(replica.schema, replica, OPTIONS, replica)
    const step = stepper(planner)
    t.is(await step({ owner: 'ctl2', rows: [sw2] }), 'full')
    t.is(await step({ owner: 'ctl2', rows: [sw2, as('b1')] }), 'patched')
    // someone else makes b3 in a table the desired state has rows in: the next plan is a
    // full one, and the keys kept are dropped
    nbctl(server, 'create', 'Address_Set', 'name=b3', 'external_ids:ovn-nb/owner=other')
    await ok(t, c.echo())
    t.is(await step({ owner: 'ctl2', rows: [sw2, as('b1')] }), 'full')
    t.is(planner.lastFallback, 'row-inserted-or-deleted-by-others')
    t.is(await step({ owner: 'ctl2', rows: [sw2, as('b1'), as('b2')] }), 'patched')
    // then the desired state gets a b3 too: the full diff's answer (a conflict), not a
    // second b3
    const p = planner.plan({ owner: 'ctl2', rows: [sw2, as('b1'), as('b3')] })
    t.deepEqual(p, diff(replica.schema, replica, { owner: 'ctl2', rows: [sw2, as('b1'), as('b3')] }, OPTIONS))
    t.like(p, { _tag: 'Left', left: { _tag: 'Conflict' } })
    planner.close()
  }
})

test('with adopt on, a DHCP_Options row added to the state is left to the full diff, which adopts an unowned row of the same content instead of creating one', async (t) => {
  const { server, c, replica } = await setup(t)
  const options: PlanOptions = { ...OPTIONS, adopt: true }
  const planner = new Planner(replica.schema, replica, options, replica)
  t.teardown(() => planner.close())
  const step = async (state: DesiredState): Promise<PlanPath> => {
    const p = planner.plan(state)
    const path = planner.lastPath!
    t.deepEqual(p, diff(replica.schema, replica, state, options))
    if (E.isLeft(p) || p.right.entries.length === 0) return path
    const ops = compile(p.right)
    const r = await ok(t, c.transact(NB, ops))
    planner.committed(p.right, createdUuids(p.right, ops, r))
    return path
  }
  const port = (dhcp: boolean): DesiredRow => ({ table: 'Logical_Switch_Port', id: 'p1', columns: { name: 'p1', ...(dhcp ? { dhcpv4_options: ['ref', 'dhcp'] as const } : {}) } })
  const sw: DesiredRow = { table: 'Logical_Switch', id: 'ls', columns: { name: 'sw0', ports: ['set', [['ref', 'p1']]] } }
  // another writer's row, there before the planner's first plan
  const uuid = nbctl(server, 'create', 'DHCP_Options', 'cidr=10.9.0.0/24', 'options:lease_time=3600').trim()
  await ok(t, c.echo())
  t.is(await step({ owner: 'ctl', rows: [sw, port(false)] }), 'full')
  t.is(await step({ owner: 'ctl', rows: [sw, port(false)] }), 'patched')
  const dhcp: DesiredRow = { table: 'DHCP_Options', id: 'dhcp', columns: { cidr: '10.9.0.0/24', options: ['map', [['lease_time', '3600']]] } }
  const two: DesiredState = { owner: 'ctl', rows: [sw, port(true), dhcp] }
  const p = planner.plan(two)
  t.is(planner.lastFallback, 'added-row-may-be-adopted')
  t.true(E.isRight(p) && p.right.entries.some((e) => e.action === 'update' && e.uuid === uuid && e.adopt === true))
  t.true(E.isRight(p) && !p.right.entries.some((e) => e.action === 'create'))
  await step(two)
  t.is(nbctl(server, '--bare', '--columns=_uuid', 'list', 'DHCP_Options').trim(), uuid)
  t.is(nbctl(server, 'get', 'Logical_Switch_Port', 'p1', 'dhcpv4_options').trim(), uuid)
})
