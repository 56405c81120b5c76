/**
 * OVSDB sends JSON texts back to back with no delimiter (`{...}{...}`). The framer
 * finds where each text ends by scanning bytes as they arrive, once: it keeps its
 * state (nesting depth, inside a string, after a backslash) across chunks, so a chunk
 * is never re-scanned, and it works on bytes, so a UTF-8 character split across
 * chunks is only decoded once the whole message is there.
 *
 * @module
 */
import * as E from '../deps/Either.js'
import { protocolError, type ProtocolError } from './errors.js'

const BOUNDARY = Buffer.from('}{')
const NOT_JSON: unique symbol = Symbol('not JSON')

const tryParse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return NOT_JSON
  }
}

// the longest head offered to a split's claim
const MAX_HEAD_BYTES = 64 * 1024

// a run of members after an earlier one starts with the comma between them
const LEADING_COMMA = /^[ \t\n\r]*(,)?/
const ONLY_SPACE = /^[ \t\n\r]*$/

const lastNonSpace = (buf: Buffer, from: number): number => {
  let e = buf.length - 1
  while (e > from) {
    const b = buf[e]!
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) break
    e--
  }
  return e
}

// Byte classes of the scanner outside strings: 0 means "not structural, keep going".
const QUOTE = 1
const OPEN = 2
const CLOSE = 3
const CLASS = new Uint8Array(256)
CLASS[0x22] = QUOTE
CLASS[0x7b] = OPEN
CLASS[0x5b] = OPEN
CLASS[0x7d] = CLOSE
CLASS[0x5d] = CLOSE

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
  /** Hand the members of a large message's containers at some depth over as they arrive. */
  readonly split?: SplitOptions
}

/**
 * Where and how a message is taken in pieces while it arrives (see {@link Framer}): the
 * depth of the containers whose members are handed over (2: those of the message's own
 * members; less means no splitting), how many bytes of complete members make a piece, and who decides, when a
 * message reaches its first container at that depth, whether to take it in pieces.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import type { SplitOptions } from 'ovn-nb/ovsdb'
 * // the rows of a monitor_cond_since reply: {"id":1,"result":[false,"…",{"T":{ROWS}}]}
 * const split: SplitOptions = { depth: 4, pieceBytes: 1 << 20, claim: () => undefined }
 */
export interface SplitOptions {
  readonly depth: number
  readonly pieceBytes: number
  /**
   * Called with the message's text from its first byte through the opening byte of its
   * first container at `depth` (when that is within its first 64 KiB): a sink takes the
   * message in pieces; `undefined` leaves it to be parsed whole, as any other.
   */
  readonly claim: (head: string) => PieceSink | undefined
}

/**
 * Takes one message in pieces. The texts it is given, in order, make up the message:
 * `claim`'s head, then for each container at the split depth its members (in one or
 * more runs) and the text from its closing byte through the opening byte of the next
 * container (`between`), then from the last container's closing byte to the message's
 * end (`end`). A run of members is whole members, separated by commas, and starts with
 * a comma when it follows an earlier run of the same container. Any `false` (or an
 * `undefined` from `end`) gives up: the framer then parses the message whole, as if it
 * had never been offered, and nothing the sink made is used.
 *
 * @category model
 * @since 0.2.0
 * @example
 * import { Framer, type PieceSink } from 'ovn-nb/ovsdb'
 * // a sink that puts the texts back together: the message's own text
 * const claim = (head: string): PieceSink => {
 *   let text = head
 *   return {
 *     members: (t) => ((text += t), true),
 *     between: (t) => ((text += t), true),
 *     end: (t) => ({ value: text + t }),
 *   }
 * }
 * const f = new Framer({ split: { depth: 2, pieceBytes: 8, claim } })
 * f.push(Buffer.from('{"rows":{"a":[1],'))
 * f.push(Buffer.from('"b":[2]}}')) // Right(['{"rows":{"a":[1],"b":[2]}}'])
 */
export interface PieceSink {
  readonly members: (text: string) => boolean
  readonly between: (text: string) => boolean
  readonly end: (text: string) => { readonly value: unknown } | undefined
}

/**
 * An incremental splitter of a byte stream into parsed JSON values. Feed it chunks with
 * {@link Framer.push}; each call returns the messages completed by that chunk, or the
 * first error, after which the framer stays failed (the connection must be closed).
 *
 * Two paths, one result. Messages that lie whole inside a chunk take the fast path: the
 * end of a message is looked for where the next one starts (`}{`, found by a native
 * search), and `JSON.parse` itself confirms it (a complete JSON object is never a proper
 * prefix of another). When that does not hold (white space between messages, a `}{`
 * inside a string, a message that goes on into the next chunk) the byte scanner takes
 * over from the message's first byte and keeps its state across chunks. JavaScript
 * touches each byte at most once; at most one speculative parse per message, bounded by
 * the chunk size, is thrown away. Measured on OVSDB-like traffic the scanner alone
 * costs about a third of `JSON.parse`; the fast path a few percent.
 *
 * With `split`, a message the scanner reads (one that goes on over several chunks) is
 * offered to `split.claim` when it reaches its first container at `split.depth`; a sink
 * that takes it gets that container's members in runs of about `split.pieceBytes` as
 * they arrive, so that a consumer can parse and use a large reply while the rest of it
 * is still on its way, and then the rest of the message (see {@link PieceSink}). The
 * message's bytes are kept until its end all the same: a sink that gives up at any point
 * leaves the framer to parse the message whole, as without `split`.
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
  private readonly split: SplitOptions | undefined
  /** The chunks of the message the scanner is inside, and where each begins in the message. */
  private parts: Buffer[] = []
  private partStarts: number[] = []
  /** Bytes of the current message received so far. */
  private carried = 0
  /** Where the chunk being scanned begins in the message (negative: the message begins inside it). */
  private base = 0
  /** Scanner state: nesting depth (0: between messages), inside a string, after a backslash. */
  private depth = 0
  private inString = false
  private escaped = false
  private failed: ProtocolError | undefined
  /** Stream offset of the current chunk's first byte, for error messages. */
  private offset = 0
  // the current message in pieces: the depth watched (-1: none), whether it was offered
  // yet, its sink, where the members not handed over begin (and whether they are the
  // container's first), where the last container closed
  private splitDepth = -1
  private offered = false
  private sink: PieceSink | undefined
  private runStart = 0
  private firstRun = true
  private gapStart = 0

  constructor(options: FramerOptions = {}) {
    this.max = options.maxMessageBytes ?? 256 * 1024 * 1024
    this.split = options.split !== undefined && options.split.depth >= 2 ? options.split : undefined
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
    if (this.depth > 0) {
      // inside a message that began in an earlier chunk: the scanner goes on
      this.base = this.carried
      this.parts.push(buf)
      this.partStarts.push(this.carried)
      const end = this.scan(buf, 0)
      if (end < 0) return this.keep(n, n, out)
      const size = this.carried + end
      if (size > this.max) return this.fail('oversized', `message of ${size} bytes exceeds the maximum of ${this.max}`)
      const e = this.finish(size, out)
      if (e !== undefined) return e
      i = end
    }
    while (i < n) {
      const b = buf[i]!
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
        i++
        continue
      }
      if (b !== 0x7b) return this.fail('garbage', `unexpected byte 0x${b.toString(16).padStart(2, '0')} at stream offset ${this.offset + i}, expected "{"`)
      // fast path: the message ends where the next begins, or at the end of the chunk
      const next = buf.indexOf(BOUNDARY, i + 1)
      let end = next >= 0 ? next + 1 : lastNonSpace(buf, i) + 1
      if (end - i > this.max) end = -1
      if (end > i && buf[end - 1] === 0x7d) {
        const value = tryParse(buf.toString('utf8', i, end))
        if (value !== NOT_JSON) {
          out.push(value)
          i = end
          continue
        }
      }
      // slow path: scan from the message's first byte
      this.depth = 0
      this.inString = false
      this.escaped = false
      this.parts = [buf]
      this.partStarts = [-i]
      this.base = -i
      this.carried = 0
      this.splitDepth = this.split?.depth ?? -1
      this.offered = false
      const scanned = this.scan(buf, i)
      if (scanned < 0) return this.keep(n - i, n, out)
      if (scanned - i > this.max) return this.fail('oversized', `message of ${scanned - i} bytes exceeds the maximum of ${this.max}`)
      const e = this.finish(scanned - i, out)
      if (e !== undefined) return e
      i = scanned
    }
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

  /**
   * Runs the byte scanner from `from` with the saved state; returns the index just after
   * the message's closing brace, or -1 when the chunk ends first (state saved).
   */
  private scan(buf: Buffer, from: number): number {
    const n = buf.length
    let i = from
    let depth = this.depth
    let inString = this.inString
    // the depth whose containers are split (-1: none): only brackets are compared with it
    let split = this.splitDepth
    if (this.escaped && i < n) {
      // the previous chunk ended with a backslash inside a string: skip the escaped byte
      this.escaped = false
      i++
    }
    while (i < n) {
      if (inString) {
        let b = buf[i]!
        while (b !== 0x22 && b !== 0x5c) {
          if (++i === n) break
          b = buf[i]!
        }
        if (i === n) break
        if (b === 0x5c) {
          if (i + 1 === n) {
            this.escaped = true
            i = n
            break
          }
          i += 2
          continue
        }
        inString = false
        i++
        continue
      }
      let c = CLASS[buf[i]!]!
      while (c === 0) {
        if (++i === n) break
        c = CLASS[buf[i]!]!
      }
      if (i === n) break
      i++
      if (c === QUOTE) inString = true
      else if (c === OPEN) {
        if (++depth === split) split = this.opened(this.base + i - 1)
      } else if (c === CLOSE) {
        if (--depth === 0) {
          this.depth = 0
          this.inString = false
          return i
        }
        // a member of a split container ends: hand the run over once it is long enough
        if (depth === split) {
          if (this.base + i - this.runStart >= this.split!.pieceBytes) split = this.handRun(this.base + i)
        } else if (depth === split - 1) split = this.closed(this.base + i - 1)
      }
    }
    this.depth = depth
    this.inString = inString
    this.splitDepth = split
    return -1
  }

  /** A container at the split depth opens at message offset `at`: the depth to watch next. */
  private opened(at: number): number {
    if (!this.offered) {
      this.offered = true
      // a message whose first container at that depth comes this late is not one a sink
      // is for, and its head would be a string as large as the message
      if (at < MAX_HEAD_BYTES) this.sink = this.call(() => this.split!.claim(this.text(0, at + 1)))
    } else if (this.sink !== undefined && this.call(() => this.sink!.between(this.text(this.gapStart, at + 1))) !== true) this.sink = undefined
    this.runStart = at + 1
    this.firstRun = true
    return this.watching()
  }

  /** Hands over the members of the current container from `runStart` to `to`. */
  private handRun(to: number): number {
    if (this.sink !== undefined) {
      const ok = this.run(this.text(this.runStart, to))
      this.runStart = to
      this.firstRun = false
      if (!ok) this.sink = undefined
    }
    return this.watching()
  }

  /** The current container closes at `at`: its last members, then the text after it. */
  private closed(at: number): number {
    if (this.sink !== undefined && !this.run(this.text(this.runStart, at))) this.sink = undefined
    this.gapStart = at
    return this.watching()
  }

  /** The depth to watch: none once the message has no sink (given up, or not taken). */
  private watching(): number {
    if (this.sink === undefined) this.splitDepth = -1
    return this.splitDepth
  }

  /**
   * A run of members as the sink takes it: whole members without the comma that
   * separates it from the run before. The framer checks that comma (and that a member
   * follows it): a sink parses each run alone, and must not be shown `{"a":1}{"b":2}`
   * or `{"a":1,}` as the valid halves of one object.
   */
  private run(text: string): boolean {
    if (!this.firstRun) {
      const sep = LEADING_COMMA.exec(text)!
      if (sep[1] === undefined) return ONLY_SPACE.test(text)
      text = text.slice(sep[0].length)
      if (ONLY_SPACE.test(text)) return false
    } else if (ONLY_SPACE.test(text)) return true
    this.firstRun = false
    return this.call(() => this.sink!.members(text)) === true
  }

  /** A sink's answer; a sink that throws has given up (the framer never throws). */
  private call<A>(f: () => A): A | undefined {
    try {
      return f()
    } catch {
      return undefined
    }
  }

  /** The text of the current message's bytes from `from` to `to` (message offsets). */
  private text(from: number, to: number): string {
    let k = this.parts.length - 1
    while (k > 0 && this.partStarts[k]! > from) k--
    const part = this.parts[k]!
    const at = this.partStarts[k]!
    if (to - at <= part.length) return part.toString('utf8', from - at, to - at)
    const pieces: Buffer[] = [part.subarray(from - at)]
    for (let j = k + 1; j < this.parts.length && this.partStarts[j]! < to; j++) pieces.push(this.parts[j]!.subarray(0, to - this.partStarts[j]!))
    return Buffer.concat(pieces).toString('utf8')
  }

  /** The unfinished message goes on in the next chunk; `bytes` of it are in this one. */
  private keep(bytes: number, n: number, out: unknown[]): E.Either<ProtocolError, ReadonlyArray<unknown>> {
    this.carried += bytes
    this.offset += n
    if (this.carried > this.max)
      return this.fail('oversized', `message exceeds the maximum of ${this.max} bytes (${this.carried} bytes and counting)`)
    return E.right(out)
  }

  /** The message of `size` bytes is complete: its sink's value, else the whole parsed. */
  private finish(size: number, out: unknown[]): E.Left<ProtocolError> | undefined {
    const sink = this.sink
    this.sink = undefined
    const taken = sink === undefined ? undefined : this.call(() => sink.end(this.text(this.gapStart, size)))
    const value = taken !== undefined ? taken.value : tryParse(this.text(0, size))
    this.parts = []
    this.partStarts = []
    this.carried = 0
    if (value === NOT_JSON) return this.fail('invalid-json', `message of ${size} bytes near stream offset ${this.offset} is not JSON`)
    out.push(value)
    return undefined
  }

  private fail(reason: ProtocolError['reason'], message: string): E.Left<ProtocolError> {
    this.failed = protocolError(reason, message)
    this.parts = []
    this.partStarts = []
    this.sink = undefined
    return E.left(this.failed) as E.Left<ProtocolError>
  }
}
