import { NotFound } from '../../shared/errors/index.js';
import { accountAccess } from '../accounts/account-access.js';
import type { Deps } from '../deps.js';
import type { Grant } from '../storage/stores/grants-store.js';

/**
 * Ends a grant and, with it, every token of it at once: refresh tokens and access tokens are
 * checked against the live grant (token endpoint, introspection, userinfo), so one revoked row
 * kills them all (docs/security.md F6, I4). Audited as `grant.revoked` in each account the grant
 * covered (or user-level when none).
 */
async function revokeGrant(
  deps: Pick<Deps, 'stores' | 'clock' | 'audit'>,
  input: { grant: Grant; actorUserId: string; by: 'user' | 'account_admin'; ip: string | null },
): Promise<void> {
  const { grant } = input;
  const revoked = await deps.stores.grants.revoke(grant.id, input.by === 'user' ? 'revoked_by_user' : 'revoked_by_account_admin', deps.clock.now());
  if (!revoked) throw new NotFound('no such live grant');
  const data = { client_id: grant.clientId, user_id: grant.userId, scopes: grant.scopes, by: input.by };
  for (const accountId of grant.accountIds.length ? grant.accountIds : [null]) {
    await deps.audit.record({ accountId, actorUserId: input.actorUserId, action: 'grant.revoked', targetType: 'grant', targetId: grant.id, data, ip: input.ip });
  }
}

/** The live grant `grantId` if it belongs to `userId`; anything else is 404 (no probing of ids). */
async function liveGrantOf(deps: Pick<Deps, 'stores'>, userId: string, grantId: string): Promise<Grant> {
  const grant = await deps.stores.grants.byId(grantId);
  if (!grant || grant.userId !== userId || grant.revokedAt !== null) throw new NotFound('no such live grant');
  return grant;
}

/** The live grant `grantId` if it is held by a member of `accountId` (account admins' view). */
async function liveGrantOfMember(deps: Pick<Deps, 'stores'>, accountId: string, grantId: string): Promise<Grant> {
  const grant = await deps.stores.grants.byId(grantId);
  const member = grant && (await deps.stores.accounts.membership(accountId, grant.userId));
  if (!grant || !member || grant.revokedAt !== null) throw new NotFound('no such live grant');
  return grant;
}

type RevokeDeps = Pick<Deps, 'stores' | 'clock' | 'audit' | 'limiters'>;

/** A user revokes one of their own grants (connected apps page and API). */
export async function revokeOwnGrant(deps: RevokeDeps, input: { userId: string; grantId: string; ip: string | null }): Promise<void> {
  await deps.limiters.consume('apiWritePerUser', input.userId);
  const grant = await liveGrantOf(deps, input.userId, input.grantId);
  await revokeGrant(deps, { grant, actorUserId: input.userId, by: 'user', ip: input.ip });
}

/** An account admin revokes a grant held by a member of the account (404 for non-members, 403 below admin). */
export async function revokeMemberGrant(
  deps: RevokeDeps,
  input: { userId: string; accountId: string; grantId: string; ip: string | null },
): Promise<void> {
  await accountAccess(deps, input.userId, input.accountId, 'admin');
  await deps.limiters.consume('apiWritePerUser', input.userId);
  const grant = await liveGrantOfMember(deps, input.accountId, input.grantId);
  await revokeGrant(deps, { grant, actorUserId: input.userId, by: 'account_admin', ip: input.ip });
}
