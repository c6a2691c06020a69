import { createHash } from 'node:crypto';
import type { Deps } from '../deps.js';
import { signJwt } from './sign-jwt.js';

/** OIDC Core §3.1.3.6: left half of the SHA-256 of the access token, base64url. */
function atHash(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest().subarray(0, 16).toString('base64url');
}

/**
 * An OpenID Connect ID token (OIDC Core §2): `iss sub aud exp iat auth_time nonce at_hash`,
 * ES256 with the current key. It lives as long as an access token.
 */
export async function signIdToken(
  deps: Pick<Deps, 'config' | 'keys'>,
  input: { userId: string; clientId: string; authTime: number; nonce: string | null; accessToken: string },
  now: number,
): Promise<string> {
  const { kid, alg, key } = await deps.keys.signingKey();
  const iat = Math.floor(now / 1000);
  const claims = {
    auth_time: Math.floor(input.authTime / 1000),
    at_hash: atHash(input.accessToken),
    ...(input.nonce ? { nonce: input.nonce } : {}),
    iss: deps.config.PUBLIC_URL,
    sub: input.userId,
    aud: input.clientId,
    iat,
    exp: iat + deps.config.ACCESS_TOKEN_TTL_SECONDS,
  };
  return signJwt({ alg, kid, typ: 'JWT' }, claims, key);
}
