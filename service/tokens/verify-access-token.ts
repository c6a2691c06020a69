import { decodeProtectedHeader, jwtVerify } from 'jose';
import type { Deps } from '../deps.js';
import type { Grant } from '../storage/stores/grants-store.js';
import { SIGNING_ALG } from '../keys/generate-signing-key.js';
import type { AccessTokenClaims } from './access-token-claims.js';
import type { VerifiedToken, VerifiedTokenCache } from './verified-token-cache.js';

export interface ActiveAccessToken {
  claims: AccessTokenClaims;
  grant: Grant;
  scopes: string[];
}

/**
 * Validates one of our access tokens: ES256 signature by a published key, `typ: at+jwt`
 * (RFC 9068 §4), our issuer, not expired at the injected clock, and its grant still live and
 * still the grant of the same client. Anything else is `undefined`, never an exception: callers
 * answer "inactive" or `invalid_token` without saying why. With `cache`, a token this process
 * verified before skips the signature check (not the expiry, key or grant checks).
 */
export async function verifyAccessToken(
  deps: Pick<Deps, 'config' | 'keys' | 'clock' | 'stores'>,
  token: string,
  cache?: VerifiedTokenCache,
): Promise<ActiveAccessToken | undefined> {
  if (token.length > 4096 || token.split('.').length !== 3) return undefined;
  const verified = await verifySignedClaims(deps, token, cache);
  if (!verified) return undefined;
  const { claims } = verified;
  // Every time, cached or not: a revoked grant kills its tokens at once in every process (I4).
  const grant = await deps.stores.grants.byId(claims.grant_id);
  if (!grant || grant.revokedAt !== null || grant.clientId !== claims.client_id) return undefined;
  return { claims, grant, scopes: claims.scope === '' ? [] : claims.scope.split(' ') };
}

/** The signature and claims checks, or the cached result of an earlier one for the same string. */
async function verifySignedClaims(
  deps: Pick<Deps, 'config' | 'keys' | 'clock'>,
  token: string,
  cache: VerifiedTokenCache | undefined,
): Promise<VerifiedToken | undefined> {
  const now = deps.clock.now();
  const cached = cache?.get(token, now);
  // A key withdrawn from the JWKS verifies nothing any more, cached or not.
  if (cached && (await deps.keys.verificationKey(cached.kid))) return cached;
  try {
    const header = decodeProtectedHeader(token);
    const kid = header.kid;
    const key = typeof kid === 'string' ? await deps.keys.verificationKey(kid) : undefined;
    if (!key || typeof kid !== 'string') return undefined;
    const verified = await jwtVerify(token, key, {
      algorithms: [SIGNING_ALG],
      typ: 'at+jwt',
      issuer: deps.config.PUBLIC_URL,
      currentDate: new Date(now),
      requiredClaims: ['sub', 'client_id', 'scope', 'grant_id', 'jti', 'iat', 'exp'],
    });
    const claims = verified.payload as AccessTokenClaims;
    if (typeof claims.grant_id !== 'string' || typeof claims.scope !== 'string' || typeof claims.client_id !== 'string') return undefined;
    cache?.set(token, { claims, kid });
    return { claims, kid };
  } catch {
    return undefined;
  }
}
