import { NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import { assertNotLastAdmin } from './last-admin-guard.js';
import type { AccountChange } from './rename-account.js';

/** Removes a member; the last admin cannot be removed (409). */
export async function removeMember(deps: Pick<Deps, 'stores' | 'audit'>, change: AccountChange & { userId: string }): Promise<void> {
  const member = await deps.stores.accounts.membership(change.accountId, change.userId);
  if (!member) throw new NotFound('no such member');
  await assertNotLastAdmin(deps, member, 'remove');
  await deps.stores.accounts.removeMember(change.accountId, change.userId);
  await deps.audit.record({
    accountId: change.accountId,
    actorUserId: change.actorUserId,
    action: 'account.member_removed',
    targetType: 'user',
    targetId: change.userId,
    data: { role: member.role },
    ip: change.ip ?? null,
  });
}
