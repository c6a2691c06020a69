import type { Deps } from '../deps.js';
import { safeEqual, sha256 } from '../ports/random.js';
import type { StoredClient } from '../storage/stores/clients-store.js';

/** Compared against when the client is unknown, so unknown and known ids take the same work. */
const NO_SECRET_HASH = sha256('consentry: no such client');

/**
 * Authenticates a confidential client by its secret (RFC 6749 §2.3.1): the SHA-256 of the
 * presented secret is compared in constant time with every live secret (two during a rotation),
 * without stopping at the first match. Unknown clients and public clients fail the same way
 * (docs/security.md A2).
 *
 * @returns the client when the secret is one of its live secrets, else undefined
 */
export async function authenticateClientSecret(
  deps: Pick<Deps, 'stores' | 'clock'>,
  clientId: string,
  presentedSecret: string,
): Promise<StoredClient | undefined> {
  const presented = sha256(presentedSecret);
  // One query for the client and its live secrets, on every call: nothing is cached, so a
  // dropped or rotated-out secret stops working at once in every process.
  const found = await deps.stores.clients.forAuthentication(clientId, deps.clock.now());
  const confidential = found !== undefined && found.client.token_endpoint_auth_method !== 'none';
  const live = confidential ? found.secretHashes : [];
  let match = false;
  for (const hash of live) match = safeEqual(presented, hash) || match;
  if (live.length === 0) safeEqual(presented, NO_SECRET_HASH);
  return confidential && match ? found.client : undefined;
}
