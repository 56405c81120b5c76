import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as Expr from '../../../src/nb/match/Expr.js'
import { typeCheck } from '../../../src/nb/match/Check.js'
import { parse } from '../../../src/nb/match/Parser.js'
import { validateMatch } from '../../../src/nb/match/validate.js'
import * as _ from '../../../src/nb/match/Field.js'

test('names are unique and lookups find them', (t) => {
  const names = _.all.map((f) => f.name)
  t.is(new Set(names).size, names.length)
  for (const f of _.all) t.is(_.lookup(f.name), f)
  t.is(_.lookup('ip4.source'), undefined)
  t.true(_.isFieldName('ct.est'))
  t.false(_.isFieldName('ct.established'))
})

test('every predicate expansion and prerequisite is itself a valid match', (t) => {
  for (const f of _.all) {
    for (const text of [f.expansion, f.prereqs]) {
      if (text === undefined) continue
      t.deepEqual(E.map(() => 'ok')(validateMatch(text)), E.right('ok'), `${f.name}: ${text}`)
    }
  }
})

// ovn-sb(5): a predicate is nominal if its expansion refers to a nominal field or predicate.
const mentionsNominal = (text: string): boolean => {
  const r = parse(text)
  if (E.isLeft(r)) return false
  return Expr.fields(r.right.expr).some((n) => _.lookup(n)?.level === 'nominal')
}

test('the level of each predicate follows from its expansion', (t) => {
  for (const f of _.all.filter((x) => x.kind === 'predicate')) {
    t.is(f.level, mentionsNominal(f.expansion ?? '') ? 'nominal' : 'boolean', f.name)
    t.is(f.width, 1)
  }
})

test('each subfield names bits of an ordinal field, as wide as it says', (t) => {
  for (const f of _.all.filter((x) => x.kind === 'subfield')) {
    const r = parse(f.parent ?? '')
    t.true(E.isRight(r), f.name)
    if (E.isLeft(r) || r.right.expr._tag !== 'Sym') continue
    const ref = r.right.expr.field
    const parent = _.lookup(ref.name)
    t.is(parent?.level, 'ordinal', f.name)
    t.deepEqual(typeCheck(r.right.expr.field.bits !== undefined ? Expr.eq(ref, 0) : r.right.expr, r.right.spans), [], f.name)
    const bits = ref.bits ?? { low: 0, high: (parent?.width ?? 0) - 1 }
    t.is(bits.high - bits.low + 1, f.width, f.name)
    t.is(f.level, 'ordinal')
  }
})

test('the table covers the symbols ovn-sb(5) lists', (t) => {
  const listed =
    'reg0 reg1 reg2 reg3 reg4 reg5 reg6 reg7 reg8 reg9 xxreg0 xxreg1 inport outport flags.loopback pkt.mark eth.src eth.dst eth.type ' +
    'vlan.tci vlan.vid vlan.pcp vlan.present ip.proto ip.dscp ip.ecn ip.ttl ip.frag ip4.src ip4.dst ip6.src ip6.dst ip6.label ' +
    'arp.op arp.spa arp.tpa arp.sha arp.tha rarp.op rarp.spa rarp.tpa rarp.sha rarp.tha tcp.src tcp.dst tcp.flags udp.src udp.dst ' +
    'sctp.src sctp.dst icmp4.type icmp4.code icmp6.type icmp6.code nd.target nd.sll nd.tll ct_mark ct_label ct_state ' +
    'ct.trk ct.new ct.est ct.rel ct.rpl ct.inv ct.dnat ct.snat eth.bcast eth.mcast ip4 ip4.src_mcast ip4.mcast ip6 ip icmp4 icmp6 icmp ' +
    'ip.is_frag ip.later_frag ip.first_frag arp rarp nd nd_ns nd_na nd_rs nd_ra tcp udp sctp'
  for (const n of listed.split(' ')) t.true(_.isFieldName(n), n)
  t.like(_.lookup('ip4.src'), { type: 'ipv4', width: 32, level: 'ordinal', prereqs: 'ip4' })
  t.like(_.lookup('eth.type'), { type: 'integer', width: 16, level: 'nominal' })
  t.like(_.lookup('inport'), { type: 'string', width: 0, level: 'nominal' })
  t.like(_.lookup('ct.est'), { kind: 'subfield', width: 1, level: 'ordinal', prereqs: 'ct.trk', parent: 'ct_state[1]' })
})
