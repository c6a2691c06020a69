import { NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { Membership, Role } from '../storage/stores/accounts-store.js';
import { assertNotLastAdmin } from './last-admin-guard.js';
import type { AccountChange } from './rename-account.js';

/** Changes a member's role; the last admin cannot be demoted (409). */
export async function changeMemberRole(
  deps: Pick<Deps, 'stores' | 'audit'>,
  change: AccountChange & { userId: string; role: Role },
): Promise<Membership> {
  const member = await deps.stores.accounts.membership(change.accountId, change.userId);
  if (!member) throw new NotFound('no such member');
  if (member.role === change.role) return member;
  if (change.role !== 'admin') await assertNotLastAdmin(deps, member, 'demote');
  await deps.stores.accounts.putMember({ ...member, role: change.role });
  await deps.audit.record({
    accountId: change.accountId,
    actorUserId: change.actorUserId,
    action: 'account.member_role_changed',
    targetType: 'user',
    targetId: change.userId,
    data: { from: member.role, to: change.role },
    ip: change.ip ?? null,
  });
  return { ...member, role: change.role };
}
