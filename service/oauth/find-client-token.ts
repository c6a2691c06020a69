import type { Deps } from '../deps.js';
import { sha256 } from '../ports/random.js';
import type { Grant } from '../storage/stores/grants-store.js';
import type { RefreshToken } from '../storage/stores/refresh-tokens-store.js';
import type { VerifiedTokenCache } from '../tokens/verified-token-cache.js';
import { verifyAccessToken, type ActiveAccessToken } from '../tokens/verify-access-token.js';

export type ClientToken =
  | { kind: 'access_token'; grant: Grant; access: ActiveAccessToken }
  | { kind: 'refresh_token'; grant: Grant; refresh: RefreshToken };

/**
 * Finds a token presented to revocation or introspection, whatever `token_type_hint` says
 * (RFC 7009 §2.1, RFC 7662 §2.1: the hint only speeds up the lookup; docs/security.md V5), and only
 * if it was issued to `clientId` (V3, I3): a token of another client is as good as unknown.
 * Access tokens must verify and belong to a live grant; refresh tokens only need to exist with a
 * live grant (the caller decides whether rotated or expired ones still count). `verified` lets
 * an access token verified before skip its signature check (see VerifiedTokenCache).
 */
export async function findClientToken(
  deps: Pick<Deps, 'config' | 'keys' | 'clock' | 'stores'>,
  token: string,
  clientId: string,
  verified?: VerifiedTokenCache,
): Promise<ClientToken | undefined> {
  if (token.split('.').length === 3) {
    const access = await verifyAccessToken(deps, token, verified);
    if (access && access.claims.client_id === clientId) return { kind: 'access_token', grant: access.grant, access };
    return undefined;
  }
  const refresh = await deps.stores.refreshTokens.find(sha256(token));
  if (!refresh || refresh.clientId !== clientId) return undefined;
  const grant = await deps.stores.grants.byId(refresh.grantId);
  if (!grant || grant.revokedAt !== null) return undefined;
  return { kind: 'refresh_token', grant, refresh };
}
