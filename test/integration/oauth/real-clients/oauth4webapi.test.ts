import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { followAuthorizationUrl } from '../../../helpers/oauth-flow.js';
import { REDIRECT_URI, useRealClientFixture } from './real-client-fixture.js';

const insecure = { [oauth.allowInsecureRequests]: true } as const;

// The whole flow driven by oauth4webapi 3: RFC 8414 discovery, PKCE, validateAuthResponse
// (which requires iss, RFC 9207), code exchange, refresh rotation, introspection, userinfo and
// revocation.
describe('oauth4webapi against Consentry', () => {
  const fx = useRealClientFixture();

  async function discover() {
    const issuer = new URL(fx.app.url);
    return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }));
  }

  async function codeFlow(as: oauth.AuthorizationServer, scope: string) {
    const client: oauth.Client = { client_id: fx.client.client_id };
    const auth = oauth.ClientSecretBasic(fx.secret);
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      scope,
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString();
    const { location } = await followAuthorizationUrl(fx.app, fx.session, url);
    const params = oauth.validateAuthResponse(as, client, location, state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, auth, params, REDIRECT_URI, verifier, insecure);
    return { client, auth, tokens: await oauth.processAuthorizationCodeResponse(as, client, response) };
  }

  it('discovers the server metadata with S256 only and iss in authorization responses', async () => {
    const as = await discover();
    expect(as.issuer).toBe(fx.app.url);
    expect(as.code_challenge_methods_supported).toEqual(['S256']);
    expect(as.authorization_response_iss_parameter_supported).toBe(true);
  });

  it('validates the authorization response (iss included) and exchanges the code', async () => {
    const as = await discover();
    const { tokens } = await codeFlow(as, 'zone.read offline_access');
    expect(tokens.token_type).toBe('bearer');
    expect(tokens.scope).toBe('zone.read offline_access');
    expect(tokens.refresh_token).toBeTruthy();
  });

  it('rejects an authorization response without the right iss (the check is real)', async () => {
    const as = await discover();
    const client: oauth.Client = { client_id: fx.client.client_id };
    const forged = new URL(`${REDIRECT_URI}?code=abc&state=s&iss=${encodeURIComponent('https://evil.example')}`);
    expect(() => oauth.validateAuthResponse(as, client, forged, 's')).toThrow();
  });

  it('refreshes with rotation, introspects, reads userinfo and revokes', async () => {
    const as = await discover();
    const { client, auth, tokens } = await codeFlow(as, 'openid email offline_access');
    const refreshed = await oauth.processRefreshTokenResponse(as, client, await oauth.refreshTokenGrantRequest(as, client, auth, tokens.refresh_token!, insecure));
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);

    const introspected = await oauth.processIntrospectionResponse(as, client, await oauth.introspectionRequest(as, client, auth, refreshed.access_token, insecure));
    expect(introspected).toMatchObject({ active: true, client_id: fx.client.client_id });

    const info = await oauth.processUserInfoResponse(as, client, fx.user.id, await oauth.userInfoRequest(as, client, refreshed.access_token, insecure));
    expect(info).toMatchObject({ sub: fx.user.id, email: 'ada@example.test' });

    await oauth.processRevocationResponse(await oauth.revocationRequest(as, client, auth, refreshed.refresh_token!, insecure));
    const after = await oauth.processIntrospectionResponse(as, client, await oauth.introspectionRequest(as, client, auth, refreshed.access_token, insecure));
    expect(after).toEqual({ active: false });
  });
});
