import test from 'ava'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../src/ovsdb/transport.js'

test('parses tcp, ssl, unix and bracketed IPv6 remotes', (t) => {
  t.deepEqual(_.parseRemote('tcp:127.0.0.1:6641'), E.right({ kind: 'tcp', host: '127.0.0.1', port: 6641, text: 'tcp:127.0.0.1:6641' }))
  t.deepEqual(_.parseRemote('ssl:ovn.example:6641'), E.right({ kind: 'ssl', host: 'ovn.example', port: 6641, text: 'ssl:ovn.example:6641' }))
  t.deepEqual(_.parseRemote('tcp:[::1]:6641'), E.right({ kind: 'tcp', host: '::1', port: 6641, text: 'tcp:[::1]:6641' }))
  t.deepEqual(_.parseRemote('ssl:[fd00::1]:6643'), E.right({ kind: 'ssl', host: 'fd00::1', port: 6643, text: 'ssl:[fd00::1]:6643' }))
  t.deepEqual(_.parseRemote('unix:/run/ovn/ovnnb_db.sock'), E.right({ kind: 'unix', path: '/run/ovn/ovnnb_db.sock', text: 'unix:/run/ovn/ovnnb_db.sock' }))
})

test('unparseable remotes are typed errors that say what is wrong', (t) => {
  const cases: ReadonlyArray<readonly [string, RegExp]> = [
    ['127.0.0.1:6641', /expected tcp:HOST:PORT/],
    ['udp:1.2.3.4:5', /unknown remote type "udp"/],
    ['ptcp:6641', /unknown remote type "ptcp"/],
    ['tcp:nowhere', /needs HOST:PORT/],
    ['tcp:1.2.3.4:http', /not a port number/],
    ['tcp:1.2.3.4:70000', /out of range/],
    ['tcp:1.2.3.4:0', /out of range/],
    ['tcp:::1:6641', /brackets/],
    ['tcp:[::1:6641', /unterminated/],
    ['tcp:[zz::1]:6641', /not an IPv6 address/],
    ['tcp:[::1]6641', /expected ":PORT"/],
    ['unix:', /socket path/],
    ['tcp::6641', /missing host/],
  ]
  for (const [text, re] of cases) {
    const r = _.parseRemote(text)
    t.true(E.isLeft(r), text)
    if (E.isLeft(r)) {
      t.is(r.left._tag, 'InvalidRemote')
      t.regex(r.left.message, re, text)
    }
  }
})

test('comma-separated remote lists', (t) => {
  const r = _.parseRemotes('tcp:127.0.0.1:6641, unix:/a.sock')
  t.deepEqual(E.map((rs: ReadonlyArray<_.Remote>) => rs.map((x) => x.kind))(r), E.right(['tcp', 'unix']))
  t.true(E.isLeft(_.parseRemotes('')))
  t.true(E.isLeft(_.parseRemotes('tcp:127.0.0.1:6641,bogus')))
})

test('connecting to nothing is a TransportError, not a throw', async (t) => {
  const r = await _.openChannel({ kind: 'unix', path: '/nonexistent/ovn-nb-test.sock', text: 'unix:/nonexistent/ovn-nb-test.sock' })()
  t.true(E.isLeft(r))
  if (E.isLeft(r)) {
    t.is(r.left._tag, 'TransportError')
    t.is(r.left.code, 'ENOENT')
  }
})
