/** fast-check arbitraries of network values, shared by the net and match tests. */
import fc from 'fast-check'
import type { Cidr, IfAddr, Ip, Ipv4, Ipv6, LspAddress, Mac, PortSecurity } from '../../../src/nb/net/index.js'

export const mac: fc.Arbitrary<Mac.Mac> = fc
  .oneof(fc.integer({ min: 0, max: 0xffffffffffff }), fc.constantFrom(0, 1, 0xffffffffffff, 0x0a0000000001))
  .map((value) => ({ _tag: 'Mac', value }))

export const ipv4: fc.Arbitrary<Ipv4.Ipv4> = fc
  .oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(0, 1, 0xffffffff, 0x0a000001))
  .map((value) => ({ _tag: 'Ipv4', value }))

// Addresses with runs of zero groups are the interesting ones for RFC 5952 printing.
const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }))
export const ipv6: fc.Arbitrary<Ipv6.Ipv6> = fc
  .tuple(fc.array(group, { minLength: 8, maxLength: 8 }), fc.boolean())
  .map(([gs, mapped]) => {
    const groups = mapped ? [0, 0, 0, 0, 0, 0xffff, gs[0] ?? 0, gs[1] ?? 0] : gs
    return { _tag: 'Ipv6', value: groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n) }
  })

export const ip: fc.Arbitrary<Ip.Ip> = fc.oneof(ipv4, ipv6)

export const ifAddr: fc.Arbitrary<IfAddr.IfAddr> = ip.chain((address) =>
  fc.integer({ min: 0, max: address._tag === 'Ipv4' ? 32 : 128 }).map((prefix) => ({ _tag: 'IfAddr' as const, address, prefix })),
)

const clear = (a: Ip.Ip, prefix: number): Ip.Ip => {
  if (a._tag === 'Ipv4') {
    const host = prefix === 0 ? 0xffffffff : 2 ** (32 - prefix) - 1
    return { _tag: 'Ipv4', value: a.value - (a.value % (host + 1)) }
  }
  const host = (1n << BigInt(128 - prefix)) - 1n
  return { _tag: 'Ipv6', value: a.value & ~host }
}

export const cidr: fc.Arbitrary<Cidr.Cidr> = ifAddr.map(({ address, prefix }) => ({
  _tag: 'Cidr',
  network: clear(address, prefix),
  prefix,
}))

const distinct = <A extends { readonly address: Ip.Ip }>(xs: ReadonlyArray<A>): ReadonlyArray<A> =>
  xs.filter((x, i) => xs.findIndex((y) => y.address._tag === x.address._tag && y.address.value === x.address.value) === i)

export const lspAddress: fc.Arbitrary<LspAddress.LspAddress> = fc.oneof(
  fc.record({ _tag: fc.constant('Static' as const), mac, ips: fc.array(ifAddr, { maxLength: 4 }).map(distinct) }),
  fc.record({ _tag: fc.constant('Dynamic' as const), ipv4, ipv6 }, { requiredKeys: ['_tag'] }),
  fc.record({ _tag: fc.constant('MacDynamic' as const), mac }),
  fc.constant({ _tag: 'Router' as const }),
  fc.constant({ _tag: 'Unknown' as const }),
)

export const portSecurity: fc.Arbitrary<PortSecurity.PortSecurity> = fc.record({
  _tag: fc.constant('PortSecurity' as const),
  mac,
  ips: fc.array(ifAddr, { maxLength: 4 }).map(distinct),
})
