/**
 * Waiting, and telling whether a process still runs (internal to the testing helpers).
 *
 * @module
 */
import { readFileSync } from 'node:fs'

/** Resolves after `ms`. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/**
 * Whether a process runs. PID 1 in some sandboxes reaps orphans lazily: a dead daemon
 * can linger as a zombie, so this reads the process state rather than kill(pid, 0).
 */
export const alive = (pid: number): boolean => {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return s.charAt(s.lastIndexOf(')') + 2) !== 'Z'
  } catch {
    return false
  }
}
