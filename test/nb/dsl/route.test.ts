import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/dsl/index.js'
import { deepFrozen, field, laws, ok, opt, rejects } from './helpers.js'

const bfd = ok(_.bfd({ logicalPort: 'ext', dstIp: '172.16.0.1' }))

test('staticRoute prints prefixes and next hops as ovn-nbctl does', (t) => {
  const r = ok(_.staticRoute({ ipPrefix: '10.1.0.5/32', nexthop: '172.16.0.1', policy: 'src-ip', routeTable: 'rtb', outputPort: 'ext', bfd, ecmpSymmetricReply: true, externalIds: { k: 'v' } }))
  t.deepEqual(r, {
    _tag: 'StaticRoute',
    ipPrefix: '10.1.0.5',
    nexthop: '172.16.0.1',
    policy: 'src-ip',
    routeTable: 'rtb',
    outputPort: 'ext',
    bfd,
    options: { ecmp_symmetric_reply: 'true' },
    externalIds: { k: 'v' },
  })
  t.true(deepFrozen(r))
  t.deepEqual(ok(_.staticRoute({ ipPrefix: 'FD00:1::/64', nexthop: 'FD00::1' })), { _tag: 'StaticRoute', ipPrefix: 'fd00:1::/64', nexthop: 'fd00::1', routeTable: '', options: {}, externalIds: {} })
  t.is(ok(_.staticRoute({ ipPrefix: '192.0.2.0/24', nexthop: 'discard' })).nexthop, 'discard')
})

test('staticRoute refuses bad fields, each at its path', (t) => {
  rejects(t, _.staticRoute, [
    [{ ipPrefix: '10.1.0.1/16', nexthop: '10.0.0.1' }, ['ipPrefix']],
    [{ ipPrefix: '10.1.0.0/16', nexthop: 'fd00::1' }, ['nexthop']],
    [{ ipPrefix: '10.1.0.0/16', nexthop: 'gateway' }, ['nexthop']],
    [{ ipPrefix: '10.1.0.0/16', nexthop: '10.0.0.1', policy: 'dst' as never, routeTable: 1 as never, outputPort: '' }, ['policy', 'routeTable', 'outputPort']],
    [{ ipPrefix: '10.1.0.0/16', nexthop: 'discard', bfd }, ['bfd']],
    [{ ipPrefix: '10.1.0.0/16', nexthop: '172.16.0.2', bfd }, ['bfd']],
    [{ ipPrefix: '10.1.0.0/16', nexthop: '172.16.0.1', bfd: {} as never }, ['bfd.logicalPort', 'bfd.dstIp']],
    [{ ipPrefix: '10.1.0.0/16', nexthop: '172.16.0.1', ecmpSymmetricReply: 'true' as never }, ['ecmpSymmetricReply']],
  ])
})

test('routerPolicy validates the match, its next hops and options', (t) => {
  const r = ok(_.routerPolicy({ priority: 100, match: ' ip4.src == $as1 && ip4.dst == 10.0.0.0/8 ', action: 'reroute', nexthops: ['10.0.0.254', '10.0.0.253'], pktMark: 7 }))
  t.deepEqual(r, {
    _tag: 'RouterPolicy',
    priority: 100,
    match: 'ip4.src == $as1 && ip4.dst == 10.0.0.0/8',
    action: 'reroute',
    nexthops: ['10.0.0.253', '10.0.0.254'],
    options: { pkt_mark: '7' },
    externalIds: {},
    references: { addressSets: ['as1'], portGroups: [] },
  })
  t.true(deepFrozen(r))
  rejects(t, _.routerPolicy, [
    [{ priority: 40000, match: 'ip4', action: 'allow' }, ['priority']],
    [{ priority: 1, match: '', action: 'allow' }, ['match']],
    [{ priority: 1, match: 'ip4.src == fd00::1', action: 'allow' }, ['match']],
    [{ priority: 1, match: 'ip4', action: 'jump' as never }, ['action']],
    [{ priority: 1, match: 'ip4', action: 'reroute' }, ['nexthops']],
    [{ priority: 1, match: 'ip4', action: 'drop', nexthops: ['10.0.0.1'] }, ['nexthops']],
    [{ priority: 1, match: 'ip4', action: 'reroute', nexthops: ['10.0.0.1', 'fd00::1', '10.0.0.1', 'x'] }, ['nexthops[2]', 'nexthops[3]', 'nexthops']],
    [{ priority: 1, match: 'ip4', action: 'allow', pktMark: -1 }, ['pktMark']],
  ])
})

test('staticRoute and routerPolicy keep their laws on random input', (t) => {
  laws(
    t,
    _.staticRoute,
    fc.record({
      ipPrefix: field('10.0.0.0/8', '10.0.0.1', 'fd00::/64', '10.0.0.1/8'),
      nexthop: field('10.0.0.254', 'discard', 'fd00::1'),
      policy: opt('dst-ip', 'src-ip'),
      routeTable: opt('', 'rtb'),
      outputPort: opt('ext'),
      bfd: opt(bfd),
      options: opt({ a: 'b' }),
    }),
  )
  laws(
    t,
    _.routerPolicy,
    fc.record({
      priority: field(0, 100, 32767, 40000),
      match: field('ip4', 'ip4.dst == 10.0.0.0/8', 'ip4 &&'),
      action: field('allow', 'drop', 'reroute'),
      nexthops: opt(['10.0.0.1'], ['10.0.0.1', '10.0.0.2']),
      pktMark: opt(1, 2),
    }),
  )
})
