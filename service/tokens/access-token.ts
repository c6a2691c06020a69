import { formatScope } from '../../shared/scopes/index.js';
import type { Deps } from '../deps.js';
import { signJwt } from './sign-jwt.js';

export interface AccessTokenInput {
  grantId: string;
  clientId: string;
  userId: string;
  scopes: string[];
}

/** The audience of our access tokens: the companion API, served under the issuer. */
export function accessTokenAudience(config: Pick<Deps['config'], 'PUBLIC_URL'>): string {
  return config.PUBLIC_URL;
}

/**
 * Signs a JWT access token per RFC 9068 (§2.1 header `typ: at+jwt`, ES256, `kid`; §2.2 claims
 * `iss sub aud client_id scope jti iat exp`).
 *
 * Revocation design: the token also carries `grant_id`. Introspection and userinfo look that
 * grant up by primary key and answer inactive once it is revoked or deleted (docs/security.md I4).
 * That costs no write per issued token (a jti table would cost one insert per token on the hot
 * path and grow without bound) and revoking a grant kills every token of it with one UPDATE.
 */
export async function signAccessToken(
  deps: Pick<Deps, 'config' | 'keys' | 'random'>,
  input: AccessTokenInput,
  now: number,
): Promise<{ token: string; expiresIn: number }> {
  const { kid, alg, key } = await deps.keys.signingKey();
  const iat = Math.floor(now / 1000);
  const expiresIn = deps.config.ACCESS_TOKEN_TTL_SECONDS;
  const claims = {
    client_id: input.clientId,
    scope: formatScope(input.scopes),
    grant_id: input.grantId,
    iss: deps.config.PUBLIC_URL,
    sub: input.userId,
    aud: accessTokenAudience(deps.config),
    jti: deps.random.token(16),
    iat,
    exp: iat + expiresIn,
  };
  const token = signJwt({ alg, kid, typ: 'at+jwt' }, claims, key);
  return { token, expiresIn };
}
