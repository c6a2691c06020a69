import type { Deps } from '../deps.js';
import { createVerificationPoller, type VerificationPoller } from './verification-poller.js';

/** Checks at once per process, and the pause between sweeps for due rows. */
const SERVICE_POLLER_OPTIONS = { concurrency: 4, intervalMs: 15_000 } as const;

export type ServicePollerDeps = Pick<Deps, 'config' | 'stores' | 'clock' | 'random' | 'logger' | 'audit' | 'hostChecker'>;

/**
 * The poller the service runs (`serve` starts its loop; "Check now" uses its `checkNow`), with
 * the default schedule: daily re-checks, the badge lost after 3 consecutive definite misses.
 */
export function createServicePoller(deps: ServicePollerDeps): VerificationPoller {
  return createVerificationPoller({ ...deps, checker: deps.hostChecker }, SERVICE_POLLER_OPTIONS);
}
