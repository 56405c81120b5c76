import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

const allowed = ok(_.addressSet({ name: 'allowed', addresses: ['198.51.100.0/24'] }))

test('nat: the three types, distributed floating IPs, port ranges, address sets, options', (t) => {
  const snat = ok(_.nat({ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', externalPortRange: '1024-65535', allowedExtIps: allowed }))
  t.deepEqual(snat, {
    _tag: 'Nat',
    type: 'snat',
    externalIp: '172.16.0.10',
    logicalIp: '10.0.0.0/16',
    externalPortRange: '1024-65535',
    allowedExtIps: allowed,
    options: {},
    externalIds: {},
  })
  t.true(deepFrozen(snat))
  t.is(ok(_.nat({ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.5/32' })).logicalIp, '10.0.0.5')
  t.deepEqual(ok(_.nat({ type: 'dnat_and_snat', externalIp: 'FD00:FF::11', logicalIp: 'fd00:1::10', logicalPort: 'web1', externalMac: '0A:00:00:00:AC:0B', stateless: true, gatewayPort: 'ext' })), {
    _tag: 'Nat',
    type: 'dnat_and_snat',
    externalIp: 'fd00:ff::11',
    logicalIp: 'fd00:1::10',
    logicalPort: 'web1',
    externalMac: '0a:00:00:00:ac:0b',
    externalPortRange: '',
    gatewayPort: 'ext',
    options: { stateless: 'true' },
    externalIds: {},
  })
  t.deepEqual(ok(_.nat({ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.2.10', addRoute: true, externalPortRange: '80' })).options, { add_route: 'true' })
})

test('nat refuses bad fields, each at its path', (t) => {
  rejects(t, _.nat, [
    [{ type: 'masquerade' as never, externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16' }, ['type']],
    [{ type: 'snat', externalIp: '172.16.0.0/24', logicalIp: '10.0.0.0/16' }, ['externalIp']],
    [{ type: 'snat', externalIp: '172.16.0.10', logicalIp: 'fd00::/64' }, ['logicalIp']],
    [{ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.2.0/24' }, ['logicalIp']],
    [{ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.2.10', logicalPort: 'db1', externalMac: '0a:00:00:00:00:01' }, ['logicalPort']],
    [{ type: 'dnat_and_snat', externalIp: '172.16.0.12', logicalIp: '10.0.2.10', logicalPort: 'db1' }, ['externalMac']],
    [{ type: 'dnat_and_snat', externalIp: '172.16.0.12', logicalIp: '10.0.2.10', logicalPort: 'db1', externalMac: 'zz' }, ['externalMac']],
    [{ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', externalPortRange: '2000-1000' }, ['externalPortRange']],
    [{ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', externalPortRange: '0-10' }, ['externalPortRange']],
    [{ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', allowedExtIps: allowed, exemptedExtIps: allowed }, ['exemptedExtIps']],
    [{ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', allowedExtIps: {} as never }, ['allowedExtIps.name']],
    [{ type: 'snat', externalIp: '172.16.0.10', logicalIp: '10.0.0.0/16', stateless: true, addRoute: true }, ['stateless', 'addRoute']],
    [{ type: 'dnat', externalIp: '172.16.0.12', logicalIp: '10.0.2.10', options: { stateless: 'false' }, stateless: true }, ['stateless', 'options.stateless']],
  ])
})

test('nat keeps its laws on random input', (t) => {
  laws(
    t,
    _.nat,
    fc.record({
      type: field('snat', 'dnat', 'dnat_and_snat'),
      externalIp: field('172.16.0.10', 'fd00::10'),
      logicalIp: field('10.0.0.0/16', '10.0.0.5', 'fd00:1::5'),
      logicalPort: opt('web1'),
      externalMac: opt('0a:00:00:00:00:01'),
      externalPortRange: opt('1-100', '80'),
      allowedExtIps: opt(allowed),
      stateless: opt(true, false),
      externalIds: opt({ a: 'b' }),
    }),
  )
})
