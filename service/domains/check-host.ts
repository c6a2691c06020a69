import { CHALLENGE_LABEL } from './challenge.js';
import type { DnsClient } from '../dns/dns-client.js';
import { HostRejected } from './host-rejected.js';
import type { ResolverTxtLookup } from '../dns/txt-lookup.js';
import { verifiableHost } from './verifiable-host.js';

/**
 * - `verified`: every resolver returned a TXT record equal to the expected value.
 * - `not_found`: every resolver definitely said no (NXDOMAIN, NODATA or no equal record).
 * - `temporary`: anything else — a failure or resolvers that disagree; never verifies, and on
 *   its own never takes a verification away (docs/security.md D10, D15).
 */
export type HostCheckStatus = 'verified' | 'not_found' | 'temporary';

export interface HostCheck {
  status: HostCheckStatus;
  /** One sentence for the developer (`last_error`), empty when verified. */
  detail: string;
  /** What each resolver said, for the audit record (docs/security.md D1). */
  lookups: ResolverTxtLookup[];
}

export interface HostChecker {
  /** Looks up `_consentry-challenge.<host>` on every resolver and compares exactly with `expectedValue`. */
  checkHost(host: string, expectedValue: string): Promise<HostCheck>;
}

export function createHostChecker(deps: { dns: DnsClient }): HostChecker {
  return {
    async checkHost(host, expectedValue) {
      let name: string;
      try {
        // Also guards stored hosts that a Public Suffix List update turned into a suffix.
        name = `${CHALLENGE_LABEL}.${verifiableHost(host)}`;
      } catch (e) {
        if (e instanceof HostRejected) return { status: 'not_found', detail: e.description, lookups: [] };
        throw e;
      }
      const lookups = await deps.dns.queryTxt(name);
      return { ...combine(lookups, name, expectedValue), lookups };
    },
  };
}

/** All resolvers must agree (multi-perspective, as Let's Encrypt's MPIC): one dissent is not "verified". */
function combine(lookups: ResolverTxtLookup[], name: string, expected: string): Omit<HostCheck, 'lookups'> {
  // Exact, case-sensitive equality of the joined record (docs/security.md D5): no trimming, no prefix match.
  const matches = lookups.map((l) => l.status === 'found' && l.records.includes(expected));
  if (matches.every(Boolean)) return { status: 'verified', detail: '' };
  const failed = lookups.find((l) => l.status === 'temporary');
  if (failed) return { status: 'temporary', detail: `Temporary DNS failure at resolver ${failed.resolver} (${failed.reason}); we will retry.` };
  if (matches.some(Boolean)) return { status: 'temporary', detail: `DNS resolvers disagree about ${name}; we will retry until all see the record.` };
  const found = lookups.find((l) => l.status === 'found');
  if (found) return { status: 'not_found', detail: `A TXT record exists at ${name}, but none equals the expected value exactly.` };
  return { status: 'not_found', detail: `No TXT record found at ${name}.` };
}
