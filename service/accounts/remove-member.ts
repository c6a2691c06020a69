import type { Deps } from '../deps.js';
import { changeKeepingAnAdmin } from './last-admin-guard.js';
import type { AccountChange } from './rename-account.js';

/** Removes a member; the last admin cannot be removed (409). */
export async function removeMember(deps: Pick<Deps, 'stores' | 'audit'>, change: AccountChange & { userId: string }): Promise<void> {
  const { accountId, userId } = change;
  const before = await changeKeepingAnAdmin(deps, { accountId, userId, action: 'remove' }, (member) =>
    deps.stores.accounts.removeMember(accountId, userId, member.role),
  );
  await deps.audit.record({
    accountId,
    actorUserId: change.actorUserId,
    action: 'account.member_removed',
    targetType: 'user',
    targetId: userId,
    data: { role: before!.role },
    ip: change.ip ?? null,
  });
}
