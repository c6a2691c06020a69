import { NotFound } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { Account } from '../storage/stores/accounts-store.js';
import type { AccountChange } from './rename-account.js';

/**
 * Turns the "third-party app access" setting on or off. When off, members cannot authorize new
 * public apps of other accounts; grants they already gave stay (the consent flow enforces it).
 */
export async function setThirdPartyAccess(
  deps: Pick<Deps, 'stores' | 'audit'>,
  change: AccountChange & { enabled: boolean },
): Promise<Account> {
  const before = await deps.stores.accounts.byId(change.accountId);
  if (!before) throw new NotFound('no such account');
  if (before.thirdPartyAccess === change.enabled) return before;
  const after = (await deps.stores.accounts.update(change.accountId, { thirdPartyAccess: change.enabled }))!;
  await deps.audit.record({
    accountId: change.accountId,
    actorUserId: change.actorUserId,
    action: 'account.settings_changed',
    targetType: 'account',
    targetId: change.accountId,
    data: { third_party_app_access: { from: before.thirdPartyAccess, to: after.thirdPartyAccess } },
    ip: change.ip ?? null,
  });
  return after;
}
