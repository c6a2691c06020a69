import type { Deps } from '../deps.js';
import { sha256 } from '../ports/random.js';
import type { RefreshToken } from '../storage/stores/refresh-tokens-store.js';

/**
 * A new opaque refresh token (256 random bits, OAuth 2.1 §7.7) and the row that stores its hash.
 * Idle expiry restarts with each rotation; the absolute expiry of the chain never moves
 * (RFC 9700 §4.14.2).
 */
export function newRefreshToken(
  deps: Pick<Deps, 'config' | 'random'>,
  input: { grantId: string; clientId: string; scopes: string[]; absoluteExpiresAt?: number },
  now: number,
): { token: string; row: RefreshToken } {
  const token = deps.random.token(32);
  const absolute = input.absoluteExpiresAt ?? now + deps.config.REFRESH_TOKEN_ABSOLUTE_TTL_SECONDS * 1000;
  return {
    token,
    row: {
      tokenHash: sha256(token),
      grantId: input.grantId,
      clientId: input.clientId,
      scopes: input.scopes,
      createdAt: now,
      lastUsedAt: null,
      expiresAt: Math.min(now + deps.config.REFRESH_TOKEN_IDLE_TTL_SECONDS * 1000, absolute),
      absoluteExpiresAt: absolute,
      rotatedAt: null,
      replacedByHash: null,
    },
  };
}
