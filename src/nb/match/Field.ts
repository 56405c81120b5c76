/**
 * The symbol table of OVN match expressions: every field, subfield and predicate a
 * `match` may name, with its width, value type, level of measurement and prerequisites,
 * as `ovn_init_symtab()` defines them (lib/logical-fields.c, OVN 24.x / main; the
 * action-only `icmp4.frag_mtu` and `icmp6.frag_mtu` are left out) and ovn-sb(5)
 * documents them.
 *
 * Level of measurement decides which operators are allowed: `ordinal` fields (the
 * maskable ones) take `<`, `<=`, `>`, `>=`, bit ranges and masks; `nominal` fields and
 * predicates may only be tested for equality in the positive sense; `boolean` predicates
 * take `==` and `!=` (and `!`).
 *
 * @module
 */

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * How a field's constants are written: an integer of `width` bits, a MAC, an IPv4 or
 * IPv6 address, or a quoted string (logical port names).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const t: Match.Field.FieldType = 'ipv4'
 */
export type FieldType = 'integer' | 'mac' | 'ipv4' | 'ipv6' | 'string'

/**
 * Level of measurement (ovn-sb(5), "Level of Measurement").
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const l: Match.Field.Level = 'ordinal'
 */
export type Level = 'ordinal' | 'nominal' | 'boolean'

/**
 * What kind of symbol: a packet or metadata `field`, a `subfield` (a named bit range of
 * a field, e.g. `vlan.vid` is `vlan.tci[0..11]`), or a `predicate` (a named Boolean
 * expression, e.g. `ip4` is `eth.type == 0x800`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const k: Match.Field.Kind = 'predicate'
 */
export type Kind = 'field' | 'subfield' | 'predicate'

/**
 * One symbol of the table.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Field.lookup('tcp.dst')
 * // { name: 'tcp.dst', kind: 'field', type: 'integer', width: 16, level: 'ordinal', prereqs: 'tcp' }
 */
export interface FieldInfo {
  readonly name: string
  readonly kind: Kind
  readonly type: FieldType
  /** Width in bits; 0 for string fields, 1 for predicates. */
  readonly width: number
  readonly level: Level
  /** An expression implied by any use of the symbol (`ip4` for `ip4.src`). */
  readonly prereqs?: string
  /** For a subfield, the field and bits it names (`vlan.tci[0..11]`). */
  readonly parent?: string
  /** For a predicate, the expression it stands for. */
  readonly expansion?: string
}

/**
 * The name of a symbol of the table (a literal union, so builders catch typos at compile
 * time).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const f: Match.Field.FieldName = 'ip4.src'
 */
export type FieldName =
  | 'inport' | 'outport' | 'xxreg0' | 'xxreg1' | 'xreg0' | 'xreg1' | 'xreg2' | 'xreg3' | 'xreg4'
  | 'reg0' | 'reg1' | 'reg2' | 'reg3' | 'reg4' | 'reg5' | 'reg6' | 'reg7' | 'reg8' | 'reg9' | 'flags'
  | 'flags.loopback' | 'flags.force_snat_for_dnat' | 'flags.force_snat_for_lb'
  | 'flags.skip_snat_for_lb' | 'flags.use_snat_zone' | 'flags.localnet' | 'flags.tunnel_rx'
  | 'flags.icmp_snat' | 'flags.from_ctrl' | 'ct_mark' | 'ct_mark.blocked' | 'ct_mark.natted'
  | 'ct_mark.skip_snat' | 'ct_mark.force_snat' | 'ct_mark.obs_stage' | 'ct_mark.allow_established'
  | 'ct_mark.ecmp_reply_port' | 'ct_mark.obs_collector_id' | 'ct_label' | 'ct_label.ecmp_reply_eth'
  | 'ct_label.label' | 'ct_label.obs_point_id' | 'ct_label.obs_unused' | 'ct_state' | 'ct.new'
  | 'ct.est' | 'ct.rel' | 'ct.rpl' | 'ct.inv' | 'ct.trk' | 'ct.snat' | 'ct.dnat' | 'eth.src'
  | 'eth.dst' | 'eth.type' | 'eth.bcast' | 'eth.mcast' | 'eth.mcastv6' | 'vlan.tci' | 'vlan.present'
  | 'vlan.pcp' | 'vlan.vid' | 'ip4' | 'ip6' | 'ip' | 'ip.proto' | 'ip.dscp' | 'ip.ecn' | 'ip.ttl'
  | 'ip4.src' | 'ip4.dst' | 'ip4.src_mcast' | 'ip4.mcast' | 'icmp4' | 'icmp4.type' | 'icmp4.code'
  | 'igmp' | 'ip6.src' | 'ip6.dst' | 'ip6.label' | 'ip6.mcast_rsvd' | 'ip6.mcast_all_nodes'
  | 'ip6.mcast_all_rtrs' | 'ip6.mcast_sol_node' | 'ip6.mcast_flood' | 'ip6.mcast' | 'icmp6'
  | 'icmp6.type' | 'icmp6.code' | 'icmp' | 'ip.frag' | 'ip.is_frag' | 'ip.later_frag'
  | 'ip.first_frag' | 'arp' | 'arp.op' | 'arp.spa' | 'arp.sha' | 'arp.tpa' | 'arp.tha' | 'rarp'
  | 'rarp.op' | 'rarp.spa' | 'rarp.sha' | 'rarp.tpa' | 'rarp.tha' | 'nd' | 'nd_ns' | 'nd_ns_mcast'
  | 'nd_na' | 'nd_rs' | 'nd_ra' | 'nd.target' | 'nd.sll' | 'nd.tll' | 'mldv1' | 'mldv2' | 'tcp'
  | 'tcp.src' | 'tcp.dst' | 'tcp.flags' | 'udp' | 'udp.src' | 'udp.dst' | 'sctp' | 'sctp.src'
  | 'sctp.dst' | 'pkt.mark'

/**
 * The string-valued fields (`inport`, `outport`).
 *
 * @category model
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * const f: Match.Field.StringFieldName = 'inport'
 */
export type StringFieldName = 'inport' | 'outport'

// -------------------------------------------------------------------------------------
// table
// -------------------------------------------------------------------------------------

const field = <N extends string, T extends FieldType>(
  name: N,
  type: T,
  width: number,
  level: 'ordinal' | 'nominal',
  prereqs?: string,
): FieldInfo & { readonly name: N; readonly type: T } => ({
  name,
  kind: 'field',
  type,
  width,
  level,
  ...(prereqs !== undefined ? { prereqs } : {}),
})

const sub = <N extends string>(name: N, parent: string, width: number, prereqs?: string): FieldInfo & { readonly name: N } => ({
  name,
  kind: 'subfield',
  type: 'integer',
  width,
  level: 'ordinal',
  parent,
  ...(prereqs !== undefined ? { prereqs } : {}),
})

const pred = <N extends string>(name: N, expansion: string, level: 'nominal' | 'boolean'): FieldInfo & { readonly name: N } => ({
  name,
  kind: 'predicate',
  type: 'integer',
  width: 1,
  level,
  expansion,
})

const bit = <N extends string>(name: N, parent: string, prereqs?: string) => sub(name, parent, 1, prereqs)

const table = [
  field('inport', 'string', 0, 'nominal'),
  field('outport', 'string', 0, 'nominal'),

  // Registers: xxreg0..1 (128 bits) overlay xreg0..3 (64) and reg0..7 (32); xreg4 holds reg8..9.
  field('xxreg0', 'integer', 128, 'ordinal'),
  field('xxreg1', 'integer', 128, 'ordinal'),
  sub('xreg0', 'xxreg0[64..127]', 64),
  sub('xreg1', 'xxreg0[0..63]', 64),
  sub('xreg2', 'xxreg1[64..127]', 64),
  sub('xreg3', 'xxreg1[0..63]', 64),
  field('xreg4', 'integer', 64, 'ordinal'),
  sub('reg0', 'xxreg0[96..127]', 32),
  sub('reg1', 'xxreg0[64..95]', 32),
  sub('reg2', 'xxreg0[32..63]', 32),
  sub('reg3', 'xxreg0[0..31]', 32),
  sub('reg4', 'xxreg1[96..127]', 32),
  sub('reg5', 'xxreg1[64..95]', 32),
  sub('reg6', 'xxreg1[32..63]', 32),
  sub('reg7', 'xxreg1[0..31]', 32),
  sub('reg8', 'xreg4[32..63]', 32),
  sub('reg9', 'xreg4[0..31]', 32),

  field('flags', 'integer', 32, 'ordinal'),
  bit('flags.loopback', 'flags[0]'),
  bit('flags.force_snat_for_dnat', 'flags[2]'),
  bit('flags.force_snat_for_lb', 'flags[3]'),
  bit('flags.skip_snat_for_lb', 'flags[9]'),
  bit('flags.use_snat_zone', 'flags[11]'),
  bit('flags.localnet', 'flags[15]'),
  bit('flags.tunnel_rx', 'flags[16]'),
  bit('flags.icmp_snat', 'flags[17]'),
  bit('flags.from_ctrl', 'flags[19]'),

  field('ct_mark', 'integer', 32, 'ordinal'),
  bit('ct_mark.blocked', 'ct_mark[0]'),
  bit('ct_mark.natted', 'ct_mark[1]'),
  bit('ct_mark.skip_snat', 'ct_mark[2]'),
  bit('ct_mark.force_snat', 'ct_mark[3]'),
  sub('ct_mark.obs_stage', 'ct_mark[4..5]', 2),
  bit('ct_mark.allow_established', 'ct_mark[6]'),
  sub('ct_mark.ecmp_reply_port', 'ct_mark[16..31]', 16),
  sub('ct_mark.obs_collector_id', 'ct_mark[16..23]', 8),
  field('ct_label', 'integer', 128, 'ordinal'),
  sub('ct_label.ecmp_reply_eth', 'ct_label[32..79]', 48),
  sub('ct_label.label', 'ct_label[96..127]', 32),
  sub('ct_label.obs_point_id', 'ct_label[96..127]', 32),
  sub('ct_label.obs_unused', 'ct_label[0..95]', 96),
  field('ct_state', 'integer', 32, 'ordinal'),
  bit('ct.new', 'ct_state[0]', 'ct.trk'),
  bit('ct.est', 'ct_state[1]', 'ct.trk'),
  bit('ct.rel', 'ct_state[2]', 'ct.trk'),
  bit('ct.rpl', 'ct_state[3]', 'ct.trk'),
  bit('ct.inv', 'ct_state[4]', 'ct.trk'),
  bit('ct.trk', 'ct_state[5]'),
  bit('ct.snat', 'ct_state[6]', 'ct.trk'),
  bit('ct.dnat', 'ct_state[7]', 'ct.trk'),

  field('eth.src', 'mac', 48, 'ordinal'),
  field('eth.dst', 'mac', 48, 'ordinal'),
  field('eth.type', 'integer', 16, 'nominal'),
  pred('eth.bcast', 'eth.dst == ff:ff:ff:ff:ff:ff', 'boolean'),
  bit('eth.mcast', 'eth.dst[40]'),
  pred('eth.mcastv6', 'eth.dst[32..47] == 0x3333', 'boolean'),

  field('vlan.tci', 'integer', 16, 'ordinal'),
  pred('vlan.present', 'vlan.tci[12]', 'boolean'),
  sub('vlan.pcp', 'vlan.tci[13..15]', 3, 'vlan.present'),
  sub('vlan.vid', 'vlan.tci[0..11]', 12, 'vlan.present'),

  pred('ip4', 'eth.type == 0x800', 'nominal'),
  pred('ip6', 'eth.type == 0x86dd', 'nominal'),
  pred('ip', 'ip4 || ip6', 'nominal'),
  field('ip.proto', 'integer', 8, 'nominal', 'ip'),
  field('ip.dscp', 'integer', 6, 'nominal', 'ip'),
  field('ip.ecn', 'integer', 2, 'nominal', 'ip'),
  field('ip.ttl', 'integer', 8, 'nominal', 'ip'),

  field('ip4.src', 'ipv4', 32, 'ordinal', 'ip4'),
  field('ip4.dst', 'ipv4', 32, 'ordinal', 'ip4'),
  pred('ip4.src_mcast', 'ip4.src[28..31] == 0xe', 'boolean'),
  pred('ip4.mcast', 'eth.mcast && ip4.dst[28..31] == 0xe', 'boolean'),

  pred('icmp4', 'ip4 && ip.proto == 1', 'nominal'),
  field('icmp4.type', 'integer', 8, 'nominal', 'icmp4'),
  field('icmp4.code', 'integer', 8, 'nominal', 'icmp4'),
  pred('igmp', 'ip4.mcast && ip.proto == 2', 'nominal'),

  field('ip6.src', 'ipv6', 128, 'ordinal', 'ip6'),
  field('ip6.dst', 'ipv6', 128, 'ordinal', 'ip6'),
  field('ip6.label', 'integer', 20, 'ordinal', 'ip6'),
  pred('ip6.mcast_rsvd', 'ip6.dst[116..127] == 0xff0 && ip6.dst[0..111] == 0x0', 'boolean'),
  pred('ip6.mcast_all_nodes', 'ip6.dst == ff01::1 || ip6.dst == ff02::1', 'boolean'),
  pred('ip6.mcast_all_rtrs', 'ip6.dst == ff01::2 || ip6.dst == ff02::2 || ip6.dst == ff05::2', 'boolean'),
  pred('ip6.mcast_sol_node', 'ip6.dst == ff02::1:ff00:0000/104', 'boolean'),
  pred(
    'ip6.mcast_flood',
    'eth.mcastv6 && (ip6.mcast_rsvd || ip6.mcast_all_nodes || ip6.mcast_all_rtrs || ip6.mcast_sol_node)',
    'boolean',
  ),
  pred('ip6.mcast', 'eth.mcastv6 && ip6.dst[120..127] == 0xff', 'boolean'),

  pred('icmp6', 'ip6 && ip.proto == 58', 'nominal'),
  field('icmp6.type', 'integer', 8, 'nominal', 'icmp6'),
  field('icmp6.code', 'integer', 8, 'nominal', 'icmp6'),
  pred('icmp', 'icmp4 || icmp6', 'nominal'),

  field('ip.frag', 'integer', 2, 'ordinal', 'ip'),
  pred('ip.is_frag', 'ip.frag[0]', 'boolean'),
  pred('ip.later_frag', 'ip.frag[1]', 'boolean'),
  pred('ip.first_frag', 'ip.is_frag && !ip.later_frag', 'boolean'),

  pred('arp', 'eth.type == 0x806', 'nominal'),
  field('arp.op', 'integer', 16, 'nominal', 'arp'),
  field('arp.spa', 'ipv4', 32, 'ordinal', 'arp'),
  field('arp.sha', 'mac', 48, 'ordinal', 'arp'),
  field('arp.tpa', 'ipv4', 32, 'ordinal', 'arp'),
  field('arp.tha', 'mac', 48, 'ordinal', 'arp'),
  pred('rarp', 'eth.type == 0x8035', 'nominal'),
  field('rarp.op', 'integer', 16, 'nominal', 'rarp'),
  field('rarp.spa', 'ipv4', 32, 'ordinal', 'rarp'),
  field('rarp.sha', 'mac', 48, 'ordinal', 'rarp'),
  field('rarp.tpa', 'ipv4', 32, 'ordinal', 'rarp'),
  field('rarp.tha', 'mac', 48, 'ordinal', 'rarp'),

  pred('nd', 'icmp6.type == {135, 136} && icmp6.code == 0 && ip.ttl == 255', 'nominal'),
  pred('nd_ns', 'icmp6.type == 135 && icmp6.code == 0 && ip.ttl == 255', 'nominal'),
  pred('nd_ns_mcast', 'ip6.mcast && icmp6.type == 135 && icmp6.code == 0 && ip.ttl == 255', 'nominal'),
  pred('nd_na', 'icmp6.type == 136 && icmp6.code == 0 && ip.ttl == 255', 'nominal'),
  pred('nd_rs', 'icmp6.type == 133 && icmp6.code == 0 && ip.ttl == 255', 'nominal'),
  pred('nd_ra', 'icmp6.type == 134 && icmp6.code == 0 && ip.ttl == 255', 'nominal'),
  field('nd.target', 'ipv6', 128, 'ordinal', 'nd'),
  field('nd.sll', 'mac', 48, 'ordinal', 'nd_ns'),
  field('nd.tll', 'mac', 48, 'ordinal', 'nd_na'),
  pred('mldv1', 'eth.mcastv6 && ip6.src == fe80::/10 && icmp6.type == {130, 131, 132}', 'nominal'),
  pred('mldv2', 'eth.mcastv6 && ip6.dst == ff02::16 && icmp6.type == 143', 'nominal'),

  pred('tcp', 'ip.proto == 6', 'nominal'),
  field('tcp.src', 'integer', 16, 'ordinal', 'tcp'),
  field('tcp.dst', 'integer', 16, 'ordinal', 'tcp'),
  field('tcp.flags', 'integer', 12, 'ordinal', 'tcp'),
  pred('udp', 'ip.proto == 17', 'nominal'),
  field('udp.src', 'integer', 16, 'ordinal', 'udp'),
  field('udp.dst', 'integer', 16, 'ordinal', 'udp'),
  pred('sctp', 'ip.proto == 132', 'nominal'),
  field('sctp.src', 'integer', 16, 'ordinal', 'sctp'),
  field('sctp.dst', 'integer', 16, 'ordinal', 'sctp'),

  field('pkt.mark', 'integer', 32, 'ordinal'),
] as const satisfies ReadonlyArray<FieldInfo & { readonly name: FieldName }>

// Every FieldName has an entry in the table (the reverse is checked by `satisfies`).
type Missing = Exclude<FieldName, (typeof table)[number]['name']>
const complete: [Missing] extends [never] ? true : Missing = true
void complete

/**
 * Every symbol, in the order OVN defines them.
 *
 * @category table
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Field.all.filter((f) => f.kind === 'predicate').map((f) => f.name) // ['eth.bcast', 'eth.mcastv6', ...]
 */
export const all: ReadonlyArray<FieldInfo> = table

const byName: ReadonlyMap<string, FieldInfo> = new Map(table.map((f) => [f.name, f]))

// -------------------------------------------------------------------------------------
// utils
// -------------------------------------------------------------------------------------

/**
 * The symbol of a name, if OVN defines it.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Field.lookup('ip4.src') // { name: 'ip4.src', type: 'ipv4', width: 32, level: 'ordinal', prereqs: 'ip4', ... }
 * Match.Field.lookup('ip4.source') // undefined
 */
export const lookup = (name: string): FieldInfo | undefined => byName.get(name)

/**
 * Whether `name` is a symbol of the table.
 *
 * @category utils
 * @since 0.1.0
 * @example
 * import { Match } from 'ovn-nb'
 * Match.Field.isFieldName('ct.est') // true
 */
export const isFieldName = (name: string): name is FieldName => byName.has(name)
