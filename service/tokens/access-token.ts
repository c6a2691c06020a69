import { SignJWT } from 'jose';
import type { Deps } from '../deps.js';
import { formatScope } from '../../shared/scopes/index.js';

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
 * grant up by primary key and answer inactive once it is revoked or deleted (SECURITY.md I4).
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
  const token = await new SignJWT({ client_id: input.clientId, scope: formatScope(input.scopes), grant_id: input.grantId })
    .setProtectedHeader({ alg, kid, typ: 'at+jwt' })
    .setIssuer(deps.config.PUBLIC_URL)
    .setSubject(input.userId)
    .setAudience(accessTokenAudience(deps.config))
    .setJti(deps.random.token(16))
    .setIssuedAt(iat)
    .setExpirationTime(iat + expiresIn)
    .sign(key);
  return { token, expiresIn };
}
