import type { ClientResponse } from '../../shared/api/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import { loadClientResponse } from './load-client-response.js';
import { findAccountClient } from './find-account-client.js';

/** One client of the account with its live secrets' metadata (any member may read). */
export async function getClient(
  deps: Pick<Deps, 'stores' | 'clock'>,
  ctx: { accountId: string; actorUserId: string; clientId: string },
): Promise<ClientResponse> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'member');
  const client = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  return loadClientResponse(deps, client);
}
