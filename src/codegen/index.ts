/**
 * `ovn-nb/codegen`: the code generator behind `ovn-nb gen`: `.ovsschema` in, a typed TypeScript model out (row, insert and
 * update types, io-ts codecs, metadata), for any OVSDB schema; and the runtime the
 * generated modules stand on, as the `codegenRuntime` namespace.
 *
 * @module ovn-nb/codegen
 */
export * from './ir.js'
export * from './print.js'
export * from './generate.js'
export {
  columnModel,
  modelSchema,
  RowType,
  type ColumnCodec,
  type ColumnModel,
  type ColumnOptions,
  type ColumnRef,
  type DatabaseModel,
  type PartialRowType,
  type Ref,
  type StrongReference,
  type TableModel,
  type WeakReference,
  type WireRow,
} from './runtime.js'
export * as codegenRuntime from './runtime.js'
