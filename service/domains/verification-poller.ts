import type { Deps } from '../deps.js';
import type { DomainVerification } from '../storage/stores/domain-verifications-store.js';
import type { HostCheck, HostChecker } from './check-host.js';
import { nextCheckAt } from './verification-schedule.js';

export interface VerificationPollerDeps extends Pick<Deps, 'config' | 'stores' | 'clock' | 'random' | 'logger' | 'audit'> {
  checker: HostChecker;
}

export interface VerificationPollerOptions {
  /** Checks running at once in this process. */
  concurrency: number;
  /** Pause between two sweeps for due rows. */
  intervalMs: number;
  /** How long a claimed row stays ours; longer than the slowest check (timeouts × CNAME links × TCP). */
  leaseMs?: number;
  /** Re-check interval of verified hosts (default daily). */
  recheckMs?: number;
  /** Consecutive definite not-found results that take a verification away (default 3). */
  loseAfter?: number;
}

export interface VerificationPoller {
  start(): void;
  /** Stops the loop and waits for the sweep in flight. */
  stop(): Promise<void>;
  /** One sweep: claims due rows and checks them; resolves with how many were checked. */
  runOnce(): Promise<number>;
  /**
   * "Check now": checks one client's row at once, due or not. Undefined when another check of it
   * is in flight (its lease is held) or it has failed; the row after the check otherwise.
   */
  checkNow(clientId: string): Promise<DomainVerification | undefined>;
}

const DAY = 86_400_000;

/**
 * Background checks of pending challenges (with backoff, failing after
 * VERIFICATION_TIMEOUT_SECONDS) and periodic re-checks of verified hosts. Every row is leased in
 * the database before it is checked, so several processes never check one row at once and each
 * transition — and its audit event — happens once (docs/security.md D21).
 */
export function createVerificationPoller(deps: VerificationPollerDeps, options: VerificationPollerOptions): VerificationPoller {
  const store = deps.stores.domainVerifications;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const recheckMs = options.recheckMs ?? DAY;
  const loseAfter = options.loseAfter ?? 3;
  const timeoutMs = deps.config.VERIFICATION_TIMEOUT_SECONDS * 1000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = true;

  /** A fresh lease owner per claim, so a late finisher of an expired lease cannot write. */
  const owner = () => `poller-${deps.random.token(12)}`;

  async function check(row: DomainVerification, leaseOwner: string): Promise<DomainVerification | undefined> {
    const result = await deps.checker.checkHost(row.host, row.recordValue);
    const now = deps.clock.now();
    const outcome = { now, nextCheckAt: nextCheckAt(row, result.status, now, { recheckMs }), lastError: result.detail || null };
    const after =
      result.status === 'verified'
        ? await store.markVerified(row.clientId, leaseOwner, outcome)
        : result.status === 'not_found'
          ? await store.markNotFound(row.clientId, leaseOwner, { ...outcome, loseAfter, timeoutMs })
          : await store.markTemporary(row.clientId, leaseOwner, { ...outcome, timeoutMs });
    if (after) await auditTransition(row, after, result);
    return after;
  }

  async function auditTransition(before: DomainVerification, after: DomainVerification, result: HostCheck): Promise<void> {
    const action =
      after.status === 'verified' && before.status !== 'verified'
        ? 'domain.verified'
        : after.status === 'failed' && before.status === 'verified'
          ? 'domain.verification_lost'
          : after.status === 'failed'
            ? 'domain.verification_failed'
            : undefined;
    if (!action) return;
    const client = await deps.stores.clients.byId(after.clientId);
    await deps.audit.record({
      accountId: client?.account_id ?? null,
      actorUserId: null,
      action,
      targetType: 'oauth_client',
      targetId: after.clientId,
      // docs/security.md D1: keep what each resolver answered, for later review.
      data: { host: after.host, record_name: after.recordName, detail: result.detail, lookups: result.lookups },
    });
  }

  async function guarded(row: DomainVerification, leaseOwner: string): Promise<DomainVerification | undefined> {
    try {
      return await check(row, leaseOwner);
    } catch (err) {
      // The lease runs out and another sweep retries; one bad row must not stop the others.
      deps.logger.error({ err, clientId: row.clientId }, 'domain verification check failed');
      return undefined;
    }
  }

  async function runOnce(): Promise<number> {
    const leaseOwner = owner();
    const rows = await store.claimDue(deps.clock.now(), leaseOwner, leaseMs, options.concurrency * 4);
    let next = 0;
    const worker = async () => {
      while (next < rows.length) await guarded(rows[next++]!, leaseOwner);
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency, rows.length) }, worker));
    return rows.length;
  }

  function loop(): void {
    if (stopped) return;
    running = runOnce()
      .catch((err) => deps.logger.error({ err }, 'domain verification sweep failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, options.intervalMs).unref();
      });
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      loop();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    runOnce,
    async checkNow(clientId) {
      const leaseOwner = owner();
      const row = await store.claim(clientId, deps.clock.now(), leaseOwner, leaseMs);
      return row ? check(row, leaseOwner) : undefined;
    },
  };
}
