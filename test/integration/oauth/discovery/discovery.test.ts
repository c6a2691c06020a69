import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../../../../shared/scopes/index.js';
import { startTestApp, type TestApp } from '../../../helpers/test-app.js';

describe.each(['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration'])('GET %s', (path) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('P10, S3: publishes the exact metadata with the issuer byte-identical to PUBLIC_URL', async () => {
    const res = await fetch(app.url + path, { headers: { origin: 'https://spa.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const methods = ['client_secret_basic', 'client_secret_post', 'none'];
    expect(await res.json()).toEqual({
      issuer: app.url,
      authorization_endpoint: `${app.url}/oauth2/auth`,
      token_endpoint: `${app.url}/oauth2/token`,
      revocation_endpoint: `${app.url}/oauth2/revoke`,
      introspection_endpoint: `${app.url}/oauth2/introspect`,
      userinfo_endpoint: `${app.url}/oauth2/userinfo`,
      jwks_uri: `${app.url}/.well-known/jwks.json`,
      scopes_supported: defaultCatalog.scopes.map((s) => s.id),
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: methods,
      revocation_endpoint_auth_methods_supported: methods,
      introspection_endpoint_auth_methods_supported: methods,
      authorization_response_iss_parameter_supported: true,
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['ES256'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'at_hash', 'email', 'name'],
    });
  });

  it('S3: endpoints are https when PUBLIC_URL is', async () => {
    const https = await startTestApp({ env: { PUBLIC_URL: 'https://as.test' } });
    try {
      const body = await (await fetch(https.url + path)).json();
      expect(body.issuer).toBe('https://as.test');
      for (const key of ['authorization_endpoint', 'token_endpoint', 'jwks_uri']) expect(body[key]).toMatch(/^https:\/\/as\.test\//);
    } finally {
      await https.close();
    }
  });

  it('is GET only', async () => {
    const res = await fetch(app.url + path, { method: 'POST' });
    expect([res.status, res.headers.get('allow')]).toEqual([405, 'GET']);
  });
});
