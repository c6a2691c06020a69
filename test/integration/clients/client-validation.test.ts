import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startClientsWorld, webClient, type ClientsWorld } from './clients-fixture.js';

let w: ClientsWorld;
beforeAll(async () => {
  w = await startClientsWorld();
});
afterAll(() => w.app.close());

const post = (body: unknown) => api(w.developer, 'POST', w.base, body);

describe('POST /api/v1/accounts/:account/oauth_clients with bad input', () => {
  const badRedirects: Array<[string, string]> = [
    ['javascript:alert(1)', 'redirect URI must not use the javascript scheme'],
    ['data:text/html,<script>alert(1)</script>', 'redirect URI must not use the data scheme'],
    ['https://app.example.com/c b', 'redirect URI contains whitespace, a control or a non-ASCII character'],
    ['https://app.example.com/cb#x', 'redirect URI must not contain a fragment'],
    ['https://app.example.com@evil.example/cb', 'redirect URI must not contain userinfo'],
    ['https://*.example.com/cb', 'redirect URI must not contain a wildcard'],
    ['http://app.example.com/cb', 'redirect URI must use https (http is allowed only on 127.0.0.1, [::1] or localhost)'],
    ['http://127.0.0.1/cb', 'redirect URI with http on a loopback host is only allowed for public (native) clients'],
    ['myapp:/cb', 'redirect URI scheme myapp is not allowed; private-use schemes must contain a period'],
  ];
  for (const [uri, description] of badRedirects) {
    it(`refuses the redirect URI ${uri} with invalid_redirect_uri`, async () => {
      const res = await post({ ...webClient, redirect_uris: [uri] });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'invalid_redirect_uri', error_description: description, field: 'redirect_uris' });
    });
  }

  const badMetadata: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['an unknown scope, naming it', { scopes: ['zone.read', 'zone.destroy'] },
      { error: 'invalid_client_metadata', error_description: "unknown scope 'zone.destroy' in scopes", field: 'scopes' }],
    ['an unknown optional scope, naming it', { optional_scopes: ['nope.read'] },
      { error: 'invalid_client_metadata', error_description: "unknown scope 'nope.read' in optional_scopes", field: 'optional_scopes' }],
    ['a scope both required and optional', { optional_scopes: ['zone.read'] },
      { error: 'invalid_client_metadata', error_description: "scope 'zone.read' cannot be both required and optional", field: 'optional_scopes' }],
    ['offline_access without the refresh_token grant', { scopes: ['offline_access'], grant_types: ['authorization_code'] },
      { error: 'invalid_client_metadata', error_description: "scope 'offline_access' needs the refresh_token grant type", field: 'grant_types' }],
    ['a client_name with a bidi control', { client_name: 'Goo\u202Eelg' },
      { error: 'invalid_client_metadata', error_description: 'client_name: must not contain bidirectional control characters (U+202A-202E, U+2066-2069, U+200E, U+200F)', field: 'client_name' }],
    ['K9 the reserved name Consentry', { client_name: 'Con Sentry' },
      { error: 'invalid_client_metadata', error_description: "client_name 'Con Sentry' is reserved", field: 'client_name' }],
    ['the reserved name ADMIN', { client_name: 'ADMIN' },
      { error: 'invalid_client_metadata', error_description: "client_name 'ADMIN' is reserved", field: 'client_name' }],
    ['an unknown body key, naming it', { client_id: 'chosen-by-me' },
      { error: 'invalid_client_metadata', error_description: "unknown field 'client_id'", field: 'client_id' }],
    ['an array where a string belongs', { client_name: ['a'] },
      { error: 'invalid_client_metadata', error_description: 'client_name: Invalid input: expected string, received array', field: 'client_name' }],
    ['an object where a string belongs', { client_uri: { href: 'https://x.example' } },
      { error: 'invalid_client_metadata', error_description: 'client_uri: client_uri must be an absolute https URL', field: 'client_uri' }],
    ['a NUL in a field', { client_name: 'Acme\u0000Deploy' },
      { error: 'invalid_client_metadata', error_description: 'client_name must not contain control characters', field: 'client_name' }],
    ['a NUL in a redirect URI', { redirect_uris: ['https://app.example.com/cb\u0000'] },
      { error: 'invalid_redirect_uri', error_description: 'redirect_uris must not contain control characters', field: 'redirect_uris' }],
    ['an http logo', { logo_uri: 'http://cdn.example/logo.png' },
      { error: 'invalid_client_metadata', error_description: 'logo_uri: logo_uri must be an absolute https URL', field: 'logo_uri' }],
    ['no redirect URI', { redirect_uris: [] },
      { error: 'invalid_redirect_uri', error_description: 'redirect_uris: Too small: expected array to have >=1 items', field: 'redirect_uris' }],
  ];
  for (const [what, patch, expected] of badMetadata) {
    it(`refuses ${what} with 400`, async () => {
      const res = await post({ ...webClient, ...patch });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(expected);
    });
  }

  it('refuses a body that is not a JSON object', async () => {
    const res = await post([webClient]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_request', error_description: 'request body must be a JSON object' });
  });

  it('refuses JSON sent with another content type (415)', async () => {
    const res = await fetch(w.base, {
      method: 'POST',
      headers: { authorization: `Bearer ${w.developer.token}`, 'content-type': 'text/plain' },
      body: JSON.stringify(webClient),
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'unsupported_media_type', error_description: 'send the body as application/json' });
  });

  it('refuses a 100 KB body (413)', async () => {
    const res = await post({ ...webClient, client_name: 'x'.repeat(100 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'payload_too_large', error_description: 'request body is too large' });
  });

  it('registers nothing for any of the refused bodies', async () => {
    expect(await w.app.deps.stores.clients.forAccount(w.accountId)).toEqual([]);
  });
});

describe('PATCH /api/v1/accounts/:account/oauth_clients/:client_id with bad input', () => {
  it('refuses an unknown key, a bad redirect URI and an unknown scope, leaving the client unchanged', async () => {
    const created = await (await post(webClient)).json();
    const url = `${w.base}/${created.client_id}`;
    const rows: Array<[unknown, Record<string, string>]> = [
      [{ redirect_uris: ['javascript:alert(1)'] }, { error: 'invalid_redirect_uri', error_description: 'redirect URI must not use the javascript scheme', field: 'redirect_uris' }],
      [{ scopes: ['root.everything'] }, { error: 'invalid_client_metadata', error_description: "unknown scope 'root.everything' in scopes", field: 'scopes' }],
      [{ client_name: 'system' }, { error: 'invalid_client_metadata', error_description: "client_name 'system' is reserved", field: 'client_name' }],
    ];
    for (const [body, expected] of rows) {
      const res = await api(w.developer, 'PATCH', url, body);
      expect([res.status, await res.json()]).toEqual([400, expected]);
    }
    const { client_secret: _s, ...unchanged } = created;
    expect(await (await api(w.developer, 'GET', url)).json()).toEqual(unchanged);
  });
});
