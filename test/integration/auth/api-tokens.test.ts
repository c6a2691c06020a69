import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../service/ports/random.js';
import type { User } from '../../../service/storage/stores/users-store.js';
import { createUser, signIn, type SignedIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';
import { postForm } from './auth-test-helpers.js';

const PASSWORD = 'correct horse battery staple';
let app: TestApp;
let ada: User;
let adaIn: SignedIn;
let bobIn: SignedIn;
beforeAll(async () => {
  app = await startTestApp();
  ada = await createUser(app.deps, { email: 'ada@example.com', password: PASSWORD });
  await createUser(app.deps, { email: 'bob@example.com', password: PASSWORD });
  adaIn = await signIn(app, 'ada@example.com', PASSWORD);
  bobIn = await signIn(app, 'bob@example.com', PASSWORD);
});
afterAll(() => app.close());

const auditFor = (action: string, targetId: string) =>
  app.deps.db.kysely.selectFrom('audit_events').selectAll().where('action', '=', action).where('target_id', '=', targetId).execute();

function json(method: string, path: string, who: SignedIn, body?: unknown) {
  return fetch(`${app.url}${path}`, {
    method,
    headers: { cookie: who.cookie, 'x-csrf-token': who.csrfToken, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

describe('/settings/tokens page', () => {
  it('creates a token, shows it once, lists it, and revokes it with audit events', async () => {
    const created = await postForm(app, '/settings/tokens', { _csrf: adaIn.csrfToken, name: 'Deploy bot' }, { cookie: adaIn.cookie });
    expect(created.status).toBe(200);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const html = await created.text();
    const plaintext = /<p class="secret" id="new-token">(cst_[A-Za-z0-9_-]{43})<\/p>/.exec(html)?.[1];
    expect(plaintext).toBeDefined();
    const row = await app.deps.stores.apiTokens.byHash(sha256(plaintext!));
    expect(row).toMatchObject({ userId: ada.id, name: 'Deploy bot', lastUsedAt: null, revokedAt: null });
    expect(await auditFor('api_token.created', row!.id)).toEqual([
      expect.objectContaining({ account_id: null, actor_user_id: ada.id, target_type: 'api_token', data: JSON.stringify({ name: 'Deploy bot' }) }),
    ]);

    const list = await (await fetch(`${app.url}/settings/tokens`, { headers: { cookie: adaIn.cookie } })).text();
    expect(list).toContain('<td>Deploy bot</td>');
    expect(list).not.toContain(plaintext!);
    expect(list).toContain(`action="/settings/tokens/${row!.id}/revoke"`);

    const revoked = await postForm(app, `/settings/tokens/${row!.id}/revoke`, { _csrf: adaIn.csrfToken }, { cookie: adaIn.cookie });
    expect(revoked.status).toBe(303);
    expect(revoked.headers.get('location')).toBe('/settings/tokens');
    expect(await app.deps.stores.apiTokens.byHash(sha256(plaintext!))).toBeUndefined();
    expect(await auditFor('api_token.revoked', row!.id)).toEqual([expect.objectContaining({ account_id: null, actor_user_id: ada.id })]);
  });

  it('names the field inline when the name is empty, and creates nothing', async () => {
    const before = (await app.deps.stores.apiTokens.forUser(ada.id)).length;
    const res = await postForm(app, '/settings/tokens', { _csrf: adaIn.csrfToken, name: '   ' }, { cookie: adaIn.cookie });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<p class="field-error" id="token-name-error">Name: ');
    expect((await app.deps.stores.apiTokens.forUser(ada.id)).length).toBe(before);
  });

  it("answers 404 when revoking another user's token, which stays live", async () => {
    const res = await json('POST', '/api/v1/user/tokens', bobIn, { name: 'bob token' });
    const bobToken = (await res.json()) as { id: string; token: string };
    const attempt = await postForm(app, `/settings/tokens/${bobToken.id}/revoke`, { _csrf: adaIn.csrfToken }, { cookie: adaIn.cookie });
    expect(attempt.status).toBe(404);
    expect(await app.deps.stores.apiTokens.byHash(sha256(bobToken.token))).toBeDefined();
  });
});

describe('/api/v1/user/tokens', () => {
  it('POST answers 201 with the token once; GET lists it without the secret; DELETE revokes it (204)', async () => {
    const res = await json('POST', '/api/v1/user/tokens', adaIn, { name: 'CI' });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: expect.any(String),
      name: 'CI',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      last_used_at: null,
      revoked_at: null,
      token: expect.stringMatching(/^cst_[A-Za-z0-9_-]{43}$/),
    });
    const { token: _secret, ...wire } = body;
    const list = (await (await json('GET', '/api/v1/user/tokens', adaIn)).json()) as { tokens: unknown[] };
    expect(list.tokens[0]).toEqual(wire);
    expect(JSON.stringify(list)).not.toContain(String(body.token));

    const del = await json('DELETE', `/api/v1/user/tokens/${body.id}`, adaIn);
    expect(del.status).toBe(204);
    expect(await auditFor('api_token.revoked', String(body.id))).toHaveLength(1);
    const again = await json('DELETE', `/api/v1/user/tokens/${body.id}`, adaIn);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: 'not_found', error_description: 'no such API token' });
  });

  it('POST refuses a bad body naming the field', async () => {
    const empty = await json('POST', '/api/v1/user/tokens', adaIn, { name: '' });
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: 'invalid_request', field: 'name' });
    const extra = await json('POST', '/api/v1/user/tokens', adaIn, { name: 'x', scope: 'all' });
    expect(await extra.json()).toEqual({ error: 'invalid_request', error_description: "unknown field 'scope'", field: 'scope' });
  });

  it('DELETE refuses a malformed id with 400', async () => {
    const res = await json('DELETE', '/api/v1/user/tokens/a%20b', adaIn);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request', field: 'id' });
  });
});
