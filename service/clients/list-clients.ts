import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import { toClientResponse, type ClientResponse } from './client-view.js';

/** Every client of the account, newest first (any member may read). */
export async function listClients(
  deps: Pick<Deps, 'stores' | 'clock'>,
  ctx: { accountId: string; actorUserId: string },
): Promise<ClientResponse[]> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'member');
  const clients = await deps.stores.clients.forAccount(ctx.accountId);
  const now = deps.clock.now();
  return Promise.all(clients.map(async (c) => toClientResponse(c, await deps.stores.clients.liveSecrets(c.client_id, now))));
}
