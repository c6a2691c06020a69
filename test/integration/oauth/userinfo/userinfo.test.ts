import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchange, expectOAuthError, mintCode, read, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

describe('GET|POST /oauth2/userinfo', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function tokenWith(scopes: string[]) {
    const cA = await seedOAuthClient(app.deps);
    const grant = await seedGrant(app.deps, cA, scopes);
    const r = await exchange(app, cA, await mintCode(app.deps, grant));
    return { cA, grant, at: r.body.access_token as string };
  }
  const call = async (headers: Record<string, string>, method = 'GET', query = '') =>
    read(await fetch(`${app.url}/oauth2/userinfo${query}`, { method, headers }));

  it('returns sub, email and name with the matching scopes; the scheme is case-insensitive (S8)', async () => {
    const { cA, at } = await tokenWith(['openid', 'email', 'profile']);
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const r = await call({ authorization: `${scheme} ${at}` });
      expect([r.status, r.body, r.headers.get('cache-control')]).toEqual([200, { sub: cA.user.id, email: cA.user.email, name: cA.user.name }, 'no-store']);
    }
    expect((await call({ authorization: `Bearer ${at}` }, 'POST')).body).toEqual({ sub: cA.user.id, email: cA.user.email, name: cA.user.name });
  });

  it('returns only sub with openid alone', async () => {
    const { cA, at } = await tokenWith(['openid']);
    expect((await call({ authorization: `Bearer ${at}` })).body).toEqual({ sub: cA.user.id });
  });

  it('S8: a token in the query is 401 invalid_token', async () => {
    const { at } = await tokenWith(['openid']);
    const r = await call({}, 'GET', `?access_token=${at}`);
    expectOAuthError(r, 401, 'invalid_token');
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="consentry", error="invalid_token"');
  });

  it('a revoked grant’s token is 401 invalid_token with WWW-Authenticate', async () => {
    const { grant, at } = await tokenWith(['openid']);
    await app.deps.stores.grants.revoke(grant.id, 'user', Date.now());
    const r = await call({ authorization: `Bearer ${at}` });
    expectOAuthError(r, 401, 'invalid_token');
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="consentry", error="invalid_token"');
  });

  it('no token or garbage is 401 invalid_token', async () => {
    expectOAuthError(await call({}), 401, 'invalid_token');
    expectOAuthError(await call({ authorization: 'Bearer garbage' }), 401, 'invalid_token');
    expectOAuthError(await call({ authorization: 'Basic abc' }), 401, 'invalid_token');
  });

  it('a token without openid is 403 insufficient_scope', async () => {
    const { at } = await tokenWith(['zone.read']);
    const r = await call({ authorization: `Bearer ${at}` });
    expectOAuthError(r, 403, 'insufficient_scope');
    expect(r.headers.get('www-authenticate')).toBe('Bearer realm="consentry", error="insufficient_scope"');
  });
});
