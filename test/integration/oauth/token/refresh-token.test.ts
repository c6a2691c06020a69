import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOAuthError, expectTokens, exchange, introspect, mintCode, refresh, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import { createUser } from '../../../helpers/fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

const clock = { t: Date.now(), now() { return this.t; } };
const FULL = 'offline_access zone.read dns.write';

describe('POST /oauth2/token › grant_type=refresh_token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ overrides: { clock }, env: { REFRESH_TOKEN_IDLE_TTL_SECONDS: '3600', REFRESH_TOKEN_ABSOLUTE_TTL_SECONDS: '7200' } });
  });
  afterAll(() => app.close());

  async function tokens(visibility: 'private' | 'public' = 'private') {
    const cA = await seedOAuthClient(app.deps, { visibility });
    const grant = await seedGrant(app.deps, cA, FULL.split(' '));
    const r = await exchange(app, cA, await mintCode(app.deps, grant));
    expect(r.status).toBe(200);
    return { cA, grant, at: r.body.access_token as string, rt: r.body.refresh_token as string };
  }

  it('rotates: a new access and refresh token with the full scope', async () => {
    const { cA, rt } = await tokens();
    const r = await refresh(app, cA, rt);
    expectTokens(r, FULL, ['refresh_token']);
    expect(r.body.refresh_token).not.toBe(rt);
  });

  it('F1: replaying a rotated refresh token revokes the grant: the new RT and every AT die', async () => {
    const { cA, grant, at, rt } = await tokens();
    const second = await refresh(app, cA, rt);
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
    expectOAuthError(await refresh(app, cA, second.body.refresh_token), 400, 'invalid_grant');
    expect((await introspect(app, cA, at)).body).toEqual({ active: false });
    expect((await introspect(app, cA, second.body.access_token)).body).toEqual({ active: false });
    expect((await app.deps.stores.grants.byId(grant.id))?.revokedReason).toBe('refresh_token_reuse');
    const audit = await app.deps.stores.audit.forAccount(cA.accountId, { limit: 10 });
    expect(audit.map((e) => e.action)).toContain('grant.revoked_refresh_token_reuse');
  });

  it('F2: 20 parallel refreshes with one token give exactly one 200', async () => {
    const { cA, rt } = await tokens();
    const results = await Promise.all(Array.from({ length: 20 }, () => refresh(app, cA, rt)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expectOAuthError(r, 400, 'invalid_grant');
  });

  it('F3: asking for a scope beyond the refresh token is invalid_scope', async () => {
    const { cA, rt } = await tokens();
    expectOAuthError(await refresh(app, cA, rt, { scope: 'zone.read admin' }), 400, 'invalid_scope', 'scope');
    expect((await refresh(app, cA, rt)).status).toBe(200);
  });

  it('F4: a narrower scope narrows the access token; the new refresh token keeps the full scope', async () => {
    const { cA, rt } = await tokens();
    const narrow = await refresh(app, cA, rt, { scope: 'zone.read' });
    expectTokens(narrow, 'zone.read', ['refresh_token']);
    expectTokens(await refresh(app, cA, narrow.body.refresh_token), FULL, ['refresh_token']);
  });

  it('F5: another client’s refresh token is invalid_grant and does not burn it', async () => {
    const { cA, rt } = await tokens();
    const cB = await seedOAuthClient(app.deps);
    expectOAuthError(await refresh(app, cB, rt), 400, 'invalid_grant');
    expect((await refresh(app, cA, rt)).status).toBe(200);
  });

  it('F6: after the user revokes the grant, refresh is invalid_grant and the AT inactive', async () => {
    const { cA, grant, at, rt } = await tokens();
    await app.deps.stores.grants.revoke(grant.id, 'user', clock.now());
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
    expect((await introspect(app, cA, at)).body).toEqual({ active: false });
  });

  it('F7: a refresh token unused past the idle TTL is invalid_grant', async () => {
    const { cA, rt } = await tokens();
    clock.t += 3_600_000;
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
  });

  it('F7: no chain outlives the absolute TTL, however often it rotates', async () => {
    const { cA, rt } = await tokens();
    let current = rt;
    for (const step of [2_000_000, 2_000_000, 2_000_000]) {
      clock.t += step;
      const r = await refresh(app, cA, current);
      expect(r.status).toBe(200);
      current = r.body.refresh_token;
    }
    clock.t += 1_200_000; // 7,200 s after the first issue; the last rotation was only 1,200 s ago
    expectOAuthError(await refresh(app, cA, current), 400, 'invalid_grant');
  });

  it('F8: a member removed from the private client’s account can no longer refresh', async () => {
    const { cA, rt } = await tokens();
    // The user is the account's only admin, who cannot leave it: another admin joins first.
    const other = await createUser(app.deps, { email: `f8-${app.deps.random.token(4)}@example.test`, password: 'correct horse battery' });
    await app.deps.stores.accounts.putMember({ accountId: cA.accountId, userId: other.id, role: 'admin', createdAt: clock.now() });
    const { role } = (await app.deps.stores.accounts.membership(cA.accountId, cA.user.id))!;
    expect(await app.deps.stores.accounts.removeMember(cA.accountId, cA.user.id, role)).toBe('done');
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
  });

  it('A6: a confidential client refreshing without authentication is 401 invalid_client', async () => {
    const { cA, rt } = await tokens();
    const r = await refresh(app, { ...cA, secret: undefined }, rt);
    expectOAuthError(r, 401, 'invalid_client');
    expect(r.headers.get('www-authenticate')).toBeNull();
  });

  it('issues no refresh token to a client not registered for the refresh_token grant', async () => {
    const cA = await seedOAuthClient(app.deps, { grant_types: ['authorization_code'] });
    const r = await exchange(app, cA, await mintCode(app.deps, await seedGrant(app.deps, cA, ['offline_access', 'zone.read'])));
    expectTokens(r, 'offline_access zone.read', []);
  });
});

describe('POST /oauth2/token › refresh grace window', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ overrides: { clock }, env: { REFRESH_GRACE_SECONDS: '10' } });
  });
  afterAll(() => app.close());

  it('lets a just-rotated token be replayed within REFRESH_GRACE_SECONDS, then treats it as reuse', async () => {
    const cA = await seedOAuthClient(app.deps);
    const first = await exchange(app, cA, await mintCode(app.deps, await seedGrant(app.deps, cA, ['offline_access', 'zone.read'])));
    const rt = first.body.refresh_token;
    expect((await refresh(app, cA, rt)).status).toBe(200);
    clock.t += 5_000;
    expect((await refresh(app, cA, rt)).status).toBe(200);
    clock.t += 5_000;
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
  });
});
