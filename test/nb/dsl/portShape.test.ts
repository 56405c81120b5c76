import test from 'ava'
import * as _ from '../../../src/nb/dsl/index.js'
import { isBuilt } from '../../../src/nb/dsl/brand.js'
import { words } from '../../../src/nb/net/addressList.js'
import { deepFrozen, ok } from './helpers.js'

// The shape any faster switchPort (issue 15, cold build cost) must keep: its keys in the
// order of SwitchPort's fields (optional ones between externalIds and mirrorRules), which
// printing and JSON output show, options in code-unit order (whatever the locale; see
// keyOrder.test.ts), frozen and branded.
test('switchPort: keys in field order with every optional field, frozen and branded', (t) => {
  const ha = ok(_.haChassisGroup({ name: 'ha', chassis: [{ chassisName: 'c1', priority: 1 }] }))
  const mirror = ok(_.mirror({ name: 'm', type: 'local', sink: 'tap', filter: 'both' }))
  const dhcp4 = ok(_.dhcpOptions({ cidr: '10.0.0.0/24', v4: { server_id: '10.0.0.1', server_mac: '0a:00:00:00:00:01', lease_time: 60, router: '10.0.0.1' } }))
  const dhcp6 = ok(_.dhcpOptions({ cidr: 'fd00::/64', v6: { server_id: '0a:00:00:00:00:01' } }))
  const port = ok(
    _.switchPort({
      name: 'p',
      addresses: ['0a:00:00:00:00:05 10.0.0.5 fd00::5'],
      tag: 7,
      parentName: 'vm',
      enabled: true,
      dhcpv4Options: dhcp4,
      dhcpv6Options: dhcp6,
      haChassisGroup: ha,
      mirrorRules: [mirror],
      options: { b: '1', B: '2', a: '3' },
    }),
  )
  const fields = ['_tag', 'name', 'type', 'addresses', 'portSecurity', 'options', 'externalIds', 'tag', 'parentName', 'enabled', 'dhcpv4Options', 'dhcpv6Options', 'haChassisGroup', 'mirrorRules']
  t.deepEqual(Object.keys(port), fields)
  // options in code-unit order: B, a, b (a collation would put B after a)
  t.deepEqual(Object.keys(port.options), ['B', 'a', 'b'])
  t.true(deepFrozen(port))
  t.true(isBuilt(port))
  const minimal = ok(_.switchPort({ name: 'q', tagRequest: 0, options: { k: 'v' } }))
  t.deepEqual(Object.keys(minimal), ['_tag', 'name', 'type', 'addresses', 'portSecurity', 'options', 'externalIds', 'tagRequest', 'mirrorRules'])
  t.deepEqual(minimal.options, { k: 'v' })
  t.true(deepFrozen(minimal))
})

// words() scans by hand instead of matchAll(/\S+/g): the same words and positions as the
// regex, for every separator `\s` knows (and commas when asked).
test('words: the same words and positions as the \\S+ regex, over every whitespace', (t) => {
  const spaces: string[] = []
  for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) spaces.push(String.fromCharCode(c))
  const byRegex = (s: string, commas: boolean) => Array.from(s.matchAll(commas ? /[^\s,]+/g : /\S+/g), (m) => ({ text: m[0], position: m.index }))
  for (const sp of spaces)
    for (const s of [`a${sp}b`, `${sp}a,b${sp}${sp}c${sp}`, `${sp}`, '', `x\u00a1y${sp}`]) {
      t.deepEqual(words(s, false), byRegex(s, false), JSON.stringify(s))
      t.deepEqual(words(s, true), byRegex(s, true), JSON.stringify(s))
    }
})
