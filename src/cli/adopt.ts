/**
 * `--adopt` and `--adopt-from OWNER,...` of `plan` and `apply`: which existing rows the
 * desired state may take over ({@link PlanOptions.adopt}).
 *
 * @module
 */
import * as E from '../deps/Either.js'
import type { PlanOptions } from '../plan/plan.js'

/**
 * The options `plan` and `apply` parse for adoption.
 *
 * @category arguments
 * @since 0.1.0
 * @example
 * import { adoptArgs } from './adopt.js'
 * adoptArgs['adopt-from'] // { type: 'string' }
 */
export const adoptArgs = { adopt: { type: 'boolean' }, 'adopt-from': { type: 'string' } } as const

/**
 * The usage lines of the adoption options.
 *
 * @category arguments
 * @since 0.1.0
 * @example
 * import { adoptUsage } from './adopt.js'
 * adoptUsage.includes('--adopt-from') // true
 */
export const adoptUsage = `  --adopt                 take over the existing rows the state describes that have no owner
                          (written by ovn-nbctl, a CMS...); DHCP_Options and DNS rows by content
  --adopt-from OWNER,...  take over those rows, and those of these owners too`

/**
 * The adoption the arguments ask for: `true` (`--adopt`), the owners of `--adopt-from`
 * (rows without an owner included), or none; a malformed list is one line.
 *
 * @category arguments
 * @since 0.1.0
 * @example
 * import { adoptOption } from './adopt.js'
 * adoptOption({ 'adopt-from': 'ctl-a,ctl-b' }) // Right(['ctl-a', 'ctl-b'])
 * adoptOption({ adopt: true }) // Right(true)
 */
export const adoptOption = (values: Readonly<Record<string, string | boolean | undefined>>): E.Either<string, PlanOptions['adopt']> => {
  const from = values['adopt-from']
  if (typeof from === 'string') {
    const owners = from.split(',').map((o) => o.trim())
    if (owners.some((o) => o === '')) return E.left(`--adopt-from takes a comma-separated list of owners (got "${from}")`)
    return E.right([...new Set(owners)].sort())
  }
  return E.right(values['adopt'] === true ? true : undefined)
}
