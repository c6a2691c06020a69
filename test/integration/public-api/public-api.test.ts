import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PKCE } from '../../helpers/oauth-flow.js';
import { startDnsmasq, type Dnsmasq } from '../../helpers/dnsmasq.js';
import { createAccountWithMember } from '../../helpers/fixtures.js';
import { api, appClient, startDomainsWorld, type DomainsWorld } from '../domains-api/domains-fixture.js';

let dns: Dnsmasq;
let w: DomainsWorld;
let pub: Record<string, any>;
let priv: Record<string, any>;

/** A public client: verified host, https logo, a read scope and an optional write scope. */
beforeAll(async () => {
  dns = await startDnsmasq({});
  w = await startDomainsWorld(dns.resolver);
  pub = await (await api(w.admin, 'POST', w.base, appClient('lookup.example.test', {
    logo_uri: 'https://lookup.example.test/logo.png',
    redirect_uris: ['https://lookup.example.test/cb'],
    scopes: ['openid', 'zone.read'],
    optional_scopes: ['dns.write'],
  }))).json();
  const v = pub.client_uri_verification;
  await dns.restart({ txt: [[v.record_name, v.record_value]] });
  await api(w.admin, 'POST', `${w.base}/${pub.client_id}/verification/check`);
  expect((await api(w.admin, 'POST', `${w.base}/${pub.client_id}/make_public`)).status).toBe(200);
  priv = await (await api(w.admin, 'POST', w.base, appClient('secret.example.test'))).json();
});
afterAll(async () => {
  await w?.app.close();
  await dns?.stop();
});

const lookup = (id: string, query = '') => fetch(`${w.app.url}/api/v1/public/clients/${id}${query}`, { headers: { origin: 'https://anywhere.example' } });
const analyze = (body: unknown) =>
  fetch(`${w.app.url}/api/v1/public/authorization-requests/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'chrome-extension://abcdefghijklmnop' },
    body: JSON.stringify(body),
  });
const authUrl = (params: Record<string, string>) => `${w.app.url}/oauth2/auth?${new URLSearchParams(params)}`;

describe('GET /api/v1/public/clients/:client_id', () => {
  it('tells anyone the public facts of a public client, CORS-open without credentials', async () => {
    const res = await lookup(pub.client_id);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.json()).toEqual({
      client_id: pub.client_id,
      visibility: 'public',
      client_name: 'Zone Deploy',
      logo_uri: 'https://lookup.example.test/logo.png',
      shield: 'verified',
      publisher_host: 'lookup.example.test',
      // The test clock stands still: verified in the same instant the client was created.
      verification: { status: 'verified', verified_at: pub.created_at },
      owner_account_name: 'Acme',
      redirect_uris: ['https://lookup.example.test/cb'],
      scopes: [
        { id: 'openid', name: expect.any(String), category: expect.any(String), description: expect.any(String), risk: 'identity', optional: false },
        { id: 'zone.read', name: expect.any(String), category: expect.any(String), description: expect.any(String), risk: 'read', optional: false },
        { id: 'dns.write', name: expect.any(String), category: expect.any(String), description: expect.any(String), risk: 'write', optional: true },
      ],
    });
  });

  it("shows the first-party shield for a public client of the operator's own account, as the consent page does", async () => {
    const operator = await createAccountWithMember(w.app.deps, { userId: w.admin.id, role: 'admin', name: 'Operator', firstParty: true });
    const base = `${w.app.url}/api/v1/accounts/${operator.id}/oauth_clients`;
    const own = await (await api(w.admin, 'POST', base, appClient('own.example.test', { logo_uri: 'https://own.example.test/logo.png' }))).json();
    const v = own.client_uri_verification;
    await dns.restart({ txt: [[v.record_name, v.record_value]] });
    await api(w.admin, 'POST', `${base}/${own.client_id}/verification/check`);
    expect((await api(w.admin, 'POST', `${base}/${own.client_id}/make_public`)).status).toBe(200);
    const res = await lookup(own.client_id);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ client_id: own.client_id, visibility: 'public', shield: 'first-party', owner_account_name: 'Operator' });
  });

  it('answers whether a redirect_uri is registered, with the /oauth2/auth match rule', async () => {
    expect((await (await lookup(pub.client_id, '?redirect_uri=https%3A%2F%2Flookup.example.test%2Fcb')).json()).redirect_uri_registered).toBe(true);
    expect((await (await lookup(pub.client_id, '?redirect_uri=https%3A%2F%2Flookup.example.test%2Fcb%2F')).json()).redirect_uri_registered).toBe(false);
  });

  it('tells only that a private client exists and is private', async () => {
    const res = await lookup(priv.client_id);
    expect([res.status, await res.json()]).toEqual([200, { client_id: priv.client_id, visibility: 'private' }]);
  });

  it('answers 404 not_found for an unknown client', async () => {
    const res = await lookup('no-such-client');
    expect([res.status, await res.json()]).toEqual([404, { error: 'not_found', error_description: 'no such OAuth client' }]);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a CORS preflight with 204', async () => {
    const res = await fetch(`${w.app.url}/api/v1/public/authorization-requests/analyze`, {
      method: 'OPTIONS',
      headers: { origin: 'https://anywhere.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
  });
});

describe('POST /api/v1/public/authorization-requests/analyze', () => {
  async function rowCounts() {
    const k = w.app.deps.db.kysely;
    const count = async (table: 'authorization_requests' | 'audit_events') =>
      Number((await k.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { requests: await count('authorization_requests'), audit: await count('audit_events') };
  }

  it('finds what /oauth2/auth would refuse in a bad request (no PKCE, unregistered redirect, unknown scope), with no side effect', async () => {
    const before = await rowCounts();
    const res = await analyze({
      url: authUrl({ response_type: 'code', client_id: pub.client_id, redirect_uri: 'https://evil.example.net/cb', scope: 'zone.read root.everything', state: 'xyz' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = await res.json();
    expect(body.findings.map((f: { code: string }) => f.code).sort()).toEqual(['pkce_missing', 'redirect_uri_unregistered', 'scope_not_registered', 'scope_unknown']);
    expect(body.findings.find((f: { code: string }) => f.code === 'redirect_uri_unregistered')).toEqual({
      code: 'redirect_uri_unregistered', severity: 'danger', field: 'redirect_uri',
      message: 'The redirect URI is not one the app registered; the code could go to someone else.',
    });
    expect(body.risk).toBe('unknown');
    expect(body.client).toMatchObject({ client_id: pub.client_id, visibility: 'public', shield: 'verified', publisher_host: 'lookup.example.test' });
    expect(body.scopes.map((s: { id: string }) => s.id)).toEqual(['zone.read']);
    expect(body.unknown_scopes).toEqual(['root.everything']);
    expect(await rowCounts()).toEqual(before);
  });

  it('finds nothing wrong in a clean request', async () => {
    const res = await analyze({
      url: authUrl({
        response_type: 'code', client_id: pub.client_id, redirect_uri: 'https://lookup.example.test/cb', scope: 'openid zone.read',
        state: 'xyz', code_challenge: PKCE.challenge, code_challenge_method: 'S256',
      }),
    });
    const body = await res.json();
    expect([res.status, body.findings, body.risk, body.unknown_scopes]).toEqual([200, [], 'read', []]);
  });

  it('reports an unknown client', async () => {
    const body = await (await analyze({ url: authUrl({ response_type: 'code', client_id: 'nobody', code_challenge: PKCE.challenge, code_challenge_method: 'S256', state: 's' }) })).json();
    expect(body.client).toBeNull();
    expect(body.findings.map((f: { code: string }) => f.code)).toContain('unknown_client');
  });

  it('does not compare a private client\'s registration (it is not public)', async () => {
    const body = await (await analyze({ url: authUrl({ response_type: 'code', client_id: priv.client_id, redirect_uri: 'https://evil.example.net/cb', scope: 'zone.read', state: 's', code_challenge: PKCE.challenge, code_challenge_method: 'S256' }) })).json();
    expect(body.client).toEqual({ client_id: priv.client_id, visibility: 'private' });
    expect(body.findings.map((f: { code: string }) => f.code)).not.toContain('redirect_uri_unregistered');
  });

  it('refuses a URL that is not an authorization request to this service (400 naming url), and a bad body', async () => {
    const rows: Array<[unknown, string]> = [
      [{ url: 'https://example.com/' }, 'url is not an OAuth authorization request (an http(s) URL with client_id and response_type)'],
      [{ url: 'https://accounts.example.com/oauth2/auth?response_type=code&client_id=x' }, `url is not an authorization request to ${w.app.url}/oauth2/auth`],
      [{}, 'url: Invalid input: expected string, received undefined'],
      [{ url: 'x', extra: 1 }, "unknown field 'extra'"],
    ];
    for (const [body, description] of rows) {
      const res = await analyze(body);
      const json = await res.json();
      expect([res.status, json.error, json.field === 'url' || json.field === 'extra']).toEqual([400, 'invalid_request', true]);
      expect(json.error_description).toBe(description);
    }
  });
});

describe('public lookup rate limit', () => {
  it('answers 429 with Retry-After past publicLookupPerIp', async () => {
    const limited = await startDomainsWorld(dns.resolver, { publicLookupPerIp: { points: 2, duration: 60 } });
    try {
      const hit = () => fetch(`${limited.app.url}/api/v1/public/clients/nobody`);
      expect([(await hit()).status, (await hit()).status]).toEqual([404, 404]);
      const res = await hit();
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await res.json()).error).toBe('rate_limited');
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await limited.app.close();
    }
  });
});
