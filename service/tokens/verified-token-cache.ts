import type { AccessTokenClaims } from './access-token-claims.js';

/** What verifying a token's signature and claims found: its claims and the `kid` of the key that verified it. */
export interface VerifiedToken {
  claims: AccessTokenClaims;
  kid: string;
}

/**
 * Access tokens this process has already verified (ES256 signature, `typ`, issuer, required
 * claims), by their exact string: an identical string is the same token, so its signature needs
 * no second check. An ES256 verification is most of an introspection's own CPU, and a resource
 * server introspects one token many times. Only verified tokens enter, so garbage cannot fill it;
 * at most `max` are kept (the oldest go first), and an entry past its `exp` is dropped when read.
 *
 * It caches the signature check only. Whether the token's grant is still live is read from the
 * database on every use, so a revocation in any process is seen at once (docs/architecture.md#storage-and-scale-out); the caller
 * also checks that the key that verified it is still published (a `kid` is the key's RFC 7638
 * thumbprint, so a published kid is the same key).
 */
export interface VerifiedTokenCache {
  /** The verified token, unless unknown or expired at `nowMs` (RFC 7519 §4.1.4, as jose judges it). */
  get(token: string, nowMs: number): VerifiedToken | undefined;
  set(token: string, verified: VerifiedToken): void;
  delete(token: string): void;
}

export function createVerifiedTokenCache(max = 4096): VerifiedTokenCache {
  const entries = new Map<string, VerifiedToken>();
  return {
    get(token, nowMs) {
      const hit = entries.get(token);
      if (!hit) return undefined;
      if (hit.claims.exp <= Math.floor(nowMs / 1000)) {
        entries.delete(token);
        return undefined;
      }
      return hit;
    },
    set(token, verified) {
      if (entries.size >= max) entries.delete(entries.keys().next().value!);
      entries.set(token, verified);
    },
    delete(token) {
      entries.delete(token);
    },
  };
}
