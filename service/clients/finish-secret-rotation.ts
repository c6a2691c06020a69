import type { ClientResponse } from '../../shared/api/index.js';
import { Conflict } from '../../shared/errors/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import type { ClientOperationContext } from './client-operation.js';
import { toClientResponse } from './client-view.js';
import { findAccountClient } from './find-account-client.js';

/** Ends a rotation: every secret but the newest stops working at once. */
export async function finishSecretRotation(
  deps: Pick<Deps, 'stores' | 'clock' | 'audit'>,
  ctx: ClientOperationContext & { clientId: string },
): Promise<ClientResponse> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'writer');
  const client = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  const dropped = await deps.stores.clients.dropOldSecrets(client.client_id);
  if (dropped === 0) throw new Conflict('no secret rotation is in progress');
  const secrets = await deps.stores.clients.liveSecrets(client.client_id, deps.clock.now());
  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'oauth_client.secret_rotation_finished',
    targetType: 'oauth_client',
    targetId: client.client_id,
    data: { secret_id: secrets[0]?.id ?? null, dropped },
    ip: ctx.ip,
  });
  return toClientResponse(client, secrets, undefined, await deps.stores.domainVerifications.byClient(client.client_id));
}
