import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, type SignedIn } from '../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

const PASSWORD = 'correct horse battery staple';
let app: TestApp;
let ada: SignedIn;
let token: string;
let tokenId: string;
beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.deps, { email: 'ada@example.com', password: PASSWORD });
  ada = await signIn(app, 'ada@example.com', PASSWORD);
  const res = await api('POST', '/api/v1/user/tokens', { cookie: ada.cookie, 'x-csrf-token': ada.csrfToken }, { name: 'scripts' });
  ({ token, id: tokenId } = (await res.json()) as { token: string; id: string });
});
afterAll(() => app.close());

function api(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  return fetch(`${app.url}${path}`, {
    method,
    headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

async function expect401(res: Response, description: string, error?: string) {
  expect(res.status).toBe(401);
  expect(res.headers.get('www-authenticate')).toBe(`Bearer realm="consentry"${error ? `, error="${error}"` : ''}`);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(await res.json()).toEqual({ error: 'unauthorized', error_description: description });
}

describe('createApiAuthenticator (GET /api/v1/user/tokens)', () => {
  it('answers 401 with WWW-Authenticate when no credentials are sent', async () => {
    await expect401(await api('GET', '/api/v1/user/tokens'), 'sign in or send a personal API token as Authorization: Bearer');
  });

  it('accepts a personal API token as Bearer, with the scheme in any case, and records its use', async () => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await api('GET', '/api/v1/user/tokens', { authorization: `${scheme} ${token}` });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { tokens: Array<{ id: string; last_used_at: string | null }> };
      expect(body.tokens.map((t) => t.id)).toEqual([tokenId]);
    }
    const [row] = await app.deps.stores.apiTokens.forUser((await app.deps.stores.users.byEmail('ada@example.com'))!.id);
    expect(row!.lastUsedAt).not.toBeNull();
  });

  it('refuses a token in the query string (RFC 6750 §2.3), even alongside a valid header', async () => {
    const desc = 'send the token in the Authorization header, not in the URL';
    await expect401(await api('GET', `/api/v1/user/tokens?access_token=${token}`), desc, 'invalid_request');
    await expect401(await api('GET', `/api/v1/user/tokens?access_token=${token}`, { authorization: `Bearer ${token}` }), desc, 'invalid_request');
  });

  it('refuses an unknown token, another scheme, and a malformed header', async () => {
    await expect401(await api('GET', '/api/v1/user/tokens', { authorization: 'Bearer cst_nope' }), 'the API token is unknown, revoked or its user is disabled', 'invalid_token');
    const malformed = 'the Authorization header must be Bearer <personal API token>';
    await expect401(await api('GET', '/api/v1/user/tokens', { authorization: 'Basic YTpi' }), malformed, 'invalid_request');
    await expect401(await api('GET', '/api/v1/user/tokens', { authorization: 'Bearer a b' }), malformed, 'invalid_request');
  });

  it('accepts the session cookie for reads without a CSRF header', async () => {
    expect((await api('GET', '/api/v1/user/tokens', { cookie: ada.cookie })).status).toBe(200);
  });

  it('refuses a cookie-authenticated write without X-CSRF-Token, with a wrong one, or cross-site', async () => {
    const before = (await app.deps.db.kysely.selectFrom('api_tokens').select('id').execute()).length;
    const attempts: Array<Record<string, string>> = [
      { cookie: ada.cookie },
      { cookie: ada.cookie, 'x-csrf-token': 'z'.repeat(43) },
      { cookie: ada.cookie, 'x-csrf-token': ada.csrfToken, origin: 'https://evil.example' },
      { cookie: ada.cookie, 'x-csrf-token': ada.csrfToken, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const res = await api('POST', '/api/v1/user/tokens', headers, { name: 'x' });
      expect(res.status).toBe(403);
      expect((await res.json()) as object).toMatchObject({ error: 'forbidden' });
    }
    expect((await app.deps.db.kysely.selectFrom('api_tokens').select('id').execute()).length).toBe(before);
  });

  it('needs no CSRF header for a bearer-authenticated write', async () => {
    const res = await api('POST', '/api/v1/user/tokens', { authorization: `Bearer ${token}` }, { name: 'from a script' });
    expect(res.status).toBe(201);
  });

  it('refuses a revoked token with 401', async () => {
    const created = (await (await api('POST', '/api/v1/user/tokens', { authorization: `Bearer ${token}` }, { name: 'short-lived' })).json()) as { id: string; token: string };
    expect((await api('GET', '/api/v1/user/tokens', { authorization: `Bearer ${created.token}` })).status).toBe(200);
    expect((await api('DELETE', `/api/v1/user/tokens/${created.id}`, { authorization: `Bearer ${token}` })).status).toBe(204);
    await expect401(await api('GET', '/api/v1/user/tokens', { authorization: `Bearer ${created.token}` }), 'the API token is unknown, revoked or its user is disabled', 'invalid_token');
  });

  it("refuses the token of a disabled user", async () => {
    const user = await createUser(app.deps, { email: 'gone@example.com', password: PASSWORD });
    const s = await signIn(app, 'gone@example.com', PASSWORD);
    const created = (await (await api('POST', '/api/v1/user/tokens', { cookie: s.cookie, 'x-csrf-token': s.csrfToken }, { name: 'x' })).json()) as { token: string };
    await app.deps.db.kysely.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    expect((await api('GET', '/api/v1/user/tokens', { authorization: `Bearer ${created.token}` })).status).toBe(401);
    // The disabled user's session is signed out too.
    expect((await api('GET', '/api/v1/user/tokens', { cookie: s.cookie })).status).toBe(401);
  });
});
