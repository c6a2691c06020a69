import type { StoredClient } from '../../storage/stores/clients-store.js';
import type { Grant } from '../../storage/stores/grants-store.js';
import { signAccessToken } from '../../tokens/access-token.js';
import { signIdToken } from '../../tokens/id-token.js';
import { tokenResponseBody, type TokenResponseBody } from '../../tokens/token-response.js';
import type { GrantDeps } from './grant-type.js';

/**
 * Whether a refresh token is issued. Our choice (OIDC Core §11): only when the user granted
 * `offline_access` (the consent page labels it "lasting access") AND the client registered the
 * `refresh_token` grant type, so a client that never asked for lasting access never holds it.
 */
export function mayRefresh(client: StoredClient, scopes: readonly string[]): boolean {
  return scopes.includes('offline_access') && client.grant_types.includes('refresh_token');
}

/**
 * The access token, and the ID token when `openid` was granted (code exchange only). The
 * grant's "last used" is recorded by the caller's write (rotation or code redemption), in the
 * same transaction.
 */
export async function issueTokens(
  deps: GrantDeps,
  input: {
    grant: Grant;
    client: StoredClient;
    scopes: string[];
    refreshToken?: string;
    idToken?: { authTime: number; nonce: string | null };
  },
  now: number,
): Promise<TokenResponseBody> {
  const { grant, client, scopes } = input;
  const at = await signAccessToken(deps, { grantId: grant.id, clientId: client.client_id, userId: grant.userId, scopes }, now);
  const idToken =
    input.idToken && scopes.includes('openid')
      ? await signIdToken(deps, { userId: grant.userId, clientId: client.client_id, ...input.idToken, accessToken: at.token }, now)
      : undefined;
  return tokenResponseBody({ accessToken: at.token, expiresIn: at.expiresIn, scopes, refreshToken: input.refreshToken, idToken });
}
