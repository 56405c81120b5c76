/**
 * A large JSON text parsed piece by piece as its bytes arrive, so that parsing overlaps
 * receiving instead of following it. The outer containers (up to `cut` levels: a reply,
 * its result array, the tables of a monitor reply, the rows of a table) are built here,
 * token by token; every value below them (a row update, a row of a select) is handed to
 * `JSON.parse` whole as soon as its last byte is in. The value built is the one
 * `JSON.parse` gives for the whole text, key order and duplicate keys included, and a
 * text `JSON.parse` refuses is refused here too (possibly earlier, at the first byte
 * that cannot belong to JSON). Internal to the framer, which uses it for messages that
 * go on past the chunk they begin in.
 *
 * Measured on the initial monitor reply of W100k (56 MB, 135k rows, 64 KiB chunks): the
 * parse that followed the last byte (concatenating the chunks, decoding them, one
 * `JSON.parse`) is done while the rest of the reply arrives; see bench/replica.ts.
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/** `feed` needs the next chunk. */
export const NEED_MORE = -1
/** The text is not JSON. */
export const NOT_JSON = -2

// What a container waits for next.
const KEY_OR_END = 0 // just after `{`
const KEY = 1 // after `,` in an object
const COLON = 2
const VALUE = 3 // after `:` or after `,` in an array
const COMMA_OR_END = 4
const VALUE_OR_END = 5 // just after `[`

interface Frame {
  /** Replaced by the first batch of members parsed, in the container of the last level. */
  container: Record<string, unknown> | unknown[]
  readonly isArray: boolean
  /** No member yet. */
  empty: boolean
  /** Members added one by one (see HAND_MEMBERS). */
  members: number
  state: number
  /** The key whose value comes next (objects). */
  key: string
}

// What a token that began in an earlier chunk is.
const NONE = 0
const STRING = 1
const SCALAR = 2

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

// bytes of numbers and of true, false, null
const SCALAR_BYTE = new Uint8Array(256)
for (const c of '0123456789+-.eEtrufalsn') SCALAR_BYTE[c.charCodeAt(0)] = 1

// classes of bytes outside strings in the container of the last level: 0 means "keep
// going"; commas matter only between its members (CLASS0), not inside them (CLASS)
const QUOTE = 1
const OPEN = 2
const CLOSE = 3
const COMMA = 4
const CLASS = new Uint8Array(256)
CLASS[0x22] = QUOTE
CLASS[0x7b] = OPEN
CLASS[0x5b] = OPEN
CLASS[0x7d] = CLOSE
CLASS[0x5d] = CLOSE
const CLASS0 = CLASS.slice()
CLASS0[0x2c] = COMMA

// A container of the levels built by hand takes its first members one by one, then the
// rest in runs: a reply whose result is a long array of scalars (20 MB of `1,` from a
// hostile server, tested) would otherwise cost a token and a JSON.parse per element.
// The outer containers of OVSDB replies have few members (a monitor reply's result has
// 3, its tables object one per table: 30 in NB, 40 in SB).
const HAND_MEMBERS = 64

const FAILED: unique symbol = Symbol('not JSON')

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return FAILED
  }
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

// -------------------------------------------------------------------------------------
// parser
// -------------------------------------------------------------------------------------

/**
 * One JSON text, fed in chunks with {@link Pieces.feed} until it returns the index just
 * after the text's end; the value is then {@link Pieces.value}.
 *
 * The containers of the levels above the last are built token by token. The container
 * of the last level (a table of a monitor reply: its rows) is taken in runs: the members
 * that a chunk completes, up to its last comma between members, are parsed by one
 * `JSON.parse` (wrapped in the container's brackets) and added to it; the bytes after
 * that comma wait for the next chunk. So each chunk is decoded and parsed about once,
 * as it arrives. Measured on W100k's reply: one `JSON.parse` per row instead (135k
 * calls, each value attached by hand) cost ~1.4x the whole text's `JSON.parse` in CPU;
 * runs cost about as much as it.
 */
export class Pieces {
  private readonly stack: Frame[] = []
  private readonly levels: number
  private done = false
  private result: unknown
  /** The token in progress across chunks: its kind and its bytes in earlier chunks. */
  private token = NONE
  private parts: Buffer[] = []
  /** Strings: a backslash seen (decoded by JSON.parse), a byte >= 0x80 seen (UTF-8). */
  private escapes = false
  private high = false
  /** Inside a string, the chunk ended right after a backslash. */
  private escaped = false
  /** Inside the container of the last level: nesting below it, inside a string. */
  private inRun = false
  private runDepth = 0
  private runInString = false
  /** The run in progress began after a comma (so it must hold a member). */
  private afterComma = false
  /** The run in progress began right after a member added by hand (so it must hold none). */
  private afterMember = false
  /** Bytes of the run in progress from earlier chunks. */
  private runParts: Buffer[] = []

  /** @param levels how many levels of containers are built here (at least 1); the last one in runs */
  constructor(levels: number) {
    this.levels = Math.max(1, levels)
  }

  /** The parsed value, once `feed` has returned an end. */
  get value(): unknown {
    return this.result
  }

  /**
   * Feeds `buf` from `from`; returns the index just after the end of the text,
   * {@link NEED_MORE}, or {@link NOT_JSON}.
   */
  feed(buf: Buffer, from: number): number {
    if (this.done) return NOT_JSON
    const n = buf.length
    let i = from
    if (this.token !== NONE) {
      const t = this.token
      const end = t === STRING ? this.stringEnd(buf, i) : scalarEnd(buf, i)
      if (end === NOT_JSON) return NOT_JSON
      if (end === NEED_MORE) {
        this.parts.push(i === 0 ? buf : buf.subarray(i))
        return NEED_MORE
      }
      this.parts.push(buf.subarray(i, end))
      const bytes = Buffer.concat(this.parts)
      this.parts = []
      this.token = NONE
      i = t === STRING ? end + 1 : end
      if (!this.completeToken(t, bytes, 0, bytes.length)) return NOT_JSON
      if (this.done) return i
    }
    const stack = this.stack
    while (i < n) {
      if (this.inRun) {
        const end = this.runEnd(buf, i)
        if (end < 0) return end
        i = end
        if (this.done) return i
        continue
      }
      const b = buf[i]!
      if (isSpace(b)) {
        i++
        continue
      }
      const top = stack[stack.length - 1]
      const state = top === undefined ? VALUE : top.state
      if (b === 0x22) {
        // a string: a key, or a value
        if (state !== KEY_OR_END && state !== KEY && state !== VALUE && state !== VALUE_OR_END) return NOT_JSON
        this.escapes = false
        this.high = false
        this.escaped = false
        const end = this.stringEnd(buf, i + 1)
        if (end < 0) return this.carry(STRING, buf, i + 1, end)
        if (!this.completeToken(STRING, buf, i + 1, end)) return NOT_JSON
        i = end + 1
      } else if (b === 0x7b || b === 0x5b) {
        if (state !== VALUE && state !== VALUE_OR_END) return NOT_JSON
        const isArray = b === 0x5b
        stack.push({ container: isArray ? [] : {}, isArray, empty: true, members: 0, state: isArray ? VALUE_OR_END : KEY_OR_END, key: '' })
        i++
        if (stack.length === this.levels) this.startRun(false)
      } else if (b === 0x7d || b === 0x5d) {
        if (top === undefined || top.isArray !== (b === 0x5d)) return NOT_JSON
        if (state !== COMMA_OR_END && state !== (top.isArray ? VALUE_OR_END : KEY_OR_END)) return NOT_JSON
        stack.pop()
        this.complete(top.container)
        i++
      } else if (b === 0x2c) {
        if (top === undefined || state !== COMMA_OR_END) return NOT_JSON
        top.state = top.isArray ? VALUE : KEY
        i++
      } else if (b === 0x3a) {
        if (top === undefined || state !== COLON) return NOT_JSON
        top.state = VALUE
        i++
      } else {
        // a number, true, false or null (JSON.parse says which, or that it is none)
        if (SCALAR_BYTE[b] === 0 || (state !== VALUE && state !== VALUE_OR_END)) return NOT_JSON
        const end = scalarEnd(buf, i)
        if (end < 0) return this.carry(SCALAR, buf, i, end)
        if (!this.completeToken(SCALAR, buf, i, end)) return NOT_JSON
        i = end
      }
      if (this.done) return i
    }
    return NEED_MORE
  }

  /** The container on top goes on in runs: from its start, or after a member added by hand. */
  private startRun(afterMember: boolean): void {
    this.inRun = true
    this.runDepth = 0
    this.runInString = false
    this.escaped = false
    this.afterComma = false
    this.afterMember = afterMember
    this.runParts = []
  }

  /** Keeps the bytes of a token that goes on into the next chunk. */
  private carry(kind: number, buf: Buffer, from: number, end: number): number {
    if (end === NOT_JSON) return NOT_JSON
    this.token = kind
    this.parts = [buf.subarray(from)]
    return NEED_MORE
  }

  /** A token's bytes are all in: decode, parse and attach it; false if it is not JSON. */
  private completeToken(kind: number, buf: Buffer, from: number, to: number): boolean {
    let v: unknown
    if (kind === STRING) {
      // the bytes between the quotes; without escapes they are the string itself
      if (this.escapes) {
        v = parse(`"${buf.toString('utf8', from, to)}"`)
        if (v === FAILED) return false
      } else v = buf.toString(this.high ? 'utf8' : 'latin1', from, to)
      const top = this.stack[this.stack.length - 1]
      if (top !== undefined && (top.state === KEY_OR_END || top.state === KEY)) {
        top.key = v as string
        top.state = COLON
        return true
      }
    } else {
      v = parse(buf.toString('latin1', from, to))
      if (v === FAILED) return false
    }
    this.complete(v)
    return true
  }

  /** A value is complete: it goes into the container it is in, or it is the result. */
  private complete(v: unknown): void {
    const top = this.stack[this.stack.length - 1]
    if (top === undefined) {
      this.result = v
      this.done = true
      return
    }
    top.empty = false
    if (top.isArray) (top.container as unknown[]).push(v)
    else if (top.key === '__proto__')
      // JSON.parse makes `__proto__` an own property, never the prototype
      Object.defineProperty(top.container, '__proto__', { value: v, writable: true, enumerable: true, configurable: true })
    else (top.container as Record<string, unknown>)[top.key] = v
    top.state = COMMA_OR_END
    if (++top.members === HAND_MEMBERS) this.startRun(true)
  }

  /**
   * Scans the container of the last level from `from`: parses the members each chunk
   * completes; returns the index just after its closing bracket (the container then
   * complete), NEED_MORE, or NOT_JSON.
   */
  private runEnd(buf: Buffer, from: number): number {
    const n = buf.length
    let i = from
    let depth = this.runDepth
    let inString = this.runInString
    let start = from
    let lastComma = -1
    if (this.escaped && i < n) {
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
      const table = depth === 0 ? CLASS0 : CLASS
      let c = table[buf[i]!]!
      while (c === 0) {
        if (++i === n) break
        c = table[buf[i]!]!
      }
      if (i === n) break
      if (c === QUOTE) inString = true
      else if (c === OPEN) depth++
      else if (c === COMMA) {
        if (this.afterMember) {
          // the first comma after the members added by hand: runs begin after it
          if (!this.flush(buf, start, i, false)) return NOT_JSON
          start = i + 1
        } else lastComma = i
      }
      else if (depth > 0) depth--
      else {
        // the container's own closing bracket: its last members, and it is complete
        const top = this.stack[this.stack.length - 1]!
        if (top.isArray !== (buf[i] === 0x5d)) return NOT_JSON
        if (lastComma >= 0) {
          if (!this.flush(buf, start, lastComma, false)) return NOT_JSON
          start = lastComma + 1
        }
        if (!this.flush(buf, start, i, true)) return NOT_JSON
        this.inRun = false
        this.stack.pop()
        this.complete(top.container)
        return i + 1
      }
      i++
    }
    this.runDepth = depth
    this.runInString = inString
    if (lastComma >= 0) {
      if (!this.flush(buf, start, lastComma, false)) return NOT_JSON
      start = lastComma + 1
    }
    if (start < n) this.runParts.push(start === 0 ? buf : buf.subarray(start))
    return NEED_MORE
  }

  /**
   * Parses a run of members (earlier chunks' bytes, then `buf` from `from` to `to`) that
   * ends at a comma, or at the container's end (`last`), and adds them to the container.
   */
  private flush(buf: Buffer, from: number, to: number, last: boolean): boolean {
    const bytes = this.runParts.length === 0 ? buf.subarray(from, to) : Buffer.concat([...this.runParts, buf.subarray(from, to)])
    this.runParts = []
    const afterComma = this.afterComma
    const afterMember = this.afterMember
    this.afterComma = !last
    this.afterMember = false
    let blank = true
    for (let k = 0; k < bytes.length; k++)
      if (!isSpace(bytes[k]!)) {
        blank = false
        break
      }
    // between the last member added by hand and the comma or end after it: nothing
    if (afterMember) return blank
    // no member: right only for an empty container (`{ }`), never before or after a comma
    if (blank) return last && !afterComma
    const top = this.stack[this.stack.length - 1]!
    const text = bytes.toString('utf8')
    const v = parse(top.isArray ? `[${text}]` : `{${text}}`)
    if (v === FAILED) return false
    if (top.empty) top.container = v as Frame['container']
    else if (top.isArray) for (const x of v as unknown[]) (top.container as unknown[]).push(x)
    else if (!hasOwn(v as object, '__proto__')) Object.assign(top.container, v)
    else
      // Object.assign would set the prototype: JSON.parse makes `__proto__` an own property
      for (const k in v as Record<string, unknown>)
        Object.defineProperty(top.container, k, { value: (v as Record<string, unknown>)[k], writable: true, enumerable: true, configurable: true })
    top.empty = false
    return true
  }

  /** The index of a string's closing quote, from inside it; NEED_MORE or NOT_JSON. */
  private stringEnd(buf: Buffer, from: number): number {
    const n = buf.length
    let i = from
    if (this.escaped && i < n) {
      this.escaped = false
      i++
    }
    while (i < n) {
      const b = buf[i]!
      if (b === 0x22) return i
      if (b === 0x5c) {
        this.escapes = true
        if (i + 1 === n) {
          this.escaped = true
          return NEED_MORE
        }
        i += 2
        continue
      }
      // JSON strings hold no raw control characters
      if (b < 0x20) return NOT_JSON
      if (b >= 0x80) this.high = true
      i++
    }
    return NEED_MORE
  }
}

/** The index just after a number or literal; NEED_MORE when the chunk ends in it. */
const scalarEnd = (buf: Buffer, from: number): number => {
  const n = buf.length
  let i = from
  while (i < n && SCALAR_BYTE[buf[i]!] === 1) i++
  return i === n ? NEED_MORE : i
}
