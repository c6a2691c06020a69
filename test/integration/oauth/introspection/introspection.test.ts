import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, exchange, expectOAuthError, introspect, mintCode, postForm, refresh, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

const clock = { t: Date.now(), now() { return this.t; } };

describe('POST /oauth2/introspect', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ overrides: { clock } });
  });
  afterAll(() => app.close());

  async function tokens() {
    const cA = await seedOAuthClient(app.deps);
    const grant = await seedGrant(app.deps, cA, ['offline_access', 'zone.read']);
    const r = await exchange(app, cA, await mintCode(app.deps, grant));
    return { cA, grant, at: r.body.access_token as string, rt: r.body.refresh_token as string };
  }
  const expectInactive = (r: Awaited<ReturnType<typeof introspect>>) => {
    expect([r.status, r.body, r.headers.get('cache-control')]).toEqual([200, { active: false }, 'no-store']);
  };

  it('describes an active access token with exactly the RFC 7662 members', async () => {
    const { cA, at } = await tokens();
    const r = await introspect(app, cA, at);
    const c = decodeJwt(at);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body).toEqual({
      active: true, scope: 'offline_access zone.read', client_id: cA.client.client_id, sub: cA.user.id,
      exp: c.exp, iat: c.iat, iss: app.url, aud: app.url, token_type: 'Bearer', jti: c.jti,
    });
  });

  it('describes an active refresh token, and a rotated one as inactive', async () => {
    const { cA, rt } = await tokens();
    expect((await introspect(app, cA, rt)).body).toMatchObject({ active: true, token_type: 'refresh_token', client_id: cA.client.client_id });
    await refresh(app, cA, rt);
    expectInactive(await introspect(app, cA, rt));
  });

  it('I1: without client authentication it is 401 invalid_client', async () => {
    const { at } = await tokens();
    expectOAuthError(await postForm(app, '/oauth2/introspect', { token: at }), 401, 'invalid_client');
  });

  it('I2: expired, revoked and garbage tokens are {"active":false} and nothing else', async () => {
    const { cA, grant, at } = await tokens();
    expectInactive(await introspect(app, cA, 'garbage'));
    expectInactive(await introspect(app, cA, `${at.slice(0, -4)}AAAA`));
    clock.t += 301_000;
    expectInactive(await introspect(app, cA, at));
    clock.t -= 301_000;
    await app.deps.stores.grants.revoke(grant.id, 'user', clock.now());
    expectInactive(await introspect(app, cA, at));
  });

  it('I3: another client introspecting the token learns nothing', async () => {
    const { at, rt } = await tokens();
    const cB = await seedOAuthClient(app.deps);
    expectInactive(await introspect(app, cB, at));
    expectInactive(await introspect(app, cB, rt));
  });

  it('I4: revoking the grant makes its access token inactive at once', async () => {
    const { cA, at } = await tokens();
    await postForm(app, '/oauth2/revoke', { token: at }, { authorization: basic(cA.client.client_id, cA.secret!) });
    expectInactive(await introspect(app, cA, at));
  });

  it('I4: a token introspected (and so verified) before is inactive at once after a revocation, and at its exp', async () => {
    const { cA, grant, at } = await tokens();
    expect((await introspect(app, cA, at)).body.active).toBe(true);
    await app.deps.stores.grants.revoke(grant.id, 'user', clock.now());
    expectInactive(await introspect(app, cA, at));
    const other = await tokens();
    expect((await introspect(app, other.cA, other.at)).body.active).toBe(true);
    clock.t += 300_000;
    expectInactive(await introspect(app, other.cA, other.at));
    clock.t -= 300_000;
  });

  it('a missing token is invalid_request', async () => {
    const { cA } = await tokens();
    expectOAuthError(await postForm(app, '/oauth2/introspect', {}, { authorization: basic(cA.client.client_id, cA.secret!) }), 400, 'invalid_request', 'token');
  });
});
