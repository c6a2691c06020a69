import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredClient } from '../../../../service/storage/stores/clients-store.js';
import { authzParams, getAuthorize, readRedirect, registerClient } from '../../../helpers/oauth-flow.js';
import { useAuthorizeFixture } from './authorize-fixture.js';

// docs/security.md#redirect-uris-r: the redirect URI is compared as a plain string; any mismatch is an error page
// (400 HTML, no Location, no code), never a redirect to the supplied URI.
describe('GET /oauth2/auth', () => {
  const fx = useAuthorizeFixture();
  let web: StoredClient;
  let tenant: StoredClient;
  let twoUris: StoredClient;
  let native: StoredClient;

  beforeAll(async () => {
    const deps = fx.app.deps;
    // Approve `openid` once for every client, so a matching request answers with a code at once.
    web = await registerClient(deps, { account_id: fx.account.id });
    tenant = await registerClient(deps, { account_id: fx.account.id, redirect_uris: ['https://app.example.com/cb?tenant=1'] });
    twoUris = await registerClient(deps, {
      account_id: fx.account.id,
      redirect_uris: ['https://app.example.com/cb', 'https://app.example.com/other'],
    });
    native = await registerClient(deps, {
      account_id: fx.account.id,
      token_endpoint_auth_method: 'none',
      redirect_uris: ['http://127.0.0.1/cb', 'http://localhost/cb'],
    });
    for (const c of [web, tenant, twoUris, native]) {
      await deps.stores.grants.upsertConsent({ newId: `g-${c.client_id}`, userId: fx.user.id, clientId: c.client_id, scopes: ['openid'], accountIds: [], now: deps.clock.now() });
    }
  });

  async function expectErrorPage(client: StoredClient, redirectUri: string | undefined) {
    const res = await getAuthorize(fx.app, fx.session, authzParams(client, { redirect_uri: redirectUri }));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('invalid_request');
    expect(html).not.toContain('code=');
    return html;
  }

  describe('redirect_uri not registered', () => {
    it.each([
      ['R1 unregistered path', 'https://app.example.com/cb/rand0m'],
      ['R2 trailing slash', 'https://app.example.com/cb/'],
      ['R3 upper-case host', 'https://APP.example.com/cb'],
      ['R3 upper-case path', 'https://app.example.com/CB'],
      ['R4 explicit default port', 'https://app.example.com:443/cb'],
      ['R4 other port', 'https://app.example.com:8443/cb'],
      ['R5 userinfo before the host', 'https://app.example.com@evil.example/cb'],
      ['R5 attacker userinfo', 'https://evil.example@app.example.com/cb'],
      ['R6 fragment', 'https://app.example.com/cb#x'],
      ['R8 query added', 'https://app.example.com/cb?x=1'],
      ['R9 suffix confusion', 'https://app.example.com.evil.example/cb'],
      ['R9 subdomain', 'https://evil.app.example.com/cb'],
      ['R10 scheme downgrade', 'http://app.example.com/cb'],
    ])('shows an error page for %s', async (_name, uri) => {
      const html = await expectErrorPage(web, uri);
      expect(html).toContain('redirect_uri is not registered for this app');
    });

    it('R8 shows an error page when the registered query is changed', async () => {
      await expectErrorPage(tenant, 'https://app.example.com/cb?tenant=2');
    });

    it('R11 shows an error page when redirect_uri is omitted and two are registered', async () => {
      const html = await expectErrorPage(twoUris, undefined);
      expect(html).toContain('redirect_uri is required because the app registered several');
    });

    it.each([
      ['another path', 'http://127.0.0.1:51004/other'],
      ['another loopback address', 'http://127.0.0.2:51004/cb'],
      ['[::1] when only 127.0.0.1 is registered', 'http://[::1]:61023/cb'],
      ['https on a registered http loopback address', 'https://127.0.0.1:51004/cb'],
    ])('R12 shows an error page for a native client and %s', async (_name, uri) => {
      await expectErrorPage(native, uri);
    });

    it('R12 never applies the loopback port rule to a confidential client', async () => {
      const confidentialLoopback = await registerClient(fx.app.deps, {
        account_id: fx.account.id,
        redirect_uris: ['http://127.0.0.1/cb'],
      });
      await expectErrorPage(confidentialLoopback, 'http://127.0.0.1:51004/cb');
    });
  });

  describe('redirect_uri registered', () => {
    it('R8 keeps the registered query and appends the code to it', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(tenant));
      expect(res.status).toBe(303);
      const location = res.headers.get('location')!;
      expect(location).toMatch(/^https:\/\/app\.example\.com\/cb\?tenant=1&code=[A-Za-z0-9_-]{43}&state=xyz&iss=/);
      expect(readRedirect(location).iss).toBe(fx.iss);
    });

    it('uses the only registered redirect URI when redirect_uri is omitted', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(web, { redirect_uri: undefined }));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toMatch(/^https:\/\/app\.example\.com\/cb\?code=/);
    });

    it('R12 accepts any port on a registered loopback redirect of a native client', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(native, { redirect_uri: 'http://127.0.0.1:51004/cb' }));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:51004\/cb\?code=/);
    });

    it('R12 accepts [::1] with any port when [::1] is registered', async () => {
      const v6 = await registerClient(fx.app.deps, { account_id: fx.account.id, token_endpoint_auth_method: 'none', redirect_uris: ['http://[::1]/cb'] });
      await fx.app.deps.stores.grants.upsertConsent({ newId: `g-${v6.client_id}`, userId: fx.user.id, clientId: v6.client_id, scopes: ['openid'], accountIds: [], now: fx.app.deps.clock.now() });
      const res = await getAuthorize(fx.app, fx.session, authzParams(v6, { redirect_uri: 'http://[::1]:61023/cb' }));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toMatch(/^http:\/\/\[::1\]:61023\/cb\?code=/);
    });

    it('R12 accepts localhost with any port only because localhost is registered', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(native, { redirect_uri: 'http://localhost:51004/cb' }));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toMatch(/^http:\/\/localhost:51004\/cb\?code=/);
    });
  });
});
