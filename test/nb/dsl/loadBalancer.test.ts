import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

test('endpoints parse and print canonically, IPv6 in brackets only with a port', (t) => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['10.0.0.1', '10.0.0.1'],
    ['10.0.0.1:80', '10.0.0.1:80'],
    ['FD00::1', 'fd00::1'],
    ['[FD00:0::1]', 'fd00::1'],
    ['[fd00::1]:8080', '[fd00::1]:8080'],
  ]
  for (const [i, o] of cases) t.is(E.isRight(_.parseEndpoint(i)) ? _.printEndpoint((_.parseEndpoint(i) as E.Right<_.Endpoint>).right) : 'refused', o)
  for (const bad of ['10.0.0.1:0', '10.0.0.1:65536', '[10.0.0.1]:80', '[fd00::1', '[fd00::1]80', 'fd00::1:80:', 'host:80', '10.0.0.1:8a']) t.true(E.isLeft(_.parseEndpoint(bad)), bad)
})

test('loadBalancer: canonical VIPs and backends, health checks, IP-port mappings, typed options', (t) => {
  const lb = ok(
    _.loadBalancer({
      name: 'lb-web',
      protocol: 'tcp',
      vips: { '[FD00:FF::100]:80': ['[FD00:1::10]:8080'], '172.16.0.100:80': ['10.0.1.11:8080', '10.0.1.10:8080'], '172.16.0.101': ['10.0.1.12'] },
      healthChecks: [{ vip: '172.16.0.100:80', options: { interval: 5, failure_count: 2 } }, { vip: '[fd00:ff::100]:80' }],
      ipPortMappings: { '10.0.1.10': { logicalPort: 'web1', sourceIp: '10.0.1.2' }, 'FD00:1::10': { logicalPort: 'web1', sourceIp: 'fd00:1::2' } },
      selectionFields: ['tp_dst', 'ip_src', 'ip_src'],
      reject: true,
      skipSnat: true,
      hairpinSnatIp: ['172.16.0.250', 'FD00::250'],
      affinityTimeout: 60,
      neighborResponder: 'all',
      addRoute: false,
      externalIds: { svc: 'web' },
    }),
  )
  t.deepEqual(lb, {
    _tag: 'LoadBalancer',
    name: 'lb-web',
    vips: { '172.16.0.100:80': ['10.0.1.11:8080', '10.0.1.10:8080'], '172.16.0.101': ['10.0.1.12'], '[fd00:ff::100]:80': ['[fd00:1::10]:8080'] },
    protocol: 'tcp',
    healthChecks: [
      { vip: '172.16.0.100:80', options: { failure_count: '2', interval: '5' }, externalIds: {} },
      { vip: '[fd00:ff::100]:80', options: {}, externalIds: {} },
    ],
    ipPortMappings: { '10.0.1.10': 'web1:10.0.1.2', '[fd00:1::10]': 'web1:[fd00:1::2]' },
    healthCheckPorts: ['web1'],
    selectionFields: ['ip_src', 'tp_dst'],
    options: { add_route: 'false', affinity_timeout: '60', hairpin_snat_ip: '172.16.0.250 fd00::250', neighbor_responder: 'all', reject: 'true', skip_snat: 'true' },
    externalIds: { svc: 'web' },
  })
  t.true(deepFrozen(lb))
})

test('loadBalancer refuses bad VIPs, backends, health checks and mappings, each at its path', (t) => {
  rejects(t, _.loadBalancer, [
    [{ name: 'lb' } as never, ['vips']],
    [{ name: '', vips: {}, protocol: 'icmp' as never }, ['name', 'protocol']],
    [{ name: 'lb', vips: { 'x:80': ['10.0.0.1:80'] } }, ['vips["x:80"]']],
    [{ name: 'lb', vips: { '10.0.0.1:80': ['fd00::1'], '10.0.0.2:80': ['10.0.0.3'], '10.0.0.4': ['10.0.0.5:80', '10.0.0.6', '10.0.0.6'] } }, ['vips["10.0.0.1:80"][0]', 'vips["10.0.0.2:80"][0]', 'vips["10.0.0.4"][0]', 'vips["10.0.0.4"][2]']],
    [{ name: 'lb', vips: { '[fd00::1]:80': [], 'FD00::1': [], '[FD00::1]:80': [] } }, ['vips["[FD00::1]:80"]']],
    [{ name: 'lb', vips: { '10.0.0.1:80': '10.0.0.2:80' as never } }, ['vips["10.0.0.1:80"]']],
    [{ name: 'lb', vips: { '10.0.0.1': ['10.0.0.2'] }, healthChecks: [{ vip: '10.0.0.1' }, { vip: '10.0.0.9:80' }, { vip: '10.0.0.1', options: { interval: 0, retries: 1 } as never }] }, ['healthChecks[0].vip', 'healthChecks[1].vip', 'healthChecks[2].vip', 'healthChecks[2].options.interval', 'healthChecks[2].options.retries']],
    [{ name: 'lb', protocol: 'sctp', vips: { '10.0.0.1:80': ['10.0.0.2:80'] }, healthChecks: [{ vip: '10.0.0.1:80' }] }, ['healthChecks']],
    [{ name: 'lb', vips: { '10.0.0.1:80': ['10.0.0.2:80'] }, ipPortMappings: { '10.0.0.3': { logicalPort: 'p', sourceIp: '10.0.0.9' }, '10.0.0.2': { logicalPort: '', sourceIp: 'fd00::1' } } }, ['ipPortMappings["10.0.0.3"]', 'ipPortMappings["10.0.0.2"].logicalPort']],
    [{ name: 'lb', vips: { '10.0.0.1:80': ['10.0.0.2:80'] }, ipPortMappings: { '10.0.0.2': { logicalPort: 'p', sourceIp: 'fd00::1' } } }, ['ipPortMappings["10.0.0.2"].sourceIp']],
    [{ name: 'lb', vips: {}, selectionFields: ['ip_proto' as never], hairpinSnatIp: ['10.0.0.1', '10.0.0.2'], affinityTimeout: 0, neighborResponder: 'some' as never }, ['selectionFields[0]', 'hairpinSnatIp', 'neighborResponder', 'affinityTimeout']],
  ])
})

test('loadBalancerGroup holds load balancers by value', (t) => {
  const lb = ok(_.loadBalancer({ name: 'lb', vips: { '10.96.0.10:53': ['10.0.0.53:53'] } }))
  t.deepEqual(ok(_.loadBalancerGroup({ name: 'g', loadBalancers: [lb] })), { _tag: 'LoadBalancerGroup', name: 'g', loadBalancers: [lb] })
  t.deepEqual(ok(_.loadBalancerGroup({ name: 'g' })).loadBalancers, [])
  rejects(t, _.loadBalancerGroup, [
    [{ name: '' }, ['name']],
    [{ name: 'g', loadBalancers: [lb, lb] }, ['loadBalancers[1]']],
    [{ name: 'g', loadBalancers: [{ name: 'lb' } as never] }, ['loadBalancers.lb.vips']],
    [{ name: 'g', loadBalancers: 'lb' as never }, ['loadBalancers']],
  ])
})

test('loadBalancer and loadBalancerGroup keep their laws on random input', (t) => {
  laws(
    t,
    _.loadBalancer,
    fc.record({
      name: field('lb'),
      vips: field({ '10.0.0.1:80': ['10.0.0.2:80'] }, { '[fd00::1]:80': ['[fd00::2]:80', '[fd00::3]:80'] }, { '10.0.0.1': ['x'] }),
      protocol: opt('tcp', 'udp', 'sctp'),
      healthChecks: opt([{ vip: '10.0.0.1:80' }], [{ vip: '[fd00::1]:80', options: { interval: 1 } }]),
      ipPortMappings: opt({ '10.0.0.2': { logicalPort: 'p', sourceIp: '10.0.0.9' } }),
      selectionFields: opt(['ip_src']),
      reject: opt(true),
    }),
  )
  const lb = ok(_.loadBalancer({ name: 'lb', vips: {} }))
  laws(t, _.loadBalancerGroup, fc.record({ name: field('g'), loadBalancers: opt([lb], [lb, lb]) }))
})
