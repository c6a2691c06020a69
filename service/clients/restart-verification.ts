import { verificationLost } from '../../shared/api/index.js';
import { Conflict } from '../../shared/errors/index.js';
import type { ClientUriVerification } from '../../shared/oauth/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { ClientOperationContext } from './client-operation.js';
import { findAccountClient } from './find-account-client.js';
import type { Deps } from '../deps.js';
import { challengeFor, newChallengeToken } from '../domains/challenge.js';
import { challengeHost, startChallenge } from '../domains/client-uri-challenge.js';
import { toVerificationView } from '../domains/verification-view.js';

/**
 * "Restart verification" (admins and developers): re-opens a pending, in-progress or failed
 * challenge — pending, checked soon, a fresh 48 h. The token stays, since the developer may
 * already have published it; after a verified host lost its badge the token is new, so whoever
 * holds the domain now must publish a record of their own (docs/security.md D16:
 * re-verify with a new token). A verified host has nothing to restart.
 */
export async function restartVerification(
  deps: Pick<Deps, 'stores' | 'clock' | 'random' | 'audit'>,
  ctx: ClientOperationContext & { clientId: string },
): Promise<ClientUriVerification> {
  await accountAccess(deps, ctx.actorUserId, ctx.accountId, 'writer');
  const client = await findAccountClient(deps, ctx.accountId, ctx.clientId);
  if (client.client_uri === null) throw new Conflict('the client has no client_uri to verify');
  const row = await deps.stores.domainVerifications.byClient(client.client_id);
  if (row?.status === 'verified') throw new Conflict(`the host ${row.host} is verified; there is nothing to restart`);
  const lost = verificationLost(toVerificationView(row));
  let after;
  if (!row) {
    // A client registered before verification existed: its first challenge.
    after = await startChallenge(deps, client.client_id, challengeHost(client.client_uri));
  } else {
    const token = lost ? newChallengeToken(deps.random) : undefined;
    const next = token ? { token, recordValue: challengeFor(row.host, token).record_value } : undefined;
    after = await deps.stores.domainVerifications.restart(client.client_id, deps.clock.now(), next);
  }
  await deps.audit.record({
    accountId: ctx.accountId,
    actorUserId: ctx.actorUserId,
    action: 'domain.verification_restarted',
    targetType: 'oauth_client',
    targetId: client.client_id,
    data: { host: after!.host, previous_status: row?.status ?? null, new_token: !row || lost },
    ip: ctx.ip,
  });
  return toVerificationView(after)!;
}
