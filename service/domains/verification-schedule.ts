import type { DomainVerification } from '../storage/stores/domain-verifications-store.js';
import type { HostCheckStatus } from './check-host.js';

const MINUTE = 60_000;

export interface ScheduleOptions {
  /** How often a verified host is looked at again (default daily). */
  recheckMs: number;
}

/** Pending checks back off 1, 2, 4 … minutes, capped at one hour (RFC 2308 negative caching makes faster pointless). */
function backoffMs(attempts: number): number {
  return Math.min(MINUTE * 2 ** Math.min(attempts, 10), 60 * MINUTE);
}

/**
 * When to look again after a check of `row` came out `status`: a host that is (still) verified
 * waits for the periodic re-check; anything unverified backs off; a temporary failure of a
 * verified host retries within the hour rather than waiting a day.
 */
export function nextCheckAt(row: DomainVerification, status: HostCheckStatus, now: number, o: ScheduleOptions): number {
  if (status === 'verified') return now + o.recheckMs;
  if (row.status === 'verified') return now + (status === 'temporary' ? Math.min(o.recheckMs, 60 * MINUTE) : o.recheckMs);
  return now + backoffMs(row.attempts);
}
