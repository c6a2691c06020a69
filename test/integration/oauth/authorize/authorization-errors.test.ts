import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredClient } from '../../../../service/storage/stores/clients-store.js';
import { PKCE, authzParams, getAuthorize, readRedirect, registerClient } from '../../../helpers/oauth-flow.js';
import { useAuthorizeFixture } from './authorize-fixture.js';

describe('GET /oauth2/auth', () => {
  const fx = useAuthorizeFixture();
  let client: StoredClient;

  beforeAll(async () => {
    client = await registerClient(fx.app.deps, {
      account_id: fx.account.id,
      scopes: ['openid', 'zone.read', 'dns.read'],
      optional_scopes: ['email'],
    });
  });

  /** docs/security.md#fixtures "redirect error E": 303 to the registered URI with error, state and iss (S2: iss on every error response). */
  async function expectRedirectError(res: Response, error: string, state: string | null = 'xyz') {
    expect(res.status).toBe(303);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const r = readRedirect(res.headers.get('location')!);
    expect(`${r.location.origin}${r.location.pathname}`).toBe('https://app.example.com/cb');
    expect(r.error).toBe(error);
    expect(r.state).toBe(state);
    expect(r.iss).toBe(fx.iss);
    expect(r.code).toBeNull();
    return r;
  }

  describe('before the redirect URI is trusted', () => {
    it('O1 shows an error page for an unknown client, even with an attacker redirect_uri', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { client_id: 'nope', redirect_uri: 'https://evil.example/' }));
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('unknown client_id');
    });

    it('O1 shows an error page for an unknown client to a visitor who is not signed in', async () => {
      const res = await getAuthorize(fx.app, undefined, authzParams(client, { client_id: 'nope', redirect_uri: 'https://evil.example/' }));
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    });

    it('N1 shows an error page when client_id is repeated', async () => {
      const pairs = Object.entries(authzParams(client));
      const res = await getAuthorize(fx.app, fx.session, [...pairs, ['client_id', 'other']]);
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('parameter client_id is included more than once');
    });

    it('N1 shows an error page when redirect_uri is repeated', async () => {
      const pairs = Object.entries(authzParams(client));
      const res = await getAuthorize(fx.app, fx.session, [...pairs, ['redirect_uri', 'https://evil.example/cb']]);
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
    });

    it('shows an error page when client_id is missing', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { client_id: undefined }));
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('client_id is required');
    });
  });

  describe('a visitor who is not signed in', () => {
    it('O2 is sent to the login page first, even when the request carries a bad scope', async () => {
      const params = authzParams(client, { scope: 'doesnotexist' });
      const res = await getAuthorize(fx.app, undefined, params);
      expect(res.status).toBe(303);
      const location = new URL(res.headers.get('location')!, fx.app.url);
      expect(location.pathname).toBe('/login');
      expect(location.searchParams.get('return_to')).toBe(`/oauth2/auth?${new URLSearchParams(params)}`);
    });

    it('O2 after signing in, the same request ends in the error redirect', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { scope: 'doesnotexist' }));
      await expectRedirectError(res, 'invalid_scope');
    });
  });

  describe('response_type', () => {
    it('S4 refuses response_type=token with unsupported_response_type', async () => {
      await expectRedirectError(await getAuthorize(fx.app, fx.session, authzParams(client, { response_type: 'token' })), 'unsupported_response_type');
    });

    it('refuses a missing response_type with invalid_request', async () => {
      await expectRedirectError(await getAuthorize(fx.app, fx.session, authzParams(client, { response_type: undefined })), 'invalid_request');
    });
  });

  describe('PKCE', () => {
    it('P1 requires a code_challenge', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { code_challenge: undefined, code_challenge_method: undefined }));
      await expectRedirectError(res, 'invalid_request');
    });

    it('P2 refuses the plain method', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { code_challenge: PKCE.verifier, code_challenge_method: 'plain' }));
      const r = await expectRedirectError(res, 'invalid_request');
      expect(r.location.searchParams.get('error_description')).toBe('code_challenge_method must be S256');
    });

    it('P3 refuses an omitted method (RFC 7636 would default to plain)', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { code_challenge_method: undefined }));
      const r = await expectRedirectError(res, 'invalid_request');
      expect(r.location.searchParams.get('error_description')).toBe('code_challenge_method must be provided and be S256');
    });

    it.each([
      ['42 characters', 'a'.repeat(42)],
      ['129 characters', 'a'.repeat(129)],
      ['a +', `${'a'.repeat(42)}+`],
      ['a /', `${'a'.repeat(42)}/`],
      ['a =', `${'a'.repeat(42)}=`],
      ['a space', `${'a'.repeat(42)} `],
      ['non-ASCII letters', 'é'.repeat(43)],
    ])('P4 refuses a malformed challenge: %s', async (_name, challenge) => {
      await expectRedirectError(await getAuthorize(fx.app, fx.session, authzParams(client, { code_challenge: challenge })), 'invalid_request');
    });
  });

  describe('scope', () => {
    it.each([
      ['an unknown scope', 'openid doesnotexist'],
      ['a catalog scope the app did not register', 'openid dns.write'],
      ['N5 a non-ASCII scope', 'réad'],
      ['N5 a zero-width space inside a scope', 'zone.read\u200Badmin'],
      ['a double space', 'openid  zone.read'],
    ])('refuses %s with invalid_scope', async (_name, scope) => {
      await expectRedirectError(await getAuthorize(fx.app, fx.session, authzParams(client, { scope })), 'invalid_scope');
    });

    it('N1 refuses a repeated scope parameter with invalid_request', async () => {
      const res = await getAuthorize(fx.app, fx.session, [...Object.entries(authzParams(client)), ['scope', 'openid']]);
      await expectRedirectError(res, 'invalid_request');
    });

    it('S5 accepts scopes in any order and ignores unknown parameters', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { scope: 'zone.read openid', extra: 'foobar' }));
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('name="request"');
      expect(html).toContain('Read zones');
    });

    it('N6 refuses a 100 KB scope without reaching a 500', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { scope: 'a'.repeat(100_000) }));
      if (res.status === 303) await expectRedirectError(res, 'invalid_request');
      else expect([414, 431]).toContain(res.status);
    });
  });

  describe('state', () => {
    it('S1 echoes a 2,000-character state byte for byte', async () => {
      const state = Array.from({ length: 2000 }, (_, i) => 'Az09-._~%'[i % 9]).join('');
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { state, response_type: 'token' }));
      const r = await expectRedirectError(res, 'unsupported_response_type', state);
      expect(r.state).toBe(state);
    });

    it('S1 sends no state when none was given', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { state: undefined, response_type: 'token' }));
      const r = await expectRedirectError(res, 'unsupported_response_type', null);
      expect(r.location.search).not.toContain('state=');
    });

    it('S1/N6 refuses a state over 4,096 characters with invalid_request and does not echo it', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { state: 's'.repeat(5000) }));
      await expectRedirectError(res, 'invalid_request', null);
    });

    it('N6 refuses a 20 KB state (431 from the HTTP parser, or invalid_request)', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { state: 's'.repeat(20_000) }));
      if (res.status === 303) await expectRedirectError(res, 'invalid_request', null);
      else expect([414, 431]).toContain(res.status);
    });

    it('N3 treats an empty state as absent', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { state: '', response_type: 'token' }));
      await expectRedirectError(res, 'unsupported_response_type', null);
    });
  });

  describe('response headers', () => {
    it('N10 sends no CORS headers, not even to a preflight', async () => {
      const preflight = await fetch(`${fx.app.url}/oauth2/auth`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const res = await getAuthorize(fx.app, fx.session, authzParams(client), { origin: 'https://evil.example' });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('K3 forbids framing and caching of the consent page', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('no-store');
      // Chromium applies form-action to the 303 after the consent POST: the app's origin, nothing more.
      expect(res.headers.get('content-security-policy')).toContain("form-action 'self' https://app.example.com;");
    });

    it('K3 forbids framing of the error page', async () => {
      const res = await getAuthorize(fx.app, fx.session, authzParams(client, { client_id: 'nope' }));
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    });
  });
});
