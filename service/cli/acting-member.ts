import type { Deps } from '../deps.js';
import type { User } from '../storage/stores/users-store.js';
import { CliError } from './cli-error.js';

/**
 * Client operations are done as a member of the account (they check the role and name the
 * actor in the audit log), so the operator's CLI acts as `--as <email>` or, by default, as the
 * account's oldest admin.
 */
export async function actingMember(deps: Pick<Deps, 'stores'>, accountId: string, asEmail: string | undefined): Promise<User> {
  if (!(await deps.stores.accounts.byId(accountId))) throw new CliError(`no such account: ${accountId}`);
  if (asEmail !== undefined) {
    const user = await deps.stores.users.byEmail(asEmail);
    if (!user || !(await deps.stores.accounts.membership(accountId, user.id))) {
      throw new CliError(`--as ${asEmail} is not a member of account ${accountId}`);
    }
    return user;
  }
  const admin = (await deps.stores.accounts.members(accountId)).find((m) => m.role === 'admin');
  if (!admin) throw new CliError(`account ${accountId} has no admin to act as; add one with "consentry member add" or pass --as`);
  return (await deps.stores.users.byId(admin.userId))!;
}
