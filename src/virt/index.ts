/**
 * `ovn-nb/virt`: VM networks for virtualization-aware controllers (KubeVirt on OVN): a
 * VM's port and DHCP options as one value with a stable MAC, addresses and gateway, and
 * live migration as pure functions of it.
 *
 * @module ovn-nb/virt
 */
export * from './vm.js'
export * from './gateway.js'
export * from './binding.js'
export * from './status.js'
export * from './gc.js'
