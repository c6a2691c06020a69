import { once } from 'node:events';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate, spkiHash } from './tls-certificate.js';

/** Hosts served over https that stand in for the providers (and one look-alike of Microsoft's). */
export const PROVIDER_HOSTS = ['accounts.google.com', 'login.microsoftonline.com', 'microsoft.com', 'github.com', 'login.microsoftonline.com.secure-login.test'] as const;
/** Plain-http pages that link to or open the providers: a web mail and a blog. */
export const PAGE_HOSTS = ['mail.example.test', 'blog.example.test'] as const;

/** Loopback servers standing in for provider sign-in pages and the pages that send people there. */
export interface ProviderSites {
  /** Chromium flags: every host above to loopback (any other name fails to resolve), the certificate pinned. */
  readonly chromiumArgs: string[];
  /** A port on 127.0.0.1 nothing listens on: a "local program" that is not running. */
  readonly closedPort: number;
  close(): Promise<void>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

function send(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(html);
}

/**
 * What each stand-in answers, like the real sites in the ways the extension can see: Google's
 * authorization endpoint redirects to its sign-in page; Microsoft's shows a sign-in form whose
 * submission sends the code to the request's redirect_uri; GitHub shows its authorize page; the
 * device pages show a code form. The mail page links to Microsoft's device page; the blog opens
 * the Azure CLI's sign-in in a new window.
 */
function route(closedPort: number) {
  const azureCli = new URL('https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize');
  azureCli.search = new URLSearchParams({
    client_id: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
    response_type: 'code',
    redirect_uri: `http://localhost:${closedPort}`,
    scope: 'https://management.core.windows.net//.default offline_access openid profile',
    state: 'consentfix-state-value',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
  }).toString();
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    const host = url.hostname;
    const path = url.pathname;
    if (host === 'accounts.google.com' && path === '/o/oauth2/v2/auth') return send(res, 302, '', { location: `/v3/signin/identifier?continue=${encodeURIComponent(url.href)}` });
    if (host === 'accounts.google.com' && path === '/v3/signin/identifier') return send(res, 200, page('Sign in - Google Accounts', '<form><input name="identifier" aria-label="Email"></form>'));
    if (host.startsWith('login.microsoftonline.com') && /\/oauth2\/v2\.0\/authorize$/.test(path)) {
      const form = `<form method="post" action="/common/login?${url.searchParams}"><input name="login" aria-label="Email"><button type="submit">Next</button></form>`;
      return send(res, 200, page('Sign in to your account', form));
    }
    if (host === 'login.microsoftonline.com' && path === '/common/login' && req.method === 'POST') {
      const redirect = new URL(url.searchParams.get('redirect_uri')!);
      redirect.search = new URLSearchParams({ code: 'e2e-authorization-code-value', state: url.searchParams.get('state') ?? '' }).toString();
      req.resume();
      return send(res, 302, '', { location: redirect.href });
    }
    if ((host === 'microsoft.com' && path === '/devicelogin') || (host === 'github.com' && path === '/login/device')) {
      return send(res, 200, page('Enter code', '<form><input name="otc" aria-label="Code"><button type="submit">Next</button></form>'));
    }
    if (host === 'github.com' && path === '/login/oauth/authorize') return send(res, 200, page('Authorize application', '<button type="button">Authorize</button>'));
    if (host === 'mail.example.test') {
      return send(res, 200, page('Inbox', '<p>IT support: your mailbox needs re-validation.</p><a id="lure" href="https://microsoft.com/devicelogin">Enter the code K8ZJ2QWE here</a>'));
    }
    if (host === 'blog.example.test') {
      return send(res, 200, page('How to fix your Azure access', `<button id="lure" type="button" data-href="${azureCli.href.replaceAll('&', '&amp;')}" onclick="window.open(this.dataset.href, '_blank', 'popup')">Sign in with Azure</button>`));
    }
    if (path === '/favicon.ico') return send(res, 404, '');
    return send(res, 404, page('Not found', ''));
  };
}

/**
 * Starts the stand-ins: one https server for {@link PROVIDER_HOSTS} (one self-signed certificate
 * naming them all, pinned for the test browser alone) and one http server for {@link PAGE_HOSTS}.
 */
export async function startProviderSites(): Promise<ProviderSites> {
  const closed = createHttpServer();
  closed.listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const closedPort = (closed.address() as AddressInfo).port;
  closed.close();
  await once(closed, 'close');

  const { key, cert } = await selfSignedCertificate(PROVIDER_HOSTS);
  const handler = route(closedPort);
  const https = createHttpsServer({ key, cert }, handler);
  const http = createHttpServer(handler);
  https.listen(0, '127.0.0.1');
  http.listen(0, '127.0.0.1');
  await Promise.all([once(https, 'listening'), once(http, 'listening')]);
  const [httpsPort, httpPort] = [https, http].map((s) => (s.address() as AddressInfo).port);
  const rules = [
    ...PROVIDER_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${httpsPort}`),
    ...PAGE_HOSTS.map((h) => `MAP ${h}:80 127.0.0.1:${httpPort}`),
    // Nothing else resolves, so no test leaves the machine; localhost stays the loopback.
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
  ];
  return {
    chromiumArgs: [`--host-resolver-rules=${rules.join(', ')}`, `--ignore-certificate-errors-spki-list=${spkiHash(cert)}`],
    closedPort,
    async close() {
      for (const s of [https, http]) {
        s.closeAllConnections();
        s.close();
      }
      await Promise.all([once(https, 'close'), once(http, 'close')]);
    },
  };
}
