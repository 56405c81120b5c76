/**
 * Network values of the OVN Northbound database: MAC, IPv4 and IPv6 addresses, CIDR
 * networks, interface addresses, and the entries of `Logical_Switch_Port.addresses` and
 * `port_security`. Each has a parser with positioned errors, a canonical printer, `Eq`
 * (and `Ord` where values are ordered) and the helpers a controller needs for allocation.
 *
 * @module
 */
export * as Mac from './Mac.js'
export * as Ipv4 from './Ipv4.js'
export * as Ipv6 from './Ipv6.js'
export * as Ip from './Ip.js'
export * as Cidr from './Cidr.js'
export * as IfAddr from './IfAddr.js'
export * as LspAddress from './LspAddress.js'
export * as PortSecurity from './PortSecurity.js'
export * as NetError from './NetError.js'
