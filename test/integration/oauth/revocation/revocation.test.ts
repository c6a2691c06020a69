import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, exchange, expectOAuthError, introspect, mintCode, postForm, read, refresh, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

describe('POST /oauth2/revoke', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function tokens() {
    const cA = await seedOAuthClient(app.deps);
    const grant = await seedGrant(app.deps, cA, ['offline_access', 'zone.read']);
    const r = await exchange(app, cA, await mintCode(app.deps, grant));
    return { cA, grant, at: r.body.access_token as string, rt: r.body.refresh_token as string };
  }
  const revoke = (cA: { client: { client_id: string }; secret?: string }, form: Record<string, string>) =>
    postForm(app, '/oauth2/revoke', form, { authorization: basic(cA.client.client_id, cA.secret!) });
  const expectEmpty200 = (r: Awaited<ReturnType<typeof revoke>>) => {
    expect([r.status, r.body, r.headers.get('cache-control')]).toEqual([200, undefined, 'no-store']);
  };

  it('V1: revoking a refresh token revokes the grant: RT invalid_grant, ATs inactive, audited', async () => {
    const { cA, grant, at, rt } = await tokens();
    expectEmpty200(await revoke(cA, { token: rt }));
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
    expect((await introspect(app, cA, at)).body).toEqual({ active: false });
    const audit = await app.deps.stores.audit.forAccount(cA.accountId, { limit: 5 });
    expect(audit.map((e) => [e.action, e.targetId, e.data])).toContainEqual([
      'grant.revoked_by_client', grant.id, { client_id: cA.client.client_id, token_type: 'refresh_token' },
    ]);
  });

  it('revoking an access token revokes its grant too', async () => {
    const { cA, at, rt } = await tokens();
    expectEmpty200(await revoke(cA, { token: at, token_type_hint: 'access_token' }));
    expect((await introspect(app, cA, at)).body).toEqual({ active: false });
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
  });

  it('V2: garbage and already revoked tokens answer 200', async () => {
    const { cA, rt } = await tokens();
    expectEmpty200(await revoke(cA, { token: 'notatoken' }));
    expectEmpty200(await revoke(cA, { token: rt }));
    expectEmpty200(await revoke(cA, { token: rt }));
  });

  it('V3: another client’s token answers 200 and changes nothing', async () => {
    const { cA, at, rt } = await tokens();
    const cB = await seedOAuthClient(app.deps);
    expectEmpty200(await revoke(cB, { token: rt }));
    expectEmpty200(await revoke(cB, { token: at }));
    expect((await introspect(app, cA, at)).body.active).toBe(true);
    expect((await refresh(app, cA, rt)).status).toBe(200);
  });

  it('V4: bad client authentication is 401 invalid_client', async () => {
    const { cA, rt } = await tokens();
    const r = await postForm(app, '/oauth2/revoke', { token: rt }, { authorization: basic(cA.client.client_id, 'wrong') });
    expectOAuthError(r, 401, 'invalid_client');
    expect(r.headers.get('www-authenticate')).toBe('Basic realm="consentry"');
    expect((await refresh(app, cA, rt)).status).toBe(200);
  });

  it.each(['access_token', 'foo'])('V5: a misleading token_type_hint=%s still revokes', async (hint) => {
    const { cA, rt } = await tokens();
    expectEmpty200(await revoke(cA, { token: rt, token_type_hint: hint }));
    expectOAuthError(await refresh(app, cA, rt), 400, 'invalid_grant');
  });

  it('V6: GET is 405 with Allow: POST and revokes nothing', async () => {
    const { cA, rt } = await tokens();
    const r = await read(await fetch(`${app.url}/oauth2/revoke?token=${rt}`, { headers: { authorization: basic(cA.client.client_id, cA.secret!) } }));
    expectOAuthError(r, 405, 'method_not_allowed');
    expect(r.headers.get('allow')).toBe('POST');
    expect((await refresh(app, cA, rt)).status).toBe(200);
  });

  it('a missing token is invalid_request', async () => {
    const { cA } = await tokens();
    expectOAuthError(await revoke(cA, {}), 400, 'invalid_request', 'token');
  });

  it('a public client revokes its own token with client_id alone', async () => {
    const cP = await seedOAuthClient(app.deps, { token_endpoint_auth_method: 'none' });
    const r = await exchange(app, cP, await mintCode(app.deps, await seedGrant(app.deps, cP, ['offline_access', 'zone.read'])));
    expectEmpty200(await postForm(app, '/oauth2/revoke', { token: r.body.refresh_token, client_id: cP.client.client_id }));
    expectOAuthError(await refresh(app, cP, r.body.refresh_token), 400, 'invalid_grant');
  });
});
