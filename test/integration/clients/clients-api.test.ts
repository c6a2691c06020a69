import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateClientSecret } from '../../../service/clients/verify-client-secret.js';
import { sha256 } from '../../../service/ports/random.js';
import { api, nativeClient, session, startClientsWorld, T0, webClient, type ClientsWorld } from './clients-fixture.js';

let w: ClientsWorld;
beforeAll(async () => {
  w = await startClientsWorld();
});
afterAll(() => w.app.close());

const iso = (ms: number) => new Date(ms).toISOString();
const b64urlBytes = (s: string) => Buffer.from(s, 'base64url').length;
const audit = async () => w.app.deps.stores.audit.forAccount(w.accountId, { limit: 1000 });
/** The events of one action on one client (the test clock stands still, so ids do not order them). */
const eventsOf = async (action: string, targetId: string) => (await audit()).filter((e) => e.action === action && e.targetId === targetId);
const verify = (clientId: string, secret: string) => authenticateClientSecret(w.app.deps, clientId, secret);

async function create(body: unknown = webClient) {
  const res = await api(w.developer, 'POST', w.base, body);
  expect(res.status).toBe(201);
  return (await res.json()) as Record<string, any>;
}

describe('POST /api/v1/accounts/:account/oauth_clients', () => {
  it('registers a confidential client with a 128-bit client_id and a 256-bit secret shown once', async () => {
    const res = await api(w.developer, 'POST', w.base, webClient);
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.json();
    expect(res.headers.get('location')).toBe(`/api/v1/accounts/${w.accountId}/oauth_clients/${body.client_id}`);
    expect(body).toEqual({
      client_id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      client_secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      account_id: w.accountId,
      client_name: 'Acme Deploy',
      redirect_uris: ['https://deploy.acme.example/callback'],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
      scopes: ['zone.read', 'dns.write'],
      optional_scopes: ['analytics.read'],
      client_uri: 'https://deploy.acme.example',
      contacts: ['ops@acme.example'],
      visibility: 'private',
      // The challenge for deploy.acme.example starts with the client (issue 4).
      client_uri_verification: {
        status: 'pending',
        record_name: '_consentry-challenge.deploy.acme.example',
        record_value: expect.stringMatching(/^consentry-verification=[A-Za-z0-9_-]{22}$/),
        checked_at: null,
        verified_at: null,
        last_error: null,
      },
      secrets: [{ id: expect.any(String), created_at: iso(T0) }],
      created_at: iso(T0),
      updated_at: iso(T0),
    });
    expect(b64urlBytes(body.client_id)).toBe(16);
    expect(b64urlBytes(body.client_secret)).toBe(32);
    // Only the SHA-256 of the secret is stored.
    const [stored] = await w.app.deps.stores.clients.liveSecrets(body.client_id, T0);
    expect(stored).toMatchObject({ id: body.secrets[0].id, secretHash: sha256(body.client_secret) });
    expect((await verify(body.client_id, body.client_secret))?.client_id).toBe(body.client_id);

    const [event] = await eventsOf('oauth_client.created', body.client_id);
    expect(event).toMatchObject({
      action: 'oauth_client.created',
      actorUserId: w.developer.id,
      targetType: 'oauth_client',
      targetId: body.client_id,
      data: { fields: ['client_name', 'client_uri', 'contacts', 'optional_scopes', 'redirect_uris', 'scopes'], client_name: 'Acme Deploy' },
    });
    expect(JSON.stringify(event)).not.toContain(body.client_secret);
  });

  it('registers a public client without any secret', async () => {
    const body = await create(nativeClient);
    expect(body).toMatchObject({ token_endpoint_auth_method: 'none', redirect_uris: ['http://127.0.0.1/callback'], secrets: [] });
    expect(body).not.toHaveProperty('client_secret');
  });

  it('lets admins and developers register, refuses members (403) and answers outsiders 404', async () => {
    expect((await api(w.admin, 'POST', w.base, webClient)).status).toBe(201);
    const member = await api(w.member, 'POST', w.base, webClient);
    expect(member.status).toBe(403);
    expect(await member.json()).toEqual({ error: 'forbidden', error_description: 'only account admins and developers can do this' });
    const outsider = await api(w.outsider, 'POST', w.base, webClient);
    expect(outsider.status).toBe(404);
    expect(await outsider.json()).toEqual({ error: 'not_found', error_description: 'no such account' });
  });

  it('answers 401 without a token or session', async () => {
    const res = await fetch(w.base);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="consentry"');
  });
});

describe('GET /api/v1/accounts/:account/oauth_clients[/:client_id]', () => {
  it('shows clients to every member with secret metadata but never a secret value', async () => {
    const created = await create();
    for (const who of [w.member, w.developer, w.admin]) {
      const one = await api(who, 'GET', `${w.base}/${created.client_id}`);
      expect(one.status).toBe(200);
      const text = await one.text();
      expect(text).not.toContain(created.client_secret);
      const { client_secret: _secret, ...withoutSecret } = created;
      expect(JSON.parse(text)).toEqual(withoutSecret);
      const list = await api(who, 'GET', w.base);
      const listed = await list.json();
      expect(listed.oauth_clients.map((c: { client_id: string }) => c.client_id)).toContain(created.client_id);
      expect(JSON.stringify(listed)).not.toContain(created.client_secret);
    }
  });

  it('answers 404 for a client of another account', async () => {
    const other = await w.app.deps.stores.accounts.forUser(w.outsider.id);
    const res = await api(w.outsider, 'POST', `${w.app.url}/api/v1/accounts/${other[0]!.id}/oauth_clients`, webClient);
    const foreign = await res.json();
    const probe = await api(w.admin, 'GET', `${w.base}/${foreign.client_id}`);
    expect(probe.status).toBe(404);
    expect(await probe.json()).toEqual({ error: 'not_found', error_description: 'no such OAuth client' });
  });

  it('answers an outsider 404 on every route, changing nothing', async () => {
    const c = await create();
    const calls: Array<[string, string, unknown?]> = [
      ['GET', w.base],
      ['POST', w.base, webClient],
      ['GET', `${w.base}/${c.client_id}`],
      ['PATCH', `${w.base}/${c.client_id}`, { client_name: 'Hijacked' }],
      ['DELETE', `${w.base}/${c.client_id}`],
      ['POST', `${w.base}/${c.client_id}/rotate_secret`],
      ['POST', `${w.base}/${c.client_id}/rotate_secret/finish`],
    ];
    for (const [method, url, body] of calls) {
      const res = await api(w.outsider, method, url, body);
      expect([method, url, res.status]).toEqual([method, url, 404]);
    }
    const after = await api(w.admin, 'GET', `${w.base}/${c.client_id}`);
    expect((await after.json()).client_name).toBe('Acme Deploy');
  });
});

describe('PATCH /api/v1/accounts/:account/oauth_clients/:client_id', () => {
  it('changes only the fields sent, clears with null, and audits the changed field names', async () => {
    const c = await create();
    w.clock.advance(60_000);
    const res = await api(w.developer, 'PATCH', `${w.base}/${c.client_id}`, {
      client_name: 'Acme Deploy 2',
      client_uri: null,
      scopes: ['zone.read', 'dns.write'],
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    const { client_secret: _s, client_uri: _u, ...rest } = c;
    // Without client_uri there is nothing to verify: the pending challenge goes with it.
    expect(body).toEqual({ ...rest, client_name: 'Acme Deploy 2', client_uri_verification: null, updated_at: iso(w.clock.now()) });
    const [event] = await eventsOf('oauth_client.updated', c.client_id);
    expect(event).toMatchObject({ action: 'oauth_client.updated', targetId: c.client_id, data: { fields: ['client_name', 'client_uri'], verification_dropped: true } });
  });

  it('issues a secret once when a public client becomes confidential, and drops secrets when it becomes public', async () => {
    const c = await create({ ...nativeClient, redirect_uris: ['https://cli.acme.example/cb'] });
    const toConfidential = await api(w.developer, 'PATCH', `${w.base}/${c.client_id}`, { token_endpoint_auth_method: 'client_secret_post' });
    expect(toConfidential.status).toBe(200);
    const confidential = await toConfidential.json();
    expect(confidential.client_secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(confidential.secrets).toHaveLength(1);
    expect(await verify(c.client_id, confidential.client_secret)).toBeDefined();
    expect(await eventsOf('oauth_client.updated', c.client_id)).toMatchObject([{ data: { fields: ['token_endpoint_auth_method'], secret_issued: true } }]);

    const toPublic = await api(w.developer, 'PATCH', `${w.base}/${c.client_id}`, { token_endpoint_auth_method: 'none' });
    const pub = await toPublic.json();
    expect(pub.secrets).toEqual([]);
    expect(pub).not.toHaveProperty('client_secret');
    expect(await verify(c.client_id, confidential.client_secret)).toBeUndefined();
    expect(await eventsOf('oauth_client.updated', c.client_id)).toContainEqual(
      expect.objectContaining({ data: { fields: ['token_endpoint_auth_method'], secrets_dropped: 1 } }),
    );
  });

  it('refuses to make a client with a loopback http redirect confidential', async () => {
    const c = await create(nativeClient);
    const res = await api(w.developer, 'PATCH', `${w.base}/${c.client_id}`, { token_endpoint_auth_method: 'client_secret_basic' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid_redirect_uri',
      error_description: 'redirect URI with http on a loopback host is only allowed for public (native) clients',
      field: 'redirect_uris',
    });
  });

  it('records nothing when nothing changes', async () => {
    const c = await create();
    const before = (await audit()).length;
    const res = await api(w.developer, 'PATCH', `${w.base}/${c.client_id}`, { client_name: 'Acme Deploy' });
    expect(res.status).toBe(200);
    expect((await audit()).length).toBe(before);
  });

  it('refuses members with 403 and leaves the client as it was', async () => {
    const c = await create();
    const res = await api(w.member, 'PATCH', `${w.base}/${c.client_id}`, { client_name: 'Mine now' });
    expect(res.status).toBe(403);
    expect((await (await api(w.member, 'GET', `${w.base}/${c.client_id}`)).json()).client_name).toBe('Acme Deploy');
  });
});

describe('POST …/:client_id/rotate_secret and …/rotate_secret/finish', () => {
  it('keeps the old secret working until the rotation is finished, then only the new one works', async () => {
    const c = await create();
    w.clock.advance(1000);
    const res = await api(w.admin, 'POST', `${w.base}/${c.client_id}/rotate_secret`);
    expect(res.status).toBe(200);
    const rotated = await res.json();
    expect(rotated.client_secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.client_secret).not.toBe(c.client_secret);
    expect(rotated.secrets.map((s: { id: string }) => s.id)).toEqual([expect.any(String), c.secrets[0].id]);
    expect(await verify(c.client_id, c.client_secret)).toBeDefined();
    expect(await verify(c.client_id, rotated.client_secret)).toBeDefined();
    expect(await eventsOf('oauth_client.secret_rotated', c.client_id)).toMatchObject([{
      data: { secret_id: rotated.secrets[0].id, previous_secret_ids: [c.secrets[0].id] },
    }]);

    const again = await api(w.admin, 'POST', `${w.base}/${c.client_id}/rotate_secret`);
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: 'conflict', error_description: 'a secret rotation is already in progress; finish it first' });

    const finish = await api(w.admin, 'POST', `${w.base}/${c.client_id}/rotate_secret/finish`);
    expect(finish.status).toBe(200);
    const finished = await finish.json();
    expect(finished.secrets).toEqual([rotated.secrets[0]]);
    expect(finished).not.toHaveProperty('client_secret');
    expect(await verify(c.client_id, c.client_secret)).toBeUndefined();
    expect(await verify(c.client_id, rotated.client_secret)).toBeDefined();
    expect(await eventsOf('oauth_client.secret_rotation_finished', c.client_id)).toMatchObject([
      { actorUserId: w.admin.id, data: { secret_id: rotated.secrets[0].id, dropped: 1 } },
    ]);

    const none = await api(w.admin, 'POST', `${w.base}/${c.client_id}/rotate_secret/finish`);
    expect(none.status).toBe(409);
    expect(await none.json()).toEqual({ error: 'conflict', error_description: 'no secret rotation is in progress' });
  });

  it('rotates even within the same millisecond as the previous secret, keeping the new one current', async () => {
    const c = await create();
    const rotated = await (await api(w.admin, 'POST', `${w.base}/${c.client_id}/rotate_secret`)).json();
    await api(w.admin, 'POST', `${w.base}/${c.client_id}/rotate_secret/finish`);
    expect(await verify(c.client_id, rotated.client_secret)).toBeDefined();
    expect(await verify(c.client_id, c.client_secret)).toBeUndefined();
  });

  it('refuses to rotate a public client (409) and members (403)', async () => {
    const pub = await create(nativeClient);
    expect((await api(w.admin, 'POST', `${w.base}/${pub.client_id}/rotate_secret`)).status).toBe(409);
    const c = await create();
    expect((await api(w.member, 'POST', `${w.base}/${c.client_id}/rotate_secret`)).status).toBe(403);
    expect((await api(w.member, 'POST', `${w.base}/${c.client_id}/rotate_secret/finish`)).status).toBe(403);
  });

  it('does not authenticate unknown clients, wrong secrets or public clients', async () => {
    const c = await create();
    expect(await verify(c.client_id, `${c.client_secret}x`)).toBeUndefined();
    expect(await verify('no-such-client', c.client_secret)).toBeUndefined();
    const pub = await create(nativeClient);
    expect(await verify(pub.client_id, '')).toBeUndefined();
  });
});

describe('DELETE /api/v1/accounts/:account/oauth_clients/:client_id', () => {
  it('deletes the client and its secrets (204), audits, and then answers 404', async () => {
    const c = await create();
    expect((await api(w.member, 'DELETE', `${w.base}/${c.client_id}`)).status).toBe(403);
    const res = await api(w.developer, 'DELETE', `${w.base}/${c.client_id}`);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await api(w.developer, 'GET', `${w.base}/${c.client_id}`)).status).toBe(404);
    expect((await api(w.developer, 'DELETE', `${w.base}/${c.client_id}`)).status).toBe(404);
    expect(await verify(c.client_id, c.client_secret)).toBeUndefined();
    expect(await eventsOf('oauth_client.deleted', c.client_id)).toMatchObject([{ actorUserId: w.developer.id, data: { client_name: 'Acme Deploy' } }]);
  });
});

describe('the API with the dashboard session cookie', () => {
  it('runs create, read, change, rotate and delete with the X-CSRF-Token header', async () => {
    const s = await session(w, w.developer);
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'content-type': 'application/json' };
    const created = await fetch(w.base, { method: 'POST', headers, body: JSON.stringify(webClient) });
    expect(created.status).toBe(201);
    const c = await created.json();
    const read = await fetch(`${w.base}/${c.client_id}`, { headers: { cookie: s.cookie } });
    expect(read.status).toBe(200);
    const patched = await fetch(`${w.base}/${c.client_id}`, { method: 'PATCH', headers, body: JSON.stringify({ client_name: 'Via cookie' }) });
    expect((await patched.json()).client_name).toBe('Via cookie');
    const rotated = await fetch(`${w.base}/${c.client_id}/rotate_secret`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken } });
    expect(rotated.status).toBe(200);
    const deleted = await fetch(`${w.base}/${c.client_id}`, { method: 'DELETE', headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken } });
    expect(deleted.status).toBe(204);
  });

  it('refuses a cookie-authenticated write without the CSRF header (403) and creates nothing', async () => {
    const s = await session(w, w.developer);
    const before = (await w.app.deps.stores.clients.forAccount(w.accountId)).length;
    const res = await fetch(w.base, {
      method: 'POST',
      headers: { cookie: s.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(webClient),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'forbidden', error_description: 'cookie-authenticated writes need the X-CSRF-Token header' });
    expect((await w.app.deps.stores.clients.forAccount(w.accountId)).length).toBe(before);
  });
});
