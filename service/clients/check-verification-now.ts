import { Conflict } from '../../shared/errors/index.js';
import type { ClientUriVerification } from '../../shared/oauth/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { ClientOperationContext } from './client-operation.js';
import { findAccountClient } from './find-account-client.js';
import type { Deps } from '../deps.js';
import type { VerificationPoller } from '../domains/verification-poller.js';
import { toVerificationView } from '../domains/verification-view.js';

export type CheckNowDeps = Pick<Deps, 'stores' | 'limiters' | 'audit'> & { poller: Pick<VerificationPoller, 'checkNow'> };

/**
 * "Check now" (admins and developers): looks the record up at once instead of waiting for the
 * poller. Limited per client before any DNS query (docs/security.md B4, D19: at most
 * `verificationCheckPerClient` lookups, whoever asks), so the button cannot be turned into a
 * DNS flood. A check already running (its lease held elsewhere) is not repeated: the answer is
 * the state as it stands.
 */
export async function checkVerificationNow(deps: CheckNowDeps, ctx: ClientOperationContext & { clientId: string }): Promise<ClientUriVerification> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'writer');
  const client = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  const row = client.client_uri === null ? undefined : await deps.stores.domainVerifications.byClient(client.client_id);
  if (!row) throw new Conflict('the client has no client_uri to verify');
  if (row.status === 'failed') throw new Conflict('the verification has failed; restart it to check again');
  await deps.limiters.consume('verificationCheckPerClient', client.client_id);
  const after = (await deps.poller.checkNow(client.client_id)) ?? (await deps.stores.domainVerifications.byClient(client.client_id));
  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'domain.check_requested',
    targetType: 'oauth_client',
    targetId: client.client_id,
    data: { host: row.host, status: after?.status ?? null, last_error: after?.lastError ?? null },
    ip: ctx.ip,
  });
  return toVerificationView(after)!;
}
