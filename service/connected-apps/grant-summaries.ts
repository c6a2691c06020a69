import type { AccountGrantSummary, GrantSummary } from '../../shared/api/index.js';
import type { Deps } from '../deps.js';
import type { Account } from '../storage/stores/accounts-store.js';
import type { GrantListing } from '../storage/stores/grants-store.js';
import { clientShield } from '../../shared/api/index.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * The wire form of grants (GrantSummary, shared with the extension): app identity with its
 * shield, granted scopes, the chosen accounts by name, when granted and last used. Accounts and
 * verifications are looked up once each; an account deleted since is left out.
 */
export async function toGrantSummaries(deps: Pick<Deps, 'stores'>, listings: GrantListing[]): Promise<AccountGrantSummary[]> {
  const ids = new Set(listings.flatMap((g) => [g.clientAccountId, ...g.accountIds]));
  const accounts = new Map<string, Account>();
  for (const id of ids) {
    const a = await deps.stores.accounts.byId(id);
    if (a) accounts.set(id, a);
  }
  // The shield reads each client's verification as it stands now, as the consent page does.
  const verifications = new Map<string, { status: string }>();
  for (const clientId of new Set(listings.filter((g) => g.clientUri !== null).map((g) => g.clientId))) {
    const v = await deps.stores.domainVerifications.byClient(clientId);
    if (v) verifications.set(clientId, v);
  }
  return listings.map((g) => ({
    grant_id: g.id,
    client: {
      client_id: g.clientId,
      client_name: g.clientName,
      logo_uri: g.logoUri,
      shield: clientShield(
        { client_uri: g.clientUri, client_uri_verification: verifications.get(g.clientId) ?? null },
        accounts.get(g.clientAccountId),
      ),
    },
    scopes: g.scopes,
    accounts: g.accountIds.flatMap((id) => {
      const a = accounts.get(id);
      return a ? [{ id: a.id, name: a.name }] : [];
    }),
    granted_at: iso(g.createdAt)!,
    last_used_at: iso(g.lastUsedAt),
    user: { id: g.userId, email: g.userEmail, name: g.userName },
  }));
}

/** The user's own listing drops the `user` member (it is the caller). */
export function withoutUser({ user: _user, ...summary }: AccountGrantSummary): GrantSummary {
  return summary;
}
