import { NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { StoredClient } from '../storage/stores/clients-store.js';

/** A client of this account; a client of another account is as absent as an unknown id. */
export async function findAccountClient(
  deps: Pick<Deps, 'stores'>,
  accountId: string,
  clientId: string,
): Promise<StoredClient> {
  const client = await deps.stores.clients.byId(clientId);
  if (!client || client.account_id !== accountId) throw new NotFound('no such OAuth client');
  return client;
}
