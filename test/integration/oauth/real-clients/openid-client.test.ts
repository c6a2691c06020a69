import * as oidc from 'openid-client';
import { describe, expect, it } from 'vitest';
import { followAuthorizationUrl } from '../../../helpers/oauth-flow.js';
import { REDIRECT_URI, useRealClientFixture } from './real-client-fixture.js';

// The whole flow driven by openid-client 6 (a certified relying party nobody here wrote):
// discovery, PKCE, our consent page, code exchange (ID token and iss checked by the library),
// refresh with rotation, introspection, userinfo and revocation.
describe('openid-client against Consentry', () => {
  const fx = useRealClientFixture();

  async function configuration() {
    return oidc.discovery(new URL(fx.app.url), fx.client.client_id, {}, oidc.ClientSecretBasic(fx.secret), {
      execute: [oidc.allowInsecureRequests],
    });
  }

  async function signInWithCode(config: oidc.Configuration) {
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: 'openid email offline_access zone.read',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const { location } = await followAuthorizationUrl(fx.app, fx.session, url);
    return oidc.authorizationCodeGrant(config, location, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
  }

  it('completes discovery, authorization with PKCE, and the code exchange', async () => {
    const config = await configuration();
    expect(config.serverMetadata().issuer).toBe(fx.app.url);
    const tokens = await signInWithCode(config);
    expect(tokens.token_type.toLowerCase()).toBe('bearer');
    expect(tokens.scope?.split(' ').sort()).toEqual(['email', 'offline_access', 'openid', 'zone.read']);
    expect(tokens.refresh_token).toBeTruthy();
    expect(tokens.claims()?.sub).toBe(fx.user.id);
  });

  it('refreshes with rotation: the new refresh token differs and the old one is refused', async () => {
    const config = await configuration();
    const tokens = await signInWithCode(config);
    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).toBeTruthy();
    expect(refreshed.refresh_token).toBeTruthy();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('introspects, fetches userinfo, revokes, and then introspection says inactive', async () => {
    const config = await configuration();
    const tokens = await signInWithCode(config);
    const active = await oidc.tokenIntrospection(config, tokens.access_token);
    expect(active).toMatchObject({ active: true, client_id: fx.client.client_id, sub: fx.user.id });
    const info = await oidc.fetchUserInfo(config, tokens.access_token, fx.user.id);
    expect(info).toMatchObject({ sub: fx.user.id, email: 'ada@example.test' });
    await oidc.tokenRevocation(config, tokens.refresh_token!);
    expect(await oidc.tokenIntrospection(config, tokens.access_token)).toEqual({ active: false });
    await expect(oidc.refreshTokenGrant(config, tokens.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });
});
