import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, iso, startCrew, type Crew } from './accounts-test-helpers.js';

let crew: Crew;
beforeAll(async () => {
  crew = await startCrew();
});
afterAll(() => crew.app.close());

describe('GET /api/v1/accounts', () => {
  it("lists the caller's accounts with the caller's role", async () => {
    const { app, account, sessions } = crew;
    const res = await api(app, sessions.developer, 'GET', '/accounts');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({
      accounts: [
        { id: account.id, name: 'Acme', first_party: false, third_party_app_access: true, role: 'developer', created_at: iso(account.createdAt) },
      ],
    });
  });

  it('lists nothing for a user without accounts', async () => {
    const res = await api(crew.app, crew.sessions.outsider, 'GET', '/accounts');
    expect(res).toMatchObject({ status: 200, body: { accounts: [] } });
  });

  it('answers 401 without a session or token', async () => {
    const res = await fetch(`${crew.app.url}/api/v1/accounts`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'unauthorized', error_description: 'sign in or send a personal API token as Authorization: Bearer' });
  });
});

describe('POST /api/v1/accounts', () => {
  it('creates an account with the caller as admin and records account.created', async () => {
    const { app, sessions, users } = crew;
    const res = await api(app, sessions.outsider, 'POST', '/accounts', { name: '  Mallory Labs ' });
    expect(res.status).toBe(201);
    const stored = (await app.deps.stores.accounts.byId(res.body.id))!;
    expect(res.body).toEqual({
      id: stored.id,
      name: 'Mallory Labs',
      first_party: false,
      third_party_app_access: true,
      role: 'admin',
      created_at: iso(stored.createdAt),
    });
    expect(await app.deps.stores.accounts.membership(stored.id, users.outsider.id)).toMatchObject({ role: 'admin' });
    const [event] = await app.deps.stores.audit.forAccount(stored.id, { limit: 1 });
    expect(event).toMatchObject({
      action: 'account.created',
      actorUserId: users.outsider.id,
      targetType: 'account',
      targetId: stored.id,
      data: { name: 'Mallory Labs', first_party: false },
      ip: '127.0.0.1',
    });
  });

  it('refuses an empty name, naming the field', async () => {
    const res = await api(crew.app, crew.sessions.admin, 'POST', '/accounts', { name: '   ' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'invalid_request', error_description: 'name: Too small: expected string to have >=1 characters', field: 'name' });
  });

  it('refuses unknown fields and non-JSON bodies', async () => {
    const { app, sessions } = crew;
    expect((await api(app, sessions.admin, 'POST', '/accounts', { name: 'X', first_party: true })).body).toEqual({
      error: 'invalid_request',
      error_description: "unknown field 'first_party'",
      field: 'first_party',
    });
    const res = await fetch(`${app.url}/api/v1/accounts`, {
      method: 'POST',
      headers: { cookie: sessions.admin.cookie, 'x-csrf-token': sessions.admin.csrfToken, 'content-type': 'text/plain' },
      body: 'name=X',
    });
    expect(res.status).toBe(415);
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const res = await fetch(`${crew.app.url}/api/v1/accounts`, {
      method: 'POST',
      headers: { cookie: crew.sessions.admin.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Sneaky' }),
    });
    expect(res.status).toBe(403);
  });
});

describe('GET /api/v1/accounts/:account', () => {
  it('answers every member with their role', async () => {
    const { app, account, sessions } = crew;
    for (const role of ['admin', 'developer', 'member'] as const) {
      const res = await api(app, sessions[role], 'GET', `/accounts/${account.id}`);
      expect(res.status).toBe(200);
      expect(res.body.role).toBe(role);
    }
  });

  it('answers 404 to outsiders and for unknown or malformed ids', async () => {
    const { app, account, sessions } = crew;
    const notFound = { error: 'not_found', error_description: 'no such account' };
    expect(await api(app, sessions.outsider, 'GET', `/accounts/${account.id}`)).toMatchObject({ status: 404, body: notFound });
    expect(await api(app, sessions.admin, 'GET', '/accounts/nope')).toMatchObject({ status: 404, body: notFound });
    expect(await api(app, sessions.admin, 'GET', '/accounts/bad%20id')).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', error_description: 'account: must be an id', field: 'account' },
    });
  });
});

describe('PATCH /api/v1/accounts/:account', () => {
  it('lets an admin rename the account and turn third-party app access off, auditing both', async () => {
    const { app, account, sessions, users } = crew;
    const res = await api(app, sessions.admin, 'PATCH', `/accounts/${account.id}`, { name: 'Acme Inc', third_party_app_access: false });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: account.id,
      name: 'Acme Inc',
      first_party: false,
      third_party_app_access: false,
      role: 'admin',
      created_at: iso(account.createdAt),
    });
    expect(await app.deps.stores.accounts.byId(account.id)).toMatchObject({ name: 'Acme Inc', thirdPartyAccess: false });
    const [settings, renamed] = await app.deps.stores.audit.forAccount(account.id, { limit: 2 });
    expect(settings).toMatchObject({
      action: 'account.settings_changed',
      actorUserId: users.admin.id,
      data: { third_party_app_access: { from: true, to: false } },
    });
    expect(renamed).toMatchObject({ action: 'account.renamed', data: { from: 'Acme', to: 'Acme Inc' } });

    const back = await api(app, sessions.admin, 'PATCH', `/accounts/${account.id}`, { name: 'Acme', third_party_app_access: true });
    expect(back.body).toMatchObject({ name: 'Acme', third_party_app_access: true });
  });

  it('records nothing when nothing changes', async () => {
    const { app, account, sessions } = crew;
    const before = (await app.deps.stores.audit.forAccount(account.id, { limit: 100 })).length;
    const res = await api(app, sessions.admin, 'PATCH', `/accounts/${account.id}`, { third_party_app_access: true });
    expect(res.status).toBe(200);
    expect((await app.deps.stores.audit.forAccount(account.id, { limit: 100 })).length).toBe(before);
  });

  it('refuses developers and members with 403, outsiders with 404, a non-boolean with 400', async () => {
    const { app, account, sessions } = crew;
    const path = `/accounts/${account.id}`;
    for (const role of ['developer', 'member'] as const) {
      expect(await api(app, sessions[role], 'PATCH', path, { name: 'Hijacked' })).toMatchObject({
        status: 403,
        body: { error: 'forbidden', error_description: 'only account admins can do this' },
      });
    }
    expect((await api(app, sessions.outsider, 'PATCH', path, { name: 'Hijacked' })).status).toBe(404);
    expect(await api(app, sessions.admin, 'PATCH', path, { third_party_app_access: 'no' })).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', field: 'third_party_app_access' },
    });
    expect((await app.deps.stores.accounts.byId(account.id))!.name).toBe('Acme');
  });
});
