import { NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { AccountWithRole } from '../storage/stores/accounts-store.js';

/**
 * The operator's own (first-party) account the user administers, or 404: service-wide actions
 * such as rotating the token signing key belong to the operator's admins only, and everyone else
 * must not learn the page exists.
 */
export async function operatorAdminAccount(deps: Pick<Deps, 'stores'>, userId: string): Promise<AccountWithRole> {
  const account = (await deps.stores.accounts.forUser(userId)).find((a) => a.firstParty && a.role === 'admin');
  if (!account) throw new NotFound('no such page or endpoint');
  return account;
}
