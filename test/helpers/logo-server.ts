import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { selfSignedCertificate, spkiHash } from './tls-certificate.js';

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
 * (anything else is 404), with a self-signed certificate made at start.
 */
export async function startLogoServer(host: string): Promise<LogoServer> {
  const [{ key, cert }, logo] = await Promise.all([selfSignedCertificate([host]), readFile(LOGO)]);
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
