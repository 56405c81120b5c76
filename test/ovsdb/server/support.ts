/**
 * Shared by the embedded server's tests: the NB schema, a raw JSON-RPC 1.0 peer (every
 * member of every message kept, so replies can be compared byte for byte in meaning),
 * a pair of sides (a real ovsdb-server and the embedded one) driven with the same
 * requests, and the normalization that makes their answers comparable (UUIDs replaced
 * by the order of their first appearance, `_version` values masked, sets and maps and
 * rows put in a canonical order).
 */
import { readFileSync } from 'node:fs'
import type { ExecutionContext } from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import { Framer } from '../../../src/ovsdb/framer.js'
import { decodeSchema, type DatabaseSchema } from '../../../src/ovsdb/schema.js'
import type { Channel } from '../../../src/ovsdb/rpc.js'
import { openChannel, parseRemote } from '../../../src/ovsdb/transport.js'
import { createServer, memoryPair, serveChannel, type OvsdbServer as Embedded, type ServerOptions } from '../../../src/ovsdb/server/index.js'
import { NB_SCHEMA, startOvsdb, type OvsdbServer } from '../../support/ovsdb.js'

export const NB = 'OVN_Northbound'

/** The NB schema ovsdb-server 3.1 serves (Debian's OVN 23.03). */
export const nbSchema = (): DatabaseSchema => {
  const r = decodeSchema(JSON.parse(readFileSync(NB_SCHEMA, 'utf8')))
  if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  return r.right
}

/** The embedded server over the NB schema. */
export const embeddedNb = (options: ServerOptions = {}): Embedded => {
  const r = createServer([nbSchema()], options)
  if (E.isLeft(r)) throw new Error(r.left.message)
  return r.right
}

// -------------------------------------------------------------------------------------
// raw peer
// -------------------------------------------------------------------------------------

export type Json = unknown
export type Message = Record<string, unknown>

/** A JSON-RPC 1.0 peer that keeps every message as received. */
export class RawPeer {
  readonly notifications: Message[] = []
  readonly received: Message[] = []
  closed = false
  private readonly framer = new Framer()
  private readonly waiters = new Map<string, (m: Message) => void>()
  private closeWaiters: Array<() => void> = []
  private nextId = 0

  constructor(readonly channel: Channel) {
    channel.onData((chunk) => {
      const r = this.framer.push(chunk)
      if (E.isLeft(r)) throw new Error(r.left.message)
      for (const m of r.right as Message[]) {
        this.received.push(m)
        if ('method' in m && m['id'] === null) this.notifications.push(m)
        else if ('method' in m && m['method'] === 'echo') this.send({ id: m['id'], result: m['params'], error: null })
        else {
          const k = JSON.stringify(m['id'])
          const w = this.waiters.get(k)
          if (w !== undefined) {
            this.waiters.delete(k)
            w(m)
          }
        }
      }
    })
    channel.onClose(() => {
      this.closed = true
      for (const w of this.closeWaiters) w()
    })
  }

  send(m: unknown): void {
    this.channel.write(typeof m === 'string' ? m : JSON.stringify(m))
  }

  /** Sends a request and resolves with the whole reply message. */
  request(method: string, params: Json, id?: Json): Promise<Message> {
    const rid = id ?? ++this.nextId
    return new Promise((resolve) => {
      this.waiters.set(JSON.stringify(rid), resolve)
      this.send({ method, params, id: rid })
    })
  }

  /** The result of a request (fails the test on an error reply). */
  async call(t: ExecutionContext, method: string, params: Json): Promise<Json> {
    const r = await this.request(method, params)
    if (r['error'] !== null && r['error'] !== undefined) t.fail(`${method}: ${JSON.stringify(r['error'])}`)
    return r['result']
  }

  /** Resolves when the connection closes, or with false after `ms`. */
  whenClosed(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms)
      this.closeWaiters.push(() => {
        clearTimeout(timer)
        resolve(true)
      })
    })
  }

  /** Waits a little for messages in flight (notifications to others arrive asynchronously). */
  async settle(ms = 20): Promise<void> {
    await new Promise((r) => setTimeout(r, ms))
  }

  takeNotifications(): Message[] {
    return this.notifications.splice(0)
  }

  close(): void {
    if (!this.closed) this.channel.close()
  }
}

/** A raw peer connected to a real ovsdb-server (unix socket). */
export const realPeer = async (server: OvsdbServer): Promise<RawPeer> => {
  const remote = parseRemote(server.unix)
  if (E.isLeft(remote)) throw new Error(remote.left.message)
  const ch = await openChannel(remote.right)()
  if (E.isLeft(ch)) throw new Error(ch.left.message)
  return new RawPeer(ch.right)
}

/** A raw peer connected in memory to an embedded server. */
export const embeddedPeer = (server: Embedded): RawPeer => {
  const [a, b] = memoryPair()
  serveChannel(server, a)
  return new RawPeer(b)
}

// -------------------------------------------------------------------------------------
// two sides
// -------------------------------------------------------------------------------------

/** The same requests on a real ovsdb-server and on the embedded server. */
export interface Sides {
  readonly real: OvsdbServer
  readonly embedded: Embedded
  /** Connects a new peer to each side: [real, embedded]. */
  readonly connect: () => Promise<readonly [RawPeer, RawPeer]>
}

/** Starts a real server and an embedded one (standalone-like: no transaction history); both stop at teardown. */
export const startSides = async (t: ExecutionContext, options: ServerOptions = { txnHistory: 0 }): Promise<Sides> => {
  const real = await startOvsdb()
  const embedded = embeddedNb(options)
  const peers: RawPeer[] = []
  t.teardown(async () => {
    for (const p of peers) p.close()
    embedded.close()
    await real.stop()
  })
  return {
    real,
    embedded,
    connect: async () => {
      const r = await realPeer(real)
      const e = embeddedPeer(embedded)
      peers.push(r, e)
      return [r, e] as const
    },
  }
}

// -------------------------------------------------------------------------------------
// normalization
// -------------------------------------------------------------------------------------

const UUID_G = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g
const ZERO = '00000000-0000-0000-0000-000000000000'

const isObj = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** Canonical text of a JSON value: sorted object keys. */
export const canon = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`
  if (isObj(v)) return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(',')}}`
  return JSON.stringify(v) ?? 'null'
}

/**
 * Replaces UUIDs by `#n`, n the order in which this normalizer first saw them (the
 * all-zero UUID stays), so two servers that made the same rows give the same text.
 * Call {@link Normalizer.learn} with UUIDs in a deterministic order (insert results)
 * before normalizing values that may list them in another order.
 */
export class Normalizer {
  private readonly tokens = new Map<string, string>()

  learn(uuid: string): string {
    if (uuid === ZERO) return uuid
    let tok = this.tokens.get(uuid)
    if (tok === undefined) this.tokens.set(uuid, (tok = `#${this.tokens.size + 1}`))
    return tok
  }

  /** Learns the UUIDs of insert results, in operation order. */
  learnResults(results: unknown): void {
    if (!Array.isArray(results)) return
    for (const r of results)
      if (isObj(r) && Array.isArray(r['uuid']) && typeof r['uuid'][1] === 'string') this.learn(r['uuid'][1])
  }

  text(s: string): string {
    return s.replace(UUID_G, (u) => this.learn(u))
  }

  /** Normalizes an error's details (the two rows of an index violation in a fixed order). */
  details(s: string): string {
    const d = this.text(s)
    const m = /^(.*?)  (First row, with UUID (#\d+), .*?)  Second row, with UUID (#\d+), (.*)$/.exec(d)
    if (m === null) return d
    const first = m[2]!.replace(/^First/, 'X')
    const second = `X row, with UUID ${m[4]!}, ${m[5]!}`
    const [a, b] = [first, second].sort()
    return `${m[1]!}  ${a!}  ${b!}`
  }

  /** A normalized copy of a JSON value. */
  value(v: unknown, key?: string): unknown {
    if (key === '_version') return 'V'
    if (typeof v === 'string') return key === 'details' ? this.details(v) : this.text(v)
    if (Array.isArray(v)) {
      if (v.length === 2 && v[0] === 'uuid' && typeof v[1] === 'string') return ['uuid', this.learn(v[1])]
      const out = v.map((x) => this.value(x))
      if (out.length === 2 && (out[0] === 'set' || out[0] === 'map') && Array.isArray(out[1]))
        return [out[0], [...(out[1] as unknown[])].sort((a, b) => (canon(a) < canon(b) ? -1 : canon(a) > canon(b) ? 1 : 0))]
      return out
    }
    if (isObj(v)) {
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(v).sort()) out[this.text(k)] = this.value(v[k], k)
      if (Array.isArray(out['rows'])) out['rows'] = [...(out['rows'] as unknown[])].sort((a, b) => (canon(a) < canon(b) ? -1 : 1))
      return out
    }
    return v
  }
}

/** A transact's results and the notifications it caused, normalized (insert UUIDs learned first). */
export const normalizeStep = (n: Normalizer, reply: Message, notes: ReadonlyArray<Message>): unknown => {
  n.learnResults(reply['result'])
  return { reply: n.value(reply), notes: notes.map((m) => n.value(m)) }
}
