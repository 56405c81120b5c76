/** Test certificates made with openssl: a CA, a server and a client certificate. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Pki {
  readonly dir: string
  readonly caCert: string
  readonly serverKey: string
  readonly serverCert: string
  readonly clientKey: string
  readonly clientCert: string
  /** Another CA that signed nothing here. */
  readonly otherCaCert: string
  readonly read: (file: string) => Buffer
}

const openssl = (cwd: string, ...args: string[]): void => {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`)
}

const ca = (dir: string, name: string): void =>
  openssl(dir, 'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', `/CN=${name}`)

const signed = (dir: string, name: string, by: string): void => {
  openssl(dir, 'req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}-key.pem`, '-out', `${name}.csr`, '-subj', `/CN=${name}`)
  openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', `${by}.pem`, '-CAkey', `${by}.key`, '-CAcreateserial', '-out', `${name}-cert.pem`, '-days', '2')
}

export const makePki = (): Pki => {
  const dir = mkdtempSync(join(tmpdir(), 'ovn-nb-pki-'))
  ca(dir, 'ca')
  ca(dir, 'otherca')
  signed(dir, 'server', 'ca')
  signed(dir, 'client', 'ca')
  return {
    dir,
    caCert: join(dir, 'ca.pem'),
    serverKey: join(dir, 'server-key.pem'),
    serverCert: join(dir, 'server-cert.pem'),
    clientKey: join(dir, 'client-key.pem'),
    clientCert: join(dir, 'client-cert.pem'),
    otherCaCert: join(dir, 'otherca.pem'),
    read: (f) => readFileSync(f),
  }
}
