import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../../service/ports/random.js';
import { C, REDIRECT, V, exchange, expectOAuthError, expectTokens, introspect, mintCode, refresh, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

const clock = { t: Date.now(), now() { return this.t; } };

describe('POST /oauth2/token › grant_type=authorization_code', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ overrides: { clock } });
  });
  afterAll(() => app.close());

  async function setup(scopes = ['openid', 'offline_access', 'zone.read']) {
    const cA = await seedOAuthClient(app.deps);
    const grant = await seedGrant(app.deps, cA, scopes);
    const code = await mintCode(app.deps, grant);
    return { cA, grant, code };
  }

  it('exchanges a code for an access token, a refresh token and an ID token (C9: no-store)', async () => {
    const { cA, grant, code } = await setup();
    const r = await exchange(app, cA, code);
    expectTokens(r, 'openid offline_access zone.read', ['refresh_token', 'id_token']);
    const at = decodeJwt(r.body.access_token);
    expect(Object.keys(at).sort()).toEqual(['aud', 'client_id', 'exp', 'grant_id', 'iat', 'iss', 'jti', 'scope', 'sub']);
    expect(at).toMatchObject({ iss: app.url, sub: cA.user.id, aud: app.url, client_id: cA.client.client_id, grant_id: grant.id });
    expect(at.exp! - at.iat!).toBe(300);
    const id = decodeJwt(r.body.id_token);
    expect(id).toMatchObject({ iss: app.url, sub: cA.user.id, aud: cA.client.client_id, nonce: 'n-0S6_WzA2Mj' });
    expect(typeof id.at_hash).toBe('string');
    expect(typeof id.auth_time).toBe('number');
  });

  it('issues no refresh token without offline_access and no ID token without openid', async () => {
    const { cA, code } = await setup(['zone.read']);
    expectTokens(await exchange(app, cA, code), 'zone.read', []);
  });

  it('C8: codes and refresh tokens are 43 base64url characters (256 bits)', async () => {
    const { cA, code } = await setup();
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const r = await exchange(app, cA, code);
    expect(r.body.refresh_token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const guess = await exchange(app, cA, app.deps.random.token(32));
    expectOAuthError(guess, 400, 'invalid_grant');
  });

  it('C1: a second exchange of the same code is invalid_grant', async () => {
    const { cA, code } = await setup();
    expect((await exchange(app, cA, code)).status).toBe(200);
    expectOAuthError(await exchange(app, cA, code), 400, 'invalid_grant');
  });

  it('C2: a replay 30 s later revokes what the first exchange issued', async () => {
    const { cA, grant, code } = await setup();
    const first = await exchange(app, cA, code);
    expect((await introspect(app, cA, first.body.access_token)).body.active).toBe(true);
    clock.t += 30_000;
    expectOAuthError(await exchange(app, cA, code), 400, 'invalid_grant');
    const after = await introspect(app, cA, first.body.access_token);
    expect(after.body).toEqual({ active: false });
    expectOAuthError(await refresh(app, cA, first.body.refresh_token), 400, 'invalid_grant');
    expect((await app.deps.stores.grants.byId(grant.id))?.revokedReason).toBe('authorization_code_reuse');
    const audit = await app.deps.stores.audit.forAccount(cA.accountId, { limit: 10 });
    expect(audit.map((e) => [e.action, e.targetId, e.actorUserId, e.data])).toContainEqual([
      'grant.revoked_authorization_code_reuse',
      grant.id,
      cA.user.id,
      { client_id: cA.client.client_id },
    ]);
  });

  it('C4: 20 parallel exchanges of one code give exactly one 200', async () => {
    const { cA, code } = await setup();
    const results = await Promise.all(Array.from({ length: 20 }, () => exchange(app, cA, code)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expectOAuthError(r, 400, 'invalid_grant');
  });

  it('C5: an expired code is invalid_grant', async () => {
    const { cA, code } = await setup();
    clock.t += 62_000;
    expectOAuthError(await exchange(app, cA, code), 400, 'invalid_grant');
  });

  it('C6: a code presented by another client is invalid_grant and stays redeemable by its owner', async () => {
    const { cA, code } = await setup();
    const cB = await seedOAuthClient(app.deps);
    expectOAuthError(await exchange(app, cB, code), 400, 'invalid_grant');
    expect((await app.deps.stores.authorizationCodes.find(sha256(code)))?.consumedAt).toBeNull();
    expect((await exchange(app, cA, code)).status).toBe(200);
  });

  it('C7: a redirect_uri other than the authorization request’s is invalid_grant', async () => {
    const { cA, code } = await setup();
    expectOAuthError(await exchange(app, cA, code, { redirect_uri: 'https://app.example.com/other' }), 400, 'invalid_grant');
    expectOAuthError(await exchange(app, cA, code, { redirect_uri: undefined }), 400, 'invalid_grant');
    expect((await exchange(app, cA, code)).status).toBe(200);
  });

  it('accepts an omitted redirect_uri when the authorization request had none', async () => {
    const cA = await seedOAuthClient(app.deps);
    const code = await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read']), { redirectUriInRequest: false });
    expect((await exchange(app, cA, code, { redirect_uri: undefined })).status).toBe(200);
  });

  describe('PKCE', () => {
    it('P5: a missing code_verifier is invalid_grant', async () => {
      const { cA, code } = await setup();
      expectOAuthError(await exchange(app, cA, code, { code_verifier: undefined }), 400, 'invalid_grant');
    });

    it('N3: an empty code_verifier counts as missing (invalid_grant)', async () => {
      const { cA, code } = await setup();
      expectOAuthError(await exchange(app, cA, code, { code_verifier: '' }), 400, 'invalid_grant');
    });

    it('P6: a wrong (well-formed) verifier is invalid_grant', async () => {
      const { cA, code } = await setup();
      expectOAuthError(await exchange(app, cA, code, { code_verifier: 'x'.repeat(43) }), 400, 'invalid_grant');
      expect((await exchange(app, cA, code)).status).toBe(200);
    });

    it.each([
      ['42 characters', V.slice(0, 42)],
      ['129 characters', 'a'.repeat(129)],
      ['a NUL byte', `${V}\u0000`],
      ['a non-ASCII character', `${V.slice(0, 42)}é`],
    ])('P7: a verifier with %s is invalid_request', async (_name, verifier) => {
      const { cA, code } = await setup();
      const r = await exchange(app, cA, code, { code_verifier: verifier });
      expectOAuthError(r, 400, 'invalid_request', 'code_verifier');
    });

    it('P8: a code issued without a challenge is never redeemed (no downgrade)', async () => {
      const cA = await seedOAuthClient(app.deps);
      const code = await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read']), { codeChallenge: null, codeChallengeMethod: null });
      expectOAuthError(await exchange(app, cA, code), 400, 'invalid_grant');
    });

    it('checks the verifier as S256 of the challenge', async () => {
      const cA = await seedOAuthClient(app.deps);
      const code = await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read']), { codeChallenge: C });
      expect((await exchange(app, cA, code)).status).toBe(200);
      expect(REDIRECT).toBe('https://app.example.com/cb');
    });
  });

  it('a public client redeems with client_id and PKCE only', async () => {
    const cP = await seedOAuthClient(app.deps, { token_endpoint_auth_method: 'none' });
    const code = await mintCode(app.deps, await seedGrant(app.deps, cP, ['openid', 'zone.read']));
    expectTokens(await exchange(app, cP, code), 'openid zone.read', ['id_token']);
  });

  it('refuses a code of a revoked grant', async () => {
    const { cA, grant, code } = await setup();
    await app.deps.stores.grants.revoke(grant.id, 'user', clock.now());
    expectOAuthError(await exchange(app, cA, code), 400, 'invalid_grant');
  });
});
