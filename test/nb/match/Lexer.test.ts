import test from 'ava'
import fc from 'fast-check'
import * as _ from '../../../src/nb/match/Lexer.js'

const kinds = (s: string) => _.lex(s).tokens.map((t) => (t.kind === 'punct' ? t.text : t.kind === 'id' ? `id:${t.text}` : t.kind))

test('tokens and their positions', (t) => {
  t.deepEqual(kinds('tcp.dst==80&&!ct.est'), ['id:tcp.dst', '==', 'constant', '&&', '!', 'id:ct.est', 'end'])
  t.deepEqual(
    _.lex('ip4.src == 10.0.0.0/8').tokens.map((x) => [x.position, x.length]),
    [[0, 7], [8, 2], [11, 10], [21, 0]],
  )
  t.deepEqual(kinds('a[1..3] <= { $x, @y } "s" <-> = ; : - --'), [
    'id:a', '[', 'constant', '..', 'constant', ']', '<=', '{', 'address-set', ',', 'port-group', '}', 'string', '<->', '=', ';', ':', '-', '--', 'end',
  ])
})

test('numbers: decimal, hex, IPv4, IPv6, MAC, masks; identifiers that start with hex digits', (t) => {
  const constant = (s: string) => {
    const tok = _.lex(s).tokens[0]
    return tok?.kind === 'constant' ? tok.value : tok
  }
  t.deepEqual(constant('42'), { _tag: 'Integer', value: 42n, format: 'decimal' })
  t.deepEqual(constant('0X0800'), { _tag: 'Integer', value: 0x800n, format: 'hex' })
  t.deepEqual(constant('10.0.0.1'), { _tag: 'Ipv4', value: 0x0a000001 })
  t.deepEqual(constant('::1'), { _tag: 'Ipv6', value: 1n })
  t.deepEqual(constant('fe80::1/64'), { _tag: 'Prefix', address: { _tag: 'Ipv6', value: (0xfe80n << 112n) | 1n }, prefix: 64 })
  t.deepEqual(constant('AA:bb:cc:dd:ee:ff'), { _tag: 'Mac', value: 0xaabbccddeeff })
  t.deepEqual(constant('10.0.0.0/255.255.0.0'), { _tag: 'Prefix', address: { _tag: 'Ipv4', value: 0x0a000000 }, prefix: 16 })
  t.deepEqual(constant('10.0.0.0/255.0.255.0'), { _tag: 'Masked', value: { _tag: 'Ipv4', value: 0x0a000000 }, mask: { _tag: 'Ipv4', value: 0xff00ff00 } })
  t.deepEqual(constant('0/0xff'), { _tag: 'Masked', value: { _tag: 'Integer', value: 0n, format: 'hex' }, mask: { _tag: 'Integer', value: 0xffn, format: 'hex' } })
  t.deepEqual(kinds('dead beef::1 cafe:1'), ['id:dead', 'constant', 'end'])
  t.like(_.lex('cafe:1').problems, [{ reason: 'invalid-number', position: 0, length: 6 }])
  t.deepEqual(kinds('1..5'), ['constant', '..', 'constant', 'end'])
  // ::ffff:1.2.3.4 is one IPv6 constant
  t.deepEqual(constant('::ffff:1.2.3.4'), { _tag: 'Ipv6', value: (0xffffn << 32n) | 0x01020304n })
})

test('strings are JSON strings', (t) => {
  const tok = _.lex('"a\\"b\\u00e9\\n"').tokens[0]
  t.deepEqual(tok?.kind === 'string' ? tok.value : undefined, 'a"bé\n')
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      const r = _.lex(JSON.stringify(s))
      t.deepEqual(r.problems, [])
      const first = r.tokens[0]
      t.deepEqual(first?.kind === 'string' ? first.value : undefined, s)
    }),
  )
})

test('comments are skipped; every lexical problem is reported', (t) => {
  t.deepEqual(kinds('ip4 // tcp && udp\n&& /* x */ ip6'), ['id:ip4', '&&', 'id:ip6', 'end'])
  t.deepEqual(
    _.lex('a & b | c / d . e # f "g').problems.map((p) => [p.reason, p.position]),
    [['lone-ampersand', 2], ['lone-pipe', 6], ['lone-slash', 10], ['lone-dot', 14], ['invalid-character', 18], ['unterminated-string', 22]],
  )
  t.like(_.lex('a /* b\n */ c').problems, [{ reason: 'unterminated-comment', position: 2 }])
  t.like(_.lex('x == 😀').problems, [{ reason: 'invalid-character', position: 5, length: 2 }])
})

test('random input never throws and positions stay inside the input', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      const r = _.lex(s)
      for (const x of [...r.tokens, ...r.problems]) t.true(x.position >= 0 && x.position + x.length <= s.length)
    }),
    { numRuns: 300 },
  )
})
