// generated — do not edit: OVN_Northbound 7.19.0 (ovn-nb gen)
/**
 * Table `SSL` of OVN_Northbound 7.19.0: its rows, inserts and updates, their codecs and the
 * table’s metadata.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * At most 1 rows.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
 *
 * @module
 */
import * as rt from '../../codegen/runtime.js'

// -------------------------------------------------------------------------------------
// model
// -------------------------------------------------------------------------------------

/**
 * A row of `SSL` as read from the server: every column with a friendly value (see
 * the module `codegen/runtime` for the mapping); a column the server does not have holds
 * its default value.
 *
 * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
 * Not a root table: the server deletes a row once no strong reference points at it.
 * At most 1 rows.
 * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as SSL from './SSL.js'
 * const id = (r: SSL.Row): string => r._uuid[1]
 */
export interface Row {
  /**
   * The row’s UUID.
   */
  readonly _uuid: rt.Uuid<'SSL'>
  /**
   * The row’s version, when the server sent it (`select` and monitors that ask for it).
   */
  readonly _version: rt.Uuid | undefined
  /**
   * `bootstrap_ca_cert`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly bootstrap_ca_cert: boolean
  /**
   * `ca_cert`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ca_cert: string
  /**
   * `certificate`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly certificate: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly external_ids: ReadonlyMap<string, string>
  /**
   * `private_key`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly private_key: string
  /**
   * `ssl_ciphers`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_ciphers: string
  /**
   * `ssl_ciphersuites`: string.
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_ciphersuites: string
  /**
   * `ssl_protocols`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_protocols: string
}

/**
 * The columns of a new `SSL` row; those left out get their default values.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as SSL from './SSL.js'
 * const row: SSL.Insert = { bootstrap_ca_cert: true }
 */
export interface Insert {
  /**
   * `bootstrap_ca_cert`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly bootstrap_ca_cert?: boolean
  /**
   * `ca_cert`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ca_cert?: string
  /**
   * `certificate`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly certificate?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `private_key`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly private_key?: string
  /**
   * `ssl_ciphers`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_ciphers?: string
  /**
   * `ssl_ciphersuites`: string.
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_ciphersuites?: string
  /**
   * `ssl_protocols`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_protocols?: string
}

/**
 * The columns an update of `SSL` may change: the mutable ones.
 *
 * @category model
 * @since 0.1.0
 * @example
 * import * as SSL from './SSL.js'
 * const change: SSL.Update = { bootstrap_ca_cert: true }
 */
export interface Update {
  /**
   * `bootstrap_ca_cert`: boolean.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"boolean"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly bootstrap_ca_cert?: boolean
  /**
   * `ca_cert`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ca_cert?: string
  /**
   * `certificate`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly certificate?: string
  /**
   * `external_ids`: map from strings to strings (any number of entries).
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly external_ids?: ReadonlyMap<string, string>
  /**
   * `private_key`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly private_key?: string
  /**
   * `ssl_ciphers`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_ciphers?: string
  /**
   * `ssl_ciphersuites`: string.
   *
   * Since schema OVN_Northbound 7.11.0.
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_ciphersuites?: string
  /**
   * `ssl_protocols`: string.
   *
   * Since schema OVN_Northbound 7.0.0 (or earlier: the oldest schema the model knows).
   *
   * OVSDB type: `{"key":{"type":"string"},"min":1,"max":1}`
   * @see {@link https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE | OVN_Northbound documentation, table SSL}
   */
  readonly ssl_protocols?: string
}

// -------------------------------------------------------------------------------------
// metadata
// -------------------------------------------------------------------------------------

/**
 * What the model knows about `SSL` and each of its columns: OVSDB type, kind, first
 * schema version, mutability, references, default value and a codec.
 *
 * @category metadata
 * @since 0.1.0
 * @example
 * import * as SSL from './SSL.js'
 * SSL.table.isRoot // false
 */
export const table: rt.TableModel<'SSL', keyof Insert> = {
  name: 'SSL',
  since: '7.0.0',
  isRoot: false,
  maxRows: 1,
  indexes: [],
  docUrl: 'https://man7.org/linux/man-pages/man5/ovn-nb.5.html#SSL_TABLE',
  columns: {
    bootstrap_ca_cert: rt.columnModel('bootstrap_ca_cert', {"key":{"type":"boolean"},"min":1,"max":1}, { since: '7.0.0' }),
    ca_cert: rt.columnModel('ca_cert', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    certificate: rt.columnModel('certificate', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    external_ids: rt.columnModel('external_ids', {"key":{"type":"string"},"value":{"type":"string"},"min":0,"max":"unlimited"}, { since: '7.0.0' }),
    private_key: rt.columnModel('private_key', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    ssl_ciphers: rt.columnModel('ssl_ciphers', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
    ssl_ciphersuites: rt.columnModel('ssl_ciphersuites', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.11.0' }),
    ssl_protocols: rt.columnModel('ssl_protocols', {"key":{"type":"string"},"min":1,"max":1}, { since: '7.0.0' }),
  },
}

// -------------------------------------------------------------------------------------
// decoders
// -------------------------------------------------------------------------------------

const d_bootstrap_ca_cert = (v: unknown): boolean | rt.Invalid => {
  if (v === undefined) return false
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'boolean' ? (v as boolean) : rt.INVALID
}

const d_ca_cert = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_certificate = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_external_ids = (v: unknown): ReadonlyMap<string, string> | rt.Invalid => {
  if (v === undefined) return new Map<string, string>()
  if (!rt.isMapForm(v)) return rt.INVALID
  const ps = v[1]
  const m = new Map<string, string>()
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]
    if (!rt.isPair(p)) return rt.INVALID
    const x = p[0]
    const y = p[1]
    if (!(typeof x === 'string') || !(typeof y === 'string')) return rt.INVALID
    m.set(x as string, y as string)
  }
  if (m.size !== ps.length) return rt.INVALID
  return m
}

const d_private_key = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_ssl_ciphers = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_ssl_ciphersuites = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const d_ssl_protocols = (v: unknown): string | rt.Invalid => {
  if (v === undefined) return ''
  if (rt.isSetForm(v)) {
    if (v[1].length !== 1) return rt.INVALID
    v = v[1][0]
  }
  return typeof v === 'string' ? (v as string) : rt.INVALID
}

const fast: rt.FastDecoder<Row> = (o, uuid) => {
  if (!rt.isUuid(uuid)) return rt.INVALID
  const _version = o['_version']
  if (_version !== undefined && !rt.isUuid(_version)) return rt.INVALID
  const v_bootstrap_ca_cert = d_bootstrap_ca_cert(o['bootstrap_ca_cert'])
  if (v_bootstrap_ca_cert === rt.INVALID) return rt.INVALID
  const v_ca_cert = d_ca_cert(o['ca_cert'])
  if (v_ca_cert === rt.INVALID) return rt.INVALID
  const v_certificate = d_certificate(o['certificate'])
  if (v_certificate === rt.INVALID) return rt.INVALID
  const v_external_ids = d_external_ids(o['external_ids'])
  if (v_external_ids === rt.INVALID) return rt.INVALID
  const v_private_key = d_private_key(o['private_key'])
  if (v_private_key === rt.INVALID) return rt.INVALID
  const v_ssl_ciphers = d_ssl_ciphers(o['ssl_ciphers'])
  if (v_ssl_ciphers === rt.INVALID) return rt.INVALID
  const v_ssl_ciphersuites = d_ssl_ciphersuites(o['ssl_ciphersuites'])
  if (v_ssl_ciphersuites === rt.INVALID) return rt.INVALID
  const v_ssl_protocols = d_ssl_protocols(o['ssl_protocols'])
  if (v_ssl_protocols === rt.INVALID) return rt.INVALID
  return {
    _uuid: uuid as rt.Uuid<'SSL'>,
    _version: _version as rt.Uuid | undefined,
    bootstrap_ca_cert: v_bootstrap_ca_cert,
    ca_cert: v_ca_cert,
    certificate: v_certificate,
    external_ids: v_external_ids,
    private_key: v_private_key,
    ssl_ciphers: v_ssl_ciphers,
    ssl_ciphersuites: v_ssl_ciphersuites,
    ssl_protocols: v_ssl_protocols,
  }
}

const encode = (r: Row): rt.WireRow => {
  const o: Record<string, rt.Value> = {
    _uuid: r._uuid,
    bootstrap_ca_cert: r.bootstrap_ca_cert,
    ca_cert: r.ca_cert,
    certificate: r.certificate,
    external_ids: rt.encodeMap(r.external_ids),
    private_key: r.private_key,
    ssl_ciphers: r.ssl_ciphers,
    ssl_ciphersuites: r.ssl_ciphersuites,
    ssl_protocols: r.ssl_protocols,
  }
  if (r._version !== undefined) o['_version'] = r._version
  return o
}

// -------------------------------------------------------------------------------------
// codecs
// -------------------------------------------------------------------------------------

/**
 * The io-ts codec of `SSL` rows: decodes a wire row (with `_uuid`, as `select`
 * returns it) into a {@link Row}, checking every OVSDB constraint, and encodes a row back.
 * `decodeWithUuid` decodes monitor rows, whose UUID is their key.
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as SSL from './SSL.js'
 * SSL.RowC.decodeWithUuid('550e8400-e29b-41d4-a716-446655440000', {}) // Right({ _uuid: ['uuid', '550e8400-e29b-41d4-a716-446655440000'], ... })
 */
export const RowC: rt.RowType<Row> = new rt.RowType<Row>(table, fast, encode)

/**
 * The io-ts codec of `SSL` inserts (wire row <-> {@link Insert}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as SSL from './SSL.js'
 * SSL.InsertC.encode({ bootstrap_ca_cert: true })
 */
export const InsertC: rt.PartialRowType<Insert> = rt.partialRowType<Insert>(table, 'insert')

/**
 * The io-ts codec of `SSL` updates (wire row <-> {@link Update}).
 *
 * @category codecs
 * @since 0.1.0
 * @example
 * import * as SSL from './SSL.js'
 * SSL.UpdateC.encode({ bootstrap_ca_cert: true })
 */
export const UpdateC: rt.PartialRowType<Update> = rt.partialRowType<Update>(table, 'update')
