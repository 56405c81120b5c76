/**
 * Shared shape of benchmark figures, so one command prints every figure side by side.
 */

/** One measured figure, optionally with a baseline measured in the same run. */
export interface Figure {
  /** What was measured, e.g. "framer + JSON.parse, 64 MB of monitor traffic". */
  readonly name: string
  readonly value: number
  readonly unit: string
  /** The baseline measured in the same run, and whether higher values are better. */
  readonly baseline?: { readonly name: string; readonly value: number }
  readonly higherIsBetter?: boolean
  /** The target, as text ("ratio >= 0.8"), and whether it was met. */
  readonly target?: { readonly text: string; readonly met: boolean }
}

/** A benchmark section: a title and a function measuring its figures. */
export interface Section {
  readonly title: string
  readonly run: () => Promise<ReadonlyArray<Figure>>
}

const fmt = (v: number): string =>
  Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3)

/** Prints one figure as a line: value, baseline, ratio and target. */
export const printFigure = (f: Figure): void => {
  let line = `  ${f.name}: ${fmt(f.value)} ${f.unit}`
  if (f.baseline !== undefined) {
    const ratio = f.value / f.baseline.value
    line += ` | ${f.baseline.name}: ${fmt(f.baseline.value)} ${f.unit} | ratio ${ratio.toFixed(2)}x`
  }
  if (f.target !== undefined) line += ` | target ${f.target.text}: ${f.target.met ? 'met' : 'NOT MET'}`
  console.log(line)
}

/** Median of numbers. */
export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
