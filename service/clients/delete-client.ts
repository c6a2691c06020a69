import { NotFound } from '../../shared/errors/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import type { ClientOperationContext } from './client-operation.js';
import { findAccountClient } from './find-account-client.js';

/** Deletes a client and (by cascade) its secrets; its tokens stop working with it. */
export async function deleteClient(
  deps: Pick<Deps, 'stores' | 'audit'>,
  ctx: ClientOperationContext & { clientId: string },
): Promise<void> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'writer');
  const client = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  // A concurrent delete wins once; the loser answers 404 like any unknown client.
  if (!(await deps.stores.clients.delete(client.client_id))) throw new NotFound('no such OAuth client');
  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'oauth_client.deleted',
    targetType: 'oauth_client',
    targetId: client.client_id,
    data: { client_name: client.client_name },
    ip: ctx.ip,
  });
}
