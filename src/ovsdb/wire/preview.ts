/**
 * Bounded looks at values that came off the wire. `JSON.parse` takes JSON nested
 * thousands deep (V8 parses iteratively), but `JSON.stringify`, `String` and every
 * recursive walk overflow the stack on it: a hostile server's 10 KB message would then
 * throw inside the socket handler. Everything here walks with an explicit stack and
 * stops at a bound, so its cost is tied to the bound, not to the value.
 *
 * Internal to the OVSDB layer (not exported by `ovn-nb/ovsdb`).
 *
 * @module
 */

/** How deep a value from the server may nest where it is serialized again (monitor ids, echo params). */
export const MAX_ECHO_DEPTH = 64

type Frame =
  | { readonly kind: 'array'; readonly items: ReadonlyArray<unknown>; i: number }
  | { readonly kind: 'object'; readonly obj: Record<string, unknown>; readonly keys: ReadonlyArray<string>; i: number; wrote: boolean }

// what JSON.stringify writes for a leaf; undefined for what it skips (undefined, functions)
const leaf = (u: unknown, max: number): string | undefined => {
  switch (typeof u) {
    case 'string':
      // a long string is cut before it is quoted: the cost stays tied to `max`
      return JSON.stringify(u.length > max ? u.slice(0, max) : u)
    case 'number':
    case 'boolean':
      return JSON.stringify(u)
    case 'bigint':
      return String(u)
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined
    default:
      return u === null ? 'null' : undefined
  }
}

/**
 * The JSON text of `u`, exactly `JSON.stringify(u)` when that is at most `max`
 * characters, else its first `max - 3` characters and `...`; never more than `max`
 * characters of work per level, whatever the depth or size of `u`. `nothing` for
 * `undefined`.
 */
export const preview = (u: unknown, max = 60): string => {
  let out = ''
  const stack: Frame[] = []
  let next: unknown = u
  let pending = true // `next` is a value still to write
  const full = (): boolean => out.length > max
  while (!full()) {
    if (pending) {
      pending = false
      if (Array.isArray(next)) {
        out += '['
        stack.push({ kind: 'array', items: next, i: 0 })
      } else if (typeof next === 'object' && next !== null) {
        out += '{'
        const obj = next as Record<string, unknown>
        stack.push({ kind: 'object', obj, keys: Object.keys(obj), i: 0, wrote: false })
      } else {
        const s = leaf(next, max)
        if (s === undefined && stack.length === 0) return 'nothing'
        out += s ?? 'null'
      }
      continue
    }
    const top = stack[stack.length - 1]
    if (top === undefined) break
    if (top.kind === 'array') {
      if (top.i >= top.items.length) {
        out += ']'
        stack.pop()
        continue
      }
      if (top.i > 0) out += ','
      next = top.items[top.i++]
      pending = true
      continue
    }
    // objects: keys whose value JSON.stringify skips are skipped
    let k: string | undefined
    while (top.i < top.keys.length) {
      const key = top.keys[top.i++]!
      const v = top.obj[key]
      if (typeof v !== 'undefined' && typeof v !== 'function' && typeof v !== 'symbol') {
        k = key
        next = v
        break
      }
    }
    if (k === undefined) {
      out += '}'
      stack.pop()
      continue
    }
    out += `${top.wrote ? ',' : ''}${JSON.stringify(k.length > max ? k.slice(0, max) : k)}:`
    top.wrote = true
    pending = true
  }
  return out.length > max ? `${out.slice(0, Math.max(0, max - 3))}...` : out
}

/**
 * Whether `u` nests at most `limit` arrays/objects deep. Iterative; stops at the first
 * level past the limit.
 */
export const depthAtMost = (u: unknown, limit: number): boolean => {
  if (typeof u !== 'object' || u === null) return true
  const stack: Array<readonly [unknown, number]> = [[u, 1]]
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, d] = top
    if (d > limit) return false
    const children: ReadonlyArray<unknown> = Array.isArray(v) ? v : Object.values(v as object)
    for (const c of children) if (typeof c === 'object' && c !== null) stack.push([c, d + 1])
  }
  return true
}
