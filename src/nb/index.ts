/**
 * `ovn-nb/nb`: the typed OVN_Northbound model, generated from the newest NB schema — one
 * namespace per table (its `Row`, `Insert` and `Update` types, their io-ts codecs and the
 * table's metadata, each column with the first schema version that has it) and maps over
 * all tables — with the checks that compare it with a server's schema, and the identity
 * rules the engine matches NB rows by. The root entry point holds the same model as the
 * `NB` namespace.
 *
 * @module ovn-nb/nb
 */
export * from './generated/index.js'
export * from './compat.js'
export * from './identity.js'
