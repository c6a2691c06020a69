import type { Account } from '../../storage/stores/accounts-store.js';
import type { StoredClient } from '../../storage/stores/clients-store.js';

/** The trust shield of an app on consent and connected-apps pages (DESIGN.md "Trust"). */
export type Shield = 'first-party' | 'verified' | 'unverified';

/**
 * Domain verification as the client may carry it once the domain-verification feature stores
 * it; until then clients have none and third-party apps are unverified.
 */
type MaybeVerified = Pick<StoredClient, 'client_uri'> & {
  client_uri_verification?: { status: string } | null;
};

/**
 * `first-party` for apps of the operator's own account; `verified` when the `client_uri` host
 * is verified by DNS (proves control of the domain, not endorsement); else `unverified`.
 */
export function clientShield(client: MaybeVerified, owner: Pick<Account, 'firstParty'> | undefined): Shield {
  if (owner?.firstParty) return 'first-party';
  if (client.client_uri !== null && client.client_uri_verification?.status === 'verified') return 'verified';
  return 'unverified';
}

/** The host users are told the app belongs to (`client_uri`), or null when none is registered. */
export function publisherHost(client: Pick<StoredClient, 'client_uri'>): string | null {
  if (client.client_uri === null) return null;
  try {
    return new URL(client.client_uri).host;
  } catch {
    return null;
  }
}
