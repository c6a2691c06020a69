import type { Deps } from '../../deps.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';
import type { User } from '../../storage/stores/users-store.js';

/**
 * The visibility rule, checked at authorization, at consent and on every refresh (docs/security.md
 * K7, F8): a private app may be used only by members of its owning account; and a grant may only
 * cover accounts the user still belongs to. Public apps may be used by anyone (which of the
 * user's accounts they may cover is decided on the consent page: "third-party app access").
 */
export async function mayUseClient(
  deps: Pick<Deps, 'stores'>,
  input: { user: Pick<User, 'id' | 'disabled'>; client: Pick<StoredClient, 'account_id' | 'visibility'>; accountIds: readonly string[] },
): Promise<boolean> {
  if (input.user.disabled) return false;
  const memberOf = (await deps.stores.accounts.forUser(input.user.id)).map((a) => a.id);
  return mayUseClientAsMemberOf({ ...input, memberOf });
}

/** The same rule, for a caller that already read the user's memberships (the refresh grant reads them with the token). */
export function mayUseClientAsMemberOf(input: {
  user: Pick<User, 'disabled'>;
  memberOf: readonly string[];
  client: Pick<StoredClient, 'account_id' | 'visibility'>;
  accountIds: readonly string[];
}): boolean {
  if (input.user.disabled) return false;
  const memberOf = new Set(input.memberOf);
  if (input.client.visibility === 'private' && !memberOf.has(input.client.account_id)) return false;
  return input.accountIds.every((id) => memberOf.has(id));
}
