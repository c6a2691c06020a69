import type { Deps } from '../deps.js';
import type { Membership, Role } from '../storage/stores/accounts-store.js';
import { changeKeepingAnAdmin } from './last-admin-guard.js';
import type { AccountChange } from './rename-account.js';

/** Changes a member's role; the last admin cannot be demoted (409). */
export async function changeMemberRole(
  deps: Pick<Deps, 'stores' | 'audit'>,
  change: AccountChange & { userId: string; role: Role },
): Promise<Membership> {
  const { accountId, userId, role } = change;
  let same: Membership | undefined;
  const before = await changeKeepingAnAdmin(deps, { accountId, userId, action: 'demote' }, (member) => {
    if (member.role === role) {
      same = member;
      return undefined;
    }
    return deps.stores.accounts.changeRole(accountId, userId, member.role, role);
  });
  if (!before) return same!;
  await deps.audit.record({
    accountId,
    actorUserId: change.actorUserId,
    action: 'account.member_role_changed',
    targetType: 'user',
    targetId: userId,
    data: { from: before.role, to: role },
    ip: change.ip ?? null,
  });
  return { ...before, role };
}
