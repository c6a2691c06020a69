import { decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import type { Deps } from '../deps.js';
import type { Grant } from '../storage/stores/grants-store.js';
import { SIGNING_ALG } from '../keys/generate-signing-key.js';

export interface AccessTokenClaims extends JWTPayload {
  sub: string;
  client_id: string;
  scope: string;
  grant_id: string;
  jti: string;
  iat: number;
  exp: number;
}

export interface ActiveAccessToken {
  claims: AccessTokenClaims;
  grant: Grant;
  scopes: string[];
}

/**
 * Validates one of our access tokens: ES256 signature by a published key, `typ: at+jwt`
 * (RFC 9068 §4), our issuer, not expired at the injected clock, and its grant still live and
 * still the grant of the same client. Anything else is `undefined`, never an exception: callers
 * answer "inactive" or `invalid_token` without saying why.
 */
export async function verifyAccessToken(
  deps: Pick<Deps, 'config' | 'keys' | 'clock' | 'stores'>,
  token: string,
): Promise<ActiveAccessToken | undefined> {
  if (token.length > 4096 || token.split('.').length !== 3) return undefined;
  let claims: AccessTokenClaims;
  try {
    const header = decodeProtectedHeader(token);
    const key = typeof header.kid === 'string' ? await deps.keys.verificationKey(header.kid) : undefined;
    if (!key) return undefined;
    const verified = await jwtVerify(token, key, {
      algorithms: [SIGNING_ALG],
      typ: 'at+jwt',
      issuer: deps.config.PUBLIC_URL,
      currentDate: new Date(deps.clock.now()),
      requiredClaims: ['sub', 'client_id', 'scope', 'grant_id', 'jti', 'iat', 'exp'],
    });
    claims = verified.payload as AccessTokenClaims;
  } catch {
    return undefined;
  }
  if (typeof claims.grant_id !== 'string' || typeof claims.scope !== 'string') return undefined;
  const grant = await deps.stores.grants.byId(claims.grant_id);
  if (!grant || grant.revokedAt !== null || grant.clientId !== claims.client_id) return undefined;
  return { claims, grant, scopes: claims.scope === '' ? [] : claims.scope.split(' ') };
}
