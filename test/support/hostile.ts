/**
 * A hostile (or just broken) OVSDB server for tests: a real TCP listener on 127.0.0.1
 * whose answers the test writes by hand, byte for byte. Requests are parsed with the
 * library's own framer; `respond` gets each one with the socket to write to (or not).
 * Every socket is destroyed at `close`.
 */
import * as net from 'node:net'
import { Framer } from '../../src/ovsdb/framer.js'

export interface HostileRequest {
  readonly id: unknown
  readonly method: string
  readonly params: ReadonlyArray<unknown>
}

export interface HostileServer {
  /** `tcp:127.0.0.1:PORT` */
  readonly remote: string
  /** Every request received, in order. */
  readonly requests: HostileRequest[]
  readonly sockets: ReadonlyArray<net.Socket>
  readonly close: () => Promise<void>
}

export const hostileServer = async (
  respond: (req: HostileRequest, socket: net.Socket) => void,
  onConnection: (socket: net.Socket) => void = () => {},
): Promise<HostileServer> => {
  const requests: HostileRequest[] = []
  const sockets: net.Socket[] = []
  const server = net.createServer((socket) => {
    sockets.push(socket)
    socket.on('error', () => {})
    const framer = new Framer()
    socket.on('data', (chunk) => {
      const r = framer.push(chunk)
      if (r._tag === 'Left') return
      for (const m of r.right) {
        const req = m as HostileRequest
        // replies to the server's own echo requests and notifications (cancel) carry no method
        if (typeof req.method !== 'string') continue
        requests.push(req)
        respond(req, socket)
      }
    })
    onConnection(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    remote: `tcp:127.0.0.1:${port}`,
    requests,
    sockets,
    close: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** JSON arrays nested `n` deep: 2n bytes (5,000 deep is a 10 KB message). */
export const deep = (n: number): string => '['.repeat(n) + ']'.repeat(n)
