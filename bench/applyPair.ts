/**
 * `ovn-nb apply` of W10k against the raw process alone, paired round by round (the
 * first figure of bench/cli.ts without the others, to measure one change quickly):
 * `node dist/bench/applyPair.js [ROUNDS]`.
 */
import { applyFigures } from './cli.js'

const rounds = Number(process.argv[2] ?? '7')
for (const f of await applyFigures(rounds)) console.log(JSON.stringify(f))
