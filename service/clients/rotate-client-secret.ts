import type { ClientResponse } from '../../shared/api/index.js';
import { Conflict } from '../../shared/errors/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import type { ClientOperationContext, ClientResult } from './client-operation.js';
import { issueClientSecret } from './client-secret-issuer.js';
import { toClientResponse } from './client-view.js';
import { findAccountClient } from './find-account-client.js';

/**
 * Starts a secret rotation: a new secret becomes current and the previous one keeps working
 * until the rotation is finished, so deployments can switch without downtime (OAuth 2.1
 * §3.2.1 credential changes). At most two secrets are live: a second rotation must wait for
 * the first to finish.
 */
export async function rotateClientSecret(
  deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit'>,
  ctx: ClientOperationContext & { clientId: string },
): Promise<ClientResult<ClientResponse> & { clientSecret: string }> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'writer');
  const client = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  if (client.token_endpoint_auth_method === 'none') {
    throw new Conflict('public clients (token_endpoint_auth_method none) have no secret to rotate');
  }
  const now = deps.clock.now();
  const live = await deps.stores.clients.liveSecrets(client.client_id, now);
  if (live.length >= 2) throw new Conflict('a secret rotation is already in progress; finish it first');
  const secret = issueClientSecret(deps, client.client_id, now, (live[0]?.createdAt ?? 0) + 1);
  await deps.stores.clients.addSecret(secret.record);
  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'oauth_client.secret_rotated',
    targetType: 'oauth_client',
    targetId: client.client_id,
    data: { secret_id: secret.record.id, previous_secret_ids: live.map((s) => s.id) },
    ip: ctx.ip,
  });
  const secrets = await deps.stores.clients.liveSecrets(client.client_id, now);
  const verification = await deps.stores.domainVerifications.byClient(client.client_id);
  return { client: toClientResponse(client, secrets, secret.value, verification), clientSecret: secret.value };
}
