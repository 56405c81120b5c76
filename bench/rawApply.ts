/**
 * A fresh process for the CLI bench (bench/cli.ts), the floor of `ovn-nb apply`: reads
 * the `transact` request `ovn-nb apply` sends for the same rows from a `.json` file,
 * parses it and serializes it again (a client holding its operations as data, as ovn-nb
 * holds its rows read from a `.json` file), writes it on the server's unix socket and
 * exits once the reply is read and parsed, failing when an operation failed.
 * `node dist/bench/rawApply.js SOCKET REQUEST.json RESULTS`
 */
import { readFileSync } from 'node:fs'
import { rawTransact } from './raw.js'

const [socket, file, n] = process.argv.slice(2)
await rawTransact(socket!, JSON.stringify(JSON.parse(readFileSync(file!, 'utf8'))), Number(n))
