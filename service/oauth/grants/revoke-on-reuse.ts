import { InvalidGrant } from '../../../shared/errors/index.js';
import type { GrantDeps } from './grant-type.js';

/**
 * A replayed code or refresh token means it leaked or a client double-spent it: revoke the
 * whole grant and every token of it (RFC 6749 §4.1.2; RFC 9700 §4.14.2; OAuth 2.1 §4.1.3), audit
 * it, and answer `invalid_grant`. The revocation commits before the response is sent.
 */
export async function revokeOnReuse(
  deps: GrantDeps,
  input: { grantId: string; userId: string; clientId: string; accountId: string; what: 'authorization_code' | 'refresh_token'; ip: string | null },
): Promise<never> {
  const now = deps.clock.now();
  const revoked = await deps.stores.grants.revoke(input.grantId, `${input.what}_reuse`, now);
  if (revoked) {
    await deps.audit.record({
      accountId: input.accountId,
      actorUserId: input.userId,
      action: `grant.revoked_${input.what}_reuse`,
      targetType: 'grant',
      targetId: input.grantId,
      data: { client_id: input.clientId },
      ip: input.ip,
    });
  }
  throw new InvalidGrant(`${input.what === 'authorization_code' ? 'authorization code' : 'refresh token'} was already used`);
}
