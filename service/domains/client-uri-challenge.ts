import { Conflict, InvalidClientMetadata } from '../../shared/errors/index.js';
import type { Deps } from '../deps.js';
import type { DomainVerification } from '../storage/stores/domain-verifications-store.js';
import { challengeFor, newChallengeToken } from './challenge.js';
import { HostRejected } from './host-rejected.js';
import { verifiableHost } from './verifiable-host.js';

/**
 * The host of a `client_uri` that will carry the challenge: normalised (A-label, lowercase) and
 * refused before anything is stored when it is an IP address or a public suffix (docs/security.md D9),
 * as an RFC 7591 §3.2.2 `invalid_client_metadata` naming `client_uri`.
 */
export function challengeHost(clientUri: string): string {
  try {
    return verifiableHost(new URL(clientUri).hostname);
  } catch (e) {
    if (e instanceof HostRejected) throw new InvalidClientMetadata(`client_uri: ${e.description}`, { field: 'client_uri' });
    throw e;
  }
}

/** Starts (or replaces) the client's challenge for `host` with a fresh token: pending, due now. */
export function startChallenge(deps: Pick<Deps, 'stores' | 'random' | 'clock'>, clientId: string, host: string): Promise<DomainVerification> {
  const token = newChallengeToken(deps.random);
  const { record_name, record_value } = challengeFor(host, token);
  return deps.stores.domainVerifications.start({ clientId, host, token, recordName: record_name, recordValue: record_value }, deps.clock.now());
}

/** What a change of `client_uri` does to the verification. */
export type ChallengePlan = { kind: 'keep' } | { kind: 'start'; host: string } | { kind: 'drop' };

/**
 * Decides, before the client is written, what a new `client_uri` means. A verified host is
 * locked: the path may change, the host may not, and client_uri cannot be removed (the badge and
 * a public app's promotion rest on it); restart is not needed since nothing changed. A new host
 * starts over with a new token, so a token never moves between hosts (docs/security.md D17).
 */
export function planChallenge(row: DomainVerification | undefined, nextClientUri: string | null): ChallengePlan {
  const host = nextClientUri === null ? null : challengeHost(nextClientUri);
  if (row?.status === 'verified' && host !== row.host) {
    throw new Conflict(
      host === null
        ? `client_uri cannot be removed: its host ${row.host} is verified`
        : `the client_uri host is locked to the verified host ${row.host}; the path may change, the host may not`,
      { field: 'client_uri' },
    );
  }
  if (host === null) return row ? { kind: 'drop' } : { kind: 'keep' };
  return row?.host === host ? { kind: 'keep' } : { kind: 'start', host };
}

/** Carries out a plan after the client was written. */
export async function applyChallengePlan(
  deps: Pick<Deps, 'stores' | 'random' | 'clock'>,
  clientId: string,
  plan: ChallengePlan,
): Promise<void> {
  if (plan.kind === 'start') await startChallenge(deps, clientId, plan.host);
  if (plan.kind === 'drop') await deps.stores.domainVerifications.delete(clientId);
}
