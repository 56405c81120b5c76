/**
 * What a VM's guest does on its network, for tests and examples where no DHCP client
 * is installed: ask for its DHCPv4 lease (DISCOVER, OFFER, REQUEST, ACK) and renew it,
 * ask for its DHCPv6 address (SOLICIT, ADVERTISE, REQUEST, REPLY), and announce itself
 * by RARP (ethertype 0x8035: what a hypervisor sends after a live migration, and what
 * OVN's `activation-strategy=rarp` waits for). Node has no raw sockets: each is a small
 * Python 3 program run in the VM's namespace, writing and reading whole Ethernet frames
 * through an AF_PACKET socket (checksums computed, so no offload is relied on).
 *
 * @module
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as E from '../deps/Either.js'
import type * as TE from 'fp-ts/lib/TaskEither.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A DHCPv4 lease as the server gave it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Dhcp4Lease } from 'ovn-nb/testing'
 * const l: Dhcp4Lease = { ip: '10.10.0.10', mask: '255.255.255.0', router: '10.10.0.1', serverId: '10.10.0.1', leaseTime: 3600, dns: ['10.10.0.2'] }
 */
export interface Dhcp4Lease {
  readonly ip: string
  readonly mask?: string
  readonly router?: string
  readonly serverId?: string
  readonly leaseTime?: number
  readonly dns?: ReadonlyArray<string>
  readonly mtu?: number
  readonly hostname?: string
  /** The classless static routes (option 121, RFC 3442), in order. */
  readonly routes?: ReadonlyArray<{ readonly prefix: string; readonly nexthop: string }>
}

/**
 * A DHCPv6 address as the server gave it.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import type { Dhcp6Lease } from 'ovn-nb/testing'
 * const l: Dhcp6Lease = { ip: 'fd00:10::10', dns: ['fd00:10::2'], serverId: '00010001...' }
 */
export interface Dhcp6Lease {
  readonly ip: string
  readonly dns?: ReadonlyArray<string>
  readonly serverId?: string
}

// -------------------------------------------------------------------------------------
// the guest program
// -------------------------------------------------------------------------------------

const PROGRAM = String.raw`
import json, random, select, socket, struct, sys, time
mode, ifname, mac = sys.argv[1], sys.argv[2], sys.argv[3]
timeout = float(sys.argv[4])
arg = sys.argv[5] if len(sys.argv) > 5 else ''
hw = bytes.fromhex(mac.replace(':', ''))
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(3))
s.bind((ifname, 0))
deadline = time.time() + timeout

def csum(b):
    if len(b) % 2: b += b'\0'
    t = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    while t >> 16: t = (t & 0xffff) + (t >> 16)
    return ~t & 0xffff

def recv(pred):
    while time.time() < deadline:
        r, _, _ = select.select([s], [], [], max(0, min(0.5, deadline - time.time())))
        if not r: continue
        f, addr = s.recvfrom(65535)
        if addr[2] == socket.PACKET_OUTGOING: continue
        v = pred(f)
        if v is not None: return v
    return None

def done(v):
    print(json.dumps(v)); sys.exit(0)

def fail(m):
    print(m, file=sys.stderr); sys.exit(1)

def tlv4(b):
    o, i = {}, 0
    while i < len(b):
        c = b[i]
        if c == 255: break
        if c == 0: i += 1; continue
        o[c] = b[i + 2:i + 2 + b[i + 1]]; i += 2 + b[i + 1]
    return o

def dhcp4(msgtype, xid, ip=None, server=None):
    bootp = struct.pack('!BBBBIHH16s', 1, 1, 6, 0, xid, 0, 0x8000, b'') + hw + b'\0' * 202 + b'\x63\x82\x53\x63'
    opts = bytes([53, 1, msgtype]) + bytes([55, 7, 1, 3, 6, 12, 15, 26, 121])
    if ip: opts += bytes([50, 4]) + socket.inet_aton(ip)
    if server: opts += bytes([54, 4]) + socket.inet_aton(server)
    payload = bootp + opts + b'\xff'
    n = 8 + len(payload)
    src, dst = b'\0' * 4, b'\xff' * 4
    c = csum(src + dst + struct.pack('!BBH', 0, 17, n) + struct.pack('!HHHH', 68, 67, n, 0) + payload) or 0xffff
    ip4 = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + n, 0, 0, 64, 17, 0, src, dst)
    ip4 = ip4[:10] + struct.pack('!H', csum(ip4)) + ip4[12:]
    s.send(b'\xff' * 6 + hw + b'\x08\x00' + ip4 + struct.pack('!HHHH', 68, 67, n, c) + payload)

def reply4(xid, want):
    def p(f):
        if f[12:14] != b'\x08\x00' or f[23] != 17: return None
        ihl = (f[14] & 15) * 4
        u = 14 + ihl
        if struct.unpack('!H', f[u + 2:u + 4])[0] != 68: return None
        b = f[u + 8:]
        if struct.unpack('!I', b[4:8])[0] != xid or b[236:240] != b'\x63\x82\x53\x63': return None
        o = tlv4(b[240:])
        if o.get(53, b'\0')[0] not in want: return None
        return b, o
    return recv(p)

def lease4(b, o):
    a = lambda k: [socket.inet_ntoa(o[k][i:i + 4]) for i in range(0, len(o[k]), 4)] if k in o else None
    r = {'type': o[53][0], 'ip': socket.inet_ntoa(b[16:20])}
    if 1 in o: r['mask'] = a(1)[0]
    if 3 in o: r['router'] = a(3)[0]
    if 54 in o: r['serverId'] = a(54)[0]
    if 51 in o: r['leaseTime'] = struct.unpack('!I', o[51])[0]
    if 6 in o: r['dns'] = a(6)
    if 26 in o: r['mtu'] = struct.unpack('!H', o[26])[0]
    if 12 in o: r['hostname'] = o[12].decode()
    if 121 in o:
        d, i, rs = o[121], 0, []
        while i < len(d):
            w = d[i]
            k = (w + 7) // 8
            dst = d[i + 1:i + 1 + k] + b'\0' * (4 - k)
            rs.append({'prefix': socket.inet_ntoa(dst) + '/' + str(w), 'nexthop': socket.inet_ntoa(d[i + 1 + k:i + 5 + k])})
            i += 5 + k
        r['routes'] = rs
    return r

def ll():
    e = bytes([hw[0] ^ 2]) + hw[1:3] + b'\xff\xfe' + hw[3:]
    return b'\xfe\x80' + b'\0' * 6 + e

def dhcp6(msgtype, txid, server=None):
    duid = struct.pack('!HH', 3, 1) + hw
    msg = bytes([msgtype]) + txid + struct.pack('!HH', 1, len(duid)) + duid
    if server: msg += struct.pack('!HH', 2, len(server)) + server
    msg += struct.pack('!HHIII', 3, 12, 1, 0, 0) + struct.pack('!HHH', 8, 2, 0) + struct.pack('!HHHH', 6, 4, 23, 24)
    n = 8 + len(msg)
    src, dst = ll(), socket.inet_pton(socket.AF_INET6, 'ff02::1:2')
    c = csum(src + dst + struct.pack('!I3xB', n, 17) + struct.pack('!HHHH', 546, 547, n, 0) + msg) or 0xffff
    ip6 = struct.pack('!IHBB', 6 << 28, n, 17, 255) + src + dst
    s.send(b'\x33\x33\x00\x01\x00\x02' + hw + b'\x86\xdd' + ip6 + struct.pack('!HHHH', 546, 547, n, c) + msg)

def tlv6(b):
    o, i = {}, 0
    while i + 4 <= len(b):
        c, n = struct.unpack('!HH', b[i:i + 4]); o.setdefault(c, []).append(b[i + 4:i + 4 + n]); i += 4 + n
    return o

def reply6(txid, want):
    def p(f):
        if f[12:14] != b'\x86\xdd' or f[20] != 17: return None
        u = 14 + 40
        if struct.unpack('!H', f[u + 2:u + 4])[0] != 546: return None
        b = f[u + 8:]
        if b[0] != want or b[1:4] != txid: return None
        return tlv6(b[4:])
    return recv(p)

if mode == 'rarp':
    arp = struct.pack('!HHBBH', 1, 0x0800, 6, 4, 3) + hw + b'\0' * 4 + hw + b'\0' * 4
    for _ in range(3):
        s.send((b'\xff' * 6 + hw + b'\x80\x35' + arp).ljust(60, b'\0')); time.sleep(0.05)
    done({'sent': 3})
elif mode == 'dhcp4':
    xid = random.getrandbits(32)
    if arg:
        dhcp4(3, xid, ip=arg)
    else:
        dhcp4(1, xid)
        r = reply4(xid, [2])
        if r is None: fail('no DHCPOFFER')
        offer = lease4(*r)
        dhcp4(3, xid, ip=offer['ip'], server=offer.get('serverId'))
    r = reply4(xid, [5, 6])
    if r is None: fail('no DHCPACK')
    l = lease4(*r)
    if l['type'] != 5: fail('DHCPNAK')
    del l['type']; done(l)
elif mode == 'dhcp6':
    txid = bytes(random.getrandbits(8) for _ in range(3))
    dhcp6(1, txid)
    o = reply6(txid, 2)
    if o is None: fail('no DHCPv6 ADVERTISE')
    server = o.get(2, [None])[0]
    dhcp6(3, txid, server)
    o = reply6(txid, 7)
    if o is None: fail('no DHCPv6 REPLY')
    r = {}
    for ia in o.get(3, []):
        for a in tlv6(ia[12:]).get(5, []): r['ip'] = socket.inet_ntop(socket.AF_INET6, a[:16])
    if 'ip' not in r: fail('DHCPv6 REPLY without an address')
    if 23 in o: r['dns'] = [socket.inet_ntop(socket.AF_INET6, o[23][0][i:i + 16]) for i in range(0, len(o[23][0]), 16)]
    if server: r['serverId'] = server.hex()
    done(r)
else:
    fail('unknown mode ' + mode)
`

const python = (): string => (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3')

/** Runs the guest program in `netns`; its JSON output, or its one-line complaint. */
const guest = <A>(netns: string, args: ReadonlyArray<string>, timeoutMs: number): TE.TaskEither<string, A> => () =>
  new Promise((resolve) => {
    const child = spawn('ip', ['netns', 'exec', netns, python(), '-c', PROGRAM, ...args.slice(0, 3), String(timeoutMs / 1000), ...args.slice(3)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    // the program stops itself at its deadline; this is the bound if it cannot
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs + 5000)
    child.on('error', (e) => (clearTimeout(kill), resolve(E.left(`${args[0]}: ${e.message}`))))
    child.on('close', (code) => {
      clearTimeout(kill)
      if (code !== 0) return resolve(E.left(`${args[0]} in ${netns}: ${err.trim().split('\n').slice(-1)[0] || `exit ${code}`}`))
      try {
        resolve(E.right(JSON.parse(out) as A))
      } catch {
        resolve(E.left(`${args[0]} in ${netns}: unexpected output ${JSON.stringify(out.slice(0, 80))}`))
      }
    })
  })

// -------------------------------------------------------------------------------------
// the guest's requests
// -------------------------------------------------------------------------------------

/**
 * Asks for a DHCPv4 lease from `iface` (MAC `mac`) in `netns`; with `renew`, asks the
 * server to confirm that address (a REQUEST for it, as a rebooting client does). The
 * address is not configured: the caller does that.
 *
 * @category guest
 * @since 0.1.0
 * @example
 * import { guestDhcp4 } from 'ovn-nb/testing'
 * const lease = await guestDhcp4('vm-a', 'eth0', '0a:58:0a:0a:00:0a')() // Right({ ip: '10.10.0.10', router: '10.10.0.1', ... })
 */
export const guestDhcp4 = (
  netns: string,
  iface: string,
  mac: string,
  options: { readonly renew?: string; readonly timeoutMs?: number } = {},
): TE.TaskEither<string, Dhcp4Lease> => guest(netns, ['dhcp4', iface, mac, ...(options.renew !== undefined ? [options.renew] : [])], options.timeoutMs ?? 5000)

/**
 * Asks for a DHCPv6 address (IA_NA) from `iface` in `netns`, from its link-local address.
 *
 * @category guest
 * @since 0.1.0
 * @example
 * import { guestDhcp6 } from 'ovn-nb/testing'
 * const lease = await guestDhcp6('vm-a', 'eth0', '0a:58:0a:0a:00:0a')() // Right({ ip: 'fd00:10::10', ... })
 */
export const guestDhcp6 = (netns: string, iface: string, mac: string, options: { readonly timeoutMs?: number } = {}): TE.TaskEither<string, Dhcp6Lease> =>
  guest(netns, ['dhcp6', iface, mac], options.timeoutMs ?? 5000)

/**
 * Sends three RARP frames (ethertype 0x8035, "reverse request" for its own MAC) from
 * `iface` in `netns`, as a hypervisor does for a VM that has just moved.
 *
 * @category guest
 * @since 0.1.0
 * @example
 * import { guestRarp } from 'ovn-nb/testing'
 * await guestRarp('vm-a', 'eth0', '0a:58:0a:0a:00:0a')()
 */
export const guestRarp = (netns: string, iface: string, mac: string): TE.TaskEither<string, { readonly sent: number }> =>
  guest(netns, ['rarp', iface, mac], 2000)
