import type { Deps } from '../deps.js';
import { sha256 } from '../ports/random.js';
import type { ClientSecret } from '../storage/stores/clients-store.js';

export interface IssuedSecret {
  /** The value, returned to the developer once and then forgotten. */
  value: string;
  record: ClientSecret;
}

/**
 * A new client secret: 256 random bits, stored as SHA-256. Not a slow KDF on purpose: the
 * secret is high-entropy and checked on every token request. `notBefore` keeps secrets ordered
 * when a rotation lands in the same millisecond as the previous secret.
 */
export function issueClientSecret(deps: Pick<Deps, 'random'>, clientId: string, now: number, notBefore = 0): IssuedSecret {
  const value = deps.random.token(32);
  const createdAt = Math.max(now, notBefore);
  return {
    value,
    record: { id: deps.random.orderedId(createdAt), clientId, secretHash: sha256(value), createdAt, expiresAt: null },
  };
}
