import { Conflict, ValidationFailed } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { MemberView, Role } from '../storage/stores/accounts-store.js';
import type { AccountChange } from './rename-account.js';

/** Adds an existing user, found by email, to an account with a role. */
export async function addMember(
  deps: Pick<Deps, 'stores' | 'clock' | 'audit'>,
  change: AccountChange & { email: string; role: Role },
): Promise<MemberView> {
  const user = await deps.stores.users.byEmail(change.email);
  if (!user) throw new ValidationFailed('no user has this email; they must sign up first', { field: 'email' });
  if (await deps.stores.accounts.membership(change.accountId, user.id)) {
    throw new Conflict(`${user.email} is already a member of this account`, { field: 'email' });
  }
  const createdAt = deps.clock.now();
  await deps.stores.accounts.putMember({ accountId: change.accountId, userId: user.id, role: change.role, createdAt });
  await deps.audit.record({
    accountId: change.accountId,
    actorUserId: change.actorUserId,
    action: 'account.member_added',
    targetType: 'user',
    targetId: user.id,
    data: { email: user.email, role: change.role },
    ip: change.ip ?? null,
  });
  return { accountId: change.accountId, userId: user.id, role: change.role, createdAt, email: user.email, name: user.name };
}
