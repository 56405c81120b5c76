/**
 * An in-memory duplex byte stream: two connected {@link Channel} ends, for serving a
 * client of the same process without sockets.
 *
 * @module
 */
import type { Channel } from '../rpc.js'

class End {
  peer: End | undefined
  closed = false
  private readonly dataListeners: Array<(chunk: Uint8Array) => void> = []
  private readonly closeListeners: Array<(reason?: string) => void> = []
  private readonly queue: Uint8Array[] = []
  private scheduled = false
  private peerClosed = false

  readonly channel: Channel = {
    write: (text) => {
      if (!this.closed && this.peer !== undefined && !this.peer.closed) this.peer.enqueue(Buffer.from(text, 'utf8'))
    },
    close: () => {
      if (this.closed) return
      this.closed = true
      this.peer?.hangUp()
    },
    onData: (l) => {
      this.dataListeners.push(l)
    },
    onClose: (l) => {
      this.closeListeners.push(l)
    },
  }

  private enqueue(chunk: Uint8Array): void {
    this.queue.push(chunk)
    this.schedule()
  }

  private hangUp(): void {
    this.peerClosed = true
    this.schedule()
  }

  // Delivery is asynchronous and in order, as from a socket: a write never re-enters the
  // writer, and data sent before a close arrives before the close.
  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    queueMicrotask(() => this.flush())
  }

  private flush(): void {
    this.scheduled = false
    while (this.queue.length > 0 && !this.closed) {
      const chunk = this.queue.shift()!
      for (const l of this.dataListeners) l(chunk)
    }
    this.queue.length = 0
    if (this.peerClosed && !this.closed) {
      this.closed = true
      for (const l of this.closeListeners) l()
    }
  }
}

/**
 * Two connected in-memory {@link Channel}s: what one end writes, the other receives
 * (asynchronously, in order); closing one end closes the other. Serve one end with
 * {@link serveChannel} and give the other to `clientOver`.
 *
 * @category serving
 * @since 0.1.0
 * @example
 * import { clientOver } from 'ovn-nb/ovsdb'
 * import { memoryPair, serveChannel, type OvsdbServer } from 'ovn-nb/ovsdb/server'
 * declare const server: OvsdbServer
 * const [serverEnd, clientEnd] = memoryPair()
 * serveChannel(server, serverEnd)
 * const client = clientOver(clientEnd, 'memory:')
 * const dbs = await client.listDbs()() // Right(['OVN_Northbound', '_Server'])
 */
export const memoryPair = (): readonly [Channel, Channel] => {
  const a = new End()
  const b = new End()
  a.peer = b
  b.peer = a
  return [a.channel, b.channel]
}
