import type { Deps } from '../deps.js';
import { safeEqual, sha256 } from '../ports/random.js';
import type { StoredClient } from '../storage/stores/clients-store.js';

/** Compared against when the client is unknown, so unknown and known ids take the same work. */
const NO_SECRET_HASH = sha256('consentry: no such client');

/**
 * Authenticates a confidential client by its secret (RFC 6749 §2.3.1): the SHA-256 of the
 * presented secret is compared in constant time with every live secret (two during a rotation),
 * without stopping at the first match. Unknown clients and public clients fail the same way
 * (SECURITY.md A2).
 *
 * @returns the client when the secret is one of its live secrets, else undefined
 */
export async function authenticateClientSecret(
  deps: Pick<Deps, 'stores' | 'clock'>,
  clientId: string,
  presentedSecret: string,
): Promise<StoredClient | undefined> {
  const presented = sha256(presentedSecret);
  const client = await deps.stores.clients.byId(clientId);
  const confidential = client !== undefined && client.token_endpoint_auth_method !== 'none';
  const live = confidential ? await deps.stores.clients.liveSecrets(clientId, deps.clock.now()) : [];
  let match = false;
  for (const s of live) match = safeEqual(presented, s.secretHash) || match;
  if (live.length === 0) safeEqual(presented, NO_SECRET_HASH);
  return confidential && match ? client : undefined;
}
