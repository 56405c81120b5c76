/** An in-memory Channel whose other end the test drives by hand. */
import type { Channel } from '../../src/ovsdb/index.js'

export interface FakeServer {
  readonly channel: Channel
  /** Messages the client sent, parsed. */
  readonly received: Array<Record<string, unknown>>
  /** Raw texts the client sent. */
  readonly raw: string[]
  readonly send: (text: string | Uint8Array) => void
  readonly hangUp: (reason?: string) => void
  readonly closedByClient: () => boolean
  /** Resolves when the client has sent n messages. */
  readonly waitFor: (n: number) => Promise<void>
}

export const fakeServer = (): FakeServer => {
  let data: ((c: Uint8Array) => void) | undefined
  let close: ((r?: string) => void) | undefined
  let closed = false
  const received: Array<Record<string, unknown>> = []
  const raw: string[] = []
  const waiters: Array<[number, () => void]> = []
  const channel: Channel = {
    write: (text) => {
      raw.push(text)
      received.push(JSON.parse(text) as Record<string, unknown>)
      for (const w of [...waiters]) if (received.length >= w[0]) {
        waiters.splice(waiters.indexOf(w), 1)
        w[1]()
      }
    },
    close: () => {
      closed = true
    },
    onData: (l) => (data = l),
    onClose: (l) => (close = l),
  }
  return {
    channel,
    received,
    raw,
    send: (text) => data?.(typeof text === 'string' ? Buffer.from(text) : text),
    hangUp: (reason) => close?.(reason),
    closedByClient: () => closed,
    waitFor: (n) => (received.length >= n ? Promise.resolve() : new Promise((r) => waiters.push([n, r]))),
  }
}
