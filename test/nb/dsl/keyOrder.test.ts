import test from 'ava'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import * as _ from '../../../src/nb/dsl/index.js'
import { ok } from './helpers.js'

// Option keys are in code-unit order, whatever the machine's locale: a port's and a DHCP
// options value's keys were sorted with localeCompare, so the same input gave values whose
// keys (and the rows, plans and JSON made from them) came in another order under another
// LANG. Keys here differ in case and in accented letters, where collations disagree with
// code units and with each other (sv puts "ä" after "z", en next to "a").

const KEYS = ['b', 'B', 'a', 'ä', 'z', 'Z', 'é', 'e', '_x', 'A-b']
const codeUnits = (ks: ReadonlyArray<string>): ReadonlyArray<string> => [...ks].sort()
const options = Object.fromEntries(KEYS.map((k, i) => [k, String(i)]))

// what each constructor makes of these keys: a port by the fast path, one by the full
// check (an address it must lowercase), DHCPv4 options with typed keys (T1 is upper case)
// and forced extra ones
const built = () => {
  const fast = ok(_.switchPort({ name: 'p', options }))
  const checked = ok(_.switchPort({ name: 'q', addresses: ['0A:00:00:00:00:01 10.0.0.5'], options }))
  const dhcp = ok(
    _.dhcpOptions({
      cidr: '10.0.0.0/24',
      v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 60, T1: 30, tcp_ttl: 64 },
      extra: Object.fromEntries(KEYS.map((k) => [`${k}_opt`, '1'])),
      force: true,
    }),
  )
  return { fast: Object.keys(fast.options), checked: Object.keys(checked.options), dhcp: Object.keys(dhcp.options) }
}

test('option keys of switchPort (both paths) and dhcpOptions are in code-unit order', (t) => {
  // the keys are ones on which collations disagree with code units, and with each other
  t.notDeepEqual([...KEYS].sort(new Intl.Collator('en').compare), codeUnits(KEYS))
  t.notDeepEqual([...KEYS].sort(new Intl.Collator('sv').compare), [...KEYS].sort(new Intl.Collator('en').compare))
  const b = built()
  t.deepEqual(b.fast, codeUnits(KEYS))
  t.deepEqual(b.checked, codeUnits(KEYS))
  t.deepEqual(b.dhcp, codeUnits(b.dhcp))
  t.is(b.dhcp[0], 'A-b_opt')
  t.true(b.dhcp.indexOf('T1') < b.dhcp.indexOf('a_opt'))
})

// The same keys built in fresh processes under two locales Node reads from LANG: the same
// order as here (a locale-dependent sort would give sv's order in one of them).
test('option key order does not depend on LANG', async (t) => {
  const dsl = fileURLToPath(new URL('../../../src/nb/dsl/index.js', import.meta.url))
  const script = `
    const _ = await import(${JSON.stringify(dsl)})
    const options = ${JSON.stringify(options)}
    const keys = (r) => Object.keys(r.right.options)
    console.log(JSON.stringify({
      locale: new Intl.Collator().resolvedOptions().locale,
      fast: keys(_.switchPort({ name: 'p', options })),
      checked: keys(_.switchPort({ name: 'q', addresses: ['0A:00:00:00:00:01 10.0.0.5'], options })),
      dhcp: keys(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 60, T1: 30, tcp_ttl: 64 }, extra: Object.fromEntries(${JSON.stringify(KEYS)}.map((k) => [k + '_opt', '1'])), force: true })),
    }))`
  const run = (lang: string) =>
    new Promise<{ locale: string; fast: string[]; checked: string[]; dhcp: string[] }>((resolve, reject) =>
      execFile(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, LANG: lang, LC_ALL: lang }, timeout: 20_000 }, (err, stdout) =>
        err === null ? resolve(JSON.parse(stdout) as never) : reject(err),
      ),
    )
  const [sv, en] = await Promise.all([run('sv_SE.UTF-8'), run('en_US.UTF-8')])
  // the children did run under different collations
  t.is(sv.locale, 'sv-SE')
  t.is(en.locale, 'en-US')
  const here = built()
  t.deepEqual({ fast: sv.fast, checked: sv.checked, dhcp: sv.dhcp }, here)
  t.deepEqual({ fast: en.fast, checked: en.checked, dhcp: en.dhcp }, here)
})
