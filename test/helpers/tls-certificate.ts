import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A P-256 key and a self-signed certificate naming `hosts` (the first as CN, all as
 * subjectAltName), both PEM, made by the openssl CLI (Node can verify but not issue X.509;
 * Debian's ca-certificates depends on openssl). It lives one day.
 */
export async function selfSignedCertificate(hosts: readonly string[]): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'consentry-cert-'));
  try {
    const [keyPath, certPath] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    await promisify(execFile)('openssl', [
      'req', '-x509', '-nodes', '-days', '1',
      '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
      '-subj', `/CN=${hosts[0]}`, '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
      '-keyout', keyPath, '-out', certPath,
    ]);
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    return { key, cert };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** base64(SHA-256(SubjectPublicKeyInfo)), the form Chromium's `--ignore-certificate-errors-spki-list` takes. */
export function spkiHash(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
