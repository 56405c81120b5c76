/**
 * The embedded server against the real one: one transact of 1000 Logical_Switch_Port
 * inserts through the client, to the embedded server in memory and to ovsdb-server on a
 * unix socket, measured in the same run.
 */
import * as E from 'fp-ts/lib/Either.js'
import { readFileSync } from 'node:fs'
import { connect, decodeSchema, type Client, type Operation } from '../src/ovsdb/index.js'
import { startEmbedded } from '../src/ovsdb/server/index.js'
import { NB_SCHEMA } from '../src/testing/index.js'
import { startOvsdb } from '../test/support/ovsdb.js'
import { median, type Section } from './report.js'

const inserts = (tag: string): Operation[] => {
  const ports: Operation[] = Array.from({ length: 1000 }, (_x, i) => ({
    op: 'insert',
    table: 'Logical_Switch_Port',
    'uuid-name': `p${i}`,
    row: { name: `${tag}-${i}`, addresses: ['set', [`0a:00:00:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')} 10.0.${i >> 8}.${i & 255}`]], external_ids: ['map', [['owner', 'bench']]] },
  }))
  return [...ports, { op: 'insert', table: 'Logical_Switch', row: { name: `${tag}-sw`, ports: ['set', ports.map((_x, i) => ['named-uuid', `p${i}`] as const)] } }]
}

const timeRounds = async (c: Client, prefix: string): Promise<number[]> => {
  const out: number[] = []
  for (let round = 0; round < 12; round++) {
    const ops = inserts(`${prefix}${round}`)
    const t0 = performance.now()
    const r = await c.transact('OVN_Northbound', ops, { validate: false })()
    out.push(performance.now() - t0)
    if (E.isLeft(r)) throw new Error(JSON.stringify(r.left))
  }
  return out.slice(3) // JIT warm-up
}

const section: Section = {
  title: 'Embedded server',
  run: async () => {
    const schema = decodeSchema(JSON.parse(readFileSync(NB_SCHEMA, 'utf8')))
    if (E.isLeft(schema)) throw new Error('schema')
    const embedded = await startEmbedded([schema.right])()
    if (E.isLeft(embedded)) throw new Error(JSON.stringify(embedded.left))
    const real = await startOvsdb()
    try {
      const ec = await embedded.right.connect({ probeIntervalMs: 0 })()
      const rc = await connect(real.unix)()
      if (E.isLeft(ec) || E.isLeft(rc)) throw new Error('connect')
      const e = median(await timeRounds(ec.right, 'e'))
      const r = median(await timeRounds(rc.right, 'r'))
      await ec.right.close()()
      await rc.right.close()()
      return [{ name: 'client transact of 1000 LSP inserts, embedded server in memory', value: e, unit: 'ms', baseline: { name: 'ovsdb-server 3.1 on a unix socket', value: r } }]
    } finally {
      await embedded.right.stop()
      await real.stop()
    }
  },
}

export const sections: ReadonlyArray<Section> = [section]
