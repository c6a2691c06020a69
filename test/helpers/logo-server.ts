import { execFile } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** A client's https logo host, served on this machine so a browser test never leaves it. */
export interface LogoServer {
  /** The `logo_uri` to register: `https://<host>/logo.svg`. */
  logoUri: string;
  /**
   * Chromium flags that send `<host>:443` to this server and accept its certificate, and only its
   * certificate (the SPKI pin), for the test browser alone.
   */
  chromiumArgs: string[];
  close(): Promise<void>;
}

const LOGO = resolve('test/fixtures/logos/zone-deploy.svg');

/**
 * An HTTPS server on 127.0.0.1 that answers `GET /logo.svg` for `host` with the fixture logo
 * (anything else is 404). Its certificate is made at start by the openssl CLI (Node can verify
 * but not issue X.509; Debian's ca-certificates depends on openssl) and lives one day.
 */
export async function startLogoServer(host: string): Promise<LogoServer> {
  const [{ key, cert }, logo] = await Promise.all([selfSignedCertificate(host), readFile(LOGO)]);
  const server = createServer({ key, cert }, (req, res) => {
    if (req.method === 'GET' && req.url === '/logo.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }).end(logo);
    } else {
      res.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    logoUri: `https://${host}/logo.svg`,
    chromiumArgs: [`--host-resolver-rules=MAP ${host}:443 127.0.0.1:${port}`, `--ignore-certificate-errors-spki-list=${spkiHash(cert)}`],
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A P-256 key and a self-signed certificate naming `host` (CN and subjectAltName), both PEM. */
async function selfSignedCertificate(host: string): Promise<{ key: string; cert: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'consentry-logo-cert-'));
  try {
    const [keyPath, certPath] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    await promisify(execFile)('openssl', [
      'req', '-x509', '-nodes', '-days', '1',
      '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256',
      '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`,
      '-keyout', keyPath, '-out', certPath,
    ]);
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    return { key, cert };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** base64(SHA-256(SubjectPublicKeyInfo)), the form `--ignore-certificate-errors-spki-list` takes. */
function spkiHash(certPem: string): string {
  const spki = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}
