/**
 * A TCP proxy in front of a server's unix socket that can lose a reply: armed with a
 * needle, it forwards the next client message that contains it (the server commits
 * the transaction) and from then on drops everything the server sends on that
 * connection (the update and the reply alike), until the test cuts the connection —
 * what a client sees when a leader dies between its commit and its reply.
 */
import { createServer, connect, type Socket } from 'node:net'

export interface LostReplyProxy {
  /** `tcp:127.0.0.1:PORT` */
  readonly remote: string
  /** Resolves once a client message containing `needle` has been forwarded (and its answers are being dropped). */
  readonly arm: (needle: string) => Promise<void>
  /** Cuts every connection whose answers are being dropped. */
  readonly cut: () => void
  /** Cuts every connection. */
  readonly cutAll: () => void
  /** Holds back (true) or releases (false) everything servers send to clients. */
  /** Holds back what the server sends (on a connection once the client sent `after`, if given) until called with false. */
  readonly stall: (on: boolean, after?: string) => void
  /** How many connections the proxy has accepted. */
  readonly accepted: () => number
  readonly close: () => Promise<void>
}

export const lostReplyProxy = async (unixPath: string): Promise<LostReplyProxy> => {
  let armed: { readonly needle: string; readonly hit: () => void } | undefined
  const pairs = new Set<{ readonly down: Socket; readonly up: Socket; dropping: boolean; holding: boolean }>()
  let count = 0
  let stalled = false
  let stallAfter: string | undefined
  const held: Array<{ readonly down: Socket; readonly data: Buffer }> = []
  const server = createServer((down) => {
    count++
    const up = connect({ path: unixPath })
    const pair = { down, up, dropping: false, holding: false }
    pairs.add(pair)
    down.on('data', (d) => {
      if (stallAfter !== undefined && d.toString('utf8').includes(stallAfter)) pair.holding = true
      if (armed !== undefined && d.toString('utf8').includes(armed.needle)) {
        const a = armed
        armed = undefined
        pair.dropping = true
        up.write(d)
        a.hit()
        return
      }
      up.write(d)
    })
    up.on('data', (d) => {
      if (pair.dropping) return
      if (stalled && (stallAfter === undefined || pair.holding)) held.push({ down, data: d })
      else down.write(d)
    })
    const end = (): void => {
      pairs.delete(pair)
      down.destroy()
      up.destroy()
    }
    down.on('close', end)
    up.on('close', end)
    down.on('error', end)
    up.on('error', end)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('proxy has no port')
  return {
    remote: `tcp:127.0.0.1:${address.port}`,
    arm: (needle) => new Promise<void>((resolve) => (armed = { needle, hit: resolve })),
    cut: () => {
      for (const p of [...pairs]) if (p.dropping) {
        p.down.destroy()
        p.up.destroy()
      }
    },
    cutAll: () => {
      for (const p of [...pairs]) {
        p.down.destroy()
        p.up.destroy()
      }
    },
    stall: (on, after) => {
      stalled = on
      stallAfter = on ? after : undefined
      if (!on) for (const h of held.splice(0)) if (!h.down.destroyed) h.down.write(h.data)
    },
    accepted: () => count,
    close: async () => {
      for (const p of [...pairs]) {
        p.down.destroy()
        p.up.destroy()
      }
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
