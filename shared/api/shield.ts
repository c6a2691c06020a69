import { z } from 'zod';

/**
 * The trust shield of an app, on the consent page, the connected-apps pages, the public lookup
 * and in the extension (docs/architecture.md#trust-model): `first-party` for apps of the
 * operator's own account, `verified` for a third party whose `client_uri` host passed the DNS
 * check (it proves control of the domain, not endorsement), `unverified` otherwise.
 */
export const Shield = z.enum(['first-party', 'verified', 'unverified']).describe('Trust shield of the client.');
export type Shield = z.infer<typeof Shield>;

/** What the shield rule looks at: the client's `client_uri` and its verification, and the owner account. */
export interface ShieldInput {
  client_uri: string | null;
  client_uri_verification?: { status: string } | null;
}

/**
 * The one rule that decides a client's shield. An owner that is gone (or unknown to the caller)
 * is not first-party; a verification counts only while `client_uri` is set and its status is
 * `verified`.
 */
export function clientShield(client: ShieldInput, owner: { firstParty: boolean } | undefined): Shield {
  if (owner?.firstParty) return 'first-party';
  if (client.client_uri !== null && client.client_uri_verification?.status === 'verified') return 'verified';
  return 'unverified';
}

/** The host users are told the app belongs to (`client_uri`'s host), or null when none is registered. */
export function publisherHost(client: { client_uri: string | null }): string | null {
  if (client.client_uri === null) return null;
  try {
    return new URL(client.client_uri).host;
  } catch {
    return null;
  }
}
