/** Paths of the repository, from compiled tests (dist/test/codegen/*.js). */
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

export const root = fileURLToPath(new URL('../../../', import.meta.url))
export const schemasDir = join(root, 'schemas')
export const fixturesDir = join(root, 'test/codegen/fixtures')
export const goldenDir = join(root, 'test/codegen/golden')
export const DEBIAN_NB = '/usr/share/ovn/ovn-nb.ovsschema'
export const DEBIAN_SB = '/usr/share/ovn/ovn-sb.ovsschema'
export const DEBIAN_VSWITCH = '/usr/share/openvswitch/vswitch.ovsschema'
