/**
 * Side effects of the desired-state engine: apply (sync, plan, transact, retry, wait).
 *
 * @module apply
 */
export * from './apply.js'
