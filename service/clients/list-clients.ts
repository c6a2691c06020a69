import type { ClientResponse } from '../../shared/api/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import { loadClientResponse } from './load-client-response.js';

/** Every client of the account, newest first (any member may read). */
export async function listClients(
  deps: Pick<Deps, 'stores' | 'clock'>,
  ctx: { accountId: string; actorUserId: string },
): Promise<ClientResponse[]> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'member');
  const clients = await deps.stores.clients.forAccount(ctx.accountId);
  return Promise.all(clients.map((c) => loadClientResponse(deps, c)));
}
