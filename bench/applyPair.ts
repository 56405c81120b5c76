/**
 * `ovn-nb apply` of W10k against the raw process alone, paired round by round (the
 * first figure of bench/cli.ts without the others, to measure one change quickly):
 * `node dist/bench/applyPair.js [ROUNDS] [--vs OTHER/dist]`. With `--vs`, another build's
 * `ovn-nb` (a worktree's `dist`, say the branch without the change) runs in the same
 * rounds too, and the figures add this build's time over its, round by round (wall and
 * CPU): on a shared machine whose load drifts, a change is judged against the build
 * without it in the same minute, not against a figure taken earlier.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { applyFigures } from './cli.js'

const args = process.argv.slice(2)
const vs = args.indexOf('--vs')
const otherDist = vs >= 0 ? args[vs + 1] : undefined
if (vs >= 0 && otherDist === undefined) throw new Error('--vs takes the dist directory of another build')
const rounds = Number(args.find((a, i) => (vs < 0 || (i !== vs && i !== vs + 1)) && /^\d+$/.test(a)) ?? '7')
const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-bench-apply-'))
try {
  const others = otherDist === undefined ? [] : [{ name: otherDist, bin: join(resolve(otherDist), 'src/cli/main.js') }]
  for (const f of await applyFigures(rounds, dir, undefined, others)) console.log(JSON.stringify(f))
} finally {
  // the W10k files (10 MB) were left behind in /tmp by every run
  rmSync(dir, { recursive: true, force: true })
}
