import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser.js';
import { createAccountWithMember, createUser } from '../helpers/fixtures.js';
import { registerClient } from '../helpers/oauth-flow.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const PASSWORD = 'correct horse battery staple';
const insecure = { [oauth.allowInsecureRequests]: true } as const;

let app: TestApp;
let browser: Browser;
let callback: { server: Server; port: number; next: () => Promise<URL> };

/** A tiny loopback "native app": the first request to /cb is the authorization response. */
async function startLoopbackReceiver() {
  let deliver: (url: URL) => void = () => {};
  const server = createServer((req, res) => {
    deliver(new URL(req.url!, `http://127.0.0.1:${(server.address() as AddressInfo).port}`));
    res.writeHead(200, { 'content-type': 'text/plain' }).end('You can close this window.');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    server,
    port: (server.address() as AddressInfo).port,
    next: () => new Promise<URL>((resolve) => (deliver = resolve)),
  };
}

beforeAll(async () => {
  [app, browser, callback] = await Promise.all([startTestApp(), launchBrowser(), startLoopbackReceiver()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  callback?.server.close();
});

describe('consent in Chromium', () => {
  it('signs in, shows the consent page, approves without the optional scope, and the app gets exactly the approved scopes', async () => {
    const deps = app.deps;
    const user = await createUser(deps, { email: 'ada@example.test', password: PASSWORD, name: 'Ada' });
    const account = await createAccountWithMember(deps, { userId: user.id, role: 'admin', name: 'Ada Corp' });
    // A public native app registered with http://127.0.0.1/cb: any port works (RFC 8252 §7.3).
    const client = await registerClient(deps, {
      account_id: account.id,
      client_name: 'Zone Desktop',
      client_uri: 'https://zone-desktop.example.com',
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/cb'],
      scopes: ['openid', 'zone.read'],
      optional_scopes: ['email'],
    });
    const redirectUri = `http://127.0.0.1:${callback.port}/cb`;

    const issuer = new URL(app.url);
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }));
    const oauthClient: oauth.Client = { client_id: client.client_id };
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const authorizationUrl = new URL(as.authorization_endpoint!);
    authorizationUrl.search = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: redirectUri,
      scope: 'openid zone.read email',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString();

    const page = await browser.newPage();
    await page.goto(authorizationUrl.href);
    // Login first (RFC 9700 §4.11.2): the app is not contacted before the user signs in.
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.type('input[name=email]', 'ada@example.test');
    await page.type('input[name=password]', PASSWORD);
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]')]);

    expect(new URL(page.url()).pathname).toBe('/oauth2/auth');
    expect(await page.$eval('.app-name', (el) => el.textContent)).toBe('Zone Desktop');
    expect(await page.$eval('[data-shield]', (el) => el.getAttribute('data-shield'))).toBe('unverified');
    expect(await page.$eval('input[name=optional_scope][value=email]', (el) => (el as HTMLInputElement).checked)).toBe(true);
    await screenshot(page, 'consent');

    await page.click('input[name=optional_scope][value=email]');
    const received = callback.next();
    await page.click('button[name=action][value=approve]');
    const location = await received;

    expect(location.searchParams.get('iss')).toBe(app.url);
    const params = oauth.validateAuthResponse(as, oauthClient, location, state);
    const response = await oauth.authorizationCodeGrantRequest(as, oauthClient, oauth.None(), params, redirectUri, verifier, insecure);
    const tokens = await oauth.processAuthorizationCodeResponse(as, oauthClient, response);
    expect(tokens.scope).toBe('openid zone.read');
  });

  it('sends a signed-out user who already granted the scopes straight back to the app after signing in', async () => {
    // Same user and app as above (the grant holds openid zone.read). CSP form-action applies to
    // the redirects after the login POST, so the login page must allow the app's redirect origin.
    const client = (await app.deps.stores.clients.forAccount((await app.deps.stores.accounts.forUser((await app.deps.stores.users.byEmail('ada@example.test'))!.id))[0]!.id))[0]!;
    const redirectUri = `http://127.0.0.1:${callback.port}/cb`;
    const verifier = oauth.generateRandomCodeVerifier();
    const url = new URL('/oauth2/auth', app.url);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: redirectUri,
      scope: 'openid zone.read',
      state: 'again',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString();

    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(url.href);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.type('input[name=email]', 'ada@example.test');
    await page.type('input[name=password]', PASSWORD);
    const received = callback.next();
    await page.click('main form button[type=submit]');
    const location = await received;
    expect(location.searchParams.get('state')).toBe('again');
    expect(location.searchParams.get('iss')).toBe(app.url);
    expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await context.close();
  });
});
