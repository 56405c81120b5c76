/**
 * `ovn-nb/ovsdb`: the generic OVSDB layer (RFC 7047 and the OVS extensions): wire types and codecs,
 * schemas and validation, the framer, the JSON-RPC 1.0 peer, transports and the client.
 * It knows nothing of OVN.
 *
 * @module ovn-nb/ovsdb
 */
export * from './errors.js'
export * from './wire/atom.js'
export * from './wire/datum.js'
export * from './wire/operation.js'
export * from './wire/update.js'
export * from './wire/paths.js'
export * from './schema.js'
export * from './validate.js'
export * from './framer.js'
export * from './rpc.js'
export * from './transport.js'
export * from './client.js'
export * from './values.js'
export * from './replica.js'
export * from './session.js'
export * from './leadership.js'
export * from './desired.js'
export * from './identity.js'
