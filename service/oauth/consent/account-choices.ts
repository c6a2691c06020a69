import type { Deps } from '../../deps.js';
import type { AccountChoice } from '../../ui/pages/consent-page.js';
import type { Account, AccountWithRole } from '../../storage/stores/accounts-store.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';
import type { Grant } from '../../storage/stores/grants-store.js';

/**
 * Whether `account` refuses this app: its "third-party app access" setting is off and the app
 * is a public app of another, non-operator account (docs/architecture.md#accounts-clients-and-grants). Accounts already
 * covered by the user's grant stay choosable: existing grants survive the setting.
 */
function refusesApp(account: Pick<Account, 'id' | 'thirdPartyAccess'>, client: StoredClient, owner: Account | undefined): boolean {
  const thirdParty = client.visibility === 'public' && client.account_id !== account.id && !owner?.firstParty;
  return thirdParty && !account.thirdPartyAccess;
}

/**
 * The user's accounts with what the consent page may offer: a private app only its own account,
 * a public app every account that allows third-party apps. Checked are the accounts of the
 * existing grant, or, for a first consent, every choosable account (the user unticks what the
 * app should not see).
 */
export async function accountChoices(
  deps: Pick<Deps, 'stores'>,
  userId: string,
  client: StoredClient,
  owner: Account | undefined,
  grant: Grant | undefined,
): Promise<AccountChoice[]> {
  const accounts: AccountWithRole[] = await deps.stores.accounts.forUser(userId);
  return accounts.map((a) => {
    const granted = grant?.accountIds.includes(a.id) ?? false;
    const reason = unavailableReason(a, client, owner);
    // Accounts already covered stay choosable (existing grants survive the third-party setting).
    const selectable = reason === undefined || (granted && !isOutsidePrivateApp(a, client));
    return {
      id: a.id,
      name: a.name,
      selectable,
      ...(!selectable && reason ? { reason } : {}),
      checked: selectable && (grant ? granted : true),
    };
  });
}

/** A private app belongs to one account and may be granted access to that account only. */
function isOutsidePrivateApp(account: Pick<Account, 'id'>, client: StoredClient): boolean {
  return client.visibility === 'private' && client.account_id !== account.id;
}

function unavailableReason(account: Pick<Account, 'id' | 'thirdPartyAccess'>, client: StoredClient, owner: Account | undefined): string | undefined {
  if (isOutsidePrivateApp(account, client)) return `This app is private to ${owner?.name ?? 'another account'}; it can only be used with that account.`;
  if (refusesApp(account, client, owner)) return 'An admin of this account turned off access for third-party apps.';
  return undefined;
}
