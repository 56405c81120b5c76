/**
 * `ovn-nb/ovsdb/server`: an embedded, in-memory OVSDB server that behaves like ovsdb-server (RFC 7047 and the
 * extensions of ovsdb-server(7)) for everything a client of this library does: the demo
 * runs on it where OVN is not installed, and controllers unit-test against it.
 *
 * Generic over any schema. In memory through {@link memoryPair} and
 * {@link serveChannel}, on sockets through {@link listen}, or both at once through
 * {@link startEmbedded}.
 *
 * @module ovn-nb/ovsdb/server
 */
export { createServer, serveChannel, OvsdbServer, type ServerOptions, type ServerError } from './server.js'
export { memoryPair } from './memory.js'
export { listen, type Listener, type ListenError } from './listen.js'
export { startEmbedded, type Embedded, type EmbeddedOptions, type EmbeddedError } from './embedded.js'
