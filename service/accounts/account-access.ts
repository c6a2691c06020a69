import { Forbidden, NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { Account, Role } from '../storage/stores/accounts-store.js';

export interface AccountAccess {
  account: Account;
  role: Role;
}

const WRITERS: readonly Role[] = ['admin', 'developer'];

/**
 * The account and the caller's role in it. Anyone who is not a member gets 404, never 403,
 * so account ids cannot be probed; members below `minimum` get 403.
 */
export async function accountAccess(
  deps: Pick<Deps, 'stores'>,
  userId: string,
  accountId: string,
  minimum: 'member' | 'writer' | 'admin' = 'member',
): Promise<AccountAccess> {
  const [account, membership] = await Promise.all([
    deps.stores.accounts.byId(accountId),
    deps.stores.accounts.membership(accountId, userId),
  ]);
  if (!account || !membership) throw new NotFound('no such account');
  const allowed =
    minimum === 'member' || (minimum === 'writer' ? WRITERS.includes(membership.role) : membership.role === 'admin');
  if (!allowed) {
    throw new Forbidden(
      minimum === 'admin' ? 'only account admins can do this' : 'only account admins and developers can do this',
    );
  }
  return { account, role: membership.role };
}

/** Whether a role may change OAuth clients of the account. */
export const canWriteClients = (role: Role): boolean => WRITERS.includes(role);
