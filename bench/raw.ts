/**
 * The floor the library's requests are measured against: pre-serialized JSON written on
 * a raw unix socket, and the reply read and parsed (the least a client does to learn
 * whether a transaction committed).
 */
import * as net from 'node:net'

/**
 * Writes one pre-serialized `transact` request and resolves with the milliseconds from
 * the write to the reply, read and parsed; rejects when the reply has fewer than
 * `results` results or any of them is an error.
 */
export const rawTransact = (path: string, text: string, results: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = net.connect(path)
    s.setNoDelay(true)
    s.on('error', reject)
    s.on('connect', () => {
      const parts: Buffer[] = []
      const t0 = performance.now()
      s.on('data', (d: Buffer) => {
        parts.push(d)
        // the reply is one object ending with "error":null}
        if (d.length >= 13 && d.toString('latin1', d.length - 13) === '"error":null}') {
          const reply = JSON.parse(Buffer.concat(parts).toString('utf8')) as { result: unknown[] }
          const ms = performance.now() - t0
          s.destroy()
          const failed = reply.result.find((r) => r !== null && typeof r === 'object' && 'error' in r)
          if (reply.result.length < results || failed !== undefined) reject(new Error(`raw transact failed: ${reply.result.length} results, ${JSON.stringify(failed)}`))
          else resolve(ms)
        }
      })
      s.write(text)
    })
  })
