/**
 * A fresh process for the CLI bench (bench/cli.ts), the floor of `ovn-nb apply`: reads
 * a pre-serialized `transact` (the operations `ovn-nb apply` sends for the same rows),
 * writes it on the server's unix socket and exits once the reply is read and parsed,
 * failing when an operation failed. `node dist/bench/rawApply.js SOCKET REQUEST.json`
 */
import { readFileSync } from 'node:fs'
import { rawTransact } from './raw.js'

const [socket, file, n] = process.argv.slice(2)
await rawTransact(socket!, readFileSync(file!, 'utf8'), Number(n))
