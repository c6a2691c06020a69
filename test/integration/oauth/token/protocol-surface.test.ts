import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, exchange, expectOAuthError, mintCode, postForm, read, seedGrant, seedOAuthClient, type SeededClient } from '../../../helpers/oauth-fixtures.js';
import { capturedLogger } from '../../../helpers/captured-log.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

const { logger, lines: logs } = capturedLogger();

describe('POST /oauth2/token › protocol surface', () => {
  let app: TestApp;
  let cA: SeededClient;
  const auth = () => ({ authorization: basic(cA.client.client_id, cA.secret!) });
  beforeAll(async () => {
    app = await startTestApp({ overrides: { logger } });
    cA = await seedOAuthClient(app.deps);
  });
  afterAll(() => app.close());

  it('S4: grant_type=password is unsupported_grant_type', async () => {
    const r = await postForm(app, '/oauth2/token', { grant_type: 'password', username: 'a', password: 'b' }, auth());
    expectOAuthError(r, 400, 'unsupported_grant_type');
  });

  it('a missing grant_type is invalid_request', async () => {
    expectOAuthError(await postForm(app, '/oauth2/token', { code: 'x' }, auth()), 400, 'invalid_request', 'grant_type');
  });

  it('N1: a repeated parameter is invalid_request', async () => {
    const r = await postForm(app, '/oauth2/token', [['grant_type', 'authorization_code'], ['code', 'a'], ['code', 'b']], auth());
    expectOAuthError(r, 400, 'invalid_request', 'code');
    const twice = await postForm(app, '/oauth2/token', [['grant_type', 'refresh_token'], ['grant_type', 'refresh_token']], auth());
    expectOAuthError(twice, 400, 'invalid_request', 'grant_type');
  });

  it('N6: a 1 MB body is 413', async () => {
    const r = await postForm(app, '/oauth2/token', { grant_type: 'authorization_code', code: 'x'.repeat(1024 * 1024) }, auth());
    expectOAuthError(r, 413, 'payload_too_large');
  });

  it('N7: a JSON body is invalid_request', async () => {
    const res = await fetch(`${app.url}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth() },
      body: JSON.stringify({ grant_type: 'authorization_code', code: 'x' }),
    });
    expectOAuthError(await read(res), 400, 'invalid_request');
  });

  it.each([
    ['no content type', undefined],
    ['a UTF-16 charset', 'application/x-www-form-urlencoded; charset=utf-16'],
    ['multipart/form-data', 'multipart/form-data; boundary=x'],
  ])('N8: %s is invalid_request', async (_name, type) => {
    const headers: Record<string, string> = { ...auth() };
    if (type) headers['content-type'] = type;
    const res = await fetch(`${app.url}/oauth2/token`, { method: 'POST', headers, body: type ? 'grant_type=x' : new Blob(['grant_type=x']) });
    expectOAuthError(await read(res), 400, 'invalid_request');
  });

  it('N9: GET and PUT are 405 with Allow: POST, and credentials in the query never reach the logs', async () => {
    const get = await read(await fetch(`${app.url}/oauth2/token?grant_type=authorization_code&code=SECRETCODE42&client_secret=SECRETVALUE42`));
    expectOAuthError(get, 405, 'method_not_allowed');
    expect(get.headers.get('allow')).toBe('POST');
    const put = await read(await fetch(`${app.url}/oauth2/token`, { method: 'PUT' }));
    expectOAuthError(put, 405, 'method_not_allowed');
    await new Promise((r) => setTimeout(r, 50));
    const logged = JSON.stringify(logs);
    expect(logged).toContain('/oauth2/token');
    expect(logged).not.toContain('SECRETCODE42');
    expect(logged).not.toContain('SECRETVALUE42');
  });

  it('N11: error descriptions stay within the RFC 6749 §5.2 charset even when quoting input', async () => {
    const r = await postForm(app, '/oauth2/token', { grant_type: 'refresh_token', refresh_token: 'x', scope: 'réad "a"\\' }, auth());
    expectOAuthError(r, 400, 'invalid_scope', 'scope');
  });

  it('answers CORS preflights and allows any origin without credentials', async () => {
    const pre = await fetch(`${app.url}/oauth2/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://spa.example', 'access-control-request-method': 'POST' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
    const code = await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read']));
    const r = await exchange(app, cA, code, {}, { ...auth(), origin: 'https://spa.example' });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('sets no session cookie on protocol endpoints', async () => {
    const r = await postForm(app, '/oauth2/token', { grant_type: 'password' }, auth());
    expect(r.headers.get('set-cookie')).toBeNull();
  });
});

describe('POST /oauth2/token › rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { TRUST_PROXY: 'true' }, overrides: { limits: { tokenFailuresPerClientIp: { points: 5, duration: 60 } } } });
  });
  afterAll(() => app.close());
  const from = (ip: string, h: Record<string, string> = {}) => ({ ...h, 'x-forwarded-for': ip });

  it('B2: wrong secrets get 401 until the client+IP pair is locked (429), other IPs are unaffected', async () => {
    const cA = await seedOAuthClient(app.deps);
    const wrong = from('203.0.113.1', { authorization: basic(cA.client.client_id, 'wrong') });
    for (let i = 0; i < 5; i++) expectOAuthError(await postForm(app, '/oauth2/token', { grant_type: 'authorization_code', code: 'x' }, wrong), 401, 'invalid_client');
    const locked = await postForm(app, '/oauth2/token', { grant_type: 'authorization_code', code: 'x' }, wrong);
    expectOAuthError(locked, 429, 'rate_limited');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const code = await mintCode(app.deps, await seedGrant(app.deps, cA, ['zone.read']));
    expect((await exchange(app, cA, code, {}, from('203.0.113.2', { authorization: basic(cA.client.client_id, cA.secret!) }))).status).toBe(200);
  });

  it('B3: guessed codes get invalid_grant, then 429', async () => {
    const cA = await seedOAuthClient(app.deps);
    const headers = from('203.0.113.9', { authorization: basic(cA.client.client_id, cA.secret!) });
    for (let i = 0; i < 5; i++) {
      const r = await exchange(app, cA, app.deps.random.token(32), {}, headers);
      expectOAuthError(r, 400, 'invalid_grant');
    }
    expectOAuthError(await exchange(app, cA, app.deps.random.token(32), {}, headers), 429, 'rate_limited');
  });
});
