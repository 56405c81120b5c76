/**
 * `ovn-nb/apply`: the side effects of the desired-state engine — apply (sync, plan,
 * transact, retry, wait), the owner-scoped sweep alone (gc), and the database's status —
 * with every type they take and give. The root entry point re-exports the calls and
 * their options, results and errors.
 *
 * @module ovn-nb/apply
 */
export * from './apply.js'
export type { DroppedReference } from './dropped.js'
export * from './gc.js'
export * from './status.js'
