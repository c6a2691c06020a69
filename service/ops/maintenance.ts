import type { Deps } from '../deps.js';

/** Used codes are kept a day past expiry so a late replay is still recognised and revokes its grant. */
const CODE_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface Maintenance {
  runOnce(): Promise<{ sessions: number; authorizationRequests: number; codes: number }>;
  start(): void;
  stop(): void;
}

/**
 * Periodic clean-up of rows that can no longer be used: expired sign-in sessions, pending
 * authorization requests and old authorization codes. Deletes are idempotent, so several
 * processes may run it at once without harm.
 */
export function createMaintenance(deps: Pick<Deps, 'stores' | 'clock' | 'logger'>, opts: { intervalMs?: number } = {}): Maintenance {
  let timer: NodeJS.Timeout | undefined;
  const runOnce: Maintenance['runOnce'] = async () => {
    const now = deps.clock.now();
    const [sessions, authorizationRequests, codes] = await Promise.all([
      deps.stores.sessions.purgeExpired(now),
      deps.stores.authorizationRequests.purge(now),
      deps.stores.authorizationCodes.purgeExpired(now - CODE_RETENTION_MS),
    ]);
    return { sessions, authorizationRequests, codes };
  };
  return {
    runOnce,
    start() {
      const tick = () => {
        runOnce().then(
          (purged) => deps.logger.debug({ purged }, 'maintenance'),
          (err: unknown) => deps.logger.warn({ err }, 'maintenance failed; will retry'),
        );
      };
      timer = setInterval(tick, opts.intervalMs ?? 10 * 60 * 1000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
