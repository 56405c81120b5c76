/**
 * The floors the library's requests are measured against: pre-serialized JSON written on
 * a raw unix socket, and the reply read and parsed (the least a client does to learn
 * what the server answered).
 */
import * as net from 'node:net'

/**
 * Writes one pre-serialized request and resolves with the milliseconds from the write to
 * the reply, read and parsed, with the parsed `result` and the reply's size in bytes.
 */
export const rawRequest = (path: string, text: string): Promise<{ readonly ms: number; readonly result: unknown; readonly bytes: number }> =>
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
          const all = Buffer.concat(parts)
          const reply = JSON.parse(all.toString('utf8')) as { result: unknown }
          const ms = performance.now() - t0
          s.destroy()
          resolve({ ms, result: reply.result, bytes: all.length })
        }
      })
      s.write(text)
    })
  })

/**
 * One pre-serialized `transact`: the milliseconds to its reply, read and parsed; rejects
 * when the reply has fewer than `results` results or any of them is an error.
 */
export const rawTransact = async (path: string, text: string, results: number): Promise<number> => {
  const { ms, result } = await rawRequest(path, text)
  const rs = result as ReadonlyArray<unknown>
  const failed = rs.find((r) => r !== null && typeof r === 'object' && 'error' in r)
  if (rs.length < results || failed !== undefined) throw new Error(`raw transact failed: ${rs.length} results, ${JSON.stringify(failed)}`)
  return ms
}
