import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueClientSecret } from '../../../../service/clients/client-secret-issuer.js';
import { REDIRECT, V, basic, exchange, expectOAuthError, expectTokens, introspect, mintCode, postForm, seedGrant, seedOAuthClient } from '../../../helpers/oauth-fixtures.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

const clock = { t: Date.now(), now() { return this.t; } };

describe('POST /oauth2/token › client authentication', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ overrides: { clock } });
  });
  afterAll(() => app.close());

  async function codeFor(over = {}, opts = {}) {
    const cA = await seedOAuthClient(app.deps, over, opts);
    return { cA, code: await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read'])) };
  }
  const form = (code: string, over: Record<string, string | undefined> = {}) => ({
    grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: V, ...over,
  });

  it('A1: a wrong secret over Basic is 401 invalid_client with WWW-Authenticate: Basic', async () => {
    const { cA, code } = await codeFor();
    const r = await postForm(app, '/oauth2/token', form(code), { authorization: basic(cA.client.client_id, 'wrong') });
    expectOAuthError(r, 401, 'invalid_client');
    expect(r.headers.get('www-authenticate')).toBe('Basic realm="consentry"');
  });

  it('A2: an unknown client and a wrong secret get identical answers', async () => {
    const { cA, code } = await codeFor();
    const unknown = await postForm(app, '/oauth2/token', form(code), { authorization: basic('nope', 'x') });
    const wrong = await postForm(app, '/oauth2/token', form(code), { authorization: basic(cA.client.client_id, 'x') });
    expect([unknown.status, unknown.body, unknown.headers.get('www-authenticate')]).toEqual([wrong.status, wrong.body, wrong.headers.get('www-authenticate')]);
    expectOAuthError(unknown, 401, 'invalid_client');
  });

  it('A3: Basic and client_secret in the body at once is invalid_request', async () => {
    const { cA, code } = await codeFor();
    const r = await postForm(app, '/oauth2/token', form(code, { client_secret: cA.secret }), { authorization: basic(cA.client.client_id, cA.secret!) });
    expectOAuthError(r, 400, 'invalid_request');
  });

  it('A4: client_secret_post by a client registered for client_secret_basic is 401 invalid_client', async () => {
    const { cA, code } = await codeFor();
    const r = await postForm(app, '/oauth2/token', form(code, { client_id: cA.client.client_id, client_secret: cA.secret }));
    expectOAuthError(r, 401, 'invalid_client');
    expect(r.headers.get('www-authenticate')).toBeNull();
  });

  it('accepts client_secret_post from a client registered for it', async () => {
    const { cA, code } = await codeFor({ token_endpoint_auth_method: 'client_secret_post' });
    expectTokens(await postForm(app, '/oauth2/token', form(code, { client_id: cA.client.client_id, client_secret: cA.secret })), 'zone.read', []);
  });

  it('A5: Basic credentials are form-url-decoded after base64 (secret with : % + é)', async () => {
    const { cA, code } = await codeFor({}, { secret: 'a:b%c+d é' });
    expectTokens(await postForm(app, '/oauth2/token', form(code), { authorization: basic(cA.client.client_id, 'a:b%c+d é') }), 'zone.read', []);
  });

  it('A6: a confidential client sending only client_id is 401 invalid_client', async () => {
    const { cA, code } = await codeFor();
    expectOAuthError(await postForm(app, '/oauth2/token', form(code, { client_id: cA.client.client_id })), 401, 'invalid_client');
  });

  it('A6: no client identification at all is 401 invalid_client', async () => {
    const { code } = await codeFor();
    expectOAuthError(await postForm(app, '/oauth2/token', form(code)), 401, 'invalid_client');
  });

  it('A7: a public client sending a secret, or any client_assertion, is 401 invalid_client', async () => {
    const { cA, code } = await codeFor({ token_endpoint_auth_method: 'none' });
    expectOAuthError(await postForm(app, '/oauth2/token', form(code, { client_id: cA.client.client_id, client_secret: 'x' })), 401, 'invalid_client');
    const none = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
    const assertion = await postForm(app, '/oauth2/token', form(code, {
      client_id: cA.client.client_id,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: none,
    }));
    expectOAuthError(assertion, 401, 'invalid_client');
  });

  it('A8: an old secret after its rotation ended is 401; a deleted client’s tokens introspect inactive', async () => {
    const { cA, code } = await codeFor();
    const at = (await exchange(app, cA, code)).body.access_token;
    const next = issueClientSecret(app.deps, cA.client.client_id, clock.now() + 1);
    await app.deps.stores.clients.addSecret(next.record);
    await app.deps.stores.clients.dropOldSecrets(cA.client.client_id);
    const code2 = await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read']));
    expectOAuthError(await exchange(app, cA, code2), 401, 'invalid_client');
    const rotated = { ...cA, secret: next.value };
    expect((await introspect(app, rotated, at)).body.active).toBe(true);

    const other = await seedOAuthClient(app.deps);
    const otherAt = (await exchange(app, other, await mintCode(app.deps, await seedGrant(app.deps, other, ['zone.read'])))).body.access_token;
    await app.deps.stores.clients.delete(other.client.client_id);
    expectOAuthError(await introspect(app, other, otherAt), 401, 'invalid_client');
    // The token is dead for anyone: its grant went with the client.
    expect((await introspect(app, rotated, otherAt)).body).toEqual({ active: false });
  });

  it('rejects a Basic header whose client_id disagrees with the body', async () => {
    const { cA, code } = await codeFor();
    const r = await postForm(app, '/oauth2/token', form(code, { client_id: 'other' }), { authorization: basic(cA.client.client_id, cA.secret!) });
    expectOAuthError(r, 400, 'invalid_request');
  });
});
