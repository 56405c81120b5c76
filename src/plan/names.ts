/**
 * Names in a plan: the named-uuids of rows it creates, and identity keys made readable.
 * Pure; internal to the library.
 *
 * @module
 * @internal
 */

/** Whether a character code may stand in a named-uuid (`[a-zA-Z0-9_]`). */
const idChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95

// the bytes of one named-uuid, written in place: "new" (3), 16 digits at most, "_", 48
const NAME_BYTES = Buffer.alloc(3 + 16 + 1 + 48)
NAME_BYTES.write('new', 0, 'latin1')

const writeDigits = (b: Buffer, at: number, n: number): number => {
  const next = n >= 10 ? writeDigits(b, at, Math.floor(n / 10)) : at
  b[next] = 48 + (n % 10)
  return next + 1
}

/**
 * The named-uuid of the `i`th row a plan creates, desired id `id`: `new<i>_` and the
 * first 48 characters of the id, each one that cannot stand in a named-uuid replaced by
 * `_`. Written byte by byte into one buffer and read out as one string: the
 * concatenations and slices of building it as text left several short strings behind
 * per row created. @internal
 */
export const createdName = (i: number, id: string): string => {
  let k = writeDigits(NAME_BYTES, 3, i)
  NAME_BYTES[k++] = 95
  const n = id.length < 48 ? id.length : 48
  for (let j = 0; j < n; j++) {
    const c = id.charCodeAt(j)
    NAME_BYTES[k++] = idChar(c) ? c : 95
  }
  return NAME_BYTES.toString('latin1', 0, k)
}

/** Identity keys are internal strings; this makes them readable: `sw0 / to-lport 1000 "ip4"`. @internal */
export const describeKey = (k: string, memo?: Map<string, string>): string => {
  // an id kept in the row's marks (keys.ts): the id, without the owner and a leading
  // `Table:` the DSL's ids carry (the plan prints the table already)
  if (k.charCodeAt(0) === 3) return k.slice(k.indexOf('\u0001') + 1).replace(ID_TABLE, '')
  const cut = k.lastIndexOf('\u0002')
  if (cut < 0) return describePart(k, 0)
  // the parents' part, shared by their children
  const prefix = k.slice(0, cut)
  let p = memo?.get(prefix)
  if (p === undefined) {
    p = prefix
      .split('\u0002')
      .map((x) => describePart(x, 0))
      .join(' / ')
    memo?.set(prefix, p)
  }
  return `${p} / ${describePart(k, cut + 1)}`
}

const ID_TABLE = /^[A-Z][A-Za-z_]*:/

const PARENT_PART = /^[A-Z][A-Za-z_]*\.[a-z_]+:/

/**
 * One part of a key (the text of `k` from `from` on), readable: a parent part
 * ("Table.column:key") keeps only its key; atoms lose their type. One slice per item.
 */
const describePart = (text: string, at: number): string => {
  let k = text
  let from = at
  const c = k.charCodeAt(from)
  if (c >= 65 && c <= 90) {
    const part = from === 0 ? k : k.slice(from)
    if (PARENT_PART.test(part)) {
      k = part
      from = part.indexOf(':') + 1
    }
  }
  let out = ''
  let start = from
  for (;;) {
    const next = k.indexOf('\u0001', start)
    const end = next < 0 ? k.length : next
    const item =
      end - start === 3 && k.startsWith('s[]', start)
        ? '-'
        : k.startsWith('string:', start) || k.startsWith('number:', start)
          ? k.slice(start + 7, end)
          : k.startsWith('boolean:', start)
            ? k.slice(start + 8, end)
            : k.startsWith('uuid:', start)
              ? k.slice(start + 5, end)
              : k.slice(start, end)
    out = start === from ? item : `${out} ${item}`
    if (next < 0) return out
    start = next + 1
  }
}

