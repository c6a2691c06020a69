import type { ClientResponse } from '../../shared/api/index.js';
import type { Deps } from '../deps.js';
import type { StoredClient } from '../storage/stores/clients-store.js';
import { toClientResponse } from './client-view.js';

/** The wire form of a stored client with its live secrets and its domain verification read now. */
export async function loadClientResponse(
  deps: Pick<Deps, 'stores' | 'clock'>,
  client: StoredClient,
  clientSecret?: string,
): Promise<ClientResponse> {
  const [secrets, verification] = await Promise.all([
    deps.stores.clients.liveSecrets(client.client_id, deps.clock.now()),
    deps.stores.domainVerifications.byClient(client.client_id),
  ]);
  return toClientResponse(client, secrets, clientSecret, verification);
}
