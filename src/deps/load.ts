/**
 * `require` for ovn-nb's CommonJS dependencies (scripts/deps.ts says why src/ does not
 * `import` them).
 *
 * Written without Node's type declarations: the generated model and its runtime load
 * io-ts through here, and they type-check in a project that has no `@types/node`
 * (test/codegen/schemas.test.ts). `process.getBuiltinModule` is in every Node ovn-nb
 * supports (20.16 and later).
 *
 * @internal
 * @module
 */

interface NodeModule {
  createRequire(from: string): (id: string) => unknown
}
const node = globalThis as unknown as {
  readonly process: { getBuiltinModule(id: 'node:module'): NodeModule }
}

/** Node's `require`, resolving from this file as an `import` would. @internal */
export const load: (id: string) => unknown = node.process
  .getBuiltinModule('node:module')
  .createRequire((import.meta as unknown as { readonly url: string }).url)
