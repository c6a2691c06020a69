import { NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { Account } from '../storage/stores/accounts-store.js';

export interface AccountChange {
  accountId: string;
  actorUserId: string | null;
  ip?: string | null;
}

/** Renames an account; an unchanged name records nothing. */
export async function renameAccount(
  deps: Pick<Deps, 'stores' | 'audit'>,
  change: AccountChange & { name: string },
): Promise<Account> {
  const before = await deps.stores.accounts.byId(change.accountId);
  if (!before) throw new NotFound('no such account');
  if (before.name === change.name) return before;
  const after = (await deps.stores.accounts.update(change.accountId, { name: change.name }))!;
  await deps.audit.record({
    accountId: change.accountId,
    actorUserId: change.actorUserId,
    action: 'account.renamed',
    targetType: 'account',
    targetId: change.accountId,
    data: { from: before.name, to: after.name },
    ip: change.ip ?? null,
  });
  return after;
}
