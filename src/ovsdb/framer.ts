/**
 * OVSDB sends JSON texts back to back with no delimiter (`{...}{...}`). The framer
 * finds where each text ends by scanning bytes as they arrive, once: it keeps its
 * state (nesting depth, inside a string, after a backslash) across chunks, so a chunk
 * is never re-scanned, and it works on bytes, so a UTF-8 character split across
 * chunks is only decoded once the whole message is there.
 *
 * @module
 */
import * as E from 'fp-ts/lib/Either.js'
import { protocolError, type ProtocolError } from './errors.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * Options of a {@link Framer}.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { FramerOptions } from 'ovn-nb/ovsdb'
 * const o: FramerOptions = { maxMessageBytes: 64 * 1024 * 1024 }
 */
export interface FramerOptions {
  /** The largest message accepted, in bytes (default 256 MiB). */
  readonly maxMessageBytes?: number
}

/**
 * An incremental splitter of a byte stream into parsed JSON values. Feed it chunks with
 * {@link Framer.push}; each call returns the messages completed by that chunk, or the
 * first error, after which the framer stays failed (the connection must be closed).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Framer } from 'ovn-nb/ovsdb'
 * const f = new Framer()
 * f.push(Buffer.from('{"id":1,"res')) // Right([])
 * f.push(Buffer.from('ult":[]}{"id":2}')) // Right([{ id: 1, result: [] }, { id: 2 }])
 */
export class Framer {
  private readonly max: number
  /** Chunks holding the message being scanned; the first starts at `start`. */
  private parts: Buffer[] = []
  private start = 0
  /** Bytes of the current message in the chunks before the last one. */
  private carried = 0
  private depth = 0
  private inString = false
  private escaped = false
  private failed: ProtocolError | undefined
  private offset = 0

  constructor(options: FramerOptions = {}) {
    this.max = options.maxMessageBytes ?? 256 * 1024 * 1024
  }

  /**
   * Feeds one chunk; returns the messages it completes, in order.
   *
   * @since 0.1.0
   */
  push(chunk: Uint8Array): E.Either<ProtocolError, ReadonlyArray<unknown>> {
    if (this.failed !== undefined) return E.left(this.failed)
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    const out: unknown[] = []
    const n = buf.length
    let i = 0
    let depth = this.depth
    let inString = this.inString
    let escaped = this.escaped
    let msgStart = this.parts.length > 0 ? -1 : 0 // -1: the message began in an earlier chunk
    // position of the next backslash at or after i (-1: none left in this chunk); found
    // lazily and reused, so a chunk without backslashes is searched for them only once
    let bs = -2
    while (i < n) {
      if (depth === 0) {
        // between messages: skip white space; anything but '{' is garbage
        const b = buf[i]!
        if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
          i++
          continue
        }
        if (b !== 0x7b) return this.fail('garbage', `unexpected byte 0x${b.toString(16).padStart(2, '0')} at stream offset ${this.offset + i}, expected "{"`)
        msgStart = i
        depth = 1
        i++
        continue
      }
      if (inString) {
        if (escaped) {
          escaped = false
          i++
          continue
        }
        // jump to the next quote or backslash with native searches
        const q = buf.indexOf(0x22, i)
        if (bs !== -1 && bs < i) bs = buf.indexOf(0x5c, i)
        if (q === -1 && bs === -1) {
          i = n
          break
        }
        if (bs !== -1 && (q === -1 || bs < q)) {
          escaped = true
          i = bs + 1
          continue
        }
        inString = false
        i = q + 1
        continue
      }
      const b = buf[i]!
      if (b === 0x22) inString = true
      else if (b === 0x7b || b === 0x5b) depth++
      else if (b === 0x7d || b === 0x5d) {
        depth--
        if (depth === 0) {
          const end = i + 1
          const size = msgStart >= 0 ? end - msgStart : this.carried + end
          if (size > this.max) return this.fail('oversized', `message of ${size} bytes exceeds the maximum of ${this.max}`)
          let text: string
          if (msgStart >= 0) text = buf.toString('utf8', msgStart, end)
          else {
            this.parts.push(buf.subarray(0, end))
            const whole = Buffer.concat(this.parts)
            text = whole.toString('utf8', this.start)
            this.parts = []
            this.carried = 0
            this.start = 0
          }
          let value: unknown
          try {
            value = JSON.parse(text)
          } catch (err) {
            return this.fail('invalid-json', `message at stream offset ${this.offset + i + 1 - size} is not JSON: ${(err as Error).message}`)
          }
          out.push(value)
          msgStart = -2 // no open message
        }
      }
      i++
    }
    if (depth > 0) {
      // keep the unfinished message for the next chunk
      if (msgStart >= 0) {
        this.parts = [buf]
        this.start = msgStart
        this.carried = n - msgStart
      } else {
        this.parts.push(buf)
        this.carried += n
      }
      if (this.carried > this.max)
        return this.fail('oversized', `message exceeds the maximum of ${this.max} bytes (${this.carried} bytes and counting)`)
    }
    this.depth = depth
    this.inString = inString
    this.escaped = escaped
    this.offset += n
    return E.right(out)
  }

  /**
   * Bytes of an unfinished message held, if any. A non-zero value when the stream ends
   * means the peer sent a truncated message.
   *
   * @since 0.1.0
   */
  pending(): number {
    return this.depth > 0 ? this.carried : 0
  }

  /**
   * At the end of the stream: an error if a message was left unfinished.
   *
   * @since 0.1.0
   */
  end(): E.Either<ProtocolError, void> {
    if (this.failed !== undefined) return E.left(this.failed)
    if (this.depth > 0) return this.fail('truncated', `stream ended inside a message (${this.carried} bytes)`)
    return E.right(undefined)
  }

  private fail(reason: ProtocolError['reason'], message: string): E.Left<ProtocolError> {
    this.failed = protocolError(reason, message)
    this.parts = []
    return E.left(this.failed) as E.Left<ProtocolError>
  }
}
