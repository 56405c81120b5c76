/** Bytes cut into chunks at given points, as a socket may deliver them. */

/**
 * `buf` cut at each of `cuts` (taken modulo its length + 1, so any number is a point;
 * repeated points give one cut). Chunks may be empty: a socket's push of nothing.
 */
export const splitAt = (buf: Buffer, cuts: ReadonlyArray<number>): Buffer[] => {
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let prev = 0
  for (const p of points) {
    out.push(buf.subarray(prev, p))
    prev = p
  }
  out.push(buf.subarray(prev))
  return out
}
