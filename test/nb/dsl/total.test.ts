import test from 'ava'
import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import * as _ from '../../../src/nb/dsl/index.js'

// Constructors are total: whatever an untyped caller passes (null, numbers, arrays,
// objects with anything in them), they answer with an Either and never throw.
const constructors: ReadonlyArray<readonly [string, (i: never) => E.Either<_.DslError, unknown>]> = [
  ['switchPort', _.switchPort],
  ['logicalSwitch', _.logicalSwitch],
  ['routerPort', _.routerPort],
  ['logicalRouter', _.logicalRouter],
  ['staticRoute', _.staticRoute],
  ['routerPolicy', _.routerPolicy],
  ['nat', _.nat],
  ['loadBalancer', _.loadBalancer],
  ['loadBalancerGroup', _.loadBalancerGroup],
  ['qos', _.qos],
  ['meter', _.meter],
  ['copp', _.copp],
  ['haChassisGroup', _.haChassisGroup],
  ['dns', _.dns],
  ['bfd', _.bfd],
  ['staticMacBinding', _.staticMacBinding],
  ['mirror', _.mirror],
  ['forwardingGroup', _.forwardingGroup],
  ['topology', _.topology],
]

test('every constructor answers any input with an Either, refusing non-objects', (t) => {
  for (const [name, f] of constructors) {
    fc.assert(
      fc.property(fc.anything(), (i) => {
        const r = f(i as never)
        return (E.isLeft(r) || E.isRight(r)) && (typeof i === 'object' && i !== null ? true : E.isLeft(r))
      }),
      { numRuns: 200 },
    )
    t.true(E.isLeft(f(null as never)), name)
  }
  fc.assert(
    fc.property(fc.anything(), fc.anything(), fc.anything(), (table, key, columns) => {
      const r = _.row(table as never, key as never, columns as never)
      return E.isLeft(r) || E.isRight(r)
    }),
    { numRuns: 300 },
  )
})
